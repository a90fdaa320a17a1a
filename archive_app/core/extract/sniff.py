"""Tell a file's format from its content (magic bytes, ZIP directory), the name only as a tie-break."""
from __future__ import annotations

import re
from pathlib import PurePath

from archive_app.core.errors import NeedsOCR, UnreadableFile, UnsupportedFormat

from .limits import SafeZip

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIMETYPES = (b"application/vnd.oasis.opendocument.text", )
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_OTHER_BINARY = {b"7z\xbc\xaf": "7z", b"Rar!": "RAR", b"\x1f\x8b": "gzip", b"BZh": "bzip2",
                 b"\x7fELF": "ELF", b"MZ": "EXE"}
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(p|div|span|br|table|tr|td|h[1-6]|a|li|ul|ol|strong|em|b|i|font|img|body)\b[^>]*>",
                       re.IGNORECASE)

SUPPORTED = "TXT, MD, HTML, DOCX, ODT, PDF, DOC, RTF"


def extension(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".")


def unsupported(what_vi: str, what_en: str) -> UnsupportedFormat:
    return UnsupportedFormat(
        f"Định dạng không được hỗ trợ: {what_vi}. Các định dạng nhập được: {SUPPORTED}",
        f"Unsupported format: {what_en}. Formats that can be imported: {SUPPORTED}",
    )


def sniff(data: bytes, name: str) -> str:
    """Return "pdf", "docx", "odt", "rtf", "doc" or "text" (txt/md/html are told apart after decoding)."""
    head = data[:1024]
    ext = extension(name)
    if head.startswith(b"%PDF") or (b"%PDF-" in head and b"%%EOF" in data[-2048:]):
        return "pdf"                     # some mailers put junk before the header
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, ext)
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data.startswith(OLE2_MAGIC):
        return _ole_kind(data, ext)
    if data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        raise NeedsOCR(
            "Tệp là ảnh (bản quét) — cần nhận dạng ký tự (OCR) trước khi nhập",
            "The file is an image (a scan): it needs OCR before import",
        )
    for magic, what in _OTHER_BINARY.items():
        if data.startswith(magic):
            raise unsupported(f"tệp {what}", f"a {what} file")
    return "text"


def _zip_kind(data: bytes, ext: str) -> str:
    try:
        archive = SafeZip(data, ext.upper() or "ZIP")
    except UnreadableFile:
        if ext in ("docx", "odt"):
            return ext                   # a damaged DOCX/ODT: its reader says so in its own words
        raise
    names = archive.names()
    if "word/document.xml" in names or _has_main_word_part(names):
        return "docx"
    mimetype = archive.read("mimetype", missing_ok=True) if "mimetype" in names else None
    if mimetype and mimetype.strip().startswith(ODT_MIMETYPES):
        return "odt"
    if "content.xml" in names and ext in ("odt", "ott"):
        return "odt"
    if any(n.startswith("xl/") for n in names) or (mimetype or b"").find(b"spreadsheet") >= 0:
        raise unsupported("bảng tính", "a spreadsheet")
    if any(n.startswith("ppt/") for n in names) or (mimetype or b"").find(b"presentation") >= 0:
        raise unsupported("bản trình chiếu", "a presentation")
    raise unsupported("tệp nén ZIP", "a ZIP archive")


def _has_main_word_part(names: set[str]) -> bool:
    return any(n.startswith("word/") and n.endswith(".xml") and "document" in n for n in names)


def _ole_kind(data: bytes, ext: str) -> str:
    """OLE2 holds .doc, .xls, .ppt and password-protected OOXML; only Word is accepted."""
    if "WordDocument".encode("utf-16-le") in data or ext in ("doc", "dot"):
        return "doc"
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise UnreadableFile("Tệp được bảo vệ bằng mật khẩu, không đọc được",
                             "The file is password-protected and cannot be read")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        raise unsupported("bảng tính Excel cũ (.xls)", "an old Excel workbook (.xls)")
    raise unsupported("tệp Office cũ (OLE2)", "an old Office (OLE2) file")


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    if _HTML_START.match(head.encode("utf-8", errors="ignore")):
        return True
    tags = len(_HTML_TAG.findall(text[:65536]))
    return tags >= 8 and tags * 400 >= min(len(text), 65536)
