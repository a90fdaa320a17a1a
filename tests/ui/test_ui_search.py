"""Finding and reading: search as you type, the reader's highlighted hits, facets, dates, timeline, order."""
import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from ui_helpers import select_rows

from archive_app.core.models import ReportSummary
from archive_app.ui.models.results import PAGE, SNIPPET_PAGE, ResultsModel, SnippetRole


def titles(window):
    model = window.results
    return [model.summary(r).title for r in range(model.rowCount())]


def test_all_reports_listed_newest_first_at_start(window):
    assert window.results.rowCount() == 5
    assert titles(window)[0] == "Hội nghị sơ kết thủy lợi"
    assert titles(window)[-1] == "Ghi chép không ngày"           # no date: last
    assert window.results.data(window.results.index(0, 0)) == "02/11/2021"
    assert window.center.currentWidget() is not window.welcome


def test_typing_a_query_fills_the_results(window, qtbot, idle):
    qtbot.keyClicks(window.search_edit, "dan van")
    idle(window)
    found = titles(window)
    assert set(found) == {"Giao ban công tác dân vận quý III", "Làm việc với xã Đắk Môl",
                          "Ghi chép không ngày",                # "dẫn vẫn": an accent variant
                          "Hội nghị sơ kết thủy lợi"}           # "nhân dân" … "Lê Văn Tám"
    assert found[-1] == "Hội nghị sơ kết thủy lợi"              # the words are not side by side
    assert "4" in window.count_label.text()


def test_text_set_by_an_input_method_searches_too(window, idle):
    window.search_edit.setText("dân vận khéo")                   # what Telex/VNI leave in the box
    idle(window)
    assert titles(window) == ["Giao ban công tác dân vận quý III"]
    window.search_edit.setText("")
    idle(window)
    assert window.results.rowCount() == 5


def test_selected_report_shows_every_hit_highlighted(window, idle):
    window.search_edit.setText("dan van")
    idle(window)
    row = titles(window).index("Giao ban công tác dân vận quý III")
    select_rows(window, [row])
    window.open_report(window.results.id_at(row))
    idle(window)
    reader = window.reader
    assert reader.report.title == "Giao ban công tác dân vận quý III"
    text = reader.view.toPlainText()
    assert "Nguyễn Tiến Sữ" in text and "Phó Bí thư Thường trực" in text and "14/10/2021" in text
    assert [h.lower() for h in reader.highlighted_texts()] == ["dân vận", "dân vận", "dân vận"]
    assert reader.current_hit() == 0
    assert reader.counter.text().endswith("1/3")
    window.actions["nextHitAction"].trigger()
    assert reader.current_hit() == 1 and reader.counter.text().endswith("2/3")
    window.actions["previousHitAction"].trigger()
    window.actions["previousHitAction"].trigger()
    assert reader.current_hit() == 2
    assert 'background-color:#fff176' in reader.view.toHtml().replace(" ", "") or \
        "#fff176" in reader.view.toHtml()


def test_facet_clicks_filter_and_unfilter(window, idle):
    persons = window.filters.lists["person"]
    counts = {v.key: v.count for v in persons.facets.values()}
    assert counts["Nguyễn Tiến Sữ"] == 2 and counts["Trần Thị Hoa"] == 2
    persons.click_key("Trần Thị Hoa")
    idle(window)
    assert set(titles(window)) == {"Giao ban công tác dân vận quý III", "Làm việc với xã Đắk Môl"}
    window.filters.lists["kind"].click_key("giao ban")
    idle(window)
    assert titles(window) == ["Giao ban công tác dân vận quý III"]
    window.filters.lists["kind"].click_key("giao ban")             # clicking again lifts the filter
    persons.click_key("Trần Thị Hoa")
    idle(window)
    assert window.results.rowCount() == 5


def test_facet_click_with_the_mouse(window, qtbot, idle):
    tags = window.filters.lists["tag"]
    row = tags.facets.row_of("thủy lợi")
    rect = tags.visualRect(tags.facets.index(row, 0))
    qtbot.mouseClick(tags.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle(window)
    assert titles(window) == ["Hội nghị sơ kết thủy lợi"]


def test_year_facet_and_date_range(window, idle):
    window.filters.lists["year"].click_key("2020")
    idle(window)
    assert set(titles(window)) == {"Làm việc với xã Đắk Môl", "Họp chi bộ tháng 3"}
    assert window.filters.date_from.date() == QDate(2020, 1, 1)
    window.filters.clear()
    idle(window)
    window.filters.date_from.setDate(QDate(2021, 11, 1))
    idle(window)
    assert titles(window) == ["Hội nghị sơ kết thủy lợi"]
    assert window.filters.filters().date_from == dt.date(2021, 11, 1)


def test_timeline_bar_click_filters_to_its_month(window, qtbot, idle):
    timeline = window.timeline
    timeline.resize(600, 70)
    months = timeline.months()
    assert months[0] == "2020-02" and months[-1] == "2021-11"
    i = months.index("2021-10")
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.bar_rect(i).center().toPoint())
    idle(window)
    assert titles(window) == ["Giao ban công tác dân vận quý III"]
    assert timeline.selected == "2021-10"
    assert timeline.months() == months                            # the other months stay visible


def test_sorting_by_date_asks_the_core(window, idle):
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    idle(window)
    dated = [t for t in titles(window) if t != "Ghi chép không ngày"]   # (undated ones: the core's choice)
    assert dated[0] == "Làm việc với xã Đắk Môl"
    assert window.search.request.order == "date_asc"
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    idle(window)
    assert titles(window)[0] == "Hội nghị sơ kết thủy lợi"
    window.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)     # tags: back to relevance
    idle(window)
    assert window.search.request.order == ""


def test_results_model_fetches_rows_a_page_at_a_time():
    fetched = []

    def fetch(ids):
        fetched.append(len(ids))
        return {i: ReportSummary(i, f"r{i}", None, None, (), ()) for i in ids}

    model = ResultsModel(fetch)
    model.set_ids(range(100_000))
    assert model.rowCount() == 100_000 and fetched == []
    assert model.data(model.index(5, 1)) == "r5"
    assert model.data(model.index(PAGE - 1, 1)) == f"r{PAGE - 1}"
    assert fetched == [PAGE]
    assert model.data(model.index(99_999, 1)) == "r99999"
    assert fetched == [PAGE, PAGE]
    model.refresh([7])
    model.data(model.index(7, 1))
    assert len(fetched) == 3


def test_scrolling_the_table_paints_without_fetching_everything(window):
    window.table.scrollToBottom()
    window.table.viewport().grab()
    assert window.results.rowCount() == 5
    assert window.table.indexAt(QPoint(5, 5)).isValid()


def test_the_list_comes_first_with_its_rows_and_snippets_made_on_the_worker(window, idle, qtbot):
    """Issue 19: the GUI thread only paints a new list — the first rows and the visible rows'
    snippets come made by the search worker — and facets and the timeline follow it."""
    fetched, snipped, order = [], [], []
    window.results._fetch = lambda ids: fetched.append(ids) or window.archive.summaries(ids)
    window.results.set_snippet_source(lambda ids, terms: snipped.append(ids) or window.archive.snippets(ids, terms))
    window.search.resultsReady.connect(lambda o: order.append(("list", o.browse.facets.persons)))
    window.search.countsReady.connect(lambda o: order.append(("counts", o.browse.facets.persons)))
    window.search_edit.setText("dân vận")
    idle(window)
    assert [kind for kind, _ in order] == ["list", "counts"]
    assert order[0][1] == () and order[1][1]                          # facets come with the counts
    model = window.results
    assert model.rowCount() == 2
    for row in range(model.rowCount()):
        assert model.data(model.index(row, 1)) and model.data(model.index(row, 1), SnippetRole)[1]
    assert fetched == [] and snipped == []                             # nothing read on the GUI thread
    assert window.filters.lists["person"].facets.rowCount() > 0


def test_snippets_past_the_first_screen_are_made_when_scrolled_to():
    made = []

    def snippets(ids, terms):
        made.append(list(ids))
        return {i: (f"r{i}", [(0, 1)]) for i in ids}

    model = ResultsModel(lambda ids: {})
    model.set_snippet_source(snippets)
    model.set_ids(range(1000), ("x",), rows={}, snippets={i: ("first", [(0, 1)]) for i in range(12)})
    assert model.snippet(11) == ("first", [(0, 1)]) and made == []
    assert model.snippet(500) == ("r500", [(0, 1)])
    assert made == [list(range(500, 500 + SNIPPET_PAGE))]
    model.snippet(499)                                                 # scrolling up: only the rows not made
    assert made[-1] == list(range(499, 500))
