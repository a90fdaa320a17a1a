"""Reports out of the archive: exports (JSON Lines, CSV, the whole archive as a zip) and backups, as the
Archive's sub-service ``archive.transfer``.

The formats live in ``exporting`` and ``backup``; this class is the one way the window and the command
line reach them. None of these writes the archive, so none returns ``Changes``. Never imports Qt.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import exporting
from .backup import BackupResult
from .backup import backup as write_backup
from .models import Report

if TYPE_CHECKING:
    from .services import Archive

Progress = Callable[[int, int], None]      # (done, total)


class Transfer:
    def __init__(self, archive: Archive):
        self._archive = archive

    def live_ids(self) -> list[int]:
        """Every report not in the trash, oldest id first: what "export everything" writes."""
        return exporting.live_ids(self._archive)

    def reports(self, ids: Iterable[int], damaged: list[int] | None = None) -> Iterator[Report]:
        """Whole reports in the order of ``ids`` (for printing and export); an unknown id raises NotFound.
        With a ``damaged`` list, a report whose text is damaged is left out and its id added there."""
        return exporting.iter_reports(self._archive, ids, damaged=damaged)

    def export_jsonl(self, path: Path, ids: Iterable[int] | None = None,
                     progress: Progress | None = None, damaged: list[int] | None = None) -> int:
        """Reports (``ids`` in order, or every live one) as JSON Lines ``import`` reads back; how many.
        Reports whose text is damaged are left out, their ids added to ``damaged``."""
        return exporting.export_jsonl(self._archive, path, ids, progress=progress, damaged=damaged)

    def export_csv(self, path: Path, ids: Iterable[int] | None = None, lang: str = "vi",
                   progress: Progress | None = None, damaged: list[int] | None = None) -> int:
        """Report metadata as CSV (UTF-8 with BOM, headers in ``lang``); how many (damaged: as above)."""
        return exporting.export_csv(self._archive, path, ids, lang=lang, progress=progress, damaged=damaged)

    def export_archive(self, path: Path, progress: Progress | None = None) -> dict:
        """The whole archive (trash, originals, tag colours) as one zip ``import`` restores; its counts."""
        return exporting.export_archive(self._archive, path, progress=progress)

    def backup(self, out: Path, progress: Progress | None = None) -> BackupResult:
        """A consistent backup zip (database snapshot and every original), safe while others write."""
        return write_backup(self._archive, out, progress=progress)
