"""Search as you type: debounce, one browse at a time (the newest request wins), results on the GUI thread.

Reacts to the text, not to keys, so input methods that rewrite a syllable (Telex, VNI) just produce
one more text change. While the index is being (re)built, text queries wait for it; filter-only
browsing, which needs no index, goes on.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.browsing import Browse
from ..core.errors import IndexDamaged
from ..core.models import Filters
from ..core.search import parse_query
from .models.results import PAGE, SNIPPET_PAGE
from .tasks import TaskError, Workers

DEBOUNCE_MS = 60                 # at start; then follows how long searches take, within these bounds:
DEBOUNCE_RANGE = (30, 70)        # one search runs at a time (the newest wins), so a short wait cannot flood


@dataclass(frozen=True)
class SearchRequest:
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    order: str = ""               # "" = relevance for a text query, newest first otherwise

    @property
    def needs_index(self) -> bool:
        return not parse_query(self.query).empty

    @property
    def core_order(self) -> str:
        return self.order or ("relevance" if self.needs_index else "date_desc")


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    browse: Browse
    months: dict[str, int]        # meetings per month for the timeline (date filter aside)
    seconds: float
    rows: dict | None = None        # {id: ReportSummary} of the first page of rows (None: not made)
    snippets: dict | None = None    # {id: (plain, spans)} of the first screen's rows (None: not made)


def run_search(archive, request: SearchRequest, current=lambda request: True, listed=None,
               snippet_rows: int = SNIPPET_PAGE) -> SearchOutcome:
    """The worker's part: one browse, timed. As soon as the matches are in order, ``listed`` gets
    them with the first page of rows and the first screen's snippets, so the window fills the list
    (and the GUI thread only paints: snippets of a page of 100 rows took 40–57 ms on it at 30,000
    reports) while facets, timeline and the wider count are still being made; the returned outcome
    has those. The last word, with no space after it yet, is still being typed: it matches as a
    syllable prefix. ``current(request)`` says whether the window still wants this request; an
    outdated one makes no rows or snippets and is not handed over early."""
    start = time.perf_counter()

    def first_rows(browse: Browse) -> None:
        if listed is None or not current(request):
            return
        rows = archive.summaries(list(browse.ids[:PAGE]))
        snippets = archive.snippets(list(browse.ids[:snippet_rows]), browse.highlight) if browse.highlight else None
        listed(SearchOutcome(request, browse, {}, time.perf_counter() - start, rows, snippets))

    result = archive.browse(request.query, request.filters, request.core_order, prefix_last=True,
                            listed=first_rows)
    return SearchOutcome(request, result, dict(result.timeline), time.perf_counter() - start)


class SearchFlow(QObject):
    resultsReady = Signal(object)     # SearchOutcome of the newest request: its list, rows and snippets
    countsReady = Signal(object)      # then the same request's whole outcome: facets, timeline, wider count
    busyChanged = Signal(bool)        # a search is running or waiting
    waitingForIndex = Signal(bool)
    failed = Signal(object)           # TaskError
    indexDamaged = Signal()           # a search found the index damaged: rebuild it, then search again

    def __init__(self, archive, workers: Workers, parent=None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._archive, self._workers = archive, workers
        self.request = SearchRequest()
        self._running: SearchRequest | None = None
        self._pending = False
        self._index_busy = False
        self._waiting = False
        self._typical = float(debounce_ms)
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self.submit)
        self.visible_rows = lambda: SNIPPET_PAGE     # the window says how many rows its list shows

    # --- what the window changes -----------------------------------------------------------
    def set_query(self, text: str) -> None:
        if text != self.request.query:
            self.request = replace(self.request, query=text)
            self._timer.start()

    def set_filters(self, filters: Filters) -> None:
        if filters != self.request.filters:
            self.request = replace(self.request, filters=filters)
            self.submit()

    def set_order(self, order: str) -> None:
        if order != self.request.order:
            self.request = replace(self.request, order=order)
            self.submit()

    def set_index_busy(self, busy: bool) -> None:
        """The window says when index work runs on the writer; text queries wait until it is done."""
        self._index_busy = busy
        if not busy and self._waiting:
            self._set_waiting(False)
            self.submit()

    def is_busy(self) -> bool:
        return self._running is not None or self._timer.isActive() or self._waiting

    # --- running ---------------------------------------------------------------------------
    def submit(self) -> None:
        """Search for the current request now (or as soon as the running search is done)."""
        self._timer.stop()
        request = self.request
        if request.needs_index and self._index_busy:
            self._set_waiting(True)
            return
        self._set_waiting(False)
        if self._running is not None:
            self._pending = True
            return
        self._running = request
        self.busyChanged.emit(True)
        rows = max(1, min(SNIPPET_PAGE, self.visible_rows()))
        self._workers.run("search", lambda ctx: run_search(self._archive, request, self._wanted, ctx.report, rows),
                          on_done=self._done, on_error=self._error, on_progress=self._listed)

    def _wanted(self, request: SearchRequest) -> bool:
        """Read on the worker thread: one attribute read, atomic in Python."""
        return self.request == request

    def _listed(self, outcome: SearchOutcome) -> None:
        if outcome.request == self.request:
            self._typical = 0.7 * self._typical + 0.3 * outcome.seconds * 1000      # smoothed time to a list
            low, high = DEBOUNCE_RANGE
            self._timer.setInterval(max(low, min(high, round(self._typical))))
            self.resultsReady.emit(outcome)

    def _done(self, outcome: SearchOutcome) -> None:
        self._running = None
        if outcome.request == self.request:
            self.countsReady.emit(outcome)
        self._next()

    def _error(self, error: TaskError) -> None:
        self._running = None
        if isinstance(error.exception, IndexDamaged):     # not the user's problem: repair, then retry
            self._set_waiting(True)
            self.indexDamaged.emit()
            if not self._index_busy:                      # (the repair did not start: try once more)
                self._set_waiting(False)
            self._pending = True
        else:
            self.failed.emit(error)
        self._next()

    def _next(self) -> None:
        if self._pending:
            self._pending = False
            self.submit()
        if self._running is None and not self._waiting:
            self.busyChanged.emit(False)

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self._waiting:
            self._waiting = waiting
            self.waitingForIndex.emit(waiting)
