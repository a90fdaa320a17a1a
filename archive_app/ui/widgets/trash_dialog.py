"""The trash: reports deleted from the archive, to restore or to delete for good."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from ..formatting import fmt_date, fmt_datetime
from ..tasks import Workers
from .prompts import confirm

IdRole = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    changed = Signal(object)                # the core.models.Changes of a restore or an empty

    def __init__(self, archive, workers: Workers, parent=None):
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self._archive, self._workers = archive, workers
        self.info = QLabel(wordWrap=True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Meeting date"), self.tr("Deleted")])
        self.table = QTableView(objectName="trashView")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restoreButton")
        destructive = QDialogButtonBox.ButtonRole.DestructiveRole
        self.empty_button = buttons.addButton(self.tr("Empty trash…"), destructive)
        self.empty_button.setObjectName("emptyTrashButton")
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.loading = False
        self.reload()

    def reload(self) -> None:
        self.loading = True
        self._workers.run("read", lambda ctx: self._archive.trash.reports(), on_done=self._show)

    def _show(self, items) -> None:
        self.loading = False
        self.model.removeRows(0, self.model.rowCount())
        for item in items:
            title = QStandardItem(item.title)
            title.setData(item.id, IdRole)
            self.model.appendRow([title, QStandardItem(fmt_date(item.date)),
                                  QStandardItem(fmt_datetime(item.deleted_at))])
        self.info.setText(self.tr("%n report(s) in the trash. Restored reports come back with their tags.",
                                  "", len(items)) if items else self.tr("The trash is empty."))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        return [self.model.item(i.row(), 0).data(IdRole) for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self, *args) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(lambda ctx: self._archive.trash.restore(ids))

    def empty(self) -> None:
        n = self.model.rowCount()
        question = self.tr("Delete %n report(s) and their original files for good? "
                           "This cannot be undone.", "", n)
        if n and confirm(self, self.tr("Empty trash"), question, self.tr("Delete for good")):
            ids = [self.model.item(r, 0).data(IdRole) for r in range(n)]
            self._run(lambda ctx: self._archive.trash.empty(ids))

    def _run(self, fn) -> None:
        self.loading = True

        def done(changes) -> None:
            self.changed.emit(changes)
            self.reload()

        self._workers.run("write", fn, on_done=done)
