"""Years a year-less meeting date ("Sáng 6/2, …") takes from what its own sentence names the meeting by: the month
a periodic sitting covers ("họp giao ban … tháng 1/2017" held on 6/2, "buổi họp báo định kỳ tháng 5/2017" on 29/5),
as the labels' conventions date it (tests/data/labelled/README.md: "phiên họp Chính phủ thường kỳ tháng 5/2017").
The quarter it covers too ("hội nghị giao ban … quý II/2017" held on 23/6). Not a month a review looks back on from
another month, a period's start or a deadline."""

from __future__ import annotations

import re

# A sitting named by the month it covers: the meeting word, then (in the same clause run) "tháng 1/2017"
_SITTING = re.compile(r"(?<!\w)(?:họp|giao ban|hội nghị|sơ kết)(?!\w)[^.;:!?\n]{0,160}$")
# … not the start of a period, a deadline or the month of figures ("từ tháng", "hồi tháng", "trong tháng",
# "đến tháng"), nor the last of the months a review spans ("tháng 1 và tháng 2/2017")
_NOT_THE_SITTINGS = re.compile(r"(?<!\w)(?:từ|hồi|trong|trước|đến|tới|hạn|sau|và|cuối|đầu|các|những)\s+$")


def sitting_month_year(
    lower: str, month_years: list[tuple[int, int, int]], span: tuple[int, int], month: int
) -> int | None:
    """The year of the month-year (of ``month_years``, ``month_year_mentions`` of the text) that names the sitting in
    ``span`` (the meeting's sentence), when the sitting is held in that month or the next (a month's review meets
    early the month after)."""
    a, b = span
    years = set()
    for m, y, at in month_years:
        if not a <= at < b or m not in (month, month - 1):
            continue
        if _NOT_THE_SITTINGS.search(lower, max(a, at - 12), at) or not _SITTING.search(lower, a, at):
            continue
        years.add(y)
    return years.pop() if len(years) == 1 else None


# "quý II/2017", "quý 2 năm 2017": a quarter and its year
_QUARTER = re.compile(r"(?<!\w)quý\s+(iv|i{1,3}|[1-4])(?!\w)\s*(?:[/.-]\s*|,?\s*năm\s+)((?:19|20)\d\d)(?!\d)")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def sitting_quarter_year(lower: str, span: tuple[int, int], month: int) -> int | None:
    """The year of the quarter that names the sitting in ``span`` (the meeting's sentence), when the sitting is held
    in that quarter or the month after it ("giao ban … quý II/2017" on 23/6 or early July)."""
    a, b = span
    years = set()
    for m in _QUARTER.finditer(lower, a, b):
        last = 3 * _QUARTERS[m.group(1)]
        if not last - 2 <= month <= last + 1:
            continue
        if _NOT_THE_SITTINGS.search(lower, max(a, m.start() - 12), m.start()) or not _SITTING.search(
            lower, a, m.start()
        ):
            continue
        years.add(int(m.group(2)))
    return years.pop() if len(years) == 1 else None


# "phiên họp Chính phủ thường kỳ tháng 5 năm 2017" written elsewhere (a caption) for the "Phiên họp thường kỳ Chính
# phủ ngày 3/6" of the meeting's sentence: the periodic sitting named by its month
_PERIODIC = re.compile(r"(?<!\w)thường kỳ(?!\w)")
_PERIODIC_MONTH = re.compile(r"(?<!\w)thường kỳ\s+$")


def periodic_sitting_year(lower: str, month_years: list[tuple[int, int, int]], span: tuple[int, int], month: int):
    """The year of "thường kỳ tháng M/Y" anywhere in the text when the meeting's sentence (``span``) names a periodic
    sitting ("thường kỳ") held in month M or the month after; all such mentions must agree."""
    a, b = span
    if not _PERIODIC.search(lower, a, b):
        return None
    years = {
        y
        for m, y, at in month_years
        if m in (month, month - 1) and _PERIODIC_MONTH.search(lower, max(0, at - 12), at)
    }
    return years.pop() if len(years) == 1 else None
