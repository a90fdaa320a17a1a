"""What an empty archive shows: a greeting with two clear first steps — import one's own reports, or
look around in the sample archive first (a separate archive: the user's own stays untouched)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..icons import icon


class _Choice(QFrame):
    """One first step: a button and a line saying what it does."""

    def __init__(self, button: QPushButton, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(300)
        self.button = button
        self.button.setMinimumHeight(38)
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.button)
        layout.addSpacing(6)
        layout.addWidget(self.text, 1)


class WelcomePage(QWidget):
    importRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.logo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.logo.setPixmap(icon("app").pixmap(72, 72))
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="welcomeTitle")
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.text.setFixedWidth(620)
        self.button = QPushButton(icon("import"), "", objectName="welcomeImportButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.importRequested)
        self.sample_button = QPushButton(icon("search"), "", objectName="welcomeSampleButton")
        self.sample_button.clicked.connect(self.sampleRequested)
        self.import_choice = _Choice(self.button)
        self.sample_choice = _Choice(self.sample_button)
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint.setStyleSheet("color: #666")
        text_row = QHBoxLayout()          # (a widget added with an alignment loses height-for-width)
        text_row.addStretch(1)
        text_row.addWidget(self.text)
        text_row.addStretch(1)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.import_choice)
        choices.addSpacing(20)
        choices.addWidget(self.sample_choice)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.logo)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addLayout(text_row)
        layout.addSpacing(20)
        layout.addLayout(choices)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        self.retranslate()

    def set_sample_offered(self, offered: bool) -> None:
        """No "open the sample" in the sample archive itself."""
        self.sample_choice.setVisible(offered)

    def retranslate(self) -> None:
        title = self.tr("Welcome to the meeting report archive")
        self.title.setText(f'<span style="font-size:18pt; font-weight:600">{title}</span>')
        self.text.setText(self.tr("Your archive is still empty. Import your meeting reports to start, or first "
                                  "look around in a small sample archive."))
        self.button.setText(self.tr("Import reports…"))
        self.import_choice.text.setText(self.tr(
            "Word (.docx), OpenDocument (.odt), PDF, web pages, plain text or JSON Lines, and scans (PDF, PNG, "
            "JPEG, TIFF) read by OCR. Each file is kept as it was imported; everything becomes searchable by "
            "person, topic and date."))
        self.sample_button.setText(self.tr("Open the sample archive"))
        self.sample_choice.text.setText(self.tr(
            "Eight fictional meeting reports to try searching, tags and printing. The sample is a separate "
            "archive: yours stays as it is, and one click brings you back."))
        self.hint.setText(self.tr("You can also drag files or folders onto this window."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
