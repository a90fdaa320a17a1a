"""The day's work without a mouse (DESIGN.md §7): Down from the search box into the results, Enter
reads the current report (the reader takes the keys), Escape goes back to the results, and Tab walks
search → results → tag box → reader → filters, never stuck in a field."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut


def install(window) -> None:
    window.search_edit.downPressed.connect(lambda: focus_results(window))
    window.table.openRequested.connect(lambda: read_current(window))
    back = QShortcut(QKeySequence(Qt.Key.Key_Escape), window.reader,
                     context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    back.activated.connect(window.table.setFocus)
    tag = window.tag_bar
    f = window.filters
    chain = [window.search_edit, window.table, tag.edit, tag.add_button, tag.remove_button,
             window.reader.view, *f.lists.values(), f.date_from, f.date_to, f.scanned, window.chips.clear_button]
    for first, second in zip(chain, chain[1:]):
        window.setTabOrder(first, second)


def focus_results(window) -> None:
    """Into the results, on the current row (the first one if none is current yet)."""
    table = window.table
    if window.results.rowCount() and not table.currentIndex().isValid():
        table.selectionModel().setCurrentIndex(window.results.index(0, 0),
                                               QItemSelectionModel.SelectionFlag.ClearAndSelect
                                               | QItemSelectionModel.SelectionFlag.Rows)
    table.setFocus(Qt.FocusReason.ShortcutFocusReason)


def read_current(window) -> None:
    """Enter on a result: show it (if not shown yet) and give the reader the keys to scroll it."""
    rid = window.current_id()
    if rid is not None and (window.reader.report is None or window.reader.report.id != rid):
        window.open_report(rid)
    window.reader.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
