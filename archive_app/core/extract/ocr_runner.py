"""Run OCRmyPDF's Python API in a process of its own (started by ``ocr.run_ocr``, never imported by the app).

This file runs under the Python interpreter that has OCRmyPDF (Debian's ``/usr/bin/python3``, or the
one behind a pipx install), so it may use only the standard library and what OCRmyPDF itself brings
(pikepdf, Pillow, img2pdf). A process of its own, because OCRmyPDF holds a module-wide lock, starts
worker processes and has no way to be stopped from outside: killing this process group is the only
clean cancel, and a crash of Tesseract or Ghostscript never reaches the window.

Protocol: one argument, a JSON file with the job; one JSON object per line on the standard output:
``{"event": "progress", "stage", "done", "total"}`` while working, then ``{"event": "done", …}`` or
``{"event": "error", "kind", "detail"}`` (exit status 3). The same file is loaded by OCRmyPDF as a
plugin: its ``get_progressbar_class`` hook is how pages done are heard of.
"""
from __future__ import annotations

import glob
import io
import json
import os
import re
import sys
import tempfile

try:
    from ocrmypdf import hookimpl
except ImportError:                      # pragma: no cover - only ever run where OCRmyPDF is
    def hookimpl(function):
        return function

A4_LONG_SIDE_INCHES = 11.69
CREDIBLE_DPI = (100, 1200)      # scanners write 100–1200; 72 and 96 are camera and screen defaults
_WORD_CONFIDENCE = re.compile(rb"class=['\"]ocrx_word['\"][^>]*?x_wconf (\d+)")
_protocol = None                          # the real standard output; sys.stdout goes to stderr


def emit(**message) -> None:
    # OCRmyPDF loads this file a second time as its plugin: the stream lives in the running script
    out = getattr(sys.modules.get("__main__"), "_protocol", None) or sys.stdout
    out.write(json.dumps(message) + "\n")
    out.flush()


class ProgressReport:
    """A tqdm-like bar that tells the parent process how far a stage is (OCRmyPDF's plugin protocol)."""

    def __init__(self, *, total=None, desc="", unit="", unit_scale=1, disable=False, **_):
        self.total, self.stage, self.scale = total or 0, desc or "", unit_scale or 1
        self.unit, self.count = unit, 0.0

    def __enter__(self):
        self._tell()
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n=1, *, completed=None):
        self.count = completed if completed is not None else self.count + (n or 0)
        self._tell()

    def _tell(self):
        emit(event="progress", stage=self.stage, unit=self.unit,
             done=int(self.count * self.scale), total=int(self.total * self.scale))


@hookimpl
def get_progressbar_class():
    return ProgressReport


class ImageError(Exception):
    """The image cannot be read (damaged, truncated, not an image Pillow knows)."""


def image_to_pdf(source: str, target: str) -> int:
    """Every frame of an image (multi-page TIFF included) as one PDF page; returns the page count.

    JPEGs go in unchanged; other frames become lossless PNGs, flattened on white when they have an
    alpha channel (OCRmyPDF refuses those). An image without a credible resolution is taken for an A4
    page, the usual paper of a meeting report.
    """
    import img2pdf
    from PIL import Image, ImageSequence

    try:
        image = Image.open(source)
        pages, dpi = [], None
        for frame in ImageSequence.Iterator(image):
            frame.load()
            dpi = dpi or credible_dpi(frame)
            if image.format == "JPEG" and frame.mode in ("L", "RGB"):
                with open(source, "rb") as f:
                    pages.append(f.read())
                break
            pages.append(_png(frame, dpi))
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as error:
        raise ImageError(str(error)) from None
    if not pages:
        raise ImageError("no frames")
    with open(target, "wb") as out:
        img2pdf.convert(pages, layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi, dpi)), outputstream=out)
    return len(pages)


def credible_dpi(frame) -> int:
    x = (frame.info.get("dpi") or (0, 0))[0]
    try:
        x = round(float(x))
    except (TypeError, ValueError):
        x = 0
    if CREDIBLE_DPI[0] <= x <= CREDIBLE_DPI[1]:
        return x
    return max(70, min(600, round(max(frame.size) / A4_LONG_SIDE_INCHES)))


def _png(frame, dpi: int) -> bytes:
    from PIL import Image

    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        frame = flat
    elif frame.mode not in ("1", "L", "RGB"):
        frame = frame.convert("RGB")
    buffer = io.BytesIO()
    frame.save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def word_confidences(workdir: str) -> list[int]:
    """Tesseract's confidence (0–100) of every word, read from the hOCR pages OCRmyPDF kept."""
    found: list[int] = []
    for path in sorted(glob.glob(os.path.join(workdir, "**", "*_ocr_hocr.hocr"), recursive=True)):
        with open(path, "rb") as f:
            found.extend(int(c) for c in _WORD_CONFIDENCE.findall(f.read()))
    return found


def main(job_file: str) -> int:
    global _protocol
    _protocol = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout = sys.stderr               # nothing else may write into the protocol
    with open(job_file, encoding="utf-8") as f:
        job = json.load(f)
    tempfile.tempdir = job["workdir"]     # OCRmyPDF's own work folder lands where the parent cleans up
    import ocrmypdf
    from ocrmypdf import exceptions

    source = job["input"]
    if job["kind"] == "image":
        try:
            source = os.path.join(job["workdir"], "image.pdf")
            image_to_pdf(job["input"], source)
        except ImageError as error:
            emit(event="error", kind="image", detail=str(error))
            return 3
    try:
        ocrmypdf.ocr(
            source, job["output"], language=job["languages"], jobs=job["jobs"], sidecar=job["sidecar"],
            output_type="pdf", pdf_renderer="hocr", optimize=0, deskew=job["deskew"], clean=job["clean"],
            skip_text=job["skip_text"], force_ocr=not job["skip_text"], tesseract_timeout=job["tesseract_timeout"], progress_bar=True,
            keep_temporary_files=True, plugins=[os.path.abspath(__file__)])
    except exceptions.MissingDependencyError as error:
        emit(event="error", kind="missing", detail=str(error) or type(error).__name__)
        return 3
    except exceptions.EncryptedPdfError:
        emit(event="error", kind="encrypted", detail="")
        return 3
    except (exceptions.InputFileError, exceptions.UnsupportedImageFormatError, exceptions.DpiError) as error:
        emit(event="error", kind="input", detail=str(error) or type(error).__name__)
        return 3
    except Exception as error:  # noqa: BLE001 - told to the parent, which fails this file alone
        emit(event="error", kind="other", detail=f"{type(error).__name__}: {error}")
        return 3
    confidences = word_confidences(job["workdir"])
    emit(event="done", ocrmypdf=ocrmypdf.__version__, words=len(confidences),
         confidence=(sum(confidences) / len(confidences)) if confidences else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
