"""The text conventions every reader's output follows.

Paragraphs are separated by exactly one blank line, lines inside a paragraph by "\\n"; no trailing
or doubled spaces; text passed through ``archive_app.core.vietnamese.normalize`` (NFC, one tone
placement, entities decoded, dashes/quotes/spaces unified).
"""
from __future__ import annotations

import re

from archive_app.core.errors import EmptyDocument
from archive_app.core.vietnamese import normalize

from .legacy import decode_tcvn3, decode_vni
from .syllables import vietnamese_score

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
# Characters that only text in a legacy font (TCVN3 / VNI seen as Windows-1252) is full of.
_TCVN3_MARKERS = set("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòôõøö÷ùúýûüþ¡¢§£¤¥¦")
_VNI_MARKERS = set("øûõùïâàåãáäêèúüéëôöñîæòÙØÛÕÏÂÀÅÃÁÄÊÈÚÜÉËÔÖÑÎÆÒ")


def split_paragraphs(text: str) -> list[str]:
    return [p for p in _BLANK_LINES.split(text) if p.strip()]


def finish_text(raw: str, repair_legacy: bool = True) -> str:
    """Apply the output conventions to a reader's raw text; raise EmptyDocument if nothing is left."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if repair_legacy:
        text = repair_legacy_paragraphs(text)
    text = normalize(text)
    paragraphs = []
    for paragraph in split_paragraphs(text):
        lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in paragraph.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines))
    result = "\n\n".join(paragraphs)
    if not result:
        raise EmptyDocument("Tệp không có nội dung văn bản", "The file contains no text")
    return result


def repair_legacy_paragraphs(text: str) -> str:
    """Convert paragraphs typed in TCVN3 or VNI fonts (seen as Windows characters) to Unicode.

    A paragraph changes only when its legacy reading looks clearly more Vietnamese than it does.
    """
    if text.isascii():
        return text
    parts = _BLANK_LINES.split(text)
    changed = False
    for index, part in enumerate(parts):
        repaired = _repair_one(part)
        if repaired is not None:
            parts[index] = repaired
            changed = True
    return "\n\n".join(parts) if changed else text


def _repair_one(paragraph: str) -> str | None:
    chars = set(paragraph)
    if not (chars & _TCVN3_MARKERS or chars & _VNI_MARKERS):
        return None
    if any(ord(ch) > 0xFF and ch not in "“”‘’–—…•€™" for ch in paragraph):
        return None                      # real Unicode Vietnamese letters: already right
    score, _ = vietnamese_score(paragraph)
    best, best_score = None, score
    for decode in (decode_tcvn3, decode_vni):
        candidate = decode(paragraph)
        candidate_score, good = vietnamese_score(candidate)
        if good >= 2 and candidate_score >= 0.7 and candidate_score > best_score + 0.2:
            best, best_score = candidate, candidate_score
    return best
