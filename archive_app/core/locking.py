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


class InstanceLock:
    """Held by the window showing an archive for as long as it is open, so that a second window on
    the same folder knows it is second (and opens read-only). Released by the OS if the process dies."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True if this is the only window on the archive; False if another process holds it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def holder(self) -> int | None:
        """Process id of the window that holds the archive (as it wrote it), if any."""
        try:
            return int(self.path.read_text(encoding="ascii").strip() or 0) or None
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
