"""Small screens (office laptops at 1366×768, projectors at 1024×768): below a width the filter panel
folds away, below a height the timeline does, so the reader keeps a readable width (about 60
characters) instead of shrinking to a word per line. Active filters stay visible as chips; View ▸
Filters (F9) and View ▸ Timeline bring either back."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

READER_MIN_WIDTH = 380        # px: ~60 characters of the reader's text at 10 pt
TABLE_MIN_WIDTH = 300
FILTERS_FROM_WIDTH = 1280     # narrower windows fold the filter panel away
TIMELINE_FROM_HEIGHT = 760    # lower windows fold the timeline away


class WindowFit(QObject):
    """Watches the window's size; folds the filter panel and timeline when the window gets small and
    unfolds them when it grows again (a choice made in the View menu holds until the next fold)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.empty_archive = False          # the welcome page shows: nothing to filter or read
        self.narrow: bool | None = None
        self.low: bool | None = None
        a = window.actions
        self.filters_action, self.timeline_action = a["showFiltersAction"], a["showTimelineAction"]
        self.filters_action.toggled.connect(self.apply)
        self.timeline_action.toggled.connect(self.apply)
        window.center.setMinimumWidth(TABLE_MIN_WIDTH)     # (the welcome page, wider, shows alone)
        rows = window.fontMetrics().height() * 2 + 10        # a list of the filter panel: two rows at least
        for view in (*window.filters.lists.values(), window.views.list):
            view.setMinimumHeight(rows)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.fit(event.size().width(), event.size().height())
        return False

    def fit(self, width: int, height: int) -> None:
        narrow, low = width < FILTERS_FROM_WIDTH, height < TIMELINE_FROM_HEIGHT
        if narrow != self.narrow:
            self.narrow = narrow
            self.filters_action.setChecked(not narrow)
        if low != self.low:
            self.low = low
            self.timeline_action.setChecked(not low)
        self.apply()

    def apply(self) -> None:
        w = self.window
        w.filters.setVisible(not self.empty_archive and self.filters_action.isChecked())
        w.reader.setVisible(not self.empty_archive)
        w.timeline.setVisible(self.timeline_action.isChecked())
