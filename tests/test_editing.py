"""Corrections, trash and tag upkeep through the Archive's sub-services (no Qt), and their Changes."""
import datetime as dt

import pytest
from shared_paths import report_row as rep

from archive_app.core.editing import ReportEdit
from archive_app.core.errors import BadInput
from archive_app.core.models import Changes, Filters, PersonRole


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
    edit = ReportEdit(
        title="Hội nghị sơ kết  phòng chống  lụt bão", date=dt.date(2022, 5, 6), kind="sơ kết",
        organisation="Huyện ủy Đắk Song", author="Trần Thị Hoa",
        persons=(PersonRole("Lê Văn Tám", "Chủ tịch UBND", True), PersonRole("  ", "x")))
    assert archive.edits.update(b, edit) == Changes(frozenset({b}), persons=True)
    report = archive.report(b)
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
        archive.edits.update(a, ReportEdit(title="   "))
    assert archive.report(a).title == "Giao ban công tác dân vận"


def test_trash_restore_and_empty(filled):
    archive, (a, b, c) = filled
    moved = archive.trash.move([a, c])
    assert moved == Changes(frozenset({a, c}), tags=True, persons=True) and moved.results
    assert archive.trash.move([a]) == Changes() and not archive.trash.move([a])      # already there
    assert found(archive, "dan van") == set()
    assert found(archive, "", date_from=dt.date(2000, 1, 1)) == {b}
    assert {t.id for t in archive.trash.reports()} == {a, c}
    assert "Nguyễn Tiến Sữ" not in [p.name for p in archive.persons()]
    assert archive.trash.restore([a]).reports == {a}
    assert found(archive, "dan van") == {a}
    assert archive.check(fixity=False).ok
    assert archive.trash.empty().reports == {c}
    assert archive.trash.reports() == [] and not archive.trash.empty()
    assert found(archive, "", date_from=dt.date(2000, 1, 1)) == {a, b}
    assert archive.live_count() == 2
    assert archive.check().ok


def test_tag_rename_merge_colour_delete(filled):
    archive, (a, b, c) = filled
    tags = {t.name: t for t in archive.tags()}
    assert set(tags) == {"dân vận", "thủy lợi"}            # "Dân vận" is the same tag (case aside)
    renaming = archive.tagging.rename(tags["thủy lợi"].id, "Thủy lợi - đê điều")
    assert renaming == Changes(frozenset({b}), tags=True)
    assert found(archive, "", tag="thuy loi - de dieu") == {b}
    assert found(archive, "de dieu") == {b}
    with pytest.raises(BadInput):
        archive.tagging.rename(tags["dân vận"].id, "Thủy lợi - đê điều")
    coloured = archive.tagging.set_colour(tags["dân vận"].id, "#AA3300")
    assert coloured == Changes(tags=True) and not coloured.results          # colours are not searched
    assert {t.name: t.colour for t in archive.tags()}["dân vận"] == "#aa3300"
    with pytest.raises(BadInput):
        archive.tagging.set_colour(tags["dân vận"].id, "red")
    renamed = {t.name: t for t in archive.tags()}["Thủy lợi - đê điều"]
    assert archive.tagging.merge(renamed.id, tags["dân vận"].id).reports == {b}
    assert [t.name for t in archive.tags()] == ["dân vận"]
    assert found(archive, "", tag="dan van") == {a, b, c}
    assert archive.tagging.delete(tags["dân vận"].id) == Changes(frozenset({a, b, c}), tags=True)
    assert archive.tags() == []
    assert archive.report(a).tags == ()
    assert archive.check(fixity=False).ok


def test_month_counts_and_kinds(filled):
    archive, (a, b, c) = filled
    months = archive.browse("", Filters(date_from=dt.date(2000, 1, 1))).facets.months
    assert {m.key: m.count for m in months} == {"2020-02": 1, "2021-10": 1, "2021-11": 1}
    assert [m.key for m in months] == ["2020-02", "2021-10", "2021-11"]
    assert archive.browse("xyzzyq").facets.months == ()
    assert set(archive.edits.meeting_kinds()) == {"giao ban", "hội nghị", "làm việc"}


def test_imports_and_tagging_say_what_they_changed(archive, write_jsonl):
    rows = [rep("Họp chi bộ", "Chi bộ họp về công tác đảng viên."), rep("Họp tổ", "Tổ dân phố họp vệ sinh.")]
    result = archive.import_paths([write_jsonl(rows)])
    ids = frozenset(i.id for i in result.imported)
    assert len(ids) == 2 and result.changes == Changes(ids, tags=True, persons=True)
    assert not archive.import_paths([write_jsonl(rows, "again.jsonl")]).changes      # duplicates only
    a = min(ids)
    assert archive.tagging.change([a], add=["Đảng viên"]) == Changes(frozenset({a}), tags=True)
    assert not archive.tagging.change([a], add=["đảng viên"])                         # it has it already
    assert Changes(frozenset({a})) | Changes(tags=True) == Changes(frozenset({a}), tags=True)


def test_restoring_a_trashed_copy_of_a_live_text_is_refused_naming_the_live_report(archive, write_jsonl):
    """One live copy per text (a unique index): a trashed report whose text was imported again stays in
    the trash with a clear message naming the live report, instead of the database's bare refusal."""
    from archive_app.core.errors import DuplicateOfLive

    path = write_jsonl([{"title": "Họp tổ dân phố", "body": "Bàn việc vệ sinh môi trường."}])
    first = archive.import_paths([path]).imported[0].id
    archive.trash.move([first])
    again = archive.import_paths([path]).imported[0].id          # the trashed copy does not count
    with pytest.raises(DuplicateOfLive) as refused:
        archive.trash.restore([first])
    assert f"báo cáo số {again} “Họp tổ dân phố” đang có cùng nội dung" in refused.value.message("vi")
    assert f"Report {first} cannot be restored: report {again}" in refused.value.message("en")
    assert archive.report(first).deleted_at is not None and archive.report(again).deleted_at is None
    archive.trash.move([again])                                  # two trashed copies: one may come back
    other = write_jsonl([{"title": "Khác", "body": "Khác hẳn."}], "x.jsonl")
    third = archive.import_paths([other]).imported[0].id
    with pytest.raises(DuplicateOfLive):
        archive.trash.restore([first, again, third])             # all or nothing: nothing came back
    assert {r.id for r in archive.trash.reports()} == {first, again}
    assert archive.trash.restore([first]).reports == frozenset({first})


def test_an_edit_that_makes_a_report_the_text_of_another_live_one_is_refused_naming_it(archive, write_jsonl):
    """Title and body are a report's text (one live copy per text, a unique index): a title corrected
    into another live report's text is refused with the same clear error the trash restore gives,
    naming that report, instead of the database's bare IntegrityError; nothing is changed."""
    from archive_app.core.errors import DuplicateOfLive

    body = "Bàn việc vệ sinh môi trường."
    path = write_jsonl([{"title": "Họp tổ dân phố số 1", "body": body},
                        {"title": "Họp tổ dân phố số 2", "body": body}])
    first, second = (i.id for i in archive.import_paths([path]).imported)
    before = archive.report(first)
    with pytest.raises(DuplicateOfLive) as refused:
        archive.edits.update(first, ReportEdit(title="Họp  tổ dân phố số 2", author="Phạm Thu Hà"),
                             expected_revision=before.revision)
    assert (f"Không lưu được báo cáo số {first}: báo cáo số {second} “Họp tổ dân phố số 2” đã có đúng "
            "nội dung này") in refused.value.message("vi")
    assert f"Report {first} cannot be saved: report {second} “Họp tổ dân phố số 2” already has" \
        in refused.value.message("en")
    after = archive.report(first)
    assert (after.title, after.author, after.revision) == (before.title, before.author, before.revision)
    archive.trash.move([second])                       # a trashed copy does not count
    assert archive.edits.update(first, ReportEdit(title="Họp tổ dân phố số 2")).reports == frozenset({first})
