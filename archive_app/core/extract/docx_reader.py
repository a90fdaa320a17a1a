"""DOCX: paragraphs and tables of the main document in order, read from the XML with lxml.

Reading the package ourselves (not through python-docx) lets the zip-bomb limits apply to every
byte inflated, and covers what ``Paragraph.text`` misses: content controls, text boxes, field
results, tracked insertions (deletions and field codes are skipped).
"""
from __future__ import annotations

import posixpath

from lxml import etree

from .dates import parse_date
from .limits import SafeZip
from .xml_safe import first_text, local_name, parse_xml

_SKIP = {"del", "moveFrom", "instrText", "delText", "delInstrText", "Fallback", "pPr", "rPr",
         "footnoteReference", "endnoteReference", "commentReference", "annotationRef"}
_WRAPPERS = {"sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "AlternateContent",
             "Choice", "bdo", "dir", "fldSimple", "hyperlink"}
_RELATIONSHIP = "officeDocument"


def read_docx(data: bytes) -> dict:
    archive = SafeZip(data, "DOCX")
    document = parse_xml(archive.read(_main_part(archive)), "DOCX")
    body = next((e for e in document if local_name(e) == "body"), None)
    if body is None:
        raise archive.damaged()
    paragraphs: list[str] = []
    _blocks(body, paragraphs)
    core_bytes = archive.read("docProps/core.xml", missing_ok=True)
    core = parse_xml(core_bytes, "DOCX") if core_bytes else None
    meta = {}
    author = first_text(core, "creator")
    if author:
        meta["author"] = author
    return {"format": "docx", "raw": "\n\n".join(paragraphs), "title": first_text(core, "title"),
            "date": parse_date(first_text(core, "created")), "meta": meta, "encoding": None}


def _main_part(archive: SafeZip) -> str:
    """The main document part named by the package relationships (usually word/document.xml)."""
    rels = archive.read("_rels/.rels", missing_ok=True)
    if rels:
        for rel in parse_xml(rels, "DOCX").iter():
            if local_name(rel) == "Relationship" and rel.get("Type", "").endswith("/" + _RELATIONSHIP):
                target = posixpath.normpath(rel.get("Target", "").lstrip("/"))
                if target in archive.names():
                    return target
    return "word/document.xml"


def _blocks(container: etree._Element, out: list[str]) -> None:
    """Append the paragraphs of a body, cell, text box or content control, in document order."""
    for element in container:
        name = local_name(element)
        if name == "p":
            boxes: list[etree._Element] = []
            out.append(_paragraph_text(element, boxes))
            for box in boxes:
                _blocks(box, out)
        elif name == "tbl":
            _table(element, out)
        elif name in _WRAPPERS:
            _blocks(element, out)


def _table(table: etree._Element, out: list[str]) -> None:
    """Each row becomes one paragraph; each cell one or more lines of it."""
    for row in _descend(table, "tr"):
        lines: list[str] = []
        for cell in _descend(row, "tc"):
            cell_paragraphs: list[str] = []
            _blocks(cell, cell_paragraphs)
            lines.extend(line for p in cell_paragraphs for line in p.split("\n") if line.strip())
        if lines:
            out.append("\n".join(lines))


def _descend(element: etree._Element, wanted: str):
    """Children named ``wanted``, looking through content-control and custom-XML wrappers."""
    for child in element:
        name = local_name(child)
        if name == wanted:
            yield child
        elif name in _WRAPPERS:
            yield from _descend(child, wanted)


def _paragraph_text(paragraph: etree._Element, boxes: list[etree._Element]) -> str:
    pieces: list[str] = []
    stack = [iter(paragraph)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        name = local_name(element)
        if name in _SKIP:
            continue
        if name == "txbxContent":
            boxes.append(element)
        elif name == "t":
            pieces.append(element.text or "")
        elif name == "tab":
            pieces.append("\t")
        elif name in ("br", "cr"):
            pieces.append("\n")
        elif name == "noBreakHyphen":
            pieces.append("-")
        else:
            stack.append(iter(element))
    return "".join(pieces)
