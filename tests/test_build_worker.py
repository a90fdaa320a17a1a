"""Worker processes of a fresh index build (search/build_worker.py): requests and replies over pipes,
failures that reach the build, and an end with the building process's pipe."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_app.core.models import IndexDoc
from archive_app.core.search import SearchIndex, build_worker, parallel_build
from archive_app.core.search.build_worker import Worker, WorkerDied


def _doc(i: int) -> IndexDoc:
    return IndexDoc(id=i, revision=1, title=f"Họp giao ban {i}", body=f"Ủy ban nhân dân dân vận {i}")


def test_a_worker_answers_requests_in_turn_and_ends_when_its_input_closes(tmp_path):
    worker = Worker()
    try:
        for k in range(2):
            runs, docs = worker.call("index_batch", str(tmp_path), k, 10 * k, [_doc(10 * k), _doc(10 * k + 1)])
            assert [p.name for p in runs] == [f"b{k:07d}-0"] and len(docs) == 2
            assert docs[0][1]["e"] > 0          # field lengths of the document
    finally:
        worker.close()
    assert worker.proc.returncode == 0


def test_an_exception_in_a_worker_is_raised_in_the_build_and_the_worker_goes_on(tmp_path):
    worker = Worker()
    try:
        with pytest.raises(FileNotFoundError):
            worker.call("index_batch", str(tmp_path / "missing"), 0, 0, [_doc(1)])
        runs, _ = worker.call("index_batch", str(tmp_path), 1, 0, [_doc(1)])
        assert runs
    finally:
        worker.close()


def test_a_worker_that_dies_fails_the_request_with_worker_died(tmp_path):
    worker = Worker()
    try:
        worker.send("index_batch", str(tmp_path), 0, 0, [_doc(1)])
        os.kill(worker.pid, signal.SIGKILL)
        with pytest.raises(WorkerDied, match="ended before replying"):
            worker.receive()
    finally:
        worker.close()


def test_a_torn_reply_fails_with_worker_died(tmp_path):
    """A reply cut short (the pipe closing mid-reply) is a dead worker, never a half result."""
    script = "import sys, pickle; sys.stdin.buffer.read(1); sys.stdout.buffer.write(pickle.dumps((True, 'x' * 1000))[:100])"
    worker = Worker.__new__(Worker)
    worker.proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    worker.busy = False
    try:
        worker.send("index_batch", str(tmp_path), 0, 0, [])
        with pytest.raises(WorkerDied):
            worker.receive()
    finally:
        worker.close()


def test_a_worker_ends_when_the_building_process_is_killed(tmp_path):
    """Its input closes with the process that started it: it ends, however that process ended."""
    code = ("import sys, time; from archive_app.core.search.build_worker import Worker\n"
            "w = Worker(); print(w.pid, flush=True); time.sleep(60)")
    root = Path(__file__).resolve().parents[1]
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=root)
    pid = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 30
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
        try:                                   # (reaped by init once its parent is gone)
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
    if Path("/proc").exists():
        status = Path(f"/proc/{pid}/status")
        assert not status.exists() or "zombie" in status.read_text()


def test_a_worker_dying_during_a_build_fails_the_build_and_leaves_no_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel_build, "BATCH_DOCS", 20)
    adopt = parallel_build._adopt

    def kill_then_adopt(writer, worker):
        worker.proc.kill()
        return adopt(writer, worker)

    monkeypatch.setattr(parallel_build, "_adopt", kill_then_adopt)
    ix = SearchIndex(tmp_path / "ix")
    ix.create()
    with pytest.raises(WorkerDied):
        ix.write([_doc(i) for i in range(100)], fresh=True, workers=2)
    ix.close()
    assert not [p for p in (tmp_path / "ix").iterdir() if p.name.startswith("runs-")]


def test_the_frozen_launcher_knows_the_worker_flag():
    launcher = (Path(__file__).resolve().parents[1] / "packaging" / "launcher.py").read_text(encoding="utf-8")
    assert f'WORKER_FLAG = "{build_worker.FROZEN_FLAG}"' in launcher


def test_serve_answers_each_request_and_stops_at_the_end_of_its_input(tmp_path):
    import io
    import pickle

    requests = io.BytesIO(pickle.dumps(("no_such_call", ())) + pickle.dumps(("index_batch", (str(tmp_path), 0, 0, [_doc(1)]))))
    replies = io.BytesIO()
    assert build_worker.serve(requests, replies) == 0
    replies.seek(0)
    ok, error = pickle.load(replies)
    assert not ok and isinstance(error, WorkerDied)
    ok, (runs, docs) = pickle.load(replies)
    assert ok and runs and len(docs) == 1
