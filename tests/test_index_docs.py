"""storage.reports.index_docs reads plain columns (issue 17): the same index entries as the ORM rows
give, in id order; reports with a damaged text, person name, role or tag name left out and listed."""
from __future__ import annotations

from sqlalchemy import select, update

from archive_app.core.services import Archive
from archive_app.core.storage import reports
from archive_app.core.storage.damage import row_damage
from archive_app.core.storage.schema import PersonRow, ReportRow, TagRow


def _from_orm(session, rid):
    """What index_docs gave when it read ORM rows (persons by position; tags as a set)."""
    row = session.get(ReportRow, rid)
    if row.deleted_at is not None or row_damage(row):
        return None
    persons = [link.person.full_name for link in row.persons]
    return (row.id, row.revision, row.title, row.body or "", persons, sorted(t.name for t in row.tags),
            row.author, tuple(link.person_id for link in row.persons), sorted(t.id for t in row.tags),
            row.meeting_kind, row.meeting_date)


def _as_tuple(d):
    persons = list(d.extras[:len(d.person_ids)])
    rest = list(d.extras[len(d.person_ids):])
    tags, author = (rest[:-1], rest[-1]) if len(rest) > len(d.tag_ids) else (rest, None)
    assert list(d.tag_ids) == sorted(d.tag_ids)
    return (d.id, d.revision, d.title, d.body, persons, sorted(tags), author, d.person_ids, sorted(d.tag_ids),
            d.kind, d.date)


def test_index_docs_match_the_orm_rows_and_step_around_damage(tmp_path, write_jsonl):
    rows = [{"title": f"Giao ban tuần {i}", "body": f"Họp dân vận lần {i}.", "date": f"2024-03-{i + 1:02d}",
             "kind": "giao ban", "author": "Trần Văn Bình" if i % 2 else None,
             "persons": [{"name": n, "role": r} for n, r in
                         [("Nguyễn Văn An", "chủ trì"), ("Lê Thị Hoa", "thư ký"), ("Phạm Minh Đức", "")][i % 3:]],
             "tags": ["dân vận", "khẩn", "quý 1"][: i % 4]} for i in range(9)]
    archive = Archive(tmp_path / "data")
    archive.import_paths([write_jsonl(rows)])
    archive.close()
    archive = Archive(tmp_path / "data")
    try:
        with archive.Session() as s:
            ids = sorted(s.scalars(select(ReportRow.id)))
            s.execute(update(ReportRow).where(ReportRow.id == ids[4]).values(deleted_at=ReportRow.imported_at))
            expected = [e for e in (_from_orm(s, rid) for rid in ids) if e is not None]
            got = reports.index_docs(s, list(reversed(ids)))
            assert [d.id for d in got] == sorted(d.id for d in got) and ids[4] not in [d.id for d in got]
            assert [_as_tuple(d) for d in got] == expected
            # a damaged person name, and a damaged tag name: their reports are left out and listed
            person = s.scalars(select(PersonRow).where(PersonRow.full_name == "Phạm Minh Đức")).one()
            tag = s.scalars(select(TagRow).where(TagRow.name == "quý 1")).one()
            s.connection().exec_driver_sql("UPDATE person SET full_name = CAST(x'50ff' AS TEXT) WHERE id = ?", (person.id,))
            s.connection().exec_driver_sql("UPDATE tag SET name = CAST(x'71ff' AS TEXT) WHERE id = ?", (tag.id,))
            s.expire_all()
            damaged: list[int] = []
            left = [d.id for d in reports.index_docs(s, ids, damaged)]
            s.expire_all()
            orm_damaged = [rid for rid in ids if rid != ids[4] and row_damage(s.get(ReportRow, rid))]
            assert damaged == orm_damaged and damaged
            assert left == [rid for rid in ids if rid != ids[4] and rid not in damaged]
            s.rollback()
    finally:
        archive.close()
