"""Printing, print preview and PDF of reports, laid out from ``core.render`` HTML.

One job prints many reports in the given order. Each report starts on a new page with its header
block; every page gets a running header (title, archive number) and a footer ("Trang x/y", print
date), painted by hand since ``QTextDocument.print_`` cannot (DESIGN.md §9). With more than one
report an optional cover page lists them with their first page. A4, margins after the Vietnamese
rules for official paper (Nghị định 30/2020: left 30 mm, right 15 mm, top and bottom 20 mm), a
13 pt serif that covers Vietnamese. The same painting serves the preview, printers and PDF files.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
)

from .. import __version__
from ..core import render
from ..core.errors import KnownError
from ..core.files import replacing_path
from ..core.models import Report

SERIF_FAMILIES = ("Noto Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", "Cambria",
                  "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")      # all cover Vietnamese
MARGINS_MM = (30.0, 12.0, 15.0, 12.0)        # left, top, right, bottom of the printable area
BAND_MM = 8.0                                 # running header / footer bands inside it
BODY_PT, BAND_PT = 13.0, 8.5
GREY = QColor("#555555")


@dataclass(frozen=True)
class PrintOptions:
    cover: bool = True                         # list the reports first when there are several
    terms: frozenset = frozenset()             # folded search syllables to highlight
    lang: str = "vi"
    printed_on: dt.date = field(default_factory=dt.date.today)
    font_size: float = BODY_PT


def serif_family() -> str:
    """The first installed font of SERIF_FAMILIES (never a monospace one)."""
    installed = set(QFontDatabase.families())
    return next((f for f in SERIF_FAMILIES if f in installed), "serif")


def a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)


class _Geometry:
    """Header, body and footer rectangles of a page, in the device's pixels."""

    def __init__(self, device):
        res = device.resolution()
        paint = device.pageLayout().paintRectPixels(res)
        w, h = float(paint.width()), float(paint.height())
        band = BAND_MM * res / 25.4
        self.width = w
        self.header = QRectF(0, 0, w, band * 0.7)
        self.body = QRectF(0, band, w, h - 2 * band)
        self.footer = QRectF(0, h - band * 0.7, w, band * 0.7)


@dataclass
class _Page:
    doc: QTextDocument          # held here: its blocks in ``items`` die with it
    index: int                  # page within its document
    items: list                 # what to draw on it (see _page_items)
    report: Report | None       # None: the cover


class PrintJob:
    """Lays out and paints ``reports`` on any paged device (QPrinter, QPdfWriter)."""

    def __init__(self, reports: list[Report], options: PrintOptions = PrintOptions()):
        self.reports = list(reports)
        self.options = options
        self.family = serif_family()
        self.page_count = 0
        self.first_pages: list[int] = []          # first page of each report, from 1

    def has_cover(self) -> bool:
        return self.options.cover and len(self.reports) > 1

    # --- layout -------------------------------------------------------------------------------
    def _document(self, html: str, device, geo: _Geometry) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDefaultFont(QFont(self.family, self.options.font_size))
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setPageSize(QSizeF(geo.body.width(), geo.body.height()))
        return doc

    def _cover(self, docs, device, geo) -> QTextDocument:
        """The cover, re-laid until its own length and the page numbers agree."""
        cover_pages = 1
        for _ in range(4):
            pages, starts = cover_pages, []
            for doc in docs:
                starts.append(pages + 1)
                pages += doc.pageCount()
            html = render.cover_html(list(zip(self.reports, starts)), self.options.lang, self.options.printed_on)
            cover = self._document(html, device, geo)
            if cover.pageCount() == cover_pages:
                break
            cover_pages = cover.pageCount()
        return cover

    def layout(self, device, progress=None, cancel=None) -> list[_Page]:
        """Every page of the job in order (cover first)."""
        geo, o = _Geometry(device), self.options
        docs = []
        for n, report in enumerate(self.reports):
            if cancel and cancel():
                raise Cancelled()
            docs.append(self._document(render.report_html(report, o.terms, lang=o.lang, printing=True),
                                       device, geo))
            if progress:
                progress(n + 1, len(self.reports))
        pages: list[_Page] = []
        if self.has_cover():
            cover = self._cover(docs, device, geo)
            pages += _pages_of(cover, None)
        self.first_pages = []
        for report, doc in zip(self.reports, docs):
            self.first_pages.append(len(pages) + 1)
            pages += _pages_of(doc, report)
        self.page_count = len(pages)
        return pages

    # --- painting -----------------------------------------------------------------------------
    def paint(self, device, progress: Callable | None = None, cancel: Callable | None = None) -> int:
        """Lay out and paint the job on ``device`` (only the pages a printer was asked for); returns
        the number of pages of the job."""
        pages = self.layout(device, progress, cancel)
        geo, wanted = _Geometry(device), _page_filter(device)
        painter = QPainter()
        if not painter.begin(device):
            raise KnownError("Không mở được máy in hoặc tệp để in", "Cannot open the printer or file to print")
        try:
            first = True
            for n, page in enumerate(pages, start=1):
                if cancel and cancel():
                    raise Cancelled()
                if not wanted(n):
                    continue
                if not first:
                    device.newPage()
                self._paint_page(painter, geo, page, n, len(pages))
                first = False
        finally:
            painter.end()
        return len(pages)

    def _paint_page(self, painter: QPainter, geo: _Geometry, page: _Page, number: int, total: int) -> None:
        body = geo.body
        painter.save()
        painter.translate(body.left(), body.top() - page.index * body.height())
        painter.setPen(QPen(QColor("black")))
        _draw_items(painter, page.items)
        painter.restore()
        self._paint_bands(painter, geo, page, number, total)

    def _paint_bands(self, painter: QPainter, geo: _Geometry, page: _Page, number: int, total: int) -> None:
        lab = render.labels(self.options.lang)
        font = QFont(self.family, BAND_PT)
        painter.save()
        painter.setFont(font)
        painter.setPen(QPen(GREY))
        metrics = QFontMetricsF(font, painter.device())
        if page.report is not None:
            right = f"{lab['archive_id']} {page.report.id}"
            left_width = geo.width - metrics.horizontalAdvance(right) - metrics.horizontalAdvance("    ")
            left = metrics.elidedText(page.report.title, Qt.TextElideMode.ElideRight, left_width)
        else:
            left, right = lab["archive"], ""
        bottom_left = f"{lab['printed']} {render.dmy(self.options.printed_on)}"
        bottom_right = f"{lab['page']} {number}/{total}"
        align_l = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        align_r = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(geo.header, align_l, left)
        painter.drawText(geo.header, align_r, right)
        painter.drawText(geo.footer, align_l, bottom_left)
        painter.drawText(geo.footer, align_r, bottom_right)
        pen = QPen(GREY)
        pen.setWidthF(max(1.0, painter.device().logicalDpiY() / 300))
        painter.setPen(pen)
        painter.drawLine(QPointF(0, geo.header.bottom()), QPointF(geo.width, geo.header.bottom()))
        painter.drawLine(QPointF(0, geo.footer.top()), QPointF(geo.width, geo.footer.top()))
        painter.restore()

    def document_title(self) -> str:
        if len(self.reports) == 1:
            return self.reports[0].title
        return f"{render.labels(self.options.lang)['contents']} ({len(self.reports)})"


def _page_filter(device) -> Callable[[int], bool]:
    """The pages chosen in a print dialog ("2-3, 5"); every page for a PDF writer or a preview."""
    ranges = device.pageRanges() if hasattr(device, "pageRanges") else None
    if ranges is None or ranges.isEmpty():
        return lambda n: True
    return ranges.contains


def _pages_of(doc: QTextDocument, report: Report | None) -> list[_Page]:
    items = _page_items(doc)
    return [_Page(doc, i, items.get(i, []), report) for i in range(doc.pageCount())]


def _page_items(doc: QTextDocument) -> dict[int, list]:
    """Lines and rules of a paginated document by page, each drawn on its own page only.

    (Drawing a page through the document layout with a clip also draws the last line of the page
    before it, hidden by the clip but still in the PDF's text: pdftotext would read it twice.)
    """
    height, layout, pages = doc.pageSize().height(), doc.documentLayout(), {}
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        for i in range(lines.lineCount()):
            top = rect.top() + lines.lineAt(i).y()
            pages.setdefault(int((top + 1) // height), []).append(("line", block, i, rect.topLeft()))
        if block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
            y = rect.bottom() if block.length() > 1 else rect.center().y()
            pages.setdefault(int(y // height), []).append(("rule", rect.left(), rect.right(), y))
        block = block.next()
    return pages


def _draw_items(painter: QPainter, items) -> None:
    for item in items:
        if item[0] == "line":
            _, block, i, origin = item
            block.layout().lineAt(i).draw(painter, origin)
        else:
            _, left, right, y = item
            painter.save()
            pen = QPen(GREY)
            pen.setWidthF(max(1.0, painter.device().logicalDpiY() / 200))
            painter.setPen(pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.restore()


class Cancelled(Exception):
    """The user cancelled a print or PDF job."""


# --- PDF ------------------------------------------------------------------------------------------
def write_pdf(reports: list[Report], path: str | os.PathLike, options: PrintOptions = PrintOptions(),
              progress: Callable | None = None, cancel: Callable | None = None) -> int:
    """Write the job as a PDF at ``path`` (A4, fonts embedded); returns the number of pages.

    Written beside the target and renamed at the end: a cancelled or failed job leaves no file.
    """
    return _write_pdf(reports, Path(path), options, progress, cancel)


def _write_pdf(reports, target: Path, options: PrintOptions, progress, cancel) -> int:
    job = PrintJob(reports, options)
    with replacing_path(target) as tmp:
        tmp.open("wb").close()                       # an unwritable place fails here, before any painting
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(a4_layout())
        writer.setResolution(600)
        writer.setTitle(job.document_title())
        writer.setCreator(f"archive-app {__version__}")
        pages = job.paint(writer, progress, cancel)
        del writer                                   # flushes and closes the file
    return pages


def ensure_gui() -> QGuiApplication:
    """A Qt application for printing without a window (CLI). On Linux it never needs a display."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["archive-app"])
    return app

