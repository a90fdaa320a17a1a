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

from ..vietnamese.names import _COUNTRY_SET, LOWER, UPPER, is_vietnamese_syllable
from ._scan_doc import _Found

_ROYAL = (
    r"hoàng thái tử|hoàng hậu|hoàng tử|công chúa|công nương|nhà vua|nữ hoàng|quốc vương|vua|thái tử|nhật hoàng"
    r"|sa hoàng|(?:đệ nhất )?phu nhân"
)
_ONE_WORD = re.compile(
    rf"(?<![\w\"“'‘])(?<![\"“] )(?<!cờ )(?<![Cc]úp )(?<![Nn]hà )(?<!ông )(?<!nàng )(?<!cô )(?<!chàng )((?i:{_ROYAL}))"
    rf"((?: [{UPPER}][{LOWER}]*){{0,3}}?) ([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w'-]| [{UPPER}\d])"
)
# The first words of countries named in several ("Saudi" of "Saudi Arabia"): a country cut short
_COUNTRY_HEADS = frozenset(c.split(" ")[0] for c in _COUNTRY_SET)


def royal_names(text: str, found: list[_Found]) -> list[_Found]:
    """Mentions of royals (and leaders' wives) named by one word, not already part of a name in ``found``."""
    words = {w for f in found for w in f.name.lower().split(" ")}
    out = []
    for m in _ONE_WORD.finditer(text):
        title, country, name = m.group(1), m.group(2).strip(), m.group(3)
        if country and country.lower() not in _COUNTRY_SET:
            continue
        low = name.lower()
        if low in words or low in _COUNTRY_SET or low in _COUNTRY_HEADS or is_vietnamese_syllable(name):
            continue
        role = "" if title.lower().endswith("phu nhân") else f"{title} {country}".strip()  # a wife's is kinship
        out.append(_Found(name, role, False, m.start(3), m.end(3), m.start(3) if not role else m.start(1)))
    return out
