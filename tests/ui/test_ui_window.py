"""Language, remembered layout, errors as dialogs, the persons view, index work at start, shortcuts."""
import shutil

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from archive_app.core.errors import BadInput
from archive_app.ui import i18n
from archive_app.ui.models.persons import role_spans
from archive_app.ui.settings import app_settings
from archive_app.ui.tasks import TaskError
from archive_app.ui.widgets.error_dialog import ErrorDialog


def test_vietnamese_by_default_english_selectable_and_remembered(window, qtbot):
    assert i18n.current() == "vi"
    assert window.actions["importAction"].text() == "&Nhập tệp…"
    assert window.results.headerData(0, Qt.Orientation.Horizontal) == "Ngày"
    assert window.filters.titles["person"].text() == "Người"
    assert "báo cáo" in window.count_label.text()
    assert window.actions["languageViAction"].isChecked()
    window.actions["languageEnAction"].trigger()
    assert i18n.current() == "en"
    qtbot.waitUntil(lambda: window.actions["importAction"].text() == "&Import files…")   # (posted: hidden)
    assert window.results.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert window.filters.titles["person"].text() == "Persons"
    assert window.count_label.text() == "5 reports"
    assert window.tag_bar.label.text().startswith("Tag 1 selected report")
    assert window.search_edit.placeholderText().startswith("Search by words")
    assert app_settings().value("language") == "en"
    window.close()
    from archive_app.ui import app as ui_app

    assert ui_app.saved_language() == "en"
    window.actions["languageViAction"].trigger()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_qt_standard_buttons_are_vietnamese(window):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Tìm trong:"
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Dán"


def test_layout_and_column_widths_are_remembered(make_window, filled_dir):
    first = make_window(filled_dir)
    first.table.setColumnWidth(1, 333)
    first.splitter.setSizes([200, 700, 500])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(filled_dir)
    assert second.table.columnWidth(1) == 333
    assert second.splitter.sizes() == sizes


def test_errors_are_dialogs_with_details_hidden(window, qtbot, idle):
    window.workers.run("read", lambda ctx: 1 / 0)
    idle(window)
    dialog = window.error_dialogs[-1]
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "Traceback" not in dialog.message.text()
    assert not dialog.details.isVisible() and "ZeroDivisionError" in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    dialog.close()
    window.show_error(TaskError(BadInput("Ngày không hợp lệ", "Invalid date"), "trace"))
    known = window.error_dialogs[-1]
    assert known.message.text() == "Ngày không hợp lệ" and not known.details_button.isVisible()
    known.close()


def test_slot_exceptions_become_dialogs(window, monkeypatch):
    import sys

    from archive_app.ui.app import _install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _install_excepthook(window)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    dialog = window.error_dialogs[-1]
    assert "boom" in dialog.details.toPlainText()
    dialog.close()


def test_persons_view_lists_people_in_vietnamese_order_with_meetings(window, idle):
    window.actions["personsAction"].trigger()
    idle(window)
    dialog = window.operations.persons_dialog
    names = [dialog.people.person(r).name for r in range(dialog.people.rowCount())]
    assert names == ["Trần Thị Hoa", "Nguyễn Tiến Sữ", "Lê Văn Tám"]        # by given name: Hoa, Sữ, Tám
    dialog.filter_edit.setText("nguyen tien")
    assert dialog.people.rowCount() == 1
    dialog.filter_edit.setText("")
    assert dialog.select_name("Trần Thị Hoa")
    idle(window)
    assert dialog.meetings.rowCount() == 2
    assert dialog.meetings.item(0, 0).text() == "14/10/2021"
    assert dialog.meetings.item(0, 2).text() == "Trưởng Ban Dân vận"
    assert dialog.meetings.item(1, 2).text() == "Phó Trưởng Ban Dân vận (chủ trì)"
    heading = dialog.heading.text()
    assert heading.index("Phó Trưởng Ban Dân vận") < heading.index("Trưởng Ban Dân vận<")
    opened = []
    dialog.openReport.connect(opened.append)
    dialog.table.doubleClicked.emit(dialog.meetings.index(0, 1))
    assert opened and window.archive.report(opened[0]).title.startswith("Giao ban")
    dialog.filter_button.click()
    idle(window)
    assert window.results.rowCount() == 2
    dialog.close()


def test_role_spans_group_roles_over_time():
    import datetime as dt

    from archive_app.core.models import PersonMeeting

    meetings = [PersonMeeting(1, "a", None, "Bí thư", False),
                PersonMeeting(2, "b", dt.date(2019, 1, 5), "Phó Bí thư", False),
                PersonMeeting(3, "c", dt.date(2020, 3, 1), "Bí thư", True),
                PersonMeeting(4, "d", dt.date(2021, 6, 1), "bí  thư", False),
                PersonMeeting(5, "e", None, "", False)]
    spans = role_spans(meetings)
    assert [(s.role, s.first, s.last, s.meetings) for s in spans] == [
        ("Phó Bí thư", dt.date(2019, 1, 5), dt.date(2019, 1, 5), 1),
        ("Bí thư", dt.date(2020, 3, 1), dt.date(2021, 6, 1), 3),
        ("", None, None, 1)]


def test_missing_index_is_rebuilt_at_start_with_progress(filled_dir, qtbot, idle, monkeypatch):
    from archive_app.ui.app import build_main_window
    from archive_app.ui.widgets.index_status import IndexStatus

    shutil.rmtree(filled_dir / "index")
    shown = []
    original = IndexStatus.progress
    monkeypatch.setattr(IndexStatus, "progress", lambda self, done, total: (shown.append((done, total)),
                                                                         original(self, done, total)))
    window = build_main_window(filled_dir)
    qtbot.addWidget(window)
    waited = []
    window.search.waitingForIndex.connect(waited.append)
    window.search_edit.setText("thuy loi")                           # typed while the index is rebuilt
    idle(window)
    assert waited[:1] == [True]
    assert shown and shown[-1] == (5, 5)
    assert not window.index_status.isVisibleTo(window)
    assert window.results.rowCount() == 1                            # the waiting search ran afterwards
    window.close()


def test_keyboard_shortcuts_exist(window):
    shortcuts = {name: window.actions[name].shortcut().toString() for name in
                 ("findAction", "importAction", "printAction", "nextHitAction", "previousHitAction",
                  "trashAction")}
    assert shortcuts == {"findAction": "Ctrl+F", "importAction": "Ctrl+I", "printAction": "Ctrl+P",
                         "nextHitAction": "F3", "previousHitAction": "Shift+F3", "trashAction": "Del"}
    window.actions["findAction"].trigger()
    assert QApplication.focusWidget() in (window.search_edit, None)


def test_an_open_persons_view_follows_a_write_that_changes_persons(window, idle):
    window.actions["personsAction"].trigger()
    idle(window)
    dialog = window.operations.persons_dialog
    assert dialog.select_name("Lê Văn Tám")
    titles = [window.results.summary(r).title for r in range(window.results.rowCount())]
    window.table.selectRow(titles.index("Hội nghị sơ kết thủy lợi"))
    window.actions["trashAction"].trigger()                 # his only meeting goes to the trash
    idle(window)
    assert not dialog.select_name("Lê Văn Tám") and dialog.select_name("Trần Thị Hoa")
    dialog.close()
