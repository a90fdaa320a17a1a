"""What the result list shows beyond titles (DESIGN.md §5): a snippet under each title with the
matched words marked by the matching rule, as Recoll shows them, and the offer of the wider result
when a query typed with marks finds fewer reports than the same query without them.

``install(window)`` is the one hook the main window calls.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QStyledItemDelegate, QWidget

from ...core.render import HIT_COLOUR
from ...core.vietnamese import fold
from ..models.results import TITLE, SnippetRole

PAD = 4


def lead_to_first_hit(plain: str, spans, advance, width: int):
    """Drop the words before the first hit when it would end past ``width`` (a narrow title column),
    so the elided line still shows a marked word: "…của Đảng ủy về công tác [dân vận] chính quyền".
    ``advance`` measures a text in pixels; the hit ends within two thirds of the line when it can."""
    if not spans or advance(plain[:spans[0][1]]) <= width:
        return plain, spans
    first, end = spans[0]
    starts = [0] + [i + 1 for i, c in enumerate(plain[:first]) if c == " "]
    start = next((s for s in starts if advance("…" + plain[s:end]) <= width * 2 // 3), first)
    shift = len("…") - start
    return "…" + plain[start:], [(a + shift, b + shift) for a, b in spans]


class SnippetDelegate(QStyledItemDelegate):
    """The title on the first line, the snippet (hits on a yellow ground) on the second."""

    def paint(self, painter, option, index) -> None:
        opt = option.__class__(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = self.text_rect(opt)
        fm = opt.fontMetrics
        line = fm.height()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = opt.palette.currentColorGroup()
        text_colour = opt.palette.color(group, opt.palette.ColorRole.HighlightedText if selected
                                        else opt.palette.ColorRole.Text)
        painter.save()
        painter.setPen(text_colour)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRect(rect.x(), rect.y(), rect.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(title or "", Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        snippet = index.data(SnippetRole)
        if snippet:
            self._snippet(painter, opt, QRect(rect.x(), rect.y() + line, rect.width(), line), snippet, selected)
        painter.restore()

    @staticmethod
    def text_rect(opt) -> QRect:
        """Where the two lines go: right of the row's icon (a scan's mark), which the style draws."""
        rect = opt.rect.adjusted(PAD, 1, -PAD, -1)
        if opt.features & opt.ViewItemFeature.HasDecoration and opt.widget is not None:
            icon = opt.widget.style().subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, opt.widget)
            rect.setLeft(max(rect.left(), icon.right() + 1 + PAD))
        return rect

    @staticmethod
    def _snippet(painter, opt, rect: QRect, snippet, selected: bool) -> None:
        fm = opt.fontMetrics
        plain, spans = lead_to_first_hit(*snippet, fm.horizontalAdvance, rect.width())
        pieces, pos = [], 0
        for a, b in spans:
            pieces += [(plain[pos:a], False), (plain[a:b], True)]
            pos = b
        pieces.append((plain[pos:], False))
        dim = opt.palette.color(opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.PlaceholderText)
        x, right = rect.x(), rect.right()
        for text, hit in pieces:
            if not text:
                continue
            room = right - x
            if room <= fm.horizontalAdvance("…"):
                break
            shown = text if fm.horizontalAdvance(text) <= room else fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            width = fm.horizontalAdvance(shown)
            if hit:
                painter.fillRect(QRect(x, rect.y() + 1, width, rect.height() - 2), QColor(HIT_COLOUR))
                painter.setPen(QColor("black"))
            else:
                painter.setPen(dim)
            painter.drawText(QRect(x, rect.y(), width + 1, rect.height()), Qt.AlignmentFlag.AlignVCenter, shown)
            x += width
            if shown != text:
                break

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), 2 * option.fontMetrics.height() + 6)


class WiderResultBanner(QWidget):
    """"Không có kết quả đúng dấu — 921 kết quả khi bỏ dấu [Xem]": one click shows the folded result."""
    widenRequested = Signal(str)       # the query typed without marks

    def __init__(self, parent=None):
        super().__init__(parent, objectName="widerResultBanner")
        self.label = QLabel(objectName="widerResultLabel")
        self.button = QPushButton(objectName="widerResultButton")
        self.button.clicked.connect(lambda: self.widenRequested.emit(self._folded))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._folded = ""
        self._counts = (0, 0)
        self.hide()

    def show_for(self, query: str, listed: int, folded_total: int | None) -> None:
        """Offer the wider result when the query has marks and its folded form finds more."""
        if folded_total is None or folded_total <= listed:
            self.hide()
            return
        self._folded, self._counts = fold(query), (listed, folded_total)
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        listed, wider = self._counts
        if listed:
            self.label.setText(self.tr("%1 report(s) with these diacritics — %2 without diacritics")
                               .replace("%1", str(listed)).replace("%2", str(wider)))
        else:
            self.label.setText(self.tr("No report with these diacritics — %1 without diacritics")
                               .replace("%1", str(wider)))
        self.button.setText(self.tr("Show all %1").replace("%1", str(wider)))


def install(window) -> WiderResultBanner:
    """Snippet rows in the result list and the wider-result offer above it."""
    table = window.table
    table.setItemDelegateForColumn(TITLE, SnippetDelegate(table))
    table.verticalHeader().setDefaultSectionSize(2 * table.fontMetrics().height() + 8)
    window.results.set_snippet_source(window.archive.snippets)
    window.search.visible_rows = table.visible_rows          # a search makes the snippets of these rows first
    banner = WiderResultBanner()
    layout = window.count_label.parentWidget().layout()
    layout.insertWidget(layout.indexOf(window.count_label) + 1, banner)
    banner.widenRequested.connect(window.search_edit.setText)

    def counted(outcome) -> None:         # (the window gave the model the highlight with the ids)
        browse = outcome.browse
        banner.show_for(outcome.request.query, len(browse.ids), browse.folded_total)
        window.count_label.setHidden(banner.isVisibleTo(window.results_pane))    # the offer says the count too

    window.search.countsReady.connect(counted)
    return banner
