"""Corrections, trash and tag upkeep through archive_app.core.editing (no Qt)."""
import datetime as dt

import pytest
from shared_paths import report_row as rep

from archive_app.core import editing
from archive_app.core.errors import BadInput
from archive_app.core.models import Filters, PersonRole


@pytest.fixture
def filled(archive, write_jsonl):
    rows = [
        rep("Giao ban công tác dân vận", "Hội nghị giao ban công tác dân vận quý III.", date="2021-10-14",
            persons=[{"name": "Nguyễn Tiến Sữ", "role": "Phó Bí thư", "chair": True}], tags=["dân vận"],
            kind="giao ban"),
        rep("Họp bàn thủy lợi", "Ủy ban bàn về thủy lợi và đê điều.", date="2021-11-02", tags=["thủy lợi"],
            kind="hội nghị"),
        rep("Làm việc với xã", "Đoàn công tác làm việc với xã về dân vận khéo.", date="2020-02-27",
            tags=["Dân vận"], kind="làm việc"),
    ]
    result = archive.import_paths([write_jsonl(rows)])
    assert len(result.imported) == 3, result.items
    return archive, [i.id for i in result.imported]


def found(archive, query, **filters):
    return {h.summary.id for h in archive.search(query, Filters(**filters)).hits}


def test_update_report_saves_and_reindexes(filled):
    archive, (_, b, _) = filled
    edit = editing.ReportEdit(
        title="Hội nghị sơ kết  phòng chống  lụt bão", date=dt.date(2022, 5, 6), kind="sơ kết",
        organisation="Huyện ủy Đắk Song", author="Trần Thị Hoa",
        persons=(PersonRole("Lê Văn Tám", "Chủ tịch UBND", True), PersonRole("  ", "x")))
    report = editing.update_report(archive, b, edit)
    assert report.title == "Hội nghị sơ kết phòng chống lụt bão"
    assert (report.date, report.kind, report.organisation, report.author) == (
        dt.date(2022, 5, 6), "sơ kết", "Huyện ủy Đắk Song", "Trần Thị Hoa")
    assert [(p.name, p.role, p.chair) for p in report.persons] == [("Lê Văn Tám", "Chủ tịch UBND", True)]
    assert found(archive, "lut bao") == {b}
    assert found(archive, "", person="le van tam") == {b}
    assert found(archive, "", kind="sơ kết") == {b}
    assert archive.check(fixity=False).ok


def test_update_report_refuses_empty_title(filled):
    archive, (a, _, _) = filled
    with pytest.raises(BadInput):
        editing.update_report(archive, a, editing.ReportEdit(title="   "))
    assert archive.report(a).title == "Giao ban công tác dân vận"


def test_trash_restore_and_empty(filled):
    archive, (a, b, c) = filled
    assert editing.move_to_trash(archive, [a, c]) == [a, c]
    assert editing.move_to_trash(archive, [a]) == []          # already there
    assert found(archive, "dan van") == set()
    assert found(archive, "", date_from=dt.date(2000, 1, 1)) == {b}
    assert {t.id for t in editing.trash(archive)} == {a, c}
    assert "Nguyễn Tiến Sữ" not in [p.name for p in archive.persons()]
    assert editing.restore(archive, [a]) == [a]
    assert found(archive, "dan van") == {a}
    assert archive.check(fixity=False).ok
    assert editing.empty_trash(archive) == 1
    assert editing.trash(archive) == []
    assert found(archive, "", date_from=dt.date(2000, 1, 1)) == {a, b}
    assert editing.live_count(archive) == 2
    assert archive.check().ok


def test_tag_rename_merge_colour_delete(filled):
    archive, (a, b, c) = filled
    tags = {t.name: t for t in archive.tags()}
    assert set(tags) == {"dân vận", "thủy lợi"}            # "Dân vận" is the same tag (case aside)
    editing.rename_tag(archive, tags["thủy lợi"].id, "Thủy lợi - đê điều")
    assert found(archive, "", tag="thuy loi - de dieu") == {b}
    assert found(archive, "de dieu") == {b}
    with pytest.raises(BadInput):
        editing.rename_tag(archive, tags["dân vận"].id, "Thủy lợi - đê điều")
    editing.set_tag_colour(archive, tags["dân vận"].id, "#AA3300")
    assert {t.name: t.colour for t in archive.tags()}["dân vận"] == "#aa3300"
    with pytest.raises(BadInput):
        editing.set_tag_colour(archive, tags["dân vận"].id, "red")
    renamed = {t.name: t for t in archive.tags()}["Thủy lợi - đê điều"]
    assert editing.merge_tags(archive, renamed.id, tags["dân vận"].id) == 1
    assert [t.name for t in archive.tags()] == ["dân vận"]
    assert found(archive, "", tag="dan van") == {a, b, c}
    assert editing.delete_tag(archive, tags["dân vận"].id) == 3
    assert archive.tags() == []
    assert archive.report(a).tags == ()
    assert archive.check(fixity=False).ok


def test_month_counts_and_kinds(filled):
    archive, (a, b, c) = filled
    months = archive.browse("", Filters(date_from=dt.date(2000, 1, 1))).facets.months
    assert {m.key: m.count for m in months} == {"2020-02": 1, "2021-10": 1, "2021-11": 1}
    assert [m.key for m in months] == ["2020-02", "2021-10", "2021-11"]
    assert archive.browse("xyzzyq").facets.months == ()
    assert set(editing.meeting_kinds(archive)) == {"giao ban", "hội nghị", "làm việc"}
