"""Facet lists (persons, tags, years, kinds) with counts for the current query."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ...core.browsing import FacetValue
from ..formatting import fmt_int

_ROOT = QModelIndex()       # the invisible root, the only parent of flat models' rows

KeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2


class FacetModel(QAbstractListModel):
    """One facet's values; the label is displayed, the count drawn beside it by the delegate."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._values: tuple[FacetValue, ...] = ()

    def set_values(self, values) -> None:
        self.beginResetModel()
        self._values = tuple(values)
        self.endResetModel()

    def values(self) -> tuple[FacetValue, ...]:
        return self._values

    def row_of(self, key: str) -> int | None:
        return next((i for i, v in enumerate(self._values) if v.key == key), None)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._values)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._values):
            return None
        value = self._values[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{value.label} ({fmt_int(value.count)})"
        if role == KeyRole:
            return value.key
        if role == CountRole:
            return value.count
        return None
