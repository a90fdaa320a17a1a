"""One function per user action of the main window: each runs one core service on a worker and then
refreshes what the change touched. (The window lays out; this module decides what to call.)"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..core import editing
from .formatting import fmt_int

translate = QCoreApplication.translate          # lupdate finds translate("Operations", …) calls


# --- the search index ----------------------------------------------------------------------------
def index_busy(window, busy: bool) -> None:
    """Count writer jobs that leave the index behind the database (imports, index upkeep). While any
    runs, text searches wait (a search would otherwise start indexing the queue on the search thread)."""
    window._index_jobs = getattr(window, "_index_jobs", 0) + (1 if busy else -1)
    window.search.set_index_busy(window._index_jobs > 0)


def _index_task(window, fn, done_text: str) -> None:
    """Index work on the writer; text searches wait for it, progress shows in the status bar."""
    index_busy(window, True)
    window.index_status.start()

    def finish(_result=None, error=None) -> None:
        index_busy(window, False)
        if window._index_jobs == 0:
            window.index_status.finish()
        if error is not None:
            window.show_error(error)
        elif done_text:
            window.statusBar().showMessage(done_text, 5000)

    window.workers.run("write", fn, on_done=finish, on_error=lambda e: finish(error=e),
                       on_progress=window.index_status.progress)


def prepare_index(window) -> None:
    """At start: rebuild the index if missing, stale or damaged, and apply queued changes."""
    archive = window.archive
    _index_task(window, lambda ctx: archive.ensure_index(ctx.progress), "")


def rebuild_index(window) -> None:
    archive = window.archive
    done = translate("Operations", "The search index was rebuilt.")
    _index_task(window, lambda ctx: archive.rebuild_index(ctx.progress), done)


def after_import(window, result) -> None:
    """New reports are in the database: list them now, make them searchable on the writer."""
    if result is not None and result.imported:
        archive = window.archive
        n = len(result.imported)
        done = translate("Operations", "%n imported report(s) can now be searched.", None, n)
        _index_task(window, lambda ctx: archive.sync_index(ctx.progress), done)
        reload_tags(window)
    index_busy(window, False)          # the import's own count, given back after the sync took one
    window.search.submit()


# --- tags ----------------------------------------------------------------------------------------
def reload_tags(window) -> None:
    """Tag names for the completer and colours for the reader's chips."""
    def loaded(tags) -> None:
        window.tag_colours = {t.name: t.colour for t in tags}
        window.tag_bar.set_tag_names([t.name for t in tags])

    window.workers.run("read", lambda ctx: window.archive.tags(), on_done=loaded)


def tag_selected(window, add=(), remove=()) -> None:
    ids = window.selected_ids()
    if not ids:
        return
    archive = window.archive
    def done(changed) -> None:
        text = translate("Operations", "Tags changed on %n report(s).", None, len(changed))
        after_change(window, changed, text)

    add, remove = list(add), list(remove)
    window.workers.run("write", lambda ctx: archive.tag(ids, add=add, remove=remove), on_done=done)


def after_change(window, ids, message: str = "") -> None:
    """Reports changed: fresh rows, facets, tag list, and the report in the reader."""
    window.results.refresh(ids)
    reload_tags(window)
    current = window.current_id()
    if current is not None and (current in ids or not ids):
        window.open_report(current)
    window.search.submit()
    if message:
        window.statusBar().showMessage(message, 5000)


# --- editing and trash ---------------------------------------------------------------------------
def edit_current(window) -> None:
    """Open the edit dialog on the current report; saving re-indexes it at once."""
    from .widgets.edit_dialog import EditDialog

    rid = window.current_id()
    if rid is None:
        return
    archive = window.archive

    def loaded(data) -> None:
        report, kinds = data
        dialog = EditDialog(report, kinds, window)
        window.edit_dialog = dialog

        saved = translate("Operations", "The report was saved.")

        def save() -> None:
            edit = dialog.edit()
            window.workers.run("write", lambda ctx: editing.update_report(
                archive, rid, edit, expected_revision=report.revision),
                               on_done=lambda rep: after_change(window, [rid], saved),
                               on_error=lambda e: (window.show_error(e), dialog.open()))

        dialog.accepted.connect(save)
        dialog.open()

    window.workers.run("read", lambda ctx: (archive.report(rid), editing.meeting_kinds(archive)),
                       on_done=loaded)


def trash_selected(window) -> None:
    ids = window.selected_ids()
    if not ids:
        return
    archive = window.archive
    def done(moved) -> None:
        after_change(window, moved, translate("Operations", "Moved %n report(s) to the trash "
                                                            "(Edit ▸ Trash to restore).", None, len(moved)))

    window.workers.run("write", lambda ctx: editing.move_to_trash(archive, ids), on_done=done)


def open_trash(window) -> None:
    from .widgets.trash_dialog import TrashDialog

    dialog = TrashDialog(window.archive, window.workers, window)
    dialog.changed.connect(lambda ids: after_change(window, ids))
    window.trash_dialog = dialog
    dialog.open()


# --- persons and the tag manager -----------------------------------------------------------------
def open_persons(window) -> None:
    from .widgets.persons import PersonsDialog

    dialog = PersonsDialog(window.archive, window.workers, window)
    dialog.openReport.connect(window.open_report)
    dialog.filterByPerson.connect(window.filters.set_person)
    window.persons_dialog = dialog
    dialog.show()


def open_tag_manager(window) -> None:
    from .widgets.tag_manager import TagManagerDialog

    dialog = TagManagerDialog(window.archive, window.workers, window)
    dialog.changed.connect(lambda: after_change(window, []))
    window.tag_manager = dialog
    dialog.open()


# --- checks and about ----------------------------------------------------------------------------
def check_archive(window) -> None:
    """Run ``check`` on a worker; show what was checked and each problem with what fixes it."""
    def done(report) -> None:
        window.statusBar().clearMessage()
        _check_result(window, report)

    def failed(error) -> None:
        window.statusBar().clearMessage()
        window.show_error(error)

    window.statusBar().showMessage(translate("Operations", "Checking the archive…"))
    window.workers.run("read", lambda ctx: window.archive.check(), on_done=done, on_error=failed)


def _check_result(window, report) -> None:
    from . import i18n

    if report.ok:
        text = translate("Operations", "The archive is in good order: %1 reports, all indexed, "
                                       "%2 original files verified.")
    else:
        text = translate("Operations", "Problems found: %1.").replace("%1", fmt_int(len(report.problems)))
    checked = translate("Operations", "Checked: the database (SQLite integrity), the search index "
                                      "(%1 of %2 reports) and the SHA-256 of %3 original files.")
    text = text.replace("%1", fmt_int(report.reports)).replace("%2", fmt_int(report.originals_checked))
    checked = (checked.replace("%1", fmt_int(report.indexed)).replace("%2", fmt_int(report.reports))
               .replace("%3", fmt_int(report.originals_checked)))
    remedies = {"reindex": translate("Operations", "What to do: rebuild the search index (Tools ▸ Rebuild "
                                                   "search index); nothing is lost."),
                "restore": translate("Operations", "What to do: restore your latest backup into a new folder "
                                                   "(archive-app restore BACKUP.zip --data-dir NEW_FOLDER) and "
                                                   "take the damaged part from it.")}
    details = []
    for problem in report.problems:
        details += [problem.message(i18n.current()), "→ " + remedies.get(problem.action, ""), ""]
    icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning
    box = QMessageBox(icon, translate("Operations", "Check archive"), text, QMessageBox.StandardButton.NoButton,
                      window)
    box.setObjectName("checkResultDialog")
    box.setInformativeText(checked)
    if details:
        box.setDetailedText("\n".join(details).strip())
    if any(p.action == "reindex" for p in report.problems):
        rebuild = box.addButton(translate("Operations", "Rebuild search index"), QMessageBox.ButtonRole.ActionRole)
        rebuild.setObjectName("checkRebuildButton")
        rebuild.clicked.connect(lambda: rebuild_index(window))
    box.addButton(translate("Operations", "Close"), QMessageBox.ButtonRole.AcceptRole)
    window.message_box = box
    box.open()


def about(window) -> None:
    from .. import __version__

    text = translate("Operations", "Meeting report archive %1 — import, find, read and tag meeting reports.")
    _message(window, translate("Operations", "About"), text.replace("%1", __version__))


def _message(window, title: str, text: str, details=()) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, window)
    box.addButton(translate("Operations", "Close"), QMessageBox.ButtonRole.AcceptRole)
    if details:
        box.setDetailedText("\n".join(details))
    window.message_box = box
    box.open()
