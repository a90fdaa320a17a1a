"""PDF with a text layer (pypdf): layout lines joined back into paragraphs.

pypdf gives the text line by line; the vertical position of each line (from its text visitor)
tells where a paragraph ends: a gap clearly larger than the usual line spacing, a first-line
indent, or a short line ending a sentence. Lines inside a paragraph are joined with a space.
"""
from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass

from archive_app.core.errors import EmptyDocument, FileTooLarge, NeedsOCR, UnreadableFile

from .dates import parse_date
from .limits import check_pages, check_text_length
from .syllables import is_syllable

_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:trang\s+|page\s+)?\d{1,4}(?:\s*(?:/|của|of)\s*\d{1,4})?(?:\s*-)?\s*$", re.IGNORECASE)
_SENTENCE_END = tuple(".:;!?…\"”)»")
_ASCII_WORD_END = re.compile(r"\b([a-z]{2,})-$")
_ASCII_WORD_START = re.compile(r"^([a-z]{2,})\b")


@dataclass
class _Line:
    text: str
    x: float | None = None
    y: float | None = None
    size: float = 10.0


def read_pdf(data: bytes) -> dict:
    """Text, title and date of a PDF; ``meta["scanned_pages"]`` lists the pages (from 0) that are
    only an image — a PDF whose pages are all like that raises NeedsOCR."""
    pages, info, scanned = _load(data)
    if not pages:
        raise EmptyDocument("Tệp PDF không có trang nào", "The PDF has no pages")
    if sum(_text_length(lines) for lines in pages) < 10:
        raise NeedsOCR(
            "Tệp PDF không có lớp văn bản (bản quét) — cần nhận dạng ký tự (OCR) trước khi nhập",
            "The PDF has no text layer (a scan): it needs OCR before import",
        )
    return {"format": "pdf", "raw": _paragraphs(pages), "title": _info_value(info, "title"),
            "date": parse_date(_pdf_date(_info_value(info, "creation_date_raw"))),
            "meta": {"pages": len(pages), **({"scanned_pages": scanned} if scanned else {})}, "encoding": None}


def read_pdf_with_ocr(data: bytes, recognised: tuple[str | None, ...]) -> dict:
    """``read_pdf`` where ``recognised`` (OCR text per page; None: the page's own text layer) fills
    the pages that were only an image. Each page is read on its own, in page order."""
    pages, info, _ = _load(data)
    texts = []
    for number, lines in enumerate(pages):
        ocr_text = recognised[number] if number < len(recognised) else None
        texts.append(ocr_paragraphs(ocr_text) if ocr_text is not None else _paragraphs([lines]))
    return {"format": "pdf", "raw": "\n\n".join(t for t in texts if t.strip()), "title": _info_value(info, "title"),
            "date": parse_date(_pdf_date(_info_value(info, "creation_date_raw"))),
            "meta": {"pages": len(pages)}, "encoding": None}


def ocr_paragraphs(text: str) -> str:
    """Tesseract's text of one page (lines, blank lines between paragraphs) → our paragraphs: the lines
    of a paragraph are soft wraps, joined as in a PDF text layer."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.splitlines() if line.strip()]
        if lines:
            paragraphs.append(_join_lines(lines))
    return "\n\n".join(paragraphs)


def _load(data: bytes) -> tuple[list[list[_Line]], object, list[int]]:
    """Every page's lines, the document info, and the pages with no text but an image."""
    import pypdf
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        _decrypt(reader)
        check_pages(len(reader.pages))
        pages, chars = [], 0
        for page in reader.pages:          # stops as soon as the text is longer than one report may be
            pages.append(_page_lines(page))
            chars += sum(len(line.text) for line in pages[-1])
            check_text_length(chars)
        scanned = [n for n, (page, lines) in enumerate(zip(reader.pages, pages))
                   if _text_length(lines) < 10 and _has_image(page)]
        info = reader.metadata
    except (NeedsOCR, UnreadableFile, FileTooLarge):
        raise
    except Exception as error:  # pypdf raises many types for damaged files
        raise UnreadableFile(f"Tệp PDF bị hỏng, không đọc được ({type(error).__name__})",
                             f"The PDF file is damaged and cannot be read ({type(error).__name__})") from None
    return pages, info, scanned


def _text_length(lines: list[_Line]) -> int:
    return sum(len(line.text.strip()) for line in lines)


def _has_image(page, depth: int = 0) -> bool:
    """An image drawn on the page (directly or inside a form XObject, two levels deep at most)."""
    try:
        objects = page["/Resources"].get_object().get("/XObject")
        objects = objects.get_object() if objects is not None else {}
        for ref in objects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                return True
            if obj.get("/Subtype") == "/Form" and depth < 2 and _has_image(obj, depth + 1):
                return True
    except (KeyError, AttributeError, TypeError):
        return False
    return False


def _decrypt(reader) -> None:
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except Exception:
        opened = 0
    if not opened:
        raise UnreadableFile("Tệp PDF được bảo vệ bằng mật khẩu, không đọc được",
                             "The PDF is password-protected and cannot be read")


def _info_value(info, attribute: str) -> str | None:
    try:
        value = getattr(info, attribute, None) if info is not None else None
    except Exception:
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _pdf_date(value: str | None) -> str | None:
    """PDF dates look like D:20211014083000+07'00'; keep the calendar date."""
    match = re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", value or "")
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


def _page_lines(page) -> list[_Line]:
    """The page's text lines with the position of the first text drawn on each."""
    lines: list[_Line] = [_Line("")]

    def visit(text, cm, tm, font_dict, font_size):
        for index, piece in enumerate(text.split("\n")):
            if index:
                lines.append(_Line(""))
            if piece.strip() and lines[-1].y is None:
                x, y, size = _position(cm, tm, font_size)
                lines[-1].x, lines[-1].y, lines[-1].size = x, y, size
            lines[-1].text += piece

    page.extract_text(visitor_text=visit)
    kept = [line for line in lines if line.text.strip()]
    for edge in (0, -1):                          # running page numbers at the top or bottom
        if kept and _PAGE_NUMBER.match(kept[edge].text):
            kept.pop(edge)
    return kept


def _position(cm, tm, font_size) -> tuple[float, float, float]:
    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    c = tm[2] * cm[0] + tm[3] * cm[2]
    d = tm[2] * cm[1] + tm[3] * cm[3]
    size = abs(font_size or 1) * ((c * c + d * d) ** 0.5 or 1.0)
    return x, y, size if size > 0.5 else 10.0


def _paragraphs(pages: list[list[_Line]]) -> str:
    _drop_running_lines(pages)
    paragraphs: list[list[str]] = []
    for lines in pages:
        starts = _paragraph_starts(lines)
        for index, line in enumerate(lines):
            text = re.sub(r"\s+", " ", line.text).strip()
            continues_previous_page = (index == 0 and paragraphs and
                                       not paragraphs[-1][-1].endswith(_SENTENCE_END) and text[:1].islower())
            if (index in starts and not continues_previous_page) or not paragraphs:
                paragraphs.append([text])
            else:
                paragraphs[-1].append(text)
    return "\n\n".join(_join_lines(p) for p in paragraphs)


def _paragraph_starts(lines: list[_Line]) -> set[int]:
    """Indexes of the lines that begin a paragraph."""
    placed = [line for line in lines if line.y is not None]
    gaps = [a.y - b.y for a, b in zip(placed, placed[1:]) if 0 < a.y - b.y < 3 * a.size]
    usual_gap = statistics.median(gaps) if gaps else None
    left = statistics.mode(round(line.x) for line in placed) if placed else 0.0
    lengths = sorted(len(line.text.strip()) for line in lines)
    full_length = lengths[int(len(lengths) * 0.8)] if lengths else 0
    starts = {0}
    for index in range(1, len(lines)):
        previous, line = lines[index - 1], lines[index]
        if previous.y is None or line.y is None:
            continue
        gap = previous.y - line.y
        short_previous = len(previous.text.strip()) < 0.6 * full_length
        indented = line.x - left > 1.2 * line.size
        if gap <= 0 or (usual_gap and gap > 1.3 * usual_gap + 0.5) or abs(line.size - previous.size) > 1:
            starts.add(index)
        elif indented and (abs(previous.x - line.x) > 2 or short_previous):
            starts.add(index)                     # first-line indent
        elif short_previous and previous.text.rstrip().endswith(_SENTENCE_END) and abs(previous.x - left) < 2:
            starts.add(index)                     # a short line that ends a sentence
    return starts


def _drop_running_lines(pages: list[list[_Line]]) -> None:
    """Remove headers and footers: the same first or last line (digits aside) on most pages."""
    if len(pages) < 2:
        return
    for edge in (0, -1):
        keys = [re.sub(r"\d+", "#", page[edge].text.strip()) for page in pages if page]
        for key in {k for k in keys if keys.count(k) >= max(2, len(pages) // 2)}:
            for page in pages:
                if page and re.sub(r"\d+", "#", page[edge].text.strip()) == key:
                    page.pop(edge)


def _join_lines(lines: list[str]) -> str:
    """Join soft-wrapped lines; remove a hyphen only where a Latin word was obviously split."""
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("\u00ad"):
            text = text[:-1] + line
        elif _split_latin_word(text, line):
            text = text[:-1] + line
        elif text.endswith("-") and line[:1].isdigit():
            text += line
        else:
            text += " " + line
    return text


def _split_latin_word(text: str, line: str) -> bool:
    """"infor-" + "mation": unaccented halves that are not both Vietnamese syllables."""
    end, start = _ASCII_WORD_END.search(text), _ASCII_WORD_START.match(line)
    if not (end and start):
        return False
    return not (is_syllable(end.group(1)) and is_syllable(start.group(1)))
