"""HTML: Word-pasted markup, entities, line breaks, tables, main-content choice, legacy fonts, offline."""
from __future__ import annotations

import socket
import time

import pytest

from archive_app.core.extract import extract_bytes
from archive_app.core.extract.legacy import encode_tcvn3


def text_of(markup: str, name: str = "trang.html") -> str:
    return extract_bytes(markup.encode("utf-8"), name).text


def test_word_span_soup_never_splits_words():
    markup = ('<p class=MsoNormal><span style="font-size:14.0pt"><span lang=VI>Đồng ch</span></span>'
              '<span style="font-family:Times">í Ng</span><span>uy</span><span>ễn</span> <b>Tiến</b> '
              '<i><span>S</span>ữ</i><o:p></o:p></p>')
    assert text_of(markup) == "Đồng chí Nguyễn Tiến Sữ"


def test_entities_with_combining_marks_and_nbsp_runs():
    markup = ("<p>&nbsp; &nbsp; &nbsp;C&ocirc;\u0323ng t&aacute;c d&acirc;n v&acirc;\u0323n, "
              "H&#7897;i ngh&#x1ECB; &amp; giao&nbsp;&nbsp;&nbsp;ban "
              "&ldquo;D&acirc;n vận kh&eacute;o&rdquo;</p>")
    assert text_of(markup) == 'Cộng tác dân vận, Hội nghị & giao ban "Dân vận khéo"'


def test_breaks_blocks_and_blank_lines():
    markup = ("<div>Đảng ủy phường<br>Khối Dân vận<br/></div><p>Đoạn một.</p>\n\n<p></p><p>&nbsp;</p>"
              "<h2>Tiêu đề</h2><ul><li>Mục một</li><li>Mục hai</li></ul><p>Dòng<br><br>Đoạn mới</p>")
    assert text_of(markup) == ("Đảng ủy phường\nKhối Dân vận\n\nĐoạn một.\n\nTiêu đề\n\nMục một\n\nMục hai"
                               "\n\nDòng\n\nĐoạn mới")


def test_table_rows_are_paragraphs_and_cells_lines():
    markup = ("<table><tr><td><p>ĐẢNG BỘ QUẬN 1</p><p>ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH</p></td>"
              "<td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p></td></tr>"
              "<tr><td>Số 12-BC/ĐU</td><td></td><td>Tân Định, ngày 14 tháng 10 năm 2021</td></tr></table>"
              "<p>Nội dung báo cáo.</p>")
    assert text_of(markup).split("\n\n") == [
        "ĐẢNG BỘ QUẬN 1\nĐẢNG ỦY PHƯỜNG TÂN ĐỊNH\nĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 12-BC/ĐU\nTân Định, ngày 14 tháng 10 năm 2021",
        "Nội dung báo cáo.",
    ]


def test_scripts_styles_comments_and_hidden_text_are_dropped():
    markup = ("<html><head><style>p{color:red}</style><script>var a='<p>x</p>';</script></head><body>"
              "<!-- ghi chú --><p>Văn bản thật.</p><p style='display:none'>ẩn</p><p hidden>ẩn nữa</p>"
              "<p><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span>Mục có số</p>"
              "<noscript>Bật JavaScript</noscript></body></html>")
    assert text_of(markup) == "Văn bản thật.\n\nMục có số"


def test_portal_layout_without_article_tag_keeps_the_content_cell():
    menu = "".join(f"<li><a href='/m{i}'>Chuyên mục số {i} của cổng thông tin</a></li>" for i in range(15))
    body = "".join(f"<p>Đoạn {i}: UBND phường tổ chức hội nghị triển khai nhiệm vụ trọng tâm, "
                   f"đánh giá kết quả thực hiện kế hoạch năm 2021.</p>" for i in range(6))
    markup = (f"<html><body><table><tr><td class='left'><ul>{menu}</ul></td>"
              f"<td class='noidung'><h1>Hội nghị triển khai nhiệm vụ</h1>{body}</td></tr></table>"
              f"<div class='copyright'>Bản quyền thuộc UBND phường</div></body></html>")
    result = extract_bytes(markup.encode("utf-8"), "trang.htm")
    assert result.title == "Hội nghị triển khai nhiệm vụ"
    assert "Chuyên mục" not in result.text and "Bản quyền" not in result.text
    assert result.text.startswith("Hội nghị triển khai nhiệm vụ\nĐoạn 0: UBND phường")
    assert result.text.count("Đoạn ") == 6


def test_page_title_without_h1_comes_from_title_tag():
    markup = ("<html><head><title>Hội nghị giao ban quý III | Phường Tân Định</title></head>"
              "<body><div id='content'><p>Nội dung hội nghị giao ban quý III năm 2021 của phường.</p></div>"
              "</body></html>")
    result = extract_bytes(markup.encode("utf-8"), "a.html")
    assert result.title == "Hội nghị giao ban quý III"


def test_legacy_font_text_in_a_page_is_repaired():
    legacy = encode_tcvn3("Hội nghị giao ban công tác dân vận quý III năm 2021").decode("cp1252")
    markup = f"<html><body><p><font face='.VnTime'>{legacy}</font></p></body></html>"
    page = markup.encode("cp1252")
    assert extract_bytes(page, "cu.htm").text == "Hội nghị giao ban công tác dân vận quý III năm 2021"


def test_declared_and_legacy_charsets():
    text = "Hội nghị giao ban công tác dân vận"
    page = f'<html><head><meta charset="windows-1258"></head><body><p>{text}</p></body></html>'
    from archive_app.core.extract.legacy import encode_cp1258
    result = extract_bytes(encode_cp1258(page), "a.html")
    assert (result.text, result.encoding) == (text, "cp1258")
    utf16 = extract_bytes(page.replace("windows-1258", "utf-16").encode("utf-16"), "a.html")
    assert utf16.text == text and utf16.encoding == "utf-16"


def test_xhtml_with_declaration_and_html_named_txt():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><p>Biên bản họp chi bộ.</p></body></html>")
    result = extract_bytes(page.encode("utf-8"), "bien-ban.txt")
    assert (result.format, result.text) == ("html", "Biên bản họp chi bộ.")


def test_nothing_is_fetched(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = ('<!DOCTYPE html SYSTEM "http://example.invalid/dtd"><html><head>'
            '<link rel="stylesheet" href="http://example.invalid/a.css">'
            '<script src="http://example.invalid/a.js"></script></head><body>'
            '<img src="http://example.invalid/a.png"><iframe src="http://example.invalid/"></iframe>'
            "<p>Chỉ có đoạn này.</p></body></html>")
    started = time.monotonic()
    assert text_of(page) == "Chỉ có đoạn này."
    assert time.monotonic() - started < 5


def test_deeply_nested_markup_is_read_or_refused_cleanly():
    page = "<div>" * 5000 + "Nội dung sâu" + "</div>" * 5000
    try:
        assert "Nội dung sâu" in text_of(page)
    except Exception as error:  # only a KnownError is acceptable
        from archive_app.core.errors import KnownError
        assert isinstance(error, KnownError)


@pytest.mark.parametrize("closing", [
    "<h3>Để lại một bình luận</h3><p>Bình luận của bạn</p>",
    "<div class='comments'><h3>Trả lời</h3><p>Email của bạn sẽ không được hiển thị công khai.</p></div>",
    "<h2>Tin liên quan</h2><ul><li><a href='#'>Một bản tin khác</a></li></ul>",
    "<p>Chia sẻ:</p><p><a href='#'>Facebook</a></p><p><a href='#'>Zalo</a></p>",
])
def test_comment_forms_and_related_posts_are_dropped(closing):
    body = "<p>Nội dung chính của bản tin về hội nghị giao ban.</p><p>-Thanh Thủy-</p>"
    assert text_of(f"<html><body>{body}{closing}</body></html>").split("\n\n") == [
        "Nội dung chính của bản tin về hội nghị giao ban.", "-Thanh Thủy-"]
