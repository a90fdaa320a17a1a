"""Where the window remembers things (geometry, splitters, columns, language): one INI file per user."""
from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "archive-app"
APPLICATION = "archive-app"


def app_settings() -> QSettings:
    """The user's settings; tests point QSettings.setPath(IniFormat, UserScope, …) at a temporary folder."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
