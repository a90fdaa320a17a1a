"""Errors as a dialog: a clear message, technical details hidden under a button, never a bare traceback."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import KnownError, damaged_database
from .. import i18n
from ..tasks import TaskError


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Error"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.message = QLabel(message, wordWrap=True, objectName="errorMessage")
        self.message.setMinimumWidth(380)
        self.details = QPlainTextEdit(details, readOnly=True, objectName="errorDetails")
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        buttons = QDialogButtonBox()
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.details_button.setVisible(bool(details))
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def _toggle(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()


def describe(error: BaseException | TaskError) -> tuple[str, str]:
    """(message for the user, details for the curious) of an exception from a task or a slot."""
    exc = error.exception if isinstance(error, TaskError) else error
    details = error.details if isinstance(error, TaskError) else ""
    known = exc if isinstance(exc, KnownError) else damaged_database(exc)
    if known is not None:
        return known.message(i18n.current()), ""
    text = QCoreApplication.translate("ErrorDialog", "Something went wrong and the action was not completed. "
                          "Your archive is unchanged unless a message says otherwise. "
                          "If it happens again, send the details below to your support contact.")
    return text, details or f"{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, error: BaseException | TaskError) -> ErrorDialog:
    """Show ``error`` (modeless, so tests and timers keep running) and return the dialog."""
    message, details = describe(error)
    dialog = ErrorDialog(message, details, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog
