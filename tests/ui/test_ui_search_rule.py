"""The window follows the search rule (DESIGN.md §5): snippets under each title marked by the rule,
the wider-result offer for a query with marks, and the word still being typed as a prefix."""
from PySide6.QtGui import QFontMetrics

from archive_app.ui.models.results import TITLE, SnippetRole
from archive_app.ui.widgets.search_extras import lead_to_first_hit


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


def test_a_snippet_in_a_narrow_column_still_shows_its_first_hit(qapp):
    fm = QFontMetrics(qapp.font())
    plain = ("...27-KH/ĐU ngày 02/3/2023 của Đảng ủy phường về công tác dân vận chính quyền; "
             "mỗi đoàn thể đăng ký ít nhất một mô hình")
    a = plain.index("dân vận")
    spans = [(a, a + len("dân vận"))]
    width = fm.horizontalAdvance(plain[:a]) // 2                 # the hit lies past the column's edge
    shown, moved = lead_to_first_hit(plain, spans, fm.horizontalAdvance, width)
    (start, end), = moved
    assert shown[start:end] == "dân vận"
    assert fm.horizontalAdvance(shown[:end]) <= width              # the marked word is on the line
    assert shown[0] == "…" and plain.endswith(shown[1:])           # only leading text dropped…
    assert plain[len(plain) - len(shown)] == " "                   # …at a word's start
    wide = fm.horizontalAdvance(plain)                             # room enough: nothing dropped
    assert lead_to_first_hit(plain, spans, fm.horizontalAdvance, wide) == (plain, spans)


def test_title_and_snippet_start_right_of_a_scan_mark(qapp):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

    from archive_app.ui.icons import icon
    from archive_app.ui.widgets.search_extras import SnippetDelegate

    model = QStandardItemModel()
    model.appendRow([QStandardItem(icon("scan"), "KHOI DAN VẬN ĐẢNG ỦY"), QStandardItem("Biên bản họp tổ")])
    view = QTableView()
    view.setModel(model)
    delegate = SnippetDelegate(view)
    view.setItemDelegate(delegate)
    view.resize(600, 200)
    view.show()

    def rects(row_index):
        opt = QStyleOptionViewItem()
        view.initViewItemOption(opt)                                  # as the view paints a cell
        opt.rect = view.visualRect(row_index)
        delegate.initStyleOption(opt, row_index)
        mark = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, view)
        return delegate.text_rect(opt), mark, QRect(opt.rect)

    text, mark, cell = rects(model.index(0, 0))
    assert mark.width() > 0 and text.left() > mark.right()        # the text does not run over the mark
    text, mark, cell = rects(model.index(0, 1))                     # a typed report: no mark, no gap
    assert text.left() == cell.left() + 4
