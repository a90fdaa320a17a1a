"""A damaged, stale or locked index ends in a working archive with the same search results.

Each test builds a small archive, records the results of a query set, damages the index folder the
way disks, crashes and careless hands do, reopens the archive and compares.
"""
from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from shared_paths import ROOT, report_row, rot_postings

from archive_app.core.models import Filters
from archive_app.core.search.index import VERSION_FILE
from archive_app.core.services import Archive

QUERIES = [("dân vận", Filters()), ("dan van", Filters()), ('"giao ban tháng"', Filters()),
           ("Đảng uỷ", Filters()), ("nhiệm vụ", Filters(person="Nguyễn Văn An")),
           ("họp", Filters(tag="quý III")), ("kinh tế", Filters())]
KINDS = ["._e_len.col", "._stored.col", ".rid.col", ".date.col", ".pst", ".trm", ".toc"]


def _rows(n: int = 60) -> list[dict]:
    rng = random.Random(5)
    words = ["dân vận", "kinh tế", "giao ban tháng", "Đảng ủy", "nhiệm vụ", "an ninh", "văn hóa", "đất đai"]
    return [report_row(f"Họp {rng.choice(words)} số {i}",
                       f"Nội dung {' '.join(rng.choice(words) for _ in range(30))}. Lần {i}.",
                       date=f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}",
                       persons=[{"name": "Nguyễn Văn An" if i % 3 else "Trần Thị Bình", "role": "Bí thư"}],
                       tags=["quý III"] if i % 4 == 0 else [])
            for i in range(n)]


def _results(a: Archive) -> list:
    return [(q, f.person, f.tag, r.total, [(h.summary.id, round(h.score, 6), h.snippet) for h in r.hits])
            for q, f in QUERIES for r in [a.search(q, f, limit=20)]]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One archive built for the module (three segments); each test damages its own copy."""
    import json as _json

    folder = tmp_path_factory.mktemp("template")
    data = folder / "data"

    def jsonl(rows, name):
        path = folder / name
        path.write_text("".join(_json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return path

    with Archive(data) as a:
        res = a.import_paths([jsonl(_rows(), "reports.jsonl")])
        assert len(res.imported) == 60
        for k in range(2):      # a second and third segment: damage can hit any of them
            more = [dict(r, title=f"Bổ sung {k}: {r['title']}") for r in _rows(3 + k)]
            a.import_paths([jsonl(more, f"more{k}.jsonl")])
        assert len([p for p in (data / "index").iterdir() if p.suffix == ".pst"]) >= 2
        expected = _results(a)
    assert any(total for *_, total, _ in expected)
    return data, expected


@pytest.fixture()
def built(template, tmp_path):
    import shutil

    data, expected = template
    copy = tmp_path / "data"
    shutil.copytree(data, copy)            # copy2: sizes and times kept, so the copy's index is intact
    return copy, expected


def _files(data: Path, suffix: str) -> list[Path]:
    return sorted(p for p in (data / "index").iterdir() if p.name.endswith(suffix))


def _reopen_and_compare(data: Path, expected) -> None:
    with Archive(data) as a:
        assert _results(a) == expected
        report = a.check()
        assert report.ok, report


def test_deleted_index_folder(built):
    data, expected = built
    import shutil

    shutil.rmtree(data / "index")
    _reopen_and_compare(data, expected)


@pytest.mark.parametrize("kind", KINDS)
def test_deleted_file(built, kind):
    data, expected = built
    for p in _files(data, kind)[:1]:
        p.unlink()
    _reopen_and_compare(data, expected)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("keep", [0.0, 0.5])
def test_truncated_file(built, kind, keep):
    data, expected = built
    for p in _files(data, kind):
        raw = p.read_bytes()
        p.write_bytes(raw[: int(len(raw) * keep)])
    _reopen_and_compare(data, expected)


@pytest.mark.parametrize("kind", KINDS)
def test_garbled_file(built, kind):
    data, expected = built
    rng = random.Random(kind)
    files = [p for p in _files(data, kind) if p.stat().st_size]   # a small segment may keep every posting inline
    assert files
    for p in files:
        raw = bytearray(p.read_bytes())
        for _ in range(max(1, len(raw) // 50)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        p.write_bytes(bytes(raw))
    _reopen_and_compare(data, expected)


def test_garbled_postings_behind_the_files_dates_are_found_while_searching(built):
    """Bit rot keeps a file's size and time: reading it fails, the checksums confirm, it is rebuilt."""
    data, expected = built
    rot_postings(data)
    with Archive(data) as a:
        assert not a.check().ok                      # check compares checksums, not only dates
    _reopen_and_compare(data, expected)


def test_stale_index_version(built):
    data, expected = built
    info = json.loads((data / "index" / VERSION_FILE).read_text())
    info["version"] = 1
    (data / "index" / VERSION_FILE).write_text(json.dumps(info))
    _reopen_and_compare(data, expected)


def test_locks_left_by_a_killed_process(built):
    """A process holding the writer lock and Whoosh's write lock dies: the next one goes on."""
    data, expected = built
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from archive_app.core.services import Archive
        a = Archive(Path({str(data)!r}))
        with a.writing():
            w = a.index.open().writer()        # Whoosh's own lock file, held
            print("locked", flush=True)
            time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    with Archive(data) as a:                         # while it lives: writers are refused, readers go on
        from archive_app.core.errors import ArchiveLocked

        with pytest.raises(ArchiveLocked):
            with a.writing(wait=False):
                pass
        assert _results(a) == expected
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert any(p.name.endswith("WRITELOCK") for p in (data / "index").iterdir())
    with Archive(data) as a:
        a.tagging.change([1], add=["sau sự cố"])        # a write goes through the dead process's locks
        assert a.search("dân vận", Filters(tag="sau sự cố")).total == 1
        assert a.check().ok


def test_interrupted_rebuild_leaves_a_working_index(built):
    """A rebuild killed half-way leaves index.new behind: the next start still works and cleans up."""
    data, expected = built
    (data / "index.new").mkdir()
    (data / "index.new" / "MAIN_half.pst").write_bytes(b"\0" * 100)
    _reopen_and_compare(data, expected)
    with Archive(data) as a:
        a.rebuild_index()
    assert not (data / "index.new").exists()
    _reopen_and_compare(data, expected)
