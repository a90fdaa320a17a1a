"""The desktop application: QApplication set-up (font, language), the window factory, and run_gui."""
from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from . import i18n
from .settings import APPLICATION, ORGANISATION, app_settings

log = logging.getLogger(__name__)
FONT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial")   # all cover Vietnamese
DESKTOP_ID = "org.archiveapp.ArchiveApp"          # packaging/linux/<id>.desktop (Wayland app id)
_state: dict = {"app": None, "configured": False, "window": None}


def vietnamese_font(size: float | None = None) -> QFont | None:
    """The first installed proportional font known to cover Vietnamese (never DejaVu Sans Mono)."""
    families = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in families:
            font = QFont(family)
            if size:
                font.setPointSizeF(size)
            return font
    return None


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created if needed), configured once: names, font, saved language."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        _state["app"] = app
    if not _state["configured"]:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QGuiApplication.setDesktopFileName(DESKTOP_ID)
        font = vietnamese_font(app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10)
        if font is not None:
            app.setFont(font)
        i18n.install(saved_language())
        _state["configured"] = True
    return app


def saved_language() -> str:
    lang = app_settings().value("language", i18n.DEFAULT)
    return lang if lang in i18n.LANGUAGES else i18n.DEFAULT


def build_main_window(data_dir: str | os.PathLike | None = None, db: str | None = None) -> QMainWindow:
    """The main window on the archive in ``data_dir`` (or the default folder), or on the office archive
    ``db`` with this desk's cache in ``data_dir``; built but not shown."""
    from ..core.paths import resolve_data_dir
    from ..core.services import Archive
    from .widgets.main_window import MainWindow

    ensure_app()
    window = MainWindow(Archive(resolve_data_dir(data_dir), db=db))
    window.archiveSwitchRequested.connect(lambda target: switch_archive(window, target))
    return window


def current_window() -> QMainWindow | None:
    """The window the application shows (run_gui's, or the one an archive switch put in its place)."""
    return _state["window"]


def switch_archive(window: QMainWindow, data_dir: str | os.PathLike, db: str | None = None) -> QMainWindow | None:
    """Show the archive in ``data_dir`` in a new window in place of ``window`` (same size and place),
    then close ``window`` (its workers stop and its archive closes). None if the archive cannot open:
    the error is shown and ``window`` stays."""
    from ..core.errors import KnownError

    window.save_settings()
    try:
        new = build_main_window(Path(data_dir), db=db)
    except (KnownError, OSError) as exc:
        window.show_error(exc)
        return None
    new.restoreGeometry(window.saveGeometry())
    owned = _state["window"] is window
    _state["window"] = new
    new.show()
    window.close()
    if owned:                  # a window the app made; a caller's own window (tests) is the caller's
        window.deleteLater()
    return new


def _install_excepthook(window: QMainWindow) -> None:
    """An exception in a slot becomes an error dialog (and a log entry), never a lost traceback."""
    def hook(kind, value, tb) -> None:
        log.error("unhandled exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from .tasks import TaskError

        try:
            (current_window() or window).show_error(
                TaskError(value, "".join(traceback.format_exception(kind, value, tb))))
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook


def run_gui(data_dir: str | os.PathLike | None, lang: str | None = None, db: str | None = None) -> int:
    """Open the desktop window; returns the exit code. ``lang`` is the language asked for on the
    command line (--lang or ARCHIVE_APP_LANG); None keeps the one chosen in the window. ``db``: an
    office archive's URL (None: the local archive in ``data_dir``)."""
    from ..core.errors import KnownError

    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = ensure_app(sys.argv[:1])
    if lang:
        i18n.install(lang)
    try:
        window = build_main_window(Path(data_dir) if data_dir else None, db=db)
    except KnownError as exc:
        from .widgets.error_dialog import ErrorDialog

        ErrorDialog(exc.message(i18n.current())).exec()
        return 1
    _state["window"] = window
    _install_excepthook(window)
    _close_on_signals(window)
    window.show()
    return app.exec()


def _close_on_signals(window: QMainWindow) -> None:
    """Ctrl+C or a termination signal closes the window properly (settings saved, workers stopped)."""
    import signal

    from PySide6.QtCore import QTimer

    def close(*_args) -> None:
        QTimer.singleShot(0, lambda: (current_window() or window).close())

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, close)
    wake = QTimer(QApplication.instance(), interval=250)   # lets Python run signal handlers between Qt events
    wake.timeout.connect(lambda: None)
    wake.start()
