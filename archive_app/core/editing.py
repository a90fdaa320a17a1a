"""Corrections, trash and tag upkeep: the writes the window needs beyond import and tagging.

Every function takes the ``Archive``; writes hold its writer lock, commit in one transaction, bump
each changed report's revision (so the index re-writes it) and apply the index queue before they
return, so a change is searchable at once. Never imports Qt.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update

from .errors import BadInput, ChangedMeanwhile, NotFound
from .models import PersonRole, Report
from .storage import feed, reports
from .storage.labels import clean_name, name_key
from .storage.schema import OriginalRow, ReportRow, ReportTagRow, TagRow
from .vietnamese import fold, normalize

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


# --- corrections ---------------------------------------------------------------------------
def update_report(archive, report_id: int, edit: ReportEdit, expected_revision: int | None = None) -> Report:
    """Save corrected metadata and persons; the report is re-indexed before this returns.

    ``expected_revision``: the revision the edit started from; if someone else (another desk) saved
    the report since, the edit is refused with ChangedMeanwhile ("reload"), never written over theirs.
    """
    title = _text(edit.title)
    if not title:
        raise BadInput("Tiêu đề không được để trống", "The title must not be empty")
    persons = tuple(PersonRole(clean_name(p.name), _text(p.role) or "", bool(p.chair))
                    for p in edit.persons if clean_name(p.name))
    with archive.writing():
        with archive.Session() as s:
            # FOR UPDATE (PostgreSQL): a second desk saving at this moment waits, then sees our revision
            current = s.scalar(select(ReportRow.revision).where(ReportRow.id == report_id).with_for_update())
            if expected_revision is not None and current is not None and current != expected_revision:
                raise _changed_meanwhile(s, report_id)
            row = reports.load(s, report_id)
            row.title = title
            row.meeting_date = edit.date
            row.meeting_kind = _text(edit.kind)
            row.organisation = _text(edit.organisation)
            row.author = _text(edit.author)
            reports.set_persons(s, row, persons)
            reports.touch(s, row, "edit")
            s.commit()
        archive.sync_index()
    return archive.report(report_id)


def _changed_meanwhile(s, report_id: int) -> ChangedMeanwhile:
    last = (feed.history(s, report_id) or [None])[-1]
    who = f"{last.changed_by}, {last.changed_at:%d/%m/%Y %H:%M} UTC" if last else "?"
    return ChangedMeanwhile(
        f"Báo cáo số {report_id} đã được sửa sau khi bạn mở nó ({who}); hãy tải lại rồi sửa lại.",
        f"Report {report_id} was changed after you opened it ({who}); reload it and edit again.")


def meeting_kinds(archive) -> list[str]:
    """Meeting kinds already used in the archive (for the edit dialog), most used first."""
    with archive.Session() as s:
        kind = ReportRow.meeting_kind
        rows = s.execute(select(kind, func.count()).where(kind.is_not(None))
                         .group_by(kind).order_by(func.count().desc())).all()
    return [k for k, _ in rows]


# --- trash ---------------------------------------------------------------------------------
def _set_deleted(archive, ids: list[int], deleted: bool) -> list[int]:
    changed = []
    with archive.writing():
        with archive.Session() as s:
            stamp = reports.now()
            for rid in ids:
                row = s.get(ReportRow, rid)
                if row is None:
                    raise NotFound(f"Không có báo cáo số {rid}", f"No report with id {rid}")
                if (row.deleted_at is not None) != deleted:
                    row.deleted_at = stamp if deleted else None
                    reports.touch(s, row, "trash" if deleted else "restore")
                    changed.append(rid)
            s.commit()
        archive.sync_index()
    return changed


def move_to_trash(archive, ids: list[int]) -> list[int]:
    """Hide reports from search and lists (restorable); returns the ids that moved."""
    return _set_deleted(archive, list(ids), True)


def restore(archive, ids: list[int]) -> list[int]:
    """Bring reports back from the trash; returns the ids restored."""
    return _set_deleted(archive, list(ids), False)


def trash(archive) -> list[TrashedReport]:
    """Reports in the trash, most recently deleted first."""
    with archive.Session() as s:
        rows = s.execute(select(ReportRow.id, ReportRow.title, ReportRow.meeting_date, ReportRow.deleted_at)
                         .where(ReportRow.deleted_at.is_not(None))
                         .order_by(ReportRow.deleted_at.desc(), ReportRow.id.desc())).all()
    return [TrashedReport(r.id, r.title, r.meeting_date, r.deleted_at) for r in rows]


def empty_trash(archive, ids: list[int] | None = None) -> int:
    """Delete trashed reports for good (all, or those of ``ids``), with originals nobody else keeps."""
    with archive.writing():
        with archive.Session() as s:
            where = [ReportRow.deleted_at.is_not(None)]
            if ids is not None:
                where.append(ReportRow.id.in_(list(ids)))
            doomed = list(s.scalars(select(ReportRow.id).where(*where)))
            if not doomed:
                return 0
            shas = set(s.scalars(select(ReportRow.original_sha256)
                                 .where(ReportRow.id.in_(doomed), ReportRow.original_sha256.is_not(None))))
            s.execute(update(ReportRow).where(ReportRow.similar_to.in_(doomed)).values(similar_to=None))
            s.execute(delete(ReportRow).where(ReportRow.id.in_(doomed)))
            sha = ReportRow.original_sha256
            kept = set(s.scalars(select(sha).where(sha.in_(shas))))
            unused = sorted(shas - kept)
            if unused:
                s.execute(delete(OriginalRow).where(OriginalRow.sha256.in_(unused)))
            reports.enqueue(s, doomed, "purge")          # tombstones: every index drops them at its next sync
            s.commit()
        for sha in unused:
            archive.originals.remove(sha)
        archive.sync_index()
    return len(doomed)


# --- tag manager ---------------------------------------------------------------------------
def _tag(s, tag_id: int) -> TagRow:
    row = s.get(TagRow, tag_id)
    if row is None:
        raise NotFound(f"Không có thẻ số {tag_id}", f"No tag with id {tag_id}")
    return row


def _touch_tagged(s, tag_id: int) -> None:
    for row in s.scalars(select(ReportRow).join(ReportTagRow, ReportTagRow.report_id == ReportRow.id)
                         .where(ReportTagRow.tag_id == tag_id)):
        reports.touch(s, row)


def rename_tag(archive, tag_id: int, new_name: str) -> None:
    """Rename a tag; a name another tag already has is refused (merge instead)."""
    name, key = clean_name(new_name), name_key(new_name)
    if not name:
        raise BadInput("Tên thẻ không được để trống", "The tag name must not be empty")
    with archive.writing():
        with archive.Session() as s:
            tag = _tag(s, tag_id)
            other = s.scalar(select(TagRow).where(TagRow.name_key == key, TagRow.id != tag_id))
            if other is not None:
                raise BadInput(f"Đã có thẻ “{other.name}”; hãy gộp hai thẻ thay vì đổi tên",
                               f"A tag '{other.name}' already exists; merge the two tags instead")
            if tag.name == name:
                return
            tag.name, tag.name_key, tag.name_fold = name, key, fold(key)
            _touch_tagged(s, tag_id)
            s.commit()
        archive.sync_index()


def merge_tags(archive, source_id: int, target_id: int) -> int:
    """Give every report of ``source_id`` the tag ``target_id``, then delete the source tag."""
    if source_id == target_id:
        raise BadInput("Không thể gộp một thẻ vào chính nó", "A tag cannot be merged into itself")
    with archive.writing():
        with archive.Session() as s:
            source, target = _tag(s, source_id), _tag(s, target_id)
            moved = 0
            for row in list(source.reports):
                if target not in row.tags:
                    row.tags.append(target)
                row.tags.remove(source)
                reports.touch(s, row)
                moved += 1
            s.delete(source)
            s.commit()
        archive.sync_index()
    return moved


def set_tag_colour(archive, tag_id: int, colour: str | None) -> None:
    """Set a tag's colour as ``#rrggbb`` (None: no colour). Colours are not indexed."""
    if colour is not None and not _COLOUR.fullmatch(colour):
        raise BadInput(f"Màu không hợp lệ: {colour!r}", f"Invalid colour: {colour!r}")
    with archive.writing(), archive.Session() as s:
        _tag(s, tag_id).colour = colour.lower() if colour else None
        s.commit()


def delete_tag(archive, tag_id: int) -> int:
    """Remove a tag from every report and delete it; returns how many reports had it."""
    with archive.writing():
        with archive.Session() as s:
            tag = _tag(s, tag_id)
            count = len(tag.reports)
            _touch_tagged(s, tag_id)
            s.delete(tag)
            s.commit()
        archive.sync_index()
    return count


# --- reading helpers for the window ----------------------------------------------------------
def live_count(archive) -> int:
    """How many reports the archive holds outside the trash."""
    with archive.Session() as s:
        live = ReportRow.deleted_at.is_(None)
        return s.scalar(select(func.count()).select_from(ReportRow).where(live)) or 0
