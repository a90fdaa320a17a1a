"""Tagging one or many reports with an accent-insensitive completer, and the tag manager."""
from PySide6.QtCore import Qt
from ui_helpers import select_rows

from archive_app.ui.widgets import tag_manager as tag_manager_module
from archive_app.ui.widgets.tag_editor import complete, split_tags


def test_completion_ignores_diacritics():
    names = ["dân vận", "Dự án", "thủy lợi", "nông thôn mới"]
    assert complete(names, "dan") == ["dân vận"]
    assert complete(names, "DA") == ["dân vận"]
    assert complete(names, "an") == ["Dự án"]
    assert complete(names, "thuy") == ["thủy lợi"]
    assert complete(names, "") == []
    assert split_tags("dân vận, họp tổ; ,  ") == ["dân vận", "họp tổ"]


def test_tag_several_selected_reports(window, qtbot, idle):
    select_rows(window, [0, 1, 2])
    ids = window.selected_ids()
    assert len(ids) == 3
    editor = window.tag_bar.edit
    assert editor.objectName() == "tagEditor" and editor.isEnabled()
    editor.setText("Nông thôn mới, dân vận")
    qtbot.mouseClick(window.tag_bar.add_button, Qt.MouseButton.LeftButton)
    idle(window)
    for rid in ids:
        assert {"nông thôn mới", "dân vận"} <= set(window.archive.report(rid).tags) or \
            {"Nông thôn mới", "dân vận"} <= set(window.archive.report(rid).tags)
    assert window.selected_ids() == ids                               # the selection survives the refresh
    counts = {v.key: v.count for v in window.filters.lists["tag"].facets.values()}
    assert counts["Nông thôn mới"] == 3
    row = window.results.row_of(ids[0])
    assert "Nông thôn mới" in window.results.data(window.results.index(row, 3))
    editor.setText("nông thôn mới")                                   # case aside: the same tag
    qtbot.mouseClick(window.tag_bar.remove_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert all("Nông thôn mới" not in window.archive.report(rid).tags for rid in ids)


def test_typing_in_the_tag_box_offers_tags_without_diacritics(window, qtbot, idle):
    select_rows(window, [0])
    idle(window)
    qtbot.keyClicks(window.tag_bar.edit, "dan")
    assert window.tag_bar.completer.candidates() == ["dân vận"]
    qtbot.keyClicks(window.tag_bar.edit, ", thu")
    assert window.tag_bar.completer.candidates() == ["thủy lợi"]
    index = window.tag_bar.completer.completionModel().index(0, 0)
    assert window.tag_bar.completer.pathFromIndex(index) == "dan, thủy lợi"
    window.tag_bar.completer.popup().hide()


def test_tag_manager_rename_colour_merge_delete(window, qtbot, idle, monkeypatch):
    window.actions["tagManagerAction"].trigger()
    idle(window)
    dialog = window.operations.tag_manager
    assert [t.name for t in dialog.tags] == ["dân vận", "thủy lợi"]
    assert dialog.select_tag("thủy lợi")
    monkeypatch.setattr(tag_manager_module, "ask_text", lambda *a: "Thủy lợi và đê điều")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert [t.name for t in dialog.tags] == ["dân vận", "Thủy lợi và đê điều"]
    window.search_edit.setText("de dieu")
    idle(window)
    assert window.results.rowCount() == 1                             # renamed tags are searchable at once
    dialog.select_tag("dân vận")
    dialog.set_colour("#388e3c")
    idle(window)
    assert window.tag_colours["dân vận"] == "#388e3c"
    dialog.select_tag("Thủy lợi và đê điều")
    monkeypatch.setattr(tag_manager_module, "ask_item", lambda *a: "dân vận")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert [(t.name, t.reports) for t in dialog.tags] == [("dân vận", 2)]
    dialog.select_tag("dân vận")
    monkeypatch.setattr(tag_manager_module, "confirm", lambda *a: True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert dialog.tags == [] and window.archive.tags() == []
    dialog.close()


def test_the_window_refreshes_from_what_a_write_changed(window, qtbot, idle, monkeypatch):
    """A new colour repaints the reader's chips but runs no search (colours are not searched); a
    rename changes what matches, so the list is searched again."""
    window.actions["tagManagerAction"].trigger()
    window.table.selectRow(0)
    idle(window)
    current, dialog = window.current_id(), window.operations.tag_manager
    assert current is not None
    submitted, opened = [], []
    real_open = window.open_report
    monkeypatch.setattr(window.search, "submit", lambda: submitted.append(True))
    monkeypatch.setattr(window, "open_report", lambda rid: (opened.append(rid), real_open(rid)))
    dialog.select_tag("dân vận")
    dialog.set_colour("#388e3c")
    idle(window)
    assert (submitted, opened) == ([], [current]) and window.tag_colours["dân vận"] == "#388e3c"
    dialog.select_tag("thủy lợi")
    monkeypatch.setattr(tag_manager_module, "ask_text", lambda *a: "Thủy lợi và đê điều")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    idle(window)
    assert submitted == [True]
    dialog.close()
