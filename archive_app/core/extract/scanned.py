"""Scans into report text: images and image-only PDF pages are recognised (``ocr``), then read as a
PDF text layer would be, so that the same understanding follows."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .ocr import OcrSettings, PageProgress, run_ocr
from .pdf_reader import ocr_paragraphs, read_pdf_with_ocr

_IMAGE_FORMATS = ((b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
                  (b"GIF8", "gif"), (b"BM", "bmp"))


@dataclass(frozen=True)
class OcrRequest:
    """Given to ``extract_file`` by the import: read scans, reporting pages done, until ``cancel``."""
    progress: PageProgress | None = None
    cancel: Callable[[], bool] | None = None
    settings: OcrSettings = OcrSettings()


def image_format(data: bytes) -> str | None:
    """"png", "jpeg", "tiff", "gif", "bmp", "webp" from the magic bytes; None for anything else."""
    for magic, name in _IMAGE_FORMATS:
        if data.startswith(magic):
            return name
    return "webp" if data[:4] == b"RIFF" and data[8:12] == b"WEBP" else None


def read_scan(data: bytes, request: OcrRequest, keep_text_pages: bool = False) -> dict:
    """The fields ``extract`` reads from a file, for a scan: an image, a PDF without text, or (with
    ``keep_text_pages``) a PDF where only some pages have text: those keep theirs. Adds ``ocr``
    (OcrInfo) and ``searchable_pdf``."""
    image = image_format(data)
    out = run_ocr(data, "image" if image else "pdf", skip_text=keep_text_pages, progress=request.progress,
                  cancel=request.cancel, settings=request.settings)
    if image:
        pages = [ocr_paragraphs(text or "") for text in out.pages]
        fields = {"format": image, "raw": "\n\n".join(p for p in pages if p), "title": None, "date": None,
                  "meta": {"pages": len(out.pages)}, "encoding": None}
    else:
        fields = read_pdf_with_ocr(data, out.pages)
    fields["meta"]["ocr_pages"] = sum(text is not None for text in out.pages)
    fields["ocr"], fields["searchable_pdf"] = out.info, out.pdf
    return fields
