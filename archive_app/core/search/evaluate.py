"""Query evaluation over the Whoosh index's posting blocks, in numpy.

Whoosh's matchers cost about a microsecond of Python per posting and per sub-query, which put
common-word queries over 30,000 reports at 100–300 ms. Here each term's posting blocks (packed
arrays, see codec.py) are read straight into numpy arrays of document numbers and weights, so
intersections, counts and BM25 run as array operations. Matching follows DESIGN.md §5 per
syllable: typed with marks it must occur as spelled (field ``e``), without marks in any spelling
(``f``). The ranking: BM25, plus adjacency (folded bigrams) and title matches.

BM25 counts live documents only: a replaced or removed report stays in its segment (marked
deleted) until a merge, and counting it made the same content rank differently after a series of
edits (``live_frequency``; lengths are averaged over live documents).
"""
from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from .query import ParsedQuery
from .whoosh_private import (BLOCK_LIMIT, bytes_column, length_bytes, matcher_blocks, numeric_column, raw_matcher,
                             term_info)

ADJACENT_BOOST = 3.0
TITLE_BOOST = 2.0
K1, B = 1.2, 0.75
CACHE_POSTINGS = 8_000_000      # decoded postings kept (8 bytes each: ≈ 64 MB at most)
COUNT_COST = 175         # postings read in the time a syllable is counted in one document's stream
BOUND_MARGIN = 1e-6      # (relative) a bound clears the threshold by more than rounding (``ranked``: 9 places)
PROBE_RATIO = BLOCK_LIMIT       # probe a term for candidates when they are fewer than its blocks: more
# candidates, spread out, touch every block, and then the whole list costs no more and is cached
# for the next query (bench at 30,000, every class: fewer blocks decoded, phrases 643 → 533)
_LENGTH = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)
_NO_DOCS = np.empty(0, dtype=np.int64)


@dataclass(frozen=True)
class Postings:
    """A term's live postings: sorted global document numbers and their weights."""
    ids: np.ndarray          # int64, ascending
    weights: np.ndarray      # float32 (term frequency)

    def __len__(self) -> int:
        return len(self.ids)

    def at(self, docs: np.ndarray) -> np.ndarray:
        """Weight of each of ``docs`` (sorted), 0 where the term is absent."""
        out = np.zeros(len(docs), dtype=np.float64)
        pos, hit = _locate(self.ids, docs)
        out[hit] = self.weights[pos[hit]]
        return out


_EMPTY = Postings(_NO_DOCS, np.empty(0, dtype=np.float32))


@dataclass(frozen=True)
class Match:
    """Candidates of a query (``Evaluator.match``) and what scores them: (field, term or a prefix's
    live df, boost, postings; None for a deferred term)."""
    docs: np.ndarray
    lists: list
    parsed: ParsedQuery


@dataclass
class _Segment:
    reader: object
    offset: int
    count: int
    deleted: np.ndarray | None      # bool per local document number, None when none are deleted


class Evaluator:
    """Evaluates parsed queries on one index reader; caches field lengths, columns and postings."""

    def __init__(self, reader):
        self.reader = reader
        top_reader = reader
        readers = getattr(top_reader, "readers", None)
        pairs = list(zip(readers, top_reader.doc_offsets)) if readers else [(top_reader, 0)]
        self.segments = [_Segment(r, off, r.doc_count_all(), _deleted(r))
                         for r, off in pairs if r.doc_count_all()]      # an empty index has no columns
        self.size = max((s.offset + s.count for s in self.segments), default=0)
        self.live = np.ones(self.size, dtype=bool)
        for seg in self.segments:
            if seg.deleted is not None:
                self.live[seg.offset:seg.offset + seg.count] = ~seg.deleted
        self.doc_count = max(1, int(self.live.sum()))
        self._live_df: dict[tuple[str, str], int] = {}
        self._lengths: dict[str, np.ndarray] = {}
        self._avg: dict[str, float] = {}
        self._columns: dict[str, np.ndarray] = {}
        self._readers: dict[str, object] = {}
        self._term_infos: dict[tuple[str, str], list] = {}
        self._cache: OrderedDict[tuple[str, str], Postings] = OrderedDict()
        self._cached_postings = 0

    # --- postings --------------------------------------------------------------------------
    def postings(self, field: str, term: str) -> Postings:
        """Every live posting of ``term``. Decoded lists are kept in an LRU bounded by postings:
        common syllables come back in query after query, and in every keystroke of
        search-as-you-type."""
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

    def postings_for(self, field: str, term: str, docs: np.ndarray) -> Postings:
        """Postings of ``term``, at least for ``docs`` (sorted): when ``docs`` is small beside the
        term's document frequency, only the blocks that can hold them are decoded (not cached)."""
        key = (field, term)
        if key in self._cache or len(docs) * PROBE_RATIO >= self.doc_frequency(field, term):
            return self.postings(field, term)
        parts = []
        for seg, info in self._infos(field, term):
            lo, hi = np.searchsorted(docs, [seg.offset, seg.offset + seg.count])
            if lo == hi:
                continue
            wanted = docs[lo:hi] - seg.offset
            ids, weights = _probe(self._matcher(field, seg, info), wanted)
            parts.append(self._live(seg, ids, weights))
        return _joined(parts)

    def doc_frequency(self, field: str, term: str) -> int:
        """Documents holding ``term``, deleted ones included until a merge (cheap: for ordering)."""
        return sum(info.doc_frequency() for _, info in self._infos(field, term))

    def live_frequency(self, field: str, term: str) -> int:
        """Live documents holding ``term``: BM25's df, the same whatever the edit history. The
        deleted documents holding it are found by probing its postings for the deleted documents
        only (the blocks that can hold them), once per reader."""
        key = (field, term)
        live = self._live_df.get(key)
        if live is None:
            if key in self._cache:
                live = len(self._cache[key])
            else:
                live = self.doc_frequency(field, term)
                for seg, info in self._infos(field, term):
                    if seg.deleted is not None:
                        dead = np.flatnonzero(seg.deleted)
                        live -= len(_probe(self._matcher(field, seg, info), dead)[0])
            if len(self._live_df) > 100_000:
                self._live_df.clear()
            self._live_df[key] = live
        return live

    def expand(self, field: str, prefix: str, limit: int = 2000) -> list[str]:
        """Terms of ``field`` that start with ``prefix`` (a word still being typed), at most ``limit``."""
        out = []
        for term in self.reader.expand_prefix(field, prefix):
            out.append(term.decode("utf-8") if isinstance(term, bytes) else term)
            if len(out) >= limit:
                break
        return out

    def _infos(self, field: str, term: str) -> list[tuple[_Segment, object]]:
        """(segment, term info) of every segment holding ``term``, looked up once per reader:
        a query needs them to sort, probe, read and score, and each lookup walks a hash file."""
        key = (field, term)
        infos = self._term_infos.get(key)
        if infos is None:
            if len(self._term_infos) > 100_000:        # a long session of distinct queries: start afresh
                self._term_infos.clear()
            btext = term.encode("utf-8")
            infos = []
            for seg in self.segments:
                try:
                    infos.append((seg, term_info(seg.reader, field, btext)))
                except TermNotFound:
                    pass
            self._term_infos[key] = infos
        return infos

    def _matcher(self, field: str, seg: _Segment, info):
        """The segment's own matcher for a term, deleted documents included (``_live`` drops them)."""
        return raw_matcher(seg.reader, info, self.reader.schema[field].format)

    def _read(self, field: str, term: str) -> Postings:
        parts = [self._live(seg, *_joined_blocks(list(matcher_blocks(self._matcher(field, seg, info)))))
                 for seg, info in self._infos(field, term)]
        return _joined(parts)

    @staticmethod
    def _live(seg: _Segment, ids: np.ndarray, weights: np.ndarray) -> Postings:
        """Segment-local postings without deleted documents, in global numbering."""
        if seg.deleted is not None and len(ids):
            keep = ~seg.deleted[ids]
            ids, weights = ids[keep], weights[keep]
        return Postings(ids + seg.offset, weights)

    def lengths(self, field: str) -> np.ndarray:
        """Field length of every document (global numbering), read from the length columns once."""
        if field not in self._lengths:
            parts = [_LENGTH[np.frombuffer(length_bytes(seg.reader, field, seg.count), dtype=np.uint8)]
                     for seg in self.segments]
            values = np.concatenate(parts) if parts else np.empty(0)
            self._lengths[field] = values
            live = values[self.live[:len(values)]]
            self._avg[field] = float(live.mean()) if len(live) else 1.0
        return self._lengths[field]

    def report_ids(self) -> np.ndarray:
        """Report id of every document number (the ``rid`` column)."""
        return self._column("rid")

    def dates(self) -> np.ndarray:
        """Meeting date (yyyymmdd, 0 if unknown) of every document number."""
        return self._column("date")

    def column(self, name: str):
        """A bytes column's reader over every segment (global document numbering), opened once."""
        if name not in self._readers:
            self._readers[name] = bytes_column(self.reader, name)
        return self._readers[name]

    def _column(self, name: str) -> np.ndarray:
        """A numeric column over every segment (global document numbering), read once."""
        if name not in self._columns:
            field = self.reader.schema[name]
            parts = [numeric_column(seg.reader, name, field, seg.count) for seg in self.segments]
            self._columns[name] = np.concatenate(parts) if parts else _NO_DOCS
        return self._columns[name]

    def allowed(self, person_ids, tag_ids, kind: str | None, date_lo: int | None,
                date_hi: int | None) -> np.ndarray | None:
        """Sorted document numbers a filter lets through (None: no filter)."""
        sets = []
        if person_ids is not None:
            sets.append(self._union("person", [f"p{i}" for i in person_ids]))
        if tag_ids is not None:
            sets.append(self._union("tag", [f"t{i}" for i in tag_ids]))
        if kind:
            sets.append(self.postings("kind", kind).ids)
        if date_lo is not None or date_hi is not None:
            lo, hi = date_lo or 1, date_hi or 99991231
            dates = self.dates()
            sets.append(np.flatnonzero((dates >= lo) & (dates <= hi)))
        if not sets:
            return None
        sets.sort(key=len)
        out = sets[0]
        for other in sets[1:]:
            out = out[self.member(out, other)]
        return out

    def _union(self, field: str, terms: list[str]) -> np.ndarray:
        lists = [self.postings(field, t).ids for t in terms]
        return np.unique(np.concatenate(lists)) if lists else _NO_DOCS

    def member(self, docs: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """For each of ``docs``: is it in ``ids`` (both sorted)?"""
        if len(docs) * 16 < len(ids):              # few candidates: binary search
            return _locate(ids, docs)[1]
        mask = np.zeros(self.size, dtype=bool)
        mask[ids] = True
        return mask[docs]

    # --- scoring ---------------------------------------------------------------------------
    def bm25(self, posts: Postings, field: str, df: int, docs: np.ndarray, boost: float = 1.0) -> np.ndarray:
        """BM25 of one term (``df`` live documents hold it) for each of ``docs`` (0 where absent)."""
        if not len(posts):
            return np.zeros(len(docs))
        idf = self.idf(df, boost)
        which = "tf" if field == "tf" else "f"
        lengths = self.lengths(which)[docs]
        avg = self._avg[which] or 1.0
        w = posts.at(docs)
        return idf * w * (K1 + 1) / (w + K1 * (1 - B) + K1 * B / avg * lengths)

    def _group(self, field: str, terms: list[str]) -> Postings:
        """Postings of any of ``terms`` (a prefix's syllables), weights added up per document."""
        lists = [p for p in (self.postings(field, t) for t in terms) if len(p)]
        if len(lists) <= 1:
            return lists[0] if lists else _EMPTY
        ids, inverse = np.unique(np.concatenate([p.ids for p in lists]), return_inverse=True)
        weights = np.bincount(inverse, weights=np.concatenate([p.weights for p in lists])).astype(np.float32)
        return Postings(ids, weights)

    def match(self, parsed: ParsedQuery, allowed: np.ndarray | None,
              deferred: frozenset[tuple[str, str]] = frozenset()) -> Match:
        """Every document holding all words, phrase bigrams and the syllables typed with marks (a
        quoted phrase's adjacency is checked by the caller), with the postings read to find them.

        ``deferred`` terms (unless the rarest, or read already) are not read to narrow the
        candidates: the caller's phrase check finds them anyway (a phrase typed with marks is looked
        for as spelled), and ``score`` makes their frequencies only for the hits that need them.
        Common marked syllables ("vẫn", "tiếp", "tục": 10,000–14,000 postings each at 30,000
        reports) were most of a quoted phrase's postings reads, for documents the bigrams had found."""
        required: dict[tuple[str, str], float] = {}
        for w in parsed.words:
            required.setdefault(_term(w.exact[0], w.folded[0]), 1.0)
        for p in parsed.phrases:
            for a, b in zip(p.folded, p.folded[1:]):
                required[("fb", f"{a}_{b}")] = ADJACENT_BOOST
            for e, f in zip(p.exact, p.folded):
                if e != f:
                    required.setdefault(("e", e), 0.5)
        # Rarest term first: its postings are the candidates, the others are probed for them only.
        order = sorted(required, key=lambda ft: self.doc_frequency(*ft))
        lists: list[tuple[str, str | int, float, Postings | None]] = []
        docs: np.ndarray | None = None
        if parsed.prefix is not None:
            field, stem = _term(parsed.prefix.exact[0], parsed.prefix.folded[0])
            posts = self._group(field, self.expand(field, stem))
            docs = posts.ids if allowed is None else posts.ids[self.member(posts.ids, allowed)]
            lists.append((field, len(posts), 1.0, posts))        # a prefix: its live df is its union
        for field, term in order:
            if (field, term) in deferred and docs is not None and (field, term) not in self._cache:
                lists.append((field, term, required[(field, term)], None))      # (the rarest is read)
                continue
            if docs is None:
                posts = self.postings(field, term)
                docs = posts.ids if allowed is None else posts.ids[self.member(posts.ids, allowed)]
            else:
                if not len(docs):
                    break
                posts = self.postings_for(field, term, docs)
                docs = docs[self.member(docs, posts.ids)]
            lists.append((field, term, required[(field, term)], posts))
        if docs is None or not len(docs):
            return Match(_NO_DOCS, [], parsed)
        return Match(docs, lists, parsed)

    def score(self, found: Match, docs: np.ndarray, top: int | None = None,
              count: Callable[[str, np.ndarray], np.ndarray] | None = None) -> np.ndarray:
        """Scores of ``docs`` (sorted, each holding every required term): BM25 of every required term,
        then of the optional ones, added in that order.

        A deferred term's frequencies are read only for the documents that need them. With ``top``
        (only the best ``top`` by these scores are wanted), a document whose score cannot reach the
        ``top``-th best lower bound gets that lower bound of its own score instead: each deferred
        term adds at least its BM25 for one occurrence (the document holds it) and less than
        ``idf·(k1+1)``. The others are scored exactly. ``count(term, docs)`` gives a syllable's
        frequency in each of ``docs`` from their syllable streams (0: not counted); where it is
        cheaper, or not counted, the term's postings are read (``_deferred_postings``)."""
        scores = np.zeros(len(docs))
        if not len(docs):
            return scores
        parts: list[np.ndarray | None] = []
        deferred = []
        for field, term, boost, posts in found.lists:
            df = term if isinstance(term, int) else self.live_frequency(field, term)
            if posts is None:
                deferred.append((len(parts), field, term, boost, df))
                parts.append(None)
            else:
                parts.append(self.bm25(posts, field, df, docs, boost))
        for field, term, boost in _optional_terms(found.parsed):
            posts = self.postings_for(field, term, docs)
            parts.append(self.bm25(posts, field, self.live_frequency(field, term), docs, boost))
        once = Postings(docs, np.ones(len(docs), dtype=np.float32))
        least = {pos: self.bm25(once, field, df, docs, boost) for pos, field, _, boost, df in deferred}
        exact = np.arange(len(docs))
        if deferred and top is not None and 0 < top < len(docs):
            known = sum(part for part in parts if part is not None)
            lower = known + sum(least.values())
            upper = known + sum(self.idf(df, boost) * (K1 + 1) for _, _, _, boost, df in deferred)
            threshold = np.partition(lower, len(docs) - top)[len(docs) - top]
            exact = np.flatnonzero(upper >= threshold - BOUND_MARGIN * max(1.0, abs(threshold)))
        chosen = docs[exact]
        for pos, field, term, boost, df in deferred:
            part = least[pos]
            part[exact] = self.bm25(self._deferred_postings(field, term, chosen, count), field, df, chosen, boost)
            parts[pos] = part
        for part in parts:
            scores += part
        return scores

    def _deferred_postings(self, field: str, term: str, docs: np.ndarray,
                           count: Callable[[str, np.ndarray], np.ndarray] | None) -> Postings:
        """A deferred term's postings for ``docs``: counted in their streams where that costs less than
        reading its postings (~4 µs a document against ~25 ns a posting), read otherwise."""
        if ((field, term) in self._cache or count is None
                or len(docs) * COUNT_COST >= self.doc_frequency(field, term)):
            return self.postings_for(field, term, docs)
        weights = count(term, docs).astype(np.float32)
        missing = np.flatnonzero(weights == 0)             # (a long stream: not counted)
        if len(missing):
            weights[missing] = self.postings_for(field, term, docs[missing]).at(docs[missing])
        held = weights > 0
        return Postings(docs[held], weights[held])

    def idf(self, df: int, boost: float = 1.0) -> float:
        """BM25's idf of a term ``df`` live documents hold, times ``boost``."""
        df = max(1, df)
        return math.log(1 + (self.doc_count - df + 0.5) / (df + 0.5)) * boost

    def ranked(self, docs: np.ndarray, scores: np.ndarray, limit: int | None) -> np.ndarray:
        """Positions into ``docs`` best first; equal scores newest meeting first, then the higher
        report id (never the internal document number, which depends on the edit history)."""
        scores = np.round(scores, 9)          # the same terms summed in another order differ in the last bits
        if limit is not None and len(scores) > limit:
            if limit <= 0:
                return np.empty(0, dtype=np.int64)
            threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
            pool = np.flatnonzero(scores >= threshold)         # every tie at the threshold competes
        else:
            pool = np.arange(len(docs))
        d = docs[pool]
        order = pool[np.lexsort((self.report_ids()[d], self.dates()[d], scores[pool]))[::-1]]
        return order if limit is None else order[:limit]


def _term(exact: str, folded: str) -> tuple[str, str]:
    """The field and term a syllable must match: typed with marks, its spelling; without, any."""
    return ("e", exact) if exact != folded else ("f", folded)


def _optional_terms(parsed: ParsedQuery):
    """(field, term, boost) that add score but are not required: adjacent query words side by side
    (folded), and query syllables and pairs in the title."""
    out = []
    words = parsed.words + ((parsed.prefix,) if parsed.prefix else ())    # a finished prefix counts whole
    for a, b in zip(words, words[1:]):
        pair = f"{a.folded[0]}_{b.folded[0]}"
        out.append(("fb", pair, ADJACENT_BOOST))
        out.append(("tf", pair, TITLE_BOOST))
    for p in list(words) + list(parsed.phrases):
        out.extend(("tf", t, TITLE_BOOST) for t in p.folded)
        out.extend(("tf", f"{a}_{b}", TITLE_BOOST) for a, b in zip(p.folded, p.folded[1:]))
    return out


def _joined(parts: list[Postings]) -> Postings:
    if not parts:
        return _EMPTY
    if len(parts) == 1:
        return parts[0]
    return Postings(np.concatenate([p.ids for p in parts]), np.concatenate([p.weights for p in parts]))


def _probe(m, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Postings of ``wanted`` (sorted local document numbers), decoding only the blocks that can
    hold them."""
    ids, weights = _joined_blocks(list(matcher_blocks(m, wanted)))
    keep = _locate(wanted, ids)[1]
    return ids[keep], weights[keep]


def _joined_blocks(blocks: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    if not blocks:
        return _NO_DOCS, np.empty(0, dtype=np.float32)
    if len(blocks) == 1:
        return blocks[0]
    return np.concatenate([b[0] for b in blocks]), np.concatenate([b[1] for b in blocks])


def _locate(ids: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position in ``ids``, found?) of each of ``values``; ``ids`` sorted."""
    if not len(ids):
        return np.zeros(len(values), dtype=np.int64), np.zeros(len(values), dtype=bool)
    pos = np.searchsorted(ids, values)
    pos[pos == len(ids)] = 0
    return pos, ids[pos] == values


def _deleted(reader) -> np.ndarray | None:
    """Deleted documents of a segment (replaced or removed reports, until it is merged)."""
    if not reader.has_deletions():
        return None
    mask = np.zeros(reader.doc_count_all(), dtype=bool)
    mask[[d for d in range(reader.doc_count_all()) if reader.is_deleted(d)]] = True
    return mask
