"""Index work in the status bar: "Đang lập chỉ mục 1.200/30.000" with a small progress bar."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ..formatting import fmt_int


class IndexStatus(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("indexStatus")
        self.label = QLabel(objectName="indexStatusLabel")
        self.bar = QProgressBar(objectName="indexStatusBar")
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._done = self._total = 0
        self._show_later = QTimer(self, singleShot=True, interval=400)   # quick checks never flicker
        self._show_later.timeout.connect(self.show)
        self.hide()

    def start(self) -> None:
        self._done = self._total = 0
        self.bar.setRange(0, 0)
        self._update()
        self._show_later.start()

    def progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self._update()

    def finish(self) -> None:
        self._show_later.stop()
        self.hide()

    def _update(self) -> None:
        if self._total:
            self.label.setText(self.tr("Indexing %1/%2").replace("%1", fmt_int(self._done)).replace(
                "%2", fmt_int(self._total)))
        else:
            self.label.setText(self.tr("Preparing the search index…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)
