"""The index is a cache: reindex rebuilds it identically, a lost index rebuilds itself, check sees mismatches."""
import shutil

from whoosh import index as whoosh_index

from archive_app.core.services import Archive
from archive_app.core.search.index import doc_fields
from archive_app.core.storage import reports


def _fill(archive, write_jsonl, n=30):
    rows = [{"title": f"Hội nghị số {i}", "body": f"Nội dung cuộc họp dân vận lần {i}, bàn giao nhiệm vụ {i % 7}.",
             "date": f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}", "persons": [], "tags": []} for i in range(n)]
    archive.import_paths([write_jsonl(rows)])


def _index_content(archive):
    r = archive.index.reader()
    terms = sorted((f, t) for f, t in r.all_terms() if f in ("e", "f", "fb", "tf"))
    return r.doc_count(), terms, sorted(archive.index.revisions().items())


def test_reindex_rebuilds_an_identical_index(archive, write_jsonl):
    _fill(archive, write_jsonl)
    before = _index_content(archive)
    results_before = [(h.summary.id, round(h.score, 6)) for h in archive.search("dân vận lần").hits]
    archive.rebuild_index()
    assert _index_content(archive) == before
    assert [(h.summary.id, round(h.score, 6)) for h in archive.search("dân vận lần").hits] == results_before


def test_deleted_index_folder_rebuilds_itself(tmp_path, write_jsonl):
    data = tmp_path / "data"
    with Archive(data) as a:
        _fill(a, write_jsonl)
        expected = [h.summary.id for h in a.search("ban giao").hits]
    shutil.rmtree(data / "index")
    with Archive(data) as a:
        assert [h.summary.id for h in a.search("ban giao").hits] == expected
        assert a.check().ok


def test_garbled_index_rebuilds_itself(tmp_path, write_jsonl):
    data = tmp_path / "data"
    with Archive(data) as a:
        _fill(a, write_jsonl)
        expected = [h.summary.id for h in a.search("hoi nghi").hits]
    for f in (data / "index").glob("*.toc"):
        f.write_bytes(b"garbage")
    with Archive(data) as a:
        assert [h.summary.id for h in a.search("hoi nghi").hits] == expected


def test_check_reports_a_mismatch_made_on_purpose(archive, write_jsonl):
    _fill(archive, write_jsonl, n=5)
    assert archive.check().ok
    with archive.Session() as s:           # remove one document behind the archive's back
        rid = sorted(reports.live_revisions(s))[2]
    ix = whoosh_index.open_dir(str(archive.paths.index))
    w = ix.writer()
    w.delete_by_term("id", str(rid))
    w.commit()
    archive.index.close()
    report = archive.check()
    assert not report.ok and report.missing_in_index == (rid,)
    archive.rebuild_index()
    assert archive.check().ok


def test_queued_changes_are_applied_at_next_start(tmp_path, write_jsonl):
    data = tmp_path / "data"
    with Archive(data) as a:
        _fill(a, write_jsonl, n=3)
        # A crash after the database commit but before indexing leaves the change queued.
        a.import_paths([write_jsonl([{"title": "Kỳ họp thứ ba", "body": "Cử tri kiến nghị đường giao thông."}],
                                    name="late.jsonl")], index=False)
        assert a.pending_changes() == 1
    with Archive(data) as a:
        assert a.search("cu tri kien nghi").total == 1
        assert a.check().ok


def test_doc_fields_have_no_positions_but_bigrams_inside_each_part():
    from archive_app.core.search import IndexDoc

    f = doc_fields(IndexDoc(1, 1, "Giao ban", "dân vận", extras=("Lê Văn Cương", "công tác")))
    assert f["fb"] == ["giao_ban", "dan_van", "le_van", "van_cuong", "cong_tac"]    # never "ban_dan"
    assert f["e"] == ["giao", "ban", "dân", "vận", "lê", "văn", "cương", "công", "tác"]
    assert f["tf"] == ["giao", "ban", "giao_ban"]


def test_a_long_queue_is_applied_by_a_rebuild(archive, write_jsonl, monkeypatch):
    """A first big import builds the index afresh (no per-document updates): same results, empty queue."""
    import archive_app.core.services as services

    _fill(archive, write_jsonl, n=3)
    monkeypatch.setattr(services, "REBUILD_QUEUE", 10)
    calls = []
    real = archive.rebuild_index
    monkeypatch.setattr(archive, "rebuild_index", lambda progress=None: calls.append(1) or real(progress))
    rows = [{"title": f"Hội nghị {i}", "body": f"Họp dân vận lần {i}", "persons": [], "tags": []} for i in range(25)]
    archive.import_paths([write_jsonl(rows, "more.jsonl")])
    assert calls == [1]
    assert archive.search("dan van").total == 28
    assert archive.pending_changes() == 0
    assert archive.check().ok


def test_everyday_syncs_never_rewrite_a_big_segment(archive, write_jsonl, monkeypatch):
    """Small imports after a rebuild merge among themselves (four of a size at a time); the big
    segment of the rebuild keeps its files, so adding a few reports never costs a huge merge."""
    import archive_app.core.search.index as index_module

    monkeypatch.setattr(index_module, "MAX_MERGED_DOCS", 20)
    _fill(archive, write_jsonl, n=40)
    archive.rebuild_index()
    big = {p.name: p.stat().st_mtime_ns for p in archive.paths.index.iterdir() if p.suffix == ".pst"}
    assert len(big) == 1
    for k in range(12):
        rows = [{"title": f"Bổ sung {k}-{j}", "body": f"Họp dân vận bổ sung {k} {j}", "persons": [], "tags": []}
                for j in range(2)]
        archive.import_paths([write_jsonl(rows, f"add{k}.jsonl")])
        for name, mtime in big.items():
            assert (archive.paths.index / name).stat().st_mtime_ns == mtime
    segments = [p for p in archive.paths.index.iterdir() if p.suffix == ".pst"]
    assert len(segments) <= 1 + 2 * (index_module.MERGE_FACTOR - 1) + 1
    assert archive.search("dan van bo sung").total == 24
    assert archive.check().ok


def test_a_rebuild_spilled_into_many_runs_finds_the_same(archive, write_jsonl, monkeypatch):
    """A rebuild spills its postings to a sorted run on disk whenever RUN_POSTINGS are held, which
    keeps its memory bounded (issue 17): the bound changes how postings travel, never what a search
    finds, and the index is one segment whatever the bound."""
    from archive_app.core.search import postings_runs

    from test_direct_writer import segment_count

    _fill(archive, write_jsonl, n=60)
    queries = ("dan van", "nhiệm vụ 3", '"cuộc họp dân vận"', "hội nghị số 42", "bàn giao")

    def results():
        return {q: [(h.summary.id, round(h.score, 9)) for h in archive.search(q, limit=100).hits] for q in queries}

    archive.rebuild_index()
    assert segment_count(archive.paths.index) == 1
    whole = results()
    monkeypatch.setattr(postings_runs, "RUN_POSTINGS", 500)
    archive.rebuild_index()
    assert segment_count(archive.paths.index) == 1
    assert results() == whole
    assert all(whole.values())
    assert archive.check().ok
