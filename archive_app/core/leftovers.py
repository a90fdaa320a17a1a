"""What a killed process leaves behind, found for ``check`` and removed at the next start.

A backup killed half-way leaves its database copy (``.backup-PID-….sqlite3``) in the data folder; a
killed ``reindex`` leaves ``index.new`` (or ``index.old``); a killed write leaves a temporary file
(``.NAME.PID.tmp``) in the data folder or among the originals; a killed LibreOffice conversion
leaves a copy of the document in the temporary folder. Each names the process that made it, so a
leftover is recognised by its writer being gone; ``index.new`` only while no writer is running.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

from .files import pid_alive, stale_temporaries
from .paths import ArchivePaths

OFFICE_PREFIX = "archive-app-office-"          # + PID + "-": LibreOffice's work folders
_OFFICE = re.compile(re.escape(OFFICE_PREFIX) + r"(\d+)-")
log = logging.getLogger(__name__)


def office_work_folders() -> list[Path]:
    """LibreOffice work folders (each holds a copy of a document) of processes that are gone."""
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return []
    return [Path(e.path) for e in entries
            if (m := _OFFICE.match(e.name)) and not pid_alive(int(m.group(1)))]


def find(paths: ArchivePaths, writer_running: bool, deep: bool = False) -> list[Path]:
    """Leftovers of killed processes in (and for) the archive at ``paths``. ``deep`` also looks in
    every folder of originals (a quarter of a second for 30,000 originals: for ``check``, not for
    every start; only restoring and importing an archive zip write there directly)."""
    from .backup import stale_snapshots
    from .storage.originals import STAGING

    found = stale_snapshots(paths.root) + stale_temporaries(paths.root)
    originals = paths.originals
    found += stale_temporaries(originals / STAGING)
    if deep and originals.is_dir():
        for sub in originals.iterdir():
            if sub.is_dir() and len(sub.name) == 2:
                found += stale_temporaries(sub)
    if not writer_running:
        found += [p for p in (paths.index.with_name("index.new"), paths.index.with_name("index.old")) if p.exists()]
    return sorted(found) + office_work_folders()


def remove(found: list[Path]) -> list[Path]:
    """Delete the leftovers ``found``; returns those removed."""
    removed = []
    for p in found:
        try:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink(missing_ok=True)
            removed.append(p)
        except OSError as exc:
            log.warning("cannot remove the leftover %s: %s", p, exc)
    if removed:
        log.info("removed %d leftover(s) of killed processes: %s", len(removed), ", ".join(map(str, removed)))
    return removed


def clean(paths: ArchivePaths, deep: bool = False) -> list[Path]:
    """Find and remove the leftovers of the archive at ``paths``; ``index.new`` only while no writer
    runs (the writer lock is tried, never waited for)."""
    from .errors import ArchiveLocked
    from .locking import writer_lock

    try:
        with writer_lock(paths.writer_lock, wait=False):
            return remove(find(paths, writer_running=False, deep=deep))
    except ArchiveLocked:
        return remove(find(paths, writer_running=True, deep=deep))
