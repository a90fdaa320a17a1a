"""Hostile files, failing disks and slips of the hand (issue 13): each way the archive broke, held.

Every test here failed before its fix. Full disks and read-only folders are real (a small tmpfs or a
read-only bind mount in a private mount namespace, ``unshare``): the errors come from the kernel,
not from a mocked function; where the machine cannot make them the test skips with the reason.
"""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from shared_paths import ROOT, report_row

from archive_app.core import backup as bk
from archive_app.core import editing, exporting
from archive_app.core.errors import KnownError
from archive_app.core.services import Archive
from archive_app.core.storage.originals import BadOriginalName, OriginalStore

ROWS = [report_row(f"Giao ban công tác dân vận lần {i}", f"Hội nghị giao ban lần {i} bàn về hoà giải ở cơ sở.",
                   persons=[{"name": "Nguyễn Văn An", "role": "Bí thư", "chair": True}], tags=["dân vận"])
        for i in range(6)]


def cli(*args, data=None, check=False, env=None, **kw):
    """Run the command line in a fresh process (as a user would)."""
    base = [sys.executable, "-m", "archive_app"] + (["--data-dir", str(data)] if data else []) + ["--lang", "en"]
    run = subprocess.run(base + [str(a) for a in args], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, **(env or {})}, timeout=300, **kw)
    if check:
        assert run.returncode == 0, run.stderr
    return run


def filled(tmp_path, name="data"):
    """A small archive: six JSON lines and one text file (with its original), one report in the trash."""
    data = tmp_path / name
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS),
                                         encoding="utf-8")
    (tmp_path / "bien-ban.txt").write_text("BIÊN BẢN HỌP\n\nChi bộ họp bàn công tác dân vận.", encoding="utf-8")
    with Archive(data) as a:
        result = a.import_paths([tmp_path / "rows.jsonl", tmp_path / "bien-ban.txt"])
        assert len(result.imported) == 7
        editing.move_to_trash(a, [result.imported[0].id])
    return data


def rewrite_backup(src, dst, sql: str, params=()):
    """A copy of the backup ``src`` whose database ran ``sql``, with a manifest that agrees (a hostile
    backup is consistent with itself; only its content is a lie)."""
    work = dst.with_suffix(".sqlite3")
    with zipfile.ZipFile(src) as zin:
        work.write_bytes(zin.read("archive.sqlite3"))
        con = sqlite3.connect(work)
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(sql, params)
        con.commit()
        con.close()
        db = work.read_bytes()
        manifest = json.loads(zin.read("manifest.json"))
        for m in manifest["members"]:
            if m["name"] == "archive.sqlite3":
                m.update(size=len(db), sha256=hashlib.sha256(db).hexdigest())
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = {"archive.sqlite3": db, "manifest.json": json.dumps(manifest).encode()}.get(
                    info.filename) or zin.read(info)
                zout.writestr(info.filename, data)
    work.unlink()
    return dst


# --- 1. restore trusts the backup's database --------------------------------------------------------
def test_a_backup_whose_rows_name_outside_files_is_refused(tmp_path):
    data = filled(tmp_path)
    private = tmp_path / "home" / "private.txt"
    private.parent.mkdir()
    private.write_text("my private notes")
    with Archive(data) as a:
        good = bk.backup(a, tmp_path / "good.zip").path
    evil = os.path.relpath(private, tmp_path / "new" / "originals" / "xx")
    bad_rows = {
        "path": ("UPDATE report SET original_sha256 = ? WHERE original_sha256 IS NOT NULL", (evil,)),
        "original row": ("UPDATE original SET sha256 = ? WHERE rowid = (SELECT min(rowid) FROM original)", (evil,)),
        "text hash": ("UPDATE report SET text_sha256 = 'x' WHERE id = 2", ()),
        "date": ("UPDATE report SET meeting_date = '99999-99-99' WHERE id = 3", ()),
        "size": ("UPDATE original SET size = -5", ()),
        "id": ("UPDATE report SET similar_to = 'abc' WHERE id = 4", ()),
        "stamp": ("UPDATE report SET imported_at = 'yesterday' WHERE id = 5", ()),
    }
    for n, (what, (sql, params)) in enumerate(bad_rows.items()):
        hostile = rewrite_backup(good, tmp_path / f"hostile-{n}.zip", sql, params)
        with pytest.raises(KnownError) as caught:
            bk.restore(hostile, tmp_path / "new")
        assert "damaged" in caught.value.en and "nothing was restored" in caught.value.en, what
        assert not (tmp_path / "new").exists(), what
    assert private.read_text() == "my private notes"
    assert bk.restore(good, tmp_path / "new").indexed == 6          # the honest backup still restores


def test_the_originals_store_refuses_any_name_that_is_not_a_sha256(tmp_path):
    store = OriginalStore(tmp_path / "originals")
    for name in ("../../etc/passwd", "ab", "A" * 64, "0" * 63 + "/", None, "0" * 65):
        with pytest.raises(BadOriginalName):
            store.path_for(name)
    assert store.path_for("0" * 64) == tmp_path / "originals" / "00" / ("0" * 64)


def test_an_archive_with_a_hostile_row_never_touches_the_outside_file(tmp_path):
    """The row got in by another way (an old restore, a hand edit): export, empty trash and check
    must refuse the name, not follow it."""
    data = filled(tmp_path)
    private = tmp_path / "private.txt"
    private.write_text("my private notes")
    evil = os.path.relpath(private, data / "originals" / "xx")
    con = sqlite3.connect(data / "archive.sqlite3")
    con.execute("PRAGMA foreign_keys=OFF")
    sha = con.execute("SELECT original_sha256 FROM report WHERE original_sha256 IS NOT NULL").fetchone()[0]
    con.execute("UPDATE original SET sha256 = ? WHERE sha256 = ?", (evil, sha))
    con.execute("UPDATE report SET original_sha256 = ?, deleted_at = '2024-01-01 00:00:00' "
                "WHERE original_sha256 = ?", (evil, sha))
    con.commit()
    con.close()
    with Archive(data) as a:
        report = a.check()
        assert not report.ok
        bad = [p for p in report.problems if p.code == "original_bad_name"]
        assert bad and evil in bad[0].items
        out = exporting.export_archive(a, tmp_path / "out.zip")
        assert out["originals_skipped"] == [evil]
        with zipfile.ZipFile(tmp_path / "out.zip") as z:
            assert not any("private" in n for n in z.namelist())
    run = cli("check", data=data)
    assert run.returncode == 1 and "not a SHA-256" in run.stdout
    assert f"originals/{evil[:2]}/{evil}" not in run.stdout          # never told to copy a file there
    with Archive(data) as a:
        assert editing.empty_trash(a) == 1
    assert private.read_text() == "my private notes"


# --- 2. one flipped byte ---------------------------------------------------------------------------
def flip_text_byte(db, needle: bytes, replacement: bytes) -> None:
    """Flip bytes of the database file where ``needle`` is stored (a text column) — bit rot."""
    raw = bytearray(db.read_bytes())
    at = raw.find(needle)
    assert at > 0, needle
    raw[at:at + len(replacement)] = replacement
    db.write_bytes(bytes(raw))


def test_a_flipped_byte_in_a_text_is_found_and_stepped_around(tmp_path):
    data = filled(tmp_path)
    with Archive(data) as a:
        victim = next(h.summary.id for h in a.search("lần 3").hits)
    # "lần 3" → an invalid UTF-8 byte inside the body; "lần 4" → a valid byte, different text
    flip_text_byte(data / "archive.sqlite3", "giao ban lần 3 bàn".encode(), b"giao ban l\xff")
    flip_text_byte(data / "archive.sqlite3", "giao ban lần 4 bàn".encode(), b"giao ban lXn 4")
    with Archive(data) as a:
        other = next(h.summary.id for h in a.search("lần 4").hits)
        report = a.check()
        bad = next(p for p in report.problems if p.code == "text_damaged")
        assert set(bad.reports) == {victim, other} and set(report.damaged_reports) == {victim, other}
        with pytest.raises(KnownError, match=f"Report {victim} is damaged"):
            a.report(victim)
        damaged: list[int] = []
        assert exporting.export_jsonl(a, tmp_path / "out.jsonl", damaged=damaged) == 5
        assert damaged == [victim]
        assert a.rebuild_index() == 5 and a.damaged_reports == [victim]
        assert a.search("hoà giải").total == 4          # searching after a rebuild works
        counts = exporting.export_archive(a, tmp_path / "rescue.zip")
        assert counts["reports_skipped"] == [victim] and counts["reports"] == 6
        backup = bk.backup(a, tmp_path / "b.zip")
    assert set(backup.damaged_reports) == {victim, other} and not backup.complete
    restored = bk.restore(tmp_path / "b.zip", tmp_path / "restored")
    assert restored.indexed == 5 and restored.damaged_reports == (victim,)
    for command in (["show", str(victim)], ["export", "--json", tmp_path / "o.jsonl"], ["reindex"],
                    ["search", "hoà giải"], ["check"]):
        run = cli(*command, data=data)
        assert "Traceback" not in run.stderr and run.returncode in (0, 1), (command, run.stderr)
    assert f"Report {victim} is damaged" in cli("show", victim, data=data).stderr
    assert f"no. {victim}" in cli("reindex", data=data).stderr
