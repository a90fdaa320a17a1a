"""The search box (``searchEdit``): Down (or Page Down) moves into the results, as in Calibre and Anki."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit

from ..icons import icon


class SearchEdit(QLineEdit):
    downPressed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="searchEdit")
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumHeight(30)
        self.setAcceptDrops(False)          # dropped files go to the window: import

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and not event.modifiers():
            self.downPressed.emit()
            return
        super().keyPressEvent(event)
