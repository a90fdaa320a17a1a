"""The archive upgrades an older database by itself when it opens."""
import sqlite3

from archive_app.core.services import Archive
from archive_app.core.storage.db import HEAD_REVISION, current_revision


def test_new_archive_is_at_head(tmp_path):
    with Archive(tmp_path / "d") as a:
        assert current_revision(a.paths.database) == HEAD_REVISION
        mode = sqlite3.connect(a.paths.database).execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_database_without_schema_is_upgraded(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    sqlite3.connect(data / "archive.sqlite3").execute("CREATE TABLE unrelated (x)").connection.commit()
    with Archive(data) as a:
        assert current_revision(a.paths.database) == HEAD_REVISION
        assert a.search("x").total == 0


def test_foreign_keys_are_enforced(archive):
    with archive.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
