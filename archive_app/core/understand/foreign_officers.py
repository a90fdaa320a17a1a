"""A foreign name after a title and the body it heads, the title out of the role rule's reach: "Tổng giám đốc
tổng công ty cổ phần chế tạo động cơ (ODK) A B", "Trưởng đoàn đàm phán về Brexit của EU C D", "Lãnh đạo Cơ
quan Bảo vệ Môi trường Mỹ (EPA) E F", "Đại sứ Iran tại Hà Nội G H" (issue 18, eighth round).

A foreign name needs evidence; a title earlier in its clause is evidence when only the body's name stands
between them: lower-case words of that name, capitalised ones, an abbreviation in parentheses, and the links
"của", "tại", "về" ("of", "at", "on"). A verb, a comma, a "và" before a lower-case word or any other stop word
between them means the title is another clause's or another person's. Counted on unlabelled news: such names
are the titled persons almost always.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..vietnamese.names import LOWER, UPPER, NameCandidate, is_vietnamese_syllable
from ._scan_doc import _AND_LOWER, _PLURAL, _STOP_PRE, _Doc
from .foreign_speakers import _country_start

_LINKS = frozenset(("của", "tại", "về"))
_CUTS = re.compile(r"[,;:!?\"“”\n]|\.(?!\w)|\s[–-]\s(?!\S*$)")  # a dash right before the name joins it: "Fed - A B"
# The body's own name ends right before the person's, in another run of capitals: a parenthesis, a dash, an
# abbreviation or a country ("… Nga (Rostec) A B", "Fed - A B", "của RT A B", "Triều Tiên A B"); a word of the
# same run before the name ("Hương Giang Idol", "Tây Ban Nha Real Madrid") makes it a body's or a place's
_BODY_NAME_END = re.compile(rf"(?:\)|[{UPPER}]{{2,}}|\s[–-]) $")
# Every word of a person's name written with a capital, then lower case ("Khóa VIII", "Đoàn Tp" are no names)
_NAME_WORD = re.compile(rf"(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*|bin|al-[{UPPER}]?[{LOWER}]+|de|van|von)")
# … but not after a company's noun and an abbreviation ("Công ty CP Enclave Phú Quốc", "hãng KKR Global …")
_COMPANY_BEFORE = re.compile(r"(?<!\w)(?:công ty|cty|tập đoàn|hãng|ngân hàng)(?: \S+){0,2} $", re.IGNORECASE)
# Words for a person that head a title of their own ("lãnh đạo Cơ quan …", "người đứng đầu Hội đồng …"); not
# "chuyên gia", "đại diện", which an outlet's or a club's name often follows ("chuyên gia tại BK Asset …")
_HEAD_WORD = re.compile(r"(?<!\w)(?:lãnh đạo|người đứng đầu|quan chức)(?!\w)")
# Last words of events and bodies written in English ("FIFA World Cup", "National … Programme"), and first words
# of a sentence glued before a name ("Theo Yonhap")
_EVENT_LAST = frozenset("Cup League Games Open Awards Summit Forum Programme Program Foundation Institute Fund".split())
_SENTENCE_FIRST = frozenset("Theo Tại Trong Sau Khi Với Các Những Một Ông Bà Nhưng Vì Để Từ".split())
_CLAUSE_END = re.compile(r"[.!?;:\n\"“”]")  # parentheses stay inside: "(ODK)", "(EPA)"


def _head_end(doc: _Doc, lo: int, start: int) -> int:
    """Where the last title or word for a person between ``lo`` and ``start`` ends; -1 if none."""
    end = -1
    i = bisect_left(doc.starts, lo)
    while i < len(doc.starts) and doc.starts[i] < start:
        a = doc.starts[i]
        if doc.titles[a] <= start and not _PLURAL.search(doc.lower, max(0, a - 8), a):
            end = doc.titles[a]
        i += 1
    for m in _HEAD_WORD.finditer(doc.lower, lo, start):
        end = max(end, m.end())
    return end


def titled_abroad(doc: _Doc, c: NameCandidate) -> bool:
    """Is the foreign name ``c`` the person a title earlier in its clause names, the body's name between them?"""
    if not c.foreign or " " not in c.name:
        return False
    if not _BODY_NAME_END.search(doc.text, max(0, c.start - 8), c.start) and _country_start(doc.text, c.start) < 0:
        return False
    if _COMPANY_BEFORE.search(doc.text, max(0, c.start - 24), c.start):
        return False
    words = c.name.split(" ")
    if words[-1] in _EVENT_LAST or words[0] in _SENTENCE_FIRST or all(map(is_vietnamese_syllable, words)):
        return False  # … and a name of Vietnamese syllables after a country is a place's ("xã Đức Hòa Hạ")
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    lo = max(0, c.start - 110)
    for m in _CLAUSE_END.finditer(doc.text, lo, c.start):
        lo = m.end()
    end = _head_end(doc, lo, c.start)
    if end < 0 or end == c.start or _CUTS.search(doc.text[end : c.start]):
        return False
    if _AND_LOWER.search(doc.lower, end, c.start):
        return False
    return all(m.group(0) in _LINKS for m in _STOP_PRE.finditer(doc.masked, end, c.start))
