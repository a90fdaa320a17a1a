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


def old_archive(tmp_path, revision: str, reports: list[tuple[int, str, str]]):
    """A data folder whose database stops at schema ``revision``, holding reports (id, body, text_sha256)."""
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
        command.upgrade(cfg, revision)
        for rid, body, sha in reports:
            c.execute(text("INSERT INTO report (id, title, body, text_sha256, imported_at, updated_at, revision) "
                           "VALUES (:id, 'Họp tổ dân phố', :body, :sha, '2020-01-01', '2020-01-01', 1)"),
                      {"id": rid, "body": body, "sha": sha})
    engine.dispose()
    return data


def test_archive_at_first_schema_is_upgraded_with_its_data(tmp_path):
    """An archive written by the first release (schema 0001) opens, keeps its reports and gains new tables."""
    data = old_archive(tmp_path, "0001_initial", [(7, "Bàn việc vệ sinh môi trường", "x")])
    assert current_revision(data / "archive.sqlite3") == "0001_initial"
    with Archive(data) as a:
        assert current_revision(a.paths.database) == HEAD_REVISION
        assert [h.summary.id for h in a.search("ve sinh moi truong").hits] == [7]


def test_a_copy_the_office_migration_trashed_cannot_be_restored_over_its_live_twin(tmp_path):
    """Migration 0004 moved newer live copies of one text to the trash to create the unique index on
    live text; restoring one (`archive-app trash --restore`) says which live report holds that text."""
    import json
    import subprocess
    import sys

    data = old_archive(tmp_path, "0003_ocr", [(3, "Bàn việc vệ sinh", "same"), (8, "Bàn việc vệ sinh", "same")])
    with Archive(data) as a:
        assert [r.id for r in a.trash.reports()] == [8]
    run = [sys.executable, "-m", "archive_app", "--data-dir", str(data), "trash"]
    r = subprocess.run([*run, "--restore", "8"], capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "Không khôi phục được báo cáo số 8: báo cáo số 3 “Họp tổ dân phố” đang có cùng" in r.stderr
    r = subprocess.run([*run, "--restore", "8", "--lang", "en"], capture_output=True, text=True)
    assert "Report 8 cannot be restored: report 3 “Họp tổ dân phố” has the same text" in r.stderr
    r = subprocess.run([*run, "--json"], capture_output=True, text=True)
    assert [t["id"] for t in json.loads(r.stdout)] == [8]
