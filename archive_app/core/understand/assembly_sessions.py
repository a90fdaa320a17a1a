"""The year of a year-less sitting on a bill ("Chiều 19/6, Quốc hội biểu quyết thông qua Luật Du lịch sửa đổi") from
the same bill's earlier sitting of the same session, dated in full ("ngày 29/5/2017, Quốc hội đã thảo luận tại Hội
trường về dự thảo Luật Du lịch"), as the labels' conventions date it (tests/data/labelled/README.md)."""

from __future__ import annotations

import re

from ..vietnamese.dates import make_date

# "Luật Du lịch", "dự án Luật Cảnh vệ": the bill, by the two words of its name after "luật"
_BILL = re.compile(r"(?<!\w)(?<!bộ )luật ([^\W\d_]+ [^\W\d_]+)")
# … which the full date's sentence tells a sitting on
_SITTING = re.compile(r"(?<!\w)(?:thảo luận|phiên họp|họp|cho ý kiến|biểu quyết|thông qua)(?!\w)")
_SESSION_DAYS = 45  # a session of the National Assembly lasts at most six weeks or so


def _bills(lower: str, a: int, b: int) -> set[str]:
    return {m.group(1) for m in _BILL.finditer(lower, a, b)}


def bill_sitting_years(lower: str, mentions, meeting, bounds, excluded) -> set[int]:
    """Years of the full dates (of ``mentions``) whose sentence tells a sitting on a bill the ``meeting``'s sentence
    names, 1 to 45 days before it. ``bounds(d)`` gives a mention's sentence; ``excluded(d, start)`` says it is a
    document's date, a deadline or a birth date."""
    a, b = bounds(meeting)
    bills = _bills(lower, a, b)
    if not bills:
        return set()
    years = set()
    for d in mentions:
        if not d.year or d is meeting:
            continue
        a2, b2 = bounds(d)
        if not (bills & _bills(lower, a2, b2) and _SITTING.search(lower, a2, b2)) or excluded(d, a2):
            continue
        here, there = make_date(d.year, meeting.month, meeting.day), make_date(d.year, d.month, d.day)
        if here and there and 0 < (here - there).days <= _SESSION_DAYS:
            years.add(d.year)
    return years
