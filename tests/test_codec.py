"""The packed posting format reads back exactly, through Whoosh's matchers and through numpy."""
from __future__ import annotations

import random

import numpy as np
import pytest
from whoosh import fields, index as whoosh_index

from archive_app.core.search import codec as packed
from archive_app.core.search.evaluate import Evaluator
from archive_app.core.search.fields import TermCounts


def _schema():
    return fields.Schema(id=fields.ID(stored=True, unique=True), f=TermCounts())


def _docs(n: int, seed: int = 3) -> list[list[str]]:
    """Terms per document: one in every document, one in a few, some rare, some with big counts."""
    rng = random.Random(seed)
    out = []
    for d in range(n):
        terms = ["all"] * (1 + d % 5)
        if d % 97 == 0:
            terms += ["few"] * 300                       # frequencies past one byte
        if rng.random() < 0.002:
            terms.append("rare")
        terms.append(f"only{d}")                         # a term of one document: inline
        out.append(terms)
    return out


def _write(path, docs, start=0, segments=1):
    ix = whoosh_index.create_in(str(path), _schema()) if start == 0 else whoosh_index.open_dir(str(path))
    per = -(-len(docs) // segments)
    for s in range(segments):
        w = ix.writer(codec=packed.ArchiveCodec())
        for i, terms in enumerate(docs[s * per:(s + 1) * per], start + s * per):
            w.add_document(id=str(i), f=terms)
        w.commit(merge=False)
    return ix


def _expected(docs):
    out: dict[str, dict[int, int]] = {}
    for d, terms in enumerate(docs):
        for t in set(terms):
            out.setdefault(t, {})[d] = terms.count(t)
    return out


def _whoosh_postings(ix, term):
    with ix.searcher() as s:
        m = s.postings("f", term)
        got = {}
        while m.is_active():
            got[m.id()] = m.weight()
            m.next()
        return got


@pytest.mark.parametrize("segments", [1, 3])
def test_postings_read_back_through_whoosh_and_numpy(tmp_path, segments):
    docs = _docs(5000)
    ix = _write(tmp_path, docs, segments=segments)
    want = _expected(docs)
    with ix.reader() as r:
        ev = Evaluator(r)
        for term in ["all", "few", "rare", "only0", "only4321"]:
            assert _whoosh_postings(ix, term) == want[term]
            p = ev.postings("f", term)
            assert dict(zip(p.ids.tolist(), p.weights.tolist())) == want[term]
            probe = sorted(random.Random(term).sample(range(5000), 40))
            q = ev.postings_for("f", term, np.array(probe))
            assert {d: w for d, w in zip(q.ids.tolist(), q.weights.tolist()) if d in probe} == \
                {d: w for d, w in want[term].items() if d in probe}


def test_rare_terms_live_in_the_term_dictionary(tmp_path):
    docs = [[f"only{d}"] for d in range(200)]
    ix = _write(tmp_path, docs)
    assert all(p.stat().st_size == 0 for p in tmp_path.glob("*.pst"))
    assert _whoosh_postings(ix, "only7") == {7: 1}


def test_merging_segments_keeps_every_posting(tmp_path):
    docs = _docs(3000, seed=9)
    ix = _write(tmp_path, docs, segments=4)
    w = ix.writer(codec=packed.ArchiveCodec())
    w.commit(optimize=True)                               # Whoosh merges through its own matchers
    assert len(ix._segments()) == 1
    want = _expected(docs)
    for term in ["all", "few", "rare", "only2999"]:
        assert _whoosh_postings(ix, term) == want[term]


@pytest.mark.parametrize("values", [[0], [255], [256, 1], [65535], [65536, 3], [2**32 - 1]])
def test_pack_round_trip(values):
    assert list(packed.unpack(packed.pack(values))) == values


def test_pack_refuses_what_does_not_fit():
    assert packed.pack([-1]) is None and packed.pack([2**32]) is None


def test_a_scorer_without_block_quality_searches_inline_postings(tmp_path):
    """Whoosh's own suite (test_function_weighting) with this codec: a top-N search with a scorer that
    has no block quality asked the inline postings' matcher for one and raised NotImplementedError."""
    from whoosh import scoring
    from whoosh.query import Term

    schema = fields.Schema(id=fields.STORED, text=fields.TEXT)
    ix = whoosh_index.create_in(str(tmp_path), schema)
    for part in range(3):                                # several segments, each term's postings inline
        w = ix.writer(codec=packed.ArchiveCodec())
        for n in range(6):
            w.add_document(id=f"{part}{n}", text=" ".join(["bb"] * n + ["aa", "bb"]))
        w.commit(merge=False)
    first = scoring.FunctionWeighting(lambda searcher, fieldname, text, matcher: 1.0 / (matcher.spans()[0].start + 1))
    with ix.searcher(weighting=first) as s:
        hits = s.search(Term("text", "aa"), limit=5)
        top = [h["id"] for h in hits]
        assert len(hits) == 18 and len(top) == 5
        assert sorted(top[:3]) == ["00", "10", "20"] and {i[1] for i in top[3:]} == {"1"}   # "aa" first scores best
