"""Small dialogs with our own translated buttons (Qt has no Vietnamese catalogue of its own)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def _input_dialog(parent: QWidget, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("Prompts", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Prompts", "Cancel"))
    return dialog


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A one-line text prompt; None when cancelled."""
    dialog = _input_dialog(parent, title, label)
    dialog.setTextValue(text)
    return dialog.textValue() if dialog.exec() else None


def ask_item(parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
    """Choose one of ``items``; None when cancelled."""
    dialog = _input_dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    return dialog.textValue() if dialog.exec() else None


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """A yes/cancel question whose yes button says what will happen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is accept

