"""Scans are read by real Tesseract through OCRmyPDF (no mocks): scanned PDFs, PDFs with some image-only
pages, PNG/JPEG/multi-page TIFF; per-page progress, cancel and the time limit leave nothing half
stored; without Tesseract a scan is refused with what to install. The scans are made here
(tests/scan_samples.py) from text we wrote; the whole file runs about a dozen small pages of OCR."""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3

import pytest

from archive_app.core.errors import MissingTool, NeedsOCR
from archive_app.core.extract import extract_bytes
from archive_app.core.extract.ocr import find_tools, split_sidecar
from archive_app.core.importing import pipeline
from archive_app.core.services import Archive

import scan_samples as samples

pytestmark = pytest.mark.skipif(not (shutil.which("ocrmypdf") and shutil.which("tesseract")
                                     and shutil.which("pdftoppm") and samples.FONT.exists()),
                                reason="OCRmyPDF, Tesseract, poppler-utils or DejaVu fonts not installed "
                                       "(bash tools/dev installs them)")


@pytest.fixture(scope="module")
def report_pages():
    """The test report at 200 dpi, as a scanner would see it (rotated, blurred, speckled)."""
    return [samples.roughen(p, seed=n) for n, p in enumerate(samples.rasterise(samples.text_pdf(samples.REPORT), 200))]


@pytest.fixture(scope="module")
def short_page():
    """A small page (A6) with two short paragraphs: cheap to recognise."""
    return samples.rasterise(samples.text_pdf(samples.SHORT, 105, 148, size=11), 200)[0]


def _stored_files(archive) -> list[str]:
    return sorted(p.name for p in archive.paths.originals.rglob("*") if p.is_file())


def _cli(data, *args):
    from archive_app.cli import main
    return main(["--data-dir", str(data), *args])


def test_scanned_pdf_is_recognised_understood_and_findable(archive, tmp_path, report_pages, capsys):
    scan = tmp_path / "bien-ban-quet.pdf"
    scan.write_bytes(samples.image_pdf(report_pages))
    assert b"/Font" not in scan.read_bytes()                  # no text layer at all
    pages = []
    result = archive.import_paths([scan], on_page=lambda *args: pages.append(args))
    assert not result.failed, result.failed
    rid = result.imported[0].id
    assert pages and pages[-1][3:] == (len(report_pages), len(report_pages))   # per-page progress
    assert pages[-1][2] == str(scan)

    assert _cli(archive.paths.root, "show", str(rid), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    ocr = shown["source"]["ocr"]
    assert set(ocr) == {"engine", "languages", "confidence"}
    assert ocr["languages"] == "vie+eng" and ocr["engine"].startswith("Tesseract ")
    assert 60 <= ocr["confidence"] <= 100
    assert shown["source"]["format"] == "pdf"
    assert shown["date"] == samples.DATE
    found = {p["name"] for p in shown["persons"]} & set(samples.PERSONS)
    assert len(found) >= 2, shown["persons"]
    for query in ("dan van", "giao ban"):
        assert rid in [h.summary.id for h in archive.search(query).hits], query

    report = archive.report(rid)
    assert archive.original(rid) == scan.read_bytes()         # the scan itself, byte for byte
    searchable = archive.originals.get(report.ocr_pdf_sha256)
    assert hashlib.sha256(searchable).hexdigest() == report.ocr_pdf_sha256
    import pypdf
    layer = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(searchable)).pages)
    assert "giao ban" in layer.lower()                        # the derivative has the text layer
    assert archive.check().ok                                 # both files pass the fixity check


def test_pdf_with_some_image_pages_keeps_their_text_and_reads_the_rest(archive, tmp_path, short_page):
    from pypdf import PdfReader, PdfWriter

    typed = samples.text_pdf("Phần đầu đánh máy: hội nghị tổng kết phong trào thi đua yêu nước năm 2023.")
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(typed)))
    writer.append(PdfReader(io.BytesIO(samples.image_pdf([short_page]))))
    buffer = io.BytesIO()
    writer.write(buffer)
    mixed = buffer.getvalue()
    assert extract_bytes(mixed, "x.pdf").meta["scanned_pages"] == [1]   # without OCR: the typed page only

    path = tmp_path / "mixed.pdf"
    path.write_bytes(mixed)
    result = archive.import_paths([path])
    assert not result.failed, result.failed
    body = archive.report(result.imported[0].id).body
    assert "tổng kết phong trào thi đua yêu nước" in body     # the text layer, exactly as typed
    assert "chi bo khu pho" in _fold(body)                    # the scanned page, recognised
    assert body.index("tổng kết") < _fold(body).index("chi bo khu pho")


def _fold(text):
    from archive_app.core.vietnamese import fold
    return fold(text)


def test_images_multipage_tiff_and_a_broken_image_in_one_batch(archive, tmp_path, short_page, report_pages):
    second = samples.rasterise(samples.text_pdf("Trang hai: kiểm tra công tác phòng cháy chữa cháy.", 105, 148), 200)[0]
    files = {
        "quet.tiff": samples.tiff([short_page, second]),
        "anh.jpg": samples.save(samples.roughen(short_page, seed=7), "JPEG", quality=80),
        "trong-suot.png": _alpha_png_without_dpi(second),
        "hong.png": samples.save(short_page, "PNG")[:600],          # cut off in the middle
        "ghi-chu.txt": "Biên bản họp tổ dân phố số 4 về vệ sinh môi trường.".encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = archive.import_paths([tmp_path / n for n in files])
    by_name = {os.path.basename(i.path): i for i in result.items}
    assert [n for n, i in by_name.items() if i.status == "failed"] == ["hong.png"]
    assert "Ảnh bị hỏng" in by_name["hong.png"].error_vi and "image is damaged" in by_name["hong.png"].error_en

    tiff = archive.report(by_name["quet.tiff"].id)
    assert tiff.source_format == "tiff" and tiff.ocr is not None
    assert "chi bo khu pho 3" in _fold(tiff.title + " " + tiff.body)
    assert "phong chay chua chay" in _fold(tiff.body)       # the second frame of the TIFF
    jpeg = archive.report(by_name["anh.jpg"].id)
    assert jpeg.source_format == "jpeg" and "ve sinh moi truong" in _fold(jpeg.body)
    png = archive.report(by_name["trong-suot.png"].id)     # alpha channel, no resolution recorded
    assert png.source_format == "png" and "phong chay chua chay" in _fold(png.body)
    assert archive.report(by_name["ghi-chu.txt"].id).ocr is None
    for name in ("quet.tiff", "anh.jpg", "trong-suot.png"):
        assert archive.original(by_name[name].id) == files[name]


def _alpha_png_without_dpi(image) -> bytes:
    rgba = image.convert("RGBA")
    rgba.putalpha(image.convert("L").point(lambda v: 255 - v))     # ink opaque, paper transparent
    buffer = io.BytesIO()
    rgba.save(buffer, "PNG")
    return buffer.getvalue()


def _nothing_stored(archive):
    with sqlite3.connect(archive.paths.database) as db:
        assert db.execute("SELECT count(*) FROM report").fetchone()[0] == 1      # only the text file
        assert db.execute("SELECT count(*) FROM original").fetchone()[0] == 1
    assert len(_stored_files(archive)) == 1


def test_page_time_limit_fails_the_scan_alone(archive, tmp_path, short_page, monkeypatch):
    monkeypatch.setattr(pipeline, "OCR_SETTINGS", pipeline.OcrSettings(page_timeout=0.3))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    (tmp_path / "a.png").write_bytes(samples.save(short_page, "PNG"))
    (tmp_path / "b.txt").write_text("Biên bản họp chi bộ về công tác phát triển đảng viên mới.", encoding="utf-8")
    result = archive.import_paths([tmp_path / "a.png", tmp_path / "b.txt"])
    assert [os.path.basename(i.path) for i in result.imported] == ["b.txt"]
    failed = result.failed[0]
    assert "quá lâu" in failed.error_vi and "took too long" in failed.error_en
    _nothing_stored(archive)
    assert not list(tmp_path.glob("archive-app-ocr-*"))     # OCR's work folder is gone


def test_cancel_during_ocr_fails_the_file_and_stops_the_import(archive, tmp_path, short_page, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    (tmp_path / "a.txt").write_text("Biên bản họp tổ hòa giải ở cơ sở quý II.", encoding="utf-8")
    (tmp_path / "b.png").write_bytes(samples.save(short_page, "PNG"))
    (tmp_path / "c.txt").write_text("Biên bản họp hội cựu chiến binh phường.", encoding="utf-8")
    started = []
    result = archive.import_paths([tmp_path / n for n in ("a.txt", "b.png", "c.txt")],
                                  on_page=lambda *args: started.append(args), cancel=lambda: bool(started))
    assert result.cancelled
    assert [os.path.basename(i.path) for i in result.imported] == ["a.txt"]
    assert "huỷ" in result.failed[0].error_vi and result.failed[0].path.endswith("b.png")
    _nothing_stored(archive)
    assert not list(tmp_path.glob("archive-app-ocr-*"))


def test_without_tesseract_a_scan_is_refused_with_what_to_install(tmp_path, short_page, monkeypatch):
    tools = tmp_path / "bin"                    # a PATH with OCRmyPDF and Ghostscript but no Tesseract
    tools.mkdir()
    for name in ("ocrmypdf", "gs"):
        os.symlink(shutil.which(name), tools / name)
    monkeypatch.setenv("PATH", str(tools))
    with pytest.raises(MissingTool) as missing:
        find_tools()
    assert "tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng" in missing.value.vi
    assert "ocrmypdf" not in missing.value.en.split("Install:")[1]

    (tmp_path / "scan.png").write_bytes(samples.save(short_page, "PNG"))
    (tmp_path / "note.txt").write_text("Biên bản họp ban điều hành khu phố 2.", encoding="utf-8")
    with Archive(tmp_path / "data") as archive:
        result = archive.import_paths([tmp_path / "scan.png", tmp_path / "note.txt"])
    assert len(result.imported) == 1 and result.imported[0].path.endswith("note.txt")
    assert "sudo apt install tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng" in result.failed[0].error_en

    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(MissingTool) as nothing:
        find_tools()
    assert "Install: ocrmypdf tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng ghostscript" in nothing.value.en


def test_scans_need_ocr_when_read_without_it(short_page):
    with pytest.raises(NeedsOCR):
        extract_bytes(samples.save(short_page, "PNG"), "a.png")
    with pytest.raises(NeedsOCR):
        extract_bytes(samples.image_pdf([short_page]), "a.pdf")


def test_sidecar_pages_with_skipped_runs():
    text = "[OCR skipped on page(s) 1-2]\fTrang ba\n\f[OCR skipped on page(s) 4]\fTrang năm"
    assert split_sidecar(text) == (None, None, "Trang ba\n", None, "Trang năm")
    assert split_sidecar("Một trang") == ("Một trang",)


def test_original_command_writes_any_report_byte_for_byte(tmp_path, capsys):
    data = tmp_path / "data"
    source = tmp_path / "họp.txt"
    source.write_bytes("Biên bản họp chi bộ\r\nngày 01/02/2023 về công tác cán bộ.\r\n".encode("utf-16"))
    assert _cli(data, "import", str(source)) == 0
    out = tmp_path / "ra" / "copy.txt"
    out.parent.mkdir()
    assert _cli(data, "original", "1", "--out", str(out)) == 0
    assert out.read_bytes() == source.read_bytes()
    capsys.readouterr()
    assert _cli(data, "original", "1", "--out", str(data / "originals" / "x.txt")) == 2
    assert "thư mục dữ liệu" in capsys.readouterr().err
    assert not (data / "originals" / "x.txt").exists()
    assert _cli(data, "original", "99", "--out", str(out)) == 1
    assert _cli(data, "original", "1", "--searchable", "--out", str(tmp_path / "s.pdf")) == 1  # not a scan
    with Archive(data) as archive:                             # a damaged store never yields a wrong copy
        stored = archive.originals.path_for(archive.report(1).original_sha256)
    stored.write_bytes(b"bit rot")
    assert _cli(data, "original", "1", "--out", str(tmp_path / "bad.txt")) == 1
    assert not (tmp_path / "bad.txt").exists()


def test_scan_with_a_stamped_page_number_is_still_recognised(archive, tmp_path, short_page):
    """A few characters of text (a page number a copier stamped) do not make a scan a text PDF."""
    from fpdf import FPDF

    pdf = FPDF(format=(105, 148))
    pdf.add_page()
    pdf.image(io.BytesIO(samples.save(short_page, "PNG")), x=0, y=0, w=105, h=148)
    pdf.set_font("Helvetica", size=8)
    pdf.text(50, 145, "1")
    path = tmp_path / "stamped.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(NeedsOCR):
        extract_bytes(path.read_bytes(), path.name)
    result = archive.import_paths([path])
    assert not result.failed, result.failed
    assert "ve sinh moi truong" in _fold(archive.report(result.imported[0].id).body)


def test_scans_only_filter_in_search_and_browse(archive, write_jsonl):
    """The "Bản quét" filter keeps the reports read by OCR, with or without a query, and counts them."""
    from archive_app.core.models import Filters
    from shared_paths import report_row

    rows = [report_row(f"Giao ban dân vận số {n}", "Hội nghị giao ban công tác dân vận.") for n in range(4)]
    archive.import_paths([write_jsonl(rows)])
    with sqlite3.connect(archive.paths.database) as db:         # as an OCR import records them
        db.execute("UPDATE report SET ocr_engine = 'Tesseract 5.3.0', ocr_languages = 'vie+eng', "
                   "ocr_confidence = 91.5 WHERE id IN (2, 4)")
    scans = Filters(scanned=True)
    assert Filters(scanned=True).any() and not Filters().any()
    for query in ("giao ban", ""):
        found = archive.search(query, scans, limit=1)
        assert found.total == 2 and len(found.hits) == 1 and found.hits[0].summary.scanned
        assert sorted(archive.browse(query, scans).ids) == [2, 4]
    assert archive.search("giao ban").total == 4
    assert archive.report(2).ocr.confidence == 91.5 and archive.report(1).ocr is None


def test_emptying_the_trash_removes_a_scans_searchable_pdf(archive, tmp_path):
    (tmp_path / "a.txt").write_text("Biên bản họp tổ dân phố 1 về trật tự đô thị.", encoding="utf-8")
    rid = archive.import_paths([tmp_path / "a.txt"]).imported[0].id
    derivative = archive.originals.put(b"%PDF-1.4 searchable copy of a scan")
    with sqlite3.connect(archive.paths.database) as db:         # as an OCR import records it
        db.execute("INSERT INTO original (sha256, size, stored_at) VALUES (?, 34, '2024-01-01')", (derivative,))
        db.execute("UPDATE report SET ocr_engine = 'Tesseract', ocr_pdf_sha256 = ? WHERE id = ?", (derivative, rid))
    archive.trash.move([rid])
    assert archive.trash.empty().reports == {rid}
    assert not archive.originals.path_for(derivative).exists() and _stored_files(archive) == []
    with sqlite3.connect(archive.paths.database) as db:
        assert db.execute("SELECT count(*) FROM original").fetchone()[0] == 0


def test_image_resolution_is_believed_only_when_a_scanner_could_have_written_it():
    """A phone photo says 72 dpi: taken as an A4 page instead, not a poster of 55 inches."""
    from types import SimpleNamespace

    from archive_app.core.extract.ocr_runner import credible_dpi

    def frame(dpi, size=(2480, 3508)):
        return SimpleNamespace(info={"dpi": dpi} if dpi else {}, size=size)
    assert credible_dpi(frame((300, 300))) == 300
    assert credible_dpi(frame((200.0, 200.0))) == 200
    assert credible_dpi(frame((72, 72), size=(3000, 4000))) == 342        # 4000 px over A4's 11.69 in
    assert credible_dpi(frame(None)) == 300
    assert credible_dpi(frame(None, size=(400, 500))) == 70


def test_skipping_a_scan_fails_it_alone_and_the_import_goes_on(archive, tmp_path, short_page, monkeypatch):
    import threading

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    (tmp_path / "a.png").write_bytes(samples.save(short_page, "PNG"))
    (tmp_path / "b.txt").write_text("Biên bản họp ban công tác Mặt trận khu dân cư số 5.", encoding="utf-8")
    skip = threading.Event()
    result = archive.import_paths([tmp_path / "a.png", tmp_path / "b.txt"], skip=skip,
                                  on_page=lambda *args: skip.set())
    assert not result.cancelled
    assert [os.path.basename(i.path) for i in result.imported] == ["b.txt"]
    assert result.failed[0].path.endswith("a.png") and "huỷ" in result.failed[0].error_vi
    _nothing_stored(archive)
