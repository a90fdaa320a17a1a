"""A desk's connection to an office archive: the engine, what the login may do, where its cache lives."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from ..paths import ArchivePaths
from ..storage.db import OfficeUnavailable, open_engine, unreachable
from .originals import DatabaseOriginals


@dataclass
class Office:
    url: str                  # as given (may hold a password: never shown or logged, see ``label``)
    engine: Engine
    archive_id: str
    user: str                 # the database login
    can_write: bool           # import, tag, edit, trash (archive_archivist)
    is_admin: bool            # purge, migrate, grant (archive_admin)
    paths: ArchivePaths       # this desk's cache of the archive: data folder/office/<archive id>
    originals: DatabaseOriginals

    @property
    def label(self) -> str:
        """Which archive this is, for titles and messages: user@host:port/database, never the password."""
        return safe_url(self.url)


def safe_url(url: str) -> str:
    u = make_url(url)
    host = f"{u.host or 'localhost'}" + (f":{u.port}" if u.port else "")
    return f"{u.username + '@' if u.username else ''}{host}/{u.database or ''}"


def connect(url: str, data_dir: Path) -> Office:
    """Open the office archive at ``url`` for a desk whose data folder is ``data_dir``."""
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            archive_id = conn.scalar(text("SELECT value FROM meta WHERE key = 'archive_id'"))
            user, can_write, is_admin = conn.execute(text(
                "SELECT current_user, has_table_privilege('report', 'INSERT'), "
                "has_table_privilege('report', 'DELETE')")).one()
    except Exception as exc:
        engine.dispose()
        if "permission denied" in str(getattr(exc, "orig", exc)):
            raise OfficeUnavailable(
                "Tài khoản này chưa được cấp quyền vào kho lưu trữ; người quản trị hãy chạy: "
                "archive-app --db URL admin grant TÀI_KHOẢN reader",
                "This login has no role in the office archive; an administrator runs: "
                "archive-app --db URL admin grant LOGIN reader") from None
        raise unreachable(exc) from None
    paths = ArchivePaths(Path(data_dir) / "office" / archive_id)
    paths.root.mkdir(parents=True, exist_ok=True)
    return Office(url, engine, archive_id, user, bool(can_write), bool(is_admin), paths, DatabaseOriginals(engine))
