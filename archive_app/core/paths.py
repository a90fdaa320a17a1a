"""Where the archive lives: the platform's user data folder, or --data-dir / ARCHIVE_APP_DATA."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "archive-app"
ENV_VAR = "ARCHIVE_APP_DATA"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then ARCHIVE_APP_DATA, then the platform folder. Creates nothing."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class ArchivePaths:
    """The files of one archive inside its data folder."""
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "archive.sqlite3"

    @property
    def originals(self) -> Path:
        return self.root / "originals"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def feed_cursor(self) -> Path:
        """The last change-feed sequence the index applied (storage.cursor)."""
        return self.root / "index.seq"

    @property
    def writer_lock(self) -> Path:
        return self.root / "writer.lock"

    @property
    def window_lock(self) -> Path:
        return self.root / "window.lock"
