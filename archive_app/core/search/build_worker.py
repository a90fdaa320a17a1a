"""Worker processes of a fresh index build (issue 17): plain child processes that answer requests
over their standard input and output, one pickled request and one pickled reply at a time.

``multiprocessing`` cost every build more than it gave: its pool started a resource tracker process
(~13 MB resident, for the queue's semaphores), a feeder and a manager thread, and kept a batch queued
for every worker in the building process; a spawned child also imported the parent's main module
again. A child here imports only what its requests need (``parallel_build``'s tokenizing and the
merge's second half) and ends when its input closes: when the building process is done with it, or
ends in any way, killed too (its pipe closes with it). A worker that dies or breaks its reply fails
the build with ``WorkerDied`` (the old index stays, DESIGN.md §5).

A request is ``(name, args)`` of a function in ``_CALLS`` (tokenize a batch: ``parallel_build``; write
the second half of the terms: ``whoosh_private``); its reply ``(True, result)`` or ``(False, exception)``.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

_CALLS = ("index_batch", "write_part")
FROZEN_FLAG = "--index-build-worker"    # the frozen app's launcher runs ``serve`` when given it


class WorkerDied(RuntimeError):
    """A worker process ended, or broke its reply, before answering (a bug or the machine: not the data)."""


def command() -> list[str]:
    """How to start a worker: the frozen app runs itself with ``FROZEN_FLAG``; Python runs ``serve``
    (not ``-m``: the package imports this module before ``-m`` would run it as __main__)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-c", f"import sys; from {__name__} import serve; sys.exit(serve())"]


class Worker:
    """One worker process: ``send`` a request, later ``receive`` its reply (at most one outstanding,
    so neither side ever waits on a full pipe while the other does)."""

    def __init__(self):
        root = str(Path(__file__).resolve().parents[3])        # where this archive_app is imported from
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
        self.proc = subprocess.Popen(command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                     close_fds=True)
        self.busy = False

    @property
    def pid(self) -> int:
        return self.proc.pid

    def send(self, call: str, *args) -> None:
        assert not self.busy and call in _CALLS
        try:
            pickle.dump((call, args), self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise WorkerDied(self._ended(f"while sending {call}")) from exc
        self.busy = True

    def receive(self):
        """The reply to the request sent last: its result, or its exception raised here."""
        assert self.busy
        try:
            ok, value = pickle.load(self.proc.stdout)
        except Exception as exc:    # noqa: BLE001 - EOF, a torn or garbled reply: the worker is gone
            raise WorkerDied(self._ended("before replying")) from exc
        self.busy = False
        if not ok:
            raise value
        return value

    def call(self, call: str, *args):
        self.send(call, *args)
        return self.receive()

    def _ended(self, when: str) -> str:
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        return f"index build worker {self.proc.pid} ended {when} (exit code {code})"

    def close(self) -> None:
        """Close its input (it ends when it reads that) and wait for it; kill it if it does not end."""
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def kill(self) -> None:
        self.proc.kill()
        self.close()


def serve(stdin=None, stdout=None) -> int:
    """The worker's loop: a request in, its reply out, until the input closes."""
    if stdin is None:          # (a windowed frozen app has no sys.stdin, but its pipe is descriptor 0)
        stdin = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb", closefd=False)
    if stdout is None:
        # Replies get a file of their own; anything printed goes to stderr instead of into a reply.
        stdout = os.fdopen(os.dup(1), "wb")
        try:
            os.dup2(2, 1)
        except OSError:          # no stderr (a windowed Windows build): prints may go nowhere
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    from . import parallel_build, whoosh_private

    functions = {"index_batch": parallel_build.index_batch, "write_part": whoosh_private.write_part}
    while True:
        try:
            call, args = pickle.load(stdin)
        except EOFError:
            return 0
        if call not in functions:
            reply = (False, WorkerDied(f"unknown request {call!r}"))
        else:
            try:
                reply = (True, functions[call](*args))
            except Exception as exc:     # noqa: BLE001 - any failure travels back to the build
                reply = (False, exc)
        try:
            data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:         # noqa: BLE001 - an exception that does not pickle
            data = pickle.dumps((False, WorkerDied(f"{call}: {exc!r}; {reply[1]!r}")))
        try:
            stdout.write(data)
            stdout.flush()
        except (BrokenPipeError, OSError):
            return 1          # the building process is gone
        del reply, data
        parallel_build.give_back_memory()

