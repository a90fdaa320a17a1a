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


def test_archive_at_first_schema_is_upgraded_with_its_data(tmp_path):
    """An archive written by the first release (schema 0001) opens, keeps its reports and gains new tables."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from archive_app.core.storage.db import MIGRATIONS

    data = tmp_path / "old"
    data.mkdir()
    engine = create_engine(f"sqlite:///{data / 'archive.sqlite3'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as c:
        cfg.attributes["connection"] = c
        command.upgrade(cfg, "0001_initial")
        c.execute(text("INSERT INTO report (id, title, body, text_sha256, imported_at, updated_at, revision) "
                       "VALUES (7, 'Họp tổ dân phố', 'Bàn việc vệ sinh môi trường', 'x', '2020-01-01', "
                       "'2020-01-01', 1)"))
    engine.dispose()
    assert current_revision(data / "archive.sqlite3") == "0001_initial"
    with Archive(data) as a:
        assert current_revision(a.paths.database) == HEAD_REVISION
        assert [h.summary.id for h in a.search("ve sinh moi truong").hits] == [7]
