"""Help ▸ Keyboard shortcuts: every key of the day's work in one table — the actions' own shortcuts
(read from the actions, so the list never goes stale) and the keys that move between the panes."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    def __init__(self, actions, parent=None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(self.tr("Down (in the search box)"), self.tr("Go to the results")),
                (self.tr("Up, Down, Page Up, Page Down"), self.tr("Move through the results")),
                (self.tr("Enter (in the results)"), self.tr("Read the report: the reader takes the keys")),
                (self.tr("Escape (in the reader)"), self.tr("Back to the results")),
                (self.tr("Tab, Shift+Tab"), self.tr("Next or previous field")),
                (self.tr("dd/mm/yyyy (in From and To)"), self.tr("Type a date; Alt+Down opens a calendar"))]
        for action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((keys, action.text().replace("&", "").rstrip("…")))
        self.table = QTableWidget(len(rows), 2, self, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, self._height_for_every_row(buttons))

    def _height_for_every_row(self, buttons) -> int:
        """Tall enough to list every key without scrolling (Ctrl+Z, F1 are at the end), within the screen."""
        table = self.table
        rows = table.verticalHeader().length() + table.horizontalHeader().sizeHint().height()
        margins = self.layout().contentsMargins()
        wanted = (rows + 2 * table.frameWidth() + self.layout().spacing() + buttons.sizeHint().height()
                  + margins.top() + margins.bottom())
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        return min(wanted, screen - 80)
