"""The Archive: one object per data folder that the CLI and the UI call, one method per user action.

Writes go through the writer lock; the database is the truth and the search index follows it
through the change feed (``storage.feed``), written in the same transaction as every change. The
database is a local SQLite file, or an office archive on PostgreSQL (``db``: its URL; core.office).
"""
from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from .errors import ArchiveLocked, IndexDamaged, KnownError, NotFound
from .locking import writer_lock
from .models import (
    CheckReport,
    Filters,
    Hit,
    ImportResult,
    PersonInfo,
    PersonMeeting,
    Report,
    SearchResult,
    TagInfo,
)
from .paths import ArchivePaths
from .search import IndexFilter, IndexUnusable, SearchIndex, parse_query, snippet
from .storage import feed, labels, reports
from .storage.cursor import FeedCursor
from .storage.db import open_engine, session_factory
from .storage.originals import OriginalStore

Progress = Callable[[int, int], None]   # (done, total)
REBUILD_QUEUE = 5000    # a queue longer than this and than the index itself is applied by a rebuild
log = logging.getLogger(__name__)


DAMAGED = ("Chỉ mục tìm kiếm bị hỏng; đang dựng lại từ cơ sở dữ liệu.",
           "The search index is damaged; rebuilding it from the database.")


class Archive:
    """Facade over storage, search and import for one data folder."""

    def __init__(self, data_dir: Path, db: str | None = None):
        self.office = None
        if db:          # the desk's cache of an office archive lives under the archive's own id
            from .office.connection import connect

            self.office = connect(db, Path(data_dir))
            self.paths, self.engine, self.originals = self.office.paths, self.office.engine, self.office.originals
        else:
            self.paths = ArchivePaths(Path(data_dir))
            self.paths.root.mkdir(parents=True, exist_ok=True)
            self.engine = open_engine(self.paths.database)
            self.originals = OriginalStore(self.paths.originals)
        self.Session = session_factory(self.engine)
        self.cursor = FeedCursor(self.paths.feed_cursor)
        self.index = SearchIndex(self.paths.index)
        self._lock_depth = 0
        self._thread_lock = threading.RLock()
        # A search that finds the index damaged rebuilds it on the spot (command line); the window
        # sets this to False and rebuilds in the background with progress instead (IndexDamaged).
        self.repair_in_search = True

    def close(self) -> None:
        self.index.close()
        self.engine.dispose()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def writing(self, wait: bool = True):
        """The writer lock, re-entrant within this object (threads of one process serialise too).

        With ``wait=False`` it raises ArchiveLocked at once when another thread or process writes.
        """
        if not self._thread_lock.acquire(blocking=wait):
            raise ArchiveLocked("Kho lưu trữ đang được ghi; hãy thử lại sau.", "The archive is being written to.")
        try:
            if self._lock_depth:
                self._lock_depth += 1
                try:
                    yield
                finally:
                    self._lock_depth -= 1
                return
            with writer_lock(self.paths.writer_lock, wait=wait):
                self._lock_depth = 1
                try:
                    yield
                finally:
                    self._lock_depth = 0
        finally:
            self._thread_lock.release()

    # --- import --------------------------------------------------------------------------
    def import_paths(self, paths: list[Path], tags: tuple[str, ...] = (), progress=None,
                     cancel: Callable[[], bool] | None = None, index: bool = True,
                     on_item=None) -> ImportResult:
        """Import files and folders; each item (a file, a JSON line) is there whole or not at all —
        a file in its own transaction, lines of a JSON Lines file in groups with a savepoint each.
        Searchable on return if ``index``.

        ``on_item(ImportItem)`` hears of each item as soon as it is committed (or has failed).
        """
        from .exporting import import_archive, is_archive_export
        from .importing import Importer

        self.require_write()
        with self.writing():
            zips = [p for p in paths if is_archive_export(p)]          # full archive exports
            result = Importer(self).run([p for p in paths if p not in zips], tags=tags, progress=progress,
                                        cancel=cancel, on_item=on_item)
            for z in zips:
                result.items += import_archive(self, z, tags, progress, cancel).items
            if index:
                self.sync_index()
        return result

    def require_write(self) -> None:
        """WriteRefused at once when the office archive's role allows reading only (the database
        would refuse each write anyway; this says so before any work)."""
        if self.office is not None and not self.office.can_write:
            from .errors import REFUSED, WriteRefused

            raise WriteRefused(*REFUSED)

    # --- index upkeep ----------------------------------------------------------------------
    def ensure_index(self, progress: Progress | None = None, wait: bool = True) -> None:
        """Make the index usable: rebuild it if missing, stale or damaged, then apply queued changes.

        With ``wait=False`` (searches) queued changes are left to the writer that is busy, and the
        search runs on the index as it stands; only an unusable index waits for its rebuild.
        """
        if not self._index_usable():
            with self.writing():              # another thread or process may be rebuilding it already
                if not self._index_usable():
                    self.rebuild_index(progress)
            return
        if self.pending_changes():
            try:
                with self.writing(wait=wait):
                    self.sync_index(progress)
            except ArchiveLocked:
                if wait:
                    raise

    def _index_usable(self) -> bool:
        try:
            self.index.open()
            return True
        except IndexUnusable as exc:
            log.info("search index unusable: %s", exc)
            return False

    def index_matches(self, parsed, flt, limit: int | None):
        """(total, [(report id, score)]) from the index; a damaged index is repaired on the way.

        Damage that opening cannot see (a garbled posting block) shows as an exception while
        reading. It counts as damage only if the files' checksums confirm it (else it is a bug and
        is raised); then the index is marked unusable for every process and rebuilt.
        """
        if not self.repair_in_search and not self._index_usable():
            raise IndexDamaged(*DAMAGED)           # the window rebuilds it with progress, then searches again
        self.ensure_index(wait=False)
        try:
            return self.index.search(parsed, flt, limit)
        except Exception as exc:
            # Damage only if the files' checksums confirm it: a bug of ours never passes for damage.
            if isinstance(exc, KnownError) or not self.index.proven_damaged():
                raise
            log.warning("search index damaged (%r): rebuilding it from the database", exc)
            self.index.mark_damaged()
        if not self.repair_in_search:
            raise IndexDamaged(*DAMAGED)
        self.ensure_index()
        return self.index.search(parsed, flt, limit)

    def pending_changes(self) -> int:
        """Reports changed in the database since this desk's index last followed the change feed."""
        with self.Session() as s:
            return feed.count_since(s, self.cursor.load())

    def sync_index(self, progress: Progress | None = None) -> int:
        """Apply the change feed since the index's last sequence: changed reports rewritten, reports no
        longer live removed; returns how many were applied. The one sync path of local and office mode."""
        with self.writing():
            try:
                self.index.open()
            except IndexUnusable:
                return self.rebuild_index(progress)
            since = self.cursor.load()
            with self.Session() as s:
                upto = feed.head(s)          # changes committed later have higher numbers: next time
                ids = feed.changed_since(s, since, upto) if upto > since else []
                total = len(ids)
                if total > REBUILD_QUEUE and total > self.index.open().doc_count():
                    s.close()       # mostly new: building afresh skips Whoosh's per-document updates and merges
                    return self.rebuild_index(progress)
                for done in range(0, total, 2000):
                    chunk = ids[done:done + 2000]
                    docs = reports.index_docs(s, chunk)
                    live = {d.id for d in docs}
                    self.index.write(docs, deletes=[i for i in chunk if i not in live],
                                     progress=(lambda n, base=done: progress(base + n, total)) if progress else None)
                s.rollback()
            if upto != since:
                self.cursor.save(upto)
            return total

    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Build a fresh index from the database beside the old one, then swap it in."""
        import shutil

        with self.writing():
            fresh = SearchIndex(self.paths.index.with_name("index.new"))
            fresh.create()
            with self.Session() as s:
                upto = feed.head(s)            # read first: what changes after it is applied later again
                ids = sorted(reports.live_revisions(s))
                total = len(ids)

                def docs():
                    for start in range(0, len(ids), 500):
                        yield from reports.index_docs(s, ids[start:start + 500])

                written = fresh.write(docs(), fresh=True,
                                      progress=(lambda n: progress(n, total)) if progress else None)
                fresh.close()
                if os.name == "nt":          # Windows cannot rename a folder whose files are open
                    self.index.close()
                old = self.paths.index.with_name("index.old")
                if old.exists():
                    shutil.rmtree(old)
                if self.paths.index.exists():
                    self.paths.index.rename(old)
                fresh.path.rename(self.paths.index)
                # A search on another thread may still hold the old index's open files (they stay
                # readable after removal on POSIX); it picks up the new one at its next search.
                self.index = SearchIndex(self.paths.index)
                if old.exists():
                    shutil.rmtree(old, ignore_errors=True)
                s.rollback()
            self.cursor.save(upto)
            return written

    # --- search --------------------------------------------------------------------------
    def search(self, query: str, filters: Filters = Filters(), limit: int = 50) -> SearchResult:
        """Reports matching ``query`` (AND of words, quoted phrases) and ``filters``, best first."""
        parsed = parse_query(query)
        with self.Session() as s:
            flt = self.index_filter(s, filters)
            if parsed.empty:
                if not filters.any():
                    return SearchResult(0, (), query)
                total, ids = reports.filtered_ids(s, flt, limit)
                scored = [(i, 0.0) for i in ids]
            else:
                total, scored = self.index_matches(parsed, flt, limit)
            ids = [i for i, _ in scored]
            rows = reports.summaries(s, ids)
            texts = reports.bodies(s, ids)
        folded = parsed.all_folded()
        exact = {s for p in parsed.sequence() for s in p.exact}
        hits = tuple(Hit(rows[i], score, snippet(texts.get(i, ""), folded, exact=exact))
                     for i, score in scored if i in rows)
        return SearchResult(total, hits, query)

    def index_filter(self, s, f: Filters) -> IndexFilter:
        """Filters as the index takes them: typed person and tag names resolved to ids in SQL."""
        return IndexFilter(
            person_ids=labels.resolve_persons(s, f.person) if f.person else None,
            tag_ids=labels.resolve_tags(s, f.tag) if f.tag else None,
            kind=f.kind or None, date_from=f.date_from, date_to=f.date_to)

    def browse(self, query: str, filters: Filters = Filters(), order: str = "relevance"):
        """Every match in ``order`` with facet counts (persons, tags, years, kinds) — for the window."""
        from .browsing import browse

        return browse(self, query, filters, order)

    def summaries(self, ids: list[int]):
        """Result-list rows for ``ids`` (a page of a lazy table)."""
        with self.Session() as s:
            return reports.summaries(s, list(ids))

    # --- reading -------------------------------------------------------------------------
    def report(self, report_id: int) -> Report:
        with self.Session() as s:
            return reports.to_report(reports.load(s, report_id))

    def original(self, report_id: int) -> bytes:
        rep = self.report(report_id)
        if not rep.original_sha256:
            raise NotFound("Báo cáo này không có tệp gốc", "This report has no original file")
        return self.originals.get(rep.original_sha256)

    def persons(self) -> list[PersonInfo]:
        with self.Session() as s:
            return labels.persons_info(s)

    def person_meetings(self, person_id: int) -> list[PersonMeeting]:
        with self.Session() as s:
            return labels.person_meetings(s, person_id)

    def tags(self) -> list[TagInfo]:
        with self.Session() as s:
            return labels.tags_info(s)

    # --- tagging -------------------------------------------------------------------------
    def tag(self, ids: list[int], add: list[str] = (), remove: list[str] = ()) -> list[int]:
        """Add/remove tags on reports; returns the ids that changed (already re-indexed)."""
        self.require_write()
        with self.writing():
            with self.Session() as s:
                changed = reports.change_tags(s, list(ids), list(add), list(remove))
                s.commit()
            self.sync_index()
        return changed

    # --- check ---------------------------------------------------------------------------
    def check(self, fixity: bool = True) -> CheckReport:
        """Compare the index with the database, SQLite integrity, and the sha256 of every original."""
        from .checking import run_check

        return run_check(self, fixity=fixity)
