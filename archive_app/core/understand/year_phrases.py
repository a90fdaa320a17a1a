"""Phrases in a meeting's own sentence or the title that give a year-less meeting date ("Sáng 6/2, …") its year
when no full date of the same event does: the Tết a meeting in the first months of the year is named with
("gặp mặt đầu xuân Đinh Dậu", "họp … sau Tết Nguyên đán 2017") and the edition of a recurring event ("Ngày Thơ
Việt Nam lần thứ 15 năm 2017"). Not the period a meeting reviews ("5 tháng đầu năm 2017"): the labels'
convention leaves that year empty (tests/data/labelled/README.md)."""

from __future__ import annotations

import re

_YEAR = r"((?:19|20)\d\d)(?![\d/–-]|[.,]\d)"
_COMPARED = re.compile(r"(?<!\w)(?:so với|cùng kỳ|bằng|hơn)(?!\w)[^.;:!?\n]{0,30}$")


# The sexagenary names of the lunar years: "Đinh Dậu" is 2017 (and 1957, 2077: the cycle is fixed by a year the
# text tells)
_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")  # year % 10
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi")  # year % 12
_CAN_CHI = r"(?:canh|tân|nhâm|quý|giáp|ất|bính|đinh|mậu|kỷ) (?:thân|dậu|tuất|hợi|tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi)"
# … a Tết the meeting stands in time to ("dịp Tết", "sau Tết", "nghỉ Tết", "đón Tết", "gặp mặt đầu xuân"), not a
# Tết told of as a fact of the calendar ("Tết 2016 rơi vào ngày 8/2")
_TET = re.compile(
    r"(?<!\w)(?:dịp|sau|trước|nghỉ|đón|mừng|vui|chúc|chuẩn bị|giáp|cận|đầu|trong|ăn|mặt)"
    r"\s+(?:kỳ\s+|đợt\s+)?"
    rf"(?:tết(?: nguyên đán)?(?: ({_CAN_CHI}))?|xuân ({_CAN_CHI}))(?:\s*[-–]?\s*(?:năm\s+)?{_YEAR})?"
)
_TET_MONTHS = (1, 2, 3)  # Tết falls between 21 January and 20 February


def _cycle_year(name: str, near: int) -> int | None:
    """The year named ``name`` ("đinh dậu") within the 60-year cycle around ``near``, if it is at most a year away."""
    stem, branch = name.replace("mẹo", "mão").split()
    for year in range(near - 1, near + 2):
        if _STEMS[year % 10] == stem and _BRANCHES[year % 12] == branch:
            return year
    return None


def tet_years(lower: str, month: int, told, spans) -> set[int]:
    """Years of the Tết a meeting in January to March follows or prepares, named inside ``spans`` (the meeting's
    sentence, the title): "gặp mặt đầu xuân Đinh Dậu" (its cycle fixed by the latest year ``told()`` gives),
    "họp … sau Tết Nguyên đán 2017". Not a Tết compared with ("so với Tết 2016")."""
    if month not in _TET_MONTHS:
        return set()
    out = set()
    for m in (m for a, b in spans for m in _TET.finditer(lower, a, b)):
        name, year = m.group(1) or m.group(2), m.group(3)
        if not (name or year) or _COMPARED.search(lower, max(0, m.start() - 40), m.start()):
            continue
        if year:
            out.add(int(year))
        else:
            years = told()
            cycle = years and _cycle_year(name, max(years))
            if cycle:
                out.add(cycle)
    return out


# "lần thứ 3 năm 2017", "lần thứ nhất - 2017", "lần thứ VIII, năm 2017": the edition of a recurring event
_ORDINAL = r"lần thứ (\d{1,3}|[ivxlc]{1,6}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?!\w)"
_EDITION = re.compile(rf"{_ORDINAL}\s*(?:[-–,]\s*(?:năm\s+)?|năm\s+){_YEAR}(?!\s*[-–]\s*\d)")
# … and the same edition named without its year in the meeting's sentence ("lễ bế mạc Festival Di sản Quảng Nam
# lần thứ 6" when the text writes "Festival Di sản Quảng Nam lần thứ 6-2017" elsewhere): the word before "lần
# thứ" and the ordinal agree
_EDITION_NAMED = re.compile(_ORDINAL)
_WORD_BEFORE = re.compile(r"(\w+) $")


def _edition_key(lower: str, m) -> tuple[str, str]:
    before = _WORD_BEFORE.search(lower, max(0, m.start() - 30), m.start())
    return (before.group(1) if before else "", m.group(1))


# A prize's edition is the year it rewards, given the next year ("Giải thưởng … lần thứ nhất năm 2016" in 2017,
# "Giải Búa liềm vàng lần thứ hai"): any "giải" but a tournament's ("giải bóng đá", "giải vô địch")
_PRIZE = re.compile(
    r"(?<!\w)giải(?!\w)(?!\s+(?:bóng|vô địch|đua|đấu|cờ|quần vợt|golf|marathon|việt dã|bơi|cầu lông|điền kinh"
    r"|thể thao|hạng)(?!\w))[^.;:!?\n]{0,120}$"
)


def _prize(lower: str, at: int) -> bool:
    return bool(_PRIZE.search(lower, max(0, at - 120), at))


def edition_years(lower: str, spans) -> list[tuple[int, int]]:
    """``(year, start)`` of each edition year ("Ngày Quốc tế Yoga lần thứ 3 năm 2017") inside ``spans``, or of the
    same edition written with its year elsewhere (the word before "lần thứ" and the ordinal agree); not a
    prize's."""
    if "lần thứ" not in lower:
        return []
    named = {
        _edition_key(lower, m)
        for a, b in spans
        for m in _EDITION_NAMED.finditer(lower, a, b)
        if not _prize(lower, m.start())
    }
    return [
        (int(m.group(2)), m.start(2))
        for m in _EDITION.finditer(lower)
        if (any(a <= m.start() < b for a, b in spans) or _edition_key(lower, m) in named)
        and not _prize(lower, m.start())
    ]
