"""A second window on the same archive opens read-only and says so; the first keeps writing."""


def test_second_window_is_read_only_until_the_first_closes(make_window, filled_dir, qtbot, idle):
    first = make_window(filled_dir)
    second = make_window(filled_dir)
    assert not first.read_only and first.read_only_banner is None
    assert second.read_only and second.read_only_banner is not None
    assert "another window" in second.read_only_banner.label.text() or \
        "cửa sổ khác" in second.read_only_banner.label.text()
    for name in ("importAction", "editAction", "tagAction", "trashAction", "tagManagerAction", "reindexAction"):
        assert not second.actions[name].isEnabled(), name
    assert not second.tag_bar.isEnabled() and not second.acceptDrops()
    second.search_edit.setText("dan van")                  # reading goes on (every accent variant)
    idle(second)
    assert second.results.rowCount() == 4
    second.table.selectRow(0)
    assert not second.actions["trashAction"].isEnabled()    # selecting does not re-enable writing
    assert first.actions["importAction"].isEnabled()
    first.close()
    third = make_window(filled_dir)
    assert not third.read_only
