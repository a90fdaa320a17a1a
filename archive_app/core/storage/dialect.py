"""What differs between the two databases the archive runs on: SQLite (a desk) and PostgreSQL (an office).

Our hand-written SQL is written once with ``?`` placeholders and ``ON CONFLICT DO NOTHING`` (both
understand the latter); ``qmark`` turns the placeholders into the driver's own style.
"""
from __future__ import annotations

from sqlalchemy.engine import Dialect


def is_postgres(bind) -> bool:
    """True for an engine, connection or session on PostgreSQL."""
    dialect = bind if isinstance(bind, Dialect) else getattr(bind, "dialect", None) or bind.get_bind().dialect
    return dialect.name == "postgresql"


def qmark(sql: str, dialect: Dialect) -> str:
    """``sql`` written with ``?`` placeholders, in the paramstyle of ``dialect``'s driver."""
    if dialect.paramstyle in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    return sql


class DriverSql:
    """``?``-style SQL on a SQLAlchemy connection: the calls ImportWriter offers on its own connection,
    so that code written for one runs on the other (the change feed, originals in the database)."""

    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql: str, params=()):
        return self.conn.exec_driver_sql(qmark(sql, self.conn.dialect), tuple(params))

    def executemany(self, sql: str, rows) -> None:
        self.conn.exec_driver_sql(qmark(sql, self.conn.dialect), list(rows))


def month_of(column_sql: str, dialect: Dialect) -> str:
    """SQL for the "YYYY-MM" of a date column (SQLite keeps dates as ISO text)."""
    if dialect.name == "postgresql":
        return f"to_char({column_sql}, 'YYYY-MM')"
    return f"substr({column_sql}, 1, 7)"
