"""Importing an archive export (``export --archive``) back: reports, persons, tags with colours,
originals and scans' searchable PDFs, into any archive; into a fresh one nothing is lost, ids included.

The zip is untrusted input, read through the one verifier of zips from outside (``zip_check``, as a
backup to restore is): the manifest capped, every report record checked by the rules of
``row_validation`` before it is trusted, every original read capped and checked against its sha256.
Reports are written by the one writer of reports (``storage.writer.ImportWriter``), so a report whose
text is already in the archive is a duplicate by the same rule as every other import
(``storage.writer.find_duplicate``) and originals are published durably before the commit.
Never imports Qt.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .. import zip_check
from ..errors import BadInput, KnownError
from ..exporting import FORMAT, VERSION
from ..extract.limits import MAX_FILE_BYTES
from ..models import ImportItem, ImportResult, OcrInfo, PersonRole
from ..storage.reports import Kept, NewReport, now
from ..storage.writer import ImportWriter, find_duplicate
from ..zip_check import MANIFEST, ZipDamaged, original_member

if TYPE_CHECKING:
    from ..services import Archive

_FORMAT_MARK = re.compile(rb'^\{\s*"format":\s*"archive-app-export"')
log = logging.getLogger(__name__)


def is_archive_export(path) -> bool:
    """Is ``path`` a zip written by ``export_archive`` (recognised by its manifest)?"""
    path = Path(path)
    if not path.is_file() or not zipfile.is_zipfile(path):
        return False
    try:
        with zipfile.ZipFile(path) as z, z.open(MANIFEST) as m:
            return _FORMAT_MARK.search(m.read(512)) is not None
    except (KeyError, OSError, zipfile.BadZipFile):
        return False


def import_archive(archive: Archive, path, tags: tuple[str, ...] = (), progress=None,
                   cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Restore an archive zip: reports (ids kept when free), persons, tags with colours, originals.

    Each report is one transaction; a report whose text is already in the archive is a duplicate, a
    record that fails the checks fails alone. A zip whose manifest is damaged is refused whole. Call
    under the writer lock.
    """
    path = Path(path)
    result = ImportResult()
    try:
        with zipfile.ZipFile(path) as z, ImportWriter(archive.engine, archive.originals) as w:
            _Restorer(w, z, _manifest(z), tuple(tags)).run(str(path), result, progress, cancel)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        result.items.append(ImportItem(str(path), "failed", error_vi=f"Tệp lưu trữ hỏng: {exc}",
                                       error_en=f"Damaged archive file: {exc}"))
    except KnownError as exc:
        result.items.append(ImportItem(str(path), "failed", error_vi=exc.vi, error_en=exc.en))
    return result


def _manifest(z: zipfile.ZipFile) -> dict:
    try:
        manifest = zip_check.manifest(z)
    except ZipDamaged as exc:
        raise BadInput(f"Tệp lưu trữ hỏng ({exc})", f"Damaged archive file ({exc})") from None
    if (manifest is None or manifest.get("format") != FORMAT or not isinstance(manifest.get("version"), int)
            or manifest["version"] > VERSION):
        raise BadInput("Tệp zip này không phải bản xuất của kho lưu trữ (hoặc từ phiên bản mới hơn)",
                       "This zip is not an archive export (or comes from a newer version)")
    lists = [manifest.get(k, []) for k in ("reports", "tags", "persons", "originals")]
    if not all(isinstance(v, list) and all(isinstance(x, dict) for x in v) for v in lists):
        raise BadInput(f"Tệp lưu trữ hỏng ({MANIFEST})", f"Damaged archive file ({MANIFEST})")
    return manifest


def _stamp(value) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


class _Duplicate(Exception):
    def __init__(self, report_id: int):
        super().__init__(report_id)
        self.id = report_id


class _Restorer:
    """Writes the content of one archive zip into an archive, through the import's writer."""

    def __init__(self, w: ImportWriter, z: zipfile.ZipFile, manifest: dict, tags: tuple[str, ...]):
        self.w, self.z, self.manifest, self.tags = w, z, manifest, tags
        self.stored_at = {o.get("sha256"): o.get("stored_at") for o in manifest.get("originals", [])}
        self.new_ids: dict[int, int] = {}

    def run(self, name: str, result: ImportResult, progress, cancel) -> None:
        self.restore_labels()
        records = self.manifest.get("reports", [])
        for n, rec in enumerate(records):
            if cancel and cancel():
                result.cancelled = True
                break
            label = f"{name}:{rec.get('id')}"
            if progress:
                progress(n, len(records), label)
            result.items.append(self.restore_one(rec, label))
        else:
            if progress:
                progress(len(records), len(records), "")
        self.relink_similar(records)

    def restore_labels(self) -> None:
        """Every person and tag of the export, tag colours included (an existing colour is kept)."""
        w = self.w
        w.begin()
        try:
            for t in self.manifest.get("tags", []):
                if not isinstance(t.get("name"), str):
                    continue
                tag = w.tag_id(t["name"])
                if zip_check.RULES["tag"]["colour"](t.get("colour")) and t.get("colour"):
                    w.execute("UPDATE tag SET colour = ? WHERE id = ? AND colour IS NULL", (t["colour"], tag))
            for p in self.manifest.get("persons", []):
                if isinstance(p.get("name"), str):
                    w.person_id(p["name"])
            w.commit()
        except BaseException:
            w.rollback()
            raise

    def restore_one(self, rec: dict, label: str) -> ImportItem:
        w = self.w
        w.begin()
        try:
            rid = self._insert(rec)
            w.commit()
        except _Duplicate as dup:
            w.rollback()
            return ImportItem(label, "duplicate", id=dup.id, title=rec.get("title"))
        except KnownError as exc:
            w.rollback()
            return ImportItem(label, "failed", error_vi=exc.vi, error_en=exc.en)
        except Exception as exc:  # one bad record must not stop the restore
            w.rollback()
            log.exception("restoring %s failed", label)
            return ImportItem(label, "failed", error_vi=f"Lỗi không mong đợi: {exc!r}",
                              error_en=f"Unexpected error: {exc!r}")
        if rec.get("id") is not None:
            self.new_ids[rec["id"]] = rid
        return ImportItem(label, "imported", id=rid, title=rec.get("title"))

    def _insert(self, rec: dict) -> int:
        from . import near_duplicates, text_sha256

        problems = zip_check.report_problems(rec)
        if problems:
            raise BadInput(f"Bản ghi báo cáo không hợp lệ trong tệp lưu trữ: {'; '.join(problems[:3])}",
                           f"Invalid report record in the archive file: {'; '.join(problems[:3])}")
        w = self.w
        title, body = rec.get("title") or "", rec.get("body") or ""
        digest = text_sha256(title, body)
        existing = find_duplicate(w.execute, digest, arriving_trashed=rec.get("deleted_at") is not None)
        if existing is not None:
            raise _Duplicate(existing)
        original, scan_pdf = rec.get("original_sha256"), rec.get("ocr_pdf_sha256")
        persons = list(rec.get("persons") or [])
        ocr = (OcrInfo(rec.get("ocr_engine"), rec.get("ocr_languages"), rec.get("ocr_confidence"))
               if any(rec.get(k) is not None for k in ("ocr_engine", "ocr_languages", "ocr_confidence")) else None)
        stored = {sha: _stamp(self.stored_at[sha]) for sha in (original, scan_pdf)
                  if sha and self.stored_at.get(sha) and zip_check.RULES["original"]["stored_at"](self.stored_at[sha])}
        new = NewReport(
            title=title, body=body, text_sha256=digest,
            date=dt.date.fromisoformat(rec["meeting_date"]) if rec.get("meeting_date") else None,
            kind=rec.get("meeting_kind"), organisation=rec.get("organisation"), location=rec.get("location"),
            author=rec.get("author"), summary=rec.get("summary"),
            keywords=tuple(k for k in (rec.get("keywords") or "").split("\n") if k),
            persons=tuple(PersonRole(p["name"], p.get("role") or "", bool(p.get("chair"))) for p in persons),
            tags=tuple(dict.fromkeys(list(rec.get("tags") or []) + list(self.tags))),
            source_format=rec.get("source_format"), source_name=rec.get("source_name"),
            source_ref=rec.get("source_ref"), ocr=ocr,
            kept=Kept(id=rec.get("id"), imported_at=_stamp(rec.get("imported_at")) or now(),
                      updated_at=_stamp(rec.get("updated_at")) or now(), deleted_at=_stamp(rec.get("deleted_at")),
                      notes=rec.get("notes"), positions=tuple(p.get("position", n) for n, p in enumerate(persons)),
                      authors=tuple(bool(p.get("author")) for p in persons), stored_at=stored))
        if original:
            new.original_sha256, new.original_size = self._original(original, "tệp gốc", "original")
        if scan_pdf:           # a scan's searchable PDF, kept beside its original
            new.ocr_pdf_sha256, new.ocr_pdf_size = self._original(scan_pdf, "bản PDF tìm kiếm được",
                                                                  "searchable PDF")
        rid = w.add_report(new)
        near_duplicates.store(w, rid, near_duplicates.sketch(f"{title}\n{body}"))
        return rid

    def _original(self, sha: str, what_vi: str, what_en: str) -> tuple[str, int]:
        """(sha256, size) of a file the report refers to, staged from the zip after checking its bytes
        against its name (fixity) unless the archive has it already."""
        originals = self.w.originals
        if originals.verify(sha):
            return sha, originals.size(sha)
        name = original_member(sha)
        if not zip_check.has_member(self.z, name):
            raise BadInput(f"Thiếu {what_vi} {sha[:12]}… trong tệp lưu trữ",
                           f"The {what_en} {sha[:12]}… is missing from the archive file")
        try:                                       # capped as any imported file (zip bombs), hash-checked
            data = zip_check.member(self.z, name, sha, MAX_FILE_BYTES)
        except ZipDamaged as exc:
            raise BadInput(f"{what_vi.capitalize()} {sha[:12]}… trong tệp lưu trữ bị hỏng hoặc quá lớn ({exc})",
                           f"The {what_en} {sha[:12]}… in the archive file is damaged or too large ({exc})") from None
        return self.w.stage_original(data), len(data)

    def relink_similar(self, records: list[dict]) -> None:
        """Point "similar to" at the restored reports' new ids."""
        pairs = [(self.new_ids[r["id"]], self.new_ids.get(r.get("similar_to"))) for r in records
                 if r.get("similar_to") and r.get("id") in self.new_ids]
        pairs = [(b, a) for a, b in pairs if b is not None]
        if pairs:
            self.w.begin()
            try:
                self.w.executemany("UPDATE report SET similar_to = ? WHERE id = ?", pairs)
                self.w.commit()
            except BaseException:
                self.w.rollback()
                raise
