"""``check``: SQLite integrity, index/database agreement and the sha256 of every original, each kind of
damage made on purpose and found, in the core, in the CLI report (human and --json) and its exit code."""
import contextlib
import io
import json
import sqlite3
from dataclasses import dataclass

import pytest
from shared_paths import report_row
from whoosh import index as whoosh_index

from archive_app.cli import main
from archive_app.core.errors import DatabaseDamaged
from archive_app.core.services import Archive
from archive_app.core.storage.schema import ReportRow

CHECK_KEYS = {"ok", "database_ok", "database_readable", "database_problems", "reports", "indexed",
              "pending_in_index", "index_ok", "missing_in_index", "stale_in_index", "orphans_in_index", "fixity",
              "originals_checked", "originals_bad", "originals_missing", "originals_damaged", "problems", "messages",
              "leftovers_removed", "damaged_reports", "read_only", "database", "office"}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def cli(data, *args) -> Run:
    """The command line, run in this process (an exception would fail the test: never a traceback)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(data), *args])
    return Run(code, out.getvalue(), err.getvalue())


def fill(data, tmp_path, n=6):
    """An archive with ``n`` reports, each from its own text file (so each has an original)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"bien-ban-{i}.txt").write_text(
            f"Biên bản họp chi bộ số {i}\n\nĐồng chí Nguyễn Văn An chủ trì. Bàn việc dân vận lần {i}.",
            encoding="utf-8")
    with Archive(data) as a:
        result = a.import_paths([folder])
        assert len(result.imported) == n
        with a.Session() as s:
            return {r.id: r.original_sha256 for r in s.query(ReportRow)}


@pytest.fixture
def filled(tmp_path):
    data = tmp_path / "data"
    return data, fill(data, tmp_path)


def test_a_sound_archive_passes_with_a_complete_report(filled):
    data, originals = filled
    proc = cli(data, "check", "--json")
    assert proc.returncode == 0
    out = json.loads(proc.stdout)
    assert set(out) == CHECK_KEYS
    assert out["ok"] and out["database_ok"] and out["index_ok"] and out["fixity"]
    assert (out["database"], out["office"]) == ("sqlite", None)
    assert out["reports"] == out["indexed"] == out["originals_checked"] == len(originals)
    assert out["problems"] == [] and out["originals_bad"] == []
    human = cli(data, "check")
    assert human.returncode == 0
    assert "integrity_check" in human.stdout and f"đã kiểm {len(originals)}" in human.stdout
    assert "Kết quả: TỐT" in human.stdout
    english = cli(data, "--lang", "en", "check")
    assert "Result: OK" in english.stdout and f"{len(originals)} checked" in english.stdout


def test_a_damaged_original_is_found_with_its_report_and_remedy(filled):
    data, originals = filled
    rid, sha = sorted(originals.items())[1]
    path = data / "originals" / sha[:2] / sha
    raw = bytearray(path.read_bytes())
    raw[5] ^= 0x01                                     # one bit flipped
    path.write_bytes(bytes(raw))
    with Archive(data) as a:
        report = a.check()
    assert not report.ok and report.database_ok and report.index_ok
    assert report.originals_damaged == (sha,) and report.originals_missing == () and report.originals_bad == (sha,)
    (problem,) = report.problems
    assert problem.code == "original_damaged" and problem.action == "restore"
    assert problem.items == (sha,) and problem.reports == (rid,)
    assert sha[:12] in problem.vi and sha[:12] in problem.en and str(rid) in problem.en

    proc = cli(data, "check")
    assert proc.returncode == 1
    assert "hỏng 1" in proc.stdout and f"originals/{sha[:2]}/{sha}" in proc.stdout
    assert "archive-app restore" in proc.stdout and "CÓ 1 VẤN ĐỀ" in proc.stdout
    out = json.loads(cli(data, "--lang", "en", "check", "--json").stdout)
    assert out["ok"] is False and out["originals_damaged"] == [sha]
    assert out["problems"][0]["code"] == "original_damaged" and out["problems"][0]["reports"] == [rid]
    assert "SHA-256" in out["problems"][0]["message"] and "restore" in out["problems"][0]["remedy"]


def test_a_missing_original_is_found(filled):
    data, originals = filled
    rid, sha = max(originals.items())
    (data / "originals" / sha[:2] / sha).unlink()
    with Archive(data) as a:
        report = a.check()
    assert not report.ok and report.originals_missing == (sha,) and report.originals_damaged == ()
    assert [p.code for p in report.problems] == ["original_missing"] and report.problems[0].reports == (rid,)
    proc = cli(data, "--lang", "en", "check")
    assert proc.returncode == 1
    assert "1 missing" in proc.stdout and "original file(s) missing" in proc.stdout and sha in proc.stdout


def test_index_problems_say_run_reindex(filled):
    data, originals = filled
    rid = min(originals)
    ix = whoosh_index.open_dir(str(data / "index"))
    w = ix.writer()
    w.delete_by_term("id", str(rid))
    w.commit()
    proc = cli(data, "check")
    assert proc.returncode == 1 and "archive-app reindex" in proc.stdout
    out = json.loads(cli(data, "check", "--json").stdout)
    assert out["missing_in_index"] == [rid] and out["index_ok"] is False
    assert [(p["code"], p["action"], p["items"]) for p in out["problems"]] == [("index_missing", "reindex", [rid])]
    assert cli(data, "reindex").returncode == 0
    assert cli(data, "check").returncode == 0


def _page_bounds(db, name):
    con = sqlite3.connect(db)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    con.close()
    return (root - 1) * size, root * size


def test_a_table_row_that_disagrees_with_its_index_is_found(tmp_path, write_jsonl):
    """Damage SQLite reports line by line (integrity_check), the archive still opening."""
    data = tmp_path / "data"
    with Archive(data) as a:
        a.import_paths([write_jsonl([report_row(f"Họp {i}", f"Nội dung {i}.") for i in range(3)])])
        with a.Session() as s:
            rid, digest = s.query(ReportRow.id, ReportRow.text_sha256).order_by(ReportRow.id).first()
    db = data / "archive.sqlite3"
    start, end = _page_bounds(db, "report")
    raw = bytearray(db.read_bytes())
    at = raw.find(digest.encode(), start, end)       # the row's copy, not the index entry
    assert at > 0
    raw[at] = ord("x")
    db.write_bytes(bytes(raw))
    with Archive(data) as a:
        report = a.check()
    assert not report.ok and not report.database_ok and report.database_readable
    assert any("ix_report_text_sha256" in line for line in report.database_problems)
    # the flipped byte is in the row's text_sha256: the text no longer matches it either
    assert [p.code for p in report.problems] == ["database_damaged", "text_damaged"]
    assert report.problems[1].reports == (rid,)
    out = json.loads(cli(data, "check", "--json").stdout)
    assert out["database_ok"] is False and out["problems"][0]["action"] == "restore"
    assert any(f"row {rid}" in line for line in out["database_problems"])


def test_a_scrambled_database_page_is_found_not_crashed_on(filled):
    data, _ = filled
    db = data / "archive.sqlite3"
    start, end = _page_bounds(db, "ix_report_text_sha256")
    raw = bytearray(db.read_bytes())
    for i in range(start + 8, end, 3):
        raw[i] ^= 0x55
    db.write_bytes(bytes(raw))
    with Archive(data) as a:
        report = a.check()
    assert not report.ok and not report.database_ok
    assert "malformed" in " ".join(report.database_problems)
    proc = cli(data, "check")
    assert proc.returncode == 1
    assert "Cơ sở dữ liệu SQLite" in proc.stdout and "archive-app restore" in proc.stdout


def test_a_file_that_is_not_a_database_is_a_clear_error_everywhere(filled):
    data, _ = filled
    db = data / "archive.sqlite3"
    raw = bytearray(db.read_bytes())
    raw[:100] = b"\x00" * 100
    db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged) as caught:
        Archive(data)
    assert "restore" in caught.value.en and "restore" in caught.value.vi and caught.value.vi != caught.value.en
    proc = cli(data, "check", "--json")
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert set(out) == CHECK_KEYS
    assert out["ok"] is False and out["database_readable"] is False
    assert out["problems"][0]["code"] == "database_damaged"
    human = cli(data, "--lang", "en", "check")
    assert human.returncode == 1 and "not checked, the database cannot be read" in human.stdout
    search = cli(data, "search", "dân vận")
    assert search.returncode == 1 and search.stderr.count("\n") == 1
    assert "bị hỏng" in search.stderr and "archive-app restore" in search.stderr


def test_queued_changes_are_pending_not_problems(tmp_path, write_jsonl):
    data = tmp_path / "data"
    with Archive(data) as a:
        a.import_paths([write_jsonl([report_row("Họp chi bộ", "Bàn việc dân vận.")], name="a.jsonl")])
        a.import_paths([write_jsonl([report_row("Họp tổ", "Bàn việc ở tổ.")], name="b.jsonl")], index=False)
        report = a.check()
    assert report.ok and report.pending_in_index == 1 and (report.reports, report.indexed) == (2, 1)


def test_a_writer_moving_on_during_the_check_is_no_problem(filled, tmp_path, write_jsonl):
    """Reports imported between the check's database and index reads are not index problems."""
    data, _ = filled
    with Archive(data) as a:
        real = a.index.revisions

        def revisions_after_another_import():
            with Archive(data) as other:
                other.import_paths([write_jsonl([report_row("Họp giữa chừng", "Nhập trong lúc kiểm tra.")])])
            a.index.close()                       # see the index as the other writer left it
            return real()

        a.index.revisions = revisions_after_another_import
        report = a.check()
    assert report.ok, report.problems
    assert report.indexed == report.reports + 1        # the database was read before the new report came
