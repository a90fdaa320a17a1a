"""The middle column of the window: the timeline, the active filters as chips, the count, the result
table and the tag bar. The table is keyboard-first: Enter opens the current report in the reader."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..models.results import TITLE
from .filter_chips import FilterChips
from .tag_editor import TagBar
from .timeline import Timeline


TITLE_MIN_WIDTH = 180      # px: below it the title column stops stretching and the table scrolls sideways


class ResultsTable(QTableView):
    """The results (``resultsView``); Enter or Return asks to read the current report. The title column
    takes the width the other columns leave, so every column is in sight without sideways scrolling
    while the title keeps a readable width."""
    openRequested = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != TITLE)
        fits = self.viewport().width() - others >= TITLE_MIN_WIDTH
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        if header.count() > TITLE and header.sectionResizeMode(TITLE) != mode:
            header.setSectionResizeMode(TITLE, mode)
            if not fits:
                header.resizeSection(TITLE, TITLE_MIN_WIDTH)

    def visible_rows(self) -> int:
        """How many rows the list shows at its present height (the first search's rows get snippets)."""
        return self.viewport().height() // max(1, self.verticalHeader().defaultSectionSize()) + 1

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
        header.setHighlightSections(False)
        for col, width in enumerate((88, 300, 160, 110)):
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
