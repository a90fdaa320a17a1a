"""The strip across the top of the window while the sample archive is open: says so, and leads back."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class SampleBanner(QFrame):
    backRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet("#sampleBanner { background: #fff4c2; border: 1px solid #e0c25a; border-radius: 3px; }"
                           "#sampleBanner QLabel { color: #4a3b00; }")
        self.label = QLabel(objectName="sampleBannerText", wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.back_button = QPushButton(objectName="sampleBackButton")
        self.back_button.clicked.connect(self.backRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        head = self.tr("This is the sample archive.")
        rest = self.tr("Eight fictional meeting reports to try searching, filters, tags and printing. "
                       "Nothing you do here touches your own archive.")
        self.label.setText(f"<b>{head}</b> {rest}")
        self.back_button.setText(self.tr("Back to my archive"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
