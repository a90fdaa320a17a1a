"""The strip across the top of the window while the sample archive is open: says so, and leads back."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from .banner import Banner


class SampleBanner(Banner):
    backRequested = Signal()

    def __init__(self, parent=None):
        super().__init__("sampleBanner", "#fff4c2", "#e0c25a", "#4a3b00", parent)
        self.back_button = QPushButton(objectName="sampleBackButton")
        self.back_button.clicked.connect(self.backRequested)
        self.layout_.addWidget(self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        head = self.tr("This is the sample archive.")
        rest = self.tr("Eight fictional meeting reports to try searching, filters, tags and printing. "
                       "Nothing you do here touches your own archive.")
        self.label.setText(f"<b>{head}</b> {rest}")
        self.back_button.setText(self.tr("Back to my archive"))
