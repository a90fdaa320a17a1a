"""Parse XML from documents safely: no network, no DTD, no entity expansion (billion laughs)."""
from __future__ import annotations

from lxml import etree

from archive_app.core.errors import UnreadableFile


def parse_xml(data: bytes, kind: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True, recover=False)
    try:
        return etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        raise UnreadableFile(f"Nội dung tệp {kind} bị hỏng (XML không hợp lệ)",
                             f"The content of the {kind} file is damaged (invalid XML)") from None


def local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def first_text(root: etree._Element | None, *names: str) -> str | None:
    """Text of the first descendant whose local name is one of ``names`` (document properties)."""
    if root is None:
        return None
    for element in root.iter():
        if local_name(element) in names and element.text and element.text.strip():
            return element.text.strip()
    return None
