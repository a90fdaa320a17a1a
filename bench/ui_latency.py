"""Search-as-you-type latency of the desktop window (a benchmark script, not a test).

Measures, in the real window (offscreen, shown), the time from the last keystroke (``searchEdit.setText``
of the full query, after typing it prefix by prefix like a user) to the filled result list painted with
its snippets (the visible rows' titles and marked snippets drawn). The columns split that time: the wait
before the final query's search starts (debounce, a search of an earlier prefix still running), the
search on the worker, its hand-off to the GUI thread, the window's update (model, facets, timeline,
reader) and the paint of the visible rows. The worker's time is to the list (matches in order, the
first rows and snippets): facets, the timeline and the wider count follow it (``countsReady``). Also the cost of scrolling: fetching one page of rows
anywhere in the full list.

    .venv/bin/python bench/ui_latency.py [--archive DIR] [--copies N] [--repeat R]

Without --archive it uses /tmp/bench-archive-30k when present (the 30,000-document corpus), else it
builds an archive from /work/shared/corpus/meetings.jsonl × N (texts made unique) in a temporary folder.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer

DEFAULT_ARCHIVE = Path("/tmp/bench-archive-30k")
MEETINGS = Path(os.environ.get("ARCHIVE_APP_SHARED", "/work/shared")) / "corpus" / "meetings.jsonl"
QUERIES = [
    ("single syllable", "họp"), ("common word", "kinh tế"), ("folded word", "dan van"),
    ("person", "nguyen xuan phuc"), ("three words", "hội nghị tổng kết"),
    ("quoted phrase", '"phát triển kinh tế"'),
    ("rare word", "thủy lợi"), ("no match", "xyzzyq"),
]
TYPING_INTERVAL_MS = 60          # a fast typist (--typing-ms); each prefix is one textChanged
FIRST = "first search"           # typed once the window is idle after opening (issue 19: was 1.2 s)


def build_archive(copies: int) -> Path:
    from archive_app.core.services import Archive

    folder = Path(tempfile.mkdtemp(prefix="ui-latency-"))
    rows = [json.loads(line) for line in MEETINGS.read_text(encoding="utf-8").splitlines() if line.strip()]
    source = folder / "copies.jsonl"
    with open(source, "w", encoding="utf-8") as out:
        for k in range(copies):
            for row in rows:
                copy = dict(row, id=f"{row['id']}-{k}", title=f"{row['title']} (bản {k})",
                            body=f"{row['body']}\n\nBản sao số {k}.")
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    with Archive(folder / "data") as archive:
        archive.import_paths([source])
    return folder / "data"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


class Bench:
    """Drives the window with timers (the window itself never spins the event loop)."""

    def __init__(self, window, repeat: int, typing_ms: int):
        self.w, self.repeat, self.typing_ms = window, repeat, typing_ms
        self.plan = [(label, q) for _ in range(repeat) for label, q in QUERIES]
        self.results: dict[str, list[tuple]] = {}
        self.stamps: dict[str, float] = {}
        window.search.resultsReady.connect(self._delivered)         # before the window's own slots …
        window.search.resultsReady.disconnect(window.show_results)
        window.search.resultsReady.connect(window.show_results)     # … which run again after it
        window.search.resultsReady.connect(self._ready)
        window.search.failed.connect(self._failed)
        from archive_app.ui import search_flow

        original = search_flow.run_search

        def timed(archive, request, *args):   # when the worker starts on the final query
            if request.query == self.expect:
                self.stamps["start"] = time.perf_counter()
            return original(archive, request, *args)
        search_flow.run_search = timed
        self.t0 = None
        self.expect = None

    def start(self) -> None:
        self._when_idle(self._next)

    def _when_idle(self, fn) -> None:
        if self.w.is_idle():
            fn()
        else:
            QTimer.singleShot(20, lambda: self._when_idle(fn))

    def _next(self) -> None:
        if not self.plan:
            self.w.close()
            from PySide6.QtWidgets import QApplication
            QApplication.instance().quit()
            return
        self.label, self.query = self.plan.pop(0)
        self.w.search_edit.setText("")
        self._when_idle(lambda: self._type(1))

    def _type(self, n: int) -> None:
        self.w.search_edit.setText(self.query[:n])
        if n < len(self.query):
            QTimer.singleShot(self.typing_ms, lambda: self._type(n + 1))
        else:
            self.t0 = time.perf_counter()
            self.expect = self.query

    def _failed(self, error) -> None:
        print(error.details, file=sys.stderr)
        from PySide6.QtWidgets import QApplication
        QApplication.instance().exit(1)

    def _delivered(self, outcome) -> None:
        self.stamps["delivered"] = time.perf_counter()

    def _ready(self, outcome) -> None:
        if self.expect is None or outcome.request.query != self.expect:
            return
        updated = time.perf_counter()
        self.w.table.viewport().repaint()             # the visible rows with their snippets, drawn now
        painted = time.perf_counter()
        st = self.stamps
        start = st.get("start", self.t0)
        end = start + outcome.seconds                 # the worker's time to the list (rows and snippets made)
        wait, worker = start - self.t0, outcome.seconds
        handoff, update = st.get("delivered", updated) - end, updated - st.get("delivered", updated)
        label = self.label if self.results else FIRST      # the first search after the window opened
        self.results.setdefault(label, []).append((painted - self.t0, outcome.seconds, len(outcome.browse.ids),
                                                   wait, worker, handoff, update, painted - updated))
        self.stamps = {}
        self.expect = None
        QTimer.singleShot(0, lambda: self._when_idle(self._next))


def scrolling(archive, samples: int = 40) -> list[float]:
    """Seconds to fetch one page of rows at random places in the full (empty-query) list."""
    from archive_app.ui.models.results import PAGE

    ids = list(archive.browse("", order="date_desc").ids)
    times = []
    for _ in range(samples):
        start = random.randrange(0, max(1, len(ids) - PAGE))
        t = time.perf_counter()
        archive.summaries(ids[start:start + PAGE])
        times.append(time.perf_counter() - t)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--typing-ms", type=int, default=TYPING_INTERVAL_MS, help="time between keystrokes")
    args = parser.parse_args()
    data = args.archive or (DEFAULT_ARCHIVE if DEFAULT_ARCHIVE.exists() else build_archive(args.copies))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from archive_app.ui.app import build_main_window, ensure_app

    app = ensure_app(sys.argv[:1])
    t = time.perf_counter()
    window = build_main_window(data)
    window.resize(1366, 768)
    window.show()
    bench = Bench(window, args.repeat, args.typing_ms)
    QTimer.singleShot(0, bench.start)
    if app.exec():
        return 1
    print(f"archive: {data} ({window.archive.live_count():,} reports); window ready and all queries run in "
          f"{time.perf_counter() - t:.1f} s; debounce at the end {window.search._timer.interval()} ms, "
          f"typing every {args.typing_ms} ms")
    parts = ("wait", "worker", "hand-off", "update", "paint")
    print(f"{'query':<18} {'text':<24} {'hits':>6} {'median ms':>10} {'p95 ms':>8} "
          + " ".join(f"{p:>8}" for p in parts) + "  (medians, ms)")
    every = []
    for label, q in [(FIRST, QUERIES[0][1]), *QUERIES]:
        rows = bench.results.get(label, [])
        if not rows:
            continue
        total = [r[0] * 1000 for r in rows]
        every += total
        split = " ".join(f"{statistics.median(r[3 + k] * 1000 for r in rows):>8.0f}" for k in range(len(parts)))
        print(f"{label:<18} {q:<24} {rows[-1][2]:>6} {statistics.median(total):>10.0f} "
              f"{pct(total, 95):>8.0f} {split}")
    print(f"{'all queries':<18} {'':<24} {'':>6} {statistics.median(every):>10.0f} {pct(every, 95):>8.0f}")
    from archive_app.core.services import Archive

    with Archive(data) as archive:
        page = [s * 1000 for s in scrolling(archive)]
    from archive_app.ui.models.results import PAGE

    print(f"scrolling: one page of {PAGE} rows anywhere in the list: median {statistics.median(page):.1f} ms, "
          f"p95 {pct(page, 95):.1f} ms")
    if args.archive is None and data != DEFAULT_ARCHIVE:
        shutil.rmtree(data.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
