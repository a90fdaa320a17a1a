"""Importing an archive export (``export --archive``) back: reports, persons, tags with colours and
originals, into any archive; into a fresh one nothing is lost, ids included.

The zip is untrusted input: every original is read capped and checked against its sha256 before it
is stored, and a report whose text is already in the archive is a duplicate by the same rule as
every other import (``storage.writer.find_duplicate``). Never imports Qt.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime

from ..errors import BadInput, KnownError
from ..exporting import FORMAT, MANIFEST, VERSION, _original_name
from ..extract.limits import MAX_FILE_BYTES
from ..files import MemberError, read_member
from ..models import ImportItem, ImportResult
from ..storage import reports as store
from ..storage.dialect import DriverSql
from ..storage.labels import get_or_create_person, get_or_create_tag
from ..storage.schema import ReportPersonRow, ReportRow, ReportTagRow
from ..storage.writer import find_duplicate

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

    def __init__(self, archive: Archive, z: zipfile.ZipFile, manifest: dict, tags: tuple[str, ...]):
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
        from . import near_duplicates, text_sha256

        with self.archive.Session.begin() as s:
            digest = text_sha256(rec.get("title") or "", rec.get("body") or "")
            existing = find_duplicate(DriverSql(s.connection()).execute, digest,
                                      arriving_trashed=rec.get("deleted_at") is not None)
            if existing is not None:
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
            try:                                       # capped as any imported file (zip bombs), hash-checked
                data = read_member(self.z, member.filename, MAX_FILE_BYTES, sha256=sha)
            except MemberError as exc:
                raise BadInput(f"Tệp gốc {sha[:12]}… trong tệp lưu trữ bị hỏng hoặc quá lớn ({exc})",
                               f"Original {sha[:12]}… in the archive file is damaged or too large ({exc})") from None
            self.archive.originals.put(data)
        info = self.originals.get(sha, {})
        size = self.archive.originals.size(sha)
        stored = info.get("stored_at") or store.now().isoformat()
        DriverSql(s.connection()).execute("INSERT INTO original (sha256, size, stored_at) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING",
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
                DriverSql(s.connection()).executemany("UPDATE report SET similar_to = ? WHERE id = ?", pairs)


class _Duplicate(Exception):
    def __init__(self, report_id: int):
        super().__init__(report_id)
        self.id = report_id
