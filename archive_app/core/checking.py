"""Archive check: database integrity, index/database agreement, fixity of every original.

``run_check`` never raises on a damaged archive: a database SQLite calls malformed, an unusable index,
a missing or altered original file each become a ``CheckProblem`` with its message in Vietnamese and
English and the remedy ("reindex": rebuild the index from the database; "restore": take the damaged
part from a backup). Everything is read-only: the check can run while another process writes.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from . import leftovers
from .errors import KnownError
from .models import CheckProblem, CheckReport
from .search import IndexUnusable
from .storage import damage, feed, reports
from .storage.damage import Damage
from .storage.originals import is_sha256
from .storage.schema import OriginalRow, ReportRow

if TYPE_CHECKING:
    from .services import Archive

MAX_DB_LINES = 100          # integrity_check stops after this many problems
SHOWN = 20                  # items named in a message; the rest are counted


def _some(items) -> str:
    items = list(items)
    text = ", ".join(str(i) for i in items[:SHOWN])
    return text + (f" … (+{len(items) - SHOWN})" if len(items) > SHOWN else "")


def _short(shas) -> str:
    return _some(f"{sha[:12]}…" for sha in shas)


def _database_lines(archive: Archive) -> list[str]:
    """What SQLite says is wrong: integrity_check and foreign_key_check lines ([] when all is well).
    PostgreSQL keeps foreign keys itself and reports damage when it is read: nothing to ask here."""
    if archive.engine.dialect.name != "sqlite":
        return []
    raw = archive.engine.raw_connection()
    try:
        cur = raw.cursor()
        lines = [str(r[0]) for r in cur.execute(f"PRAGMA integrity_check({MAX_DB_LINES})").fetchall()]
        lines = [] if lines == ["ok"] else lines
        for table, rowid, parent, _fk in cur.execute("PRAGMA foreign_key_check").fetchmany(MAX_DB_LINES):
            lines.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
        cur.close()
        return lines
    finally:
        raw.close()


def _pending(archive: Archive, s) -> set[int]:
    """Reports changed since this desk's index followed the change feed (applied at the next sync)."""
    return set(feed.changed_since(s, archive.cursor.load(), feed.head(s)))


def run_check(archive: Archive, fixity: bool = True) -> CheckReport:
    problems: list[CheckProblem] = []
    messages: list[str] = []
    db_lines: list[str] = []
    db_revs: dict[int, int] = {}
    queued: set[int] = set()
    uses: dict[str, list[int]] = {}
    readable = True
    try:
        db_lines = _database_lines(archive)
        with archive.Session() as s:
            db_revs = reports.live_revisions(s)
            queued = _pending(archive, s)
            uses = {sha: [] for sha in s.scalars(select(OriginalRow.sha256).order_by(OriginalRow.sha256))}
            for rid, sha in s.execute(select(ReportRow.id, ReportRow.original_sha256)
                                      .where(ReportRow.original_sha256.is_not(None)).order_by(ReportRow.id)):
                uses.setdefault(sha, []).append(rid)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        readable = False
        db_lines.append(str(getattr(exc, "orig", None) or exc))
    office = archive.office.label if archive.office is not None else ""
    if db_lines:
        kind = "PostgreSQL" if office else "SQLite"
        messages.extend(f"{kind}: {line}" for line in db_lines)
        detail = "; ".join(db_lines[:5]) + (" …" if len(db_lines) > 5 else "")
        problems.append(CheckProblem(
            "database_damaged", f"Cơ sở dữ liệu {kind} {office} bị hỏng ({detail})".replace("  ", " "),
            f"The {kind} database {office} is damaged ({detail})".replace("  ", " "), "restore",
            tuple(db_lines)))

    index_revs: dict[int, int] = {}
    index_usable = True
    try:
        index_revs = archive.index.revisions()
    except (IndexUnusable, OSError) as exc:
        index_usable = False
        messages.append(f"index: {exc}")
        problems.append(CheckProblem("index_unusable", f"Chỉ mục tìm kiếm không dùng được ({exc})",
                                     f"The search index cannot be used ({exc})", "reindex"))
    damaged_index = archive.index.damaged_files(checksums=fixity) if index_usable else []
    if damaged_index:
        index_usable = False
        messages.append(f"index files changed: {', '.join(damaged_index)}")
        problems.append(CheckProblem(
            "index_damaged", f"Tệp của chỉ mục tìm kiếm bị hỏng (CRC-32 không khớp): {_some(damaged_index)}",
            f"Search index files are damaged (CRC-32 mismatch): {_some(damaged_index)}", "reindex",
            tuple(damaged_index)))
    missing = stale = orphans = ()
    if readable and index_usable:
        missing = tuple(sorted(i for i in db_revs if i not in index_revs and i not in queued))
        stale = tuple(sorted(i for i, r in db_revs.items()
                             if i in index_revs and index_revs[i] != r and i not in queued))
        orphans = tuple(sorted(i for i in index_revs if i not in db_revs and i not in queued))
        if missing or stale or orphans:    # a writer may have moved on since: look at these ones again
            with archive.Session() as s:
                queued |= _pending(archive, s)
                now = reports.live_revisions(s)
            missing = tuple(i for i in missing if i in now and i not in queued)
            stale = tuple(i for i in stale if now.get(i) not in (None, index_revs[i]) and i not in queued)
            orphans = tuple(i for i in orphans if i not in now and i not in queued)
    for code, ids, vi, en in (
            ("index_missing", missing, "{n} báo cáo không có trong chỉ mục tìm kiếm (không tìm thấy được): số {x}",
             "{n} report(s) missing from the search index (cannot be found): no. {x}"),
            ("index_stale", stale, "{n} báo cáo trong chỉ mục tìm kiếm cũ hơn cơ sở dữ liệu: số {x}",
             "{n} report(s) out of date in the search index: no. {x}"),
            ("index_orphans", orphans, "{n} mục trong chỉ mục tìm kiếm không còn báo cáo tương ứng: số {x}",
             "{n} search index entr(ies) without a report: no. {x}")):
        if ids:
            problems.append(CheckProblem(code, vi.format(n=len(ids), x=_some(ids)),
                                         en.format(n=len(ids), x=_some(ids)), "reindex", ids, ids))

    bad_names = [sha for sha in uses if not is_sha256(sha)]
    if bad_names:        # never a path to look at, let alone to copy to: a damaged or hostile row
        rids = tuple(sorted({rid for sha in bad_names for rid in uses[sha]}))
        shown = _some(repr(n)[:40] for n in bad_names)
        problems.append(CheckProblem(
            "original_bad_name", f"{len(bad_names)} tên tệp gốc trong cơ sở dữ liệu không phải SHA-256: {shown} "
            f"(của báo cáo số {_some(rids) or '—'})",
            f"{len(bad_names)} original name(s) in the database are not a SHA-256: {shown} "
            f"(of report no. {_some(rids) or '—'})", "restore", tuple(bad_names), rids))
    text_damage = _text_damage(archive) if fixity and readable else None
    if text_damage and (text_damage.reports or text_damage.persons or text_damage.tags):
        rids = tuple(sorted(text_damage.reports))
        parts = _some(f"{rid} ({', '.join(text_damage.reports[rid])})" for rid in rids)
        extra_vi = extra_en = ""
        if text_damage.persons or text_damage.tags:
            extra_vi = f"; tên người số {_some(text_damage.persons) or '—'}, thẻ số {_some(text_damage.tags) or '—'}"
            extra_en = f"; names of person no. {_some(text_damage.persons) or '—'}, tag no. {_some(text_damage.tags) or '—'}"
        problems.append(CheckProblem(
            "text_damaged", f"Văn bản của {len(rids)} báo cáo bị hỏng trong cơ sở dữ liệu (không phải UTF-8 hoặc "
            f"không khớp SHA-256 văn bản): số {parts or '—'}{extra_vi}",
            f"The text of {len(rids)} report(s) is damaged in the database (not UTF-8, or not its text "
            f"SHA-256): no. {parts or '—'}{extra_en}", "restore", tuple(map(str, rids)), rids))

    missing_files: list[str] = []
    damaged: list[str] = []
    if fixity and readable:
        in_db = archive.originals.stored() if getattr(archive.originals, "in_database", False) else None
        for sha in uses:
            if sha in bad_names:
                continue
            if (sha not in in_db) if in_db is not None else not archive.originals.path_for(sha).is_file():
                missing_files.append(sha)
            elif not archive.originals.verify(sha):
                damaged.append(sha)
    for code, shas, vi, en in (
            ("original_missing", missing_files, "Thiếu {n} tệp gốc: {x} (của báo cáo số {r})",
             "{n} original file(s) missing: {x} (of report no. {r})"),
            ("original_damaged", damaged, "{n} tệp gốc bị hỏng (SHA-256 không khớp): {x} (của báo cáo số {r})",
             "{n} original file(s) damaged (SHA-256 mismatch): {x} (of report no. {r})")):
        if shas:
            rids = tuple(sorted({rid for sha in shas for rid in uses[sha]}))
            fill = {"n": len(shas), "x": _short(shas), "r": _some(rids) or "—"}
            problems.append(CheckProblem(code, vi.format(**fill), en.format(**fill), "restore", tuple(shas), rids))

    return CheckReport(
        ok=not problems, database_ok=not db_lines, reports=len(db_revs), indexed=len(index_revs),
        missing_in_index=missing, stale_in_index=stale, orphans_in_index=orphans,
        originals_checked=len(uses) if fixity and readable else 0,
        originals_bad=tuple(missing_files + damaged), messages=tuple(messages),
        database_problems=tuple(db_lines), index_ok=index_usable and not (missing or stale or orphans),
        pending_in_index=len(queued), originals_missing=tuple(missing_files), originals_damaged=tuple(damaged),
        fixity=fixity and readable, problems=tuple(problems), database_readable=readable,
        leftovers=tuple(map(str, archive.leftovers_removed + _deep_leftovers(archive))), read_only=archive.read_only,
        damaged_reports=tuple(sorted(text_damage.reports)) if text_damage else (), office=office)


def _deep_leftovers(archive: Archive) -> list:
    """Temporary files of killed processes among the originals too (opening the archive looked only
    in the cheap places), removed here."""
    return [] if archive.read_only else leftovers.clean(archive.paths, deep=True)


def _text_damage(archive: Archive) -> Damage | None:
    """Every report's text checked: UTF-8, and title + body against ``text_sha256``."""
    raw = archive.engine.raw_connection()
    try:
        return damage.scan(raw.driver_connection)
    except sqlite3.DatabaseError:
        return None              # a damaged page: integrity_check has said so already
    finally:
        raw.close()


def unopenable(error: KnownError) -> CheckReport:
    """The report on an archive whose database cannot even be opened (``DatabaseDamaged``)."""
    detail = getattr(error, "detail", None) or error.en
    problem = CheckProblem("database_damaged", f"Cơ sở dữ liệu SQLite bị hỏng, không mở được ({detail})",
                           f"The SQLite database is damaged and cannot be opened ({detail})", "restore", (detail,))
    return CheckReport(ok=False, database_ok=False, reports=0, indexed=0, missing_in_index=(), stale_in_index=(),
                       orphans_in_index=(), originals_checked=0, originals_bad=(), messages=(f"SQLite: {detail}",),
                       database_problems=(detail,), database_readable=False, index_ok=False, fixity=False,
                       problems=(problem,))
