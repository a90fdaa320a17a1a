"""Report → HTML (core.render): every field, escaped, hits marked with the app's fold, nothing remote."""
import datetime as dt
import re

from archive_app.core import render
from archive_app.core.models import PersonRole, Report

STAMP = dt.datetime(2024, 1, 2, 3, 4, 5)


def report(**kw):
    base = dict(id=42, title="Giao ban công tác dân vận quý III", date=dt.date(2021, 10, 14), kind="giao ban",
                organisation="Đảng ủy Khối", location="Hội trường A", author="Thanh Thủy",
                body="Đoạn một về dân vận.\n\nĐoạn hai, dòng một\ndòng hai.\n\n\nĐoạn ba.", summary=None,
                keywords=(), persons=(PersonRole("Nguyễn Tiến Sữ", "Phó Bí thư Thường trực", True),
                                      PersonRole("Trần Thị Hoa", "", False)),
                tags=("dân vận", "quý III"), source_name="a.txt", source_format="txt", source_ref="SRC-7",
                original_sha256=None, similar_to=None, imported_at=STAMP, updated_at=STAMP)
    base.update(kw)
    return Report(**base)


def text_of(html: str) -> str:
    import html as h

    return " ".join(h.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_every_field_is_rendered():
    out = render.report_html(report())
    text = text_of(out)
    for piece in ("Giao ban công tác dân vận quý III", "14/10/2021", "giao ban", "Đảng ủy Khối", "Hội trường A",
                  "Nguyễn Tiến Sữ – Phó Bí thư Thường trực", "(chủ trì)", "Trần Thị Hoa", "dân vận", "quý III",
                  "Số lưu trữ 42", "SRC-7", "Đoạn một về dân vận.", "Người viết: Thanh Thủy"):
        assert piece in text, piece
    assert text.index("Số lưu trữ") < text.index("Đoạn một") < text.index("Đoạn ba") < text.index("Thanh Thủy")


def test_paragraphs_split_on_blank_lines_and_keep_line_breaks():
    assert render.paragraphs("a\n\nb\nc\n \n\n d \n") == ["a", "b\nc", " d"]
    assert render.paragraphs("a\n\nb\nc\n\n\n") == ["a", "b\nc"]
    out = render.report_html(report())
    assert out.count('<p align="justify"') == 3
    assert "Đoạn hai, dòng một<br/>dòng hai." in out
    assert out.count(f'<a name="{render.BODY_ANCHOR}">') == 1


def test_english_labels():
    text = text_of(render.report_html(report(), lang="en"))
    assert "Meeting date 14/10/2021" in text and "Archive no. 42" in text and "(chair)" in text


def test_everything_is_escaped_and_nothing_is_remote_or_active():
    evil = '<script>alert(1)</script><img src="http://example.com/x.png"><a href="javascript:x()">y</a>'
    r = report(title=evil, body=evil + "\n\n" + evil, author=evil, kind=evil, organisation=evil, location=evil,
               persons=(PersonRole(evil, evil, True),), tags=(evil,), source_ref=evil)
    out = render.report_html(r, {"script"}, tag_colours={evil: 'red;background:url(http://x)'})
    tags, attrs = parsed(out)
    assert tags <= {"p", "table", "tr", "td", "th", "b", "i", "span", "br", "hr", "a"}
    assert attrs <= {"style", "align", "valign", "cellspacing", "cellpadding", "name", "width"}
    assert "url(" not in out and "&lt;script&gt;" in out and evil in text_of(out)


def parsed(out: str) -> tuple[set, set]:
    """The element and attribute names of an HTML fragment."""
    from html.parser import HTMLParser

    tags, attrs = set(), set()

    class Collect(HTMLParser):
        def handle_starttag(self, tag, pairs):
            tags.add(tag)
            attrs.update(k for k, _ in pairs)

    Collect().feed(out)
    return tags, attrs


def test_tag_colours_are_validated():
    out = render.report_html(report(tags=("a", "b")), tag_colours={"a": "#c62828", "b": "red; x"})
    assert "background-color:#c62828; color:#ffffff" in out
    assert f"background-color:{render.CHIP_COLOUR}; color:#000000" in out and "red; x" not in out


def test_hits_are_marked_with_the_apps_fold():
    out = render.report_html(report(), render.highlight_terms("dan van"))
    marked = re.findall(r'<span style="background-color:#fff176">([^<]*)</span>', out)
    assert marked == ["dân vận", "dân vận"]                  # title and body; tag chips are not marked


def test_highlight_of_diacritic_query_and_tone_variants():
    r = report(body="Công tác thủy lợi và thuỷ lợi; Thuỷ Lợi.", title="T")
    out = render.report_html(r, render.highlight_terms("thủy lợi"))
    assert len(re.findall(r"#fff176\">[^<]+<", out)) == 3
    assert render.highlight_terms("   ") == frozenset()


def test_no_highlight_without_terms():
    assert render.HIT_COLOUR not in render.report_html(report())


def test_missing_fields_leave_no_empty_rows():
    r = report(date=None, kind=None, organisation=None, location=None, author=None, persons=(), tags=(),
               source_ref=None, body="")
    text = text_of(render.report_html(r))
    assert "Ngày họp" not in text and "Thành phần" not in text and "Người viết" not in text
    assert "Số lưu trữ 42" in text


def test_cover_lists_reports_with_pages():
    r1, r2 = report(), report(id=7, title="Không ngày <b>", date=None)
    text = text_of(render.cover_html([(r1, 2), (r2, 5)], printed_on=dt.date(2026, 1, 31)))
    assert "Danh mục báo cáo" in text and "2 báo cáo · In ngày 31/01/2026" in text
    assert "1 Giao ban công tác dân vận quý III 14/10/2021 42 2" in text
    assert "2 Không ngày <b> không ngày 7 5" in text


def test_render_never_imports_qt():
    import subprocess
    import sys

    code = "import sys, archive_app.core.render; assert not any(m.startswith('PySide6') for m in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
