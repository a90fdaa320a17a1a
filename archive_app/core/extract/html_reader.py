"""HTML: the main article of a saved web page (or an HTML fragment) as plain paragraphs.

Scripts, menus, share buttons, comment forms and related-post lists are dropped; Word-pasted
``<span>`` soup is flattened (inline elements never split a word); ``<br>`` is a line break and
block elements are paragraphs; each table row is one paragraph with one line per cell.
Nothing is ever fetched: lxml parses with the network off and images are ignored.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from archive_app.core.errors import EmptyDocument

from .boilerplate import drop_boilerplate_paragraphs, is_boilerplate_element
from .dates import parse_date
from .main_content import main_content
from .main_content import text_of as _text_of

_JUNK_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "frame",
              "frameset", "button", "select", "textarea", "input", "svg", "canvas", "object", "embed",
              "audio", "video", "map", "xml", "link", "meta", "head", "title", "dialog", "menu")
# Void elements (never any content) that libxml2 parses as containers of everything after them.
_VOID_PARSED_AS_CONTAINERS = {"embed"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "address", "blockquote",
               "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead",
               "tbody", "tfoot", "caption", "figure", "figcaption", "hr", "center", "body", "html",
               "fieldset", "details", "summary", "tr"}
_CELL_TAGS = {"td", "th"}
_WHITESPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-list\s*:\s*ignore", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
_MAX_DEPTH = 400
# libxml2 compares each attribute of a tag with all the ones before it: 50,000 attributes on one tag
# took 40 s. A start tag with more attributes than any page needs keeps its name and loses them.
_START_TAG = re.compile(r"<([A-Za-z][\w:.-]{0,63}+)((?:[^<>\"']++|\"[^\"]{0,1024}+\"|'[^']{0,1024}+')*+)>")
_MAX_ATTRIBUTE_CHARS, _MAX_ATTRIBUTES = 8192, 256


def _bare_tag(match: re.Match) -> str:
    attributes = match.group(2)
    if len(attributes) < _MAX_ATTRIBUTE_CHARS and attributes.count("=") < _MAX_ATTRIBUTES:
        return match.group(0)
    return f"<{match.group(1)}>"


def parse(markup: str) -> etree._Element:
    """Parse HTML text into a tree with the network off; raise EmptyDocument for an empty page."""
    markup = _NOT_XML_CHARACTERS.sub("", _XML_DECLARATION.sub("", markup, count=1))
    if markup.count("=") >= _MAX_ATTRIBUTES or len(markup) > _MAX_ATTRIBUTE_CHARS:
        markup = _START_TAG.sub(_bare_tag, markup)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  recover=True, default_doctype=False)
    try:
        return lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        raise EmptyDocument("Trang HTML không có nội dung", "The HTML page has no content") from None


def page_to_text(markup: str) -> tuple[str, str | None, object]:
    """Main article of a full web page → (raw text, title, date or None)."""
    root = parse(markup)
    head_title = _head_title(root)
    date = _page_date(root)
    _strip_junk(root, keep_headers_inside_article=True)
    content = main_content(root)
    heading = _first_heading(content)
    paragraphs = drop_boilerplate_paragraphs(_paragraphs(content))
    if heading is None:
        # An <h1> outside the chosen block is the article's title when the page title says so.
        outside = [_text_of(h) for h in root.iter("h1") if _text_of(h)]
        if len(outside) == 1 and (head_title is None or outside[0].lower() in head_title.lower()):
            heading = outside[0]
            if paragraphs and heading not in paragraphs[0]:
                paragraphs.insert(0, heading)
    title = heading or head_title
    return "\n\n".join(paragraphs), title, date


def fragment_to_text(markup: str) -> str:
    """An HTML fragment already known to be the article (e.g. a Markdown body) → raw text."""
    root = parse(markup)
    _strip_junk(root, keep_headers_inside_article=False)
    return "\n\n".join(drop_boilerplate_paragraphs(_paragraphs([root])))


def _head_title(root: etree._Element) -> str | None:
    for value in root.xpath("//meta[@property='og:title']/@content") + root.xpath("//title/text()"):
        value = _WHITESPACE.sub(" ", value).strip()
        if value:
            parts = _TITLE_SEPARATORS.split(value)
            return max(parts, key=len).strip() if len(parts) > 1 else value
    return None


def _page_date(root: etree._Element):
    queries = ("//meta[@property='article:published_time']/@content",
               "//meta[@name='pubdate' or @name='date' or @name='DC.date' or @itemprop='datePublished']"
               "/@content", "//article//time/@datetime")
    for query in queries:
        for value in root.xpath(query):
            found = parse_date(value)
            if found:
                return found
    return None


def _strip_junk(root: etree._Element, keep_headers_inside_article: bool) -> None:
    for element in list(root.iter(*_JUNK_TAGS)):
        if element.tag in _VOID_PARSED_AS_CONTAINERS:
            if element.getparent() is not None:
                element.drop_tag()       # what libxml2 put inside is the page's text that follows
        else:
            _drop(element)
    for element in list(root.iter("header", "footer")):
        inside_article = any(a.tag in ("article", "main") for a in element.iterancestors())
        if element.tag == "footer" or not (keep_headers_inside_article and inside_article):
            _drop(element)
    total = len(root.text_content())
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getroottree().getroot() is not root:
            continue                 # a comment, or inside a block already dropped
        if element.tag in ("html", "body", "article", "main"):
            continue
        if _is_hidden(element) or (is_boilerplate_element(element) and
                                   len(element.text_content()) < 0.5 * total):
            _drop(element)


def _drop(element: etree._Element) -> None:
    if element.getparent() is not None:
        element.drop_tree()          # keeps the tail text


def _is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style", "")))


def _first_heading(content: list[etree._Element]) -> str | None:
    for element in content:
        for heading in element.iter("h1"):
            text = _text_of(heading)
            if text:
                return text
    return None


_PARAGRAPH_MARK, _LINE_MARK = "\x01", "\x02"
_BREAK_RUN = re.compile(r"[\x01\x02\s]*[\x01\x02][\x01\x02\s]*")


def _resolve_break(match: re.Match) -> str:
    run = match.group(0)
    return "\n\n" if _PARAGRAPH_MARK in run or run.count("\n") >= 2 else "\n"


def _paragraphs(content: list[etree._Element]) -> list[str]:
    pieces: list[str] = []
    for element in content:
        _render(element, pieces, in_cell=False, depth=0)
        pieces.append(_PARAGRAPH_MARK)
    text = _BREAK_RUN.sub(_resolve_break, "".join(pieces))
    return [p.strip() for p in re.split(r"\n[ \t]*\n\s*", text) if p.strip()]


def _render(element: etree._Element, out: list[str], in_cell: bool, depth: int) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag == "br":
        out.append("\n")
        return
    if tag == "img" or not tag:
        return
    separator = _LINE_MARK if in_cell else _PARAGRAPH_MARK
    if tag == "hr":
        out.append(separator)
        return
    if depth > _MAX_DEPTH:
        out.append(" " + _text_of(element) + " ")
        return
    if tag == "pre":
        out.append(separator + element.text_content() + separator)
        return
    is_block = tag in _BLOCK_TAGS
    if is_block:
        out.append(separator)
    child_in_cell = in_cell or tag in _CELL_TAGS
    if element.text:
        out.append(_WHITESPACE.sub(" ", element.text))
    for child in element:
        _render(child, out, child_in_cell, depth + 1)
        if child.tail:
            out.append(_WHITESPACE.sub(" ", child.tail))
    if tag in _CELL_TAGS:
        out.append(_LINE_MARK)
    if is_block:
        out.append(separator)
