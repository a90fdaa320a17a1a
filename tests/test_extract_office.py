"""DOCX and ODT structure: tables, lists, breaks, text boxes, content controls, tracked changes."""
from __future__ import annotations

import io
import json
import zipfile

from archive_app.core.extract import extract_bytes

try:  # the builders live with the cross-format tests
    from test_extract_formats import build_docx, build_odt, build_pdf, build_web_page, seed_paragraphs
except ImportError:  # tests/ imported as a package
    from tests.test_extract_formats import (
        build_docx,
        build_odt,
        build_pdf,
        build_web_page,
        seed_paragraphs,
    )

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with_body(body_xml: str, core_title: str | None = None) -> bytes:
    """A minimal DOCX package around a hand-written document body."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/"
                         "content-types'/>")
        package.writestr("_rels/.rels", "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
                         "relationships'><Relationship Id='rId1' Target='word/document.xml' Type='http://schemas."
                         "openxmlformats.org/officeDocument/2006/relationships/officeDocument'/></Relationships>")
        package.writestr("word/document.xml", f"<w:document xmlns:w='{W}' xmlns:mc='http://schemas.openxml"
                         f"formats.org/markup-compatibility/2006'><w:body>{body_xml}</w:body></w:document>")
        if core_title:
            package.writestr("docProps/core.xml", "<cp:coreProperties xmlns:cp='http://schemas.openxmlformats.org/"
                             "package/2006/metadata/core-properties' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                             f"<dc:title>{core_title}</dc:title></cp:coreProperties>")
    return out.getvalue()


def p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>"


def test_docx_tables_breaks_fields_and_revisions():
    body = (
        "<w:tbl><w:tr><w:tc>" + p(r("ĐẢNG BỘ QUẬN 1")) + p(r("ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH")) + "</w:tc>"
        "<w:tc>" + p(r("ĐẢNG CỘNG SẢN VIỆT NAM")) + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + p(r("Số 12-BC/ĐU")) + "</w:tc><w:tc>" + p() + "</w:tc></w:tr></w:tbl>"
        + p(r("BÁO CÁO"), "<w:r><w:br/></w:r>", r("Kết quả quý III"))
        + p(r("Ngày "), "<w:r><w:fldChar w:fldCharType='begin'/></w:r>",
            "<w:r><w:instrText> DATE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>", r("14/10/2021"),
            "<w:r><w:fldChar w:fldCharType='end'/></w:r>")
        + p(r("Chi bộ "), "<w:del><w:r><w:delText>không </w:delText></w:r></w:del>",
            "<w:ins><w:r><w:t>đã </w:t></w:r></w:ins>", r("thống nhất."))
        + "<w:sdt><w:sdtContent>" + p(r("Trong điều khiển nội dung")) + "</w:sdtContent></w:sdt>"
        + p(r("Có khung:"), "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
            + p(r("Chữ trong khung")) + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            "<w:txbxContent>" + p(r("Chữ trong khung")) + "</w:txbxContent></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")
        + p(r("Cột\u00a0một"), "<w:r><w:tab/></w:r>", r("cột hai"))
    )
    result = extract_bytes(docx_with_body(body, core_title="Microsoft Word - BC so 12.doc"), "bc.docx")
    assert result.text.split("\n\n") == [
        "ĐẢNG BỘ QUẬN 1\nĐẢNG ỦY PHƯỜNG TÂN ĐỊNH\nĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 12-BC/ĐU",
        "BÁO CÁO\nKết quả quý III",
        "Ngày 14/10/2021",
        "Chi bộ đã thống nhất.",
        "Trong điều khiển nội dung",
        "Có khung:",
        "Chữ trong khung",
        "Cột một cột hai",
    ]
    assert result.title == "BC so 12"


def test_docx_without_text_is_empty():
    from archive_app.core.errors import EmptyDocument
    try:
        extract_bytes(docx_with_body(p() + p(r("   "))), "rong.docx")
    except EmptyDocument as error:
        assert error.vi and error.en and error.vi != error.en
    else:
        raise AssertionError("an empty DOCX must raise EmptyDocument")


def test_odt_lists_tables_spaces_and_notes():
    body = (
        "<text:h text:outline-level='1'>Biên bản   họp</text:h>"
        "<text:p>Tổ<text:s text:c='3'/>dân phố<text:tab/>số 3<text:line-break/>phường Tân Định"
        "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Chú thích</text:p>"
        "</text:note-body></text:note></text:p>"
        "<text:list><text:list-item><text:p>Mục một</text:p></text:list-item>"
        "<text:list-item><text:p>Mục <text:span>hai</text:span></text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>Ô một</text:p></table:table-cell>"
        "<table:table-cell><text:p>Ô hai</text:p><text:p>dòng hai</text:p></table:table-cell>"
        "</table:table-row></table:table>"
        "<text:section><text:p>Trong phần</text:p></text:section>"
    )
    result = extract_bytes(build_odt(body), "bb.odt")
    assert result.text.split("\n\n") == [
        "Biên bản họp",
        "Tổ dân phố số 3\nphường Tân Định",
        "Mục một",
        "Mục hai",
        "Ô một\nÔ hai\ndòng hai",
        "Trong phần",
    ]


def test_flat_odt_and_other_xml():
    flat = ("<?xml version='1.0' encoding='UTF-8'?><office:document "
            "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
            "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' "
            "xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "office:mimetype='application/vnd.oasis.opendocument.text'><office:meta><dc:title>Biên bản"
            "</dc:title></office:meta><office:body><office:text><text:p>Nội dung phẳng.</text:p>"
            "</office:text></office:body></office:document>")
    result = extract_bytes(flat.encode("utf-8"), "bb.fodt")
    assert (result.format, result.title, result.text) == ("odt", "Biên bản", "Nội dung phẳng.")
    from archive_app.core.errors import UnsupportedFormat
    try:
        extract_bytes(b"<?xml version='1.0'?><data><row>1</row></data>", "so-lieu.xml")
    except UnsupportedFormat as error:
        assert "XML" in error.vi and "XML" in error.en
    else:
        raise AssertionError("plain XML is not a report")


def front_matter_page(paragraphs: list[str]) -> str:
    """A static-site post as the local-government sites publish them: JSON front matter, an HTML body."""
    meta = {"title": paragraphs[0], "date": "2023-04-12T08:30:00.000Z", "tag": [], "draft": False,
            "description": paragraphs[1]}
    return "---json\n" + json.dumps(meta, ensure_ascii=False, indent=4) + "\n---\n" + "".join(
        f"<p>{p}</p>\n" for p in paragraphs[2:])


def test_meta_is_json_serialisable_for_every_format():
    paragraphs = seed_paragraphs()
    for data, name in ((build_docx(paragraphs), "a.docx"), (build_odt("<text:p>Một</text:p>"), "a.odt"),
                       (build_pdf(paragraphs), "a.pdf"), (build_web_page(paragraphs).encode(), "a.html"),
                       (front_matter_page(paragraphs).encode(), "a.md")):
        result = extract_bytes(data, name)
        json.dumps(result.meta)
        assert result.date is None or result.date.year >= 2000
