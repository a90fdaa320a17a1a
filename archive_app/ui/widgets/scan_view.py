"""The scan beside the text: for a report read by OCR, the reader shows the scanned page itself (rendered
by ``core.scan_pages`` on the read worker) with buttons for the other pages, so a reader can check
what OCR made of a word against the paper."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ...core import scan_pages
from .. import i18n

DPI = 100


class ScanView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scanView")
        self.archive = self.workers = None
        self.report_id: int | None = None
        self.page, self.pages = 1, 0
        self._pdf: bytes | None = None
        self._pixmap: QPixmap | None = None       # the page as rendered; shown scaled to the width
        self.image = QLabel(objectName="scanImage", alignment=Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(objectName="scanScroll", widgetResizable=True)
        scroll.setWidget(self.image)
        self.scroll = scroll
        self.caption = QLabel(objectName="scanCaption")
        self.prev_button = QToolButton(objectName="previousScanPage", text="◀", autoRaise=True)
        self.next_button = QToolButton(objectName="nextScanPage", text="▶", autoRaise=True)
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._update_bar()

    def attach(self, archive, workers) -> None:
        """The archive to read scans from, and the workers whose read lane renders their pages."""
        self.archive, self.workers = archive, workers

    def show_report(self, report) -> None:
        """Show page 1 of ``report``'s scan; hide for a report not read by OCR."""
        scanned = report is not None and report.ocr_pdf_sha256 is not None
        self.setVisible(scanned)
        if not scanned or self.workers is None:
            self.report_id, self._pdf = None, None
            return
        if report.id == self.report_id:
            return
        self.report_id, self._pdf, self._pixmap, self.page, self.pages = report.id, None, None, 1, 0
        self.image.setText(self.tr("Loading the scan…"))
        archive, rid = self.archive, report.id

        def load(ctx):
            pdf = scan_pages.scan_pdf(archive, rid)
            return rid, pdf, scan_pages.page_count(pdf), scan_pages.render_page(pdf, 1, DPI)
        self.workers.run("read", load, on_done=self._loaded, on_error=self._failed)

    def show_page(self, page: int) -> None:
        if self._pdf is None or not 1 <= page <= self.pages:
            return
        pdf, rid = self._pdf, self.report_id
        self.workers.run("read", lambda ctx: (rid, page, scan_pages.render_page(pdf, page, DPI)),
                         on_done=self._page_rendered, on_error=self._failed)

    def _loaded(self, result) -> None:
        rid, pdf, pages, png = result
        if rid == self.report_id:
            self._pdf, self.pages = pdf, pages
            self._page_rendered((rid, 1, png))

    def _page_rendered(self, result) -> None:
        rid, page, png = result
        if rid != self.report_id:
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.page, self._pixmap = page, pixmap
        self._fit()
        self._update_bar()

    def _fit(self) -> None:
        """The page as wide as the pane (a whole line of the scan in view, as the text beside it)."""
        if self._pixmap is not None and not self._pixmap.isNull():
            room, bar = self.scroll.viewport(), self.scroll.verticalScrollBar()
            width = room.width()
            if not bar.isVisible() and self._pixmap.height() * width > room.height() * self._pixmap.width():
                width -= bar.sizeHint().width()       # the page will scroll: leave the bar its room, no
            width = max(120, width - 2)               # sideways scrollbar for the last few pixels
            self.image.setPixmap(self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _failed(self, error) -> None:
        exc = error.exception
        message = exc.message(i18n.current()) if hasattr(exc, "message") else repr(exc)
        self.image.setText(message)

    def _update_bar(self) -> None:
        self.caption.setText(self.tr("Scan, page %1 of %2").replace("%1", str(self.page)).replace(
            "%2", str(self.pages)) if self.pages else self.tr("Scan"))
        self.prev_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(self.page < self.pages)
        self.prev_button.setToolTip(self.tr("Previous page of the scan"))
        self.next_button.setToolTip(self.tr("Next page of the scan"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_bar()
        super().changeEvent(event)
