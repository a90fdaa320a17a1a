"""Run core callables off the GUI thread; the result or the error always comes back on the GUI thread.

Four lanes, one thread each: ``search`` (index queries), ``read`` (database reads), ``export`` (PDF and
export files: long, read-only) and ``write`` (imports, edits, index upkeep — the archive's single
writer). A task is a callable taking a ``TaskContext`` (progress reporting and cancellation). An
exception in a task is delivered to its ``on_error`` callback, or else to ``Workers.failed``, which the
window shows as a dialog: none is lost.
"""
from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

LANES = ("search", "read", "write", "export")
PROGRESS_INTERVAL = 0.05      # seconds between progress reports delivered to the GUI


@dataclass(frozen=True)
class TaskError:
    """An exception raised by a task, with its traceback as text (shown only under "Details")."""
    exception: BaseException
    details: str


class TaskContext:
    """Handed to a running task: report progress, ask whether the user cancelled."""

    def __init__(self, handle: TaskHandle):
        self._handle = handle
        self._last = 0.0

    def progress(self, *args) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._handle.workers._report.emit((self._handle, PROGRESS, args))

    def report(self, *args) -> None:
        """Progress that is never dropped (a first part of the result), delivered before the result."""
        self._handle.workers._report.emit((self._handle, PROGRESS, args))

    def cancelled(self) -> bool:
        return self._handle.cancel_event.is_set()


PROGRESS, DONE, ERROR = "progress", "done", "error"


class TaskHandle:
    """One submitted task. A plain Python object, not a QObject: a worker thread reports through the
    ``Workers`` object, which lives on the GUI thread as long as the window and outlives every task
    (``shutdown`` waits for them), so no sender is ever destroyed while a thread emits from it (a
    QObject per task, deleted on the GUI thread once its result arrived, could be destroyed while its
    worker was still inside the emit that delivered it)."""

    def __init__(self, workers: Workers, lane: str, fn, on_done, on_error, on_progress):
        self.workers, self.lane, self.fn = workers, lane, fn
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.cancel_event = threading.Event()
        self.finished = False

    def cancel(self) -> None:
        self.cancel_event.set()

    def execute(self) -> None:
        """Runs on the worker thread; touches no Qt object but the emitting ``Workers``."""
        fn, self.fn = self.fn, None          # (the pool keeps its runnables, and so this handle, alive)
        try:
            result = fn(TaskContext(self))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.workers._report.emit((self, ERROR, TaskError(exc, traceback.format_exc())))
        else:
            self.workers._report.emit((self, DONE, result))


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle):
        super().__init__()
        self.handle = handle

    def run(self) -> None:
        self.handle.execute()


class Workers(QObject):
    """The window's worker threads."""
    failed = Signal(object)           # TaskError of a task without its own error callback
    laneIdle = Signal(str)            # the last task of a lane has delivered its result
    _report = Signal(object)          # (handle, PROGRESS | DONE | ERROR, value), emitted by worker threads

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.closed = False
        self._report.connect(self._deliver, Qt.ConnectionType.QueuedConnection)   # always a GUI-thread slot
        self._pools: dict[str, QThreadPool] = {}
        for lane in LANES:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            pool.setExpiryTimeout(-1)
            self._pools[lane] = pool
        self._active: dict[str, list[TaskHandle]] = {lane: [] for lane in LANES}
        self._runnables: dict[TaskHandle, _Runnable] = {}

    def run(self, lane: str, fn: Callable[[TaskContext], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[TaskError], None] | None = None,
            on_progress: Callable[..., None] | None = None) -> TaskHandle:
        """Queue ``fn(context)`` on ``lane``; callbacks run later on the GUI thread."""
        if self.closed:
            raise RuntimeError("workers are shut down")
        handle = TaskHandle(self, lane, fn, on_done, on_error, on_progress)
        self._active[lane].append(handle)
        runnable = _Runnable(handle)
        runnable.setAutoDelete(False)
        self._runnables[handle] = runnable
        self._pools[lane].start(runnable)
        return handle

    @Slot(object)
    def _deliver(self, report) -> None:
        handle, kind, value = report
        if kind == PROGRESS:
            if handle.on_progress and not handle.finished and not self.closed:
                handle.on_progress(*value)
        elif kind == DONE:
            self._finish(handle, handle.on_done, value)
        elif handle.on_error is None:
            self._finish(handle, self.failed.emit, value)
        else:
            self._finish(handle, handle.on_error, value)

    def _finish(self, handle: TaskHandle, callback, value) -> None:
        handle.finished = True
        try:
            if callback is not None and not self.closed:
                callback(value)
        finally:
            self._retire(handle)

    def busy(self, lane: str | None = None) -> bool:
        lanes = LANES if lane is None else (lane,)
        return any(self._active[name] for name in lanes)

    def _retire(self, handle: TaskHandle) -> None:
        lane = handle.lane
        if handle in self._active[lane]:
            self._active[lane].remove(handle)
        self._runnables.pop(handle, None)
        if not self._active[lane] and not self.closed:
            self.laneIdle.emit(lane)

    def shutdown(self) -> None:
        """Cancel what can be cancelled and wait for running tasks (before the archive closes)."""
        self.closed = True
        for handles in self._active.values():
            for handle in handles:
                handle.cancel()
        for pool in self._pools.values():
            pool.clear()
            pool.waitForDone(-1)
        self._active = {lane: [] for lane in LANES}
        self._runnables.clear()
