"""Dates written in Vietnamese text: "14/10/2021", "ngày 14 tháng 10 năm 2021", "Chiều 5-3-2021", "(14.10)".

``find_date_mentions`` returns every mention, also those without a year (``year=None``);
``find_dates`` returns real ``datetime.date`` values (a missing year taken from ``default_year``);
``parse_date`` reads one string. Impossible dates (31/2) are never returned.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

__all__ = ["DateMention", "find_date_mentions", "find_dates", "make_date", "month_year_mentions", "month_year_years", "parse_date"]


class DateMention(NamedTuple):
    """One date as written: ``year`` is None for "ngày 14/10".

    ``first_of_range`` marks the first day of a range ("từ ngày 15-17/5", "9-6 đến 12-6-2018"), whose
    month and year are written only with the last day."""

    day: int
    month: int
    year: int | None
    start: int
    end: int
    first_of_range: bool = False


# 15-17/5, 2 - 3/4/2019, 13 đến 24/3/2017: the first day takes the month (and year) of the last.
_DAY_RANGE = re.compile(
    r"(?<![\d/.,-])(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})"
    r"(?:\s*[/.-]\s*(\d{4}))?(?![\w/]|[.,]\d)"
)
# 9-6 đến 12-6-2018, 22/5 đến 21/6: the first date takes the year of the last.
_DATE_RANGE = re.compile(
    r"(?<![\d/.,-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})"
    r"(?:\s*[/.-]\s*(\d{4}))?(?![\w/]|[.,]\d)"
)
# "(trong hai) ngày 9 và 10/6", "các ngày 22, 23/4/2021": a list of days gives its first as a range does
_DAY_LIST = re.compile(
    r"[Nn]gày (\d{1,2})\s*(?:,|và)\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\w/]|[.,]\d)"
)
_RANGE_HINT = re.compile(r"\d\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?\d")
_LIST_HINT = re.compile(r"[Nn]gày \d{1,2}\s*(?:,|và)\s*\d")


def _ranges(text: str) -> list[DateMention]:
    """The first day of each written range, spanning the whole range; without a year only after a cue
    ("từ ngày 15-17/5", never the "15-17/5" of a score)."""
    out: list[DateMention] = []
    for m in _DATE_RANGE.finditer(text):
        d1, m1, d2, m2 = int(m.group(1)), int(m.group(3)), int(m.group(4)), int(m.group(5))
        year = _year(m.group(6))
        if year is not None and m1 > m2:
            year -= 1  # "20/12 đến 5/1/2021"
        if year is None and not _has_cue(text, m.start()):
            continue
        if make_date(year or 2000, m1, d1) and make_date(year or 2000, m2, d2) and (m1, d1) != (m2, d2):
            out.append(DateMention(d1, m1, year, m.start(), m.end(), True))
    for m in _DAY_RANGE.finditer(text):
        if any(r.start <= m.start() < r.end for r in out):
            continue
        d1, d2, month = int(m.group(1)), int(m.group(2)), int(m.group(4))
        year = _year(m.group(5))
        if year is None and not _has_cue(text, m.start()):
            continue
        if d1 < d2 and make_date(year or 2000, month, d1) and make_date(year or 2000, month, d2):
            out.append(DateMention(d1, month, year, m.start(), m.end(), True))
    return out


def _day_lists(text: str) -> list[DateMention]:
    """The first day of each list of days after "ngày" ("trong hai ngày 9 và 10/6"), spanning the list."""
    out: list[DateMention] = []
    for m in _DAY_LIST.finditer(text):
        d1, d2, month, year = int(m.group(1)), int(m.group(2)), int(m.group(4)), _year(m.group(5))
        if d1 < d2 and make_date(year or 2000, month, d1) and make_date(year or 2000, month, d2):
            out.append(DateMention(d1, month, year, m.start(1), m.end(), True))
    return out


# 14/10/2021, 14-10-2021, 14.10.2021, 14/10/21, 14/10 (separators may differ: "5-3/2021" is rare but seen).
_NUMERIC = re.compile(r"(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}))?(?![\w/]|[.,]\d)")
_NOT_BEFORE = frozenset("/.,-")
_AFTER_CLOSED_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s?[-–]\s?$")
# ngày 14 tháng 10 năm 2021, 14 tháng 10, ngày 1 tháng 10 năm 2020
_TEXTUAL = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,|/)\s*(\d{4}))?(?!\d)", re.IGNORECASE)
_DAY_WORD = re.compile(r"(?:ngày|mùng|mồng)\s+$", re.IGNORECASE)
# Year-less numeric dates need a cue just before them, or they are fractions and scores ("2/3", "69/71").
_CUE = re.compile(
    r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|nay|qua|mai|từ|đến|tới|trước|sau|vào|hạn|mùng|mồng|\()\s*[,(]?\s*$",
    re.IGNORECASE,
)
_CUE_WORDS = (
    "ngày",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "hôm",
    "nay",
    "qua",
    "mai",
    "từ",
    "đến",
    "tới",
    "trước",
    "sau",
    "vào",
    "hạn",
    "mùng",
    "mồng",
)


def _has_cue(text: str, pos: int) -> bool:
    """A day word or "(" just before a year-less date ("sáng nay (27/4)", "ngày 14/10")."""
    w = text[max(0, pos - 12) : pos].lower().rstrip()
    if w.endswith("("):
        return True
    w = w.rstrip(" ,(")
    for cue in _CUE_WORDS:
        if w.endswith(cue) and (len(w) == len(cue) or not w[-len(cue) - 1].isalnum()):
            return True
    return False


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
# tháng 4/2017, tháng 4-2017, tháng 4 năm 2017, tháng 12.2019
_MONTH_YEAR = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(\d{4})(?!\d)", re.IGNORECASE)


def make_date(year: int, month: int, day: int) -> _dt.date | None:
    """A valid date or None (no 31/2, no month 13, years 1900–2100 only)."""
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 50 else 1900
    return y


def find_date_mentions(text: str) -> list[DateMention]:
    """All day-month(-year) mentions in ``text`` in order; day/month validated, year may be None."""
    found: list[DateMention] = []
    if not text:
        return found
    taken: list[tuple[int, int]] = []
    if _RANGE_HINT.search(text):
        for r in _ranges(text):
            found.append(r)
            taken.append((r.start, r.end))
    if "gày" in text and _LIST_HINT.search(text):
        for r in _day_lists(text):
            if not any(s <= r.start < e for s, e in taken):
                found.append(r)
                taken.append((r.start, r.end))
    for m in _TEXTUAL.finditer(text) if "tháng" in text or "Tháng" in text else ():
        if m.start() and (text[m.start() - 1].isalnum()):
            continue
        day, month, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        start = m.start()
        word = _DAY_WORD.search(text, max(0, start - 8), start)
        if word:
            start = word.start()
        elif year is None:
            continue
        if make_date(year or 2000, month, day) is None:
            continue
        found.append(DateMention(day, month, year, start, m.end()))
        taken.append((start, m.end()))
    for m in _NUMERIC.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in _NOT_BEFORE):
            if not _AFTER_CLOSED_DATE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "(21/6/1925-21/6/2017)": a full date may follow another one
        if taken and any(s <= m.start() < e for s, e in taken):
            continue
        day, month, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if make_date(year or 2000, month, day) is None:
            continue
        if year is None and not _has_cue(text, m.start()):
            continue
        found.append(DateMention(day, month, year, m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def find_dates(text: str, default_year: int | None = None) -> list[tuple[_dt.date, int, int]]:
    """``(date, start, end)`` for each date; year-less ones use ``default_year`` or are skipped."""
    out: list[tuple[_dt.date, int, int]] = []
    for d in find_date_mentions(text):
        year = d.year if d.year is not None else default_year
        if year is None:
            continue
        value = make_date(year, d.month, d.day)
        if value is not None:
            out.append((value, d.start, d.end))
    return out


def month_year_years(text: str, with_months: bool = False) -> list:
    """Years of month-year mentions ("tháng 4/2017", "tháng 4 năm 2017"), in order; ``(month, year)``
    pairs with ``with_months``."""
    pairs = [(int(m.group(1)), int(m.group(2))) for m in _MONTH_YEAR.finditer(text)]
    pairs = [(month, year) for month, year in pairs if 1 <= month <= 12]
    return pairs if with_months else [y for _m, y in pairs]


def month_year_mentions(text: str) -> list[tuple[int, int, int]]:
    """``(month, year, start)`` of every month-year mention ("tháng 4/2017", "tháng 4 năm 2017"), in order."""
    out = [(int(m.group(1)), int(m.group(2)), m.start()) for m in _MONTH_YEAR.finditer(text)]
    return [x for x in out if 1 <= x[0] <= 12]


def parse_date(text: str, default_year: int | None = None) -> _dt.date | None:
    """Read one date from a short string: ISO "2021-10-14", "14/10/2021", "ngày 14 tháng 10 năm 2021"."""
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        return make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    dates = find_dates("ngày " + text.strip(), default_year)
    return dates[0][0] if dates else None
