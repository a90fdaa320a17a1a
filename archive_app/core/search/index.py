"""The Whoosh-backed search index: a rebuildable cache of the database (DESIGN.md §5)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.scoring import BM25F

from ..vietnamese import fold_normalized, syllables
from .evaluate import Evaluator, top
from .fields import INDEX_VERSION, build_schema, codec
from .query import ParsedQuery
from .snippet import phrase_pattern

VERSION_FILE = "archive-index.json"
MAX_VERIFY = 5000        # phrase candidates checked against the stored text
POOL_MB = 2048           # Whoosh's own (over-)estimate of the posting pool's memory ...
SEGMENT_BYTES = 1400 * 1024 * 1024  # ... and where a new segment starts, well before it would spill


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
        self._evaluator = None

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
            except Exception as exc:
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
            self._evaluator = None
        return self._searcher

    def evaluator(self) -> Evaluator:
        s = self.searcher()
        if self._evaluator is None:
            self._evaluator = Evaluator(s)
        return self._evaluator

    def search(self, parsed: ParsedQuery, flt: IndexFilter, limit: int | None,
               texts: Callable[[list[int]], dict[int, str]] | None = None) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(report id, score)] best first; all of them when ``limit`` is None).

        ``texts`` fetches the stored text of reports to verify phrases longer than two syllables.
        """
        if parsed.empty:
            return 0, []
        ev = self.evaluator()
        allowed = ev.allowed(flt.person_ids, flt.tag_ids, fold_normalized(flt.kind) if flt.kind else None,
                             _date_int(flt.date_from) if flt.date_from else None,
                             _date_int(flt.date_to) if flt.date_to else None)
        if allowed is not None and not allowed:
            return 0, []
        scores = ev.run(parsed, allowed)
        ids = ev.report_ids()
        long_phrases = [p for p in parsed.phrases if len(p.folded) > 2]
        if long_phrases and texts is not None and scores:
            scores = self._verified(scores, ids, long_phrases, texts)
        ranked = top(scores, limit)
        return len(scores), [(ids[d], score) for d, score in ranked]

    def all_matches(self, parsed: ParsedQuery, flt: IndexFilter,
                    texts: Callable[[list[int]], dict[int, str]] | None = None) -> list[tuple[int, float]]:
        """Every matching report as (id, score), best first (for result lists and facet counts)."""
        return self.search(parsed, flt, None, texts)[1]

    @staticmethod
    def _verified(scores, ids, long_phrases, texts) -> dict[int, float]:
        """Keep candidates whose stored text has each long phrase's syllables side by side, in order."""
        patterns = [(" ".join(p.exact), phrase_pattern(p.folded)) for p in long_phrases]
        ordered = [d for d, _ in top(scores, MAX_VERIFY)]
        kept: dict[int, float] = {}
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            stored = texts([ids[d] for d in chunk])
            for d in chunk:
                text = stored.get(ids[d], "")
                lower = text.lower()
                if all(_has_words(lower, exact) or pattern.search(text) for exact, pattern in patterns):
                    kept[d] = scores[d]
        for d in ordered[MAX_VERIFY:]:       # beyond the cap: kept unverified (counted, ranked last)
            kept[d] = scores[d]
        return kept


def _has_words(lower_text: str, words: str) -> bool:
    """``words`` occurs in ``lower_text`` as whole syllables (a fast path before the variant regex)."""
    start = lower_text.find(words)
    while start >= 0:
        end = start + len(words)
        if (start == 0 or not lower_text[start - 1].isalnum()) and \
                (end == len(lower_text) or not lower_text[end].isalnum()):
            return True
        start = lower_text.find(words, start + 1)
    return False
