"""View ▸ Sort by: every order the core sorts in (``core.browsing.SORTS``), including the ones no
column header offers (meeting kind). The header and this menu always show the same order."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

ORDERS = ("", "date_desc", "date_asc", "title_asc", "title_desc", "kind_asc", "persons_desc", "imported_desc")


class SortMenu(QMenu):
    orderChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sortMenu")
        self.group = QActionGroup(self)
        self.by_order = {}
        for order in ORDERS:
            action = self.addAction("")
            action.setObjectName(f"sort_{order or 'auto'}Action")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, order=order: self.orderChosen.emit(order))
            self.group.addAction(action)
            self.by_order[order] = action
        self.set_order("")
        self.retranslate()

    def set_order(self, order: str) -> None:
        """Show ``order`` as chosen (one the menu lacks, e.g. persons_asc: none checked)."""
        for key, action in self.by_order.items():
            action.setChecked(key == order)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Sort by"))
        texts = {"": self.tr("Best match (newest first without a search)"),
                 "date_desc": self.tr("Date, newest first"), "date_asc": self.tr("Date, oldest first"),
                 "title_asc": self.tr("Title, A to Z"), "title_desc": self.tr("Title, Z to A"),
                 "kind_asc": self.tr("Meeting kind"),
                 "persons_desc": self.tr("Number of persons, most first"),
                 "imported_desc": self.tr("Imported, latest first")}
        for order, action in self.by_order.items():
            action.setText(texts[order])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
