"""Pages of a scan as pictures, for the reader's "scan beside the text": pdftoppm (poppler-utils)
renders one page of the searchable PDF kept with a report read by OCR."""
from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import MissingTool, NotFound, UnreadableFile

if TYPE_CHECKING:
    from .services import Archive

RENDER_SECONDS = 60


def scan_pdf(archive: Archive, report_id: int) -> bytes:
    """The searchable PDF made from the report's scan (its pages are the scan's pages)."""
    sha = archive.report(report_id).ocr_pdf_sha256
    if not sha:
        raise NotFound("Báo cáo này không phải bản quét", "This report is not a scan")
    return archive.originals.get(sha)


def page_count(pdf: bytes) -> int:
    import pypdf
    try:
        return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    except Exception as error:  # noqa: BLE001 - pypdf raises many types for damaged files
        raise UnreadableFile(f"Tệp PDF bị hỏng ({type(error).__name__})",
                             f"The PDF is damaged ({type(error).__name__})") from None


def render_page(pdf: bytes, page: int, dpi: int = 100) -> bytes:
    """Page ``page`` (from 1) of ``pdf`` as PNG bytes."""
    program = shutil.which("pdftoppm")
    if program is None:
        raise MissingTool("Thiếu pdftoppm để hiện trang quét. Hãy cài: poppler-utils",
                          "pdftoppm is needed to show scanned pages. Install: poppler-utils")
    with tempfile.TemporaryDirectory(prefix="archive-app-page-") as work:
        source = Path(work) / "scan.pdf"
        source.write_bytes(pdf)
        done = subprocess.run([program, "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", "-singlefile",
                               str(source), str(Path(work) / "page")], capture_output=True,
                              timeout=RENDER_SECONDS)
        out = Path(work) / "page.png"
        if done.returncode != 0 or not out.exists():
            why = done.stderr.decode("utf-8", "replace").strip()[:200]
            raise UnreadableFile(f"Không hiện được trang {page} của bản quét ({why})",
                                 f"Cannot show page {page} of the scan ({why})")
        return out.read_bytes()
