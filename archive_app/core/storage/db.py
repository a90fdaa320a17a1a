"""Open the archive's database: local SQLite (WAL, foreign keys, busy timeout, migrated at start) or
an office archive on PostgreSQL (migrated only by ``admin init``; DESIGN.md §10).

SQLAlchemy is imported by the functions that make engines, not by this module: a search from the
command line reads a current local archive through ``connect_sqlite`` alone (start-up, issue 17).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KnownError, damaged_database
from ..vietnamese import collation_bytes
from .damage import decode_text

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0004_office"


class OfficeUnavailable(KnownError):
    """The office archive's server cannot be reached, refuses the login, or is not set up yet."""


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    dbapi_connection.text_factory = decode_text      # a flipped byte is listed as damage, not a crash
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
    # ORDER BY vi_key(title): Vietnamese order in SQL, one key per row (a collation would compare pairs)
    dbapi_connection.create_function("vi_key", 1, collation_bytes, deterministic=True)


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record) -> None:
    dbapi_connection.text_factory = decode_text
    dbapi_connection.execute("PRAGMA temp_store=MEMORY")      # browse's temporary tables


def read_only_url(db_path: Path) -> str:
    """URI that opens ``db_path`` without writing a byte beside it (a DVD, a locked share). Changes
    still in the write-ahead log are read when its index (-shm) is there; without either file
    the database is complete by itself and opens as immutable (SQLite needs no -shm then)."""
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    has_log = wal.exists() and wal.stat().st_size > 0
    mode = "mode=ro" if has_log and shm.exists() else "mode=ro&immutable=1"
    return f"file:{db_path.absolute().as_posix()}?{mode}"


def connect_sqlite(db_path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection set up as the engine's are (``_on_connect``): the reads of a search
    without SQLAlchemy. ``read_only``: as ``open_read_only`` opens the database."""
    if read_only:
        conn = sqlite3.connect(read_only_url(db_path), uri=True, check_same_thread=False)
        _on_connect_read_only(conn, None)
    else:
        conn = sqlite3.connect(db_path, check_same_thread=False)
        _on_connect(conn, None)
    return conn


def open_read_only(db_path: Path) -> Engine:
    """Engine that only reads ``db_path`` (schema as it is: a read-only archive cannot be upgraded)."""
    from sqlalchemy import create_engine, event

    url = read_only_url(db_path)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(url, uri=True, check_same_thread=False))
    event.listen(engine, "connect", _on_connect_read_only)
    return engine


def is_database_url(target) -> bool:
    return isinstance(target, str) and "://" in target


def office_url(url: str):
    """A PostgreSQL URL as SQLAlchemy takes it (``postgresql://`` means psycopg 3 here)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise OfficeUnavailable(f"Địa chỉ kho của cơ quan phải bắt đầu bằng postgresql://, không phải {url.split(':')[0]}://",
                                f"An office archive's address starts with postgresql://, not {url.split(':')[0]}://")
    return parsed.set(drivername="postgresql+psycopg")


def open_engine(target: Path | str, check_schema: bool = True) -> Engine:
    """Engine on a local SQLite file (upgraded to the newest schema first) or on a PostgreSQL URL.

    An office archive is never migrated here: its schema belongs to ``admin init``; an archive not
    set up, or set up by an older version, is a clear error.
    """
    if is_database_url(target):
        return _open_office(str(target), check_schema)
    from sqlalchemy import create_engine, event

    db_path = Path(target)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    try:
        if current_revision(db_path) != HEAD_REVISION:
            upgrade(engine)
    except Exception as exc:
        known = damaged_database(exc)        # not a database, or a malformed one: say so clearly
        engine.dispose()
        if known is None:
            raise
        raise known from None
    return engine


def _open_office(url: str, check_schema: bool) -> Engine:
    from sqlalchemy import create_engine

    # pool_pre_ping: a connection the server dropped (a restart) is replaced, not handed out.
    engine = create_engine(office_url(url), pool_pre_ping=True, pool_size=4, max_overflow=4,
                           connect_args={"connect_timeout": 10, "application_name": "archive-app"})
    if not check_schema:
        return engine
    try:
        revision = office_revision(engine)
    except Exception as exc:
        engine.dispose()
        raise unreachable(exc) from None
    if revision != HEAD_REVISION:
        engine.dispose()
        raise OfficeUnavailable(
            "Kho lưu trữ của cơ quan chưa được khởi tạo hoặc cần nâng cấp; người quản trị hãy chạy: "
            "archive-app --db URL admin init",
            "The office archive is not set up or needs an upgrade; an administrator runs: "
            "archive-app --db URL admin init")
    return engine


def unreachable(exc: BaseException) -> OfficeUnavailable:
    """The known error for a server that cannot be reached or refuses the login (the driver's words kept)."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    return OfficeUnavailable(f"Không kết nối được kho lưu trữ của cơ quan ({detail})",
                             f"Cannot connect to the office archive ({detail})")


def office_revision(engine: Engine) -> str | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(db_path: Path, read_only: bool = False) -> str | None:
    """The Alembic revision stamped in the database, read without importing Alembic (fast start)."""
    if not db_path.exists():
        return None
    con = sqlite3.connect(read_only_url(db_path), uri=True) if read_only else sqlite3.connect(db_path)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def _config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision`` (an older local archive is upgraded by itself at start)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)
