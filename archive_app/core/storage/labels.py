"""Persons and tags: identity by normalized name, lookup by what a user typed."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import PersonInfo, PersonMeeting, TagInfo
from ..vietnamese import collation_key, fold, name_collation_key
from .names import clean_name, name_key, resolve_persons, resolve_tags  # noqa: F401 (their home before)
from .schema import PersonRow, ReportPersonRow, ReportRow, ReportTagRow, TagRow


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
