"""Correct a report's title, date, kind, organisation, author and persons (name, role, chair).

When another desk saved the report after this dialog opened, the save is refused ("reload"): the dialog
says so and offers Reload, which brings in the other desk's version without losing what was typed here
(see ``reloaded``)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
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
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ...core.editing import ReportEdit
from ...core.models import PersonRole, Report

NO_DATE = QDate(1900, 1, 1)


class EditDialog(QDialog):
    """Fields filled from ``report``; ``edit()`` returns what the archivist typed, ``revision`` the
    revision of the report the fields started from (the one a save must still find)."""

    reloadRequested = Signal()      # the user asked for the report's current version after a refusal

    def __init__(self, report: Report, kinds: list[str], parent=None):
        super().__init__(parent)
        self.base = report          # the version the user's changes are changes of
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
        self.title.textChanged.connect(lambda text: self._enable_save())
        self.notice = QLabel(objectName="editNotice", wordWrap=True)
        self.notice.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }")
        self.reload_button = QPushButton(self.tr("Reload"), objectName="reloadButton")
        self.reload_button.setToolTip(
            self.tr("Load the version saved at the other desk; what you typed is kept"))
        self.reload_button.clicked.connect(self._reload)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.hide()
        self.reload_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(notice_row)
        layout.addLayout(form)
        layout.addWidget(self.person_table, 1)
        layout.addLayout(person_buttons)
        layout.addWidget(buttons)
        self.resize(720, 520)

    @property
    def revision(self) -> int:
        return self.base.revision

    def refuse_stale(self, message: str) -> None:
        """The save was refused because the report changed meanwhile: say so, offer Reload, and keep
        Save off until then (a save from the old revision can only be refused again)."""
        self.notice.setText(message)
        self.notice.show()
        self.reload_button.show()
        self.reload_button.setEnabled(True)
        self._enable_save()

    def _reload(self) -> None:
        self.reload_button.setEnabled(False)
        self.reloadRequested.emit()

    def reloaded(self, current: Report) -> None:
        """Take ``current`` (the report as saved now) as the new base, field by field: a field the user
        did not touch takes the other desk's value (saving must not undo their correction); a field the
        user changed keeps what they typed, and if the other desk changed it too, its value is named
        in the notice so the user decides knowingly."""
        typed, before, now = _fields(self.edit()), _fields(self.base), _fields(current)
        labels = {"title": self.tr("Title"), "date": self.tr("Meeting date"), "kind": self.tr("Meeting kind"),
                  "organisation": self.tr("Organisation"), "author": self.tr("Written by"),
                  "persons": self.tr("Persons")}
        empty, both = self.tr("(empty)"), []
        for name, value in now.items():
            if typed[name] == before[name]:
                self._set_field(name, value)
            elif value != before[name] and value != typed[name]:
                both.append(f"{labels[name]}: “{_shown(value, empty)}”")
        self.base = current
        self.reload_button.hide()
        if both:
            said = self.tr("Reloaded the version saved at the other desk. Your changes are kept. "
                           "The other desk also changed these fields; Save keeps yours:")
            self.notice.setText("\n".join([said, *both]))
        else:
            self.notice.setText(self.tr("Reloaded the version saved at the other desk; your changes are "
                                        "kept over it. Check and save again."))
        self._enable_save()

    def _set_field(self, name: str, value) -> None:
        if name == "date":
            self.date.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        elif name == "kind":
            self.kind.setCurrentText(value)
        elif name == "persons":
            self.persons.removeRows(0, self.persons.rowCount())
            for person in value:
                self.add_person(*person)
        else:
            getattr(self, name).setText(value)

    def _enable_save(self) -> None:
        self.save_button.setEnabled(bool(self.title.text().strip()) and self.reload_button.isHidden())

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


def _fields(version: Report | ReportEdit) -> dict:
    """The editable fields of a saved report or of the form, in the form's terms (empty text, not None)."""
    return {"title": version.title, "date": version.date, "kind": version.kind or "",
            "organisation": version.organisation or "", "author": version.author or "",
            "persons": tuple((p.name, p.role or "", bool(p.chair)) for p in version.persons)}


def _shown(value, empty: str) -> str:
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, tuple):
        return ", ".join(name for name, _, _ in value) or empty
    return value or empty
