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
            self._handle.progressed.emit(args)

    def cancelled(self) -> bool:
        return self._handle.cancel_event.is_set()


class TaskHandle(QObject):
    """One submitted task; lives on the GUI thread, so its queued slots run there."""
    progressed = Signal(object)
    succeeded = Signal(object)
    errored = Signal(object)

    def __init__(self, workers: Workers, lane: str, fn, on_done, on_error, on_progress):
        super().__init__(workers)
        self.lane, self.fn = lane, fn
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.cancel_event = threading.Event()
        self.finished = False
        self._workers = workers
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._deliver_progress, queued)
        self.succeeded.connect(self._deliver_done, queued)
        self.errored.connect(self._deliver_error, queued)

    def cancel(self) -> None:
        self.cancel_event.set()

    def execute(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self.fn(TaskContext(self))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.errored.emit(TaskError(exc, traceback.format_exc()))
        else:
            self.succeeded.emit(result)

    @Slot(object)
    def _deliver_progress(self, args) -> None:
        if self.on_progress and not self.finished and not self._workers.closed:
            self.on_progress(*args)

    @Slot(object)
    def _deliver_done(self, result) -> None:
        self._finish(self.on_done, result)

    @Slot(object)
    def _deliver_error(self, error: TaskError) -> None:
        if self.on_error is None:
            self._finish(self._workers.failed.emit, error)
        else:
            self._finish(self.on_error, error)

    def _finish(self, callback, value) -> None:
        self.finished = True
        try:
            if callback is not None and not self._workers.closed:
                callback(value)
        finally:
            self._workers._retire(self)


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

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.closed = False
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

    def busy(self, lane: str | None = None) -> bool:
        lanes = LANES if lane is None else (lane,)
        return any(self._active[name] for name in lanes)

    def _retire(self, handle: TaskHandle) -> None:
        lane = handle.lane
        if handle in self._active[lane]:
            self._active[lane].remove(handle)
        self._runnables.pop(handle, None)
        handle.deleteLater()
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
