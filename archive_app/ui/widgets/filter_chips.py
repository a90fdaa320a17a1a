"""Every active filter as a chip above the results ("Người dự: Trần Thị Hoa ✕"), as Paperless-ngx and
Zotero show theirs: a filter chosen in a dialog, on the timeline or on a list scrolled out of sight
never narrows the results unseen. ✕ on a chip drops that filter; "Clear filters" drops them all."""
from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.models import Filters
from ..formatting import fmt_date, fmt_int

CHIP_STYLE = ("QPushButton { background: #e8f0fe; border: 1px solid #9db4e0; border-radius: 10px;"
              " padding: 2px 10px; color: #1a3360; }"
              "QPushButton:hover, QPushButton:focus { background: #d2e3fc; border-color: #1a73e8; }")
FIELDS = ("person", "tag", "kind", "dates", "batch", "scanned")


def date_range_kind(start: dt.date | None, end: dt.date | None) -> str:
    """"year", "month" when the range is exactly one, else "range"."""
    if start and end and start.day == 1:
        if (start.month, end.month, end.day) == (1, 12, 31) and start.year == end.year:
            return "year"
        last = calendar.monthrange(start.year, start.month)[1]
        if (start.year, start.month) == (end.year, end.month) and end.day == last:
            return "month"
    return "range"


class FilterChips(QWidget):
    """Shows ``Filters`` as chips; hidden when no filter is on."""
    dropRequested = Signal(str)          # one of FIELDS
    clearRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filterChips")
        self.filters = Filters()
        self.chips: dict[str, QPushButton] = {}
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 2, 0, 2)
        self.layout_.setSpacing(6)
        self.heading = QLabel(objectName="filterChipsHeading")
        self.layout_.addWidget(self.heading)
        self.clear_button = QPushButton(objectName="clearAllFiltersButton", flat=True)
        self.clear_button.clicked.connect(self.clearRequested)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.clear_button)
        self.hide()
        self.retranslate()

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        for chip in self.chips.values():
            self.layout_.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        for n, (field, text) in enumerate(self.labels(filters)):
            chip = QPushButton(f"{text}  ✕", objectName=f"{field}Chip")
            chip.setStyleSheet(CHIP_STYLE)
            chip.setToolTip(self.tr("Remove this filter"))
            chip.clicked.connect(lambda _=False, field=field: self.dropRequested.emit(field))
            self.layout_.insertWidget(1 + n, chip)
            self.chips[field] = chip
        self.setVisible(bool(self.chips))

    def labels(self, f: Filters) -> list[tuple[str, str]]:
        """(field, text) for each active filter, in the order the chips show."""
        out = []
        if f.person:
            out.append(("person", self.tr("Person: %1").replace("%1", f.person)))
        if f.tag:
            out.append(("tag", self.tr("Tag: %1").replace("%1", f.tag)))
        if f.kind:
            out.append(("kind", self.tr("Kind: %1").replace("%1", f.kind)))
        if f.date_from or f.date_to:
            out.append(("dates", self._dates(f.date_from, f.date_to)))
        if f.batch:
            out.append(("batch", self.tr("Imported together: %1").replace("%1", fmt_int(len(f.batch)))))
        if f.scanned:
            out.append(("scanned", self.tr("Scans only")))
        return out

    def _dates(self, start: dt.date | None, end: dt.date | None) -> str:
        kind = date_range_kind(start, end)
        if kind == "year":
            return self.tr("Year %1").replace("%1", str(start.year))
        if kind == "month":
            return self.tr("Month %1").replace("%1", f"{start.month:02d}/{start.year}")
        if start and end:
            return self.tr("From %1 to %2").replace("%1", fmt_date(start)).replace("%2", fmt_date(end))
        if start:
            return self.tr("From %1").replace("%1", fmt_date(start))
        return self.tr("Until %1").replace("%1", fmt_date(end))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Filtered by:"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Drop every filter and show all matching reports"))
        self.set_filters(self.filters)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
