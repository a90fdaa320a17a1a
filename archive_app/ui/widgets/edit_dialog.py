"""Correct a report's title, date, kind, organisation, author and persons (name, role, chair)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...core.editing import ReportEdit
from ...core.models import PersonRole, Report

NO_DATE = QDate(1900, 1, 1)


class EditDialog(QDialog):
    """Fields filled from ``report``; ``edit()`` returns what the archivist typed."""

    def __init__(self, report: Report, kinds: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("editDialog")
        self.setWindowTitle(self.tr("Edit report details"))
        self.title = QLineEdit(report.title, objectName="editTitle")
        self.date = QDateEdit(objectName="editDate")
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("no date"))
        d = report.date
        self.date.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
        self.kind = QComboBox(objectName="editKind", editable=True)
        self.kind.addItems([""] + [k for k in kinds if k])
        self.kind.setCurrentText(report.kind or "")
        self.organisation = QLineEdit(report.organisation or "", objectName="editOrganisation")
        self.author = QLineEdit(report.author or "", objectName="editAuthor")
        self.persons = QStandardItemModel(0, 3, self)
        self.persons.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Chair")])
        for p in report.persons:
            self.add_person(p.name, p.role, p.chair)
        self.person_table = QTableView(objectName="editPersons")
        self.person_table.setModel(self.persons)
        self.person_table.verticalHeader().hide()
        self.person_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.person_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.person_table.setColumnWidth(0, 200)
        add = QPushButton(self.tr("Add person"), objectName="addPersonButton")
        remove = QPushButton(self.tr("Remove person"), objectName="removePersonButton")
        add.clicked.connect(lambda: self._add_and_edit())
        remove.clicked.connect(self._remove_selected)
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(add)
        person_buttons.addWidget(remove)
        person_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Meeting date"), self.date)
        form.addRow(self.tr("Meeting kind"), self.kind)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Written by"), self.author)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.person_table, 1)
        layout.addLayout(person_buttons)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def add_person(self, name: str = "", role: str = "", chair: bool = False) -> None:
        chair_item = QStandardItem()
        chair_item.setCheckable(True)
        chair_item.setEditable(False)
        chair_item.setCheckState(Qt.CheckState.Checked if chair else Qt.CheckState.Unchecked)
        self.persons.appendRow([QStandardItem(name), QStandardItem(role), chair_item])

    def _add_and_edit(self) -> None:
        self.add_person()
        index = self.persons.index(self.persons.rowCount() - 1, 0)
        self.person_table.setCurrentIndex(index)
        self.person_table.edit(index)

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.person_table.selectionModel().selectedRows()}, reverse=True):
            self.persons.removeRow(row)

    def edit(self) -> ReportEdit:
        q = self.date.date()
        date = None if q == NO_DATE else dt.date(q.year(), q.month(), q.day())
        persons = tuple(
            PersonRole(self.persons.item(r, 0).text(), self.persons.item(r, 1).text(),
                       self.persons.item(r, 2).checkState() == Qt.CheckState.Checked)
            for r in range(self.persons.rowCount()) if self.persons.item(r, 0).text().strip())
        return ReportEdit(title=self.title.text(), date=date, kind=self.kind.currentText() or None,
                          organisation=self.organisation.text() or None, author=self.author.text() or None,
                          persons=persons)
