"""Writing files so that a crash, a kill or a full disk never leaves half a file under a real name.

One way for the whole core (export, print, backup, restore, originals, index): ``replacing`` writes
beside the target under a temporary name that says who wrote it (``.NAME.PID.tmp``), syncs it,
renames it over the target and syncs the folder. A temporary file whose writer has died is a
leftover: ``stale_temporaries`` finds them for the clean-up at the next start and for ``check``.
``read_member`` is the one capped, hash-checking reader of zip members (backup, archive export).
"""
from __future__ import annotations

import hashlib
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import KnownError

CHUNK = 1 << 20
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError)
_TEMP = re.compile(r"\.?(?P<name>.+?)\.(?P<pid>\d+)(?:\.\d+)?\.tmp")   # also staged originals: DIGEST.PID.tmp


class CannotWrite(KnownError):
    """An output file cannot be written (a full disk, no permission, a folder that is gone)."""


def cannot_write(path: Path, exc: OSError) -> CannotWrite:
    why = exc.strerror or str(exc)
    return CannotWrite(f"Không ghi được tệp {path}: {why}", f"Cannot write the file {path}: {why}")


def temp_name(path: Path) -> Path:
    """The temporary name ``path`` is written under: hidden, beside it, naming its writer."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def fsync_dir(folder: Path) -> None:
    """Make a folder's entries (a rename, a new file) durable; Windows cannot and need not."""
    if os.name == "nt":     # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def replacing_path(path, durable: bool = True):
    """Yield the temporary path to write ``path`` under (for writers that take a file name, such as
    Qt's PDF writer); it replaces ``path`` only if the block succeeds, synced first when ``durable``.
    On failure it is removed, and an OSError (a full disk …) becomes ``CannotWrite``."""
    path = Path(path)
    tmp = temp_name(path)
    try:
        try:
            yield tmp
            if durable:
                fd = os.open(tmp, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            os.replace(tmp, path)
            if durable:
                fsync_dir(path.parent)
        except OSError as exc:
            raise cannot_write(path, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def replacing(path, mode: str = "wb", durable: bool = True, **kw):
    """Yield a file open on a temporary name beside ``path``; it replaces ``path`` only if the block
    succeeds (as ``replacing_path``)."""
    with replacing_path(path, durable) as tmp:
        try:
            f = open(tmp, mode, **kw)  # noqa: SIM115 - closed below, before the rename
        except OSError as exc:
            raise cannot_write(Path(path), exc) from None
        with f:
            yield f


def write_file(path: Path, data: bytes, durable: bool = True) -> None:
    """``data`` as the whole new content of ``path``, all or nothing."""
    with replacing(path, durable=durable) as f:
        f.write(data)


def readable_name(name: str) -> str:
    """A file name as text: a name that is not UTF-8 (an old share's TCVN3, VNI or Windows-1258
    name, which Python carries as surrogates) decoded as well as the legacy decoders can."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    from .extract.encoding import decode_text

    raw = os.fsencode(name)
    try:
        return decode_text(raw)[0]
    except KnownError:
        return raw.decode("utf-8", "replace")


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True         # someone else's process: alive
    return True


def stale_temporaries(folder: Path) -> list[Path]:
    """Temporary files of ``replacing`` in ``folder`` whose writer is no longer running."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    return [Path(e.path) for e in entries
            if e.name.endswith(".tmp") and (m := _TEMP.fullmatch(e.name)) and not pid_alive(int(m.group("pid")))]


def refuse_inside(path, folder) -> None:
    """Refuse to write ``path`` when it is ``folder`` (the data folder) or anything in it: a slip of
    the hand (``print 2 --pdf DATA/archive.sqlite3``) would replace the archive's own files."""
    p, f = Path(path).expanduser().resolve(), Path(folder).expanduser().resolve()
    if p == f or f in p.parents:
        raise CannotWrite(f"Không ghi vào {path}: tệp ấy nằm trong thư mục dữ liệu của kho lưu trữ ({folder}); "
                          "hãy chọn chỗ khác",
                          f"Not writing {path}: it is inside the archive's data folder ({folder}); "
                          "choose another place")


# --- zip members ------------------------------------------------------------------------------
class MemberError(Exception):
    """A zip member that is missing, larger than allowed or declared, unreadable, or not its hash."""


def stream_member(z: zipfile.ZipFile, name: str, limit: int) -> Iterator[bytes]:
    """The bytes of member ``name`` chunk by chunk; never more than ``limit`` nor than it declares."""
    try:
        info = z.getinfo(name)
    except KeyError:
        raise MemberError(f"{name}: missing") from None
    if info.file_size > limit:
        raise MemberError(f"{name}: {info.file_size} bytes > {limit}")
    read = 0
    try:
        with z.open(info) as src:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                read += len(chunk)
                if read > info.file_size:
                    raise MemberError(f"{name}: larger than declared")
                yield chunk
    except ZIP_ERRORS as exc:
        raise MemberError(f"{name}: {exc}") from None


def read_member(z: zipfile.ZipFile, name: str, limit: int, sha256: str | None = None) -> bytes:
    """Member ``name`` whole (capped as ``stream_member``), checked against ``sha256`` when given."""
    data = b"".join(stream_member(z, name, limit))
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise MemberError(f"{name}: SHA-256 mismatch")
    return data
