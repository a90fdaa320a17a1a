"""ODT: content.xml (text:p, text:h, lists, tables, sections, frames) read with lxml."""
from __future__ import annotations

import re

from lxml import etree

from .dates import parse_date
from .limits import SafeZip
from .xml_safe import first_text, local_name, parse_xml

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_SKIP = {"note", "annotation", "annotation-end", "tracked-changes", "sequence-decls", "variable-decls",
         "user-field-decls", "table-of-content", "alphabetical-index", "illustration-index",
         "bibliography", "index-title", "deletion", "table-columns", "table-column"}
_CONTAINERS = {"text", "section", "list", "list-item", "list-header", "table-header-rows", "table-rows",
               "table-row-group", "frame", "text-box", "g", "index-body", "change-start", "body",
               "numbered-paragraph"}
_WHITESPACE = re.compile(r"[ \t\n\r]+")


def read_odt(data: bytes) -> dict:
    archive = SafeZip(data, "ODT")
    content = parse_xml(archive.read("content.xml"), "ODT")
    meta_bytes = archive.read("meta.xml", missing_ok=True)
    return _fields(content, parse_xml(meta_bytes, "ODT") if meta_bytes else None)


def read_flat_odt(xml: bytes) -> dict:
    """A flat OpenDocument text (.fodt): one XML file holding meta and body."""
    document = parse_xml(xml, "FODT")
    meta_root = next((e for e in document if local_name(e) == "meta"), None)
    return _fields(document, meta_root)


def _fields(content: etree._Element, meta_root: etree._Element | None) -> dict:
    body = next((e for e in content.iter() if local_name(e) == "text"
                 and etree.QName(e).namespace and "office" in etree.QName(e).namespace), None)
    paragraphs: list[str] = []
    if body is not None:
        _blocks(body, paragraphs)
    meta = {}
    author = first_text(meta_root, "initial-creator", "creator")
    if author:
        meta["author"] = author
    return {"format": "odt", "raw": "\n\n".join(paragraphs), "title": first_text(meta_root, "title"),
            "date": parse_date(first_text(meta_root, "creation-date")), "meta": meta, "encoding": None}


def _blocks(container: etree._Element, out: list[str]) -> None:
    for element in container:
        name = local_name(element)
        if name in _SKIP:
            continue
        if name in ("p", "h"):
            frames: list[etree._Element] = []
            out.append(_inline(element, frames))
            for frame in frames:
                _blocks(frame, out)
        elif name == "table":
            _table(element, out)
        elif name in _CONTAINERS:
            _blocks(element, out)


def _table(table: etree._Element, out: list[str]) -> None:
    for row in table.iter("{*}table-row"):
        if row.getparent() is not None and _owning_table(row) is not table:
            continue
        lines: list[str] = []
        for cell in row:
            if local_name(cell) != "table-cell":
                continue
            cell_paragraphs: list[str] = []
            _blocks(cell, cell_paragraphs)
            lines.extend(line for p in cell_paragraphs for line in p.split("\n") if line.strip())
        if lines:
            out.append("\n".join(lines))


def _owning_table(row: etree._Element) -> etree._Element | None:
    return next((a for a in row.iterancestors() if local_name(a) == "table"), None)


def _inline(paragraph: etree._Element, frames: list[etree._Element]) -> str:
    """Text of a paragraph: runs of whitespace collapse (ODF rule); text:s, text:tab, line breaks."""
    pieces: list[str] = []
    _inline_into(paragraph, pieces, frames, depth=0)
    return "".join(pieces).strip(" ")


def _inline_into(element: etree._Element, pieces: list[str], frames: list[etree._Element], depth: int):
    if element.text:
        pieces.append(_WHITESPACE.sub(" ", element.text))
    for child in element:
        name = local_name(child)
        if name == "s":
            count = child.get(f"{{{_TEXT_NS}}}c", "1")
            pieces.append(" " * (min(int(count), 100) if count.isdigit() else 1))
        elif name == "tab":
            pieces.append("\t")
        elif name == "line-break":
            pieces.append("\n")
        elif name == "frame":
            frames.append(child)
        elif name not in _SKIP and depth < 200:
            _inline_into(child, pieces, frames, depth + 1)
        if child.tail:
            pieces.append(_WHITESPACE.sub(" ", child.tail))
