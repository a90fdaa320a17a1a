"""Views at the top of the filter panel, as Paperless-ngx's saved views: "Recently imported" (every
report, the latest import first) and the user's saved searches — a query with its filters under a
name, kept per archive in the user's settings. Enter or a click applies one; Delete forgets one."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, \
    QVBoxLayout, QWidget

from ...core.models import Filters
from ..settings import app_settings

RECENT = "recent"
NameRole = Qt.ItemDataRole.UserRole + 1
FIELDS = ("person", "tag", "kind", "date_from", "date_to")


def to_json(query: str, filters: Filters) -> dict:
    """A saved search as settings keep it (an import batch is never saved: it is one moment's list)."""
    out = {"query": query}
    for name in FIELDS:
        value = getattr(filters, name)
        if value:
            out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def from_json(data: dict) -> tuple[str, Filters]:
    values = {n: data.get(n) for n in FIELDS}
    for n in ("date_from", "date_to"):
        values[n] = dt.date.fromisoformat(values[n]) if values[n] else None
    return data.get("query", ""), Filters(**values)


class SavedSearches:
    """The saved searches of one archive (name → search), in the user's settings."""

    def __init__(self, archive_root: Path):
        self.key = "savedSearches/" + hashlib.sha1(str(archive_root).encode()).hexdigest()[:16]

    def all(self) -> dict[str, dict]:
        try:
            return dict(json.loads(app_settings().value(self.key) or "{}"))
        except (ValueError, TypeError):
            return {}

    def save(self, name: str, query: str, filters: Filters) -> None:
        searches = self.all()
        searches[name] = to_json(query, filters)
        self._write(searches)

    def forget(self, name: str) -> None:
        searches = self.all()
        searches.pop(name, None)
        self._write(searches)

    def _write(self, searches: dict) -> None:
        s = app_settings()
        s.setValue(self.key, json.dumps(searches, ensure_ascii=False))
        s.sync()


class SavedViews(QWidget):
    recentRequested = Signal()
    searchRequested = Signal(str, object)        # query, Filters
    saveRequested = Signal()                     # the window answers with save_search(query, filters)

    def __init__(self, archive_root: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("savedViews")
        self.store = SavedSearches(archive_root)
        self.title = QLabel(objectName="savedViewsTitle")
        self.list = QListWidget(objectName="savedViewList")
        self.list.itemActivated.connect(self._apply)
        self.list.itemClicked.connect(self._apply)
        self.list.installEventFilter(self)
        self.save_button = QPushButton(objectName="saveSearchButton", flat=True)
        self.save_button.clicked.connect(self.saveRequested)
        self.dialog: QInputDialog | None = None
        below = QHBoxLayout()                 # under the list: beside the title it was cut in a narrow panel
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.save_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(below)
        self.retranslate()

    def reload(self) -> None:
        self.list.clear()
        recent = QListWidgetItem(self.tr("Recently imported"))
        recent.setData(NameRole, RECENT)
        recent.setToolTip(self.tr("Every report, the latest import first"))
        self.list.addItem(recent)
        for name in sorted(self.store.all(), key=str.casefold):
            item = QListWidgetItem("🔎 " + name)
            item.setData(NameRole, name)
            item.setToolTip(self.tr("Saved search (Delete forgets it)"))
            self.list.addItem(item)

    def save_search(self, query: str, filters: Filters) -> None:
        """Ask for a name, then keep ``query`` and ``filters`` under it."""
        dialog = QInputDialog(self)
        dialog.setObjectName("saveSearchDialog")
        dialog.setWindowTitle(self.tr("Save search"))
        dialog.setLabelText(self.tr("Name of this search:"))
        dialog.setTextValue(query.strip())
        dialog.setOkButtonText(self.tr("Save"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.textValueSelected.connect(lambda name: self.save_as(name, query, filters))
        self.dialog = dialog
        dialog.open()

    def save_as(self, name: str, query: str, filters: Filters) -> None:
        name = " ".join(name.split())
        if name and name != RECENT:
            self.store.save(name, query, filters)
            self.reload()

    def _apply(self, item: QListWidgetItem) -> None:
        name = item.data(NameRole)
        if name == RECENT:
            self.recentRequested.emit()
        elif name in (saved := self.store.all()):
            self.searchRequested.emit(*from_json(saved[name]))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            item = self.list.currentItem()
            if item is not None and item.data(NameRole) != RECENT:
                self.store.forget(item.data(NameRole))
                self.reload()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Saved searches"))
        self.save_button.setText(self.tr("Save search…"))
        self.save_button.setToolTip(self.tr("Keep the current search and filters under a name"))
        self.reload()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
