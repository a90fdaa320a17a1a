"""Import files, folders and JSON Lines: each item whole or not at all, per-item results, progress, cancel."""
from __future__ import annotations

import hashlib
import logging
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from ..errors import DiskFull, KnownError, UnreadableFile, disk_full
from ..extract.ocr import OcrSettings
from ..files import readable_name
from ..models import ImportItem, ImportResult, PersonRole
from ..storage.reports import NewReport
from ..storage.writer import BrokenTransaction, ImportWriter
from . import jsonl, near_duplicates

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ..storage.originals import OriginalStore

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]   # (items done, items known so far, current name)
ItemFn = Callable[[ImportItem], None]          # called once an item is committed (or has failed)
PageFn = Callable[[int, int, str, int, int], None]   # as ProgressFn, then pages recognised and pages of a scan

GROUP_ITEMS = 64        # JSON lines of one file committed together, at most …
GROUP_SECONDS = 0.5     # … and for no longer than this (the items are told at the commit)
OCR_SETTINGS = OcrSettings()    # how scans are read: languages vie+eng, jobs = cores, per-page time limit


RACE_RETRIES = 5        # an item that lost a race with another desk's import is looked at again


def _lost_race(exc: BaseException) -> bool:
    """Did another desk's import win (same text committed first: the unique index said so) or
    deadlock with this one (PostgreSQL aborted our statement)? Then the item is simply tried again."""
    state = getattr(exc, "sqlstate", None)
    return state in ("23505", "40P01", "40001") and ("uq_report_live_text" in str(exc) or state != "23505")


@dataclass(frozen=True)
class Unit:
    """One thing to import: a file, or one line of a JSON Lines file."""
    path: Path
    line: int | None = None
    raw: bytes | None = None

    @property
    def label(self) -> str:
        path = readable_name(str(self.path))
        return f"{path}:{self.line}" if self.line is not None else path


def text_sha256(title: str, body: str) -> str:
    """Identity of a report's text: title and body (already normalized), whitespace aside."""
    joined = " ".join(f"{title}\n{body}".split())
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def expand(paths: list[Path]) -> tuple[list[Path], list[ImportItem]]:
    """Files under ``paths`` (folders recursively, hidden files skipped), and failures for bad paths."""
    files: list[Path] = []
    failed: list[ImportItem] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file()
                                and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.is_file():
            files.append(p)
        else:
            failed.append(ImportItem(str(p), "failed", error_vi="Không tìm thấy tệp hoặc thư mục",
                                     error_en="No such file or folder"))
    return files, failed


def _stop_if_full(exc: BaseException) -> None:
    """A full disk stops the whole batch (every next item would fail the same way): DiskFull."""
    if isinstance(exc, DiskFull):
        raise exc
    full = disk_full(exc)
    if full is not None:
        log.warning("disk full, import stopped: %r", exc)
        raise full from exc


class Importer:
    """Runs one import into the database of ``engine`` and the originals store ``originals`` (the
    Archive holds the writer lock while this runs).

    Each item (a file, or one line of a JSON Lines file) is imported whole or not at all. Lines of
    one JSON Lines file are committed in groups (up to GROUP_ITEMS lines, GROUP_SECONDS of work)
    for speed, each line in its own savepoint so that a bad line fails alone; an item is told
    (``on_item``) only once its group has committed, so nothing told is ever lost to a crash.
    """

    def __init__(self, engine: Engine, originals: OriginalStore):
        self.engine, self.originals = engine, originals
        self.ocr = None           # OcrRequest for the file being read (progress of its pages, cancel)

    def units(self, files: list[Path]) -> Iterator[Unit]:
        for f in files:
            if jsonl.is_jsonl(f):
                for number, raw in jsonl.lines(f):
                    yield Unit(f, number, raw)
            else:
                yield Unit(f)

    def run(self, paths: list[Path], tags: tuple[str, ...] = (), progress: ProgressFn | None = None,
            cancel: Callable[[], bool] | None = None, on_item: ItemFn | None = None,
            on_page: PageFn | None = None, skip: threading.Event | None = None) -> ImportResult:
        """Import ``paths``. Scans are read by OCR, which tells ``on_page`` of each page recognised and
        stops at ``cancel`` (the file being read is then listed as failed, and the import ends) or
        when ``skip`` is set (that scan alone is given up; ``skip`` is cleared before each file)."""
        from ..extract import OcrRequest

        files, failed = expand(paths)
        result = ImportResult(items=list(failed))
        total = sum(jsonl.count_lines(f) if jsonl.is_jsonl(f) else 1 for f in files)
        group: list[tuple[Unit, ImportItem]] = []     # done in the open transaction, not told yet
        started = 0.0

        def tell(items: list[ImportItem]) -> None:
            for item in items:
                result.items.append(item)
                if on_item:
                    on_item(item)

        def flush() -> None:
            if not group:
                return
            units = [u for u, _ in group]
            try:
                w.commit()
                items = [item for _, item in group]
            except Exception as exc:  # noqa: BLE001 - each item again on its own (unless the disk is full)
                _stop_if_full(exc)
                log.warning("commit of %d items failed; importing them one by one:\n%s", len(units),
                            traceback.format_exc())
                w.rollback()
                items = [self._alone(w, u, tags) for u in units]
            group.clear()
            tell(items)

        self.originals.clear_staging()      # what a killed import left behind
        with ImportWriter(self.engine, self.originals) as w:
            unit = None
            try:
                for done, unit in enumerate(self.units(files)):
                    if cancel and cancel():
                        result.cancelled = True
                        break
                    if progress:
                        progress(done, total, unit.label)
                    if group and (unit.line is None or unit.path != group[0][0].path or len(group) >= GROUP_ITEMS
                                  or time.monotonic() - started >= GROUP_SECONDS):
                        flush()
                    if unit.line is None:       # a whole file: one transaction of its own
                        pages = (lambda page, pages, at=(done, total, unit.label): on_page(*at, page, pages)
                                 ) if on_page else None
                        if skip is not None:
                            skip.clear()
                        stop = (lambda: bool(cancel and cancel()) or skip.is_set()) if skip is not None else cancel
                        self.ocr = OcrRequest(progress=pages, cancel=stop, settings=OCR_SETTINGS)
                        tell([self._alone(w, unit, tags)])
                        continue
                    if not group:
                        w.begin()
                        started = time.monotonic()
                    try:
                        group.append((unit, self._import(w, unit, tags)))
                    except BrokenTransaction:   # SQLite gave up the whole transaction: one by one again
                        w.rollback()
                        units = [u for u, _ in group] + [unit]
                        group.clear()
                        tell([self._alone(w, u, tags) for u in units])
                else:
                    if progress:
                        progress(total, total, "")
                flush()
            except DiskFull as full:      # stop the batch: what was committed stays, the rest is not tried
                w.rollback()
                unsaved = [u for u, _ in group] + ([unit] if unit is not None and unit not in
                                                   [u for u, _ in group] else [])
                group.clear()
                tell([ImportItem(u.label, "failed", error_vi=full.vi, error_en=full.en) for u in unsaved])
                result.stopped = full
                result.not_tried = max(0, total - (len(result.items) - len(failed)))
        return result

    def _alone(self, w: ImportWriter, unit: Unit, tags: tuple[str, ...]) -> ImportItem:
        """Import one unit in a transaction of its own."""
        w.begin()
        try:
            item = self._import(w, unit, tags, alone=True)
            w.commit()
            return item
        except Exception as exc:  # noqa: BLE001 - the transaction itself failed (BrokenTransaction, commit)
            cause = exc.__cause__ if isinstance(exc, BrokenTransaction) and exc.__cause__ else exc
            _stop_if_full(cause)
            w.rollback()
            return self._failure(unit, cause)

    def _import(self, w: ImportWriter, unit: Unit, tags: tuple[str, ...], alone: bool = False) -> ImportItem:
        """Import one unit inside the open transaction, in a savepoint: any failure becomes a per-item
        error and nothing of it is kept. BrokenTransaction if the transaction itself is gone."""
        try:
            new = self.prepare(unit, tags)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            return self._failure(unit, exc)
        raw = new.extra.pop("raw", unit.raw)
        searchable = new.extra.pop("searchable_pdf", None)
        for attempt in range(RACE_RETRIES):
            w.savepoint()
            try:
                existing = w.find_by_text(new.text_sha256)
                if existing is not None:
                    w.release()
                    return ImportItem(unit.label, "duplicate", id=existing, title=new.title)
                sk = near_duplicates.sketch(f"{new.title}\n{new.body}")
                new.similar_to = near_duplicates.find_similar(w, sk)
                if raw is not None:     # published before the commit: a report never lacks its original
                    new.original_sha256 = w.stage_original(raw)
                    new.original_size = len(raw)
                if searchable is not None:      # a scan's searchable PDF: staged and published the same way
                    new.ocr_pdf_sha256 = w.stage_original(searchable)
                    new.ocr_pdf_size = len(searchable)
                rid = w.add_report(new)
                near_duplicates.store(w, rid, sk)
                w.release()
            except Exception as exc:  # noqa: BLE001
                try:
                    w.rollback_to()
                except BrokenTransaction as broken:
                    raise broken from exc
                if _lost_race(exc) and attempt + 1 < RACE_RETRIES:
                    if not alone and getattr(exc, "sqlstate", None) != "23505":
                        # a deadlock with another desk's group: our group's earlier items hold locks it
                        # waits for, so the group is redone item by item (BrokenTransaction)
                        raise BrokenTransaction(str(exc)) from exc
                    continue            # another desk stored the same text (or locked it): look again
                _stop_if_full(exc)
                return self._failure(unit, exc)
            return ImportItem(unit.label, "imported", id=rid, title=new.title, similar_to=new.similar_to)

    @staticmethod
    def _failure(unit: Unit, exc: Exception) -> ImportItem:
        if isinstance(exc, KnownError):
            return ImportItem(unit.label, "failed", error_vi=exc.vi, error_en=exc.en)
        log.error("import of %s failed:\n%s", unit.label,
                  "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        return ImportItem(unit.label, "failed", error_vi=f"Lỗi không mong đợi khi đọc tệp: {exc!r}",
                          error_en=f"Unexpected error while reading the file: {exc!r}")

    def prepare(self, unit: Unit, tags: tuple[str, ...]) -> NewReport:
        if unit.line is not None:
            new = jsonl.to_new_report(unit.raw, unit.path, unit.line)
        else:
            new = self._from_file(unit.path)
        new.tags = tuple(dict.fromkeys(tuple(new.tags) + tuple(tags)))
        new.text_sha256 = text_sha256(new.title, new.body)
        return new

    def _from_file(self, path: Path) -> NewReport:
        from ..extract import extract_file
        from ..extract.limits import check_file_size
        from ..understand import understand

        try:
            check_file_size(path.stat().st_size)
            data = path.read_bytes()
        except OSError as exc:
            raise UnreadableFile(f"Không đọc được tệp: {exc.strerror}", f"Cannot read the file: {exc.strerror}")
        extracted = extract_file(path, data, ocr=self.ocr)
        u = understand(extracted.text, title_hint=extracted.title, date_hint=extracted.date)
        return NewReport(
            title=u.title or extracted.title or readable_name(path.stem), body=u.body, text_sha256="",
            date=u.meeting_date, kind=u.kind, organisation=u.organisation, location=u.location,
            author=u.author, summary=u.summary, keywords=tuple(u.keywords),
            persons=tuple(PersonRole(p.name, p.role, p.chair) for p in u.persons),
            source_format=extracted.format, source_name=readable_name(path.name), ocr=extracted.ocr,
            extra={"raw": data, "searchable_pdf": extracted.searchable_pdf})
