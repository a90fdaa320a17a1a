"""A date typed as dd/mm/yyyy (also 1/1/2020, 01.01.2020, 01-01-2020 or 01012020), empty for "any date".

Not a QDateEdit: its sections caught Tab (day → month → year, and "any date" kept the focus) and typing
over its special value gave "bất kỳ01012020". A line edit lets Tab through and takes what is typed;
a calendar still opens from the field's button or with Alt+Down.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit

NO_DATE = QDate(1900, 1, 1)
_PATTERN = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$"     # 1/1/2020, 01.01.2020
                      r"|^\s*(\d{2})(\d{2})(\d{4})\s*$")                                    # 01012020
INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; }"


def parse_date(text: str) -> dt.date | None:
    """The date written in ``text`` (day first), or None if it is empty or not a real date."""
    m = _PATTERN.match(text or "")
    if not m:
        return None
    day, month, year = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class DateField(QLineEdit):
    """``date()`` / ``setDate()`` as QDateEdit has them (NO_DATE: empty); ``dateChanged`` when a complete
    valid date is typed or the field is emptied."""
    dateChanged = Signal(QDate)

    def __init__(self, name: str, parent=None):
        super().__init__(parent, objectName=name)
        self.setClearButtonEnabled(True)
        self.setMaxLength(10)
        self._date = NO_DATE
        self._calendar: QCalendarWidget | None = None
        self.calendar_action = self.addAction(self.style().standardIcon(
            self.style().StandardPixmap.SP_FileDialogDetailedView), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._typed)

    def date(self) -> QDate:
        return self._date

    def setDate(self, value: QDate) -> None:
        value = value if value.isValid() else NO_DATE
        old, self._date = self._date, value           # (set first: with signals blocked, _typed never runs)
        self.setStyleSheet("")
        self.setText("" if value == NO_DATE else value.toString("dd/MM/yyyy"))
        if value != old and not self.signalsBlocked():
            self.dateChanged.emit(value)

    def _typed(self, text: str) -> None:
        parsed = parse_date(text)
        invalid = bool(text.strip()) and parsed is None
        self.setStyleSheet(INVALID_STYLE if invalid else "")
        if invalid:
            return                                   # half typed: keep the filter until it is a date
        new = QDate(parsed.year, parsed.month, parsed.day) if parsed else NO_DATE
        if new != self._date:
            self._date = new
            self.dateChanged.emit(new)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """A calendar below the field; a click (or Enter) on a day puts it in the field."""
        calendar = QCalendarWidget(self, objectName=f"{self.objectName()}Calendar")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setSelectedDate(self._date if self._date != NO_DATE else QDate.currentDate())
        calendar.activated.connect(lambda day: (self.setDate(day), calendar.close()))
        calendar.clicked.connect(lambda day: (self.setDate(day), calendar.close()))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar = calendar
        calendar.show()
        calendar.setFocus()
