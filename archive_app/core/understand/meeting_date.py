"""The meeting's date: the day the text gives for the meeting itself (not a deadline, a document or another
event), its year only from what dates the same event or the container's date; none rather than a wrong year."""

from __future__ import annotations

import datetime
import re

from ..vietnamese.dates import find_date_mentions, make_date, month_year_mentions
from ..vietnamese.names import UPPER
from .assembly_sessions import bill_sitting_years
from .document_names import after_somewhere, named_as_document
from .event_years import periodic_sitting_year, sitting_month_year, sitting_quarter_year
from .news_agencies import outlets_day
from .year_phrases import edition_years, tet_years

_MEETING_CUE = re.compile(
    r"tổ chức|diễn ra|họp|hội nghị|kỳ họp|phiên họp|đại hội|khai mạc|bế mạc|làm việc|hội thảo"
    r"|tiếp xúc (?:với )?cử tri|(?:buổi|cuộc) tiếp xúc"  # not an infection's "tiếp xúc" (contact)
    r"|tọa đàm|giao ban|sơ kết|tổng kết|tập huấn|gặp mặt|họp mặt|chủ trì|tham dự|hội đàm|triệu tập"
    # "dự" (attend), not "dự thảo", "dự kiến"
    r"|(?<!\w)dự(?!\w)(?!\s+(?:thảo|kiến|án|toán|báo|định|luật|trữ|phòng|bị|thi)(?!\w))"
)
_TIME_CUE = re.compile(r"(?:sáng|chiều|tối|trưa|đêm|nay|qua|hôm)\s*(?:ngày\s*)?[,(]?\s*$")
_DAY_CUE = re.compile(r"ngày\s*$")
_DOC_CUE = re.compile(
    r"(?:chỉ thị|nghị quyết|quyết định|kế hoạch|công văn|thông báo|thông tư|nghị định|luật|văn bản|hướng dẫn"
    r"|tờ trình|pháp lệnh|chương trình|đề án|ban hành|phê duyệt|ký|biên bản|thông điệp|số\s+\d\S*)"
    r"[^.;,\n]{0,50}$"
    r"|\d+/[\w/-]*[a-zđ]{2}[\w-]*\s*,?\s*(?:ngày\s*)?$"
)
_LIMIT_CUE = re.compile(
    r"(?:trước|đến|chậm nhất|hoàn thành|kể từ|từ|hạn|sinh|hết|tính đến|tới|sau)\s+"
    r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:\s*phút)?)?\s+)?"  # "tính đến 18h ngày 27/4", "trước 17 giờ ngày 5/6"
    r"(?:ngày\s+)?(?:[\d/.-]+\s+)?$"
)
_BIO_CUE = re.compile(
    r"(?:sinh|vào đảng|chính thức|mất|qua đời|từ trần|hy sinh|giải phóng|thành lập|ra đời)"
    r"(?:\s+(?:ngày|năm))?\s*:?\s*(?:ngày\s+)?$"
)
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
_SENT = re.compile(r"[.!?\n]")
# The period of an abbreviation or an initial ends no sentence: "UBND TP. Hồ Chí Minh", "Ủy ban T.Ư MTTQ",
# "Q.1", "I. Morgulov", "TS. An".
_ABBREVIATIONS = frozenset({"TP", "Tp", "TX", "Tx", "ThS", "TS", "PGS", "GS", "BS", "KS"})


def _abbreviation_dot(text: str, pos: int) -> bool:
    """Is the period at ``pos`` that of an initial or an abbreviation ("I. Morgulov", "TP. Huế", "T.Ư")?"""
    after = pos + 1
    if after < len(text) and text[after] == " ":
        after += 1
    if after >= len(text) or not text[after].isalnum():
        return False
    start = pos
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:pos]
    if start > 0 and text[start - 1].isdigit():
        return False
    return (len(word) == 1 and word.isupper()) or word in _ABBREVIATIONS


# Periods an abbreviation may end: not after a lower-case ASCII letter but the "p" of "Tp", the "x" of "Tx" (most
# periods end a sentence after a lower-case word; the regex skips them without a Python step each)
_DOT_AFTER_CAPITAL = re.compile(r"\.(?<![a-oq-wyz].)")  # the period first: the scan jumps to it


def _lower_for_sentences(text: str) -> str:
    """``text`` lower-cased, with the periods of abbreviations turned into "·" (same length, so positions
    stay those of ``text``)."""
    low = text.lower()
    chars = None
    for m in _DOT_AFTER_CAPITAL.finditer(text):
        pos = m.start()
        # an initial or an abbreviation ends in a capital or in that "p" or "x"
        if pos and (text[pos - 1].isupper() or text[pos - 1] in "px") and _abbreviation_dot(text, pos):
            chars = chars or list(low)
            chars[pos] = "·"
    return "".join(chars) if chars else low


def _sentence_bounds(lower: str, pos: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in _SENT.finditer(lower, max(0, pos - 200), pos)), default=max(0, pos - 200))
    m = _SENT.search(lower, end, end + 240)
    return a, (m.start() if m else min(len(lower), end + 240))


def _not_the_meeting(lower: str, d, a: int) -> bool:
    """A cited document's date, a deadline, a birth date or the end of a range: never the meeting."""
    before = lower[max(a, d.start - 60) : d.start]
    if _DOC_CUE.search(before) or _BIO_CUE.search(before):
        return True
    if d.first_of_range:  # "từ ngày 15-17/5": the range starts the meeting
        return False
    return bool(
        _LIMIT_CUE.search(before) or _RANGE_AFTER.match(lower, d.end) or re.search(r"[-–]\s*$", before)
    )


# A year in the name of the event: "APEC 2017", "Đà Nẵng 2017", "SEA Games 2019" (not "năm 2017", not an
# economic figure's year: "tăng trưởng GDP 2017").
# An acronym or an event word before the year, or a place after a dash in the name of an event
# ("Đại hội Du lịch Golf châu Á lần thứ 6 - Đà Nẵng 2017"); not "bầu cử tổng thống Mỹ 2016".
_EVENT_YEAR = re.compile(
    r"(?:(?<!\w)(?!(?:GDP|GRDP|CPI|FDI|ODA|NSNN|USD|VND|SN)\s)"  # "SN 1994" is a birth year
    r"(?:[A-ZĐ]{2,}[0-9]*|Games|Cup|Expo|Summit|Forum|Festival|Week)"
    rf"|\s[-–](?:\s+[{UPPER}]\w*){{1,3}})"
    r"\s((?:19|20)\d\d)(?![\d/–-]|[.,]\d|\s*[-–]\s*\d)"
)


# "hoàn thành … ngay trong tháng 2-2017" (a deadline), "phiên họp Chính phủ thường kỳ tháng 4 năm 2017"
# (another meeting): such a month-year says nothing of the reported meeting's year.
_OTHER_MONTH = re.compile(
    r"(?:(?<!\w)(?:trong|trước|đến|chậm nhất|hạn|hoàn thành)\s+"
    r"|(?:phiên họp|kỳ họp|hội nghị|cuộc họp)(?:\s+[^\s.,;]+){0,4}\s+)$"
)


# The year in an event's own name: meetings, fairs, festivals, tournaments, contests, weeks and months of
# action, a tourism year ("Hội nghị Thượng đỉnh Phụ nữ Toàn cầu năm 2017", "buổi gặp mặt thanh niên lên đường
# nhập ngũ năm 2017", "Giải bóng đá U15 năm 2017", "Tuần lễ biển và hải đảo Việt Nam năm 2017", "Tháng hành
# động vì trẻ em năm 2017"). Not the period a review looks back on ("Hội nghị tổng kết công tác năm 2016" is
# held in 2017), nor a subject after "về", "bàn" …, nor a prize ("giải thưởng", for a past year), "giải pháp".
_EVENT_NAME_YEAR = re.compile(
    r"(?<!\w)(?:hội nghị|đại hội|hội thảo|diễn đàn|tọa đàm|hội chợ|triển lãm|liên hoan|lễ hội|festival"
    r"|ngày hội|gặp mặt|họp mặt|hội đàm|cúp|cuộc thi|hội thi|hội diễn|hội trại|tuần lễ"
    r"|giải(?=\s+(?:bóng|vô địch|đua|đấu|cờ|quần vợt|golf|marathon|việt dã|bơi|cầu lông|điền kinh|thể thao"
    r"|hạng)(?!\w))"
    r"|tháng hành động|năm du lịch|mùa giải|chiến dịch)"
    r"((?:\s+[^\s.,;:()\"“”\[\]]+){0,9}?)\s+(?:năm\s+)?((?:19|20)\d\d)(?![\d/–-]|[.,]\d|\s*[-–]\s*\d)",
    re.IGNORECASE,
)
# A proper name ending in the year, inside a sentence: "triển lãm sản phẩm sữa Vietnam Dairy 2017", "lễ trao
# giải Grammy 2017", "họp mặt … Xuân Đinh Dậu 2017". Not a sentence's first word ("Năm 2017, …").
_PROPER_NAME_YEAR = re.compile(
    rf"(?<=\w )(?!(?:Năm|Tháng|Quý|Khóa|Kỳ|SN|GDP|GRDP|CPI|FDI|ODA|USD|VND)\s)[{UPPER}]\w+"
    r"\s((?:19|20)\d\d)(?![\d/–-]|[.,]\d|\s*[-–]\s*\d)"
)
# No event's year, whichever pattern finds it: a name that a law, a report, an index, a prize, a plan, a car
# model, an election, a qualifier or an earlier event's telling stands just before ("Luật Đất đai 2013",
# "báo cáo PCI 2016", "Giải thưởng Vifotec 2016", "vòng loại Asian Cup 2019", "nơi đã diễn ra lễ khai mạc
# World Cup 2014")
_NOT_AN_EVENTS_NAME = re.compile(
    r"(?<!\w)(?:luật|hiến pháp|nghị định|nghị quyết|báo cáo|chỉ số|xếp hạng|chiến lược|quy hoạch|kế hoạch"
    r"|giải thưởng|trao giải|đoạt giải|giải báo chí|công ước|hiệp định|tuyển sinh|phiên bản|mẫu xe|bầu cử"
    r"|tranh cử|vòng loại|tầm nhìn|đã diễn ra|từng|(?:công bố|trao|đoạt|nhận|bầu chọn)\s+giải)(?!\w)"
    r"[^.;:!?\n]{0,40}$"
)
_NOT_NAME_WORDS = re.compile(
    r"(?<!\w)(?:tổng kết|sơ kết|kiểm điểm|đánh giá|kết quả|về|bàn|thảo luận|nhằm|của|tháng|nhiệm kỳ|giai đoạn"
    r"|khóa|sau|trước|từ|đến|tới|thành lập|được|là)(?!\w)",
    re.IGNORECASE,
)


# A full date gives a year-less meeting date its year only when it dates the same event: the same day written
# in full ("Sáng 12/6 …", "Ngày 12-6-2017, Quốc hội họp"), a span that holds the day (the visit "từ ngày 6 -
# 8/6/2017" of "Sáng 7/6"), the session's next or previous day ("Theo chương trình ngày mai, 25-5-2017"), or
# the anniversary the event marks ("Nhân kỷ niệm … (21/6/1925 - 21/6/2017), ngày 6/6"). Deadlines, status
# dates, other planned meetings and incidents days before name another event's year ("trước ngày 15-7-2017",
# "Tính đến ngày 10/5/2017").
_NEXT_DAY = re.compile(r"(?<!\w)(?:ngày mai|hôm qua|hôm sau|hôm trước)(?!\w)[^.;:!?\n]{0,20}$")
_ANNIVERSARY_START = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(?:1[89]|20)\d\d\s*[-–]\s*$")
_RANGE_LAST = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{4})?\s*$")
_ANNIVERSARY_DAYS = 31


# A year the text tells as past: a report is written after everything it tells, so its year is at least that.
# Years ahead (targets, plans, deadlines, terms) say nothing: "đến năm 2020", "giai đoạn 2016-2020".
# A document's serial number after a word is no year: "Văn bản số 2045/BCT-TCCB" (but "Nghị quyết 19- 2017/NQ-CP",
# "QCVN 01:2009/BYT" are years).
_ANY_YEAR = re.compile(
    r"(?<![\d,])((?:19|20)\d\d)(?!\d|\s*[-–]\s*(?:19|20)?\d\d(?!\d))(?!(?<=[^\W\d_] \d{4})/[A-ZĐ])"
)
_AHEAD_YEAR = re.compile(
    r"(?:(?<!tính )(?<!\w)(?:đến|tới|trước|dự kiến|sẽ|hướng tới|tầm nhìn|giai đoạn|kế hoạch|mục tiêu|phấn đấu"
    r"|hạn|chậm nhất|hoàn thành|nhiệm kỳ|khóa|chương trình|niên độ|tài khóa|triển khai|nhiệm vụ)(?!\w)"
    r"[^.;:!?\n]{0,30}"
    r"|[-–]\s*(?:[\d/.]+\s*)?)$"
)


# … nor any year later in a sentence that speaks of the future: "chức chủ tịch sẽ được chuyển giao cho Trung
# Quốc, nước chủ nhà của Hội nghị năm 2018", "phấn đấu nâng kim ngạch … lên 10 tỷ USD vào năm 2020"
_AHEAD_SENTENCE = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|phấn đấu|mục tiêu|hướng tới|tầm nhìn)(?!\w)[^.;:!?\n]{0,120}$"
)


# … nor the time a purpose clause sets: "Nhằm đảm bảo tiến độ …, đưa vào sử dụng vào năm 2020", "tạo tiền đề để
# Campuchia tổ chức thành công cuộc bầu cử Quốc hội vào năm 2018"
_PURPOSE = re.compile(
    r"(?<!\w)(?:để|nhằm)(?!\w)[^,.;:!?\n]{0,80}\svào (?:năm )?$"
    r"|[.;!?\n]\s*(?:để|nhằm)\s[^.;:!?\n]{0,240}\svào (?:năm )?$"  # a sentence that opens with the purpose
)


# … nor a year the clause after it puts ahead: "Hội nghị … năm 2018 sẽ diễn ra tại Australia", "Năm 2020, cả
# nước sẽ sản xuất …"
_AHEAD_AFTER = re.compile(r"[^.;:!?\n]{0,60}?(?<!\w)(?:sẽ|dự kiến)(?!\w)")
# … nor the year of a name ("World Cup 2018", "ASIAD 2018", "vòng loại U23 châu Á 2018"): a name tells no past
_NAME_BEFORE = re.compile(rf"(?<!\S)[{UPPER}][\w.]*\s$")


def _told_years(text: str, lower: str) -> set[int]:
    """Years the text tells as past or present (not a target, plan, deadline, birth or a name's year)."""
    out = set()
    for m in _ANY_YEAR.finditer(text):
        before = lower[max(0, m.start() - 50) : m.start()]
        if _AHEAD_YEAR.search(before) or _BIO_CUE.search(before) or re.search(r"(?<!\w)sn\s*$", before):
            continue
        if _AHEAD_SENTENCE.search(lower, max(0, m.start() - 140), m.start()) or _PURPOSE.search(
            lower, max(0, m.start() - 260), m.start()
        ):
            continue
        if _AHEAD_AFTER.match(lower, m.end()) or _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        out.add(int(m.group(1)))
    return out


def _fallback_year(text: str, lower: str, mentions, meeting) -> int | None:
    """The year of "ngày 14/10" when nothing else gives it, or None when it is not certain.

    In order: a full date of the same event (``_same_event``: the same day, a span holding it, "ngày mai",
    the anniversary it marks), the latest such year; a phrase that sets the report's year ("từ nay đến hết
    năm 2017"); "tháng 4/2017" that names a meeting, of the meeting's month or the one before, if all
    month-years agree and none starts a period ("từ tháng 4/2014"); a year in the event's name ("APEC
    2017", "Hội nghị … năm 2017", "… lần thứ 3 năm 2017"), if all agree and no month-year says otherwise; the
    Tết the meeting's sentence names ("gặp mặt đầu xuân Đinh Dậu", ``year_phrases``). Whatever gives it, no year
    the text tells as past may be later: a report is not older than what it tells. A wrong year is worse
    than none."""
    year = _year_evidence(text, lower, mentions, meeting)
    if year is None:
        return None
    # a December review-and-plan meeting speaks of the planned year too ("Năm 2021, huyện phấn đấu …")
    latest = year + 1 if meeting.month >= 10 and year == _turn_of_year(lower, meeting, meeting.month) else year
    if any(y > latest for y in _told_years(text, lower)):
        return None
    return year


# "đình trệ từ tháng 4/2014": a period that began long ago; "chỉ đạo hồi tháng 5-2017": a past event's month
_SINCE = re.compile(r"(?<!\w)(?:từ|hồi)\s+$")
# A month-year gives the year when it names a meeting: "Chính phủ họp phiên thường kỳ tháng 5/2017", "Hội
# nghị báo cáo viên …, tháng 2/2017"; not another event's month ("phiên tòa sơ thẩm vào tháng 4/2016").
_MONTH_OF_MEETING = re.compile(
    r"(?:họp|hội nghị|hội thảo|tọa đàm|đại hội|giao ban|sơ kết|tổng kết|gặp mặt|họp mặt|hội đàm"
    r"|tiếp xúc cử tri)"
    r"[^.;:!?\n]*[^.;:!?\n\s]\s+$"
)


# Phrases that set the year the report speaks in: "thực hiện Chương trình công tác năm 2017", "triển khai nhiệm
# vụ năm 2017" (outside the year-end months, when next year's plan is made). Not "tình hình … những tháng đầu năm
# 2017", the period of reported figures; not "từ nay đến cuối năm 2017" nor a plan that follows the review of the
# year before ("đánh giá kết quả … năm 2016, triển khai nhiệm vụ năm 2017" in May): the labels leave those empty.
_THIS_YEARS_PLAN = re.compile(
    r"(?<!\w)(?:triển khai(?: thực hiện)? (?:kế hoạch|chương trình|nhiệm vụ)"
    r"|(?<!tình hình )(?<!kết quả )thực hiện chương trình công tác) năm ((?:19|20)\d\d)(?!\d)"
)


def _present_year(lower: str, month: int) -> int | None:
    """The year the report speaks in, when one phrase says it (and no other says another)."""
    if not 2 <= month <= 10:
        return None
    years = set()
    for m in _THIS_YEARS_PLAN.finditer(lower):
        year = int(m.group(1))
        a, b = _sentence_bounds(lower, m.start(), m.end())
        if any(int(r.group(1)) == year - 1 for r in _REVIEWED_YEAR.finditer(lower, a, b)):
            continue
        years.add(year)
    return years.pop() if len(years) == 1 else None


_TITLE_CHARS = 250  # a first line this short, set apart, is a headline


# A meeting that reviews one year and sets the tasks of the next ("hội nghị tổng kết công tác năm 2020 và triển
# khai nhiệm vụ năm 2021") is held at the turn of the year: in the last months of the reviewed year or the first
# of the next.
_REVIEWED_YEAR = re.compile(
    r"(?<!\w)(?:tổng kết|đánh giá kết quả)(?!\w)[^.;:!?\n]{0,80}?(?<!\d)((?:19|20)\d\d)(?!\d)"
)
_PLANNED_YEAR = re.compile(
    r"(?<!\w)(?:triển khai|phương hướng|nhiệm vụ|kế hoạch)(?!\w)[^.;:!?\n]{0,80}?năm ((?:19|20)\d\d)(?!\d)"
)


def _turn_of_year(lower: str, meeting, month: int) -> int | None:
    """The year of a review-and-plan meeting named in the title or the meeting's own sentence, from its month."""
    if 3 < month < 10:
        return None
    a, b = _sentence_bounds(lower, meeting.start, meeting.end)
    title_end = lower.find("\n")
    parts = [lower[a:b]] + ([lower[:title_end]] if 0 <= title_end <= _TITLE_CHARS else [])
    for part in parts:
        reviewed = {int(m.group(1)) for m in _REVIEWED_YEAR.finditer(part)}
        planned = {int(m.group(1)) for m in _PLANNED_YEAR.finditer(part)}
        if len(reviewed) == 1 and planned == {next(iter(reviewed)) + 1}:
            year = reviewed.pop()
            return year if month >= 10 else year + 1
    return None


def _not_a_meetings_month(lower: str, at: int) -> bool:
    """Is the month-year at ``at`` a period's start or one told with no meeting ("vào tháng 4/2016")?"""
    return bool(
        _SINCE.search(lower, max(0, at - 12), at) or not _MONTH_OF_MEETING.search(lower, max(0, at - 80), at)
    )


# A deadline's day: "hoàn tất trước ngày 24/4/2018" (a year after a decree of 24/4)
_DEADLINE = re.compile(r"(?<!\w)(?:trước|chậm nhất|hạn|hoàn thành|hoàn tất|hết|sau)(?!\w)[^.;,\n]{0,25}$")


def _same_event(lower: str, d, day: int, month: int, same_day_limits: bool = False) -> bool:
    """Does the full date ``d`` date the event of the year-less meeting date ``day``/``month``? With
    ``same_day_limits``, a start or a status date of the very day does ("thôi chức kể từ ngày 15/6/2017")."""
    before = lower[max(0, d.start - 60) : d.start]
    if _DOC_CUE.search(before) or _BIO_CUE.search(before):
        return False
    here, there = make_date(d.year, month, day), make_date(d.year, d.month, d.day)
    if not (here and there):
        return False
    if _LIMIT_CUE.search(before) and not d.first_of_range:  # "trước ngày 15-7-2017", not "từ ngày 6 - 8/6"
        return same_day_limits and here == there
    if here == there:
        return True
    if d.first_of_range:
        last = _RANGE_LAST.search(lower, d.start, d.end)
        end = last and make_date(d.year, int(last.group(2)), int(last.group(1)))
        return bool(end and there <= here <= end)
    if abs((here - there).days) == 1 and _NEXT_DAY.search(lower, max(0, d.start - 40), d.start):
        return True
    pair = _ANNIVERSARY_START.search(lower, max(0, d.start - 16), d.start)
    return bool(
        pair and (int(pair.group(1)), int(pair.group(2))) == (d.day, d.month)
        and abs((here - there).days) <= _ANNIVERSARY_DAYS
    )


def _year_evidence(text: str, lower: str, mentions, meeting) -> int | None:
    """The year the text gives for the year-less ``meeting`` mention, before the told-years check."""
    day, month = meeting.day, meeting.month
    month_years = month_year_mentions(text)
    span = _sentence_bounds(lower, meeting.start, meeting.end)
    sitting = (
        sitting_month_year(lower, month_years, span, month)
        or sitting_quarter_year(lower, span, month)
        or periodic_sitting_year(lower, month_years, span, month)
    )
    if sitting:
        return sitting
    # the day's starts and status dates count, unless the day is also a deadline's (of a later year, likely)
    limits = not any(
        d.year and (d.day, d.month) == (day, month) and _DEADLINE.search(lower, max(0, d.start - 40), d.start)
        for d in mentions
    )
    same = [d.year for d in mentions if d.year and _same_event(lower, d, day, month, limits)]
    if same:
        return max(same)
    bill = bill_sitting_years(
        lower, mentions, meeting, lambda d: _sentence_bounds(lower, d.start, d.end),
        lambda d, a: _not_the_meeting(lower, d, a),
    )
    if len(bill) == 1:
        return bill.pop()
    present = _present_year(lower, month)
    if present:
        return present
    turn = _turn_of_year(lower, meeting, month)
    if turn:
        return turn
    pairs = [
        (m, y, _not_a_meetings_month(lower, at))
        for m, y, at in month_years
        if not _OTHER_MONTH.search(lower, max(0, at - 40), at)
    ]
    years = {y for m, y, _ in pairs if m <= month}  # all must agree, "từ tháng 7/2015" too …
    recent = {y for m, y, other in pairs if month - 1 <= m <= month and not other}  # … a meeting's gives one
    later = {y for m, y, _ in pairs if m > month}
    named = _named_years(text, lower, meeting)
    if len(years) == 1 and recent == years and not later - years:
        # … unless the event's name says another year ("Hội nghị … 2017" after "lần đầu tổ chức tháng 4/2016")
        return years.pop() if not named - years else None
    if len(named) == 1:  # no month-year of a later year says otherwise
        year = named.pop()
        if all(y <= year for y in later | years):
            return year
    # the Tết the meeting follows, if all its mentions agree and no name or month-year says otherwise
    tet = tet_years(lower, month, lambda: _told_years(text, lower), _meeting_spans(lower, meeting))
    return tet.pop() if len(tet) == 1 and not (named | later) - tet else None


def _meeting_spans(lower: str, meeting) -> tuple[tuple[int, int], tuple[int, int]]:
    """The meeting's sentence and the title (a first line short enough to be one), where its name is written."""
    title_end = lower.find("\n")
    title = (0, title_end if 0 <= title_end <= _TITLE_CHARS else 0)
    return _sentence_bounds(lower, meeting.start, meeting.end), title


def _named_years(text: str, lower: str, meeting) -> set[int]:
    """Years in the name of the event the meeting belongs to: a name in the meeting's own sentence or in the
    title ("Ngày 4/6, Ban Giám khảo DIFF2017 họp", "Hội nghị … toàn cầu 2017"), or elsewhere when its
    acronym is in that sentence ("Hội nghị SOM 2 (APEC) khai mạc" … "Năm APEC 2017"). Not a name the text
    cites as a document ("theo UNCLOS 1982"), nor a year-long programme the meeting is not named with."""
    a, b = _sentence_bounds(lower, meeting.start, meeting.end)
    title_end = text.find("\n")
    title_end = title_end if 0 <= title_end <= _TITLE_CHARS else 0
    sentence = text[a:b]

    out = set()
    for m in _PROPER_NAME_YEAR.finditer(text):
        if not (a <= m.start() < b or m.start() < title_end):
            continue
        if (
            _NOT_AN_EVENTS_NAME.search(lower, max(0, m.start() - 60), m.start())
            or _FIRMS_NAME.search(lower, max(0, m.start() - 30), m.start())
            or _cited_as_document(lower, m.group(0).lower())
            or named_as_document(lower, m.group(0).lower())
        ):
            continue
        out.add(int(m.group(1)))
    for m in _EVENT_YEAR.finditer(text):
        name = m.group(0)[: m.start(1) - m.start()].strip()
        if not (a <= m.start() < b or m.start() < title_end or (name.isupper() and _has_word(sentence, name))):
            continue
        before = lower[max(0, m.start() - 30) : m.start()]
        if (
            _cited_as_document(lower, m.group(0).lower())
            or named_as_document(lower, m.group(0).strip().lower())
            or _AHEAD_YEAR.search(before)
            or _NOT_AN_EVENTS_NAME.search(lower, max(0, m.start() - 60), m.start())
        ):
            continue  # "vòng loại Asian Cup 2019", "theo UNCLOS 1982", "Tầm nhìn ARF 2020", "PCI 2016"
        out.add(int(m.group(1)))
    out |= {
        year
        for year, at in edition_years(lower, ((a, b), (0, title_end)))
        if not _NOT_AN_EVENTS_NAME.search(lower, max(0, at - 60), at)
    }
    for m in _GLUED_EVENT_YEAR.finditer(text):
        acronym = m.group(0)[: m.start(1) - m.start()].rstrip("-")
        if not (a <= m.start() < b or m.start() < title_end or _has_word(sentence, acronym)):
            continue  # "DIFF2017" in the sentence or the title, or "(SPIEF)" there and "SPIEF-2017" elsewhere
        if not _cited_as_document(lower, m.group(0).lower()):
            out.add(int(m.group(1)))
    for start, end in ((a, b), (0, title_end)):
        out |= {
            int(m.group(2))
            for m in _EVENT_NAME_YEAR.finditer(text, start, end)
            if not _NOT_NAME_WORDS.search(m.group(1))
            and not _NOT_AN_EVENTS_NAME.search(lower, max(0, m.start(2) - 60), m.start(2))
            and not _AHEAD_YEAR.search(lower, max(0, m.start(2) - 50), m.start(2))
            and not _cited_as_document(lower, f"{(m.group(1).split() or [''])[-1].lower()} {m.group(2)}")
        }
    return out


def _has_word(text: str, word: str) -> bool:
    """Is ``word`` in ``text`` as a whole word?"""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        pos = text.find(word, end)
    return False


# "Công ty tư vấn Global 2000": a firm's name, no event's
_FIRMS_NAME = re.compile(r"(?<!\w)(?:công ty|tập đoàn|hãng)(?:\s+[^\W\d_]+){0,2}\s+$")
# "DIFF2017", "EXPO-2017": an acronym with its year glued on (not a two-letter code: the boat "QN2040")
_GLUED_EVENT_YEAR = re.compile(r"(?<![^\W_])[A-ZĐ]{3,}-?((?:19|20)\d\d)(?![\d/–-]|[.,]\d)")
_CITED = re.compile(r"(?:theo|thực hiện|tuân thủ|căn cứ|công ước|hiệp định|hiến chương)\s+$")


def _cited_as_document(lower: str, name: str) -> bool:
    """Does the text cite ``name`` ("unclos 1982") as a document anywhere ("theo UNCLOS 1982")?"""
    return after_somewhere(lower, name, _CITED, 20)


# "Ngày 6/2, Bộ phát đi thông tin cho biết, mới đây, Thứ trưởng đã chủ trì cuộc họp": the date of the telling,
# the meeting before it ("mới đây", "đã", "kết quả kỳ họp") or after it ("sẽ"). Not "Sáng 6/2, tại hội nghị,
# ông A cho biết …", "Tại buổi họp báo chiều 7/2, ông A cho biết …" nor "cho biết tại cuộc họp …", which tell
# on the day.
_TELLING = re.compile(
    r"(?<!\w)(?:phát đi thông tin|thông tin|cho biết|trao đổi với|thông báo|công bố|xác nhận)(?!\w)"
)
_NOT_THAT_DAY = re.compile(
    r"(?<!\w)(?:mới đây|vừa qua|đã|vừa|sẽ|kết quả|kết luận|trước đó(?! cùng ngày))(?!\w)"
)  # "Ngày 16-6, Văn phòng Chính phủ có văn bản thông báo kết luận của Thủ tướng tại cuộc họp …"


# "Trước đó, phát biểu tại hội nghị bàn giao hôm 12/4, …": an earlier event, told as background.
_EARLIER = re.compile(r"\s*(?:và\s+|cũng\s+)?trước đó(?!\s+cùng ngày)(?!\w)")


# "Ông A cho biết, ngày 26/4, đơn vị sẽ tiêm thử": a date that opens reported speech dates what is told, not the
# meeting where it is told
_TOLD_CONTENT = re.compile(
    r"(?<!\w)(?:cho biết|cho hay|thông tin)\s*[,:]\s*(?:(?:vào|trong)\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?"
    r"(?:ngày\s+)?$"
)


def _date_of_telling(text: str, lower: str, d, a: int) -> bool:
    """Is ``d`` (its sentence starting at ``a``) the day someone tells of a meeting held on another day?"""
    if _MEETING_CUE.search(lower, max(a, d.start - 60), d.start):
        return False  # "Tại buổi họp báo chiều 7/2, Đại sứ cho biết …": the meeting's own date
    stop = _SENT.search(lower, d.end, d.end + 400)
    b = stop.start() if stop else min(len(lower), d.end + 400)
    t = _TELLING.search(lower, d.end, b)
    while t and text[t.start()].isupper():  # "Sở Thông tin và Truyền thông" is a name, no telling
        t = _TELLING.search(lower, t.end(), b)
    if not t or _MEETING_CUE.search(lower, d.end, t.start()):
        return False
    m = _MEETING_CUE.search(lower, t.end(), b)
    return bool(m and _NOT_THAT_DAY.search(lower, t.end(), m.start()))


# "ngày 29/12" in a report dated 2 January is last year's: a year-less date more than 60 days after the
# container's date is of the year before.
_DAYS_AFTER_CONTAINER = 60


def _date_with_hint(d, hint: datetime.date) -> datetime.date | None:
    """The date of mention ``d`` in a container dated ``hint``: a missing year is the hint's, or the year
    before for "ngày 29/12" in a report dated 2 January."""
    if d.year is not None:
        return make_date(d.year, d.month, d.day)
    guess = make_date(hint.year, d.month, d.day)
    if guess and (guess - hint).days > _DAYS_AFTER_CONTAINER:
        guess = make_date(hint.year - 1, d.month, d.day)
    return guess


def meeting_mention(text: str):
    """``(mention, lower, mentions)``: the date mention scored as the meeting's (None when none is), the text
    lower-cased for sentences, and every date mention."""
    mentions = find_date_mentions(text)
    if not mentions:
        return None, "", mentions
    lower = _lower_for_sentences(text)
    best, best_score = None, 0
    for d in mentions:
        a, b = _sentence_bounds(lower, d.start, d.end)
        if (
            _EARLIER.match(lower, a)
            or _not_the_meeting(lower, d, a)
            or _date_of_telling(text, lower, d, a)
            or _TOLD_CONTENT.search(lower, max(a, d.start - 40), d.start)
            or outlets_day(lower, d, mentions, (a, b))
        ):
            continue  # a document's, a deadline, the day of telling, an earlier event's
        before = lower[max(a, d.start - 60) : d.start]
        cue = bool(_MEETING_CUE.search(lower, a, b))
        if not cue and d.start > 400:
            continue
        score = 3 * cue
        if _TIME_CUE.search(before):
            score += 2
        elif _DAY_CUE.search(before):
            score += 1
        if d.start - a < 24:
            score += 2
        if d.start < 400:
            score += 1
        elif d.start > 2000:
            score -= 1
        if score > best_score:
            best, best_score = d, score
    return best, lower, mentions


def meeting_date(text: str, hint: datetime.date | None = None) -> datetime.date | None:
    """The date the meeting took place, scored by cues around each date the text gives; None when it gives
    none (``hint``, the container's date, only supplies the year of "ngày 14/10")."""
    best, lower, mentions = meeting_mention(text)
    if best is None:
        return None
    if hint:
        return _date_with_hint(best, hint)
    year = best.year or _fallback_year(text, lower, mentions, best)
    return make_date(year, best.month, best.day) if year else None
