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
    def __init__(self, holder: int | None, parent=None, folder_read_only: bool = False):
        super().__init__("readOnlyBanner", "#e8f0fe", "#9db4e0", "#1a3360", parent)
        self.holder = holder
        self.folder_read_only = folder_read_only
        self.retranslate()

    def retranslate(self) -> None:
        if self.folder_read_only:         # a DVD, a locked share: nothing can be written there at all
            head = self.tr("This archive's folder cannot be written.")
            rest = self.tr("The archive is read-only: you can search, read, print and export; to import, "
                           "edit, tag or delete, copy the folder somewhere writable and open it there.")
            self.label.setText(f"<b>{head}</b> {rest}")
            return
        head = self.tr("This archive is already open in another window.")
        rest = self.tr("This window is read-only: you can search, read, print and export here; import, "
                       "edit, tag and delete in the other window.")
        who = self.tr(" (process %1)").replace("%1", str(self.holder)) if self.holder else ""
        self.label.setText(f"<b>{head}</b>{who} {rest}")


def apply(window, holder: int | None, folder_read_only: bool = False) -> ReadOnlyBanner:
    """Make ``window`` read-only (``holder`` has the archive's window lock, or the data folder itself
    cannot be written): the banner, returned already placed, and no way to write."""
    banner = ReadOnlyBanner(holder, window, folder_read_only)
    window.centralWidget().layout().insertWidget(0, banner)
    for name in WRITE_ACTIONS:
        window.actions[name].setEnabled(False)
    window.welcome.button.setEnabled(False)
    window.tag_bar.setEnabled(False)
    window.setAcceptDrops(False)
    return banner
