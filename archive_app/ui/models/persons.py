"""The person directory: every person in Vietnamese order with report counts, filterable as typed."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ...core.models import PersonInfo, PersonMeeting
from ...core.vietnamese import fold
from .facets import CountRole

_ROOT = QModelIndex()       # the invisible root, the only parent of flat models' rows

PersonIdRole = Qt.ItemDataRole.UserRole + 3


class PersonListModel(QAbstractListModel):
    """``archive.persons()`` (already in Vietnamese order), narrowed by a folded filter text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[PersonInfo] = []
        self._folded: list[str] = []
        self._shown: list[PersonInfo] = []

    def set_persons(self, persons: list[PersonInfo]) -> None:
        self._all = list(persons)
        self._folded = [fold(p.name) for p in self._all]
        self.set_filter("")

    def set_filter(self, text: str) -> None:
        """Keep persons whose name contains ``text``, diacritics aside ("nguyen" finds Nguyễn)."""
        needle = fold(text).strip()
        self.beginResetModel()
        self._shown = [p for p, f in zip(self._all, self._folded) if needle in f]
        self.endResetModel()

    def person(self, row: int) -> PersonInfo | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        p = self.person(index.row()) if index.isValid() else None
        if p is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return p.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "; ".join(p.roles) or p.name
        if role == CountRole:
            return p.reports
        if role == PersonIdRole:
            return p.id
        return None


@dataclass(frozen=True)
class RoleSpan:
    """One role a person held: the first and last meeting dates with it, and how many meetings."""
    role: str
    first: dt.date | None
    last: dt.date | None
    meetings: int


def role_spans(meetings: list[PersonMeeting]) -> list[RoleSpan]:
    """A person's roles over time: one line per role (case and spacing aside), earliest first;
    roles only seen in undated meetings come last."""
    spans: dict[str, list] = {}
    for m in meetings:
        key = " ".join((m.role or "").lower().split())
        span = spans.setdefault(key, [m.role or "", None, None, 0])
        if m.date is not None:
            span[1] = m.date if span[1] is None else min(span[1], m.date)
            span[2] = m.date if span[2] is None else max(span[2], m.date)
        span[3] += 1
    out = [RoleSpan(*values) for values in spans.values()]
    return sorted(out, key=lambda r: (r.first is None, r.first or dt.date.min, r.last or dt.date.min))
