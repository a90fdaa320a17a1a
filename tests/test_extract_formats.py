"""The same report saved as TXT (every encoding), HTML, DOCX, ODT and PDF gives the same text."""
from __future__ import annotations

import datetime
import html
import io
import zipfile

import pytest

from archive_app.core.extract import extract_bytes, extract_file
from archive_app.core.extract.legacy import encode_cp1258, encode_tcvn3, encode_viqr, encode_vni
from archive_app.core.vietnamese import normalize

from shared_paths import REPORT_TEXT

# "The seed" in this file is our own seed-like report in tests/data (shared_paths.REPORT).
SEED = REPORT_TEXT
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"     # Debian/Ubuntu: fonts-dejavu-core
# The report ends with a comment form's text ("Trả lời", "Email của bạn …"): on a web page that is
# boilerplate, in a plain file it is text.
COMMENT_FORM_PARAGRAPHS = 2


def seed_paragraphs() -> list[str]:
    return [p for p in SEED.strip().split("\n\n") if p.strip()]


def comparable(text: str) -> list[str]:
    """Paragraphs with whitespace normalised (spaces, NBSP, line breaks inside a paragraph)."""
    return [" ".join(p.split()) for p in normalize(text).split("\n\n") if p.strip()]


EXPECTED = comparable(SEED)
EXPECTED_WEB = EXPECTED[:-COMMENT_FORM_PARAGRAPHS]


def asciified(text: str) -> str:
    """What a VIQR writer would type: ASCII punctuation."""
    table = {"–": "-", "“": '"', "”": '"', "…": "...", "\xa0": " ", "‘": "'", "’": "'"}
    return "".join(table.get(ch, ch) for ch in text)


# ------------------------------------------------------------------ builders
def build_docx(paragraphs: list[str], title: str | None = "Báo cáo giao ban") -> bytes:
    import docx
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title or ""
    document.core_properties.created = datetime.datetime(2021, 10, 14, 8, 0)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
<office:body><office:text>{body}</office:text></office:body></office:document-content>"""
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">
<office:meta><dc:title>{title}</dc:title><meta:creation-date>2021-10-14T08:00:00</meta:creation-date>
</office:meta></office:document-meta>"""


def build_odt(body_xml: str, title: str = "Báo cáo giao ban") -> bytes:
    """A minimal valid ODT package: mimetype first and stored, manifest, content, meta."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        package.writestr("META-INF/manifest.xml", ODT_MANIFEST.format(mime=ODT_MIMETYPE),
                         compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("content.xml", ODT_CONTENT.format(body=body_xml), compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("meta.xml", ODT_META.format(title=html.escape(title)),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def odt_paragraph(text: str) -> str:
    """One text:p, spaces written the ODF way (text:s for runs, text:line-break for newlines)."""
    parts = []
    for index, line in enumerate(text.split("\n")):
        if index:
            parts.append("<text:line-break/>")
        escaped = html.escape(line, quote=False).replace("  ", ' <text:s text:c="1"/>')
        parts.append(escaped)
    return f"<text:p>{''.join(parts)}</text:p>"


def build_pdf(paragraphs: list[str]) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_title("Báo cáo giao ban")
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=11)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph.replace("\xa0", " "))
        pdf.ln(4)
    return bytes(pdf.output())


def build_report_pdf(paragraphs: list[str]) -> bytes:
    """A printed-report layout: running header, page numbers, first-line indents, no extra spacing."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", size=9)
            self.cell(0, 5, "Đảng ủy phường Tân Định", align="R")
            self.ln(8)

        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", size=9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Report()
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_page()
    for paragraph in paragraphs:
        pdf.set_font("DejaVu", size=12)
        pdf.set_x(pdf.l_margin + 12)
        pdf.write(6, paragraph.replace("\xa0", " "))
        pdf.ln(6)
    return bytes(pdf.output())


def build_web_page(paragraphs: list[str]) -> str:
    """A saved WordPress-style page: menus, share buttons, comment form, related posts, sidebar."""
    title, body = paragraphs[0], paragraphs[1:]
    article = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} &#8211; Phường Tân Định</title>
<meta property="article:published_time" content="2021-10-15T02:00:00+00:00">
<script>window.dataLayer = [{{"x": "<p>không phải nội dung</p>"}}];</script>
<style>.entry-content p {{ margin: 0 }}</style>
<link rel="stylesheet" href="https://example.invalid/style.css"></head>
<body class="post-template-default single single-post has-sidebar">
<header id="masthead" class="site-header"><h1 class="site-title"><a href="/">Phường Tân Định</a></h1>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-1021" class="post-1021 post type-post status-publish category-tin-tuc tag-dan-van">
<header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <time datetime="2021-10-15">15/10/2021</time></span>
<span class="byline">bởi admin</span></div></header>
<div class="entry-content">
{article}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3>
<ul><li><a class="share-facebook" href="#">Facebook</a></li>
<li><a class="share-twitter" href="#">Twitter</a></li>
<li><a class="share-print" href="#">In</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: Tin tức</span></footer>
</article>
<nav class="navigation post-navigation"><a href="/bai-truoc">Bài trước</a></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.
Các trường bắt buộc được đánh dấu *</p>
<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment"></textarea></p>
<p class="form-submit"><input type="submit" value="Phản hồi"></p></form></div></div>
<section class="related-posts"><h2>Bài viết liên quan</h2><ul>
<li><a href="/a">Hội nghị giao ban công tác dân vận quý II năm 2021</a></li>
<li><a href="/b">Ra mắt mô hình “Dân vận khéo” tại khu phố 3</a></li></ul></section>
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2>Tin mới</h2><ul><li>Tin A</li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer">© 2021 Đảng ủy phường Tân Định. Địa chỉ: 1 Trần Quang Khải.</footer>
<img src="https://example.invalid/tracker.gif" alt="">
</body></html>"""


# ------------------------------------------------------------------ text encodings
@pytest.mark.parametrize("encoding, data", [
    ("utf-8", SEED.encode("utf-8")),
    ("utf-8", SEED.encode("utf-8-sig")),
    ("utf-16", SEED.encode("utf-16")),
    ("utf-16", SEED.encode("utf-16-be")),
    ("cp1258", encode_cp1258(SEED)),
    ("tcvn3", encode_tcvn3(SEED)),
    ("vni", encode_vni(SEED)),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-nobom", "cp1258", "tcvn3", "vni"])
def test_seed_as_text_in_every_encoding(encoding, data):
    result = extract_bytes(data, "bao-cao.txt")
    assert result.format == "txt"
    assert result.encoding == encoding
    assert comparable(result.text) == EXPECTED
    assert "Võ Thành Lộc" in result.text and "Đảng ủy" in result.text


def test_cp1258_file_really_uses_combining_marks():
    data = encode_cp1258("Võ Thành Lộc")
    assert b"\xde" in data or b"\xcc" in data or b"\xec" in data or b"\xd2" in data or b"\xf2" in data
    assert extract_bytes(data + b"\r\n" + encode_cp1258(SEED), "a.txt").text.startswith("Võ Thành Lộc")


def test_seed_as_viqr():
    viqr = encode_viqr(asciified(SEED)).encode("ascii")
    result = extract_bytes(viqr, "bao-cao.txt")
    assert result.encoding == "viqr"
    assert comparable(result.text) == comparable(asciified(SEED))
    assert "Võ Thành Lộc" in result.text and "ngu+o+`i" not in result.text


# ------------------------------------------------------------------ containers
def test_seed_as_docx():
    result = extract_bytes(build_docx(seed_paragraphs()), "bao-cao.docx")
    assert result.format == "docx"
    assert comparable(result.text) == EXPECTED
    assert result.title == "Báo cáo giao ban"
    assert result.date == datetime.date(2021, 10, 14)


def test_seed_as_odt():
    body = "".join(odt_paragraph(p) for p in seed_paragraphs())
    result = extract_bytes(build_odt(body), "bao-cao.odt")
    assert result.format == "odt"
    assert comparable(result.text) == EXPECTED
    assert result.title == "Báo cáo giao ban"
    assert result.date == datetime.date(2021, 10, 14)


def test_seed_as_pdf():
    result = extract_bytes(build_pdf(seed_paragraphs()), "bao-cao.pdf")
    assert result.format == "pdf"
    assert comparable(result.text) == EXPECTED
    assert result.meta["pages"] >= 1


def test_pdf_over_pages_with_indents_header_and_page_numbers():
    paragraphs = seed_paragraphs() * 3
    result = extract_bytes(build_report_pdf(paragraphs), "in.pdf")
    assert result.meta["pages"] >= 3
    assert comparable(result.text) == comparable("\n\n".join(paragraphs))
    assert "Tân Định" not in result.text


def test_seed_as_web_page_keeps_only_the_article():
    page = build_web_page(seed_paragraphs()[:-COMMENT_FORM_PARAGRAPHS])
    result = extract_bytes(page.encode("utf-8"), "bao-cao.html")
    assert result.format == "html"
    assert comparable(result.text) == EXPECTED_WEB
    assert result.title == normalize(seed_paragraphs()[0])
    assert result.date == datetime.date(2021, 10, 15)
    for boilerplate in ("Trang chủ", "Chia sẻ", "Facebook", "Trả lời", "Email của bạn", "Bài viết liên quan",
                        "Tin mới", "Phản hồi", "không phải nội dung", "©", "bởi admin", "Bài trước"):
        assert boilerplate not in result.text


def test_all_formats_agree(tmp_path):
    paragraphs = seed_paragraphs()
    files = {
        "a.txt": SEED.encode("utf-8"), "b.txt": encode_tcvn3(SEED), "c.docx": build_docx(paragraphs),
        "d.odt": build_odt("".join(odt_paragraph(p) for p in paragraphs)), "e.pdf": build_pdf(paragraphs),
    }
    texts = set()
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        texts.add(tuple(comparable(extract_file(tmp_path / name).text)))
    assert len(texts) == 1


def test_output_conventions():
    for data, name in ((build_docx(seed_paragraphs()), "x.docx"), (encode_vni(SEED), "x.txt"),
                       (build_pdf(seed_paragraphs()), "x.pdf")):
        text = extract_bytes(data, name).text
        assert "\n\n\n" not in text and not text.startswith(("\n", " ")) and not text.endswith(("\n", " "))
        assert all(line == line.strip() for line in text.split("\n"))
        assert "  " not in text and "\xa0" not in text and "\r" not in text
        assert text == normalize(text)
