"""The Archive: one object per data folder, the only way the CLI and the UI reach the core.

Reading (search, browse, a report, persons, tags, check) and importing are methods of the Archive; the
other writes are its typed sub-services: ``archive.edits`` (corrections), ``archive.trash``,
``archive.tagging`` (tags on reports and the tag manager) and ``archive.transfer`` (exports and
backups). Every write returns one ``Changes`` (``ImportResult.changes`` for an import) that views
refresh from.

Writes go through the writer lock; the database is the truth and the search index follows it
through the change feed (``storage.feed``), written in the same transaction as every change. The
database is a local SQLite file, or an office archive on PostgreSQL (``db``: its URL; core.office).
"""
from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import leftovers
from .errors import ArchiveLocked, ArchiveReadOnly, IndexDamaged, KnownError, NotFound, disk_full
from .locking import writer_lock
from .models import (
    CheckReport,
    Filters,
    ImportResult,
    IndexFilter,
    PersonInfo,
    PersonMeeting,
    Report,
    SearchResult,
    TagInfo,
)
from .paths import ArchivePaths
from .storage.cursor import FeedCursor
from .storage.db import HEAD_REVISION, connect_sqlite, current_revision, open_engine, open_read_only, session_factory
from .storage.dialect import DriverSql, SqliteSql
from .storage.originals import OriginalStore

if TYPE_CHECKING:
    from .search import ParsedQuery

Progress = Callable[[int, int], None]   # (done, total)
REBUILD_QUEUE = 5000    # a queue longer than this and than the index itself is applied by a rebuild
log = logging.getLogger(__name__)


DAMAGED = ("Chỉ mục tìm kiếm bị hỏng; đang dựng lại từ cơ sở dữ liệu.",
           "The search index is damaged; rebuilding it from the database.")


READ_ONLY = ("Kho lưu trữ ở chế độ chỉ đọc (thư mục dữ liệu không ghi được): tìm, đọc, in và xuất được; "
             "nhập, sửa, gắn thẻ và xóa thì không.",
             "The archive is read-only (its data folder cannot be written): you can search, read, print and "
             "export, but not import, edit, tag or delete.")


def _read_only(paths: ArchivePaths) -> bool:
    """Can the data folder not be written? A folder that does not exist yet is created here."""
    root = paths.root
    if not root.exists():
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveReadOnly(f"Không tạo được thư mục dữ liệu {root}: {exc.strerror or exc}",
                                  f"Cannot create the data folder {root}: {exc.strerror or exc}") from None
        return False
    db = paths.database
    return not os.access(root, os.W_OK) or (db.exists() and not os.access(db, os.W_OK))


def _check_read_only(paths: ArchivePaths) -> None:
    """A read-only folder's database must be of this version as it stands (it cannot be created nor upgraded)."""
    if current_revision(paths.database, read_only=True) != HEAD_REVISION:
        raise ArchiveReadOnly(
            f"Thư mục {paths.root} chỉ đọc và không chứa kho lưu trữ của phiên bản này; hãy chép nó vào một "
            "thư mục ghi được rồi mở lại",
            f"The folder {paths.root} is read-only and holds no archive of this version; copy it to a "
            "writable folder and open it there")


def _made_on_first_use(module: str, name: str) -> cached_property:
    """A sub-service of the Archive made on first use: a command that only reads (search, show) never
    imports the editing, import, extraction and export code behind it (start-up time, issue 17)."""
    def make(archive: Archive):
        return getattr(import_module(module, __package__), name)(archive)

    return cached_property(make)


class Archive:
    """Facade over storage, search and import for one data folder."""

    def __init__(self, data_dir: Path, db: str | None = None):
        self.office = None
        self.leftovers_removed: list[Path] = []
        if db:          # the desk's cache of an office archive lives under the archive's own id
            from .office.connection import connect

            self.office = connect(db, Path(data_dir))
            self.paths, self.engine, self.originals = self.office.paths, self.office.engine, self.office.originals
            self.read_only = False          # a reader's login is refused by require_write and the database
        else:
            self.paths = ArchivePaths(Path(data_dir))
            self.read_only = _read_only(self.paths)
            if self.read_only:
                _check_read_only(self.paths)
            else:
                if current_revision(self.paths.database) != HEAD_REVISION:
                    self.engine = self._open_engine()       # created or upgraded now (else on first use)
                self.leftovers_removed = leftovers.clean(self.paths)     # what killed processes left
            self.originals = OriginalStore(self.paths.originals)
        self._reading_sql: SqliteSql | None = None       # see ``reading``
        self._reading_lock = threading.RLock()
        self.cursor = FeedCursor(self.paths.feed_cursor)
        self._lock_depth = 0
        self._thread_lock = threading.RLock()
        # A search that finds the index damaged rebuilds it on the spot (command line); the window
        # sets this to False and rebuilds in the background with progress instead (IndexDamaged).
        self.repair_in_search = True
        self.damaged_reports: list[int] = []   # left out of the index by the last rebuild: text damaged

    @cached_property
    def index(self):
        """The search index, opened on first use: Whoosh and numpy are imported by the commands
        that search, not by those that only read the database (show, persons, tags)."""
        from .search import SearchIndex

        return SearchIndex(self.paths.index)

    @cached_property
    def engine(self):
        """The local database's SQLAlchemy engine, made on first use: a search from the command line
        reads through ``reading`` and never imports SQLAlchemy (start-up, issue 17). An office
        archive's engine is set in ``__init__``."""
        return open_read_only(self.paths.database) if self.read_only else self._open_engine()

    @cached_property
    def Session(self):  # noqa: N802 - a session factory, called like a class
        return session_factory(self.engine)

    @contextmanager
    def reading(self):
        """``?``-style SQL for reads (``storage.reads``, ``storage.names``): on the engine once there
        is one (the window, an office archive), else on a sqlite3 connection of its own, opened once
        and used by one thread at a time (each statement outside a transaction: it sees every commit)."""
        if "engine" in self.__dict__:
            with self.engine.connect() as conn:
                yield DriverSql(conn)
            return
        with self._reading_lock:
            if self._reading_sql is None:
                self._reading_sql = SqliteSql(connect_sqlite(self.paths.database, read_only=self.read_only))
            yield self._reading_sql

    edits = _made_on_first_use(".editing", "Edits")
    trash = _made_on_first_use(".editing", "Trash")
    tagging = _made_on_first_use(".editing", "Tagging")
    transfer = _made_on_first_use(".transfer", "Transfer")

    def _open_engine(self):
        """Open the database; a new or older one is created or upgraded under the writer lock, so
        that two first commands on a new folder never both create the tables."""
        if current_revision(self.paths.database) == HEAD_REVISION:
            return open_engine(self.paths.database)
        with writer_lock(self.paths.writer_lock):
            return open_engine(self.paths.database)

    def close(self) -> None:
        if "index" in self.__dict__:        # opened (see ``index``)
            self.index.close()
        if self._reading_sql is not None:
            self._reading_sql.conn.close()
            self._reading_sql = None
        if "engine" in self.__dict__:       # made (see ``engine``)
            self.engine.dispose()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def writing(self, wait: bool = True):
        """The writer lock, re-entrant within this object (threads of one process serialise too).

        With ``wait=False`` it raises ArchiveLocked at once when another thread or process writes.
        A read-only archive raises ArchiveReadOnly.
        """
        if self.read_only:
            raise ArchiveReadOnly(*READ_ONLY)
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
                     on_item=None, on_page=None, skip=None) -> ImportResult:
        """Import files and folders; each item (a file, a JSON line) is there whole or not at all —
        a file in its own transaction, lines of a JSON Lines file in groups with a savepoint each.
        Searchable on return if ``index``.

        ``on_item(ImportItem)`` hears of each item as soon as it is committed (or has failed);
        ``on_page(done, total, name, page, pages)`` of each page of a scan read by OCR; setting the
        ``skip`` event gives up the scan being read (it is listed as failed) and goes on with the rest.
        """
        from .importing.archive_zip import import_archive, is_archive_export
        from .importing import Importer

        with self.changing():
            zips = [p for p in paths if is_archive_export(p)]          # full archive exports
            result = Importer(self.engine, self.originals).run([p for p in paths if p not in zips], tags=tags, progress=progress,
                                        cancel=cancel, on_item=on_item, on_page=on_page, skip=skip)
            for z in zips:
                if result.stopped:
                    break
                result.items += import_archive(self, z, tags, progress, cancel).items
            if index:
                result.index_behind = not self.sync_after_write()
        return result

    def sync_after_write(self) -> bool:
        """Apply the index queue after a committed write; False when a full disk stops it (the change
        is stored and stays queued: the index catches up once there is space)."""
        try:
            self.sync_index()
            return True
        except Exception as exc:
            if disk_full(exc) is None:
                raise
            log.warning("the search index cannot follow, the disk is full: %r", exc)
            return False

    @contextmanager
    def changing(self):
        """The writer lock for a change of the archive itself (not of this desk's search cache, which
        a reader's desk keeps too): refused at once when the login may only read."""
        self.require_write()
        with self.writing():
            yield

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
        search runs on the index as it stands; only an unusable index waits for its rebuild. A
        read-only archive searches its index as it stands, or one built in the temporary folder.
        """
        if self.read_only:
            if not self._index_usable():
                self._index_elsewhere(progress)
            return
        if not self._index_usable():
            try:
                with self.writing():          # another thread or process may be rebuilding it already
                    if not self._index_usable():
                        self.rebuild_index(progress)
            except Exception as exc:          # a full disk: reading goes on with an index built elsewhere
                if disk_full(exc) is None:
                    raise
                log.warning("cannot rebuild the search index, the disk is full: %r", exc)
                self._index_elsewhere(progress)
            return
        if self.pending_changes():
            try:
                with self.writing(wait=wait):
                    self.sync_index(progress)
            except ArchiveLocked:
                if wait:
                    raise
            except Exception as exc:          # a full disk: search the index as it stands
                if wait or disk_full(exc) is None:
                    raise
                log.warning("the search index cannot follow, the disk is full: %r", exc)

    def _index_elsewhere(self, progress: Progress | None) -> None:
        """An index in the temporary folder for a read-only archive whose own is missing or damaged."""
        import tempfile

        with self._thread_lock:
            if self._index_usable():
                return
            folder = Path(tempfile.mkdtemp(prefix="archive-app-index-")) / "index"
            log.info("read-only archive without a usable index: building one in %s", folder)
            self._build_index(folder, progress)
            from .search import SearchIndex

            self.index = SearchIndex(folder)

    def _index_usable(self) -> bool:
        from .search import IndexUnusable

        try:
            self.index.open()
            return True
        except IndexUnusable as exc:
            log.info("search index unusable: %s", exc)
            return False

    def index_matches(self, parsed: ParsedQuery, flt: IndexFilter,
                      limit: int | None) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(report id, score)]) from the index; a damaged index is repaired on the way.

        Damage that opening cannot see (a garbled posting block) shows as an exception while
        reading. It counts as damage only if the files' checksums confirm it (else it is a bug and
        is raised); then the index is marked unusable for every process and rebuilt.
        """
        self._index_for_search()
        return self._index_search(parsed, flt, limit)

    def _matches_once_ready(self) -> Callable[[ParsedQuery, IndexFilter, int | None], tuple[int, list]]:
        """``index_matches`` for one search or browse: the index is made usable (and the change feed
        looked at) before its first match only, not again for the folded count that follows it."""
        ready = False

        def matches(parsed: ParsedQuery, flt: IndexFilter, limit: int | None):
            nonlocal ready
            if not ready:
                self._index_for_search()
                ready = True
            return self._index_search(parsed, flt, limit)
        return matches

    def _index_for_search(self) -> None:
        if not self.repair_in_search and not self._index_usable():
            raise IndexDamaged(*DAMAGED)           # the window rebuilds it with progress, then searches again
        self.ensure_index(wait=False)

    def _index_search(self, parsed: ParsedQuery, flt: IndexFilter,
                      limit: int | None) -> tuple[int, list[tuple[int, float]]]:
        """The index's answer; damage the files' checksums confirm is repaired on the way."""
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
        from .storage.reads import changes_since

        with self.reading() as db:
            return changes_since(db, self.cursor.load())

    def sync_index(self, progress: Progress | None = None) -> int:
        """Apply the change feed since the index's last sequence: changed reports rewritten, reports no
        longer live removed; returns how many were applied. The one sync path of local and office mode."""
        from .search import IndexUnusable
        from .storage import feed, reports

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

    def _build_index(self, folder: Path, progress: Progress | None) -> int:
        """A fresh index of every live report in ``folder``; reports with damaged text left out."""
        from .search import SearchIndex
        from .storage import reports
        from .search.parallel_build import worker_count

        fresh = SearchIndex(folder)
        fresh.create()
        damaged: list[int] = []
        with self.Session() as s:
            ids = sorted(reports.live_revisions(s))
            total = len(ids)

            def docs():        # (100 at a time: the longest reports, 500 of them held 13 MB of text)
                for start in range(0, len(ids), 100):
                    yield from reports.index_docs(s, ids[start:start + 100], damaged)

            written = fresh.write(docs(), fresh=True, progress=(lambda n: progress(n, total)) if progress else None,
                                  workers=worker_count(total))
        fresh.close()
        self.damaged_reports = damaged
        return written

    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Build a fresh index from the database beside the old one, then swap it in."""
        import shutil

        from .search import SearchIndex
        from .storage import feed

        with self.writing():
            with self.Session() as s:
                upto = feed.head(s)        # read first: what changes after it is applied again later
            fresh = self.paths.index.with_name("index.new")
            try:
                written = self._build_index(fresh, progress)
            except BaseException:
                shutil.rmtree(fresh, ignore_errors=True)     # a full disk gets its space back
                raise
            if os.name == "nt":          # Windows cannot rename a folder whose files are open
                self.index.close()
            old = self.paths.index.with_name("index.old")
            if old.exists():
                shutil.rmtree(old)
            if self.paths.index.exists():
                self.paths.index.rename(old)
            self.paths.index.with_name("index.new").rename(self.paths.index)
            # A search on another thread may still hold the old index's open files (they stay
            # readable after removal on POSIX); it picks up the new one at its next search.
            self.index = SearchIndex(self.paths.index)
            if old.exists():
                shutil.rmtree(old, ignore_errors=True)
            self.cursor.save(upto)
            return written

    # --- search --------------------------------------------------------------------------
    def search(self, query: str, filters: Filters = Filters(), limit: int = 50) -> SearchResult:
        """Reports matching ``query`` (AND of words, quoted phrases) and ``filters``, best first."""
        from .browsing import search

        return search(self.reading, self._matches_once_ready(), query, filters, limit)

    def browse(self, query: str, filters: Filters = Filters(), order: str = "relevance", prefix_last: bool = False,
               listed=None):
        """Every match in ``order`` with facet counts (persons, tags, years, kinds) and the timeline —
        for the window (``prefix_last``: the last word is still being typed; ``listed``: called with
        the ordered matches first, see ``browsing.browse``)."""
        from .browsing import browse

        return browse(self.Session, self._matches_once_ready(), query, filters, order, prefix_last=prefix_last,
                      listed=listed)

    def snippets(self, ids: list[int], highlight) -> dict:
        """{id: (plain text, hit spans)}: result-list snippets of ``ids`` for a query's highlight terms."""
        from .browsing import snippets

        return snippets(self.reading, ids, highlight)

    def summaries(self, ids: list[int]):
        """Result-list rows for ``ids`` (a page of a lazy table)."""
        from .storage.reads import summaries

        with self.reading() as db:
            return summaries(db, list(ids))

    # --- reading -------------------------------------------------------------------------
    def report(self, report_id: int) -> Report:
        from .storage import reports

        with self.Session() as s:
            return reports.to_report(reports.load(s, report_id))

    def original(self, report_id: int) -> bytes:
        rep = self.report(report_id)
        if not rep.original_sha256:
            raise NotFound("Báo cáo này không có tệp gốc", "This report has no original file")
        return self.originals.get(rep.original_sha256)

    def persons(self) -> list[PersonInfo]:
        from .storage import labels

        with self.Session() as s:
            return labels.persons_info(s)

    def person_meetings(self, person_id: int) -> list[PersonMeeting]:
        from .storage import labels

        with self.Session() as s:
            return labels.person_meetings(s, person_id)

    def tags(self) -> list[TagInfo]:
        """Every tag with its colour and how many live reports carry it (writes: ``archive.tagging``)."""
        from .storage import labels

        with self.Session() as s:
            return labels.tags_info(s)

    def live_count(self) -> int:
        """How many reports the archive holds outside the trash."""
        with self.reading() as db:
            return db.execute("SELECT count(*) FROM report WHERE deleted_at IS NULL").fetchone()[0] or 0

    def import_sample(self, progress=None, cancel: Callable[[], bool] | None = None) -> ImportResult:
        """Import into this (sample) archive the sample reports it lacks, and tag the ones it gets.

        Run each time the sample is opened: the reports already there come back as duplicates and keep
        whatever the user did to them. Searchable on return.
        """
        from .sample import SAMPLE_TAGS, sample_files

        result = self.import_paths(sample_files(), progress=progress, cancel=cancel, index=False)
        by_tag: dict[str, list[int]] = {}
        for item in result.imported:
            for tag in SAMPLE_TAGS.get(Path(item.path).name, ()):
                by_tag.setdefault(tag, []).append(item.id)
        for tag, ids in by_tag.items():
            self.tagging.change(ids, add=[tag])
        self.sync_index()
        return result

    # --- check ---------------------------------------------------------------------------
    def check(self, fixity: bool = True) -> CheckReport:
        """Compare the index with the database, SQLite integrity, and the sha256 of every original."""
        from .checking import run_check

        return run_check(self, fixity=fixity)
