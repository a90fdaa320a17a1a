"""Facts about the meeting: kind, date, organising body, place, and the documents cited."""

from __future__ import annotations

import datetime
import re

from ..vietnamese import fold
from ..vietnamese.dates import find_date_mentions, make_date, month_year_mentions
from ..vietnamese.names import UPPER

# ---------------------------------------------------------------- kind
# (canonical kind, spellings); specific kinds before generic ones. Matched on lower-case text with its
# diacritics (folding would confuse "họp" with "hợp tác", "hội thảo" with "hội thao"); text typed without
# diacritics is matched folded.
_SPECIFIC = [
    ("giao ban", ("giao ban",)),
    ("sơ kết", ("sơ kết",)),
    ("tổng kết", ("tổng kết",)),
    ("đại hội", ("đại hội", "đhđcđ", "đhcđ")),
    ("kỳ họp", ("kỳ họp",)),
    ("phiên họp", ("phiên họp", "họp phiên")),
    ("tiếp xúc cử tri", ("tiếp xúc cử tri", "tiếp xúc với cử tri")),
    ("họp báo", ("họp báo",)),
    ("hội thảo", ("hội thảo",)),
    # a summit is a "hội nghị" whatever else it holds ("phiên họp" of the summit, "hội đàm" on its sidelines)
    ("hội nghị", ("hội nghị thượng đỉnh", "cuộc họp thượng đỉnh")),
    ("tọa đàm", ("tọa đàm",)),
    ("tập huấn", ("tập huấn",)),
    ("họp mặt", ("họp mặt",)),
    ("gặp mặt", ("gặp mặt",)),
    ("hội đàm", ("hội đàm",)),
    ("tiếp công dân", ("tiếp công dân",)),
    (
        "làm việc",
        (
            "buổi làm việc",
            "cuộc làm việc",
            "làm việc với",
            "đến làm việc",
            "thăm và làm việc",
            "thăm, làm việc",
        ),
    ),
]
_GENERIC = [("hội nghị", ("hội nghị",)), ("họp", ("cuộc họp", "buổi họp", "họp"))]
_NOT_AFTER = {
    # "Đại hội đồng Liên hợp quốc" is a body; "đại hội đồng cổ đông" is a shareholders' meeting
    "đại hội": (" đồng liên", " đồng lhq", " đồng ipu", " đồng bảo an", " thể dục", " thể thao", " tdtt"),
    "hội thảo": (" luận",),  # "Quốc hội thảo luận"
    # "phiên họp đại hội đồng cổ đông" is a shareholders' meeting, "phiên họp giao ban" a giao ban, "phiên họp
    # báo Chính phủ" a press conference
    "phiên họp": (" đại hội", " đhđcđ", " đhcđ", " giao ban", " báo"),
}


def _table(pairs):
    exact = [(kind, word) for kind, words in pairs for word in words]
    return exact, [(kind, fold(word)) for kind, word in exact]


_SPEC = _table(_SPECIFIC)
_GEN = _table(_GENERIC)
_NOT_EVENT = re.compile(
    r"(?:sau|trước|chuẩn bị|chuẩn bị cho|phục vụ|về|cho|tuyên truyền|chào mừng|hướng tới|sẽ|chủ tịch"
    r"|nghị quyết|văn kiện)"  # "quán triệt Nghị quyết Đại hội XIII" is a document
    r"\s+(?:(?:cuộc|buổi)\s+)?$"
)
_INSIDE_KIND = re.compile(r"(?:kỳ|phiên)\s+$")  # the "họp" of "kỳ họp", "phiên họp" is no bare "họp"
_VENUE = re.compile(r"(?<!\w)(?:trung tâm|cung|nhà)\s+$")  # "tại Trung tâm Hội nghị tỉnh": a building
_PRESS_IN_LEAD = re.compile(
    r"(?:(?:tại|trong|ở)\s+(?:cuộc|buổi)|tổ chức(?:\s+(?:cuộc|buổi))?)\s+họp báo(?!\w)"
)


# The conventions' order of kinds, which settles a pair that names one event: "buổi gặp mặt, tọa đàm" is a
# tọa đàm, "họp mặt và tổng kết" a tổng kết.
_CANONICAL_ORDER = (
    "giao ban", "sơ kết", "tổng kết", "đại hội", "kỳ họp", "phiên họp", "tiếp xúc cử tri", "họp báo",
    "hội thảo", "tọa đàm", "tập huấn", "họp mặt", "gặp mặt", "hội đàm", "tiếp công dân", "làm việc",
    "hội nghị", "họp",
)
_PAIR_JOIN = re.compile(r"\s*(?:,|và)\s*")


def _paired(low: str, end: int, kind: str, words) -> str:
    """``kind``, or the kind named right after it ("gặp mặt, tọa đàm") when that one comes first in the
    conventions' order."""
    join = _PAIR_JOIN.match(low, end)
    if not join:
        return kind
    for other, word in words:
        after = join.end() + len(word)
        if low.startswith(word, join.end()) and (after == len(low) or not low[after].isalnum()):
            return min(kind, other, key=_CANONICAL_ORDER.index)
    return kind


def _kinds(text: str, table) -> list[tuple[int, str]]:
    """(position, kind) for every kind word in ``text`` that names the event itself, in order."""
    low = text.lower()
    exact, folded = table
    words, hay = (folded, fold(text)) if low.isascii() else (exact, low)
    out = []
    for kind, word in words:
        pos = hay.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (
                (pos == 0 or not hay[pos - 1].isalnum())
                and (end == len(hay) or not hay[end].isalnum())
                and not hay.startswith(_NOT_AFTER.get(kind, ()), end)
                and not _NOT_EVENT.search(hay, max(0, pos - 22), pos)
                and not (kind == "họp" and _INSIDE_KIND.search(hay, max(0, pos - 6), pos))
                and not _VENUE.search(hay, max(0, pos - 10), pos)
            ):
                out.append((pos, _paired(hay, end, kind, words)))
                break
            pos = hay.find(word, end)
    out.sort()
    return out


# What stands before a kind word when it names the event held: "hội nghị giao ban", "buổi làm việc" in the
# lead; further on only a verb that holds it: "đã có buổi làm việc", "đã tổ chức Đại hội cổ đông", "diễn ra
# cuộc hội đàm" (not "phát biểu trong cuộc họp báo", "phiên khai mạc kỳ họp" of another event).
_HELD_VERB = (
    r"(?:(?:tổ chức|diễn ra|tiến hành|đã có|có|chủ trì|đồng chủ trì|dự|tham dự)\s+"
    r"(?:(?:cuộc|buổi|một|phiên)\s+)?"
    r"|tại\s+(?:cuộc|buổi)\s+)(?:(?:họp|hội nghị)\s+)?"
)
_HELD_IN_LEAD = re.compile(rf"(?:(?:hội nghị|cuộc họp|đại hội|kỳ họp|cuộc|buổi)\s+(?:\S+\s+){{0,1}}|{_HELD_VERB})$")
_HELD_LATER = re.compile(rf"{_HELD_VERB}$")
# Last resort, when nothing else names a kind: the meeting a report quotes from ("Tại hội thảo …, ông A nói")
_AT_MEETING = re.compile(rf"(?:{_HELD_VERB}|(?<!\w)tại\s+)$")
_HELD_AFTER = {"hội đàm": " với"}  # the lead's verb: "Thủ tướng đã hội đàm với Tổng Thư ký …"
_OPENING_CHARS = 700  # the opening paragraphs: the reported event is named there, if anywhere


def _held(text: str, cue: re.Pattern, table=_SPEC, verbs: bool = False) -> str | None:
    """The first specific kind in ``text`` that ``cue`` shows to be the event held (every occurrence counts:
    "tham dự buổi làm việc …" may come before "đã diễn ra buổi làm việc"); with ``verbs`` (the lead) also a
    kind word used as the verb ("đã hội đàm với")."""
    low = text.lower()
    first: tuple[int, str] | None = None
    for kind, word in table[0]:
        pos = low.find(word)
        while pos >= 0 and (first is None or pos < first[0]):
            end = pos + len(word)
            if (
                (pos == 0 or not low[pos - 1].isalnum())
                and (end == len(low) or not low[end].isalnum())
                and not low.startswith(_NOT_AFTER.get(kind, ()), end)
                and (
                    cue.search(low, max(0, pos - 24), pos)
                    or (verbs and low.startswith(_HELD_AFTER.get(kind, "\0"), end))
                )
                and not _NOT_EVENT.search(low, max(0, pos - 22), pos)
                and not _VENUE.search(low, max(0, pos - 10), pos)
            ):
                first = (pos, _paired(low, end, kind, table[0]))
                break
            pos = low.find(word, end)
    return first[1] if first else None


# A plenary sitting of the National Assembly: "Quốc hội họp phiên toàn thể", "Quốc hội thảo luận ở hội
# trường", "các đại biểu Quốc hội làm việc tại hội trường", "phiên họp sáng 24/5 của Kỳ họp thứ 3". It is
# "kỳ họp" when the text names the session, else "phiên họp".
_PLENARY = re.compile(
    r"(?<!\w)(?:quốc hội|qh)\s+(?:(?:đã|tiếp tục|sẽ)\s+)?"
    r"(?:họp phiên|(?:họp|thảo luận|làm việc|biểu quyết)\s+(?:ở|tại)\s+hội trường)"
)
# A plenary vote or question time: "các đại biểu Quốc hội đã bấm nút thông qua Luật", "phiên chất vấn", "trả
# lời chất vấn" (not a law "được Quốc hội biểu quyết thông qua" some time ago).
_PLENARY_ACT = re.compile(
    r"(?<!được )(?<!\w)(?:quốc hội|qh)\s+(?:(?:đã|sẽ)\s+)?(?:bấm nút|biểu quyết)\s+thông qua"
    r"|(?<!\w)(?:phiên|buổi)\s+(?:họp\s+)?chất vấn|(?<!\w)trả lời chất vấn"
    r"|(?<!\w)(?:quốc hội|qh)\s+(?:(?:đã|tiếp tục)\s+)?thảo luận\s+(?:ở|tại)\s+(?:hội|nghị) trường"
)
# A session named: "Kỳ họp thứ 3", "bế mạc kỳ họp"; not "kỳ họp này" (names none), "2-3 kỳ họp" (a count) nor a
# coming one ("tại Kỳ họp thứ sáu, Quốc hội sẽ lấy phiếu tín nhiệm").
_SESSION = re.compile(r"(?<!\w)kỳ họp(?!\w)(?!\s+này)(?![^.;!?\n]{0,40}(?<!\w)sẽ(?!\w))")
_COUNT_BEFORE = re.compile(r"(?<!số)\s(?:\d+\s*[-–]\s*)?\d+\s+$")  # "tại 3 kỳ họp", not "Thông cáo số 4 Kỳ họp"


def _names_session(text: str) -> bool:
    """Does ``text`` name the session a sitting belongs to?"""
    low = text.lower()
    return any(not _COUNT_BEFORE.search(low, max(0, m.start() - 12), m.start()) for m in _SESSION.finditer(low))


_SITTING_OF_SESSION = re.compile(
    r"(?<!\w)phiên(?: họp)?(?:\s+[^\s.;:]+){0,4}?\s+(?:của|thuộc)\s+kỳ họp(?!\w)"
)
# "Tại buổi làm việc, Bộ trưởng giao nhiệm vụ": the meeting a generic word ("hội nghị", "cuộc họp") names
_WORKING_SESSION = re.compile(r"(?<!\w)(?:buổi|cuộc) làm việc(?!\w)")


# A courtesy call or a reception has no canonical kind: "Thủ tướng hội kiến Chủ tịch Thượng viện", "Tổng Bí
# thư tiếp Thủ tướng Lào", "Tại buổi tiếp, …" (not "tiếp tục", "trực tiếp", "tiếp xúc cử tri", "đón tiếp").
_RECEPTION = re.compile(
    r"(?<!\w)(?:(?i:hội kiến|buổi tiếp(?!\s+(?:xúc|công dân)))"
    # "tiếp Thủ tướng Lào", "tiếp đoàn doanh nghiệp"
    rf"|(?<![Đđ]ón )[Tt]iếp(?=\s+(?:[{UPPER}]|đoàn(?!\w))))(?!\w)"
)


def meeting_kind(title: str, lead: str, opening: str = "") -> str | None:
    """The most specific canonical kind the report names for its event (``_named_kind``), with the labels'
    conventions for cases the words alone leave open: a title that reports a reception or a courtesy call
    before any kind word has none; a plenary sitting of the National Assembly is "kỳ họp" when the text names
    the session ("phiên họp" when not); a "hội nghị" or "cuộc họp" the opening also calls "buổi làm việc" is
    one ("làm việc")."""
    reception = _RECEPTION.search(title)
    if reception and all(pos > reception.start() for pos, _ in _kinds(title, _SPEC) + _kinds(title, _GEN)):
        # … unless the lead says talks followed: "Hai nhà lãnh đạo sau đó có buổi hội đàm"
        return "hội đàm" if _held(lead, _HELD_IN_LEAD, verbs=True) == "hội đàm" else None
    lead_low = lead.lower()
    if _PLENARY.search(lead_low) or _SITTING_OF_SESSION.search(lead_low) or _plenary_act(lead_low):
        return _plenary(title, opening)
    kind = _named_kind(title, lead, opening)
    if kind is None and _plenary_act(opening[:_OPENING_CHARS].lower()):
        return _plenary(title, opening)  # "Đại biểu An khi chất vấn Phó Thủ tướng …": question time
    if kind in ("hội nghị", "họp") and _WORKING_SESSION.search(opening[:_OPENING_CHARS].lower()):
        return "làm việc"
    return kind


def _plenary_act(low: str) -> bool:
    """A plenary vote or question time in ``low`` (the regex runs only where its words occur: it is slow)."""
    return ("thông qua" in low or "chất vấn" in low or "trường" in low) and bool(_PLENARY_ACT.search(low))


def _plenary(title: str, opening: str) -> str:
    """A plenary sitting's kind: the session when the text names one, else the sitting."""
    return "kỳ họp" if _names_session(title) or _names_session(opening) else "phiên họp"


def _named_kind(title: str, lead: str, opening: str = "") -> str | None:
    """Canonical kind from the title first, then the lead paragraph ("hội nghị giao ban" → "giao ban"),
    then a kind the opening paragraphs say was held ("đã có buổi làm việc") before a generic word of the
    title ("cuộc họp"): the most specific kind the report names.

    A lead that reports from a press conference ("Tại buổi họp báo …") makes it one, whatever the title's
    subject."""
    lead_low = lead.lower()
    if _PRESS_IN_LEAD.search(lead_low):
        return "họp báo"
    spec = _kinds(title, _SPEC)
    held = _held(lead, _HELD_IN_LEAD, verbs=True) or _held(opening[:_OPENING_CHARS], _HELD_LATER)
    if spec:
        # a title's "làm việc với" is the vaguest kind: the lead's "đã tổ chức tọa đàm" says which
        return held if spec[0][1] == "làm việc" and held else spec[0][1]
    if held:
        return held
    gen = _kinds(title, _GEN)
    if gen:
        return gen[0][1]
    spec = _kinds(lead, _SPEC)
    if spec:
        return spec[0][1]
    gen = _kinds(lead, _GEN)
    if gen:
        return gen[0][1]
    opening = opening[:_OPENING_CHARS]
    return (
        _held(opening, _HELD_LATER, _GEN)  # "Chiều 6/2, Bộ trưởng chủ trì cuộc họp"
        or _held(opening, _AT_MEETING)
        or _held(opening, _AT_MEETING, _GEN)
    )


# ---------------------------------------------------------------- date
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


def _lower_for_sentences(text: str) -> str:
    """``text`` lower-cased, with the periods of abbreviations turned into "·" (same length, so positions
    stay those of ``text``)."""
    low = text.lower()
    chars = None
    pos = text.find(".")
    while pos >= 0:
        if _abbreviation_dot(text, pos):
            chars = chars or list(low)
            chars[pos] = "·"
        pos = text.find(".", pos + 1)
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


_QUALIFIERS = "vòng loại"  # "vòng loại Asian Cup 2019": played years before the finals


# "hoàn thành … ngay trong tháng 2-2017" (a deadline), "phiên họp Chính phủ thường kỳ tháng 4 năm 2017"
# (another meeting): such a month-year says nothing of the reported meeting's year.
_OTHER_MONTH = re.compile(
    r"(?:(?<!\w)(?:trong|trước|đến|chậm nhất|hạn|hoàn thành)\s+"
    r"|(?:phiên họp|kỳ họp|hội nghị|cuộc họp)(?:\s+[^\s.,;]+){0,4}\s+)$"
)


# The year in an event's own name: "Hội nghị Thượng đỉnh Phụ nữ Toàn cầu năm 2017", "buổi gặp mặt thanh niên
# lên đường nhập ngũ năm 2017". Not the period a review looks back on ("Hội nghị tổng kết công tác năm 2016"
# is held in 2017), nor a subject after "về", "bàn" …
_EVENT_NAME_YEAR = re.compile(
    r"(?<!\w)(?:hội nghị|đại hội|hội thảo|diễn đàn|tọa đàm|hội chợ|liên hoan|lễ hội|gặp mặt|họp mặt|hội đàm)"
    r"((?:\s+[^\s.,;:()\"“”\[\]]+){0,7}?)\s+(?:năm\s+)?((?:19|20)\d\d)(?![\d/–-]|[.,]\d|\s*[-–]\s*\d)",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = re.compile(
    r"(?<!\w)(?:tổng kết|sơ kết|kiểm điểm|đánh giá|kết quả|về|bàn|thảo luận|nhằm|của|tháng|nhiệm kỳ|giai đoạn"
    r"|khóa|sau|trước|từ|đến|thành lập|được|là)(?!\w)",
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
_ANY_YEAR = re.compile(r"(?<![\d,])((?:19|20)\d\d)(?!\d|\s*[-–]\s*(?:19|20)?\d\d(?!\d))")
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


def _told_years(text: str, lower: str) -> set[int]:
    """Years the text tells as past or present (not a target, plan, deadline or birth)."""
    out = set()
    for m in _ANY_YEAR.finditer(text):
        before = lower[max(0, m.start() - 50) : m.start()]
        if _AHEAD_YEAR.search(before) or _BIO_CUE.search(before) or re.search(r"(?<!\w)sn\s*$", before):
            continue
        if _AHEAD_SENTENCE.search(lower, max(0, m.start() - 140), m.start()):
            continue
        out.add(int(m.group(1)))
    return out


def _fallback_year(text: str, lower: str, mentions, meeting) -> int | None:
    """The year of "ngày 14/10" when nothing else gives it, or None when it is not certain.

    In order: a full date of the same event (``_same_event``: the same day, a span holding it, "ngày mai",
    the anniversary it marks), the latest such year; a phrase that sets the report's year ("từ nay đến hết
    năm 2017"); "tháng 4/2017" that names a meeting, of the meeting's month or the one before, if all
    month-years agree and none starts a period ("từ tháng 4/2014"); a year in the event's name ("APEC
    2017", "Hội nghị … năm 2017"), if all agree and no month-year says otherwise. Whatever gives it, no year
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


# Phrases that set the year the report speaks in: "từ nay đến cuối năm 2017" (from now on), "thực hiện Chương
# trình công tác năm 2017", "triển khai nhiệm vụ năm 2017" (outside the year-end months, when next year's plan
# is made). Not "tình hình … những tháng đầu năm 2017", the period of reported figures.
_FROM_NOW = re.compile(r"(?<!\w)từ nay (?:đến|tới) (?:hết|cuối) năm ((?:19|20)\d\d)(?!\d)")
_THIS_YEARS_PLAN = re.compile(
    r"(?<!\w)(?:triển khai(?: thực hiện)? (?:kế hoạch|chương trình|nhiệm vụ)"
    r"|(?<!tình hình )(?<!kết quả )thực hiện chương trình công tác) năm ((?:19|20)\d\d)(?!\d)"
)


def _present_year(text: str, lower: str, month: int) -> int | None:
    """The year the report speaks in, when one phrase says it (and no other says another). "Từ nay đến hết năm
    2019" years past what the text tells is a roadmap's end, not this year."""
    years = {int(m.group(1)) for m in _FROM_NOW.finditer(lower)}
    if years:
        told = _told_years(text, lower)
        years = {y for y in years if not told or y <= max(told) + 1}
    if 2 <= month <= 10:
        years |= {int(m.group(1)) for m in _THIS_YEARS_PLAN.finditer(lower)}
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


def _same_event(lower: str, d, day: int, month: int) -> bool:
    """Does the full date ``d`` date the event of the year-less meeting date ``day``/``month``?"""
    before = lower[max(0, d.start - 60) : d.start]
    if _DOC_CUE.search(before) or _BIO_CUE.search(before):
        return False
    if _LIMIT_CUE.search(before) and not d.first_of_range:  # "trước ngày 15-7-2017", not "từ ngày 6 - 8/6"
        return False
    here, there = make_date(d.year, month, day), make_date(d.year, d.month, d.day)
    if not (here and there):
        return False
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
    same = [d.year for d in mentions if d.year and _same_event(lower, d, day, month)]
    if same:
        return max(same)
    present = _present_year(text, lower, month)
    if present:
        return present
    turn = _turn_of_year(lower, meeting, month)
    if turn:
        return turn
    pairs = [
        (m, y, _not_a_meetings_month(lower, at))
        for m, y, at in month_year_mentions(text)
        if not _OTHER_MONTH.search(lower, max(0, at - 40), at)
    ]
    years = {y for m, y, _ in pairs if m <= month}  # all must agree, "từ tháng 7/2015" too …
    recent = {y for m, y, other in pairs if month - 1 <= m <= month and not other}  # … a meeting's gives one
    later = {y for m, y, _ in pairs if m > month}
    if len(years) == 1 and recent == years and not later - years:
        return years.pop()
    named = _named_years(text, lower, meeting)
    if len(named) == 1:  # no month-year of a later year says otherwise
        year = named.pop()
        if all(y <= year for y in later | years):
            return year
    return None


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
    for m in _EVENT_YEAR.finditer(text):
        name = m.group(0)[: m.start(1) - m.start()].strip()
        if not (a <= m.start() < b or m.start() < title_end or (name.isupper() and _has_word(sentence, name))):
            continue
        before = lower[max(0, m.start() - 30) : m.start()]
        if _QUALIFIERS in before or _cited_as_document(lower, m.group(0).lower()) or _AHEAD_YEAR.search(before):
            continue  # "vòng loại Asian Cup 2019", "theo UNCLOS 1982", "Tầm nhìn ARF 2020"
        out.add(int(m.group(1)))
    for start, end in ((a, b), (0, title_end)):
        for m in _GLUED_EVENT_YEAR.finditer(text, start, end):
            if not _cited_as_document(lower, m.group(0).lower()):
                out.add(int(m.group(1)))
        out |= {
            int(m.group(2))
            for m in _EVENT_NAME_YEAR.finditer(text, start, end)
            if not _NOT_NAME_WORDS.search(m.group(1))
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


# "DIFF2017", "EXPO-2017": an acronym with its year glued on
_GLUED_EVENT_YEAR = re.compile(r"(?<![^\W_])[A-ZĐ]{2,}-?((?:19|20)\d\d)(?![\d/–-]|[.,]\d)")
_CITED = re.compile(r"(?:theo|thực hiện|tuân thủ|căn cứ|công ước|hiệp định|hiến chương)\s+$")


def _cited_as_document(lower: str, name: str) -> bool:
    """Does the text cite ``name`` ("unclos 1982") as a document anywhere ("theo UNCLOS 1982")?"""
    pos = lower.find(name)
    while pos >= 0:
        if _CITED.search(lower, max(0, pos - 20), pos):
            return True
        pos = lower.find(name, pos + len(name))
    return False


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


def _date_of_telling(lower: str, d, a: int) -> bool:
    """Is ``d`` (its sentence starting at ``a``) the day someone tells of a meeting held on another day?"""
    if _MEETING_CUE.search(lower, max(a, d.start - 60), d.start):
        return False  # "Tại buổi họp báo chiều 7/2, Đại sứ cho biết …": the meeting's own date
    stop = _SENT.search(lower, d.end, d.end + 400)
    b = stop.start() if stop else min(len(lower), d.end + 400)
    t = _TELLING.search(lower, d.end, b)
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


def meeting_date(text: str, hint: datetime.date | None = None) -> datetime.date | None:
    """The date the meeting took place, scored by cues around each date the text gives; None when it gives
    none (``hint``, the container's date, only supplies the year of "ngày 14/10")."""
    mentions = find_date_mentions(text)
    if not mentions:
        return None
    lower = _lower_for_sentences(text)
    best, best_score = None, 0
    for d in mentions:
        a, b = _sentence_bounds(lower, d.start, d.end)
        if (
            _EARLIER.match(lower, a)
            or _not_the_meeting(lower, d, a)
            or _date_of_telling(lower, d, a)
            or _TOLD_CONTENT.search(lower, max(a, d.start - 40), d.start)
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
    if best is None:
        return None
    if hint:
        return _date_with_hint(best, hint)
    year = best.year or _fallback_year(text, lower, mentions, best)
    return make_date(year, best.month, best.day) if year else None


# ---------------------------------------------------------------- organisation, place
_ORG_BEFORE = re.compile(
    rf"(?:^|[,.;:]\s+|\n)((?:[{UPPER}]|\d)[^,.;:\n]{{2,90}}?)\s+(?:đã\s+|vừa\s+|sẽ\s+)?"
    r"(?:long trọng\s+|phối hợp\s+)?tổ chức(?!\w)"
)
_ORG_DO = re.compile(rf"(?<!\w)do\s+([{UPPER}][^,.;:\n]{{2,90}}?)\s+(?:phối hợp\s+)?tổ chức(?!\w)")
_LEAD_TIME = re.compile(
    r"^(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|hôm nay|sáng nay|chiều nay)\s+)?(?:ngày\s+)?"
    r"[\d/.\-–]+(?:\s*\([^)]*\))?\s*,?\s*|^(?:hôm nay|sáng nay|chiều nay|vừa qua|mới đây)\s*,?\s*",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"(?<!\w)tại\s+((?:[^,.;:()\n]){2,70}?)(?=\s*(?:[,.;:()\n]|$)|\s+(?:đã|diễn ra|tổ chức|khai mạc|với|nhằm"
    r"|và|dưới|do|có|đồng chí|ông|bà)(?!\w))"
)
_NOT_PLACE = re.compile(
    r"(?:hội nghị|kỳ họp|cuộc họp|buổi|phiên|đây|đó|đại hội|hội thảo|lễ|chỗ|địa phương)(?!\w)", re.IGNORECASE
)


_ORG_HEAD = re.compile(
    r"(?:Ban|Khối|Ủy ban|UBND|HĐND|MTTQ|Hội|Đảng ủy|Đảng bộ|Đảng đoàn|Chi bộ|Sở|Bộ|Huyện ủy|Tỉnh ủy|Thành ủy"
    r"|Quận ủy|Thị ủy|Đoàn|Liên đoàn|Công an|Cục|Tổng cục|Vụ|Viện|Trường|Văn phòng|Trung tâm|Phòng|Chính phủ"
    r"|Quốc hội|Hội đồng|Mặt trận|Tòa án|Bộ Chỉ huy|Thường trực|Ban Thường vụ|Ban cán sự|Công ty|Tập đoàn"
    r"|Ngân hàng|Hiệp hội|Liên hiệp|Xã|Phường|Thị trấn|Huyện|Tỉnh|Thành phố|TP|Học viện|Đại học|Bệnh viện"
    r"|Kho bạc|Chi cục|Cơ quan"
    r"|Nhà máy|Lãnh đạo|Thủ tướng|Chủ tịch|[A-ZĐ]{2,})(?!\w)"
)


def _mostly_capitalised(phrase: str) -> bool:
    words = phrase.split()
    return len(words) <= 3 or sum(w[:1].isupper() for w in words) * 2 >= len(words)


def organisation(lead: str) -> str | None:
    """The organising body: "Khối Dân vận Đảng ủy tổ chức …", "… do Ban Tuyên giáo tổ chức"."""
    m = _ORG_DO.search(lead) or _ORG_BEFORE.search(lead)
    if not m:
        return None
    org = _LEAD_TIME.sub("", m.group(1).strip())
    org = re.sub(r"^(?:tại\s+[^,]+,\s*)", "", org)
    org = re.sub(r"\s+(?:đã|vừa|sẽ|được)$", "", org)
    if (
        not org
        or not _ORG_HEAD.match(org)
        or len(org.split()) > 14
        or re.search(r"\d{3,}", org)
        or not _mostly_capitalised(org)
    ):
        return None
    return org


def location(lead: str) -> str | None:
    """The place after "tại" in the lead, when it names a place ("tại huyện Đắk Song")."""
    for m in _PLACE.finditer(lead):
        place = m.group(1).strip()
        if _NOT_PLACE.match(place) or not any(c.isupper() for c in place) or not _mostly_capitalised(place):
            continue
        if len(place.split()) <= 10:
            return place
    return None


# ---------------------------------------------------------------- document codes
_CODE_UP = "A-ZĐĂÂÊÔƠƯ"
_CODE = re.compile(
    rf"(\d{{1,5}})(?:\s?/\s?((?:19|20)\d\d))?\s?([-/])\s?([{_CODE_UP}][{_CODE_UP}0-9&]*"
    rf"(?:\s?[-/]\s?[{_CODE_UP}][{_CODE_UP}0-9&]*)*)(?![\w/]|-\w)"
)


_CODE_HINT = re.compile(rf"\d\s?[-/]\s?[{_CODE_UP}]")


def _code_matches(text: str):
    end = -1
    for h in _CODE_HINT.finditer(text):  # codes are rare: look only around "…43-C…", "…12/N…"
        a = max(h.start() - 12, end)
        if a < h.end():
            end = h.end() + 60
            yield from _CODE.finditer(text, a, end)


def document_codes(text: str) -> tuple[str, ...]:
    """Codes of cited documents ("43-CT/TU", "12/2021/NQ-HĐND", "56/KH-UBND"), in order, once each."""
    seen: dict[str, None] = {}
    for m in _code_matches(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/-"):
            continue
        letters = re.sub(r"\s", "", m.group(4))
        if not m.group(2) and not re.search(r"[-/]", letters):
            continue
        code = m.group(1) + ("/" + m.group(2) if m.group(2) else "") + m.group(3) + letters
        seen.setdefault(code, None)
    return tuple(seen)


__all__ = ["document_codes", "location", "meeting_date", "meeting_kind", "organisation"]
