"""The window's user actions: each runs one core service on a worker, then hands the ``Changes`` the
write returned to the window through a signal; the window refreshes what they touched and nothing else.
(The window lays out; this object decides what to call.)"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import ChangedMeanwhile
from ..core.models import NO_CHANGES, Changes
from .formatting import fmt_int
from .tasks import Workers

log = logging.getLogger(__name__)
WARM_QUERY = "và"        # the commonest Vietnamese word: every archive's index has it (or says so fast)


class Operations(QObject):
    """Runs the window's actions on its workers. Dialogs open over ``parent``; what they change comes
    back as ``changesMade``, so no dialog or action reaches into the window."""
    indexBusyChanged = Signal(bool)      # writer jobs that leave the index behind run (text searches wait)
    indexWorkStarted = Signal()          # index work (not an import) started on the writer
    indexProgress = Signal(int, int)     # done, total of the index work running
    indexReady = Signal()                # the start's index check is done: searches can run
    tagsLoaded = Signal(list)            # [TagInfo] after any change that may touch tags
    changesMade = Signal(object, str)    # a core.models.Changes, a status message ("" for none)
    trashed = Signal(list)               # ids just moved to the trash (the window offers Undo)
    statusMessage = Signal(str, int)   # text ("" clears), milliseconds (0: until replaced)
    openReportRequested = Signal(int)
    personFilterRequested = Signal(str)
    failed = Signal(object)              # an exception or TaskError to show

    def __init__(self, archive, workers: Workers, parent: QWidget):
        super().__init__(parent)
        self.archive, self.workers, self.parent_widget = archive, workers, parent
        self.index_jobs = 0
        self.edit_dialog = None           # the dialogs last opened, for tests and scripts
        self.trash_dialog = None
        self.persons_dialog = None
        self.tag_manager = None
        self.message_box: QMessageBox | None = None
        self.last_opened_original = None  # the copy of an original last handed to the system's viewer

    # --- the search index ----------------------------------------------------------------------
    def index_busy(self, busy: bool) -> None:
        """Count writer jobs that leave the index behind the database (imports, index upkeep). While any
        runs, text searches wait (a search would otherwise start indexing the queue on the search thread)."""
        self.index_jobs += 1 if busy else -1
        self.indexBusyChanged.emit(self.index_jobs > 0)

    def _index_task(self, fn, done_text: str, ready: bool = False) -> None:
        """Index work on the writer; text searches wait for it, progress goes to ``indexProgress``."""
        self.index_busy(True)
        self.indexWorkStarted.emit()

        def finish(_result=None, error=None) -> None:
            self.index_busy(False)
            if error is not None:
                self.failed.emit(error)
            elif done_text:
                self.statusMessage.emit(done_text, 5000)
            if error is None and ready:
                self.indexReady.emit()

        self.workers.run("write", fn, on_done=finish, on_error=lambda e: finish(error=e),
                         on_progress=self.indexProgress.emit)

    def prepare_index(self) -> None:
        """At start: rebuild the index if missing, stale or damaged, and apply queued changes."""
        archive = self.archive
        self._index_task(lambda ctx: archive.ensure_index(ctx.progress), "", ready=True)

    def rebuild_index(self) -> None:
        archive = self.archive
        done = self.tr("The search index was rebuilt.")
        self._index_task(lambda ctx: archive.rebuild_index(ctx.progress), done)

    def after_import(self, result) -> None:
        """New reports are in the database: list them now, make them searchable on the writer."""
        changes = result.changes if result is not None else NO_CHANGES
        if changes.reports:
            archive = self.archive
            n = len(changes.reports)
            done = self.tr("%n imported report(s) can now be searched.", "", n)
            self._index_task(lambda ctx: archive.sync_index(ctx.progress), done)
        self.index_busy(False)          # the import's own count, given back after the sync took one
        self.changesMade.emit(changes, "")

    def warm_search(self) -> None:
        """One search nobody sees, on the search lane, while the window appears: it opens the index
        reader and the database pages a search needs, so the user's first search is as fast as the
        next ones (1.2 s instead of 0.2–0.45 s at 300 reports before, issue 19)."""
        archive = self.archive
        self.workers.run("search", lambda ctx: archive.browse(WARM_QUERY),
                         on_error=lambda e: log.info("warm-up search failed: %r", e.exception))

    # --- tags ----------------------------------------------------------------------------------
    def reload_tags(self) -> None:
        """Tag names for the completer and colours for the reader's chips."""
        archive = self.archive
        self.workers.run("read", lambda ctx: archive.tags(), on_done=self.tagsLoaded.emit)

    def tag(self, ids: list[int], add=(), remove=()) -> None:
        if not ids:
            return
        archive = self.archive

        def done(changes: Changes) -> None:
            self._changed(changes, self.tr("Tags changed on %n report(s).", "", len(changes.reports)))

        add, remove = list(add), list(remove)
        self.workers.run("write", lambda ctx: archive.tagging.change(ids, add=add, remove=remove),
                         on_done=done)

    def _changed(self, changes: Changes, message: str = "") -> None:
        """One write is done: tag names when tags changed, then the window refreshes what it touched."""
        if changes.tags:
            self.reload_tags()
        self.changesMade.emit(changes, message)

    # --- editing and trash -----------------------------------------------------------------------
    def edit(self, rid: int | None) -> None:
        """Open the edit dialog on report ``rid``; saving re-indexes it at once."""
        from .widgets.edit_dialog import EditDialog
        from .widgets.error_dialog import describe

        if rid is None:
            return
        archive = self.archive

        def loaded(data) -> None:
            report, kinds = data
            dialog = EditDialog(report, kinds, self.parent_widget)
            self.edit_dialog = dialog
            saved = self.tr("The report was saved.")

            def save() -> None:
                edit, revision = dialog.edit(), dialog.revision
                self.workers.run("write", lambda ctx: archive.edits.update(
                    rid, edit, expected_revision=revision),
                                 on_done=lambda changes: self._changed(changes, saved), on_error=refused)

            def refused(error) -> None:
                """The dialog stays open with what was typed; a stale revision is offered Reload in it."""
                if isinstance(error.exception, ChangedMeanwhile):
                    dialog.refuse_stale(describe(error)[0])
                else:
                    self.failed.emit(error)
                dialog.open()

            def reload_failed(error) -> None:
                self.failed.emit(error)
                dialog.refuse_stale(dialog.notice.text())       # Reload can be tried again

            def reload() -> None:
                self.workers.run("read", lambda ctx: archive.report(rid), on_done=dialog.reloaded,
                                 on_error=reload_failed)

            dialog.accepted.connect(save)
            dialog.reloadRequested.connect(reload)
            dialog.open()

        self.workers.run("read", lambda ctx: (archive.report(rid), archive.edits.meeting_kinds()),
                         on_done=loaded)

    def trash(self, ids: list[int]) -> None:
        """Move reports to the trash; ``trashed`` lets the window offer Undo."""
        self._trash_move(ids, True)

    def restore(self, ids: list[int]) -> None:
        """Bring reports back from the trash (Undo of a delete)."""
        self._trash_move(ids, False)

    def _trash_move(self, ids: list[int], into: bool) -> None:
        if not ids:
            return
        move = self.archive.trash.move if into else self.archive.trash.restore

        def done(changes: Changes) -> None:
            moved = sorted(changes.reports)
            if into:
                text = self.tr("Moved %n report(s) to the trash (Ctrl+Z to undo).", "", len(moved))
            else:
                text = self.tr("Restored %n report(s) from the trash.", "", len(moved))
            self._changed(changes, text)
            if into:
                self.trashed.emit(moved)

        self.workers.run("write", lambda ctx: move(ids), on_done=done)

    def open_trash(self) -> None:
        from .widgets.trash_dialog import TrashDialog

        dialog = TrashDialog(self.archive, self.workers, self.parent_widget)
        dialog.changed.connect(self._changed)
        self.trash_dialog = dialog
        dialog.open()

    # --- persons and the tag manager ---------------------------------------------------------------
    def open_persons(self) -> None:
        from .widgets.persons import PersonsDialog

        dialog = PersonsDialog(self.archive, self.workers, self.parent_widget)
        dialog.openReport.connect(self.openReportRequested)
        dialog.filterByPerson.connect(self.personFilterRequested)
        self.persons_dialog = dialog
        dialog.show()

    def open_tag_manager(self) -> None:
        from .widgets.tag_manager import TagManagerDialog

        dialog = TagManagerDialog(self.archive, self.workers, self.parent_widget)
        dialog.changed.connect(self._changed)
        self.tag_manager = dialog
        dialog.open()

    # --- checks and about ------------------------------------------------------------------------
    def check_archive(self) -> None:
        """Run ``check`` on a worker; show what was checked and each problem with what fixes it."""
        def done(report) -> None:
            self.statusMessage.emit("", 0)
            self._check_result(report)

        def failed(error) -> None:
            self.statusMessage.emit("", 0)
            self.failed.emit(error)

        self.statusMessage.emit(self.tr("Checking the archive…"), 0)
        archive = self.archive
        self.workers.run("read", lambda ctx: archive.check(), on_done=done, on_error=failed)

    def _check_result(self, report) -> None:
        from . import i18n

        if report.ok:
            text = self.tr("The archive is in good order: %1 reports, all indexed, "
                           "%2 original files verified.")
        else:
            text = self.tr("Problems found: %1.").replace("%1", fmt_int(len(report.problems)))
        if report.office:
            checked = self.tr("Checked: the office archive's database (PostgreSQL, %4), this desk's search "
                              "index (%1 of %2 reports) and the SHA-256 of %3 original files.")
        else:
            checked = self.tr("Checked: the database (SQLite integrity), the search index "
                              "(%1 of %2 reports) and the SHA-256 of %3 original files.")
        text = text.replace("%1", fmt_int(report.reports)).replace("%2", fmt_int(report.originals_checked))
        checked = (checked.replace("%1", fmt_int(report.indexed)).replace("%2", fmt_int(report.reports))
                   .replace("%3", fmt_int(report.originals_checked)).replace("%4", report.office))
        remedies = {"reindex": self.tr("What to do: rebuild the search index (Tools ▸ Rebuild "
                                       "search index); nothing is lost."),
                    "restore": self.tr("What to do: restore your latest backup into a new folder "
                                       "(archive-app restore BACKUP.zip --data-dir NEW_FOLDER) and "
                                       "take the damaged part from it.")}
        details = []
        for problem in report.problems:
            details += [problem.message(i18n.current()), "→ " + remedies.get(problem.action, ""), ""]
        icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning
        box = QMessageBox(icon, self.tr("Check archive"), text, QMessageBox.StandardButton.NoButton,
                          self.parent_widget)
        box.setObjectName("checkResultDialog")
        box.setInformativeText(checked)
        if details:
            box.setDetailedText("\n".join(details).strip())
        if any(p.action == "reindex" for p in report.problems):
            rebuild = box.addButton(self.tr("Rebuild search index"), QMessageBox.ButtonRole.ActionRole)
            rebuild.setObjectName("checkRebuildButton")
            rebuild.clicked.connect(self.rebuild_index)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.message_box = box
        box.open()

    def about(self) -> None:
        from .. import __version__

        text = self.tr("Meeting report archive %1 — import, find, read and tag meeting reports.")
        self._message(self.tr("About"), text.replace("%1", __version__))

    def _message(self, title: str, text: str, details=()) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton,
                          self.parent_widget)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        if details:
            box.setDetailedText("\n".join(details))
        self.message_box = box
        box.open()

    # --- the original file -------------------------------------------------------------------------
    def open_original(self, report) -> None:
        """Copy ``report``'s stored original (byte for byte, checked) to a temporary folder and open it
        with the system's viewer: a scan in the image viewer, a DOCX in the word processor."""
        if report is None or not report.original_sha256:
            return
        import tempfile
        from pathlib import Path

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from ..core.original_copy import save_original

        archive, rid = self.archive, report.id
        name = Path(report.source_name or f"report-{rid}").name or f"report-{rid}"

        def write(ctx) -> Path:
            out = Path(tempfile.mkdtemp(prefix=f"archive-app-{rid}-")) / name
            save_original(archive, rid, out)
            return out

        def opened(path: Path) -> None:
            self.last_opened_original = path            # tests and checks look here
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                title = self.tr("Original file")
                text = self.tr("No program opens this kind of file; the original was saved as %1")
                QMessageBox.information(self.parent_widget, title, text.replace("%1", str(path)))
        self.workers.run("read", write, on_done=opened)
