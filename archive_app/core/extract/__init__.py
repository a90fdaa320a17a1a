"""Read any file an archivist has into plain text plus hints (title, date, encoding, metadata).

The format is told by content (``sniff``), not by the name alone. Every failure on bad input is a
``KnownError`` with a Vietnamese and an English message; the text follows ``cleanup`` conventions.

``text`` is the visible content. A title the container states is in ``title``; the visible heading of
an HTML article (its <h1>) is also the first paragraph of ``text``, while a front-matter or
document-property title is not in ``text``. ``encoding`` is "utf-8", "utf-16", "utf-32", "cp1258",
"tcvn3", "vni", "viqr", "cp1252" or a codec name charset-normalizer chose; None for containers.

Scans (images, PDFs whose pages are only images) need OCR: without an ``OcrRequest`` they raise
``NeedsOCR``; with one they are recognised (``scanned``) and ``ocr``/``searchable_pdf`` are set.
"""
from __future__ import annotations

import datetime
import logging
import pathlib
import re
from dataclasses import dataclass, field

from archive_app.core.errors import EmptyDocument, KnownError, NeedsOCR, UnreadableFile
from archive_app.core.vietnamese import normalize

from .cleanup import finish_text
from .limits import MAX_TEXT_FILE_BYTES, check_file_size, check_text_length
from .ocr import OcrInfo
from .scanned import OcrRequest, read_scan
from .sniff import sniff

__all__ = ["Extracted", "OcrRequest", "extract_file", "extract_bytes", "FORMATS"]

FORMATS = ("txt", "md", "html", "docx", "odt", "pdf", "doc", "rtf", "png", "jpeg", "tiff", "gif", "bmp", "webp")
_log = logging.getLogger(__name__)
_PROGRAM_PREFIX = re.compile(r"^(Microsoft (Office )?Word|LibreOffice Writer)\s*-\s*", re.I)
_DOCUMENT_SUFFIX = re.compile(r"\.(docx?|odt|rtf|pdf)$", re.I)


@dataclass(frozen=True)
class Extracted:
    text: str                       # paragraphs separated by "\n\n", lines by "\n"; normalized
    format: str                     # one of FORMATS
    title: str | None = None        # a title the container states, else None
    date: datetime.date | None = None   # a date the container states (a fallback hint only)
    encoding: str | None = None     # text formats: the detected encoding
    meta: dict = field(default_factory=dict)    # other hints, JSON-serialisable
    ocr: OcrInfo | None = None      # set when the text was recognised from a scan
    searchable_pdf: bytes | None = field(default=None, repr=False)   # the scan with its text layer


def extract_file(path: pathlib.Path, data: bytes | None = None, ocr: OcrRequest | None = None) -> Extracted:
    """Read the file at ``path`` (or the bytes already read from it); scans only with ``ocr``."""
    path = pathlib.Path(path)
    if data is None:
        try:
            check_file_size(path.stat().st_size)
            data = path.read_bytes()
        except OSError as error:
            reason = error.strerror or str(error)
            raise UnreadableFile(f"Không đọc được tệp: {reason}",
                                 f"The file cannot be read: {reason}") from None
    return extract_bytes(data, path.name, ocr)


def extract_bytes(data: bytes, name: str, ocr: OcrRequest | None = None) -> Extracted:
    """Read a document from its bytes; ``name`` (a file name) only breaks ties between text formats."""
    check_file_size(len(data))
    data = bytes(data)
    if not data.strip():
        raise EmptyDocument("Tệp rỗng, không có nội dung", "The file is empty")
    try:
        fields = _read_or_recognise(data, name or "", ocr)
        check_text_length(len(fields["raw"]))       # before the work that grows with it
        text = finish_text(fields["raw"])
        if not text.strip() and fields.get("ocr"):
            raise EmptyDocument("Không nhận dạng được chữ nào trong bản quét",
                                "No text could be recognised in the scan")
        return Extracted(text=text, format=fields["format"], title=_clean_title(fields.get("title")),
                         date=fields.get("date"),
                         encoding=fields.get("encoding"), meta=dict(fields.get("meta") or {}),
                         ocr=fields.get("ocr"), searchable_pdf=fields.get("searchable_pdf"))
    except KnownError:
        raise
    except RecursionError:
        raise UnreadableFile("Tệp có cấu trúc lồng nhau quá sâu, không đọc được",
                             "The file is nested too deeply to be read") from None
    except MemoryError:
        raise UnreadableFile("Không đủ bộ nhớ để đọc tệp này",
                             "Not enough memory to read this file") from None
    except Exception as error:  # a reader met input it did not expect: report it, never crash
        _log.warning("unexpected error while reading %r", name, exc_info=True)
        raise UnreadableFile(f"Không đọc được tệp ({type(error).__name__})",
                             f"The file cannot be read ({type(error).__name__})") from error


def _clean_title(title: object) -> str | None:
    """Normalized title; "Microsoft Word - bao cao.doc" style titles lose their program prefix."""
    if not isinstance(title, str):
        return None
    title = _PROGRAM_PREFIX.sub("", " ".join(title.split()))
    title = _DOCUMENT_SUFFIX.sub("", title).strip()
    return normalize(title) if any(ch.isalpha() for ch in title) else None


def _read_or_recognise(data: bytes, name: str, ocr: OcrRequest | None) -> dict:
    """``_read``; a scan (or a PDF with some image-only pages) goes through OCR when ``ocr`` is given."""
    try:
        fields = _read(data, name)
    except NeedsOCR:
        if ocr is None:
            raise
        return read_scan(data, ocr)
    if ocr is not None and fields.get("meta", {}).get("scanned_pages"):
        return read_scan(data, ocr, keep_text_pages=True)
    return fields


def _read(data: bytes, name: str) -> dict:
    kind = sniff(data, name)
    if kind == "pdf":
        from .pdf_reader import read_pdf
        return read_pdf(data)
    if kind == "docx":
        from .docx_reader import read_docx
        return read_docx(data)
    if kind == "odt":
        from .odt_reader import read_odt
        return read_odt(data)
    if kind in ("doc", "rtf"):
        from .office_reader import read_with_libreoffice
        return read_with_libreoffice(data, kind)
    from .text_reader import read_text_file
    if len(data) > MAX_TEXT_FILE_BYTES:             # not even decoded: it cannot fit one report
        check_text_length(len(data) // 4 + 1)
    return read_text_file(data, name)
