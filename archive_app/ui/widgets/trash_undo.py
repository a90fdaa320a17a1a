"""Delete with Undo: what the last Delete moved to the trash, the status-bar button that brings it
back, and the row the selection moves to once the trashed rows leave the list."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton


class TrashUndo(QObject):
    def __init__(self, operations, undo_action, parent=None):
        super().__init__(parent)
        self.operations, self.undo_action = operations, undo_action
        self.button = QPushButton(objectName="undoTrashButton", flat=True)
        self.button.hide()
        self.last_trashed: list[int] = []           # what Undo brings back
        self.row_after: int | None = None           # where the selection goes once trashed rows vanish
        operations.trashed.connect(self._trashed)
        undo_action.triggered.connect(self.undo)
        self.button.clicked.connect(self.undo)

    def trash(self, ids: list[int], first_row: int) -> None:
        self.row_after = first_row
        self.operations.trash(ids)

    def take_row_after(self) -> int | None:
        """The row that took the first trashed row's place, once (None when nothing was trashed)."""
        row, self.row_after = self.row_after, None
        return row

    def _trashed(self, ids: list[int]) -> None:
        self.last_trashed = list(ids)
        self.undo_action.setEnabled(bool(ids))
        self.button.setText(self.tr("Undo (Ctrl+Z)"))
        self.button.setVisible(bool(ids))

    def undo(self) -> None:
        """Bring back the reports the last Delete moved to the trash."""
        ids, self.last_trashed = self.last_trashed, []
        self.undo_action.setEnabled(False)
        self.button.hide()
        if ids:
            self.operations.restore(ids)
