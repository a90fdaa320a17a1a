"""Where the window remembers things (geometry, splitters, columns, language): one INI file per user."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

ORGANISATION = "archive-app"
APPLICATION = "archive-app"


def app_settings() -> QSettings:
    """The user's settings; tests point QSettings.setPath(IniFormat, UserScope, …) at a temporary folder."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def restore_window(window) -> None:
    """Geometry, splitters and the results header as the user left them (sorting starts by default)."""
    s = app_settings()
    if s.value("window/geometry") is not None:
        window.restoreGeometry(s.value("window/geometry"))
    if s.value("window/state") is not None:
        window.restoreState(s.value("window/state"))
    splitters = (("window/splitter", window.splitter), ("window/filterSplitter", window.filters.splitter))
    for key, splitter in splitters:
        if s.value(key) is not None:
            splitter.restoreState(s.value(key))
    if s.value("window/resultsHeader") is not None:
        header = window.table.horizontalHeader()
        header.restoreState(s.value("window/resultsHeader"))
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)


def save_window(window) -> None:
    s = app_settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("window/splitter", window.splitter.saveState())
    s.setValue("window/filterSplitter", window.filters.splitter.saveState())
    s.setValue("window/resultsHeader", window.table.horizontalHeader().saveState())
    s.sync()
