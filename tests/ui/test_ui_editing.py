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
