"""Query evaluation over the Whoosh index's posting blocks, in numpy.

Whoosh's matchers cost about a microsecond of Python per posting and per sub-query, which put
common-word queries over 30,000 reports at 100–300 ms. Here each term's posting blocks (packed
arrays, see codec.py) are read straight into numpy arrays of document numbers and weights, so
intersections, counts and BM25 run as array operations. The ranking is the one DESIGN.md §5 asks
for: all words required (folded), then exact diacritics (a tier per matched syllable), adjacency
(folded bigrams) and title matches on top of BM25.
"""
from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from .codec import numpy_dtype
from .query import ParsedQuery

EXACT_TIER = 1000.0
ADJACENT_BOOST = 3.0
TITLE_BOOST = 2.0
K1, B = 1.2, 0.75
CACHE_POSTINGS = 8_000_000      # decoded postings kept (8 bytes each: ≈ 64 MB at most)
PROBE_RATIO = 32                # probe a term for candidates when they are < 1/32 of its postings
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


@dataclass
class _Segment:
    reader: object
    offset: int
    count: int
    deleted: np.ndarray | None      # bool per local document number, None when none are deleted


class Evaluator:
    """Evaluates parsed queries on one searcher; caches field lengths, columns and postings."""

    def __init__(self, searcher):
        self.searcher = searcher
        top_reader = searcher.reader()
        readers = getattr(top_reader, "readers", None)
        pairs = list(zip(readers, top_reader.doc_offsets)) if readers else [(top_reader, 0)]
        self.segments = [_Segment(r, off, r.doc_count_all(), _deleted(r))
                         for r, off in pairs if r.doc_count_all()]      # an empty index has no columns
        self.size = max((s.offset + s.count for s in self.segments), default=0)
        # Documents counted as the term dictionary counts them, deleted ones (until a merge) included:
        # with live documents only, a term in nearly every report got a negative IDF after updates.
        self.doc_count = max(1, searcher.doc_count_all())
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
        """Documents holding ``term`` (deleted ones included until a merge): BM25's df, the same
        whether the postings were read whole, from the cache or probed."""
        return sum(info.doc_frequency() for _, info in self._infos(field, term))

    def _infos(self, field: str, term: str) -> list[tuple[_Segment, object]]:
        """(segment, term info) of every segment holding ``term``, looked up once per searcher:
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
                    infos.append((seg, seg.reader._terms.term_info(field, btext)))
                except TermNotFound:
                    pass
            self._term_infos[key] = infos
        return infos

    def _matcher(self, field: str, seg: _Segment, info):
        """The segment's own matcher for a term, deleted documents included (``_live`` drops them)."""
        terms = seg.reader._terms
        return terms._codec.postings_reader(terms._postfile, info, self.searcher.schema[field].format)

    def _read(self, field: str, term: str) -> Postings:
        parts = [self._live(seg, *_decode_all(self._matcher(field, seg, info)))
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
            parts = [_LENGTH[np.frombuffer(_length_bytes(seg.reader, field, seg.count), dtype=np.uint8)]
                     for seg in self.segments]
            values = np.concatenate(parts) if parts else np.empty(0)
            self._lengths[field] = values
            self._avg[field] = float(values.mean()) if len(values) else 1.0
        return self._lengths[field]

    def report_ids(self) -> np.ndarray:
        """Report id of every document number (the ``rid`` column)."""
        return self._column("rid")

    def dates(self) -> np.ndarray:
        """Meeting date (yyyymmdd, 0 if unknown) of every document number."""
        return self._column("date")

    def column(self, name: str):
        """A column reader over every segment (global document numbering), opened once."""
        if name not in self._readers:
            self._readers[name] = self.searcher.reader().column_reader(name)
        return self._readers[name]

    def _column(self, name: str) -> np.ndarray:
        """A numeric column over every segment (global document numbering), read once."""
        if name not in self._columns:
            field = self.searcher.schema[name]
            parts = [_numeric_column(seg.reader, name, field, seg.count) for seg in self.segments]
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
    def bm25(self, posts: Postings, field: str, term: str, docs: np.ndarray, boost: float = 1.0) -> np.ndarray:
        """BM25 of one term for each of ``docs`` (0 where it is absent)."""
        if not len(posts):
            return np.zeros(len(docs))
        df = max(1, self.doc_frequency(field, term))
        idf = math.log(1 + (self.doc_count - df + 0.5) / (df + 0.5)) * boost
        which = "tf" if field == "tf" else "f"
        lengths = self.lengths(which)[docs]
        avg = self._avg[which] or 1.0
        w = posts.at(docs)
        return idf * w * (K1 + 1) / (w + K1 * (1 - B) + K1 * B / avg * lengths)

    def run(self, parsed: ParsedQuery, allowed: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, scores) of every match (all words and phrase bigrams required)."""
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
        docs: np.ndarray | None = None
        for field, term, boost in required:
            if docs is None:
                posts = self.postings(field, term)
                docs = posts.ids if allowed is None else posts.ids[self.member(posts.ids, allowed)]
            else:
                posts = self.postings_for(field, term, docs)
                docs = docs[self.member(docs, posts.ids)]
            if not len(docs):
                return _NO_DOCS, np.empty(0)
            lists.append((field, term, boost, posts))
        if docs is None:
            return _NO_DOCS, np.empty(0)
        scores = np.zeros(len(docs))
        for field, term, boost, posts in lists:
            scores += self.bm25(posts, field, term, docs, boost)
        for field, term, boost, exact_tier in _optional_terms(parsed):
            posts = self.postings_for(field, term, docs)
            if exact_tier:
                scores += self.member(docs, posts.ids) * EXACT_TIER
            else:
                scores += self.bm25(posts, field, term, docs, boost)
        return docs, scores


def ranked(docs: np.ndarray, scores: np.ndarray, limit: int | None) -> np.ndarray:
    """Positions into ``docs`` best first; ties broken by the newest document number."""
    if limit is not None and len(scores) > limit:
        if limit <= 0:
            return np.empty(0, dtype=np.int64)
        threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        pool = np.flatnonzero(scores >= threshold)         # every tie at the threshold competes
        order = pool[np.lexsort((docs[pool], scores[pool]))[::-1]]
        return order[:limit]
    return np.lexsort((docs, scores))[::-1]


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


def _joined(parts: list[Postings]) -> Postings:
    if not parts:
        return _EMPTY
    if len(parts) == 1:
        return parts[0]
    return Postings(np.concatenate([p.ids for p in parts]), np.concatenate([p.weights for p in parts]))


def _block_arrays(m) -> tuple[np.ndarray, np.ndarray]:
    """The current block of a Whoosh 3 leaf matcher as (local ids, weights), decoded in numpy."""
    if m._data is None:
        m._read_data()
    ids, weights = m._data[0], m._data[1]
    if isinstance(ids, bytes):
        ids = np.cumsum(np.frombuffer(ids, dtype=numpy_dtype(ids), offset=1), dtype=np.int64)
    else:
        ids = np.cumsum(np.asarray(ids, dtype=np.int64))
    n = len(ids)
    if weights is None:
        weights = np.ones(n, dtype=np.float32)
    elif isinstance(weights, bytes):
        weights = np.frombuffer(weights, dtype=numpy_dtype(weights), offset=1).astype(np.float32)
    elif isinstance(weights, (int, float)):
        weights = np.full(n, weights, dtype=np.float32)
    else:
        weights = np.asarray(weights, dtype=np.float32)
    return ids, weights


def _inline_arrays(m) -> tuple[np.ndarray, np.ndarray]:
    """Postings kept in the term dictionary (a ListMatcher over tuples)."""
    ids = np.asarray(m._ids, dtype=np.int64)
    weights = (np.asarray(m._weights, dtype=np.float32) if m._weights is not None
               else np.ones(len(ids), dtype=np.float32))
    return ids, weights


def _blocks(m, wanted: np.ndarray | None = None):
    """Decoded blocks of a Whoosh 3 leaf matcher; with ``wanted`` (sorted local document numbers),
    only the blocks whose id range can hold one of them (block headers carry their last id)."""
    i = 0
    while m.is_active() and (wanted is None or i < len(wanted)):
        last = m._maxid
        if wanted is None or wanted[i] <= last:
            yield _block_arrays(m)
            if wanted is not None:
                i = int(np.searchsorted(wanted, last, side="right"))
        m._next_block()


def _joined_blocks(blocks: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    if not blocks:
        return _NO_DOCS, np.empty(0, dtype=np.float32)
    if len(blocks) == 1:
        return blocks[0]
    return np.concatenate([b[0] for b in blocks]), np.concatenate([b[1] for b in blocks])


def _decode_all(m) -> tuple[np.ndarray, np.ndarray]:
    if not hasattr(m, "_next_block"):               # postings inline in the term dictionary
        return _inline_arrays(m)
    return _joined_blocks(list(_blocks(m)))


def _probe(m, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Postings of ``wanted`` (sorted local document numbers), decoding only the blocks that can
    hold them."""
    if not hasattr(m, "_next_block"):
        ids, weights = _inline_arrays(m)
    else:
        ids, weights = _joined_blocks(list(_blocks(m, wanted)))
    keep = _locate(wanted, ids)[1]
    return ids[keep], weights[keep]


def _locate(ids: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position in ``ids``, found?) of each of ``values``; ``ids`` sorted."""
    if not len(ids):
        return np.zeros(len(values), dtype=np.int64), np.zeros(len(values), dtype=bool)
    pos = np.searchsorted(ids, values)
    pos[pos == len(ids)] = 0
    return pos, ids[pos] == values


def _numeric_column(reader, name: str, field, count: int) -> np.ndarray:
    """A segment's integer column (Whoosh NUMERIC, sortable) as an int64 array: the stored
    big-endian values read in one piece (Whoosh's own load() costs ~1.5 µs per document)."""
    from whoosh.columns import NumericColumn

    raw = reader.column_reader(name, translate=False)
    linear = (field.numtype is int and not field.decimal_places
              and field.from_column_value(1) - field.from_column_value(0) == 1)
    if not isinstance(raw, NumericColumn.Reader) or not linear:
        return np.array(list(reader.column_reader(name).load()), dtype=np.int64)
    width = raw._fixedlen
    stored = np.frombuffer(raw._dbfile.get(raw._basepos, raw._count * width), dtype=">" + raw._typecode)
    values = np.full(count, raw._unpack(raw._defaultbytes)[0], dtype=np.int64)
    values[:len(stored)] = stored[:count]
    return values + field.from_column_value(0)


def _length_bytes(reader, field: str, count: int) -> bytes:
    """The one-byte encoded lengths of ``field`` for a segment's documents."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    column = reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
    if column is None:
        return bytes(count)
    raw = column._dbfile.get(column._basepos, column._count)
    return bytes(raw) + bytes(max(0, count - len(raw)))


def _deleted(reader) -> np.ndarray | None:
    """Deleted documents of a segment (replaced or removed reports, until it is merged)."""
    if not reader.has_deletions():
        return None
    mask = np.zeros(reader.doc_count_all(), dtype=bool)
    mask[[d for d in range(reader.doc_count_all()) if reader.is_deleted(d)]] = True
    return mask
