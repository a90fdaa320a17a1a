"""The Whoosh-backed search index: a rebuildable cache of the database (DESIGN.md §5)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.scoring import BM25F

from ..vietnamese import fold_normalized, syllables
from .fields import INDEX_VERSION, build_schema, codec
from .query import ParsedQuery, Phrase
from .snippet import phrase_pattern

VERSION_FILE = "archive-index.json"
EXACT_TIER = 1000.0      # per query syllable matched with its exact diacritics: exact matches rank first
ADJACENT_BOOST = 3.0     # syllable pairs next to each other, as typed
TITLE_BOOST = 2.0
MAX_VERIFY = 5000        # phrase candidates checked against the stored text
POOL_MB = 1024           # Whoosh's own (over-)estimate of the posting pool's memory ...
SEGMENT_BYTES = 400 * 1024 * 1024   # ... and where a new segment starts, well before it would spill


@dataclass(frozen=True)
class IndexDoc:
    """What the index needs of one report; built by the services from the database."""
    id: int
    revision: int
    title: str
    text: str                      # title, body, person and tag names: everything findable by words
    person_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    kind: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class IndexFilter:
    person_ids: tuple[int, ...] | None = None   # None: no person filter; () : matches nothing
    tag_ids: tuple[int, ...] | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


class IndexUnusable(Exception):
    """The index is missing, of another version or damaged: rebuild it from the database."""


def _date_int(d: dt.date | None) -> int:
    return d.year * 10000 + d.month * 100 + d.day if d else 0


_fold_cache: dict[str, str] = {}


def _fold_syllable(s: str) -> str:
    f = _fold_cache.get(s)
    if f is None:
        f = fold_normalized(s)
        if len(_fold_cache) < 500_000:
            _fold_cache[s] = f
    return f


def doc_fields(doc: IndexDoc) -> dict:
    """Whoosh field values of one report: exact/folded syllables, folded bigrams, title terms, filters."""
    exact = syllables(doc.text)
    folded = [_fold_syllable(s) for s in exact]
    title = [_fold_syllable(s) for s in syllables(doc.title)]
    return {
        "id": str(doc.id),
        "rid": doc.id,
        "rev": doc.revision,
        "e": exact,
        "f": folded,
        "fb": [f"{a}_{b}" for a, b in zip(folded, folded[1:])],
        "tf": title + [f"{a}_{b}" for a, b in zip(title, title[1:])],
        "person": " ".join(f"p{i}" for i in doc.person_ids),
        "tag": " ".join(f"t{i}" for i in doc.tag_ids),
        "kind": fold_normalized(doc.kind) if doc.kind else "",
        "date": _date_int(doc.date),
    }


class SearchIndex:
    """Open (or create) the index folder; add, delete, search; know its version."""

    def __init__(self, path: Path):
        self.path = path
        self._ix = None
        self._searcher = None

    # --- lifecycle -------------------------------------------------------------------------
    def exists(self) -> bool:
        try:
            return (self.path / VERSION_FILE).exists() and whoosh_index.exists_in(str(self.path))
        except Exception:  # noqa: BLE001 - a garbled table of contents: there is no usable index
            return False

    def version_ok(self) -> bool:
        try:
            info = json.loads((self.path / VERSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return info.get("version") == INDEX_VERSION

    def open(self):
        """Open the index for reading; IndexUnusable when it must be rebuilt."""
        if self._ix is None:
            if not self.exists() or not self.version_ok():
                raise IndexUnusable(str(self.path))
            try:
                self._ix = whoosh_index.open_dir(str(self.path))
                self._ix.doc_count()
            except Exception as exc:  # noqa: BLE001 - any damage means: rebuild
                self._ix = None
                raise IndexUnusable(f"{self.path}: {exc}") from exc
        return self._ix

    def create(self):
        """Start an empty index of the current version (any old content is removed)."""
        self.close()
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        self._ix = whoosh_index.create_in(str(self.path), build_schema())
        (self.path / VERSION_FILE).write_text(json.dumps({"version": INDEX_VERSION}), encoding="utf-8")
        return self._ix

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # --- writing ---------------------------------------------------------------------------
    def write(self, upserts: Iterable[IndexDoc], deletes: Iterable[int] = (),
              progress: Callable[[int], None] | None = None, fresh: bool = False) -> int:
        """Add or replace ``upserts`` and remove ``deletes``; returns docs written.

        Whoosh's writer spills its posting pool to disk one pickled posting at a time once it
        passes ``limitmb``, which made a large import ~4× slower: a big batch is written as
        several segments instead, each sorted in memory. A crash keeps what was committed;
        the queue in the database holds the rest.
        """
        ix = self.open()
        count = 0
        writer = self._writer(ix)
        try:
            for rid in deletes:
                writer.delete_by_term("id", str(rid))
            for doc in upserts:
                values = doc_fields(doc)
                (writer.add_document if fresh else writer.update_document)(**values)
                count += 1
                if writer.pool.currentsize > SEGMENT_BYTES:
                    writer.commit(merge=False)
                    writer = self._writer(ix)
                if progress and count % 200 == 0:
                    progress(count)
            writer.commit(merge=not fresh)
        except BaseException:
            writer.cancel()
            raise
        if progress:
            progress(count)
        return count

    @staticmethod
    def _writer(ix):
        return ix.writer(limitmb=POOL_MB, codec=codec(), compound=False)

    def revisions(self) -> dict[int, int]:
        """Report id → revision of every indexed document."""
        s = self.searcher()
        return {int(f["id"]): int(f.get("rev") or 0) for f in s.all_stored_fields()}

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.glob("*") if p.is_file())

    # --- searching -------------------------------------------------------------------------
    def searcher(self):
        ix = self.open()
        if self._searcher is not None and not self._searcher.up_to_date():
            self._searcher.close()      # (Searcher.refresh breaks on an index that was empty)
            self._searcher = None
        if self._searcher is None:
            self._searcher = ix.searcher(weighting=BM25F())
        return self._searcher

    def search(self, parsed: ParsedQuery, flt: IndexFilter, limit: int,
               texts: Callable[[list[int]], dict[int, str]] | None = None) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(report id, score)] best first). ``texts`` fetches stored text to verify phrases."""
        if parsed.empty:
            return 0, []
        s = self.searcher()
        filt = _filter_query(flt)
        if filt is Q.NullQuery:
            return 0, []
        long_phrases = [p for p in parsed.phrases if len(p.folded) > 2]
        if long_phrases and texts is not None:
            return self._search_verified(s, parsed, filt, limit, long_phrases, texts)
        required, scored = _queries(parsed)
        results = s.search(scored, limit=limit, filter=filt, optimize=True)
        return self._count(s, required, filt), [(int(h["id"]), float(h.score)) for h in results]

    @staticmethod
    def _count(s, required, filt) -> int:
        """Matches of the required part (Whoosh's own count is wrong for AndMaybe with a top-N collector)."""
        matched = s.docs_for_query(required)
        if filt is None:
            return sum(1 for _ in matched)
        allowed = set(s.docs_for_query(filt))
        return sum(1 for d in matched if d in allowed)

    def all_matches(self, parsed: ParsedQuery, flt: IndexFilter,
                    texts: Callable[[list[int]], dict[int, str]] | None = None) -> list[tuple[int, float]]:
        """Every matching report as (id, score), best first (for result lists and facet counts)."""
        if parsed.empty:
            return []
        s = self.searcher()
        filt = _filter_query(flt)
        if filt is Q.NullQuery:
            return []
        long_phrases = [p for p in parsed.phrases if len(p.folded) > 2]
        if long_phrases and texts is not None:
            return self._search_verified(s, parsed, filt, None, long_phrases, texts)[1]
        results = s.search(_queries(parsed)[1], limit=None, filter=filt, optimize=False)
        column = s.reader().column_reader("rid")
        return [(int(column[docnum]), float(score)) for score, docnum in results.top_n]

    def _search_verified(self, s, parsed, filt, limit, long_phrases, texts):
        required, scored = _queries(parsed)
        results = s.search(scored, limit=MAX_VERIFY, filter=filt, optimize=True)
        candidates = [(int(h["id"]), float(h.score)) for h in results]
        patterns = [phrase_pattern(p.folded) for p in long_phrases]
        verified: list[tuple[int, float]] = []
        for start in range(0, len(candidates), 200):
            chunk = candidates[start:start + 200]
            stored = texts([rid for rid, _ in chunk])
            for rid, score in chunk:
                folded = fold_normalized(stored.get(rid, ""))
                if all(p.search(folded) for p in patterns):
                    verified.append((rid, score))
        extra = max(0, self._count(s, required, filt) - len(candidates))   # beyond the cap: counted unverified
        return len(verified) + extra, verified if limit is None else verified[:limit]


def _filter_query(flt: IndexFilter):
    parts = []
    if flt.person_ids is not None:
        if not flt.person_ids:
            return Q.NullQuery
        parts.append(Q.Or([Q.Term("person", f"p{i}") for i in flt.person_ids]))
    if flt.tag_ids is not None:
        if not flt.tag_ids:
            return Q.NullQuery
        parts.append(Q.Or([Q.Term("tag", f"t{i}") for i in flt.tag_ids]))
    if flt.kind:
        parts.append(Q.Term("kind", fold_normalized(flt.kind)))
    if flt.date_from or flt.date_to:
        lo = _date_int(flt.date_from) if flt.date_from else 1
        hi = _date_int(flt.date_to) if flt.date_to else 99991231
        parts.append(Q.NumericRange("date", max(lo, 1), hi))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Q.And(parts)


def _pairs(p: Phrase) -> list[str]:
    return [f"{a}_{b}" for a, b in zip(p.folded, p.folded[1:])]


def _queries(parsed: ParsedQuery):
    """(required, scored): all words and phrases required (folded); exact diacritics, adjacency and
    title add score."""
    required, optional = [], []
    seen: set[str] = set()
    for w in parsed.words:
        if w.folded[0] not in seen:
            seen.add(w.folded[0])
            required.append(Q.Term("f", w.folded[0]))
    for p in parsed.phrases:
        required.extend(Q.Term("fb", pair, boost=ADJACENT_BOOST) for pair in _pairs(p))
    sequence = parsed.words                     # words as typed: adjacent pairs earn a bonus
    for a, b in zip(sequence, sequence[1:]):
        optional.append(Q.Term("fb", f"{a.folded[0]}_{b.folded[0]}", boost=ADJACENT_BOOST))
    for p in parsed.sequence():
        for ex, fo in zip(p.exact, p.folded):
            if ex != fo:
                optional.append(Q.ConstantScoreQuery(Q.Term("e", ex), score=EXACT_TIER))
        for term in list(p.folded) + _pairs(p):
            optional.append(Q.Term("tf", term, boost=TITLE_BOOST))
    for a, b in zip(parsed.words, parsed.words[1:]):
        optional.append(Q.Term("tf", f"{a.folded[0]}_{b.folded[0]}", boost=TITLE_BOOST))
    main = required[0] if len(required) == 1 else Q.And(required)
    return main, (Q.AndMaybe(main, Q.Or(optional)) if optional else main)
