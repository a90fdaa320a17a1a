"""One verifier for zips from outside (issue 12, point 2): a backup to restore and an archive export to
import are both read through ``core.zip_check``, and the same hostile zips are refused by both.
Also: an archive export carries a scan's OCR fields and its searchable PDF through."""
import hashlib
import json
import sqlite3
import zipfile

import pytest
from scan_samples import mark_as_scan
from shared_paths import report_row

from archive_app.core import backup as bk
from archive_app.core import zip_check
from archive_app.core.errors import KnownError
from archive_app.core.models import Filters
from archive_app.core.services import Archive

ROWS = [report_row(f"Họp chi bộ thôn {i} bàn công tác dân vận", f"Chi bộ thôn {i} họp bàn vệ sinh đường làng.",
                   persons=[{"name": "Trần Thị Bình", "role": "Bí thư", "chair": True}], tags=["dân vận"])
        for i in range(4)]
SEARCHABLE = b"%PDF-1.4 the searchable copy OCRmyPDF made of a scan"


@pytest.fixture
def source(tmp_path):
    """An archive of five reports, one of them a scan (OCR fields and a searchable PDF, as an OCR
    import records them), one in the trash; with a backup and an export of it."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    (tmp_path / "scan.txt").write_text("BIÊN BẢN\n\nHọp tổ hòa giải thôn Đông về tranh chấp ranh giới đất.",
                                       encoding="utf-8")
    data = tmp_path / "data"
    with Archive(data) as a:
        result = a.import_paths([rows, tmp_path / "scan.txt"])
        scan = result.imported[-1].id
        pdf = mark_as_scan(a, scan, SEARCHABLE)
        a.trash.move([result.imported[0].id])
        backup = a.transfer.backup(tmp_path / "backup.zip").path
        export = tmp_path / "export.zip"
        a.transfer.export_archive(export)
    return {"data": data, "scan": scan, "pdf": pdf, "backup": backup, "export": export}


def test_an_export_carries_a_scans_ocr_fields_and_searchable_pdf(source, tmp_path):
    with Archive(source["data"]) as a:
        before = a.report(source["scan"])
    with Archive(tmp_path / "fresh") as b:
        result = b.import_paths([source["export"]])
        assert len(result.imported) == 5 and not result.failed
        after = b.report(source["scan"])
        assert after.ocr == before.ocr and after.ocr.confidence == 87.25 and after.ocr.languages == "vie"
        assert after.ocr_pdf_sha256 == source["pdf"]
        assert b.originals.get(source["pdf"]) == SEARCHABLE           # the searchable PDF came with it
        assert b.check().ok
        assert b.search("hoa giai", Filters(scanned=True)).total == 1


def _rewrite(src, dst, change):
    """A copy of the zip ``src`` with ``change(name, data) -> data`` applied to each member."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info)))
    return dst


def _restore_refused(zip_path, target):
    with pytest.raises(KnownError) as caught:
        bk.restore(zip_path, target)
    assert not target.exists()
    return caught.value.en


def _import_refused(zip_path, folder):
    """Every report of the export refused (nothing imported); the messages."""
    with Archive(folder) as b:
        result = b.import_paths([zip_path])
        assert not result.imported and result.failed
        assert b.live_count() == 0 and b.check().ok
        return " ".join(item.error_en for item in result.failed)


def test_both_read_the_zip_through_the_one_verifier(source, tmp_path, monkeypatch):
    seen = []
    for name in ("manifest", "member", "verify", "report_problems", "database_problems"):
        real = getattr(zip_check, name)
        monkeypatch.setattr(zip_check, name, lambda *a, _real=real, _name=name, **kw: (seen.append(_name),
                                                                                       _real(*a, **kw))[1])
    bk.restore(source["backup"], tmp_path / "restored")
    assert {"manifest", "verify", "database_problems"} <= set(seen)
    seen.clear()
    with Archive(tmp_path / "imported") as b:
        assert len(b.import_paths([source["export"]]).imported) == 5
    assert {"manifest", "member", "report_problems"} <= set(seen)


def test_a_manifest_past_the_cap_is_refused_by_both(source, tmp_path, monkeypatch):
    """A manifest that inflates beyond the cap (a zip bomb) is never read whole, by either."""
    monkeypatch.setattr(zip_check, "MAX_MANIFEST_BYTES", 1000)
    assert "manifest.json" in _restore_refused(source["backup"], tmp_path / "new")
    assert "manifest.json" in _import_refused(source["export"], tmp_path / "b")


def test_a_manifest_that_is_not_what_it_says_is_refused_by_both(source, tmp_path):
    def listed(name, data):
        return b"[1, 2]" if name == "manifest.json" else data

    def forged(name, data):        # looks like an export (its first bytes), its reports are not a list
        return b'{"format": "archive-app-export", "version": 1, "reports": "all"}' if name == "manifest.json" else data
    message = _restore_refused(_rewrite(source["backup"], tmp_path / "b.zip", listed), tmp_path / "new")
    assert "damaged" in message and "manifest.json" in message
    message = _import_refused(_rewrite(source["export"], tmp_path / "e.zip", forged), tmp_path / "b")
    assert "Damaged" in message and "manifest.json" in message


def test_an_original_whose_bytes_are_not_its_name_is_refused_by_both(source, tmp_path):
    def flip(name, data):
        if name == zip_check.original_member(source["pdf"]):      # the same size, one byte changed
            return bytes([data[0] ^ 1]) + data[1:]
        return data
    assert "SHA-256" in _restore_refused(_rewrite(source["backup"], tmp_path / "b.zip", flip), tmp_path / "new")
    with Archive(tmp_path / "b") as b:
        result = b.import_paths([_rewrite(source["export"], tmp_path / "e.zip", flip)])
        assert [i.id for i in result.imported] == [i for i in range(1, 6) if i != source["scan"]]
        assert len(result.failed) == 1 and "SHA-256" in result.failed[0].error_en
        assert b.check().ok


def _export_with(src, dst, scan: int, **fields):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        for rec in manifest["reports"]:
            if rec["id"] == scan:
                rec.update(fields)
        return json.dumps(manifest).encode()
    return _rewrite(src, dst, change)


def _backup_with(src, dst, sql, params):
    """A backup whose database ran ``sql``, its manifest agreeing (consistent with itself)."""
    db_path = dst.with_suffix(".sqlite3")
    with zipfile.ZipFile(src) as zin:
        db_path.write_bytes(zin.read(bk.DATABASE))
    with sqlite3.connect(db_path) as con:
        con.execute(sql, params)
    db = db_path.read_bytes()

    def change(name, data):
        if name == bk.DATABASE:
            return db
        if name == "manifest.json":
            manifest = json.loads(data)
            for m in manifest["members"]:
                if m["name"] == bk.DATABASE:
                    m.update(size=len(db), sha256=hashlib.sha256(db).hexdigest())
            return json.dumps(manifest).encode()
        return data
    return _rewrite(src, dst, change)


@pytest.mark.parametrize("column, value", [
    ("ocr_pdf_sha256", "../../home/user/private.txt"),
    ("original_sha256", "../" * 8 + "etc/passwd"),
    ("ocr_confidence", 1000),
    ("ocr_engine", "x" * 5000),
    ("meeting_date", "2024-13-45"),
    ("deleted_at", "yesterday"),
])
def test_a_forged_report_field_is_refused_by_both(source, tmp_path, column, value):
    backup = _backup_with(source["backup"], tmp_path / "b.zip", f"UPDATE report SET {column} = ? WHERE id = ?",
                          (value, source["scan"]))
    assert "damaged" in _restore_refused(backup, tmp_path / "new")
    export = _export_with(source["export"], tmp_path / "e.zip", source["scan"], **{column: value})
    with Archive(tmp_path / "b") as b:
        result = b.import_paths([export])
        assert len(result.imported) == 4 and len(result.failed) == 1, column
        assert "Invalid report record" in result.failed[0].error_en and column in result.failed[0].error_en
        assert source["scan"] not in [i.id for i in result.imported] and b.check().ok
