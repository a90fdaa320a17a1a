"""The same Alembic migrations on SQLite and PostgreSQL; admin init and the roles the database enforces."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, inspect, text

from archive_app.core.storage.db import HEAD_REVISION, downgrade, office_url, upgrade


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_migrations_go_up_down_and_up_again_on_both_databases(dialect, tmp_path, request):
    if dialect == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    else:
        engine = create_engine(office_url(request.getfixturevalue("office_db")))
    upgrade(engine)
    assert {"report", "change_log", "original_blob", "report_sketch"} <= _tables(engine)
    with engine.connect() as c:
        assert c.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
        assert len(c.scalar(text("SELECT value FROM meta WHERE key = 'archive_id'"))) == 32
    downgrade(engine, "base")
    assert _tables(engine) <= {"alembic_version"}
    upgrade(engine, "0002_near_duplicates")
    with engine.begin() as c:       # a queued change of an older archive survives into the feed
        c.execute(text("INSERT INTO index_queue (report_id) VALUES (5)"))
    upgrade(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT seq, report_id, action FROM change_log")).all() == [(1, 5, "queued")]
    engine.dispose()


def cli(*args, env=None):
    import os

    return subprocess.run([sys.executable, "-m", "archive_app", *args], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})), timeout=300)


def test_admin_init_then_every_command_runs_on_the_office_archive(office_db, tmp_path, write_jsonl):
    r = cli("--db", office_db, "admin", "init")
    assert r.returncode == 0, r.stderr
    assert "archive_reader" in r.stdout
    assert cli("--db", office_db, "admin", "init").returncode == 0          # again: a no-op migration
    rows = [{"title": "Họp giao ban dân vận quý I", "body": "Đồng chí Nguyễn Văn An – Bí thư chủ trì.",
             "date": "2023-03-01", "tags": ["dân vận"]},
            {"title": "Hội nghị phòng chống thiên tai", "body": "Bàn việc ứng phó bão lũ.", "date": "2023-06-02"}]
    jsonl = write_jsonl(rows)
    desk = ["--data-dir", str(tmp_path / "desk")]
    r = cli(*desk, "--db", office_db, "import", str(jsonl), "--json")
    assert r.returncode == 0, r.stderr
    ids = [i["id"] for i in json.loads(r.stdout)["imported"]]
    assert len(ids) == 2
    # ARCHIVE_APP_DB instead of --db; a search finds it through the desk's own index
    r = cli(*desk, "search", "dan van", "--json", env={"ARCHIVE_APP_DB": office_db})
    assert r.returncode == 0, r.stderr
    assert [h["id"] for h in json.loads(r.stdout)["hits"]] == [ids[0]]
    assert cli(*desk, "--db", office_db, "tag", str(ids[1]), "--add", "thiên tai").returncode == 0
    r = cli(*desk, "--db", office_db, "search", "--tag", "thien tai", "--json")
    assert [h["id"] for h in json.loads(r.stdout)["hits"]] == [ids[1]]
    r = cli(*desk, "--db", office_db, "show", str(ids[0]), "--json")
    assert json.loads(r.stdout)["persons"][0]["name"] == "Nguyễn Văn An"
    r = cli(*desk, "--db", office_db, "persons", "--json")
    assert json.loads(r.stdout)[0]["name"] == "Nguyễn Văn An"
    r = cli(*desk, "--db", office_db, "check", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    label = office_db.split("//")[1].replace(":postgres-test-pw", "")         # postgres@127.0.0.1:port/db
    assert (json.loads(r.stdout)["database"], json.loads(r.stdout)["office"]) == ("postgresql", label)
    r = cli(*desk, "--db", office_db, "check")                  # the database named, never its password
    assert f"Cơ sở dữ liệu PostgreSQL {label}" in r.stdout and ": tốt" in r.stdout
    assert "SQLite" not in r.stdout and "postgres-test-pw" not in r.stdout
    # the local archive of the same desk folder is untouched: no --db, as before
    r = cli(*desk, "search", "dan van", "--json")
    assert json.loads(r.stdout)["total"] == 0


def test_a_reader_cannot_write_even_with_psql_and_the_cli_says_so(pg, office_db, tmp_path, write_jsonl):
    from archive_app.core.office import admin

    admin.init(office_db)
    database = office_db.rsplit("/", 1)[1]
    pg.create_login("lan_reader", "doc-pw")
    pg.create_login("minh_archivist", "ghi-pw")
    assert cli("--db", office_db, "admin", "grant", "lan_reader", "reader").returncode == 0
    assert cli("--db", office_db, "admin", "grant", "minh_archivist", "archivist").returncode == 0
    archivist = pg.url(database, "minh_archivist", "ghi-pw")
    reader = pg.url(database, "lan_reader", "doc-pw")
    jsonl = write_jsonl([{"title": "Họp chi bộ", "body": "Bàn việc kết nạp đảng viên mới."}])
    r = cli("--data-dir", str(tmp_path / "a"), "--db", archivist, "import", str(jsonl), "--json")
    assert r.returncode == 0 and len(json.loads(r.stdout)["imported"]) == 1, r.stderr

    # psql as the reader: reading works, every kind of write is refused by the server itself
    assert pg.psql(database, "lan_reader", "doc-pw", "SELECT count(*) FROM report").returncode == 0
    for statement in ("UPDATE report SET title = 'x'", "DELETE FROM report",
                      "INSERT INTO tag (name, name_key, name_fold) VALUES ('a', 'a', 'a')",
                      "DELETE FROM change_log", "CREATE TABLE mine (x int)"):
        done = pg.psql(database, "lan_reader", "doc-pw", statement)
        assert done.returncode != 0 and "permission denied" in done.stderr, statement
    # an archivist may not purge reports either (admin only)
    assert "permission denied" in pg.psql(database, "minh_archivist", "ghi-pw", "DELETE FROM report").stderr

    # the app: the reader searches; a write exits 2 with one clear line, no traceback
    desk = ["--data-dir", str(tmp_path / "b"), "--db", reader]
    r = cli(*desk, "search", "ket nap", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["total"] == 1, r.stderr
    for write in (["import", str(jsonl)], ["tag", "1", "--add", "x"]):
        r = cli(*desk, "--lang", "en", *write)
        assert r.returncode == 2, (write, r.stdout, r.stderr)
        assert "may only read" in r.stderr and "Traceback" not in r.stderr


def test_errors_of_the_connection_are_clear(pg, office_db, tmp_path):
    r = cli("--data-dir", str(tmp_path), "--db", office_db, "--lang", "en", "search", "x")
    assert r.returncode == 1 and "admin init" in r.stderr and "Traceback" not in r.stderr
    r = cli("--data-dir", str(tmp_path), "--db", pg.url("postgres", password="wrong"), "--lang", "en", "search", "x")
    assert r.returncode == 1 and "Cannot connect" in r.stderr and "wrong" not in r.stderr
    r = cli("--data-dir", str(tmp_path), "--lang", "en", "admin", "init")
    assert r.returncode == 2


def test_backup_of_an_office_archive_restores_on_a_desk_and_into_a_new_office_archive(pg, office_db, tmp_path,
                                                                                      write_jsonl):
    from archive_app.core.office import admin

    admin.init(office_db)
    f = tmp_path / "bien-ban.txt"
    f.write_bytes("BIÊN BẢN HỌP\nBàn việc vệ sinh môi trường khu phố.".encode("utf-8"))
    desk = ["--data-dir", str(tmp_path / "desk"), "--db", office_db]
    assert cli(*desk, "import", str(f), str(write_jsonl([{"title": "Họp tổ", "body": "Bàn việc dân vận."}]))
               ).returncode == 0
    zipped = tmp_path / "office.zip"
    r = cli(*desk, "backup", str(zipped))
    assert r.returncode == 0, r.stderr
    # the zip is a local backup: it restores onto a desk, originals byte for byte
    assert cli("--data-dir", str(tmp_path / "restored"), "restore", str(zipped)).returncode == 0
    r = cli("--data-dir", str(tmp_path / "restored"), "search", "ve sinh", "--json")
    hit = json.loads(r.stdout)["hits"][0]["id"]
    from archive_app.core.services import Archive

    with Archive(tmp_path / "restored") as local:
        assert local.original(hit) == f.read_bytes()
    # the whole-archive export of an office archive imports into a local one, originals included
    exported = tmp_path / "export.zip"
    assert cli(*desk, "export", "--archive", str(exported)).returncode == 0
    r = cli("--data-dir", str(tmp_path / "from-export"), "import", str(exported), "--json")
    assert r.returncode == 0 and len(json.loads(r.stdout)["imported"]) == 2, r.stderr
    # … and into a new office archive
    second = pg.create_database("archive_restored")
    admin.init(second)
    r = cli("--data-dir", str(tmp_path / "desk2"), "--db", second, "restore", str(zipped))
    assert r.returncode == 0, r.stderr
    with Archive(tmp_path / "desk2", db=second) as office:
        assert office.search("dan van").total == 1 and office.original(hit) == f.read_bytes()
        assert office.check().ok
        again = office.import_paths([write_jsonl([{"title": "Họp mới", "body": "Sau khi khôi phục."}], "n.jsonl")])
        assert len(again.imported) == 1          # ids and the feed go on after the restored ones


def test_an_archive_export_imports_into_an_office_archive_through_the_one_writer(office, desk, tmp_path):
    """Ids kept (PostgreSQL's serial then goes on after them), trash state, a scan's OCR fields and its
    searchable PDF (in the database's original store), duplicates by the one rule on a second import."""
    from scan_samples import mark_as_scan

    from archive_app.core.services import Archive

    (tmp_path / "a.txt").write_text("BIÊN BẢN\n\nHọp tổ hòa giải thôn Đông.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BIÊN BẢN\n\nHọp chi bộ bàn công tác dân vận.", encoding="utf-8")
    searchable = b"%PDF-1.4 searchable copy of a scan"
    with Archive(tmp_path / "local") as local:
        first, second = (i.id for i in local.import_paths([tmp_path / "a.txt", tmp_path / "b.txt"]).imported)
        pdf = mark_as_scan(local, first, searchable)
        local.trash.move([second])
        local.transfer.export_archive(tmp_path / "export.zip")
        expected = local.report(first)
    a = desk(office)
    result = a.import_paths([tmp_path / "export.zip"])
    assert sorted(i.id for i in result.imported) == [first, second] and not result.failed
    got = a.report(first)
    assert (got.ocr, got.ocr_pdf_sha256, got.original_sha256) == (expected.ocr, pdf, expected.original_sha256)
    assert a.originals.get(pdf) == searchable and a.report(second).deleted_at is not None
    assert [t.id for t in a.trash.reports()] == [second]
    again = a.import_paths([tmp_path / "export.zip"])
    assert not again.imported and len(again.duplicates) == 2
    (tmp_path / "c.txt").write_text("BIÊN BẢN\n\nHọp mới sau khi nhập.", encoding="utf-8")
    assert a.import_paths([tmp_path / "c.txt"]).imported[0].id > second      # the serial went on
    assert a.check().ok


def test_restore_into_an_office_archive_builds_no_index_of_its_passing_copy(pg, tmp_path, write_jsonl,
                                                                           monkeypatch):
    """The zip is unpacked into a temporary local archive only to read its rows: indexing that copy
    (minutes and 1.7 GB at 30,000 reports) would be thrown away with it."""
    from archive_app.core.office import admin
    from archive_app.core.office.transfer import restore_office
    from archive_app.core.services import Archive
    from archive_app.core.storage.db import open_engine

    with Archive(tmp_path / "local") as local:
        local.import_paths([write_jsonl([{"title": "Họp tổ dân phố", "body": "Bàn việc dân vận."}])])
        local.transfer.backup(tmp_path / "local.zip")
    url = pg.create_database("archive_no_passing_index")
    admin.init(url)

    def no_index(self, progress=None):
        raise AssertionError("the passing copy was indexed")
    monkeypatch.setattr(Archive, "rebuild_index", no_index)
    engine = open_engine(url)
    try:
        assert restore_office(tmp_path / "local.zip", engine)["reports"] == 1
    finally:
        engine.dispose()
    monkeypatch.undo()
    with Archive(tmp_path / "desk", db=url) as desk:            # the desk builds its own cache
        assert desk.search("dan van").total == 1


def test_admin_init_by_the_office_it_login_owning_the_database_with_createrole(pg, tmp_path, write_jsonl):
    """Not the server's superuser: what an office IT person is given (owner of the database, CREATEROLE)."""
    pg.sql("DROP ROLE IF EXISTS it_admin")
    pg.sql("CREATE ROLE it_admin LOGIN PASSWORD 'it-pw' CREATEROLE")
    pg.sql("CREATE DATABASE luutru_it OWNER it_admin")
    it = pg.url("luutru_it", "it_admin", "it-pw")
    r = cli("--db", it, "admin", "init")
    assert r.returncode == 0, r.stderr
    assert cli("--db", it, "admin", "init").returncode == 0          # again: nothing to migrate, roles kept
    pg.create_login("hoa_archivist", "ghi-pw")
    pg.create_login("tu_reader", "doc-pw")
    assert cli("--db", it, "admin", "grant", "hoa_archivist", "archivist").returncode == 0
    assert cli("--db", it, "admin", "grant", "tu_reader", "reader").returncode == 0
    archivist = ["--data-dir", str(tmp_path / "a"), "--db", pg.url("luutru_it", "hoa_archivist", "ghi-pw")]
    rows = write_jsonl([{"title": "Họp tổ", "body": "Bàn việc dân vận."}])
    assert cli(*archivist, "import", str(rows)).returncode == 0
    reader = ["--data-dir", str(tmp_path / "r"), "--db", pg.url("luutru_it", "tu_reader", "doc-pw")]
    r = cli(*reader, "search", "dan van", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["total"] == 1, r.stderr
    r = cli(*reader, "tag", "1", "--add", "x")
    assert r.returncode == 2 and "người đọc" in r.stderr


@pytest.mark.parametrize("login, attributes, owner, missing", [
    ("no_createrole", "", True, "CREATEROLE"),
    ("not_owner", "CREATEROLE", False, "quyền sở hữu cơ sở dữ liệu"),
])
def test_admin_init_by_a_login_lacking_a_right_names_it_changing_nothing(pg, login, attributes, owner, missing):
    pg.sql(f"DROP ROLE IF EXISTS {login}")
    pg.sql(f"CREATE ROLE {login} LOGIN PASSWORD 'pw' {attributes}")
    database = f"luutru_{login}"
    pg.sql(f"CREATE DATABASE {database}" + (f" OWNER {login}" if owner else ""))
    r = cli("--db", pg.url(database, login, "pw"), "admin", "init")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert missing in r.stderr and login in r.stderr and "'pw'" not in r.stderr
    import psycopg

    with psycopg.connect(pg.url(database)) as conn:          # not one table made
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
