"""A coloured strip across the top of the window that says something about the archive shown."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel


class Banner(QFrame):
    """Rich-text label (object name ``<name>Text``) and optional widgets on the right; subclasses
    set the text in ``retranslate``, which runs again when the language changes."""

    def __init__(self, name: str, background: str, border: str, text: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 3px; }}"
                           f"#{name} QLabel {{ color: {text}; }}")
        self.label = QLabel(objectName=f"{name}Text", wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(10, 6, 6, 6)
        self.layout_.addWidget(self.label, 1)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
