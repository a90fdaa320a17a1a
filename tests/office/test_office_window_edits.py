"""The window's writes on an office archive: edit, tag, trash and undo through the window on a real
server, and an edit left open while the server restarts (saved, or refused with "reload" when another
desk changed the report meanwhile — never losing what the user typed)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

REPORTS = [{"title": "Họp chi bộ tháng 3", "body": "Chi bộ bàn việc dân vận ở khu phố."},
           {"title": "Hội nghị sơ kết thủy lợi", "body": "Sơ kết công tác thủy lợi vụ đông xuân."}]


@pytest.fixture
def office_window(qtbot, settings_dir, office, tmp_path, write_jsonl):
    """A window on an office archive holding REPORTS (imported by another desk), idle."""
    from archive_app.core.services import Archive
    from archive_app.ui.app import build_main_window

    with Archive(tmp_path / "importer", db=office) as other:
        assert len(other.import_paths([write_jsonl(REPORTS)]).imported) == 2
    window = build_main_window(tmp_path / "desk", db=office)
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, window)
    yield window
    window.close()


def idle(qtbot, window):
    qtbot.waitUntil(window.is_idle, timeout=15000)


def titles(window):
    return [window.results.summary(r).title for r in range(window.results.rowCount())]


def select_title(window, title) -> int:
    model = window.results
    row = next(r for r in range(model.rowCount()) if model.summary(r).title == title)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    return model.id_at(row)


def open_edit(qtbot, window, title):
    rid = select_title(window, title)
    idle(qtbot, window)
    window.actions["editAction"].trigger()
    idle(qtbot, window)
    dialog = window.findChild(QDialog, "editDialog")
    assert dialog is not None and dialog.isVisible()
    return rid, dialog


def test_edit_tag_trash_and_undo_through_the_window(qtbot, office_window, office, desk):
    window = office_window
    assert window.archive.office is not None and not window.read_only
    rid, dialog = open_edit(qtbot, window, "Họp chi bộ tháng 3")
    dialog.title.setText("Họp chi bộ về phòng chống lụt bão")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    other = desk(office, "other")                       # what every desk now reads from the server
    assert other.report(rid).title == "Họp chi bộ về phòng chống lụt bão"
    assert window.reader.report.title == "Họp chi bộ về phòng chống lụt bão"
    window.search_edit.setText("lut bao")               # this desk's cache has it at once
    idle(qtbot, window)
    assert titles(window) == ["Họp chi bộ về phòng chống lụt bão"]

    window.operations.tag([rid], add=["phòng chống thiên tai"])     # the tag bar's and tag dialog's path
    idle(qtbot, window)
    assert other.report(rid).tags == ("phòng chống thiên tai",)
    window.search_edit.setText("")
    idle(qtbot, window)

    trashed = select_title(window, "Hội nghị sơ kết thủy lợi")
    window.table.setFocus()
    window.actions["trashAction"].trigger()
    idle(qtbot, window)
    assert "Hội nghị sơ kết thủy lợi" not in titles(window)
    assert other.report(trashed).deleted_at is not None
    assert window.actions["undoAction"].isEnabled()
    window.actions["undoAction"].trigger()
    idle(qtbot, window)
    assert other.report(trashed).deleted_at is None
    assert "Hội nghị sơ kết thủy lợi" in titles(window)
    from archive_app.core.storage import feed

    with other.Session() as s:                          # who did what, recorded by the server
        assert [(e.action, e.changed_by) for e in feed.history(s, trashed)][-2:] == [
            ("trash", "postgres"), ("restore", "postgres")]


def test_an_edit_open_across_a_server_restart_is_saved(qtbot, office_window, pg, office, desk):
    window = office_window
    rid, dialog = open_edit(qtbot, window, "Họp chi bộ tháng 3")
    dialog.title.setText("Họp chi bộ sau khi máy chủ khởi động lại")
    dialog.author.setText("Phạm Thu Hà")
    pg.restart()                                       # every pooled connection of the window is gone
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert not window.error_dialogs or not any(d.isVisible() for d in window.error_dialogs)
    saved = desk(office, "other").report(rid)
    assert (saved.title, saved.author) == ("Họp chi bộ sau khi máy chủ khởi động lại", "Phạm Thu Hà")
    window.search_edit.setText("khoi dong lai")
    idle(qtbot, window)
    assert titles(window) == ["Họp chi bộ sau khi máy chủ khởi động lại"]


def test_an_edit_open_across_a_restart_and_another_desks_change_asks_to_reload(
        qtbot, office_window, pg, office, desk, tmp_path):
    from archive_app.core.editing import ReportEdit

    window = office_window
    rid, dialog = open_edit(qtbot, window, "Hội nghị sơ kết thủy lợi")
    dialog.title.setText("Sơ kết thủy lợi, bản của tôi")
    dialog.organisation.setText("Phòng Nông nghiệp")
    other = desk(office, "other")
    other.edits.update(rid, ReportEdit(title="Sơ kết thủy lợi, bản của bàn khác"))
    pg.restart()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    message = dialog.notice.text()                     # said in the dialog, next to its Reload button
    assert "đã được sửa sau khi bạn mở nó" in message and "tải lại" in message
    assert other.report(rid).title == "Sơ kết thủy lợi, bản của bàn khác"      # theirs kept
    assert dialog.isVisible() and dialog.reload_button.isVisible()             # and what was typed
    assert (dialog.title.text(), dialog.organisation.text()) == ("Sơ kết thủy lợi, bản của tôi",
                                                                 "Phòng Nông nghiệp")
    dialog.grab().save(str(tmp_path / "edit-kept.png"))
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)          # the server's revision
    idle(qtbot, window)
    assert "Sơ kết thủy lợi, bản của bàn khác" in dialog.notice.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert not dialog.isVisible() and not any(d.isVisible() for d in window.error_dialogs)
    saved = other.report(rid)
    assert (saved.title, saved.organisation) == ("Sơ kết thủy lợi, bản của tôi", "Phòng Nông nghiệp")


def test_the_windows_check_names_the_office_database_not_sqlite(qtbot, office_window, office):
    window = office_window
    window.actions["checkAction"].trigger()
    qtbot.waitUntil(lambda: window.operations.message_box is not None, timeout=15000)
    checked = window.operations.message_box.informativeText()
    label = window.archive.office.label
    assert f"cơ sở dữ liệu của kho cơ quan (PostgreSQL, {label})" in checked and "SQLite" not in checked
    assert "postgres-test-pw" in office and "postgres-test-pw" not in checked
    window.operations.message_box.close()


def test_restoring_a_trashed_copy_of_a_live_text_says_which_report_has_it(qtbot, office_window, office, desk,
                                                                          write_jsonl, tmp_path):
    """On PostgreSQL too: the trash dialog's restore, and the CLI's, name the live report instead of
    the unique index's bare refusal; the report stays in the trash."""
    import subprocess
    import sys

    window = office_window
    trashed = select_title(window, "Họp chi bộ tháng 3")
    window.actions["trashAction"].trigger()
    idle(qtbot, window)
    other = desk(office, "other")                  # another desk imports the same text again
    again = other.import_paths([write_jsonl(REPORTS[:1], "again.jsonl")]).imported[0].id
    window.actions["showTrashAction"].trigger()
    idle(qtbot, window)
    trash = window.operations.trash_dialog
    assert trash.model.rowCount() == 1
    trash.table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.error_dialogs), timeout=5000)
    message = window.error_dialogs[-1].message.text()
    assert f"Không khôi phục được báo cáo số {trashed}: báo cáo số {again} “Họp chi bộ tháng 3”" in message
    window.error_dialogs[-1].grab().save(str(tmp_path / "duplicate-restore.png"))
    assert trash.model.rowCount() == 1 and other.report(trashed).deleted_at is not None
    for d in window.error_dialogs:
        d.close()
    trash.close()
    r = subprocess.run([sys.executable, "-m", "archive_app", "--data-dir", str(tmp_path / "cli"), "--db",
                        office, "--lang", "en", "trash", "--restore", str(trashed)], capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"Report {trashed} cannot be restored: report {again} “Họp chi bộ tháng 3” has the same" in r.stderr
