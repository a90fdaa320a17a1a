"""Archive check: SQLite integrity, index/database agreement, fixity of every original."""
from __future__ import annotations

from sqlalchemy import select, text

from .models import CheckReport
from .search import IndexUnusable
from .storage import reports
from .storage.schema import OriginalRow


def run_check(archive, fixity: bool = True) -> CheckReport:
    messages: list[str] = []
    with archive.Session() as s:
        integrity = s.execute(text("PRAGMA integrity_check")).scalar()
        database_ok = integrity == "ok"
        if not database_ok:
            messages.append(f"SQLite integrity_check: {integrity}")
        db_revs = reports.live_revisions(s)
        shas = list(s.scalars(select(OriginalRow.sha256)))
    try:
        index_revs = archive.index.revisions()
    except IndexUnusable as exc:
        index_revs = {}
        messages.append(f"index unusable: {exc}")
    missing = tuple(sorted(i for i in db_revs if i not in index_revs))
    stale = tuple(sorted(i for i, r in db_revs.items() if i in index_revs and index_revs[i] != r))
    orphans = tuple(sorted(i for i in index_revs if i not in db_revs))
    bad = tuple(sha for sha in shas if not archive.originals.verify(sha)) if fixity else ()
    ok = database_ok and not (missing or stale or orphans or bad) and not messages
    return CheckReport(ok=ok, database_ok=database_ok, reports=len(db_revs), indexed=len(index_revs),
                       missing_in_index=missing, stale_in_index=stale, orphans_in_index=orphans,
                       originals_checked=len(shas) if fixity else 0, originals_bad=bad,
                       messages=tuple(messages))
