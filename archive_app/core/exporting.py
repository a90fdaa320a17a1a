"""Export: reports as JSON Lines (exactly what ``import`` reads) or CSV, and the whole archive as a zip.

The zip holds every original file (``originals/ab/abcd…``, named by sha256) and ``manifest.json``
with every report (all columns, persons with roles, tags), every person and every tag with its
colour. ``importing.archive_zip`` reads it back into any archive; into a fresh one nothing is lost,
ids included. Files are written beside their target and renamed at the end. Never imports Qt.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .files import refuse_inside, replacing
from .models import Report
from .storage import reports as store
from .storage.damage import DamagedReport, is_damaged, row_damage
from .storage.originals import is_sha256
from .storage.schema import OriginalRow, PersonRow, ReportPersonRow, ReportRow, TagRow
from .zip_check import MANIFEST, original_member

if TYPE_CHECKING:
    from .services import Archive

FORMAT, VERSION = "archive-app-export", 1
log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
BATCH = 500
CSV_COLUMNS = {   # key: (Vietnamese header, value)
    "id": ("Số lưu trữ", lambda r: r.id),
    "title": ("Tiêu đề", lambda r: r.title),
    "date": ("Ngày họp", lambda r: r.date.isoformat() if r.date else ""),
    "kind": ("Loại", lambda r: r.kind),
    "organisation": ("Cơ quan", lambda r: r.organisation),
    "location": ("Địa điểm", lambda r: r.location),
    "author": ("Người viết", lambda r: r.author),
    "persons": ("Thành phần", lambda r: "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in r.persons)),
    "chair": ("Chủ trì", lambda r: "; ".join(p.name for p in r.persons if p.chair)),
    "tags": ("Thẻ", lambda r: "; ".join(r.tags)),
    "keywords": ("Từ khóa", lambda r: "; ".join(r.keywords)),
    "summary": ("Tóm tắt", lambda r: r.summary),
    "characters": ("Số ký tự", lambda r: len(r.body or "")),
    "source_ref": ("Mã nguồn", lambda r: r.source_ref),
    "source_name": ("Tệp nguồn", lambda r: r.source_name),
    "source_format": ("Định dạng", lambda r: r.source_format),
    "original_sha256": ("SHA-256 tệp gốc", lambda r: r.original_sha256),
    "imported_at": ("Ngày nhập", lambda r: r.imported_at.isoformat() if r.imported_at else ""),
    "updated_at": ("Ngày sửa", lambda r: r.updated_at.isoformat() if r.updated_at else ""),
}


# --- reading reports ------------------------------------------------------------------------------
def live_ids(archive: Archive) -> list[int]:
    """Every report not in the trash, oldest id first."""
    with archive.Session() as s:
        return list(s.scalars(select(ReportRow.id).where(ReportRow.deleted_at.is_(None)).order_by(ReportRow.id)))


def iter_reports(archive: Archive, ids: Iterable[int], damaged: list[int] | None = None) -> Iterator[Report]:
    """Reports in the order of ``ids``, read in batches; an unknown id raises NotFound. A report whose
    text is damaged raises DamagedReport, or is skipped and its id added to ``damaged`` if given."""
    ids = list(ids)
    with archive.Session() as s:
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            rows = {r.id: r for r in s.scalars(select(ReportRow).where(ReportRow.id.in_(chunk)).options(
                selectinload(ReportRow.persons).selectinload(ReportPersonRow.person),
                selectinload(ReportRow.tags)))}
            for rid in chunk:
                try:
                    yield store.to_report(rows[rid] if rid in rows else store.load(s, rid))
                except DamagedReport:
                    if damaged is None:
                        raise
                    damaged.append(rid)


# --- JSON Lines and CSV ---------------------------------------------------------------------------
def report_line(r: Report) -> dict:
    """A report in the JSON Lines shape ``import`` reads; every key present, so nothing is re-guessed."""
    return {
        "title": r.title, "body": r.body, "date": r.date.isoformat() if r.date else None, "kind": r.kind,
        "organisation": r.organisation, "location": r.location, "author": r.author, "summary": r.summary,
        "keywords": list(r.keywords),
        "persons": [{"name": p.name, "role": p.role, "chair": p.chair} for p in r.persons],
        "tags": list(r.tags), "id": r.source_ref, "archive_id": r.id,
    }


def export_jsonl(archive: Archive, path, ids: Iterable[int] | None = None, progress: Progress | None = None,
                 damaged: list[int] | None = None) -> int:
    """Write reports (``ids`` in order, or every live report) as JSON Lines; returns how many were
    written (damaged reports skipped into ``damaged`` when it is given)."""
    ids = live_ids(archive) if ids is None else list(ids)
    skipped = [] if damaged is None else damaged
    refuse_inside(path, archive.paths.root)
    with replacing(Path(path), "w", encoding="utf-8", newline="\n") as f:
        for n, r in enumerate(iter_reports(archive, ids, damaged), start=1):
            f.write(json.dumps(report_line(r), ensure_ascii=False) + "\n")
            if progress:
                progress(n + len(skipped), len(ids))
    return len(ids) - len(skipped)


def _cell(value) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(archive: Archive, path, ids: Iterable[int] | None = None, lang: str = "vi",
               progress: Progress | None = None, damaged: list[int] | None = None) -> int:
    """Write report metadata as CSV, UTF-8 with BOM (Excel reads Vietnamese), dates ISO (damaged
    reports as in ``export_jsonl``)."""
    ids = live_ids(archive) if ids is None else list(ids)
    skipped = [] if damaged is None else damaged
    refuse_inside(path, archive.paths.root)
    with replacing(Path(path), "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([key if lang == "en" else head for key, (head, _) in CSV_COLUMNS.items()])
        for n, r in enumerate(iter_reports(archive, ids, damaged), start=1):
            out.writerow([_cell(get(r)) for _, get in CSV_COLUMNS.values()])
            if progress:
                progress(n + len(skipped), len(ids))
    return len(ids) - len(skipped)


# --- the whole archive ----------------------------------------------------------------------------
def _plain(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _report_record(row: ReportRow) -> dict:
    """Every column of a report (the revision aside), its persons and its tags."""
    rec = {c.name: _plain(getattr(row, c.key)) for c in ReportRow.__table__.columns if c.name != "revision"}
    rec["persons"] = [{"name": link.person.full_name, "role": link.role, "chair": link.is_chair,
                       "author": link.is_author, "position": link.position} for link in row.persons]
    rec["tags"] = sorted(t.name for t in row.tags)
    return rec


def _report_rows(s, ids: list[int]) -> Iterator[ReportRow]:
    """Report rows with persons and tags, a batch at a time (memory stays flat)."""
    for start in range(0, len(ids), BATCH):
        rows = s.scalars(select(ReportRow).where(ReportRow.id.in_(ids[start:start + BATCH])).order_by(ReportRow.id)
                         .options(selectinload(ReportRow.persons).selectinload(ReportPersonRow.person),
                                  selectinload(ReportRow.tags))).all()
        yield from rows
        s.expunge_all()


def export_archive(archive: Archive, path, progress: Progress | None = None) -> dict:
    """Write the whole archive (trash included) as one zip; returns the manifest's counts.

    One read transaction: the zip is a snapshot even while the window keeps importing. What cannot be
    read is left out and listed (``reports_skipped``: damaged text; ``originals_skipped``: a name
    that is not a sha256, a missing file), so this still saves the rest of a damaged archive.
    """
    refuse_inside(path, archive.paths.root)
    with archive.Session() as s, replacing(Path(path), "wb") as f, \
            zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        conn = s.connection()
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN")                    # pysqlite starts none for reads
        else:                                                # an office archive: one snapshot for the zip
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        originals = s.execute(select(OriginalRow.sha256, OriginalRow.size, OriginalRow.stored_at)
                              .order_by(OriginalRow.sha256)).all()
        ids = list(s.scalars(select(ReportRow.id).order_by(ReportRow.id)))
        total = len(originals) + len(ids)
        skipped_originals, skipped_reports = [], []
        for n, o in enumerate(originals, start=1):
            if not _add_original(archive, z, o.sha256):
                skipped_originals.append(o.sha256)
            if progress:
                progress(n, total)
        saved = [o for o in originals if o.sha256 not in set(skipped_originals)]
        head = {"format": FORMAT, "version": VERSION, "exported_at": store.now().isoformat(),
                "app": _app_version(),
                "tags": [{"name": t.name, "colour": t.colour} for t in s.scalars(select(TagRow).order_by(TagRow.id))
                         if not is_damaged(t.name)],
                "persons": [{"name": p.full_name} for p in s.scalars(select(PersonRow).order_by(PersonRow.id))
                            if not is_damaged(p.full_name)],
                "originals": [{"sha256": o.sha256, "size": o.size, "stored_at": _plain(o.stored_at),
                               "path": original_member(o.sha256)} for o in saved]}
        info = zipfile.ZipInfo(MANIFEST, dt.datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as m:
            m.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2].encode("utf-8") + b',\n "reports": [')
            written = 0
            for n, row in enumerate(_report_rows(s, ids)):
                if row_damage(row):
                    skipped_reports.append(row.id)
                else:
                    rec = _report_record(row)
                    for column in ("original_sha256", "ocr_pdf_sha256"):     # the text is saved without it
                        if rec[column] in skipped_originals:
                            rec[column] = None
                    m.write((",\n  " if written else "\n  ").encode()
                            + json.dumps(rec, ensure_ascii=False).encode("utf-8"))
                    written += 1
                if progress:
                    progress(len(originals) + n + 1, total)
            counts = {"reports": written, "originals": len(saved), "persons": len(head["persons"]),
                      "tags": len(head["tags"])}
            m.write(b"\n ],\n \"counts\": " + json.dumps(counts).encode() + b"\n}\n")
    return {**counts, "reports_skipped": skipped_reports, "originals_skipped": skipped_originals}


def _add_original(archive: Archive, z: zipfile.ZipFile, sha: str) -> bool:
    """Put one original in the zip; False (and nothing written) if its name or file is not sound."""
    if not is_sha256(sha):
        log.warning("export: original %r skipped, its name is not a sha256", sha)
        return False
    if getattr(archive.originals, "in_database", False):      # an office archive: the bytes are in the database
        if not archive.originals.verify(sha):
            log.warning("export: original %s is missing or damaged in the database", sha)
            return False
        z.writestr(original_member(sha), archive.originals.get(sha))
        return True
    path = archive.originals.path_for(sha)
    if not path.is_file():
        log.warning("export: original %s is missing from the archive", sha)
        return False
    z.write(path, original_member(sha))
    return True


def _app_version() -> str:
    from .. import __version__

    return f"archive-app {__version__}"
