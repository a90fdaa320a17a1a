"""The window follows the search rule (DESIGN.md §5): snippets under each title marked by the rule,
the wider-result offer for a query with marks, and the word still being typed as a prefix."""
from archive_app.ui.models.results import TITLE, SnippetRole


def titles(window):
    return [window.results.summary(r).title for r in range(window.results.rowCount())]


def test_result_rows_show_a_snippet_marked_by_the_rule(window, idle, tmp_path):
    window.resize(1200, 700)
    window.search_edit.setText("dân vận")
    idle(window)
    model = window.results
    plain, spans = model.data(model.index(0, TITLE), SnippetRole)
    assert spans and all(plain[a:b].lower() == "dân vận" for a, b in spans)
    assert window.table.rowHeight(0) >= 2 * window.table.fontMetrics().height()
    window.search_edit.setText("")
    idle(window)
    assert model.data(model.index(0, TITLE), SnippetRole) is None       # no query: titles only
    window.search_edit.setText("dân vận")
    idle(window)
    window.table.grab().save(str(tmp_path / "snippets.png"))


def test_a_query_with_marks_offers_the_wider_result_in_one_click(window, idle, tmp_path):
    window.search_edit.setText("dân vận")
    idle(window)
    banner = window.wider_banner
    listed = window.results.rowCount()
    wider = window.last_outcome.browse.folded_total
    assert wider > listed and not banner.isHidden()
    assert str(wider) in banner.label.text() and str(wider) in banner.button.text()
    window.grab().save(str(tmp_path / "wider.png"))
    banner.button.click()
    idle(window)
    assert window.search_edit.text() == "dan van"
    assert window.results.rowCount() == wider and banner.isHidden()      # nothing wider: no offer


def test_the_word_being_typed_matches_as_a_prefix(window, idle):
    window.search_edit.setText("hoi ngh")
    idle(window)
    assert "Hội nghị sơ kết thủy lợi" in titles(window)
    window.search_edit.setText("hoi ngh ")           # a space: the word is finished, "ngh" is no syllable
    idle(window)
    assert window.results.rowCount() == 0
