"""What an empty archive shows: a greeting that offers to import reports."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..icons import icon


class WelcomePage(QWidget):
    importRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.logo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.logo.setPixmap(icon("app").pixmap(72, 72))
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.text.setFixedWidth(560)
        self.button = QPushButton(objectName="welcomeImportButton")
        self.button.setMinimumSize(220, 38)
        self.button.setDefault(True)
        self.button.clicked.connect(self.importRequested)
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint.setStyleSheet("color: #666")
        text_row = QHBoxLayout()          # (a widget added with an alignment loses height-for-width)
        text_row.addStretch(1)
        text_row.addWidget(self.text)
        text_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.logo)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addLayout(text_row)
        layout.addSpacing(16)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        title = self.tr("Your archive is empty")
        self.title.setText(f'<span style="font-size:18pt; font-weight:600">{title}</span>')
        self.text.setText(self.tr("Import meeting reports to start: Word (.docx), OpenDocument (.odt), "
                                  "PDF, web pages, plain text or JSON Lines. Each file is kept as it was "
                                  "imported, and everything becomes searchable by person, topic and date."))
        self.button.setText(self.tr("Import reports…"))
        self.hint.setText(self.tr("You can also drag files or folders onto this window."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
