"""The reads of a search in plain ``?`` SQL on any connection (``dialect.as_sql``: an ORM session, a
SQLAlchemy connection, or a sqlite3 one): result rows, texts, filter-only matches, queued changes.
Written once for SQLite and PostgreSQL; a search from the command line runs them without importing
SQLAlchemy (start-up, issue 17)."""
from __future__ import annotations

import datetime as dt

from ..models import IndexFilter, ReportSummary
from ..vietnamese import fold
from .dialect import as_sql, placeholders


def _date(value) -> dt.date | None:
    """A date column's value: PostgreSQL's driver gives a date, SQLite its ISO text (as the ORM stores it)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _date_param(db, value: dt.date):
    return value.isoformat() if db.dialect_name == "sqlite" else value


def summaries(db, ids: list[int]) -> dict[int, ReportSummary]:
    """Result-list rows for ``ids`` in three queries, whatever their number."""
    if not ids:
        return {}
    db, ids = as_sql(db), list(ids)
    marks = placeholders(ids)
    rows = db.execute("SELECT id, title, meeting_date, meeting_kind, ocr_engine FROM report "
                      f"WHERE id IN ({marks})", ids).fetchall()
    persons: dict[int, list[str]] = {}
    for rid, name in db.execute("SELECT rp.report_id, p.full_name FROM report_person rp "
                                f"JOIN person p ON p.id = rp.person_id WHERE rp.report_id IN ({marks}) "
                                "ORDER BY rp.position", ids):
        persons.setdefault(rid, []).append(name)
    tags: dict[int, list[str]] = {}
    for rid, name in db.execute(f"SELECT rt.report_id, t.name FROM report_tag rt JOIN tag t ON t.id = rt.tag_id "
                                f"WHERE rt.report_id IN ({marks})", ids):
        tags.setdefault(rid, []).append(name)
    return {rid: ReportSummary(rid, title, _date(date), kind, tuple(persons.get(rid, ())),
                               tuple(sorted(tags.get(rid, ()))), scanned=ocr is not None)
            for rid, title, date, kind, ocr in rows}


def bodies(db, ids: list[int], head: int | None = None) -> dict[int, str]:
    """The texts of ``ids``; with ``head``, only each text's first ``head`` characters."""
    if not ids:
        return {}
    ids = list(ids)
    if head is None:
        return dict(as_sql(db).execute(f"SELECT id, body FROM report WHERE id IN ({placeholders(ids)})", ids).fetchall())
    # (the length inlined: PostgreSQL has no substr(text, int, bigint) for a parameter typed bigint)
    return dict(as_sql(db).execute(f"SELECT id, substr(body, 1, {int(head)}) FROM report "
                                   f"WHERE id IN ({placeholders(ids)})", ids).fetchall())


def only_scanned(db, ids: list[int]) -> list[int]:
    """``ids`` (in their order) of the reports read from a scan by OCR: the "Bản quét" filter."""
    scanned = {r[0] for r in as_sql(db).execute("SELECT id FROM report WHERE ocr_engine IS NOT NULL")}
    return [i for i in ids if i in scanned]


def filtered_ids(db, flt: IndexFilter, limit: int) -> tuple[int, list[int]]:
    """Filter-only search in SQL, newest meeting first (reports without a date last); ``limit`` < 0: all."""
    db = as_sql(db)
    cond, params = ["deleted_at IS NULL"], []
    if flt.person_ids is not None:
        cond.append(f"id IN (SELECT report_id FROM report_person WHERE person_id IN ({placeholders(flt.person_ids)}))")
        params += flt.person_ids
    if flt.tag_ids is not None:
        cond.append(f"id IN (SELECT report_id FROM report_tag WHERE tag_id IN ({placeholders(flt.tag_ids)}))")
        params += flt.tag_ids
    if flt.kind:
        kinds = [k for (k,) in db.execute("SELECT DISTINCT meeting_kind FROM report") if k and fold(k) == flt.kind]
        cond.append(f"meeting_kind IN ({placeholders(kinds)})")
        params += kinds
    if (flt.person_ids is not None and not flt.person_ids) or (flt.tag_ids is not None and not flt.tag_ids) \
            or (flt.kind and not kinds):
        return 0, []                 # nobody, no tag, no kind of that name: nothing (and no "IN ()")
    if flt.date_from:
        cond.append("meeting_date >= ?")
        params.append(_date_param(db, flt.date_from))
    if flt.date_to:
        cond.append("meeting_date <= ?")
        params.append(_date_param(db, flt.date_to))
    where = " AND ".join(cond)
    ordered = (f"SELECT id FROM report WHERE {where} "
               "ORDER BY meeting_date IS NULL, meeting_date DESC, id DESC")
    if limit < 0:
        ids = [r[0] for r in db.execute(ordered, params)]
        return len(ids), ids
    total = db.execute(f"SELECT count(*) FROM report WHERE {where}", params).fetchone()[0] or 0
    return total, [r[0] for r in db.execute(f"{ordered} LIMIT ?", [*params, limit])]


def changes_since(db, seq: int) -> int:
    """Reports changed in the change feed after ``seq`` (``feed``): what this desk's index lacks."""
    return as_sql(db).execute("SELECT count(DISTINCT report_id) FROM change_log WHERE seq > ?",
                              (seq,)).fetchone()[0] or 0
