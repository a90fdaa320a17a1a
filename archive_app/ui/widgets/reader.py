"""The reader pane: a report's title, date, kind, persons with roles, tags as chips, and its text with
every hit highlighted (the core's fold: "dan van" marks "dân vận"), with next/previous-hit buttons."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QTextEdit, QToolButton, QVBoxLayout, QWidget

from ...core.models import Report
from ...core.search.snippet import match_spans, merge_spans
from ..formatting import fmt_date

HIT = QColor("#fff176")
CURRENT_HIT = QColor("#ff9800")
DEFAULT_CHIP = "#e3ecf7"


def _utf16(text: str) -> list[int]:
    """Offsets of each character of ``text`` in UTF-16 code units (Qt's document positions)."""
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def _marked(text: str, terms: frozenset[str]) -> str:
    """``text`` as HTML with the matches of ``terms`` on a yellow background."""
    out, pos = [], 0
    for a, b in merge_spans(text, match_spans(text, terms)):
        out.append(html.escape(text[pos:a]))
        out.append(f'<span style="background-color:{HIT.name()}">{html.escape(text[a:b])}</span>')
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _ink(colour: str) -> str:
    c = QColor(colour)
    return "#000000" if c.lightness() > 140 else "#ffffff"


class ReaderPane(QWidget):
    editRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: Report | None = None
        self.terms: frozenset[str] = frozenset()
        self.tag_colours: dict[str, str | None] = {}
        self._hits: list[tuple[int, int]] = []       # document positions of body hits
        self._current = -1
        self.view = QTextBrowser(objectName="readerView")
        self.view.setOpenLinks(False)
        self.view.setReadOnly(True)
        self.counter = QLabel(objectName="hitCounter")
        self.prev_button = QToolButton(objectName="previousHitButton", autoRaise=True)
        self.next_button = QToolButton(objectName="nextHitButton", autoRaise=True)
        self.prev_button.setText("▲")
        self.next_button.setText("▼")
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addStretch(1)
        bar.addWidget(self.counter)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.clear()

    # --- content ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.report = None
        hint = html.escape(self.tr("Select a report to read it here."))
        self.view.setHtml(f'<p style="color:#777">{hint}</p>')
        self._set_hits([])

    def show_report(self, report: Report, terms=(), tag_colours: dict[str, str | None] | None = None) -> None:
        """Render ``report``; ``terms`` are folded query syllables to highlight (Browse.highlight)."""
        self.report, self.terms = report, frozenset(terms)
        if tag_colours is not None:
            self.tag_colours = tag_colours
        doc = QTextDocument(self.view)
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(12)
        cursor = QTextCursor(doc)
        cursor.insertHtml(self._header_html(report))
        body = report.body or ""
        paragraph = QTextBlockFormat()                               # plain blocks: no ruler, no heading
        paragraph.setBottomMargin(0 if "\n\n" in body else 6)       # blank lines already space them
        cursor.insertBlock(paragraph, QTextCharFormat())
        start = cursor.position()
        cursor.insertText(body)
        self.view.setDocument(doc)
        hits = []
        if self.terms and body:
            offsets = _utf16(body)
            fmt = QTextCharFormat()
            fmt.setBackground(HIT)
            for a, b in merge_spans(body, match_spans(body, self.terms)):
                sel = QTextCursor(doc)
                sel.setPosition(start + offsets[a])
                sel.setPosition(start + offsets[b], QTextCursor.MoveMode.KeepAnchor)
                sel.mergeCharFormat(fmt)
                hits.append((start + offsets[a], start + offsets[b]))
        self._set_hits(hits)
        if hits:
            self.next_hit()
        else:
            self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def _header_html(self, r: Report) -> str:
        esc = html.escape
        parts = [f'<h2 style="margin-bottom:4px">{_marked(r.title, self.terms)}</h2>']
        meta = [x for x in (fmt_date(r.date), r.kind, r.organisation) if x]
        if meta:
            parts.append(f'<p style="color:#555; margin-top:0">{esc(" · ".join(meta))}</p>')
        rows = []
        chair_text, persons_text, author_text = self.tr("chair"), self.tr("Persons"), self.tr("Written by")
        for p in r.persons:
            role = esc(p.role) if p.role else ""
            chair = f" <b>({esc(chair_text)})</b>" if p.chair else ""
            rows.append(f"<tr><td style='padding-right:12px'>{_marked(p.name, self.terms)}</td>"
                        f"<td style='color:#444'>{role}{chair}</td></tr>")
        if rows:
            parts.append(f'<p style="margin-bottom:2px"><b>{esc(persons_text)}</b></p>'
                         f'<table cellspacing="0" cellpadding="1">{"".join(rows)}</table>')
        if r.author:
            parts.append(f'<p style="color:#555">{esc(author_text)}: {esc(r.author)}</p>')
        if r.tags:
            chips = []
            for name in r.tags:
                colour = self.tag_colours.get(name) or DEFAULT_CHIP
                chips.append(f'<span style="background-color:{colour}; color:{_ink(colour)}">'
                             f'&nbsp;{esc(name)}&nbsp;</span>')
            parts.append(f'<p>{"&nbsp; ".join(chips)}</p>')
        parts.append("<hr/>")
        return "".join(parts)

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
