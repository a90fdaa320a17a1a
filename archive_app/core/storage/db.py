"""Open the archive's SQLite database: WAL, foreign keys, busy timeout, migrations to the newest schema."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..errors import damaged_database
from ..vietnamese import collation_bytes
from .damage import decode_text

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0003_ocr"


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


def open_read_only(db_path: Path) -> Engine:
    """Engine that only reads ``db_path`` (schema as it is: a read-only archive cannot be upgraded)."""
    url = read_only_url(db_path)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(url, uri=True, check_same_thread=False))
    event.listen(engine, "connect", _on_connect_read_only)
    return engine


def open_engine(db_path: Path) -> Engine:
    """Engine on ``db_path``, upgraded to the newest schema first."""
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


def upgrade(engine: Engine) -> None:
    """Run Alembic migrations up to head (an older archive is upgraded by itself at start)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
