"""Syllable streams (search/streams.py): long ones in chunks with bigram filters. The filters may let
a chunk through that lacks the phrase, never hold one back: checked against a plain byte search of
the whole text, phrases across chunk edges included, and through the archive on long reports."""
import random

from shared_paths import report_row as rep

from archive_app.core.search.streams import (CHUNK_BYTES, LONG_BYTES, chunk_runs, encode_streams, phrase_keys,
                                             whole, windows)
from archive_app.core.vietnamese import fold_syllable, tokenize


def _text(parts):
    return (" " + " \n ".join(" ".join(p) for p in parts if p) + " ").encode("utf-8")


def _found(blob, folded_blob, phrase):
    needle = (" " + " ".join(phrase) + " ").encode("utf-8")
    runs = lambda: chunk_runs(folded_blob, phrase_keys([fold_syllable(s) for s in phrase]), len(needle))
    return any(needle in piece for piece in windows(blob, runs))


def test_a_short_stream_is_one_block_and_a_long_one_reads_back_whole():
    parts = [["giao", "ban"], [], ["dân", "vận"] * 3, ["lê", "văn"]]
    folded = [[fold_syllable(s) for s in p] for p in parts]
    ft, et = encode_streams(parts, folded)
    assert whole(ft) == _text(folded) and whole(et) == _text(parts)
    assert chunk_runs(ft, phrase_keys(["dan", "van"]), 9) is None           # short: read whole
    long_parts = [["tiêu", "đề"], [f"số{i % 97}" if i % 5 else "đường" for i in range(20_000)], ["tác", "giả"]]
    long_folded = [[fold_syllable(s) for s in p] for p in long_parts]
    ft, et = encode_streams(long_parts, long_folded)
    assert len(_text(long_folded)) > LONG_BYTES
    assert whole(ft) == _text(long_folded) and whole(et) == _text(long_parts)


def test_filters_never_hide_a_phrase_and_only_pass_what_may_hold_it():
    rng = random.Random(7)
    vocab = ["dân", "vận", "dan", "van", "khéo", "công", "tác", "cong", "tac", "họp", "hop", "xã", "hội"] + \
            [f"từ{i}" for i in range(400)]
    read_less = 0
    for trial in range(6):
        parts = [[rng.choice(vocab) for _ in range(rng.randint(0, 12_000))] for _ in range(rng.randint(1, 3))]
        folded = [[fold_syllable(s) for s in p] for p in parts]
        ft, et = encode_streams(parts, folded)
        exact_text, folded_text = _text(parts), _text(folded)
        tokens = [s for p in parts for s in p]
        phrases = []
        for _ in range(150):
            n = rng.randint(2, 5)
            if len(tokens) > n and rng.random() < 0.6:
                i = rng.randrange(len(tokens) - n)
                phrases.append(tokens[i:i + n])                    # mostly present (or across two parts)
            else:
                phrases.append([rng.choice(vocab) for _ in range(n)])
        if len(folded_text) > LONG_BYTES:          # every chunk edge crossed: a phrase starts every 3 syllables
            phrases += [tokens[i:i + 4] for i in range(0, min(len(tokens), 6000) - 4, 3)]
        for phrase in phrases:
            f_phrase = [fold_syllable(s) for s in phrase]
            exact_needle = (" " + " ".join(phrase) + " ").encode("utf-8")
            folded_needle = (" " + " ".join(f_phrase) + " ").encode("utf-8")
            assert _found(et, ft, phrase) == (exact_needle in exact_text), phrase
            assert _found(ft, ft, f_phrase) == (folded_needle in folded_text), phrase
            runs = chunk_runs(ft, phrase_keys(f_phrase), len(folded_needle))
            if runs is not None and folded_needle not in folded_text:
                read_less += sum(e - f for f, e in runs) < len(folded_text) // CHUNK_BYTES
    assert read_less > 50            # the filters do leave chunks unread for phrases that are not there


def test_a_long_report_holds_its_phrases_in_every_chunk(archive, write_jsonl):
    """Through the archive: a report long enough to be chunked finds every 4-syllable phrase of its
    own text, wherever it stands (at a chunk's edge too), and no phrase that is not in it."""
    words = ("Ủy ban nhân dân tỉnh đã họp về quốc gia và tự chủ tài chính, công tác dân vận khéo, "
             "phát triển kinh tế xã hội của huyện trong năm qua cùng các sở ngành liên quan. ")
    body = "".join(f"Mục {i}. {words}" for i in range(400))
    rows = [rep("Báo cáo dài", body), rep("Báo cáo ngắn", "Quốc gia và tự chủ.")]
    found = {i.title: i.id for i in archive.import_paths([write_jsonl(rows)]).imported}
    syllables = tokenize(body)
    assert len(" ".join(syllables)) > 3 * LONG_BYTES
    rng = random.Random(3)
    for start in sorted(rng.sample(range(len(syllables) - 4), 40)) + [0, len(syllables) - 4]:
        phrase = " ".join(syllables[start:start + 4])
        assert found["Báo cáo dài"] in {h.summary.id for h in archive.search(f'"{phrase}"', limit=5).hits}, phrase
    result = archive.search('"quốc gia và tự"', limit=5)
    assert result.total == 2 and result.folded_total == 2
    assert archive.search('"tự chủ dân vận"', limit=5).total == 0
    assert archive.search('"mục 399 ủy ban"', limit=5).total == 1
    assert archive.search('"muc 17 uy ban"', limit=5).total == 1
    assert archive.search('"mục 400 ủy ban"', limit=5).total == 0


def test_the_streams_of_undecided_candidates_are_read_ahead_and_give_the_same_bytes(archive, write_jsonl, monkeypatch):
    """A phrase's candidates have their streams read ahead (posix_fadvise) before they are checked: a
    column when a check starts reading it candidate after candidate (then every candidate still to
    decide from there on), and the long folded streams at once (their chunk filters). Every advised
    range is exactly a candidate's stored stream; the folded streams of a phrase with marks that its
    candidates hold are never read, so never advised; a query asked again advises nothing (its
    verdicts are remembered)."""
    import os
    import random

    import pytest

    from archive_app.core.search import whoosh_private
    from archive_app.core.search.streams import LONG_BYTES, is_chunked

    if whoosh_private._FADVISE is None:
        pytest.skip("no posix_fadvise on this system")
    rng = random.Random(2)
    rows = [rep(f"Tin {i}", f"Quốc gia ổn định, gia và tỉnh {i}, và tự chủ.") for i in range(30)]   # miss it
    rows += [rep(f"Báo cáo {i}", f"Hội nghị số {i} bàn công tác dân vận và quốc gia và tự chủ.") for i in range(30)]
    long_text = " ".join(rng.choice(["người", "dân", "đi", "làm", "sáng", "nay", "mưa", "to", "gió", "lớn", "xã",
                                     "phường", "tỉnh", "huyện"]) for _ in range(LONG_BYTES // 2))
    rows += [rep("Dài", long_text + " Công tác dân vận và quốc gia và tự chủ.")]
    archive.import_paths([write_jsonl(rows)])
    archive.search("hội nghị")                   # the index is built and open
    ev = archive.index.evaluator()
    stored = {bytes(ev.column(name)[d]): (name, d) for name in ("ft", "et") for d in range(len(rows))}
    long_doc = next(d for d in range(len(rows)) if is_chunked(ev.column("ft")[d]))
    advised = []
    monkeypatch.setattr(whoosh_private, "_FADVISE", lambda fd, at, n, how: advised.append((fd, at, n, how)))

    def streams_advised():
        assert all(how == os.POSIX_FADV_WILLNEED for *_, how in advised)
        return [stored[os.pread(fd, n, at)] for fd, at, n, _ in advised]

    result = archive.search('"dân vận và quốc"', limit=5)       # every candidate holds it: exact first
    assert result.total == result.folded_total == 31
    got = streams_advised()
    assert sorted(d for name, d in got if name == "et") == list(range(30, 61))
    assert [d for name, d in got if name == "ft"] == [long_doc]
    advised.clear()
    result = archive.search('"quốc gia và tự"', limit=5)        # most candidates miss it: folded first
    assert result.total == result.folded_total == 31
    got = streams_advised()
    assert {d for name, d in got if name == "ft"} >= set(range(1, 30)) and ("ft", long_doc) in got
    advised.clear()
    assert archive.search('"quốc gia và tự"', limit=5).total == 31
    assert advised == []
