"""Two desks on one office archive: the change feed, LISTEN/NOTIFY, deletes, races, stale edits, kill -9."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import func, select, text

from archive_app.core.errors import ChangedMeanwhile
from archive_app.core.office.listener import ChangeListener
from archive_app.core.storage import feed
from archive_app.core.storage.schema import OriginalBlobRow, ReportRow
from pg_server import wait_until


def _rows(n, start=0, word="dân vận"):
    return [{"title": f"Họp giao ban {word} số {i}", "body": f"Nội dung cuộc họp {word} lần thứ {i}, "
             f"bàn việc ở tổ dân phố {i}.", "date": f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}"}
            for i in range(start, start + n)]


def test_a_change_at_one_desk_reaches_the_other_by_notify_and_deletes_never_linger(office, desk, write_jsonl):
    a, b = desk(office, "a"), desk(office, "b")
    assert a.office.archive_id == b.office.archive_id
    assert b.paths.root.parent.name == "office" and b.paths.root.name == b.office.archive_id
    assert b.search("dan van").total == 0
    listener = ChangeListener(office, b.sync_index, poll=60).start()      # no poll during the test
    try:
        assert wait_until(listener.listening.is_set)
        result = a.import_paths([write_jsonl(_rows(3))])
        ids = [i.id for i in result.imported]
        assert wait_until(lambda: b.search("dan van").total == 3, timeout=5)
        # trash at desk A: desk B never shows it again
        a.trash.move([ids[0]])
        assert wait_until(lambda: b.search("dan van").total == 2, timeout=5)
        a.trash.empty()                 # purged: the feed keeps a tombstone
        a.tagging.change([ids[1]], add=["thi đua"])
        assert wait_until(lambda: b.search("dan van", ).total == 2 and
                          b.browse("", filters_tag("thi dua")).ids == (ids[1],), timeout=5)
        with b.Session() as s:
            actions = [(c.report_id, c.action) for c in feed.history(s, ids[0])]
        assert actions == [(ids[0], "import"), (ids[0], "trash"), (ids[0], "purge")]
        assert b.check().ok
    finally:
        listener.stop()


def filters_tag(tag):
    from archive_app.core.models import Filters

    return Filters(tag=tag)


def test_originals_are_stored_in_the_database_with_their_report(office, desk, tmp_path):
    a = desk(office)
    f = tmp_path / "bien-ban.txt"
    f.write_text("BIÊN BẢN HỌP CHI BỘ\nNgày 3 tháng 4 năm 2023\nBàn việc phát triển đảng viên.", encoding="utf-8")
    item = a.import_paths([f]).imported[0]
    assert a.original(item.id) == f.read_bytes()
    assert not (a.paths.root / "originals").exists()           # nothing on this desk's disk
    with a.Session() as s:
        assert s.scalar(select(func.count()).select_from(OriginalBlobRow)) == 1
    # the original lives and dies with its report (one transaction)
    a.trash.move([item.id])
    a.trash.empty()
    with a.Session() as s:
        assert s.scalar(select(func.count()).select_from(OriginalBlobRow)) == 0


def test_a_new_desk_builds_its_cache_with_progress(office, desk, write_jsonl):
    desk(office, "a").import_paths([write_jsonl(_rows(40))])
    b = desk(office, "new")
    seen = []
    b.ensure_index(progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (40, 40)
    assert b.search("dan van").total == 40 and b.pending_changes() == 0


def test_an_edit_of_a_report_changed_meanwhile_is_refused_with_reload(office, desk, write_jsonl):
    from archive_app.core import editing

    a, b = desk(office, "a"), desk(office, "b")
    rid = a.import_paths([write_jsonl(_rows(1))]).imported[0].id
    seen_a, seen_b = a.report(rid), b.report(rid)
    a.edits.update(rid, editing.ReportEdit(title="Sửa ở bàn A"), expected_revision=seen_a.revision)
    with pytest.raises(ChangedMeanwhile) as refused:
        b.edits.update(rid, editing.ReportEdit(title="Sửa ở bàn B"), expected_revision=seen_b.revision)
    assert "reload" in refused.value.en and "postgres" in refused.value.en      # who changed it
    assert b.report(rid).title == "Sửa ở bàn A"
    fresh = b.report(rid)
    b.edits.update(rid, editing.ReportEdit(title="Sửa ở bàn B"), expected_revision=fresh.revision)
    assert a.report(rid).title == "Sửa ở bàn B"


def _import_process(url, data, path):
    return subprocess.Popen([sys.executable, "-m", "archive_app", "--data-dir", str(data), "--db", url,
                             "import", str(path), "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_two_archivists_importing_overlapping_files_at_once_get_each_report_once(office, tmp_path, write_jsonl):
    first = write_jsonl(_rows(150, 0), "first.jsonl")
    second = write_jsonl(list(reversed(_rows(150, 75))), "second.jsonl")     # 75 in common, other order
    p1, p2 = _import_process(office, tmp_path / "a", first), _import_process(office, tmp_path / "b", second)
    out1, out2 = p1.communicate(timeout=300), p2.communicate(timeout=300)
    assert p1.returncode == 0 and p2.returncode == 0, (out1[1], out2[1])
    r1, r2 = json.loads(out1[0]), json.loads(out2[0])
    assert not r1["failed"] and not r2["failed"]
    imported = [i["id"] for i in r1["imported"] + r2["imported"]]
    assert len(imported) == len(set(imported)) == 225
    assert len(r1["duplicates"]) + len(r2["duplicates"]) == 75
    from sqlalchemy import create_engine

    from archive_app.core.storage.db import office_url

    engine = create_engine(office_url(office))
    with engine.connect() as c:
        assert c.scalar(text("SELECT count(*) FROM report")) == 225
        assert c.scalar(text("SELECT count(DISTINCT text_sha256) FROM report")) == 225
    engine.dispose()


def test_kill_9_of_a_desk_loses_nothing_committed(office, tmp_path, write_jsonl, desk):
    path = write_jsonl(_rows(1000), "many.jsonl")
    data = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "archive_app", "--data-dir", str(data), "--db", office,
                             "import", str(path), "--progress"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    told = []
    for line in proc.stderr:                 # items are told only once committed
        told.append(line)
        if len(told) >= 200:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    a = desk(office, "killed")                 # the same desk starts again
    with a.Session() as s:
        stored = s.scalar(select(func.count()).select_from(ReportRow))
        logged = s.scalar(select(func.count(func.distinct(feed.ChangeRow.report_id))))
        blobs = s.scalar(select(func.count()).select_from(OriginalBlobRow))
    assert stored >= 200 and stored == logged and blobs == stored        # nothing half stored
    a.ensure_index()                           # at start the desk brings its cache up to the feed
    report = a.check()
    assert report.ok, report.problems
    assert a.search("dan van").total == stored
    # the rest imports as new, the first ones as duplicates: nothing twice
    again = a.import_paths([path])
    assert len(again.imported) == 1000 - stored and len(again.duplicates) == stored


def test_check_finds_a_damaged_original_in_the_database(office, desk, tmp_path):
    a = desk(office)
    f = tmp_path / "a.txt"
    f.write_text("BIÊN BẢN HỌP\nBàn việc giữ gìn vệ sinh chung.", encoding="utf-8")
    rid = a.import_paths([f]).imported[0].id
    assert a.check().ok
    with a.engine.begin() as c:
        c.execute(text("UPDATE original_blob SET data = 'hỏng'::bytea"))
    report = a.check()
    assert not report.ok and [p.code for p in report.problems] == ["original_damaged"]
    assert report.problems[0].reports == (rid,)


def test_a_desk_goes_on_after_a_server_restart(pg, office, desk, write_jsonl):
    a, b = desk(office, "a"), desk(office, "b")
    listener = ChangeListener(office, b.sync_index, poll=60, retry=0.5).start()
    try:
        assert wait_until(listener.listening.is_set)
        a.import_paths([write_jsonl(_rows(2), "before.jsonl")])
        pg.restart()
        # the same Archive objects go on: stale pooled connections are replaced, the listener listens again
        a.import_paths([write_jsonl(_rows(2, 10), "after.jsonl")])
        assert wait_until(lambda: b.search("dan van").total == 4, timeout=15)
        assert wait_until(listener.listening.is_set)
    finally:
        listener.stop()


def test_two_desks_restoring_copies_of_one_text_at_once_one_is_told_which_came_back(
        office, desk, write_jsonl, monkeypatch):
    """Both desks' checks pass (neither sees the other's uncommitted restore); the unique index then
    refuses the later commit, and that desk gets the same clear message, naming the report now live."""
    a, b = desk(office, "a"), desk(office, "b")
    path = write_jsonl([{"title": "Họp tổ dân phố", "body": "Bàn việc vệ sinh môi trường."}])
    first = a.import_paths([path]).imported[0].id
    a.trash.move([first])
    second = a.import_paths([path]).imported[0].id
    a.trash.move([second])
    refused = _while_a_waits_b_commits(monkeypatch, "touch", lambda: a.trash.restore([first]),
                                       lambda: b.trash.restore([second]))
    assert f"báo cáo số {second} “Họp tổ dân phố” đang có cùng nội dung" in refused.message("vi")
    assert b.report(first).deleted_at is not None and b.report(second).deleted_at is None


def test_two_desks_editing_two_reports_into_one_text_at_once_one_is_told_which_has_it(
        office, desk, write_jsonl, monkeypatch):
    """Two titles corrected into the same text at two desks: both checks pass (neither sees the other's
    uncommitted edit); the unique index refuses the later commit, and that desk gets DuplicateOfLive
    naming the report that now has the text, its own report unchanged."""
    from archive_app.core import editing
    from archive_app.core.errors import DuplicateOfLive

    a, b = desk(office, "a"), desk(office, "b")
    body = "Bàn việc vệ sinh môi trường."
    first, second = (i.id for i in a.import_paths([write_jsonl(
        [{"title": "Họp tổ số 1", "body": body}, {"title": "Họp tổ số 2", "body": body}])]).imported)
    with pytest.raises(DuplicateOfLive):                  # one after the other: the check itself refuses
        b.edits.update(second, editing.ReportEdit(title="Họp tổ số 1"))
    refused = _while_a_waits_b_commits(
        monkeypatch, "set_persons", lambda: a.edits.update(first, editing.ReportEdit(title="Họp tổ dân phố")),
        lambda: b.edits.update(second, editing.ReportEdit(title="Họp tổ dân phố")))
    assert f"báo cáo số {second} “Họp tổ dân phố” đã có đúng nội dung này" in refused.message("vi")
    assert (b.report(first).title, b.report(second).title) == ("Họp tổ số 1", "Họp tổ dân phố")


def _while_a_waits_b_commits(monkeypatch, step: str, at_a, at_b):
    """Run ``at_a`` on thread "desk-a", held just before ``reports.<step>`` (after its checks, before its
    write) while ``at_b`` commits; return the DuplicateOfLive that desk a got."""
    import threading

    from archive_app.core.errors import DuplicateOfLive
    from archive_app.core.storage import reports

    a_checked, b_done = threading.Event(), threading.Event()
    original = getattr(reports, step)

    def held(*args, **kwargs):
        if threading.current_thread().name == "desk-a":
            a_checked.set()
            assert b_done.wait(20)
        return original(*args, **kwargs)
    monkeypatch.setattr(reports, step, held)
    outcome = {}

    def run_at_a():
        try:
            at_a()
        except DuplicateOfLive as exc:
            outcome["a"] = exc
    thread = threading.Thread(target=run_at_a, name="desk-a")
    thread.start()
    assert a_checked.wait(20)
    at_b()
    b_done.set()
    thread.join(30)
    return outcome["a"]
