"""Correcting a report (saved and re-indexed at once), the trash and restoring from it."""
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from archive_app.ui.widgets import trash_dialog as trash_module


def select_title(window, title):
    model = window.results
    row = next(r for r in range(model.rowCount()) if model.summary(r).title == title)
    sel = window.table.selectionModel()
    sel.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
    return model.id_at(row)


def titles(window):
    return [window.results.summary(r).title for r in range(window.results.rowCount())]


def test_edit_dialog_saves_and_reindexes(window, qtbot, idle):
    rid = select_title(window, "Họp chi bộ tháng 3")
    idle(window)
    window.actions["editAction"].trigger()
    idle(window)
    dialog = window.findChild(QDialog, "editDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == "Họp chi bộ tháng 3"
    dialog.title.setText("Họp chi bộ về phòng chống lụt bão")
    dialog.date.setDate(QDate(2020, 3, 12))
    dialog.kind.setCurrentText("sinh hoạt chi bộ")
    dialog.author.setText("Phạm Thu Hà")
    dialog.add_person("Đỗ Minh Khôi", "Đảng viên", False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(window)
    report = window.archive.report(rid)
    assert report.title == "Họp chi bộ về phòng chống lụt bão"
    assert report.date.isoformat() == "2020-03-12" and report.kind == "sinh hoạt chi bộ"
    assert [p.name for p in report.persons] == ["Nguyễn Tiến Sữ", "Đỗ Minh Khôi"]
    assert window.reader.report.title == report.title                # the reader shows the saved version
    window.search_edit.setText("lut bao chi bo")                      # searchable at once
    idle(window)
    assert titles(window) == ["Họp chi bộ về phòng chống lụt bão"]
    window.filters.clear()
    window.search_edit.setText("")
    idle(window)
    assert {v.key for v in window.filters.lists["kind"].facets.values()} >= {"sinh hoạt chi bộ"}


def test_empty_title_cannot_be_saved(window, idle):
    select_title(window, "Họp chi bộ tháng 3")
    window.actions["editAction"].trigger()
    idle(window)
    dialog = window.findChild(QDialog, "editDialog")
    dialog.title.setText("   ")
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_delete_key_moves_to_trash_and_restore_brings_back(window, qtbot, idle, monkeypatch):
    rid = select_title(window, "Hội nghị sơ kết thủy lợi")
    window.table.setFocus()
    window.actions["trashAction"].trigger()
    idle(window)
    assert "Hội nghị sơ kết thủy lợi" not in titles(window)
    assert window.archive.report(rid).deleted_at is not None
    window.actions["showTrashAction"].trigger()
    idle(window)
    trash = window.operations.trash_dialog
    assert trash.model.rowCount() == 1 and trash.model.item(0, 0).text() == "Hội nghị sơ kết thủy lợi"
    trash.table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert trash.model.rowCount() == 0
    assert "Hội nghị sơ kết thủy lợi" in titles(window)
    window.search_edit.setText("thuy loi")
    idle(window)
    assert titles(window) == ["Hội nghị sơ kết thủy lợi"]
    trash.close()


def test_empty_trash_deletes_for_good(window, qtbot, idle, monkeypatch):
    select_title(window, "Ghi chép không ngày")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)                    # the Delete shortcut
    idle(window)
    assert window.results.rowCount() == 4
    window.actions["showTrashAction"].trigger()
    idle(window)
    monkeypatch.setattr(trash_module, "confirm", lambda *a: True)
    qtbot.mouseClick(window.operations.trash_dialog.empty_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert window.operations.trash_dialog.model.rowCount() == 0
    assert window.archive.check().ok
    window.operations.trash_dialog.close()


def open_edit(window, idle, title):
    rid = select_title(window, title)
    idle(window)
    window.actions["editAction"].trigger()
    idle(window)
    dialog = window.findChild(QDialog, "editDialog")
    assert dialog is not None and dialog.isVisible()
    return rid, dialog


def test_a_save_refused_as_changed_meanwhile_offers_reload_keeping_what_was_typed(window, qtbot, idle,
                                                                                  tmp_path):
    """Another desk saves the report while the dialog is open: Save is refused ("reload") in the dialog;
    Reload takes their version for the fields the user left alone, keeps what the user typed, names
    the field both changed, and the next Save succeeds from the new revision — nothing overwritten."""
    from archive_app.core.editing import ReportEdit

    rid, dialog = open_edit(window, idle, "Họp chi bộ tháng 3")
    opened = window.archive.report(rid)
    dialog.title.setText("Họp chi bộ về phòng chống lụt bão")
    dialog.author.setText("Phạm Thu Hà")
    window.archive.edits.update(rid, ReportEdit(                       # the other desk, meanwhile
        title="Họp chi bộ tháng 3 năm 2020", date=opened.date, kind=opened.kind,
        organisation="Chi bộ khu phố 2", persons=opened.persons))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert dialog.isVisible() and not any(d.isVisible() for d in window.error_dialogs)
    assert "đã được sửa sau khi bạn mở nó" in dialog.notice.text()
    assert dialog.reload_button.isVisible() and dialog.reload_button.text() == "Tải lại"
    assert not dialog.save_button.isEnabled()          # a save from the old revision can only fail again
    assert window.archive.report(rid).title == "Họp chi bộ tháng 3 năm 2020"
    dialog.grab().save(str(tmp_path / "edit-refused.png"))

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert (dialog.title.text(), dialog.author.text()) == ("Họp chi bộ về phòng chống lụt bão", "Phạm Thu Hà")
    assert dialog.organisation.text() == "Chi bộ khu phố 2"          # theirs, where the user typed nothing
    assert "Tiêu đề: “Họp chi bộ tháng 3 năm 2020”" in dialog.notice.text()
    assert not dialog.reload_button.isVisible() and dialog.save_button.isEnabled()
    dialog.grab().save(str(tmp_path / "edit-reloaded.png"))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert not dialog.isVisible() and not any(d.isVisible() for d in window.error_dialogs)
    saved = window.archive.report(rid)
    assert (saved.title, saved.author, saved.organisation, saved.kind) == (
        "Họp chi bộ về phòng chống lụt bão", "Phạm Thu Hà", "Chi bộ khu phố 2", "hội nghị")


def test_a_title_that_makes_another_live_reports_text_is_refused_naming_it(window, qtbot, idle, write_jsonl):
    """The message names the live report with that text; the dialog stays open, nothing is saved."""
    body = "Chi bộ họp thường kỳ, bàn công tác phát triển đảng viên."
    twin = window.archive.import_paths([write_jsonl([{"title": "Họp chi bộ (bản chép lại)", "body": body}],
                                                    "twin.jsonl")]).imported[0].id
    rid, dialog = open_edit(window, idle, "Họp chi bộ tháng 3")
    dialog.title.setText("Họp chi bộ (bản chép lại)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(window)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.error_dialogs), timeout=5000)
    message = window.error_dialogs[-1].message.text()
    assert f"Không lưu được báo cáo số {rid}: báo cáo số {twin} “Họp chi bộ (bản chép lại)”" in message
    assert dialog.isVisible() and dialog.title.text() == "Họp chi bộ (bản chép lại)"
    assert window.archive.report(rid).title == "Họp chi bộ tháng 3"
    for d in window.error_dialogs:
        d.close()
    dialog.reject()


def test_reload_of_a_report_deleted_for_good_meanwhile_says_so_and_keeps_the_typing(window, qtbot, idle):
    from archive_app.core.editing import ReportEdit

    rid, dialog = open_edit(window, idle, "Họp chi bộ tháng 3")
    dialog.author.setText("Phạm Thu Hà")
    window.archive.edits.update(rid, ReportEdit(title="Họp chi bộ tháng 3 năm 2020"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(window)
    window.archive.trash.move([rid])                   # and then emptied from the trash at the other desk
    window.archive.trash.empty([rid])
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    idle(window)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.error_dialogs), timeout=5000)
    assert f"Không có báo cáo số {rid}" in window.error_dialogs[-1].message.text()
    assert dialog.isVisible() and dialog.author.text() == "Phạm Thu Hà"
    assert dialog.reload_button.isEnabled() and not dialog.save_button.isEnabled()
    for d in window.error_dialogs:
        d.close()
    dialog.reject()
