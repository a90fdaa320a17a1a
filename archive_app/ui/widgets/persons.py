"""The persons view: everyone in Vietnamese alphabetical order with report counts; for one person,
the roles they held over time and every meeting they attended."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..formatting import fmt_date, fmt_int
from ..models.persons import PersonListModel, role_spans
from ..tasks import Workers
from .filter_panel import CountDelegate

ReportIdRole = Qt.ItemDataRole.UserRole + 1


class PersonsDialog(QDialog):
    openReport = Signal(int)
    filterByPerson = Signal(str)

    def __init__(self, archive, workers: Workers, parent=None):
        super().__init__(parent)
        self.setObjectName("personsDialog")
        self._archive, self._workers = archive, workers
        self.person = None
        self.loading = True
        self._meetings: list = []
        self.filter_edit = QLineEdit(objectName="personSearch")
        self.filter_edit.setClearButtonEnabled(True)
        self.people = PersonListModel(self)
        self.list = QListView(objectName="personList")
        self.list.setModel(self.people)
        self.list.setItemDelegate(CountDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.filter_edit.textChanged.connect(self._narrow)
        self.filter_edit.returnPressed.connect(self._filter)     # Enter: the person typed, not an earlier
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _: self.show_person(cur.row()))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter_edit)
        lv.addWidget(self.list, 1)
        self.heading = QLabel(objectName="personHeading", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.meetings = QStandardItemModel(0, 3, self)
        self.table = QTableView(objectName="personMeetings")
        self.table.setModel(self.meetings)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._open_meeting)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.table, 1)
        splitter = QSplitter(objectName="personsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        buttons = QDialogButtonBox()
        action, reject = QDialogButtonBox.ButtonRole.ActionRole, QDialogButtonBox.ButtonRole.RejectRole
        self.filter_button = buttons.addButton("", action)
        self.filter_button.setObjectName("filterByPersonButton")
        self.filter_button.setEnabled(False)
        self.filter_button.clicked.connect(self._filter)
        self.close_button = buttons.addButton("", reject)
        self.close_button.clicked.connect(self.reject)
        for button in (self.filter_button, self.close_button):
            button.setAutoDefault(False)          # Enter in the search box is the box's, never a button's
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Read the persons (again, after a write changed them)."""
        self.loading = True
        self._workers.run("read", lambda ctx: self._archive.persons(), on_done=self._loaded)

    def _loaded(self, persons) -> None:
        self.loading = False
        self.people.set_persons(persons)
        self._show_count()
        if persons:
            self.list.setCurrentIndex(self.people.index(0, 0))

    def _show_count(self) -> None:
        self.heading.setText(self.tr("%Ln person(s) in the archive. Choose one to see their meetings.", "",
                                     self.people.rowCount()))

    def _narrow(self, text: str) -> None:
        """Keep the persons matching ``text``; the first of them becomes the one shown (and filtered by)."""
        self.people.set_filter(text)
        if self.people.rowCount():
            self.list.setCurrentIndex(self.people.index(0, 0))
        else:
            self.person = None
            self.filter_button.setEnabled(False)

    def select_name(self, name: str) -> bool:
        """Show the person called ``name`` (the filter's person, a link from the reader), even when
        the search box has narrowed the list to others."""
        for attempt in range(2):
            for row in range(self.people.rowCount()):
                if self.people.person(row).name == name:
                    self.list.setCurrentIndex(self.people.index(row, 0))
                    return True
            if attempt == 0 and self.filter_edit.text():
                self.filter_edit.clear()
        return False

    def show_person(self, row: int) -> None:
        person = self.people.person(row)
        self.person = person
        self.filter_button.setEnabled(person is not None)
        if person is None:
            return
        self.loading = True
        self._workers.run("read", lambda ctx: self._archive.person_meetings(person.id),
                          on_done=lambda meetings: self._show_meetings(person, meetings))

    def _show_meetings(self, person, meetings) -> None:
        if person is not self.person:
            return
        self.loading = False
        self._meetings = meetings
        periods = []
        no_role, unknown = self.tr("no role recorded"), self.tr("date not recorded")
        for span in role_spans(meetings):
            if span.first is None:
                when = unknown
            elif span.first == span.last:
                when = fmt_date(span.first)
            else:
                when = f"{fmt_date(span.first)} – {fmt_date(span.last)}"
            role = html.escape(span.role) if span.role else "<i>" + html.escape(no_role) + "</i>"
            count = html.escape(self.tr("%n meeting(s)", "", span.meetings))
            periods.append(f"<tr><td style='padding-right:14px; color:#555'>{html.escape(when)}</td>"
                           f"<td>{role}</td><td style='color:#777; padding-left:10px'>{count}</td></tr>")
        reports = html.escape(self.tr("%n report(s)", "", person.reports))
        roles_title = html.escape(self.tr("Roles over time"))
        self.heading.setText(
            f"<h2 style='margin:0'>{html.escape(person.name)}</h2><p style='color:#555'>{reports}</p>"
            f"<p><b>{roles_title}</b></p><table>{''.join(periods)}</table>")
        self.meetings.clear()
        self.meetings.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Meeting"), self.tr("Role")])
        chair = self.tr("chair")
        for m in reversed(meetings):                       # newest first
            title = QStandardItem(m.title)
            title.setData(m.report_id, ReportIdRole)
            title.setToolTip(m.title)
            role = m.role + (" (" + chair + ")" if m.chair else "")
            self.meetings.appendRow([QStandardItem(fmt_date(m.date)), title, QStandardItem(role)])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 300)
        self.setWindowTitle(self.tr("Persons") + f" — {person.name} ({fmt_int(person.reports)})")

    def _open_meeting(self, index) -> None:
        rid = self.meetings.item(index.row(), 1).data(ReportIdRole)
        if rid is not None:
            self.openReport.emit(int(rid))

    def _filter(self) -> None:
        if self.person is not None:
            self.filterByPerson.emit(self.person.name)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Persons"))
        self.filter_edit.setPlaceholderText(self.tr("Find a person (diacritics optional)"))
        self.filter_button.setText(self.tr("Show their reports"))
        self.close_button.setText(self.tr("Close"))
        if self.person is not None and not self.loading:
            self._show_meetings(self.person, self._meetings)
        elif not self.loading:
            self._show_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
