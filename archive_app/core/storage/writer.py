"""The import's own connection: several reports per transaction, one savepoint per report. The one
writer of new reports (files, JSON lines, the reports of an archive export), with one duplicate rule
(``find_duplicate``); edits, trash and tags change existing rows through the ORM (``core.editing``).

An import writes tens of thousands of reports; the ORM and a transaction (and an fsync) for each
cost more than the work itself. ``ImportWriter`` runs plain SQL on one DB-API connection instead:

* ``begin()`` … ``commit()`` is one transaction holding several reports; each report is written
  between ``savepoint()`` and ``release()``, and ``rollback_to()`` undoes only the report that
  failed, so one bad item never takes others with it;
* originals are staged (``OriginalStore.stage``) and published — synced, renamed into place, their
  folders synced — by ``commit()`` just before the database commit: a committed report always
  has its original;
* the rows written are exactly those the ORM wrote before (same columns, same stored forms of dates
  through the column types' own bind processors);
* the same SQL runs on SQLite and on PostgreSQL (an office archive): written with ``?`` placeholders
  (``execute`` turns them into the driver's style), ``ON CONFLICT DO NOTHING`` and ``RETURNING id``.
  In an office archive originals go into the database, in the report's own transaction;
* the reports written are noted in the change feed (``feed.record``) just before the commit.
"""
from __future__ import annotations

from typing import Self

from sqlalchemy import Engine

from ..vietnamese import fold
from . import feed
from .dialect import qmark
from .labels import clean_name, name_key
from .originals import OriginalStore, Staged
from .reports import NewReport, now
from .schema import ReportRow

_REPORT_COLUMNS = ("title", "body", "meeting_date", "meeting_kind", "organisation", "location", "author",
                   "summary", "keywords", "source_format", "source_name", "source_ref", "original_sha256",
                   "text_sha256", "similar_to", "imported_at", "updated_at", "revision", "ocr_engine",
                   "ocr_languages", "ocr_confidence", "ocr_pdf_sha256", "deleted_at", "notes")
_INSERT_REPORT = (f"INSERT INTO report ({', '.join(_REPORT_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(_REPORT_COLUMNS))}) RETURNING id")
_INSERT_REPORT_WITH_ID = (f"INSERT INTO report (id, {', '.join(_REPORT_COLUMNS)}) "
                          f"VALUES (?, {', '.join('?' * len(_REPORT_COLUMNS))}) RETURNING id")
# PostgreSQL's serial goes on after an id given explicitly (else the next new report would collide)
_SERIAL_PAST = "SELECT setval(pg_get_serial_sequence('report', 'id'), (SELECT max(id) FROM report))"
CACHE_KIB = -65536     # page cache of the import's connection (64 MiB; negative: KiB, as SQLite counts)
_DUPLICATE = ("SELECT id FROM report WHERE text_sha256 = ? AND (deleted_at IS NULL OR ? = 1) "
              "ORDER BY deleted_at IS NOT NULL, id LIMIT 1")


def find_duplicate(execute, text_sha256: str, arriving_trashed: bool = False) -> int | None:
    """The one duplicate rule of every way in (files, JSON lines, archive exports): an existing report
    with the same text that is live. A report in the trash does not make a new import a duplicate,
    unless the report arrives in the trash itself (an archive export brought back twice).
    ``execute`` is a DB-API style ``execute(sql, params)`` (a cursor's, or SQLAlchemy's driver SQL)."""
    row = execute(_DUPLICATE, (text_sha256, int(arriving_trashed))).fetchone()
    return row[0] if row else None


class BrokenTransaction(Exception):
    """The open transaction is gone (the database rolled it back on a serious error): redo its items."""


class ImportWriter:
    """One connection of ``engine`` for one import run (the caller holds the writer lock)."""

    def __init__(self, engine: Engine, originals: OriginalStore):
        self.originals = originals
        self._pooled = engine.raw_connection()
        self.db = self._pooled.driver_connection
        self.cur = self.db.cursor()
        dialect = self.dialect = engine.dialect
        self.pg = dialect.name == "postgresql"
        self._errors = dialect.dbapi.Error
        self._cache_size = None if self.pg else self.cur.execute("PRAGMA cache_size").fetchone()[0]
        if not self.pg:
            self.cur.execute(f"PRAGMA cache_size={CACHE_KIB}")    # the sketch index is read at random
        self._procs = [ReportRow.__table__.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                       for name in _REPORT_COLUMNS]
        self._open = False
        self._staged: dict[str, Staged] = {}     # originals of the open transaction, by sha256
        self._persons: dict[str, int] = {}       # name as given → person id (rows that exist)
        self._tags: dict[str, int] = {}
        self._item_marks: tuple[list[str], list[str], list[str]] | None = None
        self._changed: dict[int, str] = {}       # reports of the open transaction, for the change feed
        self._item_changed = 0

    # --- transaction ---------------------------------------------------------------------
    def close(self) -> None:
        try:
            self.rollback()
            if self._cache_size is not None:
                self.cur.execute(f"PRAGMA cache_size={int(self._cache_size)}")
            self.cur.close()
        finally:
            self._pooled.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def begin(self) -> None:
        if not self.pg:                  # psycopg opens the transaction at the first statement itself
            self.cur.execute("BEGIN")
        self._open = True

    def commit(self) -> None:
        """Publish the staged originals (durably), note the change feed, then commit the transaction."""
        self.originals.publish(list(self._staged.values()))
        self._staged.clear()
        if self._changed:
            feed.record(self, self.dialect.name, self._changed)
            self._changed = {}
        self.db.commit()
        self._open = False

    def _in_transaction(self) -> bool:
        if self.pg:          # a failed statement leaves the transaction open for ROLLBACK TO
            from psycopg.pq import TransactionStatus

            return self.db.info.transaction_status in (TransactionStatus.INTRANS, TransactionStatus.INERROR)
        return self.db.in_transaction

    def rollback(self) -> None:
        """Undo the open transaction, staged originals and what the caches learnt in it."""
        self.originals.discard(list(self._staged.values()))
        self._staged.clear()
        if self._open:
            self._persons.clear()     # ids created in the transaction are gone with it
            self._tags.clear()
            self._open = False
        self._item_marks = None
        self._changed = {}
        try:
            if self._in_transaction():
                self.db.rollback()
        except self._errors:
            pass

    def savepoint(self) -> None:
        try:
            self.cur.execute("SAVEPOINT item")
        except self._errors as exc:
            raise BrokenTransaction(str(exc)) from exc
        self._item_marks = ([], [], [])
        self._item_changed = len(self._changed)

    def release(self) -> None:
        self.cur.execute("RELEASE item")
        self._item_marks = None

    def rollback_to(self) -> None:
        """Undo the current item only; BrokenTransaction if the transaction itself is gone."""
        staged, persons, tags = self._item_marks or ([], [], [])
        self._item_marks = None
        self.originals.discard([self._staged.pop(d) for d in staged if d in self._staged])
        for name in persons:
            self._persons.pop(name, None)
        for name in tags:
            self._tags.pop(name, None)
        for rid in list(self._changed)[self._item_changed:]:
            del self._changed[rid]
        if not self._in_transaction():
            raise BrokenTransaction("transaction rolled back by the database")
        try:
            self.cur.execute("ROLLBACK TO item")
            self.cur.execute("RELEASE item")
        except self._errors as exc:
            raise BrokenTransaction(str(exc)) from exc

    # --- statements (DB-API style, also what near_duplicates calls) ------------------------
    def execute(self, sql: str, params=()):
        """Run ``sql`` written with ``?`` placeholders; the cursor, for fetchone/fetchall."""
        self.cur.execute(qmark(sql, self.dialect), tuple(params))
        return self.cur

    def executemany(self, sql: str, rows) -> None:
        self.cur.executemany(qmark(sql, self.dialect), rows)

    # --- reports ---------------------------------------------------------------------------
    def find_by_text(self, text_sha256: str) -> int | None:
        """A live report with this text (``find_duplicate``)."""
        return find_duplicate(self.execute, text_sha256)

    def stage_original(self, raw: bytes) -> str:
        if getattr(self.originals, "in_database", False):      # office archive: in this transaction
            return self.originals.insert(self, raw)
        digest, staged = self.originals.stage(raw, self._staged)
        if staged is not None:
            self._staged[digest] = staged
            if self._item_marks is not None:
                self._item_marks[0].append(digest)
        return digest

    def person_id(self, name: str) -> int:
        """``labels.get_or_create_person(name).id`` without the ORM."""
        return self._label_id("person", "full_name", self._persons, 1, name)

    def tag_id(self, name: str) -> int:
        """``labels.get_or_create_tag(name).id`` without the ORM."""
        return self._label_id("tag", "name", self._tags, 2, name)

    def _label_id(self, table: str, display: str, cache: dict[str, int], mark: int, name: str) -> int:
        """Id of the person or tag named ``name`` (by normalized name), created if new; cached, and
        noted for the open item so that a rolled-back item forgets what it created."""
        label_id = cache.get(name)
        if label_id is None:
            key = name_key(name)
            row = self.execute(f"SELECT id FROM {table} WHERE name_key = ?", (key,)).fetchone()
            if row is None:          # another desk may create the same name at once: then take its row
                row = self.execute(f"INSERT INTO {table} ({display}, name_key, name_fold) VALUES (?, ?, ?) "
                                   "ON CONFLICT DO NOTHING RETURNING id", (clean_name(name), key, fold(key))).fetchone()
                row = row or self.execute(f"SELECT id FROM {table} WHERE name_key = ?", (key,)).fetchone()
            label_id = row[0]
            cache[name] = label_id
            if self._item_marks is not None:
                self._item_marks[mark].append(name)
        return label_id

    def add_report(self, new: NewReport) -> int:
        """Insert one report with its persons (merged by normalized name), tags, original record and
        change-feed entry; returns its id. The one insert of reports: files, JSON lines and archive
        exports (``new.kept``: id, time stamps, trash state, notes as they were) all come here."""
        stamp = now()
        kept = new.kept
        cur = self
        for sha, size in ((new.original_sha256, new.original_size), (new.ocr_pdf_sha256, new.ocr_pdf_size)):
            if sha:
                stored = kept.stored_at.get(sha, stamp) if kept else stamp
                cur.execute("INSERT INTO original (sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                            (sha, size, stored if self.pg else stored.isoformat(sep=" ")))
        ocr = new.ocr
        values = (new.title, new.body, new.date, new.kind, new.organisation, new.location, new.author,
                  new.summary, "\n".join(new.keywords) or None, new.source_format, new.source_name,
                  new.source_ref, new.original_sha256, new.text_sha256, new.similar_to,
                  kept.imported_at if kept else stamp, kept.updated_at if kept else stamp, 1,
                  ocr and ocr.engine, ocr and ocr.languages, ocr and ocr.confidence, new.ocr_pdf_sha256,
                  kept and kept.deleted_at, kept and kept.notes)
        row = [p(v) if p else v for p, v in zip(self._procs, values)]
        free = kept and kept.id is not None and not self.execute("SELECT 1 FROM report WHERE id = ?",
                                                                 (kept.id,)).fetchone()
        if free:
            rid = cur.execute(_INSERT_REPORT_WITH_ID, [kept.id, *row]).fetchone()[0]
            if self.pg:
                self.execute(_SERIAL_PAST)
        else:
            rid = cur.execute(_INSERT_REPORT, row).fetchone()[0]
        links: dict[int, list] = {}
        for n, p in enumerate(new.persons):
            pid = self.person_id(p.name)
            if pid in links:
                link = links[pid]
                link[3] = link[3] or bool(p.chair)
                link[2] = link[2] or p.role or ""
            else:
                author = bool(kept.authors[n]) if kept and n < len(kept.authors) else False
                position = kept.positions[n] if kept and n < len(kept.positions) else n
                links[pid] = [rid, pid, p.role or "", bool(p.chair), author, position]
        if links:
            cur.executemany("INSERT INTO report_person (report_id, person_id, role, is_chair, is_author, position) "
                            "VALUES (?, ?, ?, ?, ?, ?)", [(r, pid, role, bool(ch), bool(au), pos)
                                                          for r, pid, role, ch, au, pos in links.values()])
        tag_ids = {self.tag_id(name) for name in new.tags}
        if tag_ids:
            cur.executemany("INSERT INTO report_tag (report_id, tag_id) VALUES (?, ?)",
                            [(rid, t) for t in tag_ids])
        self._changed[rid] = "import"
        return rid
