"""A second window on an archive that another window already shows opens read-only: it searches,
reads, prints and exports; importing, editing, tagging and deleting stay with the first window.

Writes from two windows would still be safe (every write takes the archive's writer lock), but two
people editing the same reports side by side would overwrite each other's corrections unawares.
"""
from __future__ import annotations

from .widgets.banner import Banner

WRITE_ACTIONS = ("importAction", "importFolderAction", "editAction", "tagAction", "trashAction",
                 "showTrashAction", "tagManagerAction", "reindexAction")


class ReadOnlyBanner(Banner):
    def __init__(self, holder: int | None, parent=None):
        super().__init__("readOnlyBanner", "#e8f0fe", "#9db4e0", "#1a3360", parent)
        self.holder = holder
        self.retranslate()

    def retranslate(self) -> None:
        head = self.tr("This archive is already open in another window.")
        rest = self.tr("This window is read-only: you can search, read, print and export here; import, "
                       "edit, tag and delete in the other window.")
        who = self.tr(" (process %1)").replace("%1", str(self.holder)) if self.holder else ""
        self.label.setText(f"<b>{head}</b>{who} {rest}")


def apply(window, holder: int | None) -> ReadOnlyBanner:
    """Make ``window`` read-only (``holder`` has the archive's window lock): the banner, returned
    already placed, and no way to write."""
    banner = ReadOnlyBanner(holder, window)
    window.centralWidget().layout().insertWidget(0, banner)
    for name in WRITE_ACTIONS:
        window.actions[name].setEnabled(False)
    window.welcome.button.setEnabled(False)
    window.tag_bar.setEnabled(False)
    window.setAcceptDrops(False)
    return banner
