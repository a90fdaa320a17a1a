"""Query evaluation over the Whoosh index's posting blocks.

Whoosh's matchers cost about a microsecond of Python per posting and per sub-query, which put
common-word queries over 30,000 reports at 100–300 ms. Here each term's postings are read a
block at a time (arrays of document numbers and weights) into a dict, so intersections, counts
and BM25 run in C-level set and dict operations. The ranking is the one DESIGN.md §5 asks for:
all words required (folded), then exact diacritics (a tier per matched syllable), adjacency
(folded bigrams) and title matches on top of BM25.
"""
from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from itertools import accumulate

from whoosh.util.numeric import byte_to_length

from .query import ParsedQuery

EXACT_TIER = 1000.0
ADJACENT_BOOST = 3.0
TITLE_BOOST = 2.0
K1, B = 1.2, 0.75
CACHE_POSTINGS = 1_500_000      # ≈ 150 MB of decoded postings at most
PROBE_RATIO = 32                # probe a term for candidates when they are < 1/32 of its postings
_LENGTH = [byte_to_length(i) for i in range(256)]


@dataclass
class _Segment:
    reader: object
    offset: int
    deleted: frozenset


class Evaluator:
    """Evaluates parsed queries on one searcher; caches field lengths and the id column per segment."""

    def __init__(self, searcher):
        self.searcher = searcher
        top = searcher.reader()
        readers = getattr(top, "readers", None)
        pairs = list(zip(readers, top.doc_offsets)) if readers else [(top, 0)]
        self.segments = [_Segment(r, off, _deleted(r))
                         for r, off in pairs if r.doc_count_all()]      # an empty index has no columns
        # Documents counted as the term dictionary counts them, deleted ones (until a merge) included:
        # with live documents only, a term in nearly every report got a negative IDF after updates.
        self.doc_count = max(1, searcher.doc_count_all())
        self._lengths: dict[str, list[int]] = {}
        self._avg: dict[str, float] = {}
        self._columns: dict[str, list[int]] = {}
        self._df: dict[tuple[str, str], int] = {}
        self._cache: OrderedDict[tuple[str, str], dict[int, float]] = OrderedDict()
        self._cached_postings = 0

    # --- postings --------------------------------------------------------------------------
    def postings(self, field: str, term: str) -> dict[int, float]:
        """Global document number → weight (term frequency) for every live posting of ``term``.

        Decoded lists are kept in a small LRU (bounded by postings, not terms): common syllables
        come back in query after query, and in every keystroke of search-as-you-type.
        """
        key = (field, term)
        cached = self._cache.pop(key, None)
        if cached is None:
            cached = self._read(field, term)
            self._cached_postings += len(cached)
            while self._cache and self._cached_postings > CACHE_POSTINGS:
                _, old = self._cache.popitem(last=False)
                self._cached_postings -= len(old)
        self._cache[key] = cached
        return cached

    def postings_for(self, field: str, term: str, docs: set[int]) -> dict[int, float]:
        """Postings of ``term``, at least for ``docs``: when ``docs`` is small beside the term's
        document frequency, only the posting blocks that can hold them are decoded (not cached)."""
        key = (field, term)
        if key in self._cache or len(docs) * PROBE_RATIO >= self.doc_frequency(field, term):
            return self.postings(field, term)
        out: dict[int, float] = {}
        ordered = sorted(docs)
        for seg in self.segments:
            if (field, term) not in seg.reader:
                continue
            end = seg.offset + seg.reader.doc_count_all()
            lo, hi = bisect_left(ordered, seg.offset), bisect_left(ordered, end)
            if lo == hi:
                continue
            local = [d - seg.offset for d in ordered[lo:hi] if d - seg.offset not in seg.deleted]
            _probe(seg.reader.postings(field, term), local, seg.offset, out)
        return out

    def doc_frequency(self, field: str, term: str) -> int:
        """Documents holding ``term`` (deleted ones included until a merge): BM25's df, the same
        whether the postings were read whole, from the cache or probed. Looked up once per searcher
        (a query asks for it to sort, to probe and to score)."""
        key = (field, term)
        df = self._df.get(key)
        if df is None:
            if len(self._df) > 100_000:        # a long session of distinct queries: start afresh
                self._df.clear()
            df = self._df[key] = self.searcher.doc_frequency(field, term)
        return df

    def _read(self, field: str, term: str) -> dict[int, float]:
        out: dict[int, float] = {}
        for seg in self.segments:
            if (field, term) not in seg.reader:
                continue
            m = seg.reader.postings(field, term)
            start = len(out)
            if hasattr(m, "_next_block"):
                while m.is_active():
                    _read_block(m, out, seg.offset)
                    m._next_block()
            else:                                  # postings inlined in the term dictionary
                while m.is_active():
                    out[m.id() + seg.offset] = m.weight()
                    m.next()
            if seg.deleted and len(out) > start:
                for d in seg.deleted:
                    out.pop(d + seg.offset, None)
        return out

    def lengths(self, field: str) -> list[int]:
        """Field length of every document (global numbering), read from the length columns once."""
        if field not in self._lengths:
            values: list[int] = []
            for seg in self.segments:
                count = seg.reader.doc_count_all()
                raw = _length_bytes(seg.reader, field, count)
                values.extend(_LENGTH[b] for b in raw)
            self._lengths[field] = values
            self._avg[field] = (sum(values) / len(values)) if values else 1.0
        return self._lengths[field]

    def report_ids(self) -> list[int]:
        """Report id of every document number (the ``rid`` column)."""
        return self._column("rid")

    def allowed(self, person_ids, tag_ids, kind: str | None, date_lo: int | None, date_hi: int | None):
        """Document numbers a filter lets through (None: no filter)."""
        sets = []
        if person_ids is not None:
            sets.append(set().union(*(self.postings("person", f"p{i}") for i in person_ids)) if person_ids else set())
        if tag_ids is not None:
            sets.append(set().union(*(self.postings("tag", f"t{i}") for i in tag_ids)) if tag_ids else set())
        if kind:
            sets.append(set(self.postings("kind", kind)))
        if date_lo is not None or date_hi is not None:
            lo, hi = date_lo or 1, date_hi or 99991231
            sets.append({d for d, v in enumerate(self.dates()) if lo <= v <= hi})
        if not sets:
            return None
        sets.sort(key=len)
        return sets[0].intersection(*sets[1:])

    def dates(self) -> list[int]:
        """Meeting date (yyyymmdd, 0 if unknown) of every document number."""
        return self._column("date")

    def _column(self, name: str) -> list[int]:
        """A numeric column over every segment (global document numbering), read once."""
        if name not in self._columns:
            values: list[int] = []
            for seg in self.segments:
                values.extend(seg.reader.column_reader(name).load())
            self._columns[name] = values
        return self._columns[name]

    # --- scoring ---------------------------------------------------------------------------
    def bm25(self, posts: dict[int, float], field: str, term: str, docs, boost: float = 1.0) -> dict[int, float]:
        """BM25 of one term for ``docs`` (those that have it)."""
        if not posts:
            return {}
        df = max(1, self.doc_frequency(field, term))
        idf = math.log(1 + (self.doc_count - df + 0.5) / (df + 0.5)) * boost
        lengths = self.lengths("tf" if field == "tf" else "f")
        avg = self._avg["tf" if field == "tf" else "f"] or 1.0
        norm = K1 * (1 - B)
        per = K1 * B / avg
        return {d: idf * w * (K1 + 1) / (w + norm + per * lengths[d])
                for d in docs if (w := posts.get(d)) is not None}

    def run(self, parsed: ParsedQuery, allowed: set[int] | None) -> dict[int, float]:
        """Score of every matching document (all words and phrase bigrams required)."""
        required: list[tuple[str, str, float]] = []
        seen = set()
        for w in parsed.words:
            if w.folded[0] not in seen:
                seen.add(w.folded[0])
                required.append(("f", w.folded[0], 1.0))
        for p in parsed.phrases:
            required.extend(("fb", f"{a}_{b}", ADJACENT_BOOST) for a, b in zip(p.folded, p.folded[1:]))
        # Rarest term first: its postings are the candidates, the others are probed for them only.
        required.sort(key=lambda x: self.doc_frequency(x[0], x[1]))
        lists = []
        docs: set[int] | None = None
        for field, term, boost in required:
            if docs is None:
                posts = self.postings(field, term)
                docs = set(posts) if allowed is None else allowed.intersection(posts)
            else:
                posts = self.postings_for(field, term, docs)
                docs.intersection_update(posts)
            if not docs:
                return {}
            lists.append((field, term, boost, posts))
        if docs is None:
            return {}
        scores = dict.fromkeys(docs, 0.0)
        for field, term, boost, posts in lists:
            _add(scores, self.bm25(posts, field, term, docs, boost))
        for field, term, boost, exact_tier in _optional_terms(parsed):
            posts = self.postings_for(field, term, docs)
            if exact_tier:
                _add(scores, {d: EXACT_TIER for d in docs.intersection(posts)})
            else:
                _add(scores, self.bm25(posts, field, term, docs, boost))
        return scores


def top(scores: dict[int, float], limit: int | None) -> list[tuple[int, float]]:
    """Best first; ties broken by the newest document number."""
    items = scores.items()
    key = lambda kv: (kv[1], kv[0])
    return heapq.nlargest(limit, items, key=key) if limit is not None else sorted(items, key=key, reverse=True)


def _add(scores: dict[int, float], extra: dict[int, float]) -> None:
    for d, v in extra.items():
        scores[d] += v


def _optional_terms(parsed: ParsedQuery):
    """(field, term, boost, is_exact_tier) that add score but are not required."""
    out = []
    words = parsed.words
    for a, b in zip(words, words[1:]):
        pair = f"{a.folded[0]}_{b.folded[0]}"
        out.append(("fb", pair, ADJACENT_BOOST, False))
        out.append(("tf", pair, TITLE_BOOST, False))
    for p in parsed.sequence():
        for ex, fo in zip(p.exact, p.folded):
            if ex != fo:
                out.append(("e", ex, 1.0, True))
        out.extend(("tf", t, TITLE_BOOST, False) for t in p.folded)
        out.extend(("tf", f"{a}_{b}", TITLE_BOOST, False) for a, b in zip(p.folded, p.folded[1:]))
    return out


def _read_block(m, out: dict[int, float], offset: int = 0) -> None:
    """Add one Whoosh 3 posting block (pickled, delta-coded ids) to ``out``, decoding in C;
    ``offset`` turns the segment's document numbers into global ones."""
    if m._data is None:
        m._read_data()
    ids, weights = m._data[0], m._data[1]
    ids = ids if m._byteids else accumulate(ids)
    if offset:
        ids = map(offset.__add__, ids)
    if weights is None or isinstance(weights, float):
        out.update(dict.fromkeys(ids, 1.0 if weights is None else weights))
    else:
        out.update(zip(ids, weights))


def _probe(m, wanted: list[int], offset: int, out: dict[int, float]) -> None:
    """Add the postings of ``wanted`` (sorted local document numbers) to ``out``, decoding only the
    blocks whose id range can hold one of them (block headers carry their last id)."""
    if not hasattr(m, "_next_block"):               # postings inlined in the term dictionary
        while m.is_active():
            if m.id() in wanted:
                out[m.id() + offset] = m.weight()
            m.next()
        return
    i, n = 0, len(wanted)
    while i < n and m.is_active():
        last = m._maxid
        if wanted[i] <= last:
            block: dict[int, float] = {}
            _read_block(m, block)
            while i < n and wanted[i] <= last:
                w = block.get(wanted[i])
                if w is not None:
                    out[wanted[i] + offset] = w
                i += 1
        m._next_block()


def _length_bytes(reader, field: str, count: int) -> bytes:
    """The one-byte encoded lengths of ``field`` for a segment's documents."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    column = reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
    if column is None:
        return bytes(count)
    raw = column._dbfile.get(column._basepos, column._count)
    return bytes(raw) + bytes(max(0, count - len(raw)))


def _deleted(reader) -> frozenset:
    """Document numbers deleted in a segment (replaced or removed reports) until it is merged."""
    if not reader.has_deletions():
        return frozenset()
    return frozenset(d for d in range(reader.doc_count_all()) if reader.is_deleted(d))
