"""File ▸ "Connect to the office archive…": a PostgreSQL archive shared by the office's desks.

The dialog asks for the server's address, the login and its password; "remember" keeps the password
in the operating system's keyring (``keyring``), never in the settings file nor in a log — the
settings keep only the address and the login. A window on an office archive says which one it is
(status bar), follows other desks' changes (LISTEN/NOTIFY, core.office.listener) and, for a login
with the reader role, opens read-only: the database would refuse the writes anyway.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from .settings import app_settings

log = logging.getLogger(__name__)
KEYRING_SERVICE = "archive-app office archive"


def full_url(address: str, user: str, password: str) -> str:
    """postgresql://user:password@host:port/db from an address without credentials (as typed)."""
    from sqlalchemy.engine import make_url

    url = make_url(address.strip() if "://" in address else f"postgresql://{address.strip()}")
    url = url.set(username=user.strip() or url.username, password=password or url.password)
    return url.render_as_string(hide_password=False)


def keyring_name(address: str, user: str) -> str:
    return f"{user}@{address}"


def remembered_password(address: str, user: str) -> str:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_name(address, user)) or ""
    except Exception as exc:  # noqa: BLE001 - no keyring on this computer: nothing remembered
        log.info("keyring unavailable: %s", type(exc).__name__)
        return ""


def remember_password(address: str, user: str, password: str | None) -> bool:
    """Keep (or, with None, forget) the password in the OS keyring; False when there is no keyring."""
    try:
        import keyring

        if password is None:
            try:
                keyring.delete_password(KEYRING_SERVICE, keyring_name(address, user))
            except keyring.errors.PasswordDeleteError:
                pass
        else:
            keyring.set_password(KEYRING_SERVICE, keyring_name(address, user), password)
        return True
    except Exception as exc:  # noqa: BLE001
        log.info("keyring unavailable: %s", type(exc).__name__)
        return False


class OfficeConnectDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent, objectName="officeConnectDialog")
        settings = app_settings()
        self.address = QLineEdit(settings.value("office/address", ""), objectName="officeAddress")
        self.address.setPlaceholderText("postgresql://may-chu:5432/luutru")
        self.user = QLineEdit(settings.value("office/user", ""), objectName="officeUser")
        self.password = QLineEdit(objectName="officePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(objectName="officeRemember")
        self.note = QLabel(objectName="officeNote", wordWrap=True)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.address, self.user, self.password)):
            self.form.addRow(label, field)
        self.form.addRow(self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        stored = remembered_password(self.address.text(), self.user.text()) if self.user.text() else ""
        self.password.setText(stored)
        self.remember.setChecked(bool(stored))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to the office archive"))
        for label, text in zip(self.labels, (self.tr("Server address:"), self.tr("Login:"), self.tr("Password:"))):
            label.setText(text)
        self.remember.setText(self.tr("Remember the password (in this computer's keyring)"))
        self.note.setText(self.tr("The office archive is shared by every desk of the office; its administrator "
                                  "gives your login a role (reader, archivist or admin)."))

    def url(self) -> str:
        return full_url(self.address.text(), self.user.text(), self.password.text())

    def save(self) -> None:
        """Remember the address and login in the settings, the password only in the keyring."""
        settings = app_settings()
        settings.setValue("office/address", self.address.text().strip())
        settings.setValue("office/user", self.user.text().strip())
        remember_password(self.address.text().strip(), self.user.text().strip(),
                          self.password.text() if self.remember.isChecked() else None)


class OfficeLink(QObject):
    """What a window holds of the office archive (the window owns it as ``office_link``): the menu
    entry, the status-bar label and the listener; it brings the listener thread's news to the GUI
    thread and stops the listener when the window closes."""
    changed = Signal()        # the listener thread applied other desks' changes

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(window, objectName="officeConnectAction")
        self.label: QLabel | None = None       # on an office archive: which one, and the login's role
        self.listener = None                   # on an office archive: core.office.listener.ChangeListener
        self.changed.connect(self._refresh)
        window.installEventFilter(self)

    def _refresh(self) -> None:
        if self.listener is not None:          # nothing once the window is closing
            self.window.search.submit()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and self.listener is not None:
            listener, self.listener = self.listener, None
            listener.stop()
        return False


def install(window) -> OfficeLink:
    """The menu entry on every window; on an office archive also its label, listener and role."""
    link = OfficeLink(window)
    action = link.action
    action.setText(QCoreApplication.translate("OfficeConnect", "Connect to the office archive…"))
    action.triggered.connect(lambda: connect_office(window))
    file_menu = window.actions.menus["file"]
    file_menu.insertAction(window.actions["quitAction"], action)
    file_menu.insertSeparator(window.actions["quitAction"])
    office = getattr(window.archive, "office", None)
    if office is None:
        return link
    if office.is_admin:
        role = QCoreApplication.translate("OfficeConnect", "administrator")
    elif office.can_write:
        role = QCoreApplication.translate("OfficeConnect", "archivist")
    else:
        role = QCoreApplication.translate("OfficeConnect", "reader")
    text = QCoreApplication.translate("OfficeConnect", "Office archive: %1 (%2)")
    link.label = QLabel(text.replace("%1", office.label).replace("%2", role), objectName="officeLabel")
    window.statusBar().addPermanentWidget(link.label)
    if not office.can_write:
        from . import read_only

        window.read_only = True
        for name in read_only.WRITE_ACTIONS:
            if name != "reindexAction":          # a reader still rebuilds this desk's own cache
                window.actions[name].setEnabled(False)
        window.welcome.button.setEnabled(False)
        window.tag_bar.setEnabled(False)
        window.setAcceptDrops(False)
    from ..core.office.listener import ChangeListener

    listener = ChangeListener(office.url, lambda: window.archive.sync_index() and link.changed.emit())
    link.listener = listener
    listener.start()
    return link


def connect_office(window):
    """Ask for the office archive and show it in place of ``window``; the new window, or None."""
    from .app import switch_archive

    dialog = OfficeConnectDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog.save()
    return switch_archive(window, window.archive.paths.root if window.archive.office is None
                          else window.archive.paths.root.parent.parent, db=dialog.url())
