"""The result table: every matching report id, rows fetched lazily a page at a time.

Order comes from the core (``archive.browse(order=…)``): sorting re-queries, it never sorts rows here.
With a text query each row also has a snippet (``SnippetRole``: plain text and the spans to mark),
computed by the core for a screen of rows at a time. The search worker hands over the first page of
rows and the first screen of snippets with the ids, so a new result list paints without a database
read or a snippet on the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon

from ...core.models import ReportSummary
from ..formatting import fmt_date

_ROOT = QModelIndex()       # the invisible root, the only parent of flat models' rows

PAGE = 100               # rows fetched at once (a screen shows ~30)
SNIPPET_PAGE = 40        # snippets made at once: more rows than a full-height screen shows (two-line rows)
DATE, TITLE, PERSONS, TAGS = range(4)
ORDER_AUTO = ""          # relevance for a text query, newest first otherwise
SORT_ORDERS = {DATE: ("date_asc", "date_desc"), TITLE: ("title_asc", "title_desc"),     # column → core
               PERSONS: ("persons_asc", "persons_desc")}                                # (asc, desc)

IdRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2      # (plain text, [(start, end)] of the hits) or None


class ResultsModel(QAbstractTableModel):
    """Report ids in core order; ``fetch(ids)`` returns ``{id: ReportSummary}`` for one page."""
    sortRequested = Signal(str)       # an order of core.browsing.SORTS, or ORDER_AUTO

    def __init__(self, fetch: Callable[[list[int]], dict[int, ReportSummary]], parent=None):
        super().__init__(parent)
        self._fetch = fetch
        self._ids: tuple[int, ...] = ()
        self._rows: dict[int, int] = {}
        self._pages: dict[int, list[ReportSummary | None]] = {}
        self._snippet_rows: dict[int, object] = {}     # row → (plain, spans) or None, made so far
        self._snippets: Callable | None = None       # (ids, highlight terms) → {id: (plain, spans)}
        self._highlight: tuple[str, ...] = ()
        self.order = ORDER_AUTO
        self._scan_icon: QIcon | None = None

    # --- content ---------------------------------------------------------------------------
    def set_ids(self, ids, highlight=None, rows: dict | None = None, snippets: dict | None = None) -> None:
        """New result ids; with a search's ``highlight`` terms and, ready made, the first page of
        ``rows`` ({id: ReportSummary}) and the first screen of ``snippets`` ({id: (plain, spans)})."""
        self.beginResetModel()
        self._ids = tuple(ids)
        self._rows = {rid: row for row, rid in enumerate(self._ids)}
        self._pages.clear()
        self._snippet_rows.clear()
        if highlight is not None:
            self._highlight = tuple(highlight)
        if rows is not None:                 # (made for exactly these ids: a missing one has no row)
            self._pages[0] = [rows.get(i) for i in self._ids[:PAGE]]
        if snippets is not None and self._highlight:        # (made for the first rows, a screen's worth)
            self._snippet_rows = {row: snippets.get(i) for row, i in enumerate(self._ids[:SNIPPET_PAGE])
                                  if i in snippets}
        self.endResetModel()

    def ids(self) -> tuple[int, ...]:
        return self._ids

    def set_snippet_source(self, snippets: Callable) -> None:
        self._snippets = snippets

    def snippet(self, row: int):
        if self._snippets is None or not self._highlight or not 0 <= row < len(self._ids):
            return None
        if row not in self._snippet_rows:          # this row and the next ones not made yet, in one read
            rows = [r for r in range(row, min(row + SNIPPET_PAGE, len(self._ids))) if r not in self._snippet_rows]
            found = self._snippets([self._ids[r] for r in rows], self._highlight)
            self._snippet_rows.update((r, found.get(self._ids[r])) for r in rows)
        return self._snippet_rows[row]

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, report_id: int) -> int | None:
        return self._rows.get(report_id)

    def summary(self, row: int) -> ReportSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        if page not in self._pages:
            ids = list(self._ids[page * PAGE:(page + 1) * PAGE])
            found = self._fetch(ids)
            self._pages[page] = [found.get(i) for i in ids]
        return self._pages[page][row - page * PAGE]

    def refresh(self, report_ids) -> None:
        """Forget the cached rows of ``report_ids`` (after tagging or editing) and repaint them."""
        rows = [self._rows[i] for i in report_ids if i in self._rows]
        for row in rows:
            self._pages.pop(row // PAGE, None)
            self._snippet_rows.pop(row, None)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == IdRole:
            return self.id_at(index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == TITLE:
            s = self.summary(index.row())
            return self._scan_mark() if s is not None and s.scanned else None
        if role == SnippetRole:
            return self.snippet(index.row()) if index.column() == TITLE else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        col = index.column()
        if col == TITLE and s.scanned and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 (scan, text read by OCR)").replace("%1", s.title)
        if col == DATE:
            return fmt_date(s.date)
        if col == TITLE:
            return s.title
        if col == PERSONS:
            return ", ".join(s.persons) if role == Qt.ItemDataRole.ToolTipRole else _short(s.persons)
        return ", ".join(s.tags)

    def _scan_mark(self) -> QIcon:
        """The mark of a report read from a scan (made once, when first needed)."""
        if self._scan_icon is None:
            from ..icons import icon
            self._scan_icon = icon("scan")
        return self._scan_icon

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Title"), self.tr("Persons"), self.tr("Tags"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Ask the core for another order (SQL sorts; see SORT_ORDERS), or back to the default."""
        if column in SORT_ORDERS:
            wanted = SORT_ORDERS[column][order != Qt.SortOrder.AscendingOrder]
        else:
            wanted = ORDER_AUTO
        if wanted != self.order:
            self.order = wanted
            self.sortRequested.emit(wanted)


def _short(names: tuple[str, ...], keep: int = 3) -> str:
    if len(names) <= keep:
        return ", ".join(names)
    return ", ".join(names[:keep]) + f" +{len(names) - keep}"
