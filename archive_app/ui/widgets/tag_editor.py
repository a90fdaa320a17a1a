"""Tagging the selected reports: a line edit with an accent-insensitive completer ("dan" offers "dân vận")."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...core.vietnamese import fold


def split_tags(text: str) -> list[str]:
    """Tags typed in one line, separated by commas or semicolons."""
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


def complete(names: list[str], typed: str, limit: int = 20) -> list[str]:
    """Tag names with a word starting with what was typed, diacritics aside ("dan" → "dân vận");
    names that start with it come first."""
    needle = " ".join(fold(typed).split())
    if not needle:
        return []
    folded = [(" ".join(fold(n).split()), n) for n in names]
    starts = [n for f, n in folded if f.startswith(needle)]
    inside = [n for f, n in folded if f" {needle}" in f" {f}" and not f.startswith(needle)]
    return (starts + inside)[:limit]


class FoldCompleter(QCompleter):
    """Completes the last comma-separated tag; the candidates are chosen by ``complete`` (folded)."""

    def __init__(self, edit: QLineEdit):
        self._list = QStringListModel()
        super().__init__(self._list, edit)
        self.names: list[str] = []
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._edit = edit
        edit.setCompleter(self)
        edit.textEdited.connect(self.update_for)

    def update_for(self, text: str) -> None:
        last = text.replace(";", ",").split(",")[-1]
        candidates = complete(self.names, last)
        self._list.setStringList(candidates)
        if candidates and candidates != [last.strip()]:
            self.complete()
        elif self.popup().isVisible():
            self.popup().hide()

    def candidates(self) -> list[str]:
        return self._list.stringList()

    def pathFromIndex(self, index) -> str:
        chosen = index.data()
        text = self._edit.text()
        head = text[:max(text.rfind(","), text.rfind(";")) + 1]
        return f"{head} {chosen}".strip() if head else chosen


class TagBar(QWidget):
    """"Tag N selected reports: [____] [Add] [Remove]"."""
    addRequested = Signal(list)
    removeRequested = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.edit = QLineEdit(objectName="tagEditor")
        self.edit.setClearButtonEnabled(True)
        self.completer = FoldCompleter(self.edit)
        self.add_button = QPushButton(objectName="addTagButton")
        self.remove_button = QPushButton(objectName="removeTagButton")
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.edit.returnPressed.connect(self._add)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.remove_button)
        self._selected = 0
        self.retranslate()
        self.set_selected(0)

    def set_tag_names(self, names: list[str]) -> None:
        self.completer.names = list(names)

    def set_selected(self, count: int) -> None:
        self._selected = count
        self.label.setText(self.tr("Tag %n selected report(s):", "", count))
        for w in (self.edit, self.add_button, self.remove_button):
            w.setEnabled(count > 0)

    def _add(self) -> None:
        if self.completer.popup().isVisible():
            return                                # Enter picks the completion first
        names = split_tags(self.edit.text())
        if names and self._selected:
            self.addRequested.emit(names)
            self.edit.clear()

    def _remove(self) -> None:
        names = split_tags(self.edit.text())
        if names and self._selected:
            self.removeRequested.emit(names)
            self.edit.clear()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("tag 1, tag 2, …"))       # short: the box is narrow at 1024 px
        self.edit.setToolTip(self.tr("tag names, separated by commas"))
        self.add_button.setText(self.tr("Add tag"))
        self.remove_button.setText(self.tr("Remove tag"))
        self.set_selected(self._selected)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
