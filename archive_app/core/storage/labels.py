"""Persons and tags: identity by normalized name, lookup by what a user typed."""
from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import PersonInfo, PersonMeeting, TagInfo
from ..vietnamese import collation_key, fold, has_marks, name_collation_key, normalize
from .schema import PersonRow, ReportPersonRow, ReportRow, ReportTagRow, TagRow


def name_key(name: str) -> str:
    """Identity of a person or tag: normalized (one tone placement), case and spacing aside. Never folded."""
    return " ".join(normalize(name).lower().split())


def clean_name(name: str) -> str:
    return " ".join(normalize(name).split())


def get_or_create_person(session: Session, name: str) -> PersonRow:
    key = name_key(name)
    row = session.scalar(select(PersonRow).where(PersonRow.name_key == key))
    if row is None:
        row = PersonRow(full_name=clean_name(name), name_key=key, name_fold=fold(key))
        session.add(row)
        session.flush()
    return row


def get_or_create_tag(session: Session, name: str) -> TagRow:
    key = name_key(name)
    row = session.scalar(select(TagRow).where(TagRow.name_key == key))
    if row is None:
        row = TagRow(name=clean_name(name), name_key=key, name_fold=fold(key))
        session.add(row)
        session.flush()
    return row


def _matches(typed: str, key: str, key_fold: str) -> bool:
    """Does a name typed by a user select ``key``? Whole words; diacritics matter only if typed."""
    typed_key = name_key(typed)
    typed_fold = fold(typed_key)
    if not typed_fold:
        return False
    pattern = rf"(?<![^\W_]){re.escape(typed_fold)}(?![^\W_])"
    if not re.search(pattern, key_fold):
        return False
    if has_marks(typed_key):
        return re.search(rf"(?<![^\W_]){re.escape(typed_key)}(?![^\W_])", key) is not None
    return True


def resolve_persons(session: Session, typed: str) -> tuple[int, ...]:
    """Ids of the persons a typed name selects ("nguyen tien su" selects Nguyễn Tiến Sữ and Sử)."""
    typed_key = name_key(typed)
    typed_fold = fold(typed_key)
    rows = session.execute(select(PersonRow.id, PersonRow.name_key, PersonRow.name_fold)
                           .where(PersonRow.name_fold.contains(typed_fold))).all()
    # A whole name selects that person only (a click on "Trần Thị Hoa" is not "Trần Thị Hoa Mai").
    whole = [r.id for r in rows if r.name_fold == typed_fold
             and (r.name_key == typed_key or not has_marks(typed_key))]
    if whole:
        return tuple(whole)
    return tuple(r.id for r in rows if _matches(typed, r.name_key, r.name_fold))


def resolve_tags(session: Session, typed: str) -> tuple[int, ...]:
    """Ids of tags whose whole name is what was typed (accent-insensitive when typed without marks)."""
    key = name_key(typed)
    rows = session.execute(select(TagRow.id, TagRow.name_key, TagRow.name_fold)
                           .where(TagRow.name_fold == fold(key))).all()
    if has_marks(key):
        return tuple(r.id for r in rows if r.name_key == key)
    return tuple(r.id for r in rows)


def persons_info(session: Session) -> list[PersonInfo]:
    """Every person with the number of (live) reports and every role recorded, Vietnamese order."""
    live = ReportRow.deleted_at.is_(None)
    counts = dict(session.execute(
        select(ReportPersonRow.person_id, func.count()).join(ReportRow).where(live)
        .group_by(ReportPersonRow.person_id)).all())
    roles: dict[int, list[str]] = {}
    for pid, role in session.execute(
            select(ReportPersonRow.person_id, ReportPersonRow.role).join(ReportRow).where(live)
            .order_by(ReportRow.meeting_date, ReportRow.id)):
        if role and role not in roles.setdefault(pid, []):
            roles[pid].append(role)
    people = [PersonInfo(p.id, p.full_name, counts.get(p.id, 0), tuple(roles.get(p.id, ())))
              for p in session.scalars(select(PersonRow)) if counts.get(p.id)]
    return sorted(people, key=lambda p: name_collation_key(p.name))


def person_meetings(session: Session, person_id: int) -> list[PersonMeeting]:
    """The meetings of one person, oldest first, with the role held at each."""
    rows = session.execute(
        select(ReportRow.id, ReportRow.title, ReportRow.meeting_date, ReportPersonRow.role,
               ReportPersonRow.is_chair)
        .join(ReportPersonRow).where(ReportPersonRow.person_id == person_id, ReportRow.deleted_at.is_(None))
        .order_by(ReportRow.meeting_date, ReportRow.id)).all()
    return [PersonMeeting(r.id, r.title, r.meeting_date, r.role, r.is_chair) for r in rows]


def tags_info(session: Session) -> list[TagInfo]:
    counts = dict(session.execute(
        select(ReportTagRow.tag_id, func.count()).join(ReportRow, ReportRow.id == ReportTagRow.report_id)
        .where(ReportRow.deleted_at.is_(None)).group_by(ReportTagRow.tag_id)).all())
    tags = [TagInfo(t.id, t.name, counts.get(t.id, 0), t.colour) for t in session.scalars(select(TagRow))]
    return sorted(tags, key=lambda t: collation_key(t.name))
