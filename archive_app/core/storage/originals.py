"""Content-addressed store of imported files: ``originals/ab/abcdef…`` named by sha256 (fixity).

Two ways in: ``put`` stores one file durably at once; an import that commits several reports in one
transaction *stages* their files instead (written, not yet synced) and *publishes* them all just
before its commit (fsync of every file, rename into place, fsync of every directory touched), so
that a report row never becomes durable before its original does.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import KnownError
from ..files import fsync_dir, replacing

_BINARY = getattr(os, "O_BINARY", 0)
STAGING = ".staging"        # files of a transaction not yet committed (cleared when an import starts)
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BadOriginalName(KnownError):
    """A name given for an original that is not a sha256 (a damaged or hostile database row)."""


def is_sha256(name) -> bool:
    return isinstance(name, str) and _SHA256.fullmatch(name) is not None


@dataclass
class Staged:
    """One original written to the staging folder, waiting for its transaction's commit."""
    digest: str
    tmp: Path
    target: Path
    fd: int | None


class OriginalStore:
    def __init__(self, root: Path):
        self.root = root
        self._dirs: set[Path] = set()      # subfolders known to exist

    def path_for(self, sha256: str) -> Path:
        """Where the original named ``sha256`` lives. Any other name is refused, wherever it comes
        from (a database row of a hostile backup could say ``../../home/user/file``)."""
        if not is_sha256(sha256):
            shown = repr(sha256)[:80]
            raise BadOriginalName(f"Tên tệp gốc không hợp lệ (không phải SHA-256): {shown}",
                                  f"Invalid original name (not a SHA-256): {shown}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store ``data`` durably (temp file, fsync, rename); return its sha256. Idempotent."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if target.exists() and target.stat().st_size == len(data):
            return digest
        if not target.parent.is_dir():
            target.parent.mkdir(parents=True, exist_ok=True)
            fsync_dir(self.root)
        with replacing(target) as f:
            f.write(data)
        return digest

    # --- staged writes (one transaction of several reports) ----------------------------------
    @property
    def staging(self) -> Path:
        return self.root / STAGING

    def clear_staging(self) -> None:
        """Remove what a killed import left staged (call with the writer lock held)."""
        try:
            entries = list(os.scandir(self.staging))
        except FileNotFoundError:
            return
        for entry in entries:
            try:
                os.unlink(entry.path)
            except OSError:
                pass

    def stage(self, data: bytes, pending: dict[str, Staged]) -> tuple[str, Staged | None]:
        """Write ``data`` to the staging folder without syncing it; (sha256, staged file, or None when
        the original is stored or in ``pending`` already). Nothing shows under ``path_for`` until
        ``publish``."""
        digest = hashlib.sha256(data).hexdigest()
        if digest in pending:
            return digest, None
        target = self.path_for(digest)
        try:
            if os.stat(target).st_size == len(data):
                return digest, None
        except FileNotFoundError:
            pass
        staging = self.staging
        if staging not in self._dirs:
            staging.mkdir(parents=True, exist_ok=True)
            self._dirs.add(staging)
        tmp = staging / f"{digest}.{os.getpid()}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY
        try:
            fd = os.open(tmp, flags, 0o644)
        except FileNotFoundError:      # the staging folder went away meanwhile
            staging.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, flags, 0o644)
        staged = Staged(digest, tmp, target, fd)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        except BaseException:
            self.discard([staged])
            raise
        return digest, staged

    def publish(self, staged: list[Staged]) -> None:
        """Make staged originals durable under their names: fsync each, rename it into place, then
        fsync every folder that gained an entry. Call before the commit that refers to them."""
        if not staged:
            return
        for s in staged:
            os.fsync(s.fd)
            os.close(s.fd)
            s.fd = None
        folders: set[Path] = set()
        new_folder = False
        for s in staged:
            folder = s.target.parent
            if folder not in self._dirs:
                if not folder.is_dir():
                    folder.mkdir(parents=True, exist_ok=True)
                    new_folder = True
                self._dirs.add(folder)
            try:
                os.replace(s.tmp, s.target)
            except FileNotFoundError:  # the folder went away meanwhile
                folder.mkdir(parents=True, exist_ok=True)
                new_folder = True
                os.replace(s.tmp, s.target)
            folders.add(folder)
        if new_folder:
            fsync_dir(self.root)
        for folder in folders:
            fsync_dir(folder)

    def discard(self, staged: list[Staged]) -> None:
        """Forget staged originals whose transaction did not commit."""
        for s in staged:
            if s.fd is not None:
                try:
                    os.close(s.fd)
                except OSError:
                    pass
                s.fd = None
            try:
                os.unlink(s.tmp)
            except OSError:
                pass

    def remove(self, sha256: str) -> None:
        """Delete an original nobody refers to any more; a name that is not a sha256 is left alone."""
        if is_sha256(sha256):
            self.path_for(sha256).unlink(missing_ok=True)

    def size(self, sha256: str) -> int:
        return self.path_for(sha256).stat().st_size

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def verify(self, sha256: str) -> bool:
        """True when the stored bytes still hash to their name."""
        path = self.path_for(sha256)
        if not path.exists():
            return False
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest() == sha256
