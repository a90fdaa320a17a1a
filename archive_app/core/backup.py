"""Backup and restore of a whole archive: a consistent snapshot of the database plus every original.

A backup is one zip:

- ``archive.sqlite3``: the database, copied with SQLite's online backup API in one step, that is in one
  read transaction. In WAL mode a reader never waits for a writer, so the snapshot is consistent (the
  last committed state) while the window or another process keeps importing; no writer lock is taken.
- ``originals/ab/abcd…``: every original file the snapshot refers to, named by its sha256, checked
  against its name before it goes in (a missing or damaged one is left out and reported).
- ``manifest.json``: format and version, the app and schema versions, counts, and the size and sha256
  of every member.

The zip is written beside its target under a temporary name and renamed at the end, so a failed
backup never leaves a half zip under the final name. The search index is not saved: it is a cache,
rebuilt from the database on restore.

``restore`` refuses a target folder that is not empty and a zip that is not a backup, is damaged or
comes from a newer version; it verifies every member against the manifest before writing anything.
Never imports Qt.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .errors import KnownError
from . import zip_check
from .files import CannotWrite, pid_alive, refuse_inside, replacing, stale_temporaries
from .storage import damage
from .paths import ArchivePaths
from .storage.db import MIGRATIONS, read_only_url
from .storage.originals import OriginalStore
from .zip_check import MANIFEST, ZipDamaged, original_member

FORMAT, FORMAT_VERSION = "archive-app-backup", 1
DATABASE = "archive.sqlite3"
SNAPSHOT_PREFIX = ".backup-"
_CHUNK = 1 << 20
Progress = Callable[[int, int], None]      # (members done, members in all)


class BackupSource(Protocol):
    """What a backup reads of an archive (an ``Archive``, or the local copy of an office archive)."""
    paths: ArchivePaths
    originals: OriginalStore
    read_only: bool


class BackupError(KnownError):
    """A backup cannot be written, or a zip cannot be restored."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    counts: dict
    size: int                                   # bytes of the zip
    members: int
    originals_missing: tuple[str, ...] = ()     # referred to by the database, but not in the archive folder
    originals_damaged: tuple[str, ...] = ()     # present, but their bytes no longer match their sha256
    manifest: dict = field(default_factory=dict, repr=False)
    damaged_reports: tuple[int, ...] = ()       # reports whose text is damaged in the database (copied as is)

    @property
    def complete(self) -> bool:
        return not (self.originals_missing or self.originals_damaged or self.damaged_reports)


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    counts: dict
    indexed: int
    manifest: dict = field(default_factory=dict, repr=False)
    damaged_reports: tuple[int, ...] = ()       # restored, but left out of the index: their text is damaged


def known_revisions() -> set[str]:
    """Alembic revisions this version knows (migration files are named after their revision)."""
    return {p.stem for p in (MIGRATIONS / "versions").glob("*.py")}


# --- backup ---------------------------------------------------------------------------------------
def backup(archive: BackupSource, out, progress: Progress | None = None) -> BackupResult:
    """Write a backup of ``archive`` to the zip ``out`` (replaced only when the backup succeeded)."""
    from .. import __version__

    out = Path(out).expanduser().absolute()
    refuse_inside(out, archive.paths.root)
    if out.is_dir():
        raise BackupError(f"{out} là một thư mục; hãy cho tên tệp sao lưu, ví dụ {out / 'sao-luu.zip'}",
                          f"{out} is a folder; give the backup file's name, e.g. {out / 'backup.zip'}")
    # The snapshot lives in the data folder (same disk, and removed at the next start if a kill leaves it);
    # a read-only archive's in the temporary folder.
    folder = Path(tempfile.gettempdir()) if archive.read_only else archive.paths.root
    snap = folder / f"{SNAPSHOT_PREFIX}{os.getpid()}-{threading.get_ident()}.sqlite3"
    for stale in stale_temporaries(out.parent):          # what a killed backup to this place left
        if stale.name.startswith(f".{out.name}."):
            stale.unlink(missing_ok=True)
    try:
        _snapshot(archive.paths.database, snap, archive.read_only)
        info = _snapshot_info(snap)
        members, missing, damaged = [], [], []
        total = 1 + len(info["originals"])
        with replacing(out) as f, zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
            members.append(_add(z, snap, DATABASE))
            if progress:
                progress(1, total)
            for n, sha in enumerate(info["originals"], start=2):
                path = archive.originals.path_for(sha)
                if not path.is_file():
                    missing.append(sha)
                elif not archive.originals.verify(sha):
                    damaged.append(sha)
                else:
                    members.append(_add(z, path, original_member(sha), expect=sha))
                if progress:
                    progress(n, total)
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "schema_revision": info["revision"], "counts": info["counts"], "members": members,
                "originals_missing": missing, "originals_damaged": damaged,
                "reports_damaged": sorted(info["damaged"])}
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    except CannotWrite as exc:
        raise BackupError(f"Không ghi được bản sao lưu {out}: {_why(exc)}",
                          f"Cannot write the backup {out}: {_why(exc)}") from None
    except OSError as exc:
        raise BackupError(f"Không ghi được bản sao lưu {out}: {exc.strerror or exc}",
                          f"Cannot write the backup {out}: {exc.strerror or exc}") from None
    finally:
        remove_snapshot(snap)
    return BackupResult(out, info["counts"], out.stat().st_size, len(members), tuple(missing), tuple(damaged),
                        manifest, tuple(sorted(info["damaged"])))


def _why(exc: CannotWrite) -> str:
    return str(exc.__context__.strerror if isinstance(exc.__context__, OSError) else exc.en)


def remove_snapshot(snap: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{snap}{suffix}").unlink(missing_ok=True)


def stale_snapshots(root: Path) -> list[Path]:
    """Database copies in the data folder left by a backup that was killed (its process is gone)."""
    found = []
    for p in root.glob(f"{SNAPSHOT_PREFIX}*.sqlite3*"):         # with its -journal, -wal, -shm
        pid = p.name[len(SNAPSHOT_PREFIX):].split("-")[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            found.append(p)
    return found


def _snapshot(db: Path, snap: Path, read_only: bool = False) -> None:
    """A consistent copy of the database in one read transaction (writers go on meanwhile)."""
    src = sqlite3.connect(read_only_url(db), uri=True) if read_only else sqlite3.connect(db, timeout=10)
    try:
        dst = sqlite3.connect(snap)
        try:
            src.backup(dst)                       # pages=-1: every page in one step, one snapshot
            dst.execute("PRAGMA journal_mode=DELETE")   # a single self-contained file
            lines = [r[0] for r in dst.execute("PRAGMA integrity_check(20)")]
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        if not (exc.sqlite_errorname or "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise BackupError(f"Không đọc được cơ sở dữ liệu để sao lưu: {exc}",
                              f"Cannot read the database to back it up: {exc}") from None
        lines = [str(exc)]
    finally:
        src.close()
    if lines != ["ok"]:
        detail = "; ".join(map(str, lines[:3]))
        raise BackupError(
            f"Cơ sở dữ liệu bị hỏng ({detail}); bản sao lưu của nó không khôi phục được. Hãy giữ các bản sao "
            "lưu cũ, chạy “archive-app check”, và xuất những gì còn đọc được: archive-app export --archive OUT.zip",
            f"The database is damaged ({detail}); a backup of it could not be restored. Keep your earlier "
            "backups, run 'archive-app check', and export what can still be read: "
            "archive-app export --archive OUT.zip")


def _snapshot_info(snap: Path) -> dict:
    con = sqlite3.connect(snap)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]
        counts = {"reports": one("SELECT count(*) FROM report WHERE deleted_at IS NULL"),
                  "reports_in_trash": one("SELECT count(*) FROM report WHERE deleted_at IS NOT NULL"),
                  "originals": one("SELECT count(*) FROM original"),
                  "persons": one("SELECT count(*) FROM person"), "tags": one("SELECT count(*) FROM tag")}
        shas = [r[0] for r in con.execute(
            "SELECT sha256 FROM original UNION SELECT original_sha256 FROM report "
            "WHERE original_sha256 IS NOT NULL ORDER BY 1")]
        revision = one("SELECT version_num FROM alembic_version")
        damaged = damage.scan(con).reports          # copied as they are, but said
    finally:
        con.close()
    return {"counts": counts, "originals": [s for s in shas if zip_check.is_sha256(s)], "revision": revision,
            "damaged": damaged}


def _add(z: zipfile.ZipFile, path: Path, name: str, expect: str | None = None) -> dict:
    """Stream one file into the zip; its size and sha256 for the manifest."""
    info = zipfile.ZipInfo(name, dt.datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as src, z.open(info, "w", force_zip64=True) as dst:
        for chunk in iter(lambda: src.read(_CHUNK), b""):
            h.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    digest = h.hexdigest()
    if expect is not None and digest != expect:          # changed while it was being copied
        raise BackupError(f"Tệp gốc {expect[:12]}… thay đổi trong khi sao lưu; hãy chạy “archive-app check”",
                          f"The original {expect[:12]}… changed during the backup; run 'archive-app check'")
    return {"name": name, "size": size, "sha256": digest}


# --- restore --------------------------------------------------------------------------------------
def _damaged(path: Path, why: str = "") -> BackupError:
    detail_vi = f" ({why})" if why else ""
    return BackupError(f"Bản sao lưu {path.name} bị hỏng{detail_vi}; không khôi phục gì cả",
                       f"The backup {path.name} is damaged{detail_vi}; nothing was restored")


def _foreign(path: Path) -> BackupError:
    return BackupError(f"{path.name} không phải bản sao lưu của kho lưu trữ (không có {MANIFEST} hợp lệ)",
                       f"{path.name} is not an archive backup (no valid {MANIFEST})")


def restore(zip_path, data_dir, progress: Progress | None = None, index: bool = True) -> RestoreResult:
    """Restore the backup ``zip_path`` into the empty (or new) folder ``data_dir``; rebuild the index
    (``index=False``: not, for a copy read only for its rows, as the office archive's restore does)."""
    from .paths import ArchivePaths
    from .services import Archive

    zip_path, target = Path(zip_path).expanduser(), Path(data_dir).expanduser().absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(f"Thư mục đích {target} không trống; hãy khôi phục vào một thư mục mới hoặc trống",
                          f"The target folder {target} is not empty; restore into a new or empty folder")
    if not zip_path.is_file():
        raise BackupError(f"Không có tệp {zip_path}", f"No such file: {zip_path}")
    try:
        z = zipfile.ZipFile(zip_path)
    except OSError as exc:
        raise BackupError(f"Không đọc được tệp {zip_path}: {exc.strerror or exc}",
                          f"Cannot read the file {zip_path}: {exc.strerror or exc}") from None
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        with open(zip_path, "rb") as f:
            looks_zip = f.read(2) == b"PK"
        raise (_damaged(zip_path, str(exc)) if looks_zip else _foreign(zip_path)) from None
    with z:
        manifest = _manifest(z, zip_path)
        members = _members(manifest, zip_path)
        total = 2 * len(members)
        for n, m in enumerate(members, start=1):          # every checksum first: nothing written yet
            _verify(z, m, zip_path)
            if progress:
                progress(n, total)
        created = not target.exists()
        paths = ArchivePaths(target)
        try:
            target.mkdir(parents=True, exist_ok=True)
            for n, m in enumerate(members, start=len(members) + 1):
                dest = paths.database if m["name"] == DATABASE else paths.root / m["name"]
                _extract(z, m, dest, zip_path)
                if progress:
                    progress(n, total)
            bad = zip_check.database_problems(paths.database)
            if bad:
                raise _damaged(zip_path, f"{DATABASE}: " + "; ".join(map(str, bad[:3])) + (" …" if len(bad) > 3 else ""))
        except BaseException:
            _empty(target, remove=created)
            raise
    with Archive(target) as archive:           # an older schema is upgraded here
        indexed = archive.rebuild_index() if index else 0
        damaged = tuple(archive.damaged_reports)
    return RestoreResult(target, dict(manifest.get("counts") or {}), indexed, manifest, damaged)


def _manifest(z: zipfile.ZipFile, path: Path) -> dict:
    try:
        manifest = zip_check.manifest(z)
    except ZipDamaged as exc:
        raise _damaged(path, str(exc)) from None
    if manifest is None:
        raise _foreign(path)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        if isinstance(manifest, dict) and manifest.get("format") == "archive-app-export":
            raise BackupError(f"{path.name} là bản xuất (export --archive), không phải bản sao lưu; "
                              f"hãy nhập nó bằng: archive-app import {path.name}",
                              f"{path.name} is an export (export --archive), not a backup; "
                              f"import it with: archive-app import {path.name}")
        raise _foreign(path)
    version = manifest.get("format_version")
    revision = manifest.get("schema_revision")
    if not isinstance(version, int) or version > FORMAT_VERSION or revision not in known_revisions():
        raise BackupError(f"Bản sao lưu {path.name} được tạo bởi phiên bản mới hơn ({manifest.get('app_version')}); "
                          "hãy cập nhật chương trình rồi khôi phục",
                          f"The backup {path.name} was made by a newer version ({manifest.get('app_version')}); "
                          "update the program, then restore")
    return manifest


def _members(manifest: dict, path: Path) -> list[dict]:
    """The manifest's members, each with a safe name, a size and a sha256; the database among them."""
    members = manifest.get("members")
    if not isinstance(members, list):
        raise _damaged(path, MANIFEST)
    seen = set()
    for m in members:
        name = m.get("name") if isinstance(m, dict) else None
        ok = (isinstance(name, str) and name not in seen and isinstance(m.get("size"), int) and m["size"] >= 0
              and zip_check.is_sha256(m.get("sha256")))
        if ok and name != DATABASE:
            ok = zip_check.is_original_member(name, m["sha256"])
        if not ok:
            raise _damaged(path, f"{MANIFEST}: {str(name)[:80]}")
        seen.add(name)
    if DATABASE not in seen:
        raise _damaged(path, DATABASE)
    return sorted(members, key=lambda m: m["name"] != DATABASE)     # the database first


def _stream(z: zipfile.ZipFile, m: dict, path: Path):
    """The bytes of member ``m``, chunk by chunk, never more than the manifest says."""
    try:
        yield from zip_check.stream(z, m["name"], m["size"])
    except ZipDamaged as exc:
        raise _damaged(path, str(exc)) from None


def _verify(z: zipfile.ZipFile, m: dict, path: Path) -> None:
    try:
        zip_check.verify(z, m["name"], m["size"], m["sha256"])
    except ZipDamaged as exc:
        raise _damaged(path, str(exc)) from None


def _extract(z: zipfile.ZipFile, m: dict, dest: Path, path: Path) -> None:
    """Write one member (to a temporary name, renamed once complete and checked again)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    try:
        with replacing(dest) as f:
            for chunk in _stream(z, m, path):
                h.update(chunk)
                f.write(chunk)
            if h.hexdigest() != m["sha256"]:
                raise _damaged(path, f"{m['name']}: SHA-256")
    except CannotWrite as exc:
        raise BackupError(exc.vi, exc.en) from None


def _empty(target: Path, remove: bool) -> None:
    """Undo a restore that failed half-way: the folder as it was (gone, or empty)."""
    if remove:
        shutil.rmtree(target, ignore_errors=True)
        return
    for child in target.iterdir() if target.exists() else ():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
