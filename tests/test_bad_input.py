"""Bad input tried on purpose: 500 broken files through the import pipeline, every reader fuzzed, and
10,000 generated queries through ``Archive.search`` — never an unhandled exception, every failure a
KnownError with a clear message in Vietnamese and English, the rest of the import going on."""
from __future__ import annotations

import logging
import random
import time
import unicodedata
from collections import Counter

import pytest
from broken_files import SECRET, broken_corpus, valid_seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core.errors import KnownError
from archive_app.core.extract import extract_bytes, office_reader
from archive_app.core.models import Filters
from archive_app.core.services import Archive

UNEXPECTED = ("không mong đợi", "Unexpected error")       # the pipeline's words for a bug


class Recorder(logging.Handler):
    """Log records of the archive's own code at WARNING and above (its catch-alls log every bug)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("archive_app"):
            self.records.append(record)

    def __enter__(self):
        logging.getLogger().addHandler(self)
        return self

    def __exit__(self, *exc):
        logging.getLogger().removeHandler(self)

    def bugs(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()} {r.exc_info[1]!r}" if r.exc_info else f"{r.name}: {r.getMessage()}"
                for r in self.records]


@pytest.fixture
def no_libreoffice(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("ARCHIVE_APP_SOFFICE", raising=False)
    monkeypatch.setattr(office_reader, "_KNOWN_LOCATIONS", ())


# --- 500 broken files through the import pipeline --------------------------------------------------
def test_500_broken_files_fail_one_by_one_with_clear_messages(tmp_path, no_libreoffice):
    corpus = broken_corpus()
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in corpus:
        (folder / name).write_bytes(data)
    good = ["Biên bản họp tổ dân phố số 7 về vệ sinh môi trường.", "Hội nghị giao ban khối dân vận quý III.",
            "Thông báo kết luận của Thường trực Đảng ủy về công tác cán bộ."]
    for i, text in enumerate(good):                       # sorted last: after every broken file
        (folder / f"zz-valid-{i}.txt").write_text(text, encoding="utf-8")
    seconds: dict[str, float] = {}
    clock = {"t": time.perf_counter(), "name": ""}

    def progress(done, total, name):
        now = time.perf_counter()
        if clock["name"]:
            seconds[clock["name"]] = now - clock["t"]
        clock.update(t=now, name=name)

    with Recorder() as log, Archive(tmp_path / "data") as archive:
        result = archive.import_paths([folder], progress=progress)
        assert log.bugs() == []
        assert len(result.items) == 503
        assert all(i.status in ("imported", "duplicate", "failed") for i in result.items)
        for item in result.failed:
            assert item.error_vi and item.error_en and item.error_vi != item.error_en, item
            assert "\n" not in item.error_vi + item.error_en, item
            assert not any(word in item.error_vi + item.error_en for word in UNEXPECTED), item
        by_name = {i.path.rsplit("/", 1)[-1]: i for i in result.items}
        for i in range(len(good)):
            assert by_name[f"zz-valid-{i}.txt"].status == "imported"
        assert archive.search("dan pho ve sinh").total == 1
        for name in ("bomb-ratio.docx", "bomb-document.docx", "bomb-ratio.odt", "bomb-declared-huge.docx",
                     "bomb-many-members.docx", "bomb-plain.zip"):
            assert by_name[name].status == "failed" and "zip bomb" in by_name[name].error_en, by_name[name]
        for name in ("empty.txt", "empty.docx", "empty.pdf", "nested-docx-in-zip.zip", "xml-laughs.docx"):
            assert by_name[name].status == "failed", by_name[name]
        for item in result.imported:                      # no entity ever fetched a local file
            assert SECRET not in archive.report(item.id).body
        assert archive.check().ok
    counts = Counter(i.status for i in result.items)
    assert counts["failed"] >= 300 and counts["imported"] >= 50, counts
    slowest = max(seconds.items(), key=lambda kv: kv[1])
    assert slowest[1] < 10, slowest                      # nothing quadratic (50,000 attributes took 40 s)


def test_truncated_utf8_stays_utf8():
    text = "Biên bản họp chi bộ về công tác dân vận"
    cut = text.encode("utf-8")[:-2]                        # cut inside "ậ"
    result = extract_bytes(cut + b" ", "a.txt")
    assert result.encoding == "utf-8" and result.text.startswith("Biên bản họp chi bộ về công tác dân v")


# --- every reader, fuzzed ------------------------------------------------------------------------------
SEEDS = valid_seeds()


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(sorted(SEEDS)), data=st.data())
def test_every_reader_survives_random_damage(name, data, no_libreoffice):
    raw = bytearray(SEEDS[name])
    for _ in range(data.draw(st.integers(1, 5))):
        kind = data.draw(st.sampled_from(["cut", "flip", "insert", "overwrite"]))
        at = data.draw(st.integers(0, len(raw) - 1)) if raw else 0
        if kind == "cut":
            del raw[at:]
        elif kind == "flip" and raw:
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif kind == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        elif raw:
            chunk = data.draw(st.binary(min_size=1, max_size=64))
            raw[at:at + len(chunk)] = chunk
    with Recorder() as log:
        try:
            result = extract_bytes(bytes(raw), data.draw(st.sampled_from([name, "x.bin", "x.txt", "x.html"])))
        except KnownError as error:
            assert error.vi and error.en
        else:
            assert isinstance(result.text, str) and result.text == result.text.strip()
    assert log.bugs() == []


# --- 10,000 generated queries ---------------------------------------------------------------------------
WORDS = ["dân", "vận", "giao", "ban", "họp", "chi", "bộ", "Đảng", "ủy", "uỷ", "hòa", "hoà", "thủy", "lợi",
         "Nguyễn", "Văn", "An", "Trần", "Thị", "đê", "điều", "khỏe", "quý", "IV", "tổ", "ở", "cần", "nghị"]
CODES = ["43-CT/TU", "14/10/2021", "01/2021/NQ-HĐND", "a/b/c/d/e/f/g", "1.2.3.4.5", "-/-/-", "CT/", "/TU", "12-",
         "9" * 300, "NĐ-CP", "2021-10-14", "số 12/BC-ĐU"]
OPERATORS = ["AND", "OR", "NOT", "+", "-", "*", "?", "~", "^2", "title:", "body:x", "(", ")", "[", "]", "{", "}",
             "TO", "\\", ":", "!", "&&", "||", "'", "`", "%", "_", "<b>", "&amp;", "&#0;", "&#xD800;", "*:*"]
QUOTES = ['"', "“", "”", "„", "«", "»", "'", '""', '"""']
MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"


def random_unicode(r: random.Random, n: int) -> str:
    """Any code point: ASCII, Latin with marks, lone combining marks and surrogates, astral, controls."""
    bands = [(0x20, 0x7E), (0xC0, 0x1EFF), (0x300, 0x36F), (0xD800, 0xDFFF), (0x10000, 0x10FFFF), (0x80, 0xFFFF)]
    special = [0, 1, 8, 9, 10, 13, 27, 0x7F, 0x85, 0xA0, 0x200B, 0x200D, 0x2028, 0xFEFF, 0xFFFE, 0xFFFF, 0x202E]
    return "".join(chr(r.choice(special)) if r.random() < 0.08 else chr(r.randint(*r.choice(bands)))
                   for _ in range(n))


def words(r: random.Random, n: int) -> str:
    return " ".join(w.upper() if r.random() < 0.2 else w for w in (r.choice(WORDS) for _ in range(n)))


def generated_query(r: random.Random, i: int) -> str:
    kind = i % 12
    if kind == 0:
        return random_unicode(r, r.randint(0, 40))
    if kind == 1:
        return words(r, r.randint(1, 6))
    if kind == 2:
        closing = r.choice(QUOTES) if r.random() < 0.7 else ""
        return f"{r.choice(QUOTES)}{words(r, r.randint(0, 4))}{closing} {words(r, 1)}"
    if kind == 3:
        return "".join(r.choice("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~–—…·•") + (r.choice(WORDS) if r.random() < 0.3
                       else "") for _ in range(r.randint(1, 30)))
    if kind == 4:
        return " ".join(r.choice(CODES) for _ in range(r.randint(1, 3)))
    if kind == 5:
        return unicodedata.normalize(r.choice(["NFD", "NFKD", "NFKC"]), words(r, r.randint(1, 5)))
    if kind == 6:                                          # very long
        size = r.choice([300, 1000, 3000])
        return r.choice([lambda: words(r, size // 4), lambda: "a" * size * 5, lambda: random_unicode(r, size),
                         lambda: " ".join(f'"{words(r, 3)}"' for _ in range(size // 20)),
                         lambda: "-".join(r.choice(CODES) for _ in range(size // 10))])()
    if kind == 7:
        return " ".join(r.choice(OPERATORS + WORDS) for _ in range(r.randint(1, 10)))
    if kind == 8:
        return r.choice(["", " ", "\t\n", "\u200b", "\ufeff", "\u0301", "\u0301\u0323" * 10, '"', '" "', "\x00",
                         "\u00a0" * 5, "đ", "Đ", "\u0111\u0300", "\ud800", "\U0001F600"])
    if kind == 9:                                          # syllables with piles of marks
        return " ".join(r.choice(WORDS) + "".join(r.choice(MARKS) for _ in range(r.randint(1, 4)))
                        for _ in range(r.randint(1, 4)))
    if kind == 10:
        return r.choice(WORDS) + random_unicode(r, 3) + r.choice(CODES) + r.choice(QUOTES)
    return f'{r.choice(OPERATORS)}{r.choice(WORDS)}{r.choice(OPERATORS)}"{r.choice(CODES)}'


def random_filters(r: random.Random) -> Filters:
    import datetime as dt

    def day():
        return dt.date(r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28)) if r.random() < 0.5 else None

    def text():
        return r.choice([None, "", words(r, 2), random_unicode(r, 5), "nguyen van an", "%", "_", "'", "\\"])

    return Filters(person=text(), tag=text(), kind=text(), date_from=day(), date_to=day())


def test_10000_generated_queries_never_raise(tmp_path):
    from test_backup import build

    data = tmp_path / "data"
    build(data, tmp_path)
    r = random.Random(20261127)
    with Recorder() as log, Archive(data) as archive:
        expected = archive.search("dân vận", limit=100)
        assert expected.total > 10
        ids = {h.summary.id for h in archive.search("", Filters(date_from=__import__("datetime").date(1, 1, 1)),
                                                     limit=1000).hits} | {h.summary.id for h in expected.hits}
        kinds = Counter()
        for i in range(10_000):
            query = generated_query(r, i)
            filters = random_filters(r) if i % 10 == 9 else Filters()
            try:
                result = archive.search(query, filters, limit=3)
            except Exception as exc:  # noqa: BLE001 - the point of the test: report which query broke it
                pytest.fail(f"query #{i} {query[:200]!r} with {filters} raised {exc!r}")
            assert result.total >= len(result.hits) and len(result.hits) <= 3
            assert all(h.summary.id in ids and isinstance(h.snippet, str) for h in result.hits)
            kinds[bool(result.total)] += 1
        assert kinds[True] > 1000 and kinds[False] > 1000, kinds      # both kinds of outcome exercised
        assert archive.search("dân vận", limit=100) == expected       # the archive is none the worse
        assert log.bugs() == []


# --- limits on the archive-export zip that ``import`` restores ------------------------------------------
def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size one member declares (local header and central directory)."""
    import struct

    out = bytearray(data)
    for sig, name_len_at, name_at, size_at in ((b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)):
        at = out.find(sig)
        while at >= 0:
            n = struct.unpack_from("<H", out, at + name_len_at)[0]
            if out[at + name_at:at + name_at + n] == member.encode():
                struct.pack_into("<I", out, at + size_at, size)
            at = out.find(sig, at + 4)
    return bytes(out)


def test_an_export_zip_with_a_bomb_or_a_damaged_original_fails_cleanly(tmp_path):
    import zipfile

    from archive_app.core.exporting import export_archive

    source = tmp_path / "in.txt"
    source.write_text("Biên bản họp chi bộ về công tác dân vận.", encoding="utf-8")
    with Archive(tmp_path / "a") as a:
        a.import_paths([source])
        export_archive(a, tmp_path / "export.zip")
    good = (tmp_path / "export.zip").read_bytes()
    member = next(n for n in zipfile.ZipFile(tmp_path / "export.zip").namelist() if n.startswith("originals/"))
    (tmp_path / "bomb.zip").write_bytes(_declare_size(good, member, 3_900_000_000))
    with zipfile.ZipFile(tmp_path / "export.zip") as zin, zipfile.ZipFile(tmp_path / "crc.zip", "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
    raw = bytearray((tmp_path / "crc.zip").read_bytes())
    with zipfile.ZipFile(tmp_path / "crc.zip") as z:
        info = z.getinfo(member)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start] ^= 0xFF                                 # the stored bytes no longer match their CRC
    (tmp_path / "crc.zip").write_bytes(bytes(raw))
    for name, words in (("bomb.zip", "too large"), ("crc.zip", "damaged")):
        with Recorder() as log, Archive(tmp_path / name.replace(".", "-")) as b:
            result = b.import_paths([tmp_path / name])
            assert log.bugs() == []
            (item,) = result.failed
            assert words in item.error_en and not any(w in item.error_en for w in UNEXPECTED), item
            assert b.check().ok
