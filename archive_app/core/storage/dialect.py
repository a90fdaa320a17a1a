"""What differs between the two databases the archive runs on: SQLite (a desk) and PostgreSQL (an office).

Our hand-written SQL is written once with ``?`` placeholders and ``ON CONFLICT DO NOTHING`` (both
understand the latter); ``qmark`` turns the placeholders into the driver's own style. ``DriverSql``
runs it on a SQLAlchemy connection, ``SqliteSql`` on a plain sqlite3 one (a search from the command
line, which never imports SQLAlchemy); ``as_sql`` takes either, or an ORM session.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect


def is_postgres(bind) -> bool:
    """True for an engine, connection or session on PostgreSQL."""
    from sqlalchemy.engine import Dialect

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

    @property
    def dialect_name(self) -> str:
        return self.conn.dialect.name

    def execute(self, sql: str, params=()):
        return self.conn.exec_driver_sql(qmark(sql, self.conn.dialect), tuple(params))

    def executemany(self, sql: str, rows) -> None:
        self.conn.exec_driver_sql(qmark(sql, self.conn.dialect), list(rows))


class SqliteSql:
    """The same calls on a plain sqlite3 connection (``db.connect_sqlite``), whose style is ``?`` already."""

    dialect_name = "sqlite"

    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql: str, params=()):
        return self.conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows) -> None:
        self.conn.executemany(sql, list(rows))


def as_sql(db) -> DriverSql | SqliteSql:
    """``?``-style SQL on ``db``: a DriverSql or SqliteSql as it is, an ORM session (in its
    transaction) or a SQLAlchemy connection wrapped."""
    if isinstance(db, (DriverSql, SqliteSql)):
        return db
    return DriverSql(db.connection() if hasattr(db, "get_bind") else db)


def placeholders(values) -> str:
    """``?, ?, …`` for an ``IN (…)`` of ``values`` (one per value, as SQLAlchemy's ``in_`` binds them)."""
    return ", ".join("?" * len(values))


def month_of(column_sql: str, dialect: Dialect) -> str:
    """SQL for the "YYYY-MM" of a date column (SQLite keeps dates as ISO text)."""
    if dialect.name == "postgresql":
        return f"to_char({column_sql}, 'YYYY-MM')"
    return f"substr({column_sql}, 1, 7)"
