"""Where the command line's log goes: a file, never the terminal.

Libraries warn through ``logging`` and ``warnings`` (pypdf about every odd PDF object); with no handler
configured Python prints them, and our own per-file tracebacks, on stderr between the lines the user
reads. The command line says what failed in its summary; the details go to ``archive-app.log`` in the
platform's log folder (``ARCHIVE_APP_LOG`` overrides the file).
"""
from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_BYTES, LOG_FILES = 2 * 1024 * 1024, 2


def log_file() -> Path:
    if os.environ.get("ARCHIVE_APP_LOG"):
        return Path(os.environ["ARCHIVE_APP_LOG"])
    from platformdirs import user_log_dir

    from .core.paths import APP_NAME

    return Path(user_log_dir(APP_NAME, appauthor=False)) / "archive-app.log"


def send_logs_to_file() -> None:
    """Route warnings and log records to the log file (or nowhere if it cannot be written)."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    if root.handlers:              # configured already (a test, an embedding program)
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_FILES,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    except OSError:
        handler = logging.NullHandler()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
