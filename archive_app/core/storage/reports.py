"""Reports in the database: add, read as dataclasses, tag, trash, and feed the index."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import BadInput, NotFound
from ..models import IndexDoc, OcrInfo, PersonRole, Report
from ..vietnamese import fold
from . import feed
from .damage import REPORT_TEXT, damaged_report, is_damaged, row_damage
from .labels import clean_name, get_or_create_person, get_or_create_tag, name_key
from .reads import bodies, filtered_ids, only_scanned, summaries  # noqa: F401 (their home before)
from .schema import PersonRow, ReportPersonRow, ReportRow, ReportTagRow, TagRow


@dataclass
class NewReport:
    """Everything the import pipeline knows about one report before it is stored."""
    title: str
    body: str
    text_sha256: str
    date: dt.date | None = None
    kind: str | None = None
    organisation: str | None = None
    location: str | None = None
    author: str | None = None
    summary: str | None = None
    keywords: tuple[str, ...] = ()
    persons: tuple[PersonRole, ...] = ()
    tags: tuple[str, ...] = ()
    source_format: str | None = None
    source_name: str | None = None
    source_ref: str | None = None
    original_sha256: str | None = None
    original_size: int = 0
    similar_to: int | None = None
    ocr: OcrInfo | None = None                  # read from a scan by OCR …
    ocr_pdf_sha256: str | None = None           # … its searchable PDF, staged beside the original
    ocr_pdf_size: int = 0
    kept: Kept | None = None                    # what an archive export brings back as it was
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Kept:
    """What an archive export (``importing.archive_zip``) brings back exactly, where a fresh import
    makes its own: the id (kept when free here), time stamps, trash state, notes, the persons' stored
    positions and author marks (in the order of ``NewReport.persons``), and when each original was
    first stored."""
    id: int | None
    imported_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None
    notes: str | None = None
    positions: tuple[int, ...] = ()
    authors: tuple[bool, ...] = ()
    stored_at: dict[str, dt.datetime] = field(default_factory=dict)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def enqueue(session: Session, report_ids, action: str = "change") -> None:
    """Mark reports for (re)indexing: the change feed gets them at the caller's commit."""
    feed.note(session, report_ids, action)


def set_persons(session: Session, row: ReportRow, persons) -> None:
    """Replace the persons of a report; one entry per person (merged by normalized name)."""
    row.persons.clear()
    session.flush()
    seen: dict[int, ReportPersonRow] = {}
    for position, p in enumerate(persons):
        person = get_or_create_person(session, p.name)
        if person.id in seen:
            link = seen[person.id]
            link.is_chair = link.is_chair or p.chair
            link.role = link.role or p.role
            continue
        link = ReportPersonRow(person=person, role=p.role or "", is_chair=bool(p.chair), is_author=False,
                               position=position)
        row.persons.append(link)
        seen[person.id] = link



def load(session: Session, report_id: int) -> ReportRow:
    row = session.get(ReportRow, report_id, options=[selectinload(ReportRow.persons)
                                                     .selectinload(ReportPersonRow.person),
                                                     selectinload(ReportRow.tags)])
    if row is None:
        raise NotFound(f"Không có báo cáo số {report_id}", f"No report with id {report_id}")
    return row


def to_report(row: ReportRow) -> Report:
    """The report of ``row``; DamagedReport if its stored text is damaged."""
    bad = row_damage(row)
    if bad:
        raise damaged_report(row.id, bad)
    return Report(
        id=row.id, title=row.title, date=row.meeting_date, kind=row.meeting_kind,
        organisation=row.organisation, location=row.location, author=row.author, body=row.body,
        summary=row.summary, keywords=tuple((row.keywords or "").splitlines()),
        persons=tuple(PersonRole(link.person.full_name, link.role, link.is_chair, link.person_id)
                      for link in row.persons),
        tags=tuple(sorted(t.name for t in row.tags)), source_name=row.source_name,
        source_format=row.source_format, source_ref=row.source_ref,
        original_sha256=row.original_sha256, similar_to=row.similar_to, imported_at=row.imported_at,
        updated_at=row.updated_at, deleted_at=row.deleted_at, notes=row.notes,
        ocr=OcrInfo(row.ocr_engine, row.ocr_languages or "", row.ocr_confidence) if row.ocr_engine else None,
        ocr_pdf_sha256=row.ocr_pdf_sha256, revision=row.revision)


def index_docs(session: Session, ids: list[int], damaged: list[int] | None = None) -> list[IndexDoc]:
    """Index entries of the live reports among ``ids``, in id order; a report whose text is damaged is
    left out (and its id added to ``damaged``): one flipped byte must not stop the index being built.

    Plain column reads, no ORM rows (issue 17): a rebuild reads every report, and ORM objects with
    their persons and tags loaded cost the building process time and memory it keeps (its peak at
    30,000 reports counts toward the build's summed memory with the workers')."""
    texts = [getattr(ReportRow, c) for c in REPORT_TEXT]
    rows = session.execute(select(ReportRow.id, ReportRow.revision, ReportRow.meeting_date, *texts)
                           .where(ReportRow.id.in_(ids), ReportRow.deleted_at.is_(None))
                           .order_by(ReportRow.id)).all()
    if not rows:
        return []
    found = [r[0] for r in rows]
    persons: dict[int, list] = {}
    for rid, pid, name, role in session.execute(
            select(ReportPersonRow.report_id, ReportPersonRow.person_id, PersonRow.full_name, ReportPersonRow.role)
            .join(PersonRow, PersonRow.id == ReportPersonRow.person_id)
            .where(ReportPersonRow.report_id.in_(found))
            .order_by(ReportPersonRow.report_id, ReportPersonRow.position, ReportPersonRow.person_id)):
        persons.setdefault(rid, []).append((pid, name, role))
    tags: dict[int, list] = {}
    for rid, tid, name in session.execute(
            select(ReportTagRow.report_id, TagRow.id, TagRow.name).join(TagRow, TagRow.id == ReportTagRow.tag_id)
            .where(ReportTagRow.report_id.in_(found)).order_by(ReportTagRow.report_id, TagRow.id)):
        tags.setdefault(rid, []).append((tid, name))
    docs = []
    for rid, revision, date, *values in rows:
        links, labels = persons.get(rid, ()), tags.get(rid, ())
        if is_damaged(*values, *(v for _, name, role in links for v in (name, role)), *(n for _, n in labels)):
            if damaged is not None:
                damaged.append(rid)
            continue
        text = dict(zip(REPORT_TEXT, values))
        author = text["author"]
        docs.append(IndexDoc(
            id=rid, revision=revision, title=text["title"], body=text["body"] or "",
            extras=tuple([name for _, name, _ in links] + [name for _, name in labels] + ([author] if author else [])),
            person_ids=tuple(pid for pid, _, _ in links), tag_ids=tuple(tid for tid, _ in labels),
            kind=text["meeting_kind"], date=date))
    return docs


def live_revisions(session: Session) -> dict[int, int]:
    return dict(session.execute(select(ReportRow.id, ReportRow.revision)
                                .where(ReportRow.deleted_at.is_(None))).all())


def touch(session: Session, row: ReportRow, action: str = "change") -> None:
    """Record a change: new revision, new time, in the change feed."""
    row.revision = (row.revision or 0) + 1
    row.updated_at = now()
    enqueue(session, [row.id], action)


def change_tags(session: Session, ids: list[int], add: list[str], remove: list[str]) -> list[int]:
    """Add and remove tags on reports; returns the ids that changed. A tag name must have a letter."""
    if any(not clean_name(n or "") for n in add):
        raise BadInput("Tên thẻ không được để trống", "A tag name must not be empty")
    changed = []
    add_rows = [get_or_create_tag(session, n) for n in add]
    remove_keys = {fold(name_key(n)) for n in remove}
    for rid in ids:
        row = load(session, rid)
        before = {t.id for t in row.tags}
        for tag in add_rows:
            if tag not in row.tags:
                row.tags.append(tag)
        row.tags[:] = [t for t in row.tags if t.name_fold not in remove_keys or t in add_rows]
        if {t.id for t in row.tags} != before:
            touch(session, row, "tag")
            changed.append(rid)
    return changed
