"""Backup and restore: a consistent online snapshot plus originals, verified before anything is written.

Acceptance: backup → restore into a new folder → identical ``show --json`` for every report and identical
search results; a damaged member, a foreign zip and a non-empty target are refused with nothing
written; a backup taken while another process holds an open write transaction is consistent.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
import zipfile

import pytest
from shared_paths import ROOT, report_row

from archive_app.cli_output import report_json, search_json
from archive_app.core import backup as bk
from archive_app.core.errors import KnownError
from archive_app.core.models import Filters
from archive_app.core.services import Archive
from archive_app.core.storage.schema import ReportRow

QUERIES = ["dân vận", "dan van", "DÂN VẬN", '"giao ban"', "43-CT/TU", "thủy lợi", "thuy loi", "hoà", "Nguyễn",
           "nguyen van an", "chi bo", "họp", "xyz không có", "14/10/2021", "đê điều"]
FILTERS = [Filters(tag="dân vận"), Filters(person="nguyen van an"), Filters(kind="giao ban")]


def build(data, tmp_path):
    """~30 reports: text files (with originals), JSON Lines with persons and tags, one in the trash."""
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(12):
        (folder / f"bien-ban-{i:02}.txt").write_text(
            f"BIÊN BẢN HỌP CHI BỘ SỐ {i}\n\nNgày 14/10/2021, chi bộ họp bàn công tác dân vận theo Chỉ thị "
            f"43-CT/TU.\n\nĐồng chí Nguyễn Văn An – Bí thư chi bộ – chủ trì. Nội dung thứ {i}: thủy lợi, đê điều.",
            encoding="utf-8")
    rows = [report_row(f"Giao ban công tác dân vận lần {i}", f"Hội nghị giao ban lần {i} bàn về hoà giải ở cơ sở "
                       f"và {'thuỷ lợi' if i % 2 else 'dân vận khéo'}.", date=f"2021-{1 + i % 12:02}-{1 + i:02}",
                       persons=[{"name": "Nguyễn Văn An", "role": "Bí thư", "chair": True},
                                {"name": "Trần Thị Hoà", "role": "Trưởng ban Dân vận", "chair": False}],
                       tags=["dân vận"] if i % 3 else ["thủy lợi", "Quý IV"], kind="giao ban" if i % 2 else None)
            for i in range(18)]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
    with Archive(data) as a:
        result = a.import_paths([folder, tmp_path / "rows.jsonl"], tags=("nhập thử",))
        assert len(result.imported) == 30 and not result.failed
        a.trash.move([result.imported[3].id])
        tag_id = next(t.id for t in a.tags() if t.name == "dân vận")
        a.tagging.set_colour(tag_id, "#aa3300")


def same_hits(got: dict, expected: dict) -> None:
    """Same totals and the same hits (snippets, persons, tags) for every query, in any order: a live
    index still counts a trashed report's statistics until its segments merge, which can reorder hits
    of close score (exact identity is checked against the source with its index rebuilt)."""
    assert got.keys() == expected.keys()
    for q, b in expected.items():
        a = got[q]
        assert a["total"] == b["total"], q
        strip = lambda hits: sorted(({**h, "score": 0} for h in hits), key=lambda h: h["id"])
        assert strip(a["hits"]) == strip(b["hits"]), q


def snapshot(data, reindex: bool = False) -> dict:
    """What a user sees of an archive: every report's show --json, searches, persons and tags."""
    with Archive(data) as a:
        if reindex:
            a.rebuild_index()
        with a.Session() as s:
            ids = sorted(s.scalars(ReportRow.__table__.select().with_only_columns(ReportRow.id)))
        return {"show": {i: report_json(a.report(i)) for i in ids},
                "search": {q: search_json(a.search(q, limit=100)) for q in QUERIES},
                "filtered": [search_json(a.search("", f, limit=100)) for f in FILTERS],
                "persons": [(p.name, p.reports, p.roles) for p in a.persons()],
                "tags": [(t.name, t.reports, t.colour) for t in a.tags()]}


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    base = tmp_path_factory.mktemp("backup")
    data = base / "data"
    build(data, base)
    with Archive(data) as a:
        result = bk.backup(a, base / "backup.zip")
    return data, base / "backup.zip", result


def test_backup_restore_gives_back_the_same_archive(source, tmp_path):
    data, zip_path, result = source
    assert result.complete and result.path == zip_path and zip_path.stat().st_size == result.size
    assert result.counts == {"reports": 29, "reports_in_trash": 1, "originals": 30, "persons": 2, "tags": 4}
    with zipfile.ZipFile(zip_path) as z:
        manifest = json.loads(z.read("manifest.json"))
        names = set(z.namelist())
    assert manifest["format"] == "archive-app-backup" and manifest["format_version"] == 1
    assert manifest["app_version"] and manifest["schema_revision"] in bk.known_revisions()
    assert {m["name"] for m in manifest["members"]} | {"manifest.json"} == names
    assert len(manifest["members"]) == 31 and all(len(m["sha256"]) == 64 for m in manifest["members"])
    assert not any(n.startswith("index") for n in names)            # the index is a cache

    restored = bk.restore(zip_path, tmp_path / "new")
    assert restored.indexed == 29 and restored.counts == result.counts
    before, after = snapshot(data), snapshot(tmp_path / "new")
    assert after["show"] == before["show"] and len(after["show"]) == 30
    same_hits(after["search"], before["search"])
    shutil.copytree(data, tmp_path / "fresh")
    assert after["search"] == snapshot(tmp_path / "fresh", reindex=True)["search"]     # order, scores too
    assert sum(r["total"] for r in after["search"].values()) > 100       # the queries do find things
    assert after["filtered"] == before["filtered"] and after["persons"] == before["persons"]
    assert after["tags"] == before["tags"]
    with Archive(tmp_path / "new") as a:
        check = a.check()
        assert check.ok and check.originals_checked == 30
        rid = next(i for i, r in after["show"].items() if r["source"]["format"] == "txt")
        assert a.original(rid) == (data / "originals").joinpath(
            after["show"][rid]["source"]["sha256"][:2], after["show"][rid]["source"]["sha256"]).read_bytes()


def test_restore_into_an_empty_existing_folder(source, tmp_path):
    _, zip_path, _ = source
    (tmp_path / "empty").mkdir()
    assert bk.restore(zip_path, tmp_path / "empty").indexed == 29


def _assert_refused(zip_path, target, *words):
    with pytest.raises(KnownError) as caught:
        bk.restore(zip_path, target)
    err = caught.value
    assert err.vi != err.en and all(w in err.en for w in words), err.en
    return err


def _rewrite(src, dst, change):
    """Copy a zip, passing each member's bytes through ``change(name, data)``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info)))


def test_a_damaged_original_member_is_refused_before_anything_is_written(source, tmp_path):
    _, zip_path, _ = source
    bad = tmp_path / "bad.zip"
    victim = next(n for n in zipfile.ZipFile(zip_path).namelist() if n.startswith("originals/"))
    _rewrite(zip_path, bad, lambda name, data: data[:-1] + b"!" if name == victim else data)
    err = _assert_refused(bad, tmp_path / "new", "damaged", "nothing was restored")
    assert victim in err.en and "SHA-256" in err.en
    assert not (tmp_path / "new").exists()


def test_a_damaged_database_member_and_flipped_bytes_are_refused(source, tmp_path):
    _, zip_path, _ = source
    bad = tmp_path / "bad-db.zip"
    scramble = lambda data: data[:5000] + bytes(b ^ 0x5A for b in data[5000:9000]) + data[9000:]
    _rewrite(zip_path, bad, lambda name, data: scramble(data) if name == "archive.sqlite3" else data)
    _assert_refused(bad, tmp_path / "a", "damaged", "archive.sqlite3", "SHA-256")

    def consistent(name, data):              # damaged, with a manifest that agrees: SQLite must notice
        if name == "archive.sqlite3":
            return scramble(data)
        if name == "manifest.json":
            manifest = json.loads(data)
            db = scramble(zipfile.ZipFile(zip_path).read("archive.sqlite3"))
            manifest["members"][0]["sha256"] = hashlib.sha256(db).hexdigest()
            return json.dumps(manifest).encode()
        return data

    _rewrite(zip_path, tmp_path / "bad-db2.zip", consistent)
    err = _assert_refused(tmp_path / "bad-db2.zip", tmp_path / "d", "damaged", "archive.sqlite3")
    assert "SHA-256" not in err.en
    raw = bytearray(zip_path.read_bytes())                 # bits flipped inside the compressed data
    for i in range(2000, 2040):
        raw[i] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(raw))
    _assert_refused(flipped, tmp_path / "b", "damaged")
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(zip_path.read_bytes()[: zip_path.stat().st_size // 2])
    _assert_refused(truncated, tmp_path / "c", "damaged")
    for target in ("a", "b", "c", "d"):
        assert not (tmp_path / target).exists()


def test_foreign_zips_and_files_are_refused(source, tmp_path):
    data, _, _ = source
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("notes.txt", "hello")
    _assert_refused(plain, tmp_path / "new", "not an archive backup")
    random_bytes = tmp_path / "random.zip"
    random_bytes.write_bytes(os.urandom(3000))
    _assert_refused(random_bytes, tmp_path / "new", "not an archive backup")
    _assert_refused(tmp_path / "absent.zip", tmp_path / "new", "No such file")
    from archive_app.core.exporting import export_archive

    with Archive(data) as a:
        export_archive(a, tmp_path / "export.zip")
    _assert_refused(tmp_path / "export.zip", tmp_path / "new", "is an export", "archive-app import")
    evil = tmp_path / "evil.zip"                           # a path that would escape the target
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../outside.txt", "x")
        z.writestr("manifest.json", json.dumps({
            "format": "archive-app-backup", "format_version": 1, "schema_revision": max(bk.known_revisions()),
            "members": [{"name": "../outside.txt", "size": 1, "sha256": "0" * 64}]}))
    _assert_refused(evil, tmp_path / "new", "damaged")
    assert not (tmp_path / "outside.txt").exists() and not (tmp_path / "new").exists()


def test_a_backup_from_a_newer_version_is_refused(source, tmp_path):
    _, zip_path, _ = source
    newer = tmp_path / "newer.zip"

    def bump(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["format_version"] = 99
        return json.dumps(manifest).encode()

    _rewrite(zip_path, newer, bump)
    _assert_refused(newer, tmp_path / "new", "newer version")


def test_a_non_empty_target_is_refused_and_left_alone(source, tmp_path):
    _, zip_path, _ = source
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    _assert_refused(zip_path, target, "not empty")
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    data, _, _ = source
    _assert_refused(zip_path, data, "not empty")                # never over a live archive


def test_a_failed_backup_leaves_no_half_zip(source, tmp_path, monkeypatch):
    data, _, _ = source
    out = tmp_path / "b.zip"
    out.write_bytes(b"the previous backup")
    calls = []
    real_add = bk._add

    def failing_add(z, path, name, expect=None):
        calls.append(name)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        return real_add(z, path, name, expect)

    monkeypatch.setattr(bk, "_add", failing_add)
    with Archive(data) as a, pytest.raises(KnownError) as caught:
        bk.backup(a, out)
    assert "No space left on device" in caught.value.en
    assert out.read_bytes() == b"the previous backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip"]
    assert not list(data.glob(".backup-*"))


def test_missing_and_damaged_originals_are_left_out_and_reported(tmp_path):
    data = tmp_path / "data"
    build(data, tmp_path)
    with Archive(data) as a:
        with a.Session() as s:
            shas = sorted(s.scalars(ReportRow.__table__.select().with_only_columns(ReportRow.original_sha256)))
        a.originals.path_for(shas[0]).unlink()
        a.originals.path_for(shas[1]).write_bytes(b"changed")
        result = bk.backup(a, tmp_path / "b.zip")
    assert not result.complete
    assert result.originals_missing == (shas[0],) and result.originals_damaged == (shas[1],)
    assert result.members == 29
    bk.restore(tmp_path / "b.zip", tmp_path / "new")
    with Archive(tmp_path / "new") as a:
        report = a.check()
    assert set(report.originals_missing) == {shas[0], shas[1]} and report.database_ok and report.index_ok


HOLDER = textwrap.dedent("""
    import sqlite3, sys
    from pathlib import Path
    from archive_app.core.locking import writer_lock
    data = Path(sys.argv[1])
    with writer_lock(data / "writer.lock"):
        con = sqlite3.connect(data / "archive.sqlite3", isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE report SET organisation = 'CHƯA LƯU' WHERE id = 1")  # not title: check hashes it
        con.execute("INSERT INTO tag (name, name_key, name_fold) VALUES ('dang ghi', 'dang ghi', 'dang ghi')")
        print("holding", flush=True)
        sys.stdin.readline()
        con.execute("COMMIT")
        print("committed", flush=True)
        sys.stdin.readline()
""")


def test_backup_while_another_process_holds_an_open_write_transaction(tmp_path):
    data = tmp_path / "data"
    build(data, tmp_path)
    before = snapshot(data)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert holder.stdout.readline().strip() == "holding"
        with Archive(data) as a:
            started = time.monotonic()
            bk.backup(a, tmp_path / "during.zip")
            assert time.monotonic() - started < 8            # no waiting for the writer (busy timeout is 10 s)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "committed"
        with Archive(data) as a:
            bk.backup(a, tmp_path / "after.zip")
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    bk.restore(tmp_path / "during.zip", tmp_path / "r1")
    during = snapshot(tmp_path / "r1")                      # the uncommitted change is not in it
    assert during["show"] == before["show"] and during["tags"] == before["tags"]
    same_hits(during["search"], before["search"])
    bk.restore(tmp_path / "after.zip", tmp_path / "r2")
    with Archive(tmp_path / "r2") as a:
        assert a.report(1).organisation == "CHƯA LƯU" and "dang ghi" in [t.name for t in a.tags()]
        assert a.check().ok


def cli(*args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("ARCHIVE_APP_DATA", None)
    proc = subprocess.run([sys.executable, "-m", "archive_app", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_cli_backup_and_restore(source, tmp_path):
    data, _, _ = source
    out = tmp_path / "cli.zip"
    proc = cli("--data-dir", str(data), "backup", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    made = json.loads(proc.stdout)
    assert set(made) == {"path", "size", "members", "complete", "format_version", "app_version", "created_at",
                         "counts", "originals_missing", "originals_damaged", "damaged_reports"}
    assert made["complete"] and made["counts"]["reports"] == 29 and made["path"] == str(out)
    proc = cli("restore", str(out), "--data-dir", str(tmp_path / "new"))
    assert proc.returncode == 0 and "Đã khôi phục" in proc.stdout and "29" in proc.stdout
    show = cli("--data-dir", str(tmp_path / "new"), "show", "2", "--json")
    assert json.loads(show.stdout) == snapshot(data)["show"][2]
    again = cli("--lang", "en", "restore", str(out), "--data-dir", str(tmp_path / "new"))
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.startswith("archive-app: The target folder") and again.stderr.count("\n") == 1
    human = cli("--data-dir", str(data), "backup", str(tmp_path / "h.zip"))
    assert human.returncode == 0 and "Đã sao lưu kho" in human.stdout and "29 báo cáo" in human.stdout
    shutil.rmtree(tmp_path / "new")
