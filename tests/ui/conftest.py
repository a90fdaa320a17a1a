"""UI test fixtures: Qt warnings fail the test, settings go to a temporary folder, test archives."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
from ui_helpers import REPORTS

FAILING = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
# Said by the offscreen platform plugin itself when a popup or dialog is shown ("This plugin does not
# support raise() / grabbing the keyboard / propagateSizeHints()": features the real xcb, Windows and
# macOS plugins implement). It is about the test platform, not about our code.
PLATFORM_NOISE = "This plugin does not support "


@pytest.fixture(autouse=True)
def qt_warnings_fail():
    """Record every Qt warning during the test; any warning fails it."""
    seen: list[str] = []

    def handler(kind, context, message):
        if kind in FAILING and not message.startswith(PLATFORM_NOISE):
            seen.append(f"{kind.name}: {message} ({context.file}:{context.line})")

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)
    if seen:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(seen))


@pytest.fixture(autouse=True)
def temporary_settings(tmp_path, qapp):
    """QSettings (window geometry, language …) go to a temporary folder, never the user's."""
    from archive_app.ui import app as ui_app
    from archive_app.ui import i18n

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ui_app.ensure_app()
    i18n.install(i18n.DEFAULT)
    yield tmp_path / "settings"
    i18n.install(i18n.DEFAULT)


@pytest.fixture
def filled_dir(tmp_path, write_jsonl):
    """A data folder with REPORTS imported (through the core, before any window exists)."""
    from archive_app.core.services import Archive

    data = tmp_path / "filled"
    with Archive(data) as archive:
        result = archive.import_paths([write_jsonl(REPORTS)])
        assert len(result.imported) == len(REPORTS), result.items
    return data


def wait_idle(qtbot, window, timeout=15000):
    """Until no task runs and no search is pending."""
    qtbot.waitUntil(window.is_idle, timeout=timeout)


@pytest.fixture
def idle(qtbot):
    """``idle(window)`` waits until the window's workers and search are done."""
    return lambda window, timeout=15000: wait_idle(qtbot, window, timeout)


@pytest.fixture
def make_window(qtbot, tmp_path):
    from archive_app.ui.app import build_main_window

    windows = []

    def make(data_dir=None):
        window = build_main_window(data_dir or tmp_path / "empty")
        qtbot.addWidget(window)
        windows.append(window)
        wait_idle(qtbot, window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, filled_dir):
    return make_window(filled_dir)
