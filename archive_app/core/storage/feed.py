"""The change feed: the one way a search index learns what changed, on a desk and in an office.

Every commit that changes reports adds one ``change_log`` row per report under one new sequence
number, in the same transaction (so a change and its feed entry are both there or both absent).
A search index remembers the last sequence it applied and asks for "reports changed since"; a report
that is no longer live (trashed, purged) is removed from it. Callers only ``note`` what they
changed; the rows are written just before the commit (``record``):

* on PostgreSQL the number comes from the ``change_seq`` sequence, taken under a transaction-scoped
  advisory lock held until the commit, so numbers become visible in the order they were taken and a
  desk reading "since N" never skips a change still being committed; ``pg_notify`` tells listening
  desks at the commit;
* on SQLite (one writer at a time) the number is the last one plus one.
"""
from __future__ import annotations

import getpass

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from .dialect import DriverSql
from .schema import ChangeRow

CHANNEL = "archive_changes"     # LISTEN/NOTIFY channel of an office archive
_FEED_LOCK = 0x61726368         # advisory lock key ("arch") held from numbering to commit
_PENDING = "archive_feed"       # Session.info key: {report id: action} noted in the open transaction
_INSERT = ("INSERT INTO change_log (seq, report_id, action, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)")


def note(session: Session, report_ids, action: str = "change") -> None:
    """Record that the open transaction changed these reports (written at its commit)."""
    pending = session.info.setdefault(_PENDING, {})
    for rid in report_ids:
        pending[rid] = action


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending:
        conn = session.connection()
        record(DriverSql(conn), conn.dialect.name, pending)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def record(db, dialect: str, changes: dict[int, str]) -> int:
    """Write ``changes`` ({report id: action}) under a new sequence number; returns the number.

    ``db`` offers ``execute``/``executemany`` with ``?`` placeholders (ImportWriter, DriverSql)."""
    from .reports import now

    if dialect == "postgresql":
        db.execute("SELECT pg_advisory_xact_lock(?)", (_FEED_LOCK,))
        seq, who = db.execute("SELECT nextval('change_seq'), current_user").fetchone()
    else:
        seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM change_log").fetchone()[0]
        who = _os_user()
    stamp = now() if dialect == "postgresql" else now().isoformat(sep=" ")   # SQLite: the ORM's stored form
    db.executemany(_INSERT, [(seq, rid, action, stamp, who) for rid, action in changes.items()])
    if dialect == "postgresql":
        db.execute("SELECT pg_notify(?, ?)", (CHANNEL, str(seq)))
    return seq


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):          # no user name in the environment nor in the password database
        return "?"


def head(session: Session) -> int:
    """The newest sequence number committed (0: no change yet)."""
    return session.scalar(select(func.coalesce(func.max(ChangeRow.seq), 0))) or 0


def changed_since(session: Session, seq: int, upto: int) -> list[int]:
    """Reports changed after ``seq`` up to ``upto`` (inclusive), each once, in id order."""
    return list(session.scalars(select(ChangeRow.report_id).where(ChangeRow.seq > seq, ChangeRow.seq <= upto)
                                .distinct().order_by(ChangeRow.report_id)))


def history(session: Session, report_id: int) -> list[ChangeRow]:
    """Who changed a report and when, oldest first."""
    return list(session.scalars(select(ChangeRow).where(ChangeRow.report_id == report_id)
                                .order_by(ChangeRow.seq, ChangeRow.id)))
