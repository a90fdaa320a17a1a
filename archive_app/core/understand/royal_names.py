"""A royal named by one word after the royal title: "Nhà vua Nhật Bản Akihito", "Hoàng hậu Michiko", "phu nhân
Lyudmila" (issue 18, sixth round).

A name of one word is no name candidate (most are a surname said again, "ông Trump", which the labels do not
count); a king, a queen, a prince or a princess and a leader's wife are named by their given name, so one foreign
word after such a title is the person. Not in a nickname ("nữ hoàng Bikini", "ông vua Youtube", "cô công chúa
Disney", "“ Thái tử Samsung ”"), after "cờ vua" or "cúp Nhà vua" (a game, a cup), nor a country ("Quốc vương Saudi"); a word that is part
of a longer name found is that name ("Đệ nhất phu nhân Melania" after "Melania Trump").
"""

from __future__ import annotations

import re

from ..vietnamese.names import _COUNTRY_SET, LOWER, UPPER, is_vietnamese_syllable, trie_regex
from ._scan_doc import _Found

_ROYAL = (
    "hoàng thái tử|hoàng hậu|hoàng tử|công chúa|công nương|nhà vua|nữ hoàng|quốc vương|vua|thái tử|nhật hoàng"
    "|sa hoàng|đệ nhất phu nhân|phu nhân"
).split("|")
# As written: lower case, a capital first, every word capitalised ("Hoàng Hậu Hà Lan …" in a title); as a trie, which
# is tried only where a title's first letter is (a flat case-insensitive alternation costs ~0.3 ms an article)
_ROYAL_RX = trie_regex(sorted({form for w in _ROYAL for form in (w, w[0].upper() + w[1:], w.title())}))
_ONE_WORD = re.compile(
    rf"({_ROYAL_RX})((?: [{UPPER}][{LOWER}]*){{0,3}}?) ([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?![\w'-]| [{UPPER}\d])"
)
# What before the title makes it no royal's: a word it ends ("Nhà vua" read as "vua"), a quote (a nickname), a game,
# a cup, a metaphor ("ông vua Youtube", "nàng công chúa Disney")
_NOT_ROYAL_BEFORE = re.compile(r"(?:[\w\"“'‘]|[\"“] |(?<!\w)(?:cờ|[Cc]úp|[Nn]hà|ông|nàng|cô|chàng) )$")
# The first words of countries named in several ("Saudi" of "Saudi Arabia"): a country cut short
_COUNTRY_HEADS = frozenset(c.split(" ")[0] for c in _COUNTRY_SET)


# Pieces of the titles to look for before the pattern: most reports name no royal
_HINTS = (
    "oàng hậu", "oàng Hậu", "oàng tử", "oàng Tử", "hái tử", "hái Tử", "ông chúa", "ông Chúa", "ông nương", "ông Nương",
    "vua", "Vua", "uốc vương", "uốc Vương", "ữ hoàng", "ữ Hoàng", "ật hoàng", "ật Hoàng", "a hoàng", "a Hoàng",
    "hu nhân", "hu Nhân",
)


def royal_names(text: str, found: list[_Found]) -> list[_Found]:
    """Mentions of royals (and leaders' wives) named by one word, not already part of a name in ``found``."""
    if not any(h in text for h in _HINTS):
        return []
    words = {w for f in found for w in f.name.lower().split(" ")}
    out = []
    for m in _ONE_WORD.finditer(text):
        if _NOT_ROYAL_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        title, country, name = m.group(1), m.group(2).strip(), m.group(3)
        if country and country.lower() not in _COUNTRY_SET:
            continue
        low = name.lower()
        if low in words or low in _COUNTRY_SET or low in _COUNTRY_HEADS or is_vietnamese_syllable(name):
            continue
        role = "" if title.lower().endswith("phu nhân") else f"{title} {country}".strip()  # a wife's is kinship
        out.append(_Found(name, role, False, m.start(3), m.end(3), m.start(3) if not role else m.start(1)))
    return out
