"""The middle column of the window: the timeline, the active filters as chips, the count, the result
table and the tag bar. The table is keyboard-first: Enter opens the current report in the reader."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from .filter_chips import FilterChips
from .tag_editor import TagBar
from .timeline import Timeline


class ResultsTable(QTableView):
    """The results (``resultsView``); Enter or Return asks to read the current report."""
    openRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


class ResultsPane(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.timeline = Timeline()
        self.chips = FilterChips()
        self.count_label = QLabel(objectName="resultCount")
        self.table = ResultsTable(objectName="resultsView")
        table = self.table
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)            # Tab leaves the table for the tag box and the reader
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for col, width in enumerate((88, 300, 160)):
            table.setColumnWidth(col, width)
        table.setSortingEnabled(True)
        self.tag_bar = TagBar()
        self.tag_bar.edit.setAcceptDrops(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.timeline)
        layout.addWidget(self.chips)
        layout.addWidget(self.count_label)
        layout.addWidget(table, 1)
        layout.addWidget(self.tag_bar)
