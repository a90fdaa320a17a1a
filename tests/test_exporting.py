"""Export and import back: JSON Lines and the full archive zip round-trip; CSV opens in Excel."""
import csv
import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from shared_paths import CORPUS, REPORT, report_row
from sqlalchemy import select

from archive_app.core import exporting
from archive_app.core.importing import archive_zip
from archive_app.core.models import Filters
from archive_app.core.services import Archive
from archive_app.core.storage.schema import OriginalRow

QUERIES = ["dân vận", "dan van", "hội nghị", "hoi nghi", '"giao ban"', "Nguyễn", "thủy lợi", "Đảng ủy",
           "dang uy", "18-CT/QU", "phát triển kinh tế", "chủ trì", "Covid", "nong thon moi", "khong co gi ca xyz"]
FILTERS = [Filters(person="vo thanh loc"), Filters(tag="dân vận"), Filters(kind="kỳ họp"),
           Filters(tag="kiểm tra")]
ROWS = [   # our own JSON Lines reports, beside the seed-like report file
    report_row("Kỳ họp thứ tám Hội đồng nhân dân xã khóa XII",
               "Hội nghị bàn phát triển kinh tế, xây dựng nông thôn mới nâng cao. Đồng chí Nguyễn Văn Tâm – Chủ tịch "
               "Hội đồng nhân dân xã chủ trì.", date="2023-07-05", kind="kỳ họp", organisation="HĐND xã",
               persons=[{"name": "Nguyễn Văn Tâm", "role": "Chủ tịch Hội đồng nhân dân xã", "chair": True}],
               keywords=["nông thôn mới"]),
    report_row("Họp bàn kế hoạch thủy lợi mùa khô", "Ủy ban nhân dân xã họp bàn nạo vét kênh mương, bảo đảm nước "
               "tưới cho vụ đông xuân.", date="2022-11-20", kind="họp", tags=["thủy lợi"]),
    report_row("Giao ban phòng chống dịch Covid-19", "Hội nghị giao ban đánh giá công tác phòng chống dịch Covid-19, "
               "tiêm vắc-xin mũi nhắc lại cho người cao tuổi.", date="2021-12-02", kind="giao ban",
               author="Lan Anh"),
    report_row("Ghi chép không ngày tháng", "Tổ dân phố số 4 họp về vệ sinh môi trường và hẻm 14."),
]


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """An archive of reports (a file, JSON Lines; with the team's corpus beside the repository also real
    meeting reports and HTML posts) with tags, colours, edits and trash."""
    folder = tmp_path_factory.mktemp("export")
    rows = folder / "rows.jsonl"
    rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    corpus = [CORPUS / "meetings.jsonl", CORPUS / "local-gov"] if CORPUS.is_dir() else []
    data = folder / "source"
    with Archive(data) as a:
        result = a.import_paths([REPORT, rows, *corpus])
        assert len(result.imported) > (80 if corpus else len(ROWS)) and not result.failed
        ids = sorted(i.id for i in result.imported)
        a.tagging.change(ids[:5], add=["dân vận", "Kiểm tra"])
        tag = next(t for t in a.tags() if t.name == "dân vận")
        a.tagging.set_colour(tag.id, "#c62828")
        a.trash.move([ids[-1]])
    return data


def snapshot(a: Archive, ids=None) -> list[tuple]:
    """What must survive an export: text, metadata, persons with roles, tags."""
    ids = exporting.live_ids(a) if ids is None else ids
    return [(r.title, r.body, r.date, *(x or None for x in (r.kind, r.organisation, r.location, r.author,
                                                           r.summary)),   # JSON "" imports as "none"
             r.keywords, tuple((p.name, p.role, p.chair) for p in r.persons), r.tags, r.source_ref)
            for r in exporting.iter_reports(a, ids)]


def answers(a: Archive, ranked: bool = True) -> list:
    """Titles found by each query and filter, in rank order (or as sorted sets)."""
    out = [[h.summary.title for h in a.search(q, limit=200).hits] for q in QUERIES]
    out += [[h.summary.title for h in a.search("", f, limit=200).hits] for f in FILTERS]
    return out if ranked else [sorted(x) for x in out]


def ranked_answers(a: Archive) -> list:
    """Rank order once the index is rebuilt: Whoosh keeps the statistics of re-indexed (tagged, trashed)
    versions until its segments merge, so scores of an edited archive drift by ~0.01 and near-ties
    may swap. A fresh import has fresh statistics; so has the source after a rebuild."""
    a.rebuild_index()
    return answers(a)


def test_jsonl_export_imports_back_identically(source, tmp_path):
    out = tmp_path / "reports.jsonl"
    with Archive(source) as a:
        n = exporting.export_jsonl(a, out)
        before, found, same = snapshot(a), ranked_answers(a), answers(a, ranked=False)
        persons = [(p.name, p.reports, p.roles) for p in a.persons()]
        tags = [(t.name, t.reports) for t in a.tags() if t.reports]
    assert n == len(before) and sum(1 for _ in out.open(encoding="utf-8")) == n
    with Archive(tmp_path / "fresh") as b:
        result = b.import_paths([out])
        assert len(result.imported) == n and not result.failed and not result.duplicates
        assert snapshot(b) == before
        assert [(p.name, p.reports, p.roles) for p in b.persons()] == persons
        assert [(t.name, t.reports) for t in b.tags()] == tags
        assert answers(b, ranked=False) == same
        assert answers(b) == found
        assert all(found[:3]) and found[len(QUERIES) - 1] == [] and all(found[len(QUERIES):])


def test_jsonl_line_has_every_key_import_reads(source, tmp_path):
    out = tmp_path / "two.jsonl"
    with Archive(source) as a:
        ids = exporting.live_ids(a)[:2][::-1]
        exporting.export_jsonl(a, out, ids)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["archive_id"] for r in rows] == ids                         # the order asked for
    assert set(rows[0]) == {"title", "body", "date", "kind", "organisation", "location", "author", "summary",
                            "keywords", "persons", "tags", "id", "archive_id"}
    assert all(set(p) == {"name", "role", "chair"} for r in rows for p in r["persons"])


def test_csv_is_utf8_with_bom_iso_dates_and_safe_cells(source, tmp_path):
    out = tmp_path / "reports.csv"
    with Archive(source) as a:
        ids = exporting.live_ids(a)
        first = a.report(ids[0])
        exporting.export_csv(a, out, ids)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Số lưu trữ", "Tiêu đề", "Ngày họp"] and len(rows) == len(ids) + 1
    assert rows[1][:3] == [str(first.id), first.title, first.date.isoformat()]
    assert "Võ Thành Lộc" in rows[1][rows[0].index("Chủ trì")]
    assert exporting._cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and exporting._cell("Hà Nội") == "Hà Nội"


def test_csv_in_english_uses_column_keys(source, tmp_path):
    out = tmp_path / "en.csv"
    with Archive(source) as a:
        exporting.export_csv(a, out, exporting.live_ids(a)[:1], lang="en")
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:4] == ["id", "title", "date", "kind"]


def test_full_archive_round_trips_with_nothing_lost(source, tmp_path):
    out = tmp_path / "archive.zip"
    with Archive(source) as a:
        counts = exporting.export_archive(a, out)
        with a.Session() as s:
            all_ids = list(s.scalars(select(exporting.ReportRow.id).order_by(exporting.ReportRow.id)))
        full = [a.report(i) for i in all_ids]
        found, persons = ranked_answers(a), [(p.name, p.reports, p.roles) for p in a.persons()]
        colours = {t.name: t.colour for t in a.tags()}
        shas = {r.original_sha256 for r in full if r.original_sha256}
    assert counts["reports"] == len(all_ids) and counts["originals"] == len(shas)
    assert archive_zip.is_archive_export(out)
    with Archive(tmp_path / "fresh") as b:
        result = b.import_paths([out])
        assert len(result.imported) == len(all_ids) and not result.failed
        restored = [b.report(i) for i in all_ids]                   # the same archive ids
        assert [_fields(r) for r in restored] == [_fields(r) for r in full]
        assert {t.name: t.colour for t in b.tags()} == colours
        assert [(p.name, p.reports, p.roles) for p in b.persons()] == persons
        assert answers(b) == found
        for sha in shas:                                             # originals byte-identical
            assert hashlib.sha256(b.originals.get(sha)).hexdigest() == sha
        with b.Session() as s:
            assert set(s.scalars(select(OriginalRow.sha256))) == shas
        assert b.check().ok
        again = b.import_paths([out])                                # a second time: all duplicates
        assert not again.imported and len(again.duplicates) == len(all_ids)


def _fields(r):
    """Every field of a report but the person ids (they are the new archive's own)."""
    persons = tuple((p.name, p.role, p.chair) for p in r.persons)
    return (r.id, r.title, r.date, r.kind, r.organisation, r.location, r.author, r.body, r.summary, r.keywords,
            persons, r.tags, r.source_name, r.source_format, r.source_ref, r.original_sha256, r.similar_to,
            r.imported_at, r.updated_at, r.deleted_at, r.notes)


def test_damaged_original_in_the_zip_is_refused(source, tmp_path):
    good, bad = tmp_path / "good.zip", tmp_path / "bad.zip"
    with Archive(source) as a:
        exporting.export_archive(a, good)
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        victim = next(n for n in zin.namelist() if n.startswith("originals/"))
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, data + b"x" if name == victim else data)
    with Archive(tmp_path / "fresh") as b:
        result = b.import_paths([bad])
        assert len(result.failed) >= 1 and "SHA-256" in result.failed[0].error_en
        assert len(result.imported) + len(result.failed) == len(result.items)
        assert b.check().ok


def test_a_zip_that_is_not_an_export_is_an_ordinary_failure(tmp_path):
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("manifest.json", '{"format": "something-else"}')
    assert not archive_zip.is_archive_export(other)
    assert not archive_zip.is_archive_export(Path(tmp_path / "missing.zip"))
    with Archive(tmp_path / "a") as a:
        assert len(a.import_paths([other]).failed) == 1


def test_export_to_an_unwritable_place_is_a_known_error(source, tmp_path):
    from archive_app.core.errors import KnownError

    with Archive(source) as a, pytest.raises(KnownError):
        exporting.export_jsonl(a, tmp_path / "no" / "such" / "dir.jsonl")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_missing_original_is_left_out_and_listed_the_rest_is_saved(source, tmp_path):
    """The archive export is the escape from a damaged archive ("export what can still be read"):
    a missing original must not stop it. The report keeps its text, without the original."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(source, copy)
    with Archive(copy) as a:
        victim = next(p for p in a.paths.originals.rglob("*") if p.is_file())
        victim.unlink()
        counts = exporting.export_archive(a, tmp_path / "out.zip")
        reports = len(exporting.live_ids(a))
    assert counts["originals_skipped"] == [victim.name] and counts["reports_skipped"] == []
    with Archive(tmp_path / "back") as b:
        result = b.import_paths([tmp_path / "out.zip"])
        assert not result.failed and len(result.imported) >= reports
