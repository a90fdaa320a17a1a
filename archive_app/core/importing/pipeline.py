"""Import files, folders and JSON Lines: one transaction per item, per-item results, progress, cancel."""
from __future__ import annotations

import hashlib
import logging
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..errors import KnownError, UnreadableFile
from ..models import ImportItem, ImportResult, PersonRole
from ..storage import reports
from ..storage.reports import NewReport
from . import jsonl, near_duplicates

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]   # (items done, items known so far, current name)
ItemFn = Callable[[ImportItem], None]          # called once an item is committed (or has failed)


@dataclass(frozen=True)
class Unit:
    """One thing to import: a file, or one line of a JSON Lines file."""
    path: Path
    line: int | None = None
    raw: bytes | None = None

    @property
    def label(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else str(self.path)


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


class Importer:
    """Runs one import over an Archive (which holds the writer lock while this runs)."""

    def __init__(self, archive):
        self.archive = archive

    def units(self, files: list[Path]) -> Iterator[Unit]:
        for f in files:
            if jsonl.is_jsonl(f):
                for number, raw in jsonl.lines(f):
                    yield Unit(f, number, raw)
            else:
                yield Unit(f)

    def run(self, paths: list[Path], tags: tuple[str, ...] = (), progress: ProgressFn | None = None,
            cancel: Callable[[], bool] | None = None, on_item: ItemFn | None = None) -> ImportResult:
        files, failed = expand(paths)
        result = ImportResult(items=list(failed))
        total = sum(jsonl.count_lines(f) if jsonl.is_jsonl(f) else 1 for f in files)
        for done, unit in enumerate(self.units(files)):
            if cancel and cancel():
                result.cancelled = True
                break
            if progress:
                progress(done, total, unit.label)
            item = self.import_one(unit, tags)
            result.items.append(item)
            if on_item:
                on_item(item)
        else:
            if progress:
                progress(total, total, "")
        return result

    def import_one(self, unit: Unit, tags: tuple[str, ...]) -> ImportItem:
        """Import one unit; any failure becomes a per-item error and nothing of it is stored."""
        try:
            new = self.prepare(unit, tags)
            with self.archive.Session.begin() as s:
                existing = reports.find_by_text(s, new.text_sha256)
                if existing is not None:
                    return ImportItem(unit.label, "duplicate", id=existing, title=new.title)
                sk = near_duplicates.sketch(f"{new.title}\n{new.body}")
                new.similar_to = near_duplicates.find_similar(s, sk)
                raw = new.extra.pop("raw", unit.raw)
                if raw is not None:     # stored before the commit: a report never lacks its original
                    new.original_sha256 = self.archive.originals.put(raw)
                    new.original_size = len(raw)
                rid = reports.add_report(s, new)
                near_duplicates.store(s, rid, sk)
            return ImportItem(unit.label, "imported", id=rid, title=new.title, similar_to=new.similar_to)
        except KnownError as exc:
            return ImportItem(unit.label, "failed", error_vi=exc.vi, error_en=exc.en)
        except Exception as exc:  # noqa: BLE001 - a bug, but one bad file must not stop the batch
            log.error("import of %s failed:\n%s", unit.label, traceback.format_exc())
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
        extracted = extract_file(path, data)
        u = understand(extracted.text, title_hint=extracted.title, date_hint=extracted.date)
        return NewReport(
            title=u.title or extracted.title or path.stem, body=u.body, text_sha256="",
            date=u.meeting_date, kind=u.kind, organisation=u.organisation, location=u.location,
            author=u.author, summary=u.summary, keywords=tuple(u.keywords),
            persons=tuple(PersonRole(p.name, p.role, p.chair) for p in u.persons),
            source_format=extracted.format, source_name=path.name, extra={"raw": data})
