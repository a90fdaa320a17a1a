"""Years a year-less meeting date ("Sáng 6/2, …") takes from what its own sentence names the meeting by: the month
a periodic sitting covers ("họp giao ban … tháng 1/2017" held on 6/2, "buổi họp báo định kỳ tháng 5/2017" on 29/5)
and the exam a meeting prepares or inspects ("Ban chỉ đạo kỳ thi THPT quốc gia 2017 kiểm tra …"), as the labels'
conventions date them (tests/data/labelled/README.md). Not a month a review looks back on from another month, nor
an exam compared with ("so với kỳ thi năm 2016")."""

from __future__ import annotations

import re

from ..vietnamese.dates import month_year_mentions

_YEAR = r"((?:19|20)\d\d)(?![\d/–-]|[.,]\d|\s*[-–]\s*\d)"

# A sitting named by the month it covers: the meeting word, then (in the same clause run) "tháng 1/2017"
_SITTING = re.compile(r"(?<!\w)(?:họp|giao ban|hội nghị|sơ kết)(?!\w)[^.;:!?\n]{0,160}$")
# … not the start of a period, a deadline or the month of figures ("từ tháng", "hồi tháng", "trong tháng",
# "đến tháng"), nor the last of the months a review spans ("tháng 1 và tháng 2/2017")
_NOT_THE_SITTINGS = re.compile(r"(?<!\w)(?:từ|hồi|trong|trước|đến|tới|hạn|sau|và|cuối|đầu|các|những)\s+$")


def sitting_month_year(text: str, lower: str, span: tuple[int, int], month: int) -> int | None:
    """The year of the month-year that names the sitting in ``span`` (the meeting's sentence), when the sitting is
    held in that month or the next (a month's review meets early the month after)."""
    a, b = span
    years = set()
    for m, y, at in month_year_mentions(text):
        if not a <= at < b or m not in (month, month - 1):
            continue
        if _NOT_THE_SITTINGS.search(lower, max(a, at - 12), at) or not _SITTING.search(lower, a, at):
            continue
        years.add(y)
    return years.pop() if len(years) == 1 else None


# An exam the meeting's sentence or the title names ("kỳ thi", "thi THPT quốc gia"), and the exam named with its
# year anywhere in the text ("kỳ thi THPT quốc gia (năm) 2017", "kỳ thi tuyển sinh lớp 10 năm 2017"); not a school
# year "năm học 2017-2018"
_EXAM = r"(?<!\w)(?:(?:kỳ|kì) thi|thi (?:thpt|trung học phổ thông|tốt nghiệp|tuyển sinh))(?!\w)"
_EXAM_NAMED = re.compile(_EXAM)
_EXAM_YEAR = re.compile(_EXAM + r"((?:\s+[^\s.,;:!?()]+){0,6}?)\s+(?:năm\s+)?" + _YEAR)
_COMPARED = re.compile(r"(?<!\w)(?:so với|cùng kỳ|bằng|hơn|như)(?!\w)[^.;:!?\n]{0,30}$")


def exam_years(lower: str, spans) -> set[int]:
    """Years of the exam named in ``spans`` (the meeting's sentence, the title), written with its year anywhere."""
    if not any(_EXAM_NAMED.search(lower, a, b) for a, b in spans):
        return set()
    return {
        int(m.group(2))
        for m in _EXAM_YEAR.finditer(lower)
        if "năm học" not in m.group(1) and not _COMPARED.search(lower, max(0, m.start() - 40), m.start())
    }
