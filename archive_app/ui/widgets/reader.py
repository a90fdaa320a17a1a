"""The reader pane: a report as ``core.render`` draws it (the same HTML as printing) — title, date,
kind, persons with roles, tags as chips, archive number and text — with every hit highlighted (the
core's fold: "dan van" marks "dân vận") and next/previous-hit buttons over the hits of the body."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTextEdit, QToolButton, QVBoxLayout, QWidget

from ...core import render
from ...core.models import Report
from .. import i18n
from .safe_text import SafeDocument, SafeTextBrowser
from .scan_view import ScanView

HIT = QColor(render.HIT_COLOUR)
CURRENT_HIT = QColor("#ff9800")


def body_hits(doc: QTextDocument) -> list[tuple[int, int]]:
    """Document positions (start, end) of the highlighted runs after the body anchor."""
    hits: list[tuple[int, int]] = []
    in_body = False
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            in_body = in_body or render.BODY_ANCHOR in fmt.anchorNames()
            if in_body and fmt.background().color() == HIT and fmt.background().style() != Qt.BrushStyle.NoBrush:
                start, end = frag.position(), frag.position() + frag.length()
                if hits and hits[-1][1] == start:
                    hits[-1] = (hits[-1][0], end)
                else:
                    hits.append((start, end))
            it += 1
        block = block.next()
    return hits


class ReaderPane(QWidget):
    editRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: Report | None = None
        self.terms: frozenset[str] = frozenset()
        self.tag_colours: dict[str, str | None] = {}
        self._hits: list[tuple[int, int]] = []       # document positions of body hits
        self._current = -1
        self.view = SafeTextBrowser(objectName="readerView")     # follows no link, loads no resource
        self.counter = QLabel(objectName="hitCounter")
        self.prev_button = QToolButton(objectName="previousHitButton", autoRaise=True)
        self.next_button = QToolButton(objectName="nextHitButton", autoRaise=True)
        self.prev_button.setText("▲")
        self.next_button.setText("▼")
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        self.scan_badge = QLabel(objectName="scanBadge")           # "Bản quét · OCR 95/100"
        self.scan_badge.setStyleSheet("QLabel { background: #fff3cd; color: #6b4f00; border-radius: 3px; "
                                      "padding: 1px 6px; }")
        self.original_button = QToolButton(objectName="openOriginalButton", autoRaise=True)
        self.scan = ScanView()                                      # the scan beside the text
        self.scan.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.scan_badge)
        bar.addWidget(self.original_button)
        bar.addStretch(1)
        bar.addWidget(self.counter)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        self.pages = QSplitter(Qt.Orientation.Horizontal, objectName="readerSplitter")
        self.pages.addWidget(self.scan)
        self.pages.addWidget(self.view)
        self.pages.setChildrenCollapsible(False)
        self.pages.setStretchFactor(0, 1)
        self.pages.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self.clear()

    # --- content ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.report = None
        hint = html.escape(self.tr("Select a report to read it here."))
        self.view.setHtml(f'<p style="color:#777">{hint}</p>')
        self._set_hits([])
        self._show_scan()

    def show_report(self, report: Report, terms=(), tag_colours: dict[str, str | None] | None = None) -> None:
        """Render ``report``; ``terms`` are folded query syllables to highlight (Browse.highlight)."""
        self.report, self.terms = report, frozenset(terms)
        if tag_colours is not None:
            self.tag_colours = tag_colours
        doc = SafeDocument(self.view)
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(12)
        doc.setHtml(render.report_html(report, self.terms, tag_colours=self.tag_colours, lang=i18n.current()))
        old = self.view.document()
        self.view.setDocument(doc)
        if old is not None and old.parent() is self.view:
            old.deleteLater()          # one document per report shown would pile up until the window closes
        self._set_hits(body_hits(doc) if self.terms else [])
        self._show_scan()
        if self._hits:
            self.next_hit()
        else:
            self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def _show_scan(self) -> None:
        """Mark a report read by OCR and show its scan beside the text."""
        ocr = self.report.ocr if self.report is not None else None
        self.scan_badge.setVisible(ocr is not None)
        if ocr is not None:
            confidence = f" {ocr.confidence:.0f}/100" if ocr.confidence is not None else ""
            self.scan_badge.setText(self.tr("Scan · OCR%1").replace("%1", confidence))
            self.scan_badge.setToolTip(self.tr("Text recognised from a scan by %1 (%2); mean word confidence "
                                               "%3 of 100").replace("%1", ocr.engine).replace(
                "%2", ocr.languages).replace("%3", confidence.strip().split("/")[0] or "?"))
        self.scan.show_report(self.report)

    # --- hits ------------------------------------------------------------------------------
    def hit_count(self) -> int:
        return len(self._hits)

    def current_hit(self) -> int:
        """Index of the current hit (0-based), -1 when there is none."""
        return self._current

    def highlighted_texts(self) -> list[str]:
        """The highlighted words of the body, in order (for tests and checks)."""
        doc = self.view.document()
        out = []
        for a, b in self._hits:
            c = QTextCursor(doc)
            c.setPosition(a)
            c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            out.append(c.selectedText())
        return out

    def next_hit(self) -> None:
        if self._hits:
            self._go((self._current + 1) % len(self._hits))

    def previous_hit(self) -> None:
        if self._hits:
            self._go((self._current - 1) % len(self._hits))

    def _set_hits(self, hits: list[tuple[int, int]]) -> None:
        self._hits, self._current = hits, -1
        self.view.setExtraSelections([])
        self._update_counter()

    def _go(self, i: int) -> None:
        self._current = i
        a, b = self._hits[i]
        doc = self.view.document()
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(doc)
        sel.cursor.setPosition(a)
        sel.cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        sel.format.setBackground(CURRENT_HIT)
        self.view.setExtraSelections([sel])
        here = QTextCursor(doc)
        here.setPosition(b)
        self.view.setTextCursor(here)
        self.view.ensureCursorVisible()
        self._update_counter()

    def _update_counter(self) -> None:
        n = len(self._hits)
        self.counter.setText(self.tr("hit %1/%2").replace("%1", str(self._current + 1)).replace("%2", str(n))
                             if n else (self.tr("no hits") if self.terms and self.report else ""))
        self.prev_button.setEnabled(n > 0)
        self.next_button.setEnabled(n > 0)

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self._update_counter()
        if self.report is not None:
            current = self._current
            self.show_report(self.report, self.terms)
            if 0 <= current < len(self._hits):
                self._go(current)
        else:
            self.clear()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
