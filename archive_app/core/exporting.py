"""Export: reports as JSON Lines (exactly what ``import`` reads) or CSV, and the whole archive as a zip.

The zip holds every original file (``originals/ab/abcd…``, named by sha256) and ``manifest.json``
with every report (all columns, persons with roles, tags), every person and every tag with its
colour. ``import_archive`` reads it back into any archive; into a fresh one nothing is lost, ids
included. Files are written beside their target and renamed at the end. Never imports Qt.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import logging
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Date, DateTime, func, select
from sqlalchemy.orm import selectinload

from .errors import BadInput, KnownError
from .extract.limits import check_file_size
from .models import ImportItem, ImportResult, Report
from .storage import reports as store
from .storage.dialect import qmark
from .storage.labels import get_or_create_person, get_or_create_tag
from .storage.schema import OriginalRow, PersonRow, ReportPersonRow, ReportRow, ReportTagRow, TagRow

FORMAT, VERSION = "archive-app-export", 1
MANIFEST = "manifest.json"
_FORMAT_MARK = re.compile(rb'^\{\s*"format":\s*"archive-app-export"')
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
def live_ids(archive) -> list[int]:
    """Every report not in the trash, oldest id first."""
    with archive.Session() as s:
        return list(s.scalars(select(ReportRow.id).where(ReportRow.deleted_at.is_(None)).order_by(ReportRow.id)))


def iter_reports(archive, ids: Iterable[int]) -> Iterator[Report]:
    """Reports in the order of ``ids``, read in batches; an unknown id raises NotFound."""
    ids = list(ids)
    with archive.Session() as s:
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            rows = {r.id: r for r in s.scalars(select(ReportRow).where(ReportRow.id.in_(chunk)).options(
                selectinload(ReportRow.persons).selectinload(ReportPersonRow.person),
                selectinload(ReportRow.tags)))}
            for rid in chunk:
                yield store.to_report(rows[rid] if rid in rows else store.load(s, rid))


@contextmanager
def _replacing(path: Path, mode: str = "w", **kw):
    """Open a temporary file beside ``path``; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        f = open(tmp, mode, **kw)  # noqa: SIM115 - closed below, renamed only on success
    except OSError as exc:
        raise KnownError(f"Không ghi được tệp {path}: {exc.strerror}",
                         f"Cannot write the file {path}: {exc.strerror}") from None
    try:
        with f:
            yield f
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


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


def export_jsonl(archive, path, ids: Iterable[int] | None = None, progress: Progress | None = None) -> int:
    """Write reports (``ids`` in order, or every live report) as JSON Lines; returns how many."""
    ids = live_ids(archive) if ids is None else list(ids)
    with _replacing(Path(path), "w", encoding="utf-8", newline="\n") as f:
        for n, r in enumerate(iter_reports(archive, ids), start=1):
            f.write(json.dumps(report_line(r), ensure_ascii=False) + "\n")
            if progress:
                progress(n, len(ids))
    return len(ids)


def _cell(value) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(archive, path, ids: Iterable[int] | None = None, lang: str = "vi",
               progress: Progress | None = None) -> int:
    """Write report metadata as CSV, UTF-8 with BOM (Excel reads Vietnamese), dates ISO."""
    ids = live_ids(archive) if ids is None else list(ids)
    with _replacing(Path(path), "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([key if lang == "en" else head for key, (head, _) in CSV_COLUMNS.items()])
        for n, r in enumerate(iter_reports(archive, ids), start=1):
            out.writerow([_cell(get(r)) for _, get in CSV_COLUMNS.values()])
            if progress:
                progress(n, len(ids))
    return len(ids)


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


def _original_name(sha: str) -> str:
    return f"originals/{sha[:2]}/{sha}"


def export_archive(archive, path, progress: Progress | None = None) -> dict:
    """Write the whole archive (trash included) as one zip; returns the manifest's counts.

    One read transaction: the zip is a snapshot even while the window keeps importing.
    """
    with archive.Session() as s, _replacing(Path(path), "wb") as f, \
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
        for n, o in enumerate(originals, start=1):
            _add_original(archive, z, o.sha256)
            if progress:
                progress(n, total)
        counts = {"reports": len(ids), "originals": len(originals),
                  "persons": s.scalar(select(func.count()).select_from(PersonRow)),
                  "tags": s.scalar(select(func.count()).select_from(TagRow))}
        head = {"format": FORMAT, "version": VERSION, "exported_at": store.now().isoformat(),
                "app": _app_version(), "counts": counts,
                "tags": [{"name": t.name, "colour": t.colour} for t in s.scalars(select(TagRow).order_by(TagRow.id))],
                "persons": [{"name": p.full_name} for p in s.scalars(select(PersonRow).order_by(PersonRow.id))],
                "originals": [{"sha256": o.sha256, "size": o.size, "stored_at": _plain(o.stored_at),
                               "path": _original_name(o.sha256)} for o in originals]}
        info = zipfile.ZipInfo(MANIFEST, dt.datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as m:
            m.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2].encode("utf-8") + b',\n "reports": [')
            for n, row in enumerate(_report_rows(s, ids)):
                m.write((",\n  " if n else "\n  ").encode() + json.dumps(_report_record(row), ensure_ascii=False)
                        .encode("utf-8"))
                if progress:
                    progress(len(originals) + n + 1, total)
            m.write(b"\n ]\n}\n")
    return counts


def _add_original(archive, z: zipfile.ZipFile, sha: str) -> None:
    if getattr(archive.originals, "in_database", False):      # an office archive: the bytes are in the database
        z.writestr(_original_name(sha), archive.originals.get(sha))
        return
    try:
        z.write(archive.originals.path_for(sha), _original_name(sha))
    except FileNotFoundError:
        raise KnownError(f"Thiếu tệp gốc {sha[:12]}… trong kho; hãy chạy “check” rồi xuất lại",
                         f"Original {sha[:12]}… is missing from the archive; run 'check' and export again") from None


def _app_version() -> str:
    from .. import __version__

    return f"archive-app {__version__}"


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


# --- importing an archive zip back ----------------------------------------------------------------
def import_archive(archive, path, tags: tuple[str, ...] = (), progress=None,
                   cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Restore an archive zip: reports (ids kept when free), persons, tags with colours, originals.

    Each report is one transaction; a report whose text is already in the archive is a duplicate.
    Every original is checked against its sha256 before it is stored. Call under the writer lock.
    """
    path = Path(path)
    result = ImportResult()
    try:
        with zipfile.ZipFile(path) as z:
            restorer = _Restorer(archive, z, _manifest(z), tuple(tags))
            restorer.run(str(path), result, progress, cancel)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        result.items.append(ImportItem(str(path), "failed", error_vi=f"Tệp lưu trữ hỏng: {exc}",
                                       error_en=f"Damaged archive file: {exc}"))
    except KnownError as exc:
        result.items.append(ImportItem(str(path), "failed", error_vi=exc.vi, error_en=exc.en))
    return result


def _manifest(z: zipfile.ZipFile) -> dict:
    manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
    if manifest.get("format") != FORMAT or manifest.get("version", 0) > VERSION:
        raise BadInput("Tệp zip này không phải bản xuất của kho lưu trữ (hoặc từ phiên bản mới hơn)",
                       "This zip is not an archive export (or comes from a newer version)")
    return manifest


def _column_value(column, value):
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    return value


class _Restorer:
    """Writes the content of one archive zip into an archive."""

    def __init__(self, archive, z: zipfile.ZipFile, manifest: dict, tags: tuple[str, ...]):
        self.archive, self.z, self.manifest, self.tags = archive, z, manifest, tags
        self.originals = {o["sha256"]: o for o in manifest.get("originals", [])}
        self.new_ids: dict[int, int] = {}

    def run(self, name: str, result: ImportResult, progress, cancel) -> None:
        self.restore_labels()
        records = self.manifest["reports"]
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
        with self.archive.Session.begin() as s:
            for t in self.manifest.get("tags", []):
                tag = get_or_create_tag(s, t["name"])
                if tag.colour is None and t.get("colour"):
                    tag.colour = t["colour"]
            for p in self.manifest.get("persons", []):
                get_or_create_person(s, p["name"])

    def restore_one(self, rec: dict, label: str) -> ImportItem:
        try:
            rid = self._insert(rec)
        except _Duplicate as dup:
            return ImportItem(label, "duplicate", id=dup.id, title=rec.get("title"))
        except KnownError as exc:
            return ImportItem(label, "failed", error_vi=exc.vi, error_en=exc.en)
        except Exception as exc:  # one bad record must not stop the restore
            log.exception("restoring %s failed", label)
            return ImportItem(label, "failed", error_vi=f"Lỗi không mong đợi: {exc!r}",
                              error_en=f"Unexpected error: {exc!r}")
        self.new_ids[rec["id"]] = rid
        return ImportItem(label, "imported", id=rid, title=rec.get("title"))

    def _insert(self, rec: dict) -> int:
        from .importing import near_duplicates, text_sha256

        with self.archive.Session.begin() as s:
            digest = rec.get("text_sha256") or text_sha256(rec.get("title") or "", rec.get("body") or "")
            existing = s.scalar(select(ReportRow.id).where(ReportRow.text_sha256 == digest).limit(1))
            if existing is not None:                     # live or in the trash: restored already
                raise _Duplicate(existing)
            if rec.get("original_sha256"):
                self._original(s, rec["original_sha256"])
            values = {c.name: _column_value(c, rec[c.name]) for c in ReportRow.__table__.columns if c.name in rec}
            values.update(text_sha256=digest, revision=1, similar_to=None)
            if values.get("id") is None or s.get(ReportRow, values["id"]) is not None:
                values.pop("id", None)                   # that id is taken here: a new one
            rid = s.connection().execute(ReportRow.__table__.insert().values(**values)).inserted_primary_key[0]
            self._links(s, rid, rec)
            near_duplicates.store(s, rid, near_duplicates.sketch(f"{values.get('title')}\n{values.get('body')}"))
            store.enqueue(s, [rid])
        return rid

    def _original(self, s, sha: str) -> None:
        """Store one original after checking its bytes against its name (fixity)."""
        if not self.archive.originals.verify(sha):
            try:
                member = self.z.getinfo(_original_name(sha))
            except KeyError:
                raise BadInput(f"Thiếu tệp gốc {sha[:12]}… trong tệp lưu trữ",
                               f"Original {sha[:12]}… is missing from the archive file") from None
            check_file_size(member.file_size)          # the limit of any imported file (zip bombs)
            try:
                data = self.z.read(member)             # never more than the size it declares
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
                raise BadInput(f"Tệp gốc {sha[:12]}… trong tệp lưu trữ bị hỏng ({exc})",
                               f"Original {sha[:12]}… in the archive file is damaged ({exc})") from None
            if hashlib.sha256(data).hexdigest() != sha:
                raise BadInput(f"Tệp gốc {sha[:12]}… bị hỏng (sai SHA-256)",
                               f"Original {sha[:12]}… is damaged (SHA-256 mismatch)")
            self.archive.originals.put(data)
        info = self.originals.get(sha, {})
        size = self.archive.originals.size(sha)
        stored = info.get("stored_at") or store.now().isoformat()
        conn = s.connection()
        conn.exec_driver_sql(qmark("INSERT INTO original (sha256, size, stored_at) VALUES (?, ?, ?) "
                                   "ON CONFLICT DO NOTHING", conn.dialect),
                             (sha, size, dt.datetime.fromisoformat(stored).isoformat(sep=" ")))

    def _links(self, s, rid: int, rec: dict) -> None:
        links: dict[int, dict] = {}
        for n, p in enumerate(rec.get("persons") or []):
            pid = get_or_create_person(s, p["name"]).id
            if pid not in links:
                links[pid] = {"report_id": rid, "person_id": pid, "role": p.get("role") or "",
                              "is_chair": bool(p.get("chair")), "is_author": bool(p.get("author")),
                              "position": p.get("position", n)}
        if links:
            s.connection().execute(ReportPersonRow.__table__.insert(), list(links.values()))
        tag_ids = {get_or_create_tag(s, name).id for name in list(rec.get("tags") or []) + list(self.tags)}
        if tag_ids:
            s.connection().execute(ReportTagRow.__table__.insert(),
                                   [{"report_id": rid, "tag_id": t} for t in tag_ids])

    def relink_similar(self, records: list[dict]) -> None:
        """Point "similar to" at the restored reports' new ids."""
        pairs = [(self.new_ids[r["id"]], self.new_ids.get(r.get("similar_to"))) for r in records
                 if r.get("similar_to") and r["id"] in self.new_ids]
        pairs = [(b, a) for a, b in pairs if b is not None]
        if pairs:
            with self.archive.Session.begin() as s:
                conn = s.connection()
                conn.exec_driver_sql(qmark("UPDATE report SET similar_to = ? WHERE id = ?", conn.dialect), pairs)


class _Duplicate(Exception):
    def __init__(self, report_id: int):
        super().__init__(report_id)
        self.id = report_id
