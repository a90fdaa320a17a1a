"""Find the article in a web page: <article>/<main> when substantial, else the densest text block
(a readability-style score: text in paragraphs counts for their parent and half for the grandparent,
links count against), together with its siblings that score nearly as well."""
from __future__ import annotations

import re

from lxml import etree

_WHITESPACE = re.compile(r"\s+")
_SMALL_PAGE = 600            # characters: a fragment this short is all content
_INLINE_TAGS = {"span", "a", "b", "strong", "i", "em", "u", "font", "sup", "sub", "small", "big", "br"}
_CONTAINERS = ("div", "td", "font")


def text_of(element: etree._Element) -> str:
    return _WHITESPACE.sub(" ", element.text_content()).strip()


def main_content(root: etree._Element) -> list[etree._Element]:
    """The elements that hold the article, in document order."""
    body = root.find("body") if root.find("body") is not None else root
    total = len(text_of(body))
    if total < _SMALL_PAGE:
        return [body]
    explicit = root.xpath("//article | //main | //*[@role='main'] | //*[@itemprop='articleBody']")
    if explicit:
        best = max(explicit, key=lambda e: len(text_of(e)))
        if len(text_of(best)) >= min(200, 0.3 * total):
            return [best]
    scores = _scores(root)
    if not scores:
        return [body]
    best = max(scores, key=scores.get)
    chosen = [best] + _worthy_siblings(best, scores)
    if sum(len(text_of(e)) for e in chosen) < 0.4 * total:
        return [body]
    return sorted(chosen, key=_document_position(root))


def _scores(root: etree._Element) -> dict[etree._Element, float]:
    scores: dict[etree._Element, float] = {}
    for block in root.iter("p", "pre", "blockquote", "li", "h2", "h3", *_CONTAINERS):
        length = len(_own_text(block)) if block.tag in _CONTAINERS else len(text_of(block))
        parent = block.getparent()
        if length < 20 or parent is None:
            continue
        if block.tag in _CONTAINERS:          # text written straight into a container
            scores[block] = scores.get(block, 0.0) + length
        scores[parent] = scores.get(parent, 0.0) + length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + length / 2
    for element in scores:
        scores[element] *= 1.0 - _link_density(element)
    return scores


def _worthy_siblings(best: etree._Element, scores: dict) -> list[etree._Element]:
    """Siblings that belong to the article too (a lead paragraph in its own block, say)."""
    parent = best.getparent()
    if parent is None:
        return []
    worthy = []
    for sibling in parent:
        if sibling is best or not isinstance(sibling.tag, str):
            continue
        if scores.get(sibling, 0.0) >= 0.2 * scores[best]:
            worthy.append(sibling)
        elif sibling.tag == "p" and len(text_of(sibling)) >= 80 and _link_density(sibling) < 0.25:
            worthy.append(sibling)
    return worthy


def _document_position(root: etree._Element):
    order = {element: index for index, element in enumerate(root.iter())}
    return lambda element: order.get(element, 0)


def _own_text(element: etree._Element) -> str:
    """Text written directly in a container, inline children included, blocks excluded."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return _WHITESPACE.sub(" ", "".join(parts)).strip()


def _link_density(element: etree._Element) -> float:
    length = len(text_of(element)) or 1
    return min(sum(len(text_of(a)) for a in element.iter("a")) / length, 1.0)
