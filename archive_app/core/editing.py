"""Corrections, trash and tags: the writes the window needs beyond import, as the Archive's sub-services
``archive.edits``, ``archive.trash`` and ``archive.tagging``.

Every write holds the archive's writer lock, commits in one transaction, bumps each changed report's
revision (so the index re-writes it), applies the index queue before it returns (a change is
searchable at once) and returns one ``Changes`` saying what it touched. Never imports Qt.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from .errors import BadInput, ChangedMeanwhile, DuplicateOfLive, NotFound
from .importing import text_sha256
from .models import NO_CHANGES, Changes, PersonRole
from .storage import feed, reports
from .storage.labels import clean_name, name_key
from .storage.schema import OriginalRow, ReportRow, ReportTagRow, TagRow
from .vietnamese import fold, normalize

if TYPE_CHECKING:
    from .services import Archive

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class ReportEdit:
    """What an archivist may correct on a report."""
    title: str
    date: dt.date | None = None
    kind: str | None = None
    organisation: str | None = None
    author: str | None = None
    persons: tuple[PersonRole, ...] = ()


@dataclass(frozen=True)
class TrashedReport:
    id: int
    title: str
    date: dt.date | None
    deleted_at: dt.datetime


def _text(value: str | None) -> str | None:
    return " ".join(normalize(value).split()) or None if value else None


class Edits:
    """Corrections of a report's metadata and persons (``archive.edits``)."""

    def __init__(self, archive: Archive):
        self._archive = archive

    def update(self, report_id: int, edit: ReportEdit, expected_revision: int | None = None) -> Changes:
        """Save corrected metadata and persons; the report is re-indexed before this returns.

        ``expected_revision``: the revision the edit started from; if someone else (another desk) saved
        the report since, the edit is refused with ChangedMeanwhile ("reload"), never written over theirs.
        """
        title = _text(edit.title)
        if not title:
            raise BadInput("Tiêu đề không được để trống", "The title must not be empty")
        persons = tuple(PersonRole(clean_name(p.name), _text(p.role) or "", bool(p.chair))
                        for p in edit.persons if clean_name(p.name))
        archive = self._archive
        with archive.changing():
            with archive.Session() as s:
                # FOR UPDATE (PostgreSQL): a second desk saving at this moment waits, then sees our revision
                current = s.scalar(select(ReportRow.revision).where(ReportRow.id == report_id).with_for_update())
                if expected_revision is not None and current is not None and current != expected_revision:
                    raise _changed_meanwhile(s, report_id)
                row = reports.load(s, report_id)
                sha = text_sha256(title, row.body)
                if row.title != title:       # the text's identity follows it, so ``check`` can verify it
                    if row.deleted_at is None:
                        _refuse_editing_into_twin(s, report_id, sha)
                    row.text_sha256 = sha
                row.title = title
                row.meeting_date = edit.date
                row.meeting_kind = _text(edit.kind)
                row.organisation = _text(edit.organisation)
                row.author = _text(edit.author)
                try:
                    reports.set_persons(s, row, persons)
                    reports.touch(s, row, "edit")
                    s.commit()
                except IntegrityError:     # another desk saved the same text a moment ago
                    s.rollback()
                    _refuse_editing_into_twin(s, report_id, sha)
                    raise
            archive.sync_after_write()
        return Changes(frozenset({report_id}), persons=True)

    def meeting_kinds(self) -> list[str]:
        """Meeting kinds already used in the archive (for the edit dialog), most used first."""
        with self._archive.Session() as s:
            kind = ReportRow.meeting_kind
            rows = s.execute(select(kind, func.count()).where(kind.is_not(None))
                             .group_by(kind).order_by(func.count().desc())).all()
        return [k for k, _ in rows]


def _changed_meanwhile(s, report_id: int) -> ChangedMeanwhile:
    last = (feed.history(s, report_id) or [None])[-1]
    who = f"{last.changed_by}, {last.changed_at:%d/%m/%Y %H:%M} UTC" if last else "?"
    return ChangedMeanwhile(
        f"Báo cáo số {report_id} đã được sửa sau khi bạn mở nó ({who}); hãy tải lại rồi sửa lại.",
        f"Report {report_id} was changed after you opened it ({who}); reload it and edit again.")


def _live_twin(s, report_id: int, sha: str):
    """(id, title) of a live report other than ``report_id`` whose text has ``sha``, or None: the archive
    keeps one live copy of a text (a unique index; migration 0004 trashed the newer copies to create it)."""
    return s.execute(select(ReportRow.id, ReportRow.title).where(
        ReportRow.text_sha256 == sha, ReportRow.deleted_at.is_(None), ReportRow.id != report_id)
        .limit(1)).first()


def _refuse_editing_into_twin(s, report_id: int, sha: str) -> None:
    """Raise DuplicateOfLive when a corrected title would give report ``report_id`` the text of another
    live report."""
    twin = _live_twin(s, report_id, sha)
    if twin is not None:
        raise DuplicateOfLive(
            f"Không lưu được báo cáo số {report_id}: báo cáo số {twin.id} “{twin.title}” đã có đúng nội dung "
            "này (tiêu đề và nội dung). Không có gì bị thay đổi; hãy đặt một tiêu đề khác, hoặc chuyển "
            "báo cáo kia vào thùng rác trước.",
            f"Report {report_id} cannot be saved: report {twin.id} “{twin.title}” already has this text "
            "(title and body). Nothing was changed; choose another title, or move that report to the trash first.")


def _refuse_live_twin(s, row: ReportRow) -> None:
    """Raise DuplicateOfLive when a live report other than ``row`` has its text (restoring it from the
    trash)."""
    twin = _live_twin(s, row.id, row.text_sha256)
    if twin is not None:
        raise DuplicateOfLive(
            f"Không khôi phục được báo cáo số {row.id}: báo cáo số {twin.id} “{twin.title}” đang có cùng "
            "nội dung. Báo cáo vẫn ở trong thùng rác; hãy dùng báo cáo kia, hoặc chuyển nó vào thùng rác "
            "trước.",
            f"Report {row.id} cannot be restored: report {twin.id} “{twin.title}” has the same text. "
            "It stays in the trash; use the other report, or move that one to the trash first.")


class Trash:
    """Reports hidden from search and lists, restorable until the trash is emptied (``archive.trash``)."""

    def __init__(self, archive: Archive):
        self._archive = archive

    def reports(self) -> list[TrashedReport]:
        """Reports in the trash, most recently deleted first."""
        with self._archive.Session() as s:
            rows = s.execute(select(ReportRow.id, ReportRow.title, ReportRow.meeting_date,
                                    ReportRow.deleted_at).where(ReportRow.deleted_at.is_not(None))
                             .order_by(ReportRow.deleted_at.desc(), ReportRow.id.desc())).all()
        return [TrashedReport(r.id, r.title, r.meeting_date, r.deleted_at) for r in rows]

    def move(self, ids: list[int]) -> Changes:
        """Hide reports from search and lists (restorable); ``reports`` are the ids that moved."""
        return self._set_deleted(list(ids), True)

    def restore(self, ids: list[int]) -> Changes:
        """Bring reports back from the trash; ``reports`` are the ids restored."""
        return self._set_deleted(list(ids), False)

    def _set_deleted(self, ids: list[int], deleted: bool) -> Changes:
        archive = self._archive
        changed = []
        with archive.changing():
            with archive.Session() as s:
                stamp = reports.now()
                try:
                    for rid in ids:
                        row = s.get(ReportRow, rid)
                        if row is None:
                            raise NotFound(f"Không có báo cáo số {rid}", f"No report with id {rid}")
                        if (row.deleted_at is not None) != deleted:
                            if not deleted:
                                _refuse_live_twin(s, row)
                            row.deleted_at = stamp if deleted else None
                            reports.touch(s, row, "trash" if deleted else "restore")
                            changed.append(rid)
                    s.commit()
                except IntegrityError:     # another desk brought back the same text a moment ago
                    s.rollback()
                    for rid in changed:
                        _refuse_live_twin(s, s.get(ReportRow, rid))
                    raise
            archive.sync_after_write()
        return _counted(changed)

    def empty(self, ids: list[int] | None = None) -> Changes:
        """Delete trashed reports for good (all, or those of ``ids``), with originals (and the searchable
        PDFs made from scans) nobody else keeps."""
        archive = self._archive
        with archive.changing():
            with archive.Session() as s:
                where = [ReportRow.deleted_at.is_not(None)]
                if ids is not None:
                    where.append(ReportRow.id.in_(list(ids)))
                doomed = list(s.scalars(select(ReportRow.id).where(*where)))
                if not doomed:
                    return NO_CHANGES
                files = (ReportRow.original_sha256, ReportRow.ocr_pdf_sha256)   # a scan's searchable PDF too
                shas = {sha for column in files for sha in s.scalars(
                    select(column).where(ReportRow.id.in_(doomed), column.is_not(None)))}
                s.execute(update(ReportRow).where(ReportRow.similar_to.in_(doomed)).values(similar_to=None))
                s.execute(delete(ReportRow).where(ReportRow.id.in_(doomed)))
                kept = {sha for column in files for sha in s.scalars(select(column).where(column.in_(shas)))}
                unused = sorted(shas - kept)
                if unused:
                    s.execute(delete(OriginalRow).where(OriginalRow.sha256.in_(unused)))
                reports.enqueue(s, doomed, "purge")     # tombstones: every index drops them at its next sync
                s.commit()
            for digest in unused:
                archive.originals.remove(digest)
            archive.sync_after_write()
        return _counted(doomed)


def _counted(ids: list[int]) -> Changes:
    """Reports that entered or left the live archive: tag and person counts change with them."""
    return Changes(frozenset(ids), tags=bool(ids), persons=bool(ids)) if ids else NO_CHANGES


class Tagging:
    """Tags on reports, and the tag manager's rename, merge, colour and delete (``archive.tagging``).

    The list of tags is ``archive.tags()``."""

    def __init__(self, archive: Archive):
        self._archive = archive

    def change(self, ids: list[int], add: list[str] = (), remove: list[str] = ()) -> Changes:
        """Add/remove tags on reports; ``reports`` are the ids that changed (already re-indexed)."""
        archive = self._archive
        with archive.changing():
            with archive.Session() as s:
                changed = reports.change_tags(s, list(ids), list(add), list(remove))
                s.commit()
            archive.sync_after_write()
        return Changes(frozenset(changed), tags=True) if changed else NO_CHANGES

    def rename(self, tag_id: int, new_name: str) -> Changes:
        """Rename a tag; a name another tag already has is refused (merge instead)."""
        name, key = clean_name(new_name), name_key(new_name)
        if not name:
            raise BadInput("Tên thẻ không được để trống", "The tag name must not be empty")
        archive = self._archive
        with archive.changing():
            with archive.Session() as s:
                tag = _tag(s, tag_id)
                other = s.scalar(select(TagRow).where(TagRow.name_key == key, TagRow.id != tag_id))
                if other is not None:
                    raise BadInput(f"Đã có thẻ “{other.name}”; hãy gộp hai thẻ thay vì đổi tên",
                                   f"A tag '{other.name}' already exists; merge the two tags instead")
                if tag.name == name:
                    return NO_CHANGES
                tag.name, tag.name_key, tag.name_fold = name, key, fold(key)
                touched = _touch_tagged(s, tag_id)
                s.commit()
            archive.sync_after_write()
        return Changes(frozenset(touched), tags=True)

    def merge(self, source_id: int, target_id: int) -> Changes:
        """Give every report of ``source_id`` the tag ``target_id``, then delete the source tag;
        ``reports`` are the reports that had the source tag."""
        if source_id == target_id:
            raise BadInput("Không thể gộp một thẻ vào chính nó", "A tag cannot be merged into itself")
        archive = self._archive
        with archive.changing():
            with archive.Session() as s:
                source, target = _tag(s, source_id), _tag(s, target_id)
                moved = []
                for row in list(source.reports):
                    if target not in row.tags:
                        row.tags.append(target)
                    row.tags.remove(source)
                    reports.touch(s, row)
                    moved.append(row.id)
                s.delete(source)
                s.commit()
            archive.sync_after_write()
        return Changes(frozenset(moved), tags=True)

    def set_colour(self, tag_id: int, colour: str | None) -> Changes:
        """Set a tag's colour as ``#rrggbb`` (None: no colour). Colours are not indexed."""
        if colour is not None and not _COLOUR.fullmatch(colour):
            raise BadInput(f"Màu không hợp lệ: {colour!r}", f"Invalid colour: {colour!r}")
        with self._archive.changing(), self._archive.Session() as s:
            _tag(s, tag_id).colour = colour.lower() if colour else None
            s.commit()
        return Changes(tags=True)

    def delete(self, tag_id: int) -> Changes:
        """Remove a tag from every report and delete it; ``reports`` are the reports that had it."""
        archive = self._archive
        with archive.changing():
            with archive.Session() as s:
                tag = _tag(s, tag_id)
                touched = _touch_tagged(s, tag_id)
                s.delete(tag)
                s.commit()
            archive.sync_after_write()
        return Changes(frozenset(touched), tags=True)


def _tag(s, tag_id: int) -> TagRow:
    row = s.get(TagRow, tag_id)
    if row is None:
        raise NotFound(f"Không có thẻ số {tag_id}", f"No tag with id {tag_id}")
    return row


def _touch_tagged(s, tag_id: int) -> list[int]:
    """Bump the revision of every report with the tag (the index re-writes them); returns their ids."""
    touched = []
    for row in s.scalars(select(ReportRow).join(ReportTagRow, ReportTagRow.report_id == ReportRow.id)
                         .where(ReportTagRow.tag_id == tag_id)):
        reports.touch(s, row)
        touched.append(row.id)
    return touched
