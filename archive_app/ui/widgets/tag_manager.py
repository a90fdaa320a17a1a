"""The tag manager: rename, merge into another tag, colour and delete tags."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
)

from ..formatting import fmt_int
from ..tasks import Workers
from .prompts import ask_item, ask_text, confirm

TagIdRole = Qt.ItemDataRole.UserRole + 1
PALETTE = ("#d32f2f", "#f57c00", "#fbc02d", "#388e3c", "#00897b", "#1976d2", "#5e35b1", "#8d6e63", "#607d8b")


def swatch(colour: str | None) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(colour) if colour else QColor(0, 0, 0, 0))
    return QIcon(pix)


class TagManagerDialog(QDialog):
    changed = Signal(object)        # the core.models.Changes of each write

    def __init__(self, archive, workers: Workers, parent=None):
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle(self.tr("Tags"))
        self._archive, self._workers = archive, workers
        self.tags = []
        self.model = QStandardItemModel(0, 2, self)
        self.table = QTableView(objectName="tagTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(Qt.Orientation.Vertical)
        self.rename_button = self._button(buttons, "renameTagButton", self.tr("Rename…"), self.rename)
        self.merge_button = self._button(buttons, "mergeTagButton", self.tr("Merge into…"), self.merge)
        self.colour_button = QPushButton(self.tr("Colour"), objectName="colourTagButton")
        self.colour_menu = QMenu(self.colour_button)
        for colour in PALETTE:
            self.colour_menu.addAction(swatch(colour), colour, lambda c=colour: self.set_colour(c))
        self.colour_menu.addSeparator()
        self.colour_menu.addAction(self.tr("No colour"), lambda: self.set_colour(None))
        self.colour_button.setMenu(self.colour_menu)
        buttons.addButton(self.colour_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button = self._button(buttons, "deleteTagButton", self.tr("Delete…"), self.delete)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.loading = False
        self.reload()

    def _button(self, box: QDialogButtonBox, name: str, text: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self._workers.run("read", lambda ctx: self._archive.tags(), on_done=self._show)

    def _show(self, tags) -> None:
        self.loading = False
        keep = self.selected()
        self.tags = list(tags)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Reports")])
        for t in self.tags:
            name = QStandardItem(swatch(t.colour), t.name)
            name.setData(t.id, TagIdRole)
            count = QStandardItem(fmt_int(t.reports))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow([name, count])
        if keep is not None:
            self.select_tag(keep.name)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        # The selection can briefly point past a list that was just replaced (model reset).
        return self.tags[rows[0].row()] if rows and rows[0].row() < len(self.tags) else None

    def select_tag(self, name: str) -> bool:
        for row, t in enumerate(self.tags):
            if t.name == name:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *args) -> None:
        on = self.selected() is not None
        for b in (self.rename_button, self.merge_button, self.colour_button, self.delete_button):
            b.setEnabled(on)
        self.merge_button.setEnabled(on and len(self.tags) > 1)

    # --- actions ---------------------------------------------------------------------------
    def rename(self) -> None:
        tag = self.selected()
        name = ask_text(self, self.tr("Rename tag"), self.tr("New name:"), tag.name) if tag else None
        if name and name.strip() and name.strip() != tag.name:
            self.run(lambda ctx: self._archive.tagging.rename(tag.id, name))

    def merge(self) -> None:
        tag = self.selected()
        others = [t.name for t in self.tags if tag and t.id != tag.id]
        target = ask_item(self, self.tr("Merge tag"),
                          self.tr("Give the reports of “%1” this tag instead:").replace("%1", tag.name),
                          others) if tag else None
        chosen = next((t for t in self.tags if t.name == target), None)
        if chosen is not None:
            self.run(lambda ctx: self._archive.tagging.merge(tag.id, chosen.id))

    def set_colour(self, colour: str | None) -> None:
        tag = self.selected()
        if tag is not None:
            self.run(lambda ctx: self._archive.tagging.set_colour(tag.id, colour))

    def delete(self) -> None:
        tag = self.selected()
        if tag and confirm(self, self.tr("Delete tag"),
                           self.tr("Remove the tag “%1” from %2 report(s) and delete it?").replace(
                               "%1", tag.name).replace("%2", fmt_int(tag.reports)), self.tr("Delete tag")):
            self.run(lambda ctx: self._archive.tagging.delete(tag.id))

    def run(self, fn) -> None:
        """Run one change on the writer, then reload the list and tell the window."""
        self.loading = True

        def done(changes) -> None:
            self.changed.emit(changes)
            self.reload()

        self._workers.run("write", fn, on_done=done)
