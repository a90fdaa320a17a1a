"""The sample archive (core.sample): our own fictional reports, a folder of its own beside the user's
archive, filled once with tags, never mixed into the user's archive."""
from __future__ import annotations

import datetime as dt

from archive_app.core import sample
from archive_app.core.services import Archive
from archive_app.core.understand import understand
from archive_app.core.vietnamese import normalize


def test_sample_reports_read_like_meeting_reports():
    files = sample.sample_files()
    assert 6 <= len(files) <= 8 and set(sample.SAMPLE_TAGS) == {p.name for p in files}
    for path in files:
        report = understand(normalize(path.read_text(encoding="utf-8")))
        assert report.title and report.meeting_date and dt.date(2023, 1, 1) <= report.meeting_date, path.name
        assert len(report.persons) >= 2 and any(p.chair for p in report.persons), path.name
        assert all(p.role for p in report.persons), path.name
        assert report.author, path.name


def test_sample_lives_beside_the_archive_and_knows_its_home(tmp_path):
    own = tmp_path / "luu-tru"
    target = sample.prepare(own)
    assert target == tmp_path / "luu-tru-mau" and target.parent == own.parent
    assert sample.is_sample(target) and not sample.is_sample(own)
    assert sample.home_of(target) == own and sample.home_of(own) is None
    assert not own.exists()                                    # preparing the sample creates nothing else


def test_fill_imports_tags_and_is_idempotent(tmp_path):
    target = sample.prepare(tmp_path / "kho")
    with Archive(target) as archive:
        first = archive.import_sample()
        assert len(first.imported) == 8 and not first.failed
        tags = {t.name: t.reports for t in archive.tags()}
        assert tags["dân vận"] == 3 and tags["chuyển đổi số"] == 2 and "mẫu" not in tags
        assert archive.search("dang thi my le").total == 4          # searchable on return
        archive.tagging.change([first.imported[0].id], remove=["dân vận"])     # what the user did stays
        again = archive.import_sample()
        assert not again.imported and len(again.duplicates) == 8
        assert {t.name: t.reports for t in archive.tags()}["dân vận"] == 2
        assert archive.check().ok
