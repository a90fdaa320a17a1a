"""Backup and restore of an office archive, in the local backup's own format (core.backup).

``backup_office`` copies the whole office archive, read in one REPEATABLE READ transaction (a
consistent snapshot while desks keep writing), into a local archive folder — every table into a
fresh SQLite database at the same schema, every original's bytes into files — and zips that folder
with ``core.backup.backup``: the same zip, the same manifest and checksums as a desk's backup.
``restore_office`` does the reverse into a new office archive set up by ``admin init``: the zip is
verified and unpacked by ``core.backup.restore``, then its rows go to the server in one transaction.
A desk's local backup can so become an office archive, and an office backup opens on any desk.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, text

from ..errors import KnownError
from ..paths import ArchivePaths
from ..storage.db import open_engine
from ..storage.originals import OriginalStore
from ..storage.schema import Base, OriginalBlobRow

if TYPE_CHECKING:
    from ..services import Archive

_SKIPPED = {"original_blob"}           # bytes travel as files in the zip
_BATCH = 1000


class _LocalCopy:
    """What core.backup.backup reads of an archive: its paths and its original files."""

    read_only = False           # written here, in a temporary folder of this desk

    def __init__(self, root: Path):
        self.paths = ArchivePaths(root)
        self.originals = OriginalStore(self.paths.originals)


def _tables():
    return [t for t in Base.metadata.sorted_tables if t.name not in _SKIPPED]


def _copy_rows(src, dst, skip_meta: bool = False) -> None:
    for table in _tables():
        if skip_meta and table.name == "meta":
            continue
        result = src.execute(select(table))
        while rows := result.fetchmany(_BATCH):
            dst.execute(table.insert(), [dict(r._mapping) for r in rows])


def backup_office(archive: Archive, out, progress=None):
    """A backup zip of the office archive behind ``archive`` (BackupResult of core.backup)."""
    from ..backup import backup

    work = Path(tempfile.mkdtemp(prefix="archive-office-backup-"))
    try:
        copy = _LocalCopy(work)
        local = open_engine(copy.paths.database)
        try:
            with archive.engine.connect() as src:
                src.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
                with local.begin() as dst:
                    dst.exec_driver_sql("DELETE FROM meta")
                    _copy_rows(src, dst)
                blobs = src.execute(select(OriginalBlobRow.sha256, OriginalBlobRow.data))
                while rows := blobs.fetchmany(100):
                    for sha, data in rows:
                        if copy.originals.put(bytes(data)) != sha:
                            raise KnownError(f"Tệp gốc {sha[:12]}… trong cơ sở dữ liệu bị hỏng (sai SHA-256)",
                                             f"Original {sha[:12]}… in the database is damaged (SHA-256 mismatch)")
                src.rollback()
        finally:
            local.dispose()
        return backup(copy, out, progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def restore_office(zip_path, engine: Engine, progress=None) -> dict:
    """Restore a backup zip into the empty office archive of ``engine``; returns the counts."""
    from ..backup import BackupError, restore

    with engine.connect() as conn:
        if conn.scalar(text("SELECT count(*) FROM report")):
            raise BackupError("Kho của cơ quan này không trống; hãy khôi phục vào một cơ sở dữ liệu mới (admin init)",
                              "This office archive is not empty; restore into a new database (admin init)")
    work = Path(tempfile.mkdtemp(prefix="archive-office-restore-"))
    try:
        result = restore(zip_path, work / "archive", progress, index=False)   # its rows are all we read
        copy = _LocalCopy(work / "archive")
        local = open_engine(copy.paths.database)
        try:
            with local.connect() as src, engine.begin() as dst:
                _copy_rows(src, dst, skip_meta=True)        # the office archive keeps its own id
                for (sha,) in src.execute(text("SELECT sha256 FROM original")):
                    dst.execute(OriginalBlobRow.__table__.insert(), {"sha256": sha, "data": copy.originals.get(sha)})
                for table in ("report", "person", "tag", "change_log"):     # serial ids go on after the restored ones
                    dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"))
                dst.execute(text("SELECT setval('change_seq', coalesce((SELECT max(seq) FROM change_log), 0) + 1, "
                                 "false)"))
        finally:
            local.dispose()
        return result.counts
    finally:
        shutil.rmtree(work, ignore_errors=True)
