"""Icons shipped with the package (archive_app/resources/icons/*.svg)."""
from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The icon ``name``; an empty icon if the file is missing (never an error)."""
    path = resources.files("archive_app") / "resources" / "icons" / f"{name}.svg"
    with resources.as_file(path) as real:
        return QIcon(str(real)) if real.exists() else QIcon()
