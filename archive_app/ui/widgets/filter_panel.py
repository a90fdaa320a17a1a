"""The filter panel: persons, tags, years and meeting kinds with counts for the current query, and a
date range. Clicking a value filters by it; clicking it again lifts the filter."""
from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ...core.browsing import Facets
from ...core.models import Filters
from ..formatting import fmt_int
from ..models.facets import CountRole, FacetModel, KeyRole
from .date_field import NO_DATE, DateField


class CountDelegate(QStyledItemDelegate):
    """Draws the label with its count right-aligned in grey."""

    def paint(self, painter, option, index) -> None:
        count = index.data(CountRole)
        text = fmt_int(count) if count is not None else ""
        width = option.fontMetrics.horizontalAdvance(text) + 10
        opt = option.__class__(option)
        self.initStyleOption(opt, index)
        r = option.rect
        opt.rect = QRect(r.left(), r.top(), r.width() - width, r.height())
        style = opt.widget.style() if opt.widget else QStyle()
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(r, option.palette.highlight())
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = option.state & QStyle.StateFlag.State_Selected
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.placeholderText().color())
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(r.adjusted(0, 0, -6, 0), right, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, size.height())


class FacetList(QListView):
    """One facet; ``activeKey`` is the value filtered by (None: no filter)."""
    activated_key = Signal(object)          # key or None

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.facets = FacetModel(self)
        self.setModel(self.facets)
        self.setItemDelegate(CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.active_key: str | None = None
        self.clicked.connect(self._on_clicked)

    def set_values(self, values) -> None:
        self.facets.set_values(values)
        self._show_active()

    def set_active(self, key: str | None) -> None:
        self.active_key = key
        self._show_active()

    def click_key(self, key: str) -> None:
        """Act as if the value ``key`` was clicked (for keyboard use and tests)."""
        row = self.facets.row_of(key)
        if row is not None:
            self._on_clicked(self.facets.index(row, 0))

    def _on_clicked(self, index) -> None:
        key = index.data(KeyRole)
        self.active_key = None if key == self.active_key else key
        self._show_active()
        self.activated_key.emit(self.active_key)

    def _show_active(self) -> None:
        row = self.facets.row_of(self.active_key) if self.active_key is not None else None
        self.selectionModel().clearSelection()
        if row is not None:
            self.selectionModel().select(self.facets.index(row, 0), QItemSelectionModel.SelectionFlag.Select)


class FilterPanel(QWidget):
    filtersChanged = Signal(object)          # Filters

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.lists = {"person": FacetList("personFilter"), "tag": FacetList("tagFilter"),
                      "year": FacetList("yearFilter"), "kind": FacetList("kindFilter")}
        self.titles = {key: QLabel(objectName=f"{key}FilterTitle") for key in self.lists}
        for key, view in self.lists.items():
            view.activated_key.connect(lambda value, key=key: self._facet_clicked(key, value))
        self.date_from = self._date_edit("dateFrom")
        self.date_to = self._date_edit("dateTo")
        self._date_timer = QTimer(self, singleShot=True, interval=400)
        self._date_timer.timeout.connect(self._emit)
        self.scanned = QCheckBox(objectName="scannedFilter")     # "Bản quét": reports read by OCR only
        self.scanned.toggled.connect(self._emit)
        self.header = QLabel(objectName="filterHeader")
        self.batch: tuple[int, ...] | None = None        # "Show these reports" after an import
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="filterSplitter")
        splitter.setChildrenCollapsible(False)
        for key in ("person", "tag", "year", "kind"):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 4, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(self.titles[key])
            inner.addWidget(self.lists[key], 1)
            splitter.addWidget(box)
        splitter.setSizes([260, 160, 110, 110])
        self.splitter = splitter
        self.dates = QFormLayout()
        self.dates.setContentsMargins(0, 6, 0, 0)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.dates.addRow(self.from_label, self.date_from)
        self.dates.addRow(self.to_label, self.date_to)
        layout = QVBoxLayout(self)            # (one "Clear filters": the chip row's, beside what it clears)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.dates)
        layout.addWidget(self.scanned)
        self.retranslate()

    def _date_edit(self, name: str) -> DateField:
        edit = DateField(name)
        edit.dateChanged.connect(self._dates_edited)
        return edit

    # --- state -----------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(person=self.lists["person"].active_key, tag=self.lists["tag"].active_key,
                       kind=self.lists["kind"].active_key, date_from=_py_date(self.date_from.date()),
                       date_to=_py_date(self.date_to.date()), batch=self.batch,
                       scanned=self.scanned.isChecked())

    def is_pending(self) -> bool:
        """A date was edited and the filter change is about to be sent."""
        return self._date_timer.isActive()

    def set_facets(self, facets: Facets) -> None:
        self.lists["person"].set_values(facets.persons)
        self.lists["tag"].set_values(facets.tags)
        self.lists["year"].set_values(facets.years)
        self.lists["kind"].set_values(facets.kinds)

    def set_range(self, start: dt.date | None, end: dt.date | None, year: str | None = None) -> None:
        """Filter to a date range (a year from the list, a month from the timeline) at once."""
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            edit.blockSignals(False)
        self.lists["year"].set_active(year)
        self._emit()

    def set_month(self, year: int, month: int) -> None:
        last = calendar.monthrange(year, month)[1]
        self.set_range(dt.date(year, month, 1), dt.date(year, month, last))

    def set_person(self, name: str | None) -> None:
        self.lists["person"].set_active(name)
        self._emit()

    def set_filters(self, f: Filters) -> None:
        """Show and apply ``f`` (a saved search): every value at once, one change sent."""
        for key in ("person", "tag", "kind"):
            self.lists[key].set_active(getattr(f, key))
        self.lists["year"].set_active(None)
        self.batch = f.batch
        self._set_scanned(f.scanned)
        self.set_range(f.date_from, f.date_to)

    def set_batch(self, ids) -> None:
        """Only the reports of one import (None: every report)."""
        self.batch = tuple(ids) if ids else None
        self._emit()

    def drop(self, field: str) -> None:
        """Lift one filter (a chip's ✕): "person", "tag", "kind", "dates", "batch" or "scanned"."""
        if field in self.lists:
            self.lists[field].set_active(None)
        elif field == "batch":
            self.batch = None
        elif field == "scanned":
            self._set_scanned(False)
        elif field == "dates":
            self.set_range(None, None)
            return
        self._emit()

    def clear(self) -> None:
        for view in self.lists.values():
            view.set_active(None)
        self.batch = None
        self._set_scanned(False)
        self.set_range(None, None)

    def _set_scanned(self, on: bool) -> None:
        """Tick or clear "Scans only" without sending a change of its own."""
        self.scanned.blockSignals(True)
        self.scanned.setChecked(on)
        self.scanned.blockSignals(False)

    def _facet_clicked(self, key: str, value) -> None:
        if key == "year":
            y = int(value) if value else None
            self.set_range(dt.date(y, 1, 1) if y else None, dt.date(y, 12, 31) if y else None, value)
        else:
            self._emit()

    def _dates_edited(self) -> None:
        self.lists["year"].set_active(None)
        self._date_timer.start()

    def _emit(self) -> None:
        self._date_timer.stop()
        self.filtersChanged.emit(self.filters())

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Filters")
        self.header.setText(f"<b>{title}</b>")
        self.titles["person"].setText(self.tr("Persons"))
        self.titles["tag"].setText(self.tr("Tags"))
        self.titles["year"].setText(self.tr("Years"))
        self.titles["kind"].setText(self.tr("Meeting kinds"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            edit.setToolTip(self.tr("Type a date as dd/mm/yyyy; empty: any date. Alt+Down opens a calendar."))
            edit.calendar_action.setToolTip(self.tr("Choose on a calendar"))
        self.scanned.setText(self.tr("Scans only"))
        self.scanned.setToolTip(self.tr("Only reports whose text was read from a scan by OCR"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _py_date(value: QDate) -> dt.date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())
