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
from pathlib import Path

import pytest
from shared_paths import ROOT, report_row

from archive_app.core import backup as bk
from archive_app.core import exporting
from archive_app.core.errors import KnownError
from archive_app.core.services import Archive

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
        a.trash.move([result.imported[0].id])
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
    from archive_app.core.storage.originals import BadOriginalName, OriginalStore

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
        assert len(a.trash.empty().reports) == 1
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


# --- 3. two first imports on a new folder ------------------------------------------------------------
RACER = """
import sys, time
from pathlib import Path
from archive_app.core.services import Archive
data, start, rows = Path(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3])
time.sleep(max(0.0, start - time.time()))
with Archive(data) as a:
    r = a.import_paths([rows])
print(len(r.imported) + len(r.duplicates), len(r.failed))
"""


def test_first_imports_started_together_on_a_new_folder_all_succeed(tmp_path):
    import time

    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for trial in range(3):
        data, start = tmp_path / f"new-{trial}", time.time() + 4
        procs = [subprocess.Popen([sys.executable, "-c", RACER, str(data), str(start), str(rows)], cwd=ROOT,
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
        outs = [p.communicate(timeout=120) for p in procs]
        for p, (out, err) in zip(procs, outs):
            assert p.returncode == 0 and out.split() == [str(len(ROWS)), "0"], err[-2000:]
        with Archive(data) as a:
            assert a.search("giao ban").total == len(ROWS)


# --- 4. a read-only data folder -------------------------------------------------------------------------
def read_only_mount(folder):
    """A prefix that runs a command with ``folder`` read-only for it (a private read-only bind mount);
    None where the machine cannot make one (no user namespaces). As root a chmod would not do."""
    if os.geteuid() != 0:
        return "chmod"
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount --bind '{folder}' '{folder}' && "
                            f"mount -o remount,bind,ro '{folder}' '{folder}' && ! touch '{folder}/probe'"],
                           capture_output=True)
    return "unshare" if probe.returncode == 0 else None


def run_read_only(folder, *args):
    base = [sys.executable, "-m", "archive_app", "--data-dir", str(folder), "--lang", "en", *map(str, args)]
    script = (f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' '{folder}' && "
              + " ".join(f"'{a}'" for a in base))
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_a_read_only_data_folder_reads_and_says_so(tmp_path):
    data = filled(tmp_path)
    how = read_only_mount(data)
    if how is None:
        pytest.skip("cannot make a read-only folder here (no user namespaces for a read-only bind mount)")
    if how == "chmod":
        for p in [data, *data.rglob("*")]:
            p.chmod(p.stat().st_mode & ~0o222)
        run = lambda *args: cli(*args, data=data)
    else:
        run = lambda *args: run_read_only(data, *args)
    (tmp_path / "out").mkdir()
    for args in (["search", "dân vận"], ["show", "2"], ["persons"], ["tags"], ["check"],
                 ["export", "--json", tmp_path / "out" / "x.jsonl"], ["backup", tmp_path / "out" / "b.zip"]):
        proc = run(*args)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (args, proc.stderr)
        assert "read-only" in proc.stderr + proc.stdout, args
    assert "giao ban" in run("search", "giao ban").stdout.lower()
    tag = run("tag", "2", "--add", "x")
    assert tag.returncode == 1 and "read-only" in tag.stderr and "Traceback" not in tag.stderr
    with zipfile.ZipFile(tmp_path / "out" / "b.zip") as z:
        assert "archive.sqlite3" in z.namelist()


# --- 7. file names that are not UTF-8 ------------------------------------------------------------------
def test_a_file_name_that_is_not_utf8_imports_with_its_name_decoded(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    name = os.fsdecode(b"Bi\xaan b\xb6n h\xe4p chi b\xe9.txt")     # TCVN3 (ABC), as an old share has it
    try:
        (folder / name).write_text("BIÊN BẢN HỌP CHI BỘ\n\nChi bộ họp bàn công tác dân vận.", encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system takes only UTF-8 names")
    run = cli("import", folder, "--json", data=tmp_path / "data")
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    imported = json.loads(run.stdout)["imported"]
    assert len(imported) == 1 and "\\udc" not in json.dumps(imported)
    with Archive(tmp_path / "data") as a:
        source = a.report(imported[0]["id"]).source_name
    assert source == "Biên bản họp chi bộ.txt"


# --- 9. outputs inside the data folder --------------------------------------------------------------------
def test_no_output_is_written_inside_the_data_folder(tmp_path):
    data = filled(tmp_path)
    before = (data / "archive.sqlite3").read_bytes()
    for args in (["print", "2", "--pdf", data / "archive.sqlite3"], ["backup", data / "archive.sqlite3"],
                 ["export", "--json", data / "archive.sqlite3"], ["export", "--archive", data / "index"],
                 ["export", "--csv", data / "originals" / "x.csv"], ["backup", data]):
        run = cli(*args, data=data)
        assert run.returncode == 1 and "inside the archive's data folder" in run.stderr, (args, run.stderr)
    assert (data / "archive.sqlite3").read_bytes() == before
    assert cli("show", "2", data=data).returncode == 0


# --- 10. JSON Lines taken wrongly ------------------------------------------------------------------------
def test_json_lines_fields_of_the_wrong_type_fail_their_line_clearly(tmp_path):
    lines = [{"title": "A", "body": "x", "persons": "Nguyen"},
             {"title": "B", "body": "x", "persons": {"name": "X"}},
             {"title": "C", "body": "x", "persons": [{"name": "Lê Văn Tám", "role": 5}]},
             {"title": "D", "body": "x", "persons": [{"name": "Lê Văn Tám", "chair": "yes"}]},
             {"title": "E", "body": "x", "id": {"a": 1}},
             {"title": "F", "body": "x", "persons": [{"name": "Lê Văn Tám", "role": "Bí thư", "chair": True}]}]
    path = tmp_path / "typed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    run = cli("import", path, "--json", data=tmp_path / "data")
    out = json.loads(run.stdout)
    assert len(out["imported"]) == 1 and len(out["failed"]) == 5 and "Traceback" not in run.stderr
    assert all("Unexpected" not in f["error"] for f in out["failed"]), out["failed"]
    assert "'persons' must be a list" in out["failed"][0]["error"]
    with Archive(tmp_path / "data") as a:
        assert [p.name for p in a.persons()] == ["Lê Văn Tám"]
    for args in (["tag", "1", "--add", ""], ["tag", "1", "--add", "  "], ["import", path, "--tag", ""]):
        run = cli(*args, data=tmp_path / "data")
        assert run.returncode in (1, 2) and "empty" in run.stderr, (args, run.stderr)
    with Archive(tmp_path / "data") as a:
        assert a.tags() == []


# --- 11. the terminal -----------------------------------------------------------------------------------
def test_output_cut_short_by_head_ends_quietly(tmp_path):
    data = tmp_path / "data"
    rows = [report_row(f"Họp giao ban số {i}", "Nội dung họp giao ban. " * 20) for i in range(60)]
    (tmp_path / "many.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
    cli("import", tmp_path / "many.jsonl", data=data, check=True)
    for args in (["search", "giao ban", "--limit", "60"], ["show", "1"], ["persons"], ["search", "họp", "--json"]):
        command = [sys.executable, "-m", "archive_app", "--data-dir", str(data), *args]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        proc.stdout.read(10)
        proc.stdout.close()                     # as `| head -c 10` does
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
        assert "Traceback" not in err and "BrokenPipe" not in err, (args, err)


def test_control_characters_in_names_never_reach_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = "a\x1b]0;owned\x07\x1b[2Jb\nc.txt"
    (folder / hostile).write_text("BIÊN BẢN HỌP\n\nNội dung họp.", encoding="utf-8")
    (folder / "empty\x1b[31m.txt").write_text("", encoding="utf-8")
    run = cli("import", folder, "--progress", data=tmp_path / "data")
    assert "\x1b" not in run.stdout + run.stderr and "\x07" not in run.stdout + run.stderr
    assert "\\x1b]0;owned" in run.stderr and "\\x0a" in run.stderr


def test_library_warnings_stay_off_the_terminal(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    pdf = tmp_path / "odd.pdf"
    with open(pdf, "wb") as f:
        writer.write(f)
    raw = pdf.read_bytes()
    xref = raw.rfind(b"startxref")
    pdf.write_bytes(raw[:xref] + b"startxref\n999999\n%%EOF\n")       # a wrong xref offset: pypdf warns
    log = tmp_path / "app.log"
    run = cli("import", pdf, data=tmp_path / "data", env={"ARCHIVE_APP_LOG": str(log)})
    assert "startxref" not in run.stderr and "Object Streams" not in run.stderr, run.stderr
    assert "startxref" in log.read_text(encoding="utf-8")        # kept, in the log


WINDOW = """
import json, sys, time
from PySide6.QtWidgets import QApplication
from archive_app.ui.app import build_main_window
window = build_main_window(sys.argv[1])
window.resize(1100, 700)
window.show()
window.search_edit.setText("giao ban")
end = time.monotonic() + 20
while time.monotonic() < end and window.results.rowCount() == 0:
    QApplication.processEvents()
    time.sleep(0.05)
window.grab().save(sys.argv[2])
print(json.dumps({"read_only": window.read_only, "banner": window.read_only_banner.label.text(),
                  "import": window.actions["importAction"].isEnabled(), "rows": window.results.rowCount()}))
window.close()
"""


def test_the_window_opens_a_read_only_folder_read_only(tmp_path):
    pytest.importorskip("PySide6")
    data = filled(tmp_path)
    if read_only_mount(data) != "unshare":
        pytest.skip("needs a read-only bind mount (unshare) to make a folder read-only for root")
    png = tmp_path / "window.png"
    script = (f"mount --bind '{data}' '{data}' && mount -o remount,bind,ro '{data}' '{data}' && "
              f"'{sys.executable}' -c '{WINDOW}' '{data}' '{png}'")
    run = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT,
                         timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "ARCHIVE_APP_LANG": "en",
                                           "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr[-3000:]
    state = json.loads(run.stdout.strip().splitlines()[-1])
    assert state["read_only"] and not state["import"] and state["rows"] == 5
    assert "cannot be written" in state["banner"] or "không ghi được" in state["banner"]
    if os.environ.get("ARCHIVE_APP_KEEP_PNG"):
        shutil.copy(png, os.environ["ARCHIVE_APP_KEEP_PNG"])


# --- 8. leftovers after a kill ----------------------------------------------------------------------------
def _kill_when(command, appears, timeout=120):
    """Start ``command``, kill it (SIGKILL) as soon as ``appears()`` is true; True if it was caught."""
    import time

    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        if appears():
            proc.kill()
            proc.wait()
            return True
        time.sleep(0.002)
    proc.wait()
    return False


def test_what_a_killed_process_leaves_is_removed_at_the_next_start_and_reported(tmp_path):
    import tempfile

    data = tmp_path / "data"
    big = [report_row(f"Họp số {i}", ("Nội dung cuộc họp bàn công tác dân vận số %d. " % i) * 400)
           for i in range(400)]
    (tmp_path / "big.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in big),
                                        encoding="utf-8")
    cli("import", tmp_path / "big.jsonl", data=data, check=True)
    base = [sys.executable, "-m", "archive_app", "--data-dir", str(data)]
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    office = Path(tempfile.gettempdir()) / f"archive-app-office-{dead}-x1"     # a killed RTF import's copy
    office.mkdir()
    (office / "input.rtf").write_bytes(b"{\\rtf1 secret}")
    torn = next((data / "originals").glob("*/*")).with_name(f".{'0' * 64}.{dead}.tmp")   # a killed restore's
    torn.write_bytes(b"half")
    for command, leftover in ((["backup", tmp_path / "b.zip"], ".backup-"), (["reindex"], "index.new")):
        if not _kill_when(base + command, lambda: any(p.name.startswith(leftover) for p in data.iterdir())):
            pytest.skip(f"the machine was too fast to kill {command[0]} half-way")
        left = {p.name for p in data.iterdir() if p.name.startswith(leftover)}
        assert left, command
        run = cli("check", data=data)
        assert run.returncode == 0 and "Result: OK" in run.stdout, run.stdout
        assert "left by a program that was killed" in run.stdout and all(n in run.stdout for n in left)
        assert not any(p.name.startswith(leftover) for p in data.iterdir())
    assert not office.exists() and not torn.exists()
    assert json.loads(cli("check", "--json", data=data).stdout)["leftovers_removed"] == []
    cli("backup", tmp_path / "b.zip", data=data, check=True)             # the next backup there cleans its place
    assert not list(tmp_path.glob(".b.zip.*.tmp"))


# --- 5. a full disk ------------------------------------------------------------------------------------------
FULL_DISK = """
mount -t tmpfs -o size=6m tmpfs '{mnt}' || exit 99
cd '{root}'
P="'{python}' -m archive_app --lang en --data-dir '{mnt}/data'"
i=0
for step in "import {rows} --json" "import {rows}" "search giao --limit 3" "export --json {out}/all.jsonl" \
            "tag 1 --add xyz" "show 1" "check"; do
    i=$((i+1))
    name=$i-$(echo $step | cut -d' ' -f1)
    eval "$P $step" > "{out}/$name.out" 2> "{out}/$name.err"
    echo "$name $?" >> "{out}/codes"
done
"""


def test_a_full_disk_stops_the_import_once_and_reads_go_on(tmp_path):
    """A real full disk: a 6 MB tmpfs in a private mount namespace, ENOSPC and SQLITE_FULL from the kernel."""
    import random

    if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("no user namespaces here to mount a small file system")
    mnt, out = tmp_path / "mnt", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    random.seed(5)
    words = "dân vận giao ban hội nghị chi bộ đảng ủy phường công tác thủy lợi đê điều hòa giải cơ sở".split()
    rows = tmp_path / "many.jsonl"
    rows.write_text("".join(json.dumps(report_row(f"Họp giao ban số {i}", " ".join(
        random.choice(words) for _ in range(600))), ensure_ascii=False) + "\n" for i in range(2000)),
        encoding="utf-8")
    script = FULL_DISK.format(mnt=mnt, root=ROOT, python=sys.executable, rows=rows, out=out)
    run = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=900)
    if run.returncode == 99:
        pytest.skip("cannot mount a tmpfs here")
    codes = dict(line.split() for line in (out / "codes").read_text().splitlines())
    text = {p.name: p.read_text() for p in out.iterdir() if p.suffix in (".out", ".err")}
    for name, err in text.items():
        assert "Traceback" not in err, (name, err[-3000:])
    stored = len(json.loads(text["1-import.out"])["imported"])
    assert 50 < stored < 2000 and codes["1-import"] == "1"
    assert text["1-import.err"].count("The disk is full") == 1
    assert codes["2-import"] == "1" and "Stopped:" in text["2-import.out"]      # the summary, then one message
    assert text["2-import.err"].count("The disk is full") == 1
    stored += int(text["2-import.out"].split("Imported ")[1].split(",")[0])
    assert codes["3-search"] == "0" and "Họp giao ban" in text["3-search.out"]
    assert codes["4-export"] == "0" and len((out / "all.jsonl").read_text().splitlines()) == stored
    assert codes["6-show"] == "0" and codes["5-tag"] in ("0", "1")
    assert "Result:" in text["7-check.out"]


# --- 6. inputs under the size limit that would take minutes and gigabytes ---------------------------------
def test_texts_too_long_for_one_report_are_refused_quickly(tmp_path):
    import resource
    import time

    from archive_app.core.extract.limits import MAX_PDF_PAGES, MAX_TEXT_CHARS

    pypdf = pytest.importorskip("pypdf")
    folder = tmp_path / "big"
    folder.mkdir()
    line = "Hội nghị bàn công tác dân vận ở cơ sở, thủy lợi và đê điều. "
    (folder / "long.txt").write_text(line * (6 * MAX_TEXT_CHARS // len(line)), encoding="utf-8")   # 6 M chars
    (folder / "medium.txt").write_text(line * (MAX_TEXT_CHARS // len(line) + 10), encoding="utf-8")
    (folder / "one-line.txt").write_text(line.strip() * (MAX_TEXT_CHARS // (len(line) - 1) + 10), encoding="utf-8")
    writer = pypdf.PdfWriter()
    for _ in range(MAX_PDF_PAGES + 1):
        writer.add_blank_page(100, 100)
    with open(folder / "pages.pdf", "wb") as f:
        writer.write(f)
    (tmp_path / "long.jsonl").write_text(json.dumps(report_row("Dài", line * (MAX_TEXT_CHARS // len(line) + 10)),
                                                    ensure_ascii=False) + "\n", encoding="utf-8")
    started = time.monotonic()
    with Archive(tmp_path / "data") as a:
        result = a.import_paths([folder, tmp_path / "long.jsonl"])
    took = time.monotonic() - started
    assert len(result.failed) == 5 and not result.imported, [(i.path, i.status) for i in result.items]
    assert all("too long" in i.error_en or "pages" in i.error_en for i in result.failed), result.failed
    # refused before the work that grows with the text: seconds, not minutes (generous for a busy machine)
    assert took < 60, took
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2_000_000       # KiB: well under 2 GB


# --- issue 12.2: one duplicate rule for every way in ------------------------------------------------------
def test_an_archive_export_follows_the_same_duplicate_rule_as_any_import(tmp_path):
    """A report in the trash does not make a new import a duplicate (files, JSON lines and archive
    exports alike); bringing the same export back twice adds nothing, trash included."""
    data = filled(tmp_path)
    with Archive(data) as a:
        exporting.export_archive(a, tmp_path / "all.zip")
        trashed = sorted(a.trash.move([2]).reports)
        again = a.import_paths([tmp_path / "all.zip"])
        # report 2 is in the trash here but live in the export: imported anew, as a JSON line would be
        assert [i.status for i in again.items].count("imported") == 1 and trashed == [2]
        twice = a.import_paths([tmp_path / "all.zip"])
        assert not twice.imported and not twice.failed
        (tmp_path / "one.jsonl").write_text(json.dumps(ROWS[1], ensure_ascii=False) + "\n", encoding="utf-8")
        assert a.import_paths([tmp_path / "one.jsonl"]).duplicates        # live again (the new copy)
