"""A corpus of broken files made on purpose from small valid ones (for the bad-input tests).

``broken_corpus(seed)`` returns 500 (name, bytes) pairs: truncations at many offsets, bit flips, random
bytes behind the right magic and extension, zip bombs (huge declared or actual inflation ratio, sizes
that lie), nested zips, DOCX/ODT with broken or hostile XML, PDFs with a broken xref, HTML with
unclosed tags and giant attributes, wrong encodings, and empty files. Deterministic for a seed.
"""
from __future__ import annotations

import html
import io
import random
import struct
import zipfile

from test_extract_formats import ODT_MIMETYPE, build_docx, build_odt, build_pdf, odt_paragraph

PARAGRAPHS = ["BIÊN BẢN HỌP CHI BỘ", "Hôm nay, ngày 14/10/2021, Chi bộ họp bàn công tác dân vận (43-CT/TU).",
              "Đồng chí Nguyễn Tiến Sữ – Bí thư Chi bộ – chủ trì. Thư ký: Trần Thị Hoà.",
              "Chi bộ thống nhất: làm tốt công tác dân vận khéo, thủy lợi và khỏe mạnh."]
TEXT = "\n\n".join(PARAGRAPHS)
SECRET = "root:x:0:0"            # what an XML external entity pointing at /etc/passwd would leak
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def valid_seeds() -> dict[str, bytes]:
    """One small valid file per format (names carry the extension)."""
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Biên bản</title></head><body>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in PARAGRAPHS) + "</body></html>")
    return {
        "seed.txt": TEXT.encode("utf-8"),
        "seed.md": ("# " + TEXT).encode("utf-8"),
        "seed.html": page.encode("utf-8"),
        "seed.docx": build_docx(PARAGRAPHS),
        "seed.odt": build_odt("".join(odt_paragraph(p) for p in PARAGRAPHS)),
        "seed.pdf": build_pdf(PARAGRAPHS),
        "seed.rtf": ("{\\rtf1\\ansi " + "\\par ".join(p.encode("ascii", "replace").decode() for p in PARAGRAPHS)
                     + "}").encode("ascii"),
    }


def _zip(members: dict[str, bytes], compress=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def _docx(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    members = {"[Content_Types].xml": b"<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>",
               "word/document.xml": document_xml}
    members.update(extra or {})
    return _zip(members)


def _odt(content_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content_xml, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _lie_about_sizes(data: bytes, size: int) -> bytes:
    """Rewrite every declared uncompressed size (local headers and central directory) as ``size``."""
    out = bytearray(data)
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = out.find(sig)
        while at >= 0:
            out[at + offset:at + offset + 4] = struct.pack("<I", size)
            at = out.find(sig, at + 4)
    return bytes(out)


def zip_bombs() -> list[tuple[str, bytes]]:
    zeros = b"\0" * (6 * 1024 * 1024)                          # 6 MB inflating from ~6 KB: ratio ~1000:1
    doc = f"<w:document xmlns:w='{W}'><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>".encode()
    many = {f"word/media/{i}.bin": b"" for i in range(25_000)}
    return [
        ("bomb-ratio.docx", _docx(doc, {"word/media/zeros.bin": zeros})),
        ("bomb-document.docx", _docx(b"<w:document xmlns:w='" + W.encode() + b"'><w:body><w:p><w:r><w:t>"
                                     + b" " * (6 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body></w:document>")),
        ("bomb-ratio.odt", _odt(b"<office:document-content>" + b" " * (6 * 1024 * 1024)
                                + b"</office:document-content>")),
        ("bomb-declared-huge.docx", _lie_about_sizes(_docx(doc), 3_900_000_000)),
        ("bomb-declared-small.docx", _lie_about_sizes(_docx(doc + b" " * 50_000), 10)),
        ("bomb-declared-small.odt", _lie_about_sizes(_odt(b"<a>" + b" " * 50_000 + b"</a>"), 10)),
        ("bomb-many-members.docx", _docx(doc, many)),
        ("bomb-plain.zip", _zip({"a.txt": zeros})),
        ("bomb-stored-huge-name.docx", _docx(doc, {"x" * 60_000: b"1"})),
        ("bomb-zero-members.docx", b"PK\x05\x06" + b"\0" * 18),
    ]


def nested_zips(seeds: dict[str, bytes]) -> list[tuple[str, bytes]]:
    inner = seeds["seed.docx"]
    return [
        ("nested-docx-in-zip.zip", _zip({"bien-ban.docx": inner})),
        ("nested-docx-in-docx.docx", _docx(inner)),                       # document.xml is a zip
        ("nested-zip-as-document.docx", _zip({"word/document.xml": _zip({"word/document.xml": b"<w/>"})})),
        ("nested-odt-in-odt.odt", _odt(seeds["seed.odt"])),
        ("nested-deep.zip", _zip({"a.zip": _zip({"b.zip": _zip({"c.docx": inner})})})),
        ("nested-named.docx", _zip({"inner.zip": inner})),
        ("nested-named.odt", _zip({"mimetype": ODT_MIMETYPE.encode(), "content.zip": inner})),
        ("nested-zip-named.txt", _zip({"x.docx": inner})),
        ("nested-zip-named.html", _zip({"x.odt": seeds["seed.odt"]})),
        ("nested-zip-named.pdf", _zip({"x.pdf": seeds["seed.pdf"]})),
    ]


def hostile_xml() -> list[tuple[str, bytes]]:
    body = "<w:body><w:p><w:r><w:t>Biên bản họp chi bộ &xxe;</w:t></w:r></w:p></w:body>"
    xxe = (f"<?xml version='1.0'?><!DOCTYPE d [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
           f"<w:document xmlns:w='{W}'>{body}</w:document>").encode()
    laughs = ("<?xml version='1.0'?><!DOCTYPE l [<!ENTITY a 'hahahahaha'>"
              + "".join(f"<!ENTITY {chr(98 + i)} '{('&' + chr(97 + i) + ';') * 10}'>" for i in range(9))
              + f"]><w:document xmlns:w='{W}'><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>"
              ).encode()
    remote = (f"<?xml version='1.0'?><!DOCTYPE d SYSTEM 'http://example.invalid/x.dtd'>"
              f"<w:document xmlns:w='{W}'><w:body><w:p><w:r><w:t>họp</w:t></w:r></w:p></w:body></w:document>").encode()
    deep = (f"<w:document xmlns:w='{W}'><w:body>" + "<w:sdt><w:sdtContent>" * 3000 + "<w:p><w:r><w:t>sâu</w:t>"
            "</w:r></w:p>" + "</w:sdtContent></w:sdt>" * 3000 + "</w:body></w:document>").encode()
    odt_xxe = (b"<?xml version='1.0'?><!DOCTYPE d [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
               b"<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
               b"xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0'><office:body><office:text>"
               b"<text:p>&xxe;</text:p></office:text></office:body></office:document-content>")
    items = [("xml-xxe.docx", _docx(xxe)), ("xml-laughs.docx", _docx(laughs)), ("xml-remote-dtd.docx", _docx(remote)),
             ("xml-deep.docx", _docx(deep)), ("xml-xxe.odt", _odt(odt_xxe)),
             ("xml-laughs.odt", _odt(laughs.replace(b"w:document", b"office:document-content")))]
    broken = [b"<w:document", b"<w:document xmlns:w='" + W.encode() + b"'><w:body><w:p>",
              b"<w:document xmlns:w='" + W.encode() + b"'><w:body><w:p><w:r><w:t>a</w:r></w:body></w:document>",
              b"\xff\xfe<\0w\0:\0d\0", b"<?xml version='1.0' encoding='klingon'?><a/>", b"<a>\x00\x01\x02</a>",
              b"<a xmlns:w='x'><w:body/></a>", b"", b"not xml at all", b"<w:document>" + "é".encode("latin-1"),
              b"<?xml version='1.0' encoding='utf-16'?><a/>", b"<!-- unclosed comment",
              b"<a><![CDATA[unclosed", b"<a b='1' b='2'/>", b"<:::/>"]
    for n, xml in enumerate(broken):
        items.append((f"xml-broken-{n}.docx", _docx(xml)))
        items.append((f"xml-broken-{n}.odt", _odt(xml)))
    items.append(("xml-no-document.docx", _zip({"word/other.xml": b"<a/>", "[Content_Types].xml": b"<a/>"})))
    items.append(("xml-bad-rels.docx", _docx(b"<a/>", {"_rels/.rels": b"<Relationships><Relationship Type='x/"
                                                       b"officeDocument' Target='../../../../etc/passwd'/>"
                                                       b"</Relationships>"})))
    items.append(("xml-odt-no-content.odt", _zip({"mimetype": ODT_MIMETYPE.encode()})))
    return items


def broken_pdfs(pdf: bytes, r: random.Random) -> list[tuple[str, bytes]]:
    items = []
    xref = pdf.rfind(b"xref")
    startxref = pdf.rfind(b"startxref")
    items.append(("pdf-no-xref.pdf", pdf[:xref] + pdf[startxref:]))
    items.append(("pdf-no-trailer.pdf", pdf[:pdf.rfind(b"trailer")]))
    items.append(("pdf-startxref-beyond.pdf", pdf[:startxref] + b"startxref\n99999999\n%%EOF\n"))
    items.append(("pdf-startxref-negative.pdf", pdf[:startxref] + b"startxref\n-5\n%%EOF\n"))
    items.append(("pdf-startxref-garbage.pdf", pdf[:startxref] + b"startxref\nabc\n%%EOF\n"))
    items.append(("pdf-xref-zeroed.pdf", pdf[:xref] + re_zero(pdf[xref:startxref]) + pdf[startxref:]))
    items.append(("pdf-header-only.pdf", b"%PDF-1.7\n%%EOF\n"))
    items.append(("pdf-objects-only.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF"))
    catalog = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    trailer = b"trailer << /Root 1 0 R >>\n%%EOF"
    items.append(("pdf-loop.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\n" + trailer))
    items.append(("pdf-kids-loop.pdf", catalog + b"2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
                  + trailer))
    items.append(("pdf-huge-count.pdf", catalog + b"2 0 obj << /Type /Pages /Kids [] /Count 999999999 >> endobj\n"
                  + trailer))
    items.append(("pdf-deep-array.pdf", b"%PDF-1.4\n1 0 obj " + b"[" * 100_000 + b" endobj\n%%EOF"))
    items.append(("pdf-bad-stream-length.pdf", b"%PDF-1.4\n1 0 obj << /Length 99999999 >> stream\nabc\nendstream"
                  + b" endobj\n" + trailer))
    items.append(("pdf-bad-filter.pdf", catalog + b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                  + b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
                  + b"4 0 obj << /Length 5 /Filter /FlateDecode >> stream\nxxxxx\nendstream endobj\n" + trailer))
    for n in range(16):                       # garbage written over random spans of the object area
        data = bytearray(pdf)
        for _ in range(1 + n % 4):
            at = r.randrange(len(data))
            data[at:at + r.randint(1, 64)] = bytes(r.randrange(256) for _ in range(r.randint(1, 64)))
        items.append((f"pdf-scribbled-{n}.pdf", bytes(data)))
    return items


def re_zero(block: bytes) -> bytes:
    return bytes(48 if 49 <= b <= 57 else b for b in block)


def broken_html(r: random.Random) -> list[tuple[str, bytes]]:
    giant = "x" * 1_000_000
    items = [
        ("html-unclosed.html", "<html><body><div><p>Biên bản <b>họp <i>chi bộ" * 50),
        ("html-giant-attribute.html", f"<html><body><p title='{giant}'>Biên bản họp chi bộ</p></body></html>"),
        ("html-giant-attribute-unclosed.html", f"<html><body><p title='{giant}>Biên bản"),
        ("html-deep.html", "<html><body>" + "<div>" * 50_000 + "Biên bản họp" + "</div>" * 50_000),
        ("html-deep-unclosed.html", "<html><body>" + "<span><b><i>" * 30_000 + "họp"),
        ("html-many-tags.html", "<html><body>" + "<p>a</p>" * 30_000),
        ("html-giant-word.html", "<html><body><p>" + "a" * 500_000 + "</p></body></html>"),
        ("html-giant-code.html", "<html><body><p>" + "1/" * 100_000 + "</p></body></html>"),
        ("html-entities.html", "<html><body><p>" + "&#x110000;&#0;&#xD800;&bogus;&#99999999999;" * 2000),
        ("html-comment-unclosed.html", "<html><body><!-- " + "Biên bản " * 1000),
        ("html-script-unclosed.html", "<html><body><script>" + "alert(1);" * 1000),
        ("html-cdata.html", "<html><body><![CDATA[" + "x" * 10000),
        ("html-nul.html", "<html><body>\0<p>Biên\0bản</p>\0</body></html>"),
        ("html-only-tags.html", "<html><head></head><body><br><br><hr></body></html>"),
        ("html-svg-bomb.html", "<html><body><svg>" + "<g>" * 20_000 + "</svg><p>Biên bản</p></body></html>"),
        ("html-table-soup.html", "<html><body><table>" + "<tr><td>a<td>b" * 5_000 + "</table></body></html>"),
        ("html-meta-charset-lie.html", "<html><head><meta charset='klingon'></head><body><p>Biên bản</p></body>"),
        ("html-xml-decl.html", "<?xml version='1.0' encoding='ebcdic'?><html><body><p>họp</p></body></html>"),
        ("html-bidi.html", "<html><body><p>\u202eBiên bản\u202c họp \u2066x\u2069</p></body></html>"),
        ("html-attrs-many.html", "<html><body><p " + " ".join(f"a{i}='{i}'" for i in range(50_000)) + ">họp</p>"),
        ("html-attrs-many-quoted.html", "<html><body><p " + " ".join(f"a{i}='<>'" for i in range(50_000)) + ">họp"),
    ]
    out = [(n, t.encode("utf-8", "surrogatepass")) for n, t in items]
    for n in range(10):                       # random tag soup
        soup = "".join(r.choice(["<p>", "</p>", "<div", ">", "<", "'", '"', "=", "&", ";", "<!--", "-->", "Biên",
                                 " bản", "<script>", "</script>", "<br/>", "<table>", "<td>", "\n"])
                       for _ in range(r.randint(10, 3000)))
        out.append((f"html-soup-{n}.html", ("<html><body>" + soup).encode("utf-8")))
    return out


def wrong_encodings() -> list[tuple[str, bytes]]:
    t = TEXT
    items = [
        ("enc-utf16le-nobom.txt", t.encode("utf-16-le")), ("enc-utf16be-nobom.txt", t.encode("utf-16-be")),
        ("enc-utf32.txt", t.encode("utf-32")), ("enc-utf8-bom-utf16.txt", b"\xef\xbb\xbf" + t.encode("utf-16-le")),
        ("enc-utf16-bom-utf8.txt", b"\xff\xfe" + t.encode("utf-8")),
        ("enc-utf16-odd.txt", t.encode("utf-16")[:-1]), ("enc-cp1258.txt", t.encode("cp1258", "replace")),
        ("enc-latin1.txt", t.encode("latin-1", "replace")), ("enc-cp1252.txt", t.encode("cp1252", "replace")),
        ("enc-shiftjis.txt", "議事録の本文".encode("shift_jis") * 20), ("enc-gb18030.txt", t.encode("gb18030")),
        ("enc-koi8.txt", "Протокол заседания".encode("koi8-r") * 20),
        ("enc-utf8-cut.txt", t.encode("utf-8")[:-1] + b"\xe1"),
        ("enc-utf8-overlong.txt", b"Bi\xc0\xaan b\xe0\x80\xaen h\xf0\x80\x80\xafp" * 20),
        ("enc-surrogates.txt", "Biên \ud800 bản \udfff họp".encode("utf-8", "surrogatepass") * 10),
        ("enc-mixed.txt", t.encode("utf-8") + t.encode("cp1258", "replace") + t.encode("utf-16-le")),
        ("enc-html-utf16.html", ("<html><head><meta charset='utf-8'></head><body><p>" + t + "</p></body></html>")
         .encode("utf-16-le")),
        ("enc-html-lie.html", ("<html><head><meta charset='windows-1258'></head><body><p>" + t + "</p></body></html>")
         .encode("utf-8")),
        ("enc-md-latin1.md", ("# Tiêu đề\n\n" + t).encode("utf-8", "replace").decode("latin-1").encode("utf-8")),
        ("enc-control.txt", bytes(range(32)) * 50 + t.encode("utf-8")),
        ("enc-nul-every-other.txt", b"\0".join(bytes([b]) for b in t.encode("utf-8"))),
        ("enc-ebcdic.txt", t.encode("cp500", "replace")),
        ("enc-vni-like.txt", bytes(range(0x80, 0x100)) * 20),
        ("enc-only-bom.txt", b"\xef\xbb\xbf"), ("enc-only-bom16.txt", b"\xff\xfe"),
        ("enc-long-line.txt", ("dân vận " * 50_000).encode("utf-8")),
        ("enc-one-word.txt", ("a" * 1_000_000).encode("utf-8")),
        ("enc-combining.txt", ("a" + "\u0301" * 5000 + " ").encode("utf-8") * 10),
        ("enc-newlines.txt", b"\n" * 100_000 + "họp".encode()),
        ("enc-cr-only.txt", t.replace("\n", "\r").encode("utf-8")),
    ]
    return items


def empties() -> list[tuple[str, bytes]]:
    return [(f"empty{ext}", b"") for ext in (".txt", ".md", ".html", ".docx", ".odt", ".pdf", ".rtf", ".doc")] + [
        ("spaces.txt", b"   \n\t\r\n  "), ("nul.txt", b"\0")]


MAGIC = {".pdf": b"%PDF-1.4\n", ".docx": b"PK\x03\x04", ".odt": b"PK\x03\x04", ".rtf": b"{\\rtf1",
         ".doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".html": b"<!DOCTYPE html><html>", ".txt": b"", ".md": b"# ",
         ".png": b"\x89PNG\r\n\x1a\n", ".zip": b"PK\x05\x06"}


def broken_corpus(seed: int = 2026) -> list[tuple[str, bytes]]:
    r = random.Random(seed)
    seeds = valid_seeds()
    items: list[tuple[str, bytes]] = []
    for name, data in seeds.items():                        # truncations at many offsets
        for n in range(20):
            cut = r.randrange(1, len(data)) if n else len(data) // 2
            items.append((f"trunc-{n}-{name}", data[:cut]))
    for name, data in seeds.items():                        # bit flips: one, a few, many
        for n in range(20):
            flipped = bytearray(data)
            for _ in range((1, 8, 64, 512)[n % 4]):
                at = r.randrange(len(flipped))
                flipped[at] ^= 1 << r.randrange(8)
            items.append((f"flip-{n}-{name}", bytes(flipped)))
    for n in range(60):                                     # random bytes behind the right magic
        ext = list(MAGIC)[n % len(MAGIC)]
        items.append((f"magic-{n}{ext}", MAGIC[ext] + bytes(r.randrange(256) for _ in range(r.randint(0, 4000)))))
    items += zip_bombs()
    items += nested_zips(seeds)
    items += hostile_xml()
    items += broken_pdfs(seeds["seed.pdf"], r)
    items += broken_html(r)
    items += wrong_encodings()
    items += empties()
    while len(items) < 500:                                 # top up with mixed damage on random seeds
        name, data = r.choice(sorted(seeds.items()))
        cut = r.randrange(1, len(data))
        mixed = bytearray(data[:cut] + bytes(r.randrange(256) for _ in range(r.randint(1, 200))) + data[cut:])
        items.append((f"mixed-{len(items)}-{name}", bytes(mixed)))
    assert len(items) == 500 and len({n for n, _ in items}) == 500, len(items)
    return items
