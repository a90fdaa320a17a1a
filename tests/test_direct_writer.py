"""The fresh-build writer (whoosh_private.DirectSegmentWriter, issue 17) writes the very segment
Whoosh's own writer writes: every file byte for byte, whatever the documents and however many runs
its postings were spilled into; and what a search finds in it does not change."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import pytest

from archive_app.core.models import IndexDoc
from archive_app.core.search import SearchIndex
from archive_app.core.search import postings_runs

SYLLABLES = ("dân vận hội nghị giao ban ủy ban nhân dân tỉnh huyện xã đồng chí Nguyễn Văn Thủy Hòa "
             "khỏe ở tổ cần công tác năm 2021 43-CT/TU 14/10/2021 Đảng bộ chi bộ báo cáo kết quả "
             "thực hiện nhiệm vụ phát triển kinh tế xã hội quốc phòng an ninh").split()


def random_docs(seed: int, n: int) -> list[IndexDoc]:
    rng = random.Random(seed)

    def words(lo, hi):
        # a few common syllables, many rare ones: inline terms, one-block and many-block terms
        return " ".join(rng.choice(SYLLABLES) if rng.random() < 0.8 else f"x{rng.randrange(5000)}"
                        for _ in range(rng.randrange(lo, hi)))

    return [IndexDoc(id=i + 1, revision=rng.randrange(3), title=words(0, 8), body=words(0, 400),
                     extras=tuple(words(1, 4) for _ in range(rng.randrange(3))),
                     person_ids=tuple(rng.sample(range(1, 40), rng.randrange(3))),
                     tag_ids=tuple(rng.sample(range(1, 9), rng.randrange(2))),
                     kind=rng.choice([None, "Giao ban", "Hội nghị"]),
                     date=rng.choice([None, dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(900))]))
            for i in range(n)]


def segment_files(folder: Path) -> dict[str, bytes]:
    """The one segment's files by extension (segment names are random)."""
    files = {p.name.split(".", 1)[1]: p.read_bytes() for p in folder.iterdir()
             if p.name.startswith("MAIN_") and "." in p.name and not p.name.endswith(".toc")}
    assert files
    return files


def segment_count(folder: Path) -> int:
    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(folder)).reader() as reader:
        return len(list(reader.leaf_readers()))


def build(folder: Path, docs, fresh: bool) -> SearchIndex:
    ix = SearchIndex(folder)
    ix.create()
    ix.write(docs, fresh=fresh)
    assert segment_count(folder) == 1
    return ix


@pytest.mark.parametrize(("seed", "n", "run_postings"), [(1, 300, None), (2, 300, 5000), (3, 40, 7), (4, 1, 1)])
def test_direct_writer_writes_whooshs_segment_byte_for_byte(tmp_path, monkeypatch, seed, n, run_postings):
    if run_postings:
        monkeypatch.setattr(postings_runs, "RUN_POSTINGS", run_postings)
    docs = random_docs(seed, n)
    build(tmp_path / "whoosh", docs, fresh=False).close()
    build(tmp_path / "direct", docs, fresh=True).close()
    old, new = segment_files(tmp_path / "whoosh"), segment_files(tmp_path / "direct")
    assert sorted(old) == sorted(new)
    for ext in old:
        assert old[ext] == new[ext], ext


def test_runs_give_back_every_posting_in_term_order(tmp_path):
    rng = random.Random(5)
    runs = postings_runs.PostingRuns(["a", "b"], tmp_path, run_postings=50)
    expected: dict[tuple[int, bytes], list[tuple[int, float]]] = {}
    for doc in range(200):
        for field in ("b", "a"):
            counts = {f"t{rng.randrange(30)}": rng.randrange(1, 4) for _ in range(rng.randrange(6))}
            runs.add_counts(field, doc, counts)
            for term, c in counts.items():
                expected.setdefault((runs.fields.index(field), term.encode()), []).append((doc, float(c)))
    got = {}
    for fnum, term, ids, weights, values in runs.merged():
        got[(fnum, term)] = list(zip(ids.tolist(), weights.tolist()))
        assert not values.any()
    assert list(got) == sorted(expected)
    assert got == expected
    runs.cleanup()
    assert not any(tmp_path.iterdir())


def test_batches_are_bounded_by_documents_and_by_text():
    """A worker's batch holds at most BATCH_DOCS reports and BATCH_CHARS characters of text (a
    longer report alone), so a stretch of long reports does not make a batch many times bigger."""
    from archive_app.core.search.parallel_build import batches

    docs = random_docs(7, 200)
    docs[50] = replace(docs[50], body="x" * 5000)
    size = lambda d: len(d.title) + len(d.body) + sum(map(len, d.extras))
    got = list(batches(docs, most_docs=30, most_chars=3000))
    assert [d for b in got for d in b] == docs
    assert all(len(b) <= 30 for b in got)
    assert all(sum(map(size, b)) <= 3000 for b in got if len(b) > 1)
    assert [docs[50]] in got
    assert any(len(b) < 30 and sum(map(size, b + [docs[docs.index(b[-1]) + 1]])) > 3000
               for b in got[:-1])


@pytest.mark.parametrize("batch_chars", [None, 20_000])
def test_workers_write_the_same_segment(tmp_path, monkeypatch, batch_chars):
    """Batches tokenized in worker processes (parallel_build) give the very segment one process
    writes, whether batches are cut by count or by text."""
    from archive_app.core.search import parallel_build

    monkeypatch.setattr(parallel_build, "BATCH_DOCS", 70)
    if batch_chars:
        monkeypatch.setattr(parallel_build, "BATCH_CHARS", batch_chars)
    docs = random_docs(6, 300)
    build(tmp_path / "one", docs, fresh=True).close()
    ix = SearchIndex(tmp_path / "two")
    ix.create()
    seen = []
    assert ix.write(docs, fresh=True, workers=2, progress=seen.append) == 300
    assert seen[-1] == 300 and seen == sorted(seen)
    assert segment_count(tmp_path / "two") == 1
    ix.close()
    assert segment_files(tmp_path / "one") == segment_files(tmp_path / "two")
    assert [p.name for p in (tmp_path / "two").iterdir() if p.name.startswith("runs-")] == []


KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
from archive_app.core.search import parallel_build, whoosh_private
from archive_app.core.services import Archive

def die(*args, **kwargs):
    tasks = Path("/proc/self/task")      # (Linux: the worker processes started by this one)
    pids = [p for task in tasks.iterdir() for p in (task / "children").read_text().split()] if tasks.exists() else []
    Path(sys.argv[3]).write_text(" ".join(pids))
    os.kill(os.getpid(), signal.SIGKILL)

if __name__ == "__main__":
    parallel_build.BATCH_DOCS = 20
    parallel_build.worker_count = lambda total: 2
    if sys.argv[2] == "adopting":
        parallel_build._adopt = die
    else:
        whoosh_private._DirectFieldWriter.append_part = die
    Archive(Path(sys.argv[1])).rebuild_index()
"""


@pytest.mark.parametrize("when", ["adopting", "appending"])
def test_a_build_killed_with_its_workers_leaves_a_usable_index(tmp_path, write_jsonl, when):
    """Killed while adopting a worker's batch or while joining the worker's half of the terms, a
    rebuild leaves the index it was replacing; the next rebuild gives the same results as one
    never interrupted."""
    import os
    import subprocess
    import sys
    import time

    from archive_app.core.services import Archive

    data = tmp_path / "data"
    archive = Archive(data)
    rows = [{"title": f"Giao ban {i}", "body": f"Họp dân vận nhiệm vụ {i} " + "ủy ban nhân dân " * (i % 7),
             "persons": [], "tags": []} for i in range(120)]
    archive.import_paths([write_jsonl(rows)])
    before = [h.summary.id for h in archive.search("dan van", limit=200).hits]
    assert len(before) == 120
    archive.close()
    root = Path(__file__).resolve().parents[1]
    script = tmp_path / "killed_build.py"
    script.write_text(KILLED_BUILD, encoding="utf-8")
    pids_file = tmp_path / "workers.txt"
    done = subprocess.run([sys.executable, str(script), str(data), when, str(pids_file)], cwd=root, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == -9
    workers = [int(p) for p in pids_file.read_text().split()]
    assert workers or not Path("/proc").exists()
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    if Path("/proc").exists():           # workers end with the process that started them
        assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    archive = Archive(data)
    try:
        assert [h.summary.id for h in archive.search("dan van", limit=200).hits] == before
        assert archive.check().ok
        archive.rebuild_index()
        assert [h.summary.id for h in archive.search("dan van", limit=200).hits] == before
        assert not (data / "index.new").exists()
        assert not [p for p in archive.paths.index.iterdir() if p.name.startswith("runs-")]
    finally:
        archive.close()


def test_a_term_longer_than_64_kb_is_written_as_whoosh_writes_it(tmp_path):
    """A broken file can read as one endless "syllable" (the run files once gave term lengths 16 bits)."""
    docs = random_docs(7, 20) + [IndexDoc(id=99, revision=0, title="dài", body="a" * 70_000 + " dân vận")]
    build(tmp_path / "whoosh", docs, fresh=False).close()
    build(tmp_path / "direct", docs, fresh=True).close()
    assert segment_files(tmp_path / "whoosh") == segment_files(tmp_path / "direct")
