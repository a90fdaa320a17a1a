"""The import pipeline: duplicates, near-duplicates, per-item transactions, progress and cancel."""
from shared_paths import REPORT_TEXT as SEED_TEXT
from shared_paths import report_row as full

from archive_app.core.importing.near_duplicates import similarity, sketch
from archive_app.core.storage.schema import ReportRow, ReportSketchRow


def test_exact_duplicate_is_skipped_even_with_other_whitespace_and_encoding(archive, write_jsonl):
    first = archive.import_paths([write_jsonl([full("Họp", SEED_TEXT)], "a.jsonl")])
    again = archive.import_paths([write_jsonl([full("Họp", "  " + SEED_TEXT.replace("ủy", "uỷ").replace("\n", "\n\n"))],
                                              "b.jsonl")])
    assert len(again.duplicates) == 1 and again.duplicates[0].id == first.imported[0].id


def test_near_duplicate_is_flagged_with_the_id_it_resembles(archive, write_jsonl):
    first = archive.import_paths([write_jsonl([full("Giao ban quý III", SEED_TEXT)], "a.jsonl")]).imported[0].id
    edited = SEED_TEXT.replace("quý II", "quý 2").replace("Minh Châu", "M.C").replace("tích cực", "rất tích cực")
    other = "Ủy ban nhân dân huyện họp bàn kế hoạch phòng chống lụt bão năm 2022 và giao chỉ tiêu cho các xã."
    res = archive.import_paths([write_jsonl([full("Giao ban quý III (bản sửa)", edited), full("Lụt bão", other)],
                                            "b.jsonl")])
    assert [i.similar_to for i in res.imported] == [first, None]
    assert archive.report(res.imported[0].id).similar_to == first


def test_sketch_similarity_estimates_overlap():
    a = sketch(SEED_TEXT)
    assert similarity(a, a) == 1.0
    assert similarity(a, sketch(SEED_TEXT[: len(SEED_TEXT) // 3])) < 0.7
    assert similarity(a, sketch("Một văn bản hoàn toàn khác về nông nghiệp và thủy lợi ở miền núi phía Bắc.")) == 0.0


def test_progress_and_cancel_keep_what_finished(archive, write_jsonl):
    rows = [full(f"Báo cáo {i}", f"Nội dung riêng số {i} về công tác số {i * 7}") for i in range(10)]
    seen = []

    def progress(done, total, name):
        seen.append((done, total))

    res = archive.import_paths([write_jsonl(rows)], progress=progress, cancel=lambda: len(seen) > 4)
    assert res.cancelled and len(res.imported) == len(seen) == 5     # every started item finished
    assert seen[0] == (0, 10)
    with archive.Session() as s:
        assert s.query(ReportRow).count() == 5
        assert s.query(ReportSketchRow.report_id).distinct().count() == 5
    assert archive.check().ok


def test_a_failing_item_leaves_nothing_behind(archive, write_jsonl, monkeypatch):
    from archive_app.core.importing import near_duplicates

    calls = {"n": 0}
    real_store = near_duplicates.store

    def failing_store(session, rid, sk):     # fail inside the transaction, after the report row exists
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        real_store(session, rid, sk)

    monkeypatch.setattr(near_duplicates, "store", failing_store)
    rows = [full(f"Báo cáo {i}", f"Nội dung riêng số {i} về việc {i * 13}") for i in range(3)]
    res = archive.import_paths([write_jsonl(rows)])
    assert len(res.imported) == 2 and len(res.failed) == 1 and "disk on fire" in res.failed[0].error_en
    with archive.Session() as s:
        assert s.query(ReportRow).count() == 2
    assert archive.check().ok


def test_missing_path_is_a_per_item_failure(archive, tmp_path, write_jsonl):
    res = archive.import_paths([tmp_path / "nope.txt", write_jsonl([full("Có", "Nội dung có thật")])])
    assert len(res.failed) == 1 and res.failed[0].error_en == "No such file or folder"
    assert len(res.imported) == 1


def test_an_overlong_json_line_fails_alone_without_being_read_whole(archive, tmp_path, monkeypatch):
    """One line over the limit (or a file without newlines) is skipped chunk by chunk with a clear
    message; the lines around it land with their own line numbers."""
    import json

    import archive_app.core.importing.jsonl as jsonl

    monkeypatch.setattr(jsonl, "MAX_FILE_BYTES", 50_000)
    good = [json.dumps(full(f"Họp số {i}", f"Nội dung cuộc họp số {i}"), ensure_ascii=False) for i in range(3)]
    huge = json.dumps(full("Quá dài", "chữ " * 40_000), ensure_ascii=False)
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good[0], huge, good[1], "", good[2]]) + "\n", encoding="utf-8")
    res = archive.import_paths([path])
    assert [i.path for i in res.imported] == [f"{path}:1", f"{path}:3", f"{path}:5"]
    [failed] = res.failed
    assert failed.path == f"{path}:2" and "too long" in failed.error_en
    assert jsonl.count_lines(path) == 4


def test_lines_are_told_only_once_committed_and_grouped(archive, write_jsonl):
    """Lines of one file share transactions; each is told (on_item) only once another connection
    sees it, and only after its original is in place."""
    import sqlite3

    rows = [full(f"Báo cáo {i}", f"Nội dung riêng số {i} về công tác số {i * 7}") for i in range(150)]
    told = []

    def on_item(item):
        con = sqlite3.connect(archive.paths.database)
        try:
            sha = con.execute("SELECT original_sha256 FROM report WHERE id = ?", (item.id,)).fetchone()[0]
        finally:
            con.close()
        assert archive.originals.verify(sha)
        told.append(item.id)

    res = archive.import_paths([write_jsonl(rows)], on_item=on_item)
    assert told == [i.id for i in res.imported] and len(told) == 150
    assert not any(archive.originals.staging.iterdir())
    assert archive.check(fixity=True).ok


def test_a_failed_commit_imports_each_line_alone(archive, write_jsonl, monkeypatch):
    from archive_app.core.storage.originals import OriginalStore

    real_publish, calls = OriginalStore.publish, {"n": 0}

    def publish(self, staged):
        calls["n"] += 1
        if calls["n"] == 1:        # a passing fault (a full disk instead stops the batch: test_hostile)
            raise OSError(5, "Input/output error")
        real_publish(self, staged)

    monkeypatch.setattr(OriginalStore, "publish", publish)
    rows = [full(f"Báo cáo {i}", f"Nội dung riêng số {i} về việc {i * 13}") for i in range(20)]
    res = archive.import_paths([write_jsonl(rows)])
    assert len(res.imported) == 20 and calls["n"] == 21     # one failed group, then one commit per line
    assert archive.check(fixity=True).ok


def test_a_line_that_ends_the_transaction_fails_alone(archive, write_jsonl, monkeypatch):
    """SQLite rolls the whole transaction back on some errors (a full disk): the lines before it in
    its group are imported again one by one, and only the bad line fails."""
    import sqlite3

    from archive_app.core.storage.writer import ImportWriter

    real_add = ImportWriter.add_report

    def add_report(self, new):
        if new.source_name.endswith(":7"):
            self.db.rollback()
            raise sqlite3.OperationalError("database or disk is full")
        return real_add(self, new)

    monkeypatch.setattr(ImportWriter, "add_report", add_report)
    rows = [full(f"Báo cáo {i}", f"Nội dung riêng số {i} về việc {i * 13}") for i in range(12)]
    res = archive.import_paths([write_jsonl(rows)])
    assert [i.path.rsplit(":", 1)[1] for i in res.failed] == ["7"] and "disk is full" in res.failed[0].error_en
    assert len(res.imported) == 11
    with archive.Session() as s:
        assert s.query(ReportRow).count() == 11
    assert archive.check(fixity=True).ok
