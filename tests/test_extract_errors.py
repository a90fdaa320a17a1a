"""Bad input always ends in a KnownError with a Vietnamese and an English message; sniffing; limits."""
from __future__ import annotations

import io
import random
import stat
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_app.core.errors import (
    EmptyDocument,
    FileTooLarge,
    KnownError,
    MissingTool,
    NeedsOCR,
    UnreadableFile,
    UnsupportedFormat,
)
from archive_app.core.extract import extract_bytes, extract_file, limits, office_reader

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"     # Debian/Ubuntu: fonts-dejavu-core

REPORT = ["Biên bản họp chi bộ tháng 10 năm 2021.", "Đồng chí Nguyễn Tiến Sữ chủ trì cuộc họp.",
          "Chi bộ thống nhất triển khai các nhiệm vụ trọng tâm quý IV."]


def assert_known(error: KnownError, *words: str) -> None:
    """Both messages are there, differ (really translated) and mention what they should."""
    assert error.vi and error.en and error.vi != error.en
    assert all(word.lower() in (error.vi + " " + error.en).lower() for word in words)


def make_docx(paragraphs=REPORT) -> bytes:
    import docx
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(text: str | None) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    if text:
        pdf.add_font("DejaVu", "", FONT)
        pdf.set_font("DejaVu", size=12)
        pdf.multi_cell(0, 6, text)
    else:                                 # a "scan": only graphics, no text layer
        pdf.set_fill_color(90, 90, 90)
        for row in range(20):
            pdf.rect(20, 20 + row * 12, 170, 6, style="F")
    return bytes(pdf.output())


# ------------------------------------------------------------------ broken inputs
def test_empty_file(tmp_path):
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocument) as caught:
        extract_file(path)
    assert_known(caught.value, "rỗng", "empty")
    with pytest.raises(EmptyDocument):
        extract_bytes(b" \r\n\t \n", "khoang-trang.txt")


def test_random_bytes_named_txt():
    data = random.Random(7).randbytes(8192)
    with pytest.raises(UnreadableFile) as caught:
        extract_bytes(data, "ghi-chu.txt")
    assert_known(caught.value, "văn bản", "text")


def test_truncated_docx():
    data = make_docx()
    with pytest.raises(UnreadableFile) as caught:
        extract_bytes(data[: len(data) // 2], "bao-cao.docx")
    assert_known(caught.value, "DOCX", "damaged")


def test_docx_with_corrupted_member():
    data = bytearray(make_docx())
    start = data.find(b"word/document.xml") + 40      # inside the compressed document part
    data[start:start + 64] = bytes(64)
    with pytest.raises(KnownError) as caught:
        extract_bytes(bytes(data), "bao-cao.docx")
    assert_known(caught.value)


def zip_bomb(member: str, size: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open(member, "w", force_zip64=True) as stream:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                stream.write(chunk)
    return out.getvalue()


class PeakMemory:
    """Peak Python memory allocated inside the block."""

    def __enter__(self):
        tracemalloc.start()
        return self

    def __exit__(self, *exc_info):
        self.value = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def test_zip_bomb_renamed_docx_is_refused_before_inflating():
    bomb = zip_bomb("word/document.xml", 256 * 1024 * 1024)
    assert len(bomb) < 2 * 1024 * 1024
    with PeakMemory() as peak:
        started = time.monotonic()
        with pytest.raises(FileTooLarge) as caught:
            extract_bytes(bomb, "bao-cao.docx")
    assert time.monotonic() - started < 2
    assert peak.value < 20 * 1024 * 1024          # nothing was inflated
    assert_known(caught.value, "bom", "zip bomb")


def test_small_zip_bomb_is_caught_by_its_compression_ratio():
    bomb = zip_bomb("content.xml", 40 * 1024 * 1024)
    with pytest.raises(FileTooLarge) as caught:
        extract_bytes(bomb, "bien-ban.odt")
    assert_known(caught.value, "1")


def test_pdf_without_text_layer_needs_ocr():
    with pytest.raises(NeedsOCR) as caught:
        extract_bytes(make_pdf(None), "ban-quet.pdf")
    assert caught.value.vi.startswith("Tệp PDF không có lớp văn bản")
    assert caught.value.en.startswith("The PDF has no text layer")


def test_image_needs_ocr():
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    with pytest.raises(NeedsOCR) as caught:
        extract_bytes(png, "ban-chup.jpg")
    assert_known(caught.value, "OCR")


def test_encrypted_pdf():
    import pypdf
    reader = pypdf.PdfReader(io.BytesIO(make_pdf("Tài liệu mật của chi bộ.")))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(UnreadableFile) as caught:
        extract_bytes(out.getvalue(), "mat.pdf")
    assert_known(caught.value, "mật khẩu", "password")


def test_pdf_with_owner_password_only_is_read():
    import pypdf
    reader = pypdf.PdfReader(io.BytesIO(make_pdf("Tài liệu công khai của chi bộ.")))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="chu-so-huu")
    out = io.BytesIO()
    writer.write(out)
    assert extract_bytes(out.getvalue(), "cong-khai.pdf").text == "Tài liệu công khai của chi bộ."


@pytest.mark.parametrize("data", [b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", b"%PDF-1.4\n" + bytes(300)])
def test_damaged_pdf(data):
    with pytest.raises(KnownError) as caught:
        extract_bytes(data, "hong.pdf")
    assert_known(caught.value)


def test_billion_laughs_in_docx_is_not_expanded():
    laughs = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahahaha">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
              + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:body><w:p><w:r><w:t>Mở đầu &j; kết thúc</w:t></w:r></w:p></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", laughs)
    started = time.monotonic()
    try:
        text = extract_bytes(out.getvalue(), "cuoi.docx").text
        assert "haha" not in text
    except KnownError as error:
        assert_known(error)
    assert time.monotonic() - started < 2


def test_file_larger_than_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "khong-lo.txt"
    with open(path, "wb") as handle:                  # sparse: no disk or memory used
        handle.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(FileTooLarge) as caught:
        extract_file(path)
    assert_known(caught.value, "MB")


def test_folder_given_as_file(tmp_path):
    with pytest.raises(UnreadableFile) as caught:
        extract_file(tmp_path)
    assert_known(caught.value)


def test_missing_path(tmp_path):
    with pytest.raises(UnreadableFile) as caught:
        extract_file(tmp_path / "khong-co.txt")
    assert_known(caught.value)


@pytest.mark.parametrize("data, name, kind", [
    (b"7z\xbc\xaf\x27\x1c" + bytes(40), "a.doc", "7z"),
    (b"PK\x05\x06" + bytes(18), "a.docx", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + bytes(100), "bang.xls", "Excel"),
])
def test_unsupported_formats(data, name, kind):
    with pytest.raises(UnsupportedFormat) as caught:
        extract_bytes(data, name)
    assert_known(caught.value, kind, "DOCX")


def test_spreadsheet_zip_is_unsupported():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormat) as caught:
        extract_bytes(out.getvalue(), "so-lieu.xlsx")
    assert_known(caught.value, "bảng tính", "spreadsheet")


# ------------------------------------------------------------------ sniffing
def test_docx_named_txt_is_read_as_docx():
    result = extract_bytes(make_docx(), "nham-duoi.txt")
    assert (result.format, result.text.split("\n\n")) == ("docx", REPORT)


def test_pdf_named_docx_and_text_named_pdf():
    assert extract_bytes(make_pdf("Nội dung thật là PDF."), "x.docx").format == "pdf"
    result = extract_bytes("Chỉ là văn bản thường.".encode("utf-8"), "x.pdf")
    assert (result.format, result.text) == ("txt", "Chỉ là văn bản thường.")


# ------------------------------------------------------------------ LibreOffice (.doc, .rtf)
OLE2_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + "WordDocument".encode("utf-16-le") + bytes(400)


@pytest.fixture
def no_libreoffice(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("ARCHIVE_APP_SOFFICE", raising=False)
    monkeypatch.setattr(office_reader, "_KNOWN_LOCATIONS", ())


def test_doc_without_libreoffice(no_libreoffice):
    with pytest.raises(MissingTool) as caught:
        extract_bytes(OLE2_DOC, "bien-ban.doc")
    assert_known(caught.value, "LibreOffice")
    assert "Word 97" in caught.value.vi


def test_rtf_without_libreoffice(no_libreoffice):
    with pytest.raises(MissingTool) as caught:
        extract_bytes(b"{\\rtf1\\ansi Bien ban}", "bien-ban.txt")
    assert_known(caught.value, "LibreOffice", "RTF")


FAKE_SOFFICE = """#!/bin/sh
# Stands in for LibreOffice: writes the converted text where --outdir says.
PATH=/usr/bin:/bin
while [ $# -gt 1 ]; do
  if [ "$1" = "--outdir" ]; then out="$2"; fi
  shift
done
{delay}
mkdir -p "$out"
printf '\\357\\273\\277Bi\\303\\252n b\\341\\272\\243n h\\341\\273\\215p\\r\\n' > "$out/input.txt"
printf '\\r\\nD\\303\\262ng hai\\r\\n' >> "$out/input.txt"
"""


def fake_soffice(tmp_path: Path, delay: str = "") -> Path:
    program = tmp_path / "bin" / "soffice"
    program.parent.mkdir()
    program.write_text(FAKE_SOFFICE.replace("{delay}", delay))
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return program


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")
def test_doc_through_libreoffice_command_line(no_libreoffice, monkeypatch, tmp_path):
    monkeypatch.setenv("ARCHIVE_APP_SOFFICE", str(fake_soffice(tmp_path)))
    result = extract_bytes(OLE2_DOC, "bien-ban.doc")
    assert (result.format, result.text) == ("doc", "Biên bản họp\n\nDòng hai")
    assert result.meta["converted_by"] == "libreoffice"


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")
def test_libreoffice_timeout(no_libreoffice, monkeypatch, tmp_path):
    monkeypatch.setenv("ARCHIVE_APP_SOFFICE", str(fake_soffice(tmp_path, delay="sleep 30")))
    monkeypatch.setattr(office_reader, "TIMEOUT_SECONDS", 1)
    monkeypatch.setattr(office_reader.read_with_libreoffice, "__defaults__", (1,))
    started = time.monotonic()
    with pytest.raises(UnreadableFile) as caught:
        extract_bytes(b"{\\rtf1 x}", "a.rtf")
    assert time.monotonic() - started < 10
    assert_known(caught.value, "LibreOffice")


def test_real_libreoffice_or_its_absence(tmp_path):
    rtf = (b"{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 "
           b"Bi\\u234?n b\\u7843?n h\\u7885?p chi b\\u7897?\\par "
           b"Ng\\u432?\\u7901?i ch\\u7911? tr\\u236?\\par}")
    if office_reader.find_soffice() is None:
        with pytest.raises(MissingTool) as caught:
            extract_bytes(rtf, "a.rtf")
        assert_known(caught.value, "LibreOffice")
    else:
        assert extract_bytes(rtf, "a.rtf").text == "Biên bản họp chi bộ\n\nNgười chủ trì"


# ------------------------------------------------------------------ fuzzing
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.odt", "a.pdf", "a.doc", "a.rtf", "a",
                         "a.bin"])


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), name=NAMES)
def test_random_bytes_only_ever_raise_known_errors(data, name, no_libreoffice):
    try:
        result = extract_bytes(data, name)
    except KnownError as error:
        assert error.vi and error.en
    else:
        assert result.text and result.text == result.text.strip()


SEEDS = {"docx": make_docx(), "pdf": make_pdf("\n".join(REPORT)),
         "html": "<html><body><p>Biên bản</p><p>Họp chi bộ</p></body></html>".encode("utf-8")}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(SEEDS)),
       cuts=st.lists(st.tuples(st.integers(0, 10**6), st.binary(max_size=8)), min_size=1, max_size=6))
def test_corrupted_documents_only_ever_raise_known_errors(kind, cuts):
    data = bytearray(SEEDS[kind])
    for position, replacement in cuts:
        position %= len(data)
        data[position:position + len(replacement)] = replacement
    try:
        extract_bytes(bytes(data), f"x.{kind}")
    except KnownError as error:
        assert error.vi and error.en
