"""What the result list shows, decided in one place: the filter chips, the timeline's month (a second
click lifts it), the order (header and View ▸ Sort by agree), one import's batch, and the saved views."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ..models.results import SORT_ORDERS


class ListControls(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        w = window
        w.filters.filtersChanged.connect(self.filters_changed)
        w.chips.dropRequested.connect(w.filters.drop)
        w.chips.clearRequested.connect(w.filters.clear)
        w.timeline.monthClicked.connect(self.month_clicked)
        w.results.sortRequested.connect(self.sort_requested)
        w.actions.sort_menu.orderChosen.connect(self.sort_chosen)
        w.imports.showBatch.connect(self.show_batch)
        w.views.recentRequested.connect(self.show_recent)
        w.views.searchRequested.connect(self.apply_search)
        w.views.saveRequested.connect(lambda: w.views.save_search(w.search.request.query,
                                                                  w.filters.filters()))

    def filters_changed(self, filters) -> None:
        """Chips show every filter; an open Persons dialog shows the person filtered by."""
        self.w.chips.set_filters(filters)
        dialog = self.w.operations.persons_dialog
        if filters.person and dialog is not None and dialog.isVisible():
            dialog.select_name(filters.person)

    def month_clicked(self, year: int, month: int) -> None:
        """A bar filters to its month; clicking the chosen month again lifts the date filter."""
        if self.w.timeline.selected == f"{year:04d}-{month:02d}":
            self.w.filters.drop("dates")
        else:
            self.w.filters.set_month(year, month)

    def sort_requested(self, order: str) -> None:
        """A header click: the core sorts; View ▸ Sort by shows the same order."""
        if not order:
            self.w.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.w.actions.sort_menu.set_order(order)
        self.w.search.set_order(order)

    def sort_chosen(self, order: str) -> None:
        """View ▸ Sort by (or a view): the header shows the order when a column has it."""
        column = next((c for c, pair in SORT_ORDERS.items() if order in pair), -1)
        descending = column >= 0 and SORT_ORDERS[column][1] == order
        self.w.results.order = order
        self.w.actions.sort_menu.set_order(order)
        header = self.w.table.horizontalHeader()
        header.blockSignals(True)                 # (the header's own signal would sort again)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.viewport().update()
        self.w.search.set_order(order)

    def show_batch(self, ids: list[int]) -> None:
        """Only the reports of one import, whatever was searched before (a chip says so)."""
        self.w.search_edit.clear()
        self.w.filters.set_batch(ids)

    def show_recent(self) -> None:
        """Recently imported: every report, the latest import first."""
        self.w.search_edit.clear()
        self.w.filters.clear()
        self.sort_chosen("imported_desc")

    def apply_search(self, query: str, filters) -> None:
        self.w.search_edit.setText(query)
        self.w.filters.set_filters(filters)
