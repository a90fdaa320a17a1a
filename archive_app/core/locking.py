"""One writer at a time: an advisory lock file in the data folder (released when a process dies)."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from .errors import ArchiveLocked

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt


@contextmanager
def writer_lock(path: Path, wait: bool = True):
    """Hold the archive's writer lock; ArchiveLocked when ``wait`` is false and another process has it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            else:  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise ArchiveLocked("Một chương trình khác đang ghi vào kho lưu trữ này; hãy thử lại sau.",
                                "Another program is writing to this archive; try again later.") from exc
        yield
    finally:
        os.close(fd)
