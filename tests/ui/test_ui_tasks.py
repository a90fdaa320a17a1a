"""The worker lanes (ui.tasks): every result and progress report reaches the GUI thread, in order,
through the one long-lived ``Workers`` object; nothing is delivered after shutdown."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread

from archive_app.ui.tasks import LANES, TaskHandle, Workers


def test_many_tasks_on_every_lane_deliver_progress_then_result_on_the_gui_thread(qtbot):
    workers = Workers()
    gui = QThread.currentThread()
    events, threads = [], set()

    def task(ctx, i):
        threads.add(threading.get_ident())
        ctx.report("first", i)            # never dropped
        ctx.progress("more", i)           # may be throttled
        return i

    def progress(kind, i):
        assert QThread.currentThread() is gui
        events.append((kind, i))

    def done(i):
        assert QThread.currentThread() is gui
        events.append(("done", i))

    handles = [workers.run(LANES[i % len(LANES)], lambda ctx, i=i: task(ctx, i), on_done=done, on_progress=progress)
               for i in range(400)]
    qtbot.waitUntil(lambda: not workers.busy(), timeout=30000)
    assert not any(isinstance(h, QObject) for h in handles)     # no QObject per task to delete mid-emit
    assert sorted(i for kind, i in events if kind == "done") == list(range(400))
    for i in range(400):
        mine = [kind for kind, j in events if j == i]
        assert mine[0] == "first" and mine[-1] == "done"
    assert threading.get_ident() not in threads and len(threads) == len(LANES)
    assert all(h.fn is None for h in handles)                    # a finished task keeps no closure alive
    workers.shutdown()


def test_nothing_is_delivered_after_shutdown(qtbot):
    workers = Workers()
    started, release, delivered = threading.Event(), threading.Event(), []

    def slow(ctx):
        started.set()
        release.wait(5)
        ctx.report("late")
        return "late"

    handle = workers.run("search", slow, on_done=delivered.append, on_progress=delivered.append)
    assert isinstance(handle, TaskHandle)
    started.wait(5)
    release.set()
    workers.shutdown()                    # waits for the running task
    qtbot.wait(50)
    assert delivered == [] and not workers.busy()
