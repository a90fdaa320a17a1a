"""Resident memory of a process and all its descendants, sampled from /proc (issue 17; bench only).

A build's worker processes have their own peaks, and the build process's VmHWM says nothing of
them; what an office PC must hold is the sum of every process's resident memory at one moment.
``TreeSampler`` reads it every ``interval`` seconds from a thread of the bench's own process (so the
sampling costs the measured processes nothing) and keeps the highest sum seen, how many processes
made it, and each process's own VmHWM (their sum bounds the true summed peak from above: a peak
shorter than the interval can fall between two samples).
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux: /proc/PID/task/TID/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:            # ended meanwhile
            continue
    return out


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * _PAGE_MB
    except (OSError, IndexError, ValueError):
        return None


def hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


class TreeSampler:
    """``with TreeSampler(pid) as s: ...`` then ``s.result()``: peak summed RSS of the tree."""

    def __init__(self, pid: int, interval: float = 0.02):
        self.pid, self.interval = pid, interval
        self.peak_sum = 0.0
        self.peak_processes = 0
        self.at_peak: list[int] = []     # each process's RSS (MB) at the peak, the measured one first
        self.most_processes = 0
        self.samples = 0
        self.hwm: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="tree-sampler")

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            time.sleep(self.interval)

    def sample(self) -> None:
        pids = descendants(self.pid)
        total, alive, each = 0.0, 0, []
        for p in pids:
            rss = rss_mb(p)
            if rss is None:
                continue
            total += rss
            alive += 1
            each.append(round(rss))
            hwm = hwm_mb(p)
            if hwm is not None:
                self.hwm[p] = max(self.hwm.get(p, 0.0), hwm)
        self.samples += 1
        self.most_processes = max(self.most_processes, alive)
        if total > self.peak_sum:
            self.peak_sum, self.peak_processes, self.at_peak = total, alive, each

    def result(self) -> dict:
        return {"peak_sum_rss_mb": self.peak_sum, "processes_at_peak": self.peak_processes,
                "rss_at_peak_mb": self.at_peak,
                "most_processes": self.most_processes, "samples": self.samples,
                "sum_of_hwm_mb": sum(self.hwm.values()), "own_hwm_mb": self.hwm.get(self.pid, 0.0),
                "biggest_other_hwm_mb": max((v for p, v in self.hwm.items() if p != self.pid), default=0.0)}


def main(argv: list[str]) -> int:
    """``python bench/_proc_tree.py CMD ARG...``: run CMD, then print its wall time and memory."""
    import json
    import subprocess

    load0, started = os.getloadavg()[0], time.perf_counter()
    proc = subprocess.Popen(argv)
    with TreeSampler(proc.pid) as sampler:
        code = proc.wait()
    print(json.dumps({"exit": code, "seconds": round(time.perf_counter() - started, 2),
                      "load_1min": [load0, os.getloadavg()[0]],
                      **{k: round(v, 1) if isinstance(v, float) else v for k, v in sampler.result().items()}}))
    return code


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
