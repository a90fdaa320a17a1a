"""A day's work in the window (issue 19): visible filters, the keyboard, small screens, sorting,
import as an archivist does it, Delete with Undo, language, and a warm first search."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from ui_helpers import rep, select_rows

from archive_app.core.models import Filters

UI = Path(__file__).resolve().parents[2] / "archive_app" / "ui"


def titles(window):
    return [window.results.summary(r).title for r in range(window.results.rowCount())]


def chip_texts(window):
    return {name: chip.text() for name, chip in window.chips.chips.items()} if window.chips.isVisibleTo(window) else {}


# --- 12.4: the window's state is its own ---------------------------------------------------------
def test_helpers_never_set_window_attributes_and_never_import_the_app():
    for name in ("read_only.py", "sample_flow.py", "operations.py"):
        tree = ast.parse((UI / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            for t in targets:
                assert not (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                            and t.value.id == "window"), f"{name}:{node.lineno} sets window.{t.attr}"
    for path in [UI / "sample_flow.py", *(UI / "widgets").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = {a.name for a in node.names}
                assert not (node.module in ("app", "ui.app") or (node.module is None and "app" in names)
                            or node.module == "archive_app.ui.app"), f"{path.name} imports ui.app"


def test_window_declares_what_the_helpers_used_to_set(window):
    from archive_app.ui.operations import Operations

    assert isinstance(window.operations, Operations) and isinstance(window.operations, QObject)
    assert window.read_only is False and window.read_only_banner is None and window.sample_banner is None
    assert window.instance_lock is not None
    assert window.operations.index_jobs == 0


# --- 1: every active filter is visible ------------------------------------------------------------
def test_a_person_chosen_in_the_persons_dialog_shows_as_a_chip(window, qtbot, idle):
    window.search_edit.setText("thuy loi")
    idle(window)
    window.actions["personsAction"].trigger()
    idle(window)
    dialog = window.operations.persons_dialog
    dialog.filter_edit.setText("tran thi")                      # Enter: the person typed, not the first shown
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    idle(window)
    assert window.filters.filters().person == "Trần Thị Hoa"
    assert titles(window) == []                                 # she was not at the thủy lợi meeting …
    assert "Trần Thị Hoa" in chip_texts(window)["person"]       # … and the chip says why the list is empty
    assert dialog.isVisible()
    window.filters.set_person("Nguyễn Tiến Sữ")                 # the details pane follows the filter
    idle(window)
    assert dialog.person.name == "Nguyễn Tiến Sữ"
    qtbot.mouseClick(window.chips.chips["person"], Qt.MouseButton.LeftButton)   # ✕ drops it
    idle(window)
    assert window.filters.filters().person is None and not window.chips.isVisibleTo(window)
    assert titles(window) == ["Hội nghị sơ kết thủy lợi"]
    dialog.close()


def test_clear_filters_drops_every_chip_and_a_month_never_sticks_unseen(window, qtbot, idle):
    window.filters.lists["tag"].click_key("dân vận")
    idle(window)
    window.list_controls.month_clicked(2021, 10)
    idle(window)
    chips = chip_texts(window)
    assert set(chips) == {"tag", "dates"} and "10/2021" in chips["dates"]
    window.list_controls.month_clicked(2021, 10)                # the chosen month again: lifted
    idle(window)
    assert set(chip_texts(window)) == {"tag"}
    window.list_controls.month_clicked(2021, 10)
    idle(window)
    clear = window.findChild(QPushButton, "clearAllFiltersButton")
    assert clear.text() == "Bỏ lọc"
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    idle(window)
    assert not window.filters.filters().any() and chip_texts(window) == {}
    assert window.results.rowCount() == 5


# --- 2: keyboard ------------------------------------------------------------------------------------
def test_search_results_reader_tag_print_without_a_mouse(window, qtbot, idle):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "dan van")
    idle(window)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert window.table.hasFocus() and window.current_id() is not None
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    second = window.current_id()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)             # Enter reads it
    idle(window)
    assert window.reader.view.hasFocus() and window.reader.report.id == second
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Escape)       # back to the results
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.tag_bar.edit.hasFocus()
    qtbot.keyClicks(window.tag_bar.edit, "keyboard")
    qtbot.keyClick(window.tag_bar.edit, Qt.Key.Key_Return)
    idle(window)
    assert "keyboard" in window.archive.report(second).tags
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.exports.preview is not None and window.exports.preview.isVisible(), timeout=15000)
    assert [r.id for r in window.exports.preview.job.reports] == [second]
    window.exports.preview.close()


def test_dates_are_typed_and_tab_leaves_the_date_field(window, qtbot, idle):
    window.show()
    field = window.filters.date_from
    assert field.objectName() == "dateFrom"
    field.setFocus()
    qtbot.keyClicks(field, "01/01/2021")
    idle(window)
    assert window.filters.filters().date_from == dt.date(2021, 1, 1)
    assert "01/01/2021" in chip_texts(window)["dates"]
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.filters.date_to.hasFocus()                    # Tab goes on, never stuck
    qtbot.keyClicks(window.filters.date_to, "31.12.2021")
    idle(window)
    assert window.filters.filters().date_to == dt.date(2021, 12, 31)
    assert set(titles(window)) == {"Giao ban công tác dân vận quý III", "Hội nghị sơ kết thủy lợi"}
    window.filters.date_to.setText("31/02/2021")                # not a date: the filter stays as it was
    idle(window)
    assert window.filters.filters().date_to == dt.date(2021, 12, 31)


def test_help_lists_the_shortcuts(window):
    window.findChild(QAction, "shortcutsAction").trigger()
    table = window.shortcuts_dialog.table
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Chuyển xuống danh sách kết quả"].startswith("Mũi tên xuống")
    assert any(keys == "Del" or keys == "Delete" for keys in rows.values())
    assert "Ctrl+Z" in rows.values() and "Ctrl+F" in rows.values()
    assert table.verticalScrollBar().maximum() == 0                   # every key in sight, none scrolled off
    window.shortcuts_dialog.close()


# --- 3: small screens ----------------------------------------------------------------------------
def test_small_screens_fold_the_filters_and_timeline_and_keep_the_reader_readable(window, qtbot):
    window.show()
    for width, height, filters, timeline in ((1366, 768, True, True), (1024, 700, False, False)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width)
        assert window.filters.isVisible() is filters and window.timeline.isVisible() is timeline
        assert window.reader.width() >= 380 and window.table.width() >= 300
    window.findChild(QAction, "showFiltersAction").trigger()          # F9 brings them back
    assert window.filters.isVisible()
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.timeline.isVisible())



def test_nothing_is_cut_or_said_twice_at_1366_and_1024(window, qtbot, idle):
    """Seen on the screenshots: "Lưu tìm kiếm…" cut beside its title, the tag box's placeholder cut at
    1024×700, two "Bỏ lọc" buttons, and "3 báo cáo" said again by the wider-result line."""
    window.show()
    window.search_edit.setText("dân vận")
    idle(window)
    window.filters.lists["year"].click_key("2021")
    idle(window)
    clears = [b for b in window.findChildren(QPushButton) if b.text() == "Bỏ lọc" and b.isVisibleTo(window)]
    assert clears == [window.chips.clear_button]
    assert window.wider_banner.isVisibleTo(window) and not window.count_label.isVisibleTo(window)
    assert window.wider_banner.label.text().startswith("1 báo cáo")      # the count, said once
    save = window.views.save_button
    for width, height in ((1366, 768), (1024, 700)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width)
        qtbot.wait(100)                                               # (the layouts follow the resize)
        if window.filters.isVisible():
            assert save.width() >= save.sizeHint().width()
        edit = window.tag_bar.edit
        room = edit.width() - 2 * edit.fontMetrics().horizontalAdvance("x") - 24     # frame, clear button
        assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room, width
    window.filters.clear()
    window.search_edit.setText("thuy loi")
    idle(window)
    assert window.count_label.isVisibleTo(window) and not window.wider_banner.isVisibleTo(window)


def test_every_result_column_is_in_sight_and_the_title_keeps_a_readable_width(window, qtbot):
    from archive_app.ui.widgets.results_pane import TITLE_MIN_WIDTH
    window.show()
    header, table = window.table.horizontalHeader(), window.table
    for width, height in ((1400, 900), (1366, 768), (1024, 700)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width)
        qtbot.waitUntil(lambda: header.length() <= table.viewport().width())       # the Thẻ column too
        assert not table.horizontalScrollBar().isVisible() and header.sectionSize(1) >= TITLE_MIN_WIDTH
    window.splitter.setSizes([0, 380, 644])                           # a results pane too narrow for all
    qtbot.waitUntil(lambda: header.sectionSize(1) == TITLE_MIN_WIDTH)  # the title keeps its width, …
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible())  # … the other columns are a scroll away

# --- 4: sorting ------------------------------------------------------------------------------------
def test_title_header_sorts_in_vietnamese_order_and_the_menu_sorts_by_kind(window, idle):
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    idle(window)
    assert window.search.request.order == "title_asc"
    assert titles(window) == ["Ghi chép không ngày", "Giao ban công tác dân vận quý III", "Họp chi bộ tháng 3",
                              "Hội nghị sơ kết thủy lợi", "Làm việc với xã Đắk Môl"]
    assert window.actions.sort_menu.by_order["title_asc"].isChecked()
    window.findChild(QAction, "sort_kind_ascAction").trigger()
    idle(window)
    kinds = [window.archive.report(i).kind for i in window.results.ids()]
    assert kinds == ["giao ban", "hội nghị", "hội nghị", "làm việc", None]
    assert window.table.horizontalHeader().sortIndicatorSection() == -1


# --- 5: import as an archivist does it --------------------------------------------------------------
def test_import_tags_the_batch_and_shows_just_it(make_window, filled_dir, write_jsonl, idle):
    window = make_window(filled_dir)
    path = write_jsonl([rep("Họp tổ dân phố 1", "Tổ dân phố họp lần một."),
                        rep("Họp tổ dân phố 2", "Tổ dân phố họp lần hai.")], "batch.jsonl")
    window.imports.ask([path])
    options = window.imports.options
    assert "batch.jsonl" in options.what.text()
    options.tags_edit.setText("Hồ sơ 2021, tổ dân phố")
    options.accept()
    idle(window, timeout=30000)
    summary = window.imports.summary
    assert "Hồ sơ 2021" in summary.summary.text()
    summary.show_button.click()
    idle(window)
    assert set(titles(window)) == {"Họp tổ dân phố 1", "Họp tổ dân phố 2"}
    assert "2" in chip_texts(window)["batch"]
    for rid in window.results.ids():
        assert {"Hồ sơ 2021", "tổ dân phố"} <= set(window.archive.report(rid).tags)
    window.imports.remember_folder(path.parent)
    assert window.imports.last_folder() == str(path.parent)
    recent = window.views.list.item(0)
    assert recent.text() == "Gần đây (mới nhập)"
    window.views.list.itemClicked.emit(recent)
    idle(window)
    assert window.results.rowCount() == 7 and titles(window)[-2:] != ["Họp tổ dân phố 1", "Họp tổ dân phố 2"]
    assert set(titles(window)[:2]) == {"Họp tổ dân phố 1", "Họp tổ dân phố 2"}


def test_saved_searches_in_the_sidebar(window, idle):
    assert window.views.title.text() == "Tìm kiếm đã lưu"
    window.search_edit.setText("dan van")
    window.filters.set_person("Trần Thị Hoa")
    idle(window)
    window.views.save_button.click()                           # asks for a name, the query proposed
    assert window.views.dialog.textValue() == "dan van"
    window.views.dialog.setTextValue("Dân vận của chị Hoa")
    window.views.dialog.accept()
    window.search_edit.setText("")
    window.filters.clear()
    idle(window)
    item = window.views.list.item(1)
    assert "Dân vận của chị Hoa" in item.text()
    window.views.list.itemActivated.emit(item)
    idle(window)
    assert window.search_edit.text() == "dan van" and window.filters.filters() == Filters(person="Trần Thị Hoa")
    assert len(titles(window)) == 2


# --- 7: Delete with feedback and Undo ----------------------------------------------------------------
def test_delete_moves_on_to_the_next_row_and_ctrl_z_brings_it_back(window, qtbot, idle):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    select_rows(window, [1])
    gone, following = window.results.id_at(1), window.results.id_at(2)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    idle(window)
    assert gone not in window.results.ids()
    assert window.selected_ids() == [following] and window.current_id() == following
    assert "thùng rác" in window.statusBar().currentMessage() and "Ctrl+Z" in window.statusBar().currentMessage()
    assert window.undo_button.isVisible()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(window)
    assert gone in window.results.ids() and not window.undo_button.isVisible()
    assert not window.findChild(QAction, "undoAction").isEnabled()


# --- 8: language --------------------------------------------------------------------------------------
def test_qt_file_dialog_and_an_open_persons_dialog_speak_the_language(window, idle, qtbot):
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Tìm trong:" and labels["fileTypeLabel"] == "&Loại tệp:"
    dialog.deleteLater()
    window.actions["personsAction"].trigger()
    idle(window)
    persons = window.operations.persons_dialog
    assert persons.filter_button.text() == "Xem các báo cáo của người này"
    window.set_language("en")
    qtbot.waitUntil(lambda: persons.filter_button.text() == "Show their reports")
    assert persons.windowTitle().startswith("Persons") and persons.close_button.text() == "Close"
    assert window.chips.clear_button.text() == "Clear filters"
    persons.close()


# --- 10: the first search is warm -------------------------------------------------------------------
def test_the_index_is_opened_for_search_while_the_window_appears(window):
    assert window.archive.index._reader is not None      # opened by the warm-up, before any search typed
