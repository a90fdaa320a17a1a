"""A small bar chart of matching meetings per month; clicking a bar filters the results to that month."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from ..formatting import fmt_month

BAR = QColor("#5b8fd6")
MAX_BAR = 28.0           # pixels: a few months do not make a wall of colour
SELECTED = QColor("#e65100")
AXIS = QColor("#888888")


def chosen_month(filters) -> str | None:
    """"YYYY-MM" when the date filter lies within one month (a bar clicked): that bar is marked."""
    start, end = filters.date_from, filters.date_to
    return start.strftime("%Y-%m") if start and end and start.strftime("%Y-%m") == end.strftime("%Y-%m") else None


def month_range(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from ``first`` to ``last`` inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


class Timeline(QWidget):
    monthClicked = Signal(int, int)         # year, month

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMinimumHeight(64)
        self.setMaximumHeight(80)
        self._months: list[str] = []
        self._counts: list[int] = []
        self.selected: str | None = None
        self.retranslate()

    def set_counts(self, counts: dict[str, int], selected: str | None = None) -> None:
        keys = sorted(counts)
        self._months = month_range(keys[0], keys[-1]) if keys else []
        self._counts = [counts.get(k, 0) for k in self._months]
        self.selected = selected
        self.update()

    def months(self) -> list[str]:
        return list(self._months)

    def bar_rect(self, i: int) -> QRectF:
        """Where bar ``i`` is drawn (full height, for hit testing)."""
        plot = self._plot()
        width = min(MAX_BAR, plot.width() / max(1, len(self._months)))
        return QRectF(plot.left() + i * width, plot.top(), width, plot.height())

    def _plot(self) -> QRectF:
        return QRectF(8, 6, max(1, self.width() - 16), max(1, self.height() - 22))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        plot = self._plot()
        if not self._months:
            p.setPen(AXIS)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        top = max(self._counts) or 1
        for i, n in enumerate(self._counts):
            r = self.bar_rect(i)
            h = plot.height() * n / top
            gap = 1 if r.width() > 3 else 0
            bar = QRectF(r.left() + gap, plot.bottom() - h, max(1.0, r.width() - 2 * gap), h)
            p.fillRect(bar, SELECTED if self._months[i] == self.selected else BAR)
        p.setPen(AXIS)
        right = self.bar_rect(len(self._months) - 1).right()
        p.drawLine(int(plot.left()), int(plot.bottom()), int(right), int(plot.bottom()))
        free_from = -1e9                                     # labels never overlap
        label_width = p.fontMetrics().horizontalAdvance("0000") + 8
        for i, key in enumerate(self._months):
            x = self.bar_rect(i).left()
            if (key.endswith("-01") or i == 0) and x >= free_from:
                p.drawText(int(x), int(plot.bottom()) + 13, key[:4])
                free_from = x + label_width

    def _index_at(self, x: float) -> int | None:
        if not self._months:
            return None
        plot = self._plot()
        i = int((x - plot.left()) / self.bar_rect(0).width())
        return i if 0 <= i < len(self._months) else None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            i = self._index_at(event.pos().x())
            if i is None:
                QToolTip.showText(event.globalPos(), self._hint, self)
            else:
                text = self.tr("%1: %Ln meeting(s)", "", self._counts[i])
                text = text.replace("%1", fmt_month(self._months[i]))
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event) -> None:
        i = self._index_at(event.position().x())
        if i is not None and event.button() == Qt.MouseButton.LeftButton:
            key = self._months[i]
            self.monthClicked.emit(int(key[:4]), int(key[5:7]))

    def retranslate(self) -> None:
        self._empty_text = self.tr("No dated meetings")
        self._hint = self.tr("Meetings per month — click a bar to show only that month")
        self.update()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
