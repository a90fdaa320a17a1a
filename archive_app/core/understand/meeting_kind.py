"""The meeting's kind: the most specific canonical kind ("giao ban", "kỳ họp", "họp báo" …) the title, the lead
or the opening says was held."""

from __future__ import annotations

import re

from ..vietnamese import fold
from .kind_cues import (
    held_before,
    history_session,
    plenary_debate,
    plenary_vote,
    sentence_start,
    told_from,
    working_visit,
)
from ..vietnamese.names import UPPER

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
    # "buổi gặp gỡ", "gặp gỡ báo chí" are gặp mặt by the labels' decisions (fresh4's supplement, fresh5); a bare
    # "cuộc gặp (gỡ)" of two leaders has no kind
    ("gặp mặt", ("gặp mặt", "buổi gặp gỡ", "gặp gỡ báo chí")),
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
    "họp báo": (" cáo",),  # "buổi họp báo cáo kết quả": a meeting that reports
    # "phiên họp đại hội đồng cổ đông" is a shareholders' meeting, "phiên họp giao ban" a giao ban, "phiên họp
    # báo Chính phủ" a press conference
    "phiên họp": (" đại hội", " đhđcđ", " đhcđ", " giao ban", " báo"),
}


def _table(pairs):
    exact = [(kind, word) for kind, words in pairs for word in words]
    return exact, [(kind, fold(word)) for kind, word in exact]


_SPEC = _table(_SPECIFIC)
_GEN = _table(_GENERIC)
# every kind word (without the vague "làm việc với", "đến làm việc", which need a "buổi" to name an event held)
_REPORT_WORDS = sorted(
    {word for _, words in _SPECIFIC for word in words if word not in ("làm việc với", "đến làm việc")}
    | {"hội nghị", "họp"},
    key=len,
    reverse=True,
)
# a specific kind right after a generic word, two words at most between: "Hội nghị tổng kết", "Hội nghị toàn quốc sơ
# kết", "cuộc họp giao ban"
_THEN_SPECIFIC = re.compile(
    r"\s+(?:[^\s.,;:]+\s+){0,2}?(" + "|".join(w for w in _REPORT_WORDS if w not in ("hội nghị", "họp")) + r")(?!\w)"
)
_REPORT_KIND = {word: kind for kind, words in _SPECIFIC + _GENERIC for word in words}
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
                then = _THEN_SPECIFIC.match(low, end) if kind in ("hội nghị", "họp") else None
                first = (pos, _REPORT_KIND[then.group(1)] if then else _paired(low, end, kind, table[0]))
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
    # a debate in plenary or in groups: "Sáng 31/5, Quốc hội thảo luận về …", "Quốc hội (QH) đã thảo luận tại tổ",
    # "trong phiên thảo luận tổ", "tại phiên thảo luận của Quốc hội" (not a bill "trình Quốc hội thảo luận", nor the
    # Standing Committee's "Ủy ban Thường vụ Quốc hội thảo luận", a sitting whatever session the text names)
    r"|(?<!được )(?<!trình )(?<!để )(?<!nghị )(?<!cho )(?<!thường vụ )(?<!\w)(?:quốc hội|qh)\s+(?:\(qh\)\s+)?"
    r"(?:(?:đã|tiếp tục)\s+)?thảo luận\s+(?:(?:ở|tại)\s+tổ|tổ|về)(?!\w)"
    r"|(?<!\w)phiên thảo luận\s+(?:(?:ở|tại)\s+(?:hội trường|nghị trường|tổ)|tổ|của quốc hội)(?!\w)"
)
# A session named: "Kỳ họp thứ 3", "bế mạc kỳ họp"; not "kỳ họp (lần) này" (names none), "2-3 kỳ họp" (a count), a
# coming one ("tại Kỳ họp thứ sáu, Quốc hội sẽ lấy phiếu tín nhiệm") nor one a span or a move names ("từ Kỳ họp thứ 2
# đến kỳ họp này", "lùi sang kỳ họp thứ 4": another session than the sitting's).
_NAMED_SESSION = r"(?<!\w)(?<!từ )(?<!đến )(?<!sang )(?<!tới )kỳ họp(?!\w)(?!\s+(?:lần\s+)?này)"
_SESSION = re.compile(_NAMED_SESSION + r"(?![^.;!?\n]{0,40}(?<!\w)sẽ(?!\w))")
# any session named, a coming one included ("ngày 2/6 của kỳ họp thứ ba, Quốc hội sẽ thảo luận …": the day's agenda)
_SOME_SESSION = re.compile(_NAMED_SESSION)
_COUNT_BEFORE = re.compile(r"(?<!số)\s(?:\d+\s*[-–]\s*)?\d+\s+$")  # "tại 3 kỳ họp", not "Thông cáo số 4 Kỳ họp"


def _names_session(text: str) -> bool:
    """Does ``text`` name the session a sitting belongs to?"""
    low = text.lower()
    return any(
        not _COUNT_BEFORE.search(low, max(0, m.start() - 12), m.start()) and not history_session(low, m.start())
        for m in _SESSION.finditer(low)
    )


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


# The sentence that tells the meeting. A report whose title is a headline and whose lead is a summary names its event
# in the body, in the sentence that dates it or says it was held: "Chiều 13/5, Tổng Bí thư đã tiếp tục tiếp xúc với
# cử tri", "Trong cuộc họp báo được tổ chức vào ngày 6-2, HLV …", "Tại buổi làm việc với Liên đoàn … chiều 10/2",
# often after a caption or a summary paragraph. Only the body's first two dated sentences count, in its first 1,000
# characters: on unlabelled news a meeting named further on was mostly background to other news (an attack, a court
# case, a celebrity) and 2,000 characters or three sentences gave ~40% more kinds there for one more right label.
_REPORTING_CHARS = 1000
_REPORT_WORD = re.compile(r"(?<!\w)(?:" + "|".join(_REPORT_WORDS) + r")(?!\w)")
# what stands before a kind word that names the event held: "tại/trong (một) cuộc …", "tổ chức …", "đã có buổi …",
# or the classifier alone ("nội dung buổi tọa đàm"); not "các cuộc họp" (many, not one held)
_REPORT_CUE = re.compile(
    r"(?:(?<!\w)(?:tại|trong|ở)\s+(?:một\s+)?(?:(?:cuộc|buổi|phiên)\s+)?"
    r"|(?<!\w)(?:tổ chức|diễn ra|tiến hành|đã có|có|dự|tham dự|chủ trì|đồng chủ trì|phát biểu)\s+"
    r"(?:(?:cuộc|buổi|một|phiên)\s+)?"
    r"|(?<!các )(?<!\w)(?:cuộc|buổi)\s+)$"
)
# a kind word used as the verb of the sentence: "Thủ tướng họp với các bộ", "đã hội đàm với", "tiếp xúc cử tri"
_REPORT_VERB_AFTER = {
    "họp": (" với", " khẩn", " bàn", " rà soát", " xem xét", " cung cấp", " cho ý kiến", " để"),
    "hội đàm": (" với",),
}
_REPORT_VERB_BEFORE = re.compile(r"(?<!\w)(?:đã|vừa)\s+$")  # "Ngày 16/6, Ban chỉ đạo đã họp, rà soát …"
_REPORT_VERBS = ("tiếp xúc cử tri", "tiếp xúc với cử tri")
# the sentence dates the event or says it took place: "chiều 13/5", "sáng nay", "hôm qua", "ngày 6-2", "mới đây"
_TIME_ANCHOR = re.compile(
    r"(?<!\w)(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua|hôm|ngày|\d|\()|ngày\s+\d|hôm\s+(?:nay|qua|\d)"
    r"|mới đây|vừa qua|tổ chức|diễn ra|chủ trì)(?!\w)|\d\s*[/.-]\s*\d"
)
# an earlier event, told as background: "Trước đó, ngày 20/12, Bí thư đã có buổi làm việc …"
_BACKGROUND = re.compile(r"(?<!\w)(?:trước đó|cách đây|hồi|năm ngoái)(?!\w)")
# a coming, wished or requested meeting, not one held: "sẽ", "dự kiến", "muốn nêu … tại hội nghị", "đề nghị … tổ
# chức hội nghị chuyên ngành"
_FUTURE = re.compile(
    r"(?<!\w)(?:sẽ|dự kiến|sắp|chuẩn bị|ngày mai|sáng mai|chiều mai|muốn|có thể)(?!\w)"
    r"|(?<!\w)(?:đề nghị|yêu cầu|kiến nghị|cần|sớm)\s[^.;:]{0,100}?(?<!\w)tổ chức\s+(?:(?:cuộc|buổi|một)\s+)?$"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")  # not at the dot of "TP.HCM" or "10.2"
_DATED_SENTENCES = 2
_MANY = re.compile(r"(?<!\w)(?:các|nhiều|những|mấy|vài|hàng|hai|ba|\d+)\s+(?:cuộc|buổi)\s+$")  # not one event held
# a coming event named after its kind word: "cuộc họp của OPEC … dự kiến sẽ diễn ra", "hội nghị sắp tới"
_FUTURE_AFTER = re.compile(
    r"[^.;]{0,60}?(?<!\w)(?:dự kiến|sắp (?:tới|diễn ra|được)|sẽ diễn ra|sẽ được tổ chức|tới đây"
    r"|(?:tháng|tuần|năm)(?: \d+)? tới)(?!\w)"
    r"|\s+hồi\s+(?:tháng|năm|đầu|cuối|giữa|hè)(?!\w)"  # an earlier one: "trong cuộc hội đàm hồi tháng 11/2016"
)


def _reported(body: str) -> str | None:
    """The kind named in the sentence of ``body`` that tells its meeting: one of its first dated sentences (an
    event named in a later one is mostly background to the news the body opens with)."""
    low = body[:_REPORTING_CHARS].lower()
    if not _REPORT_WORD.search(low) and "làm việc với" not in low and "làm việc tại" not in low:
        return None  # most reports of other news: one pass, no sentence split
    dated = 0
    for sentence in _SENTENCE_SPLIT.split(low):
        if not _TIME_ANCHOR.search(sentence):
            continue
        dated += 1
        if dated > _DATED_SENTENCES:
            return None
        kind = _sentence_kind(sentence)
        if kind:
            return kind
    return None


# A dated sentence told from a working session: "Làm việc với Liên đoàn Lao động thành phố chiều 10/2, Bí thư …"; not
# a suspect questioned or a word to the press ("Làm việc với cơ quan công an, bị can khai …", "làm việc với báo chí").
_WORKING_OPENER = re.compile(
    r"\s*làm việc với\s+(?!(?:cơ quan|công an|cơ quan chức năng|cơ quan điều tra|điều tra viên|báo chí|phóng viên|pv|"
    r"nhà báo|báo|chúng tôi|cảnh sát|lực lượng chức năng|ngành chức năng)(?!\w))"
)


def _sentence_kind(low: str) -> str | None:
    """The first kind word of one sentence that ``_REPORT_CUE`` (or its verb use) shows to be an event held."""
    if _WORKING_OPENER.match(low) or (
        working_visit(low) and not _FUTURE.search(low) and not _BACKGROUND.search(low)  # "đoàn công tác đã làm việc với"
    ):
        return "làm việc"
    for m in _REPORT_WORD.finditer(low):
        pos, end, word = m.start(), m.end(), m.group()
        kind = _REPORT_KIND[word]
        if _MANY.search(low, max(0, pos - 16), pos) or not (
            _REPORT_CUE.search(low, max(0, pos - 24), pos)
            or word in _REPORT_VERBS
            or held_before(low, pos, word)  # "sau cuộc hội đàm ngày 1/6", "đã họp báo về"
            or _DATE_BEFORE.fullmatch(low, 0, pos)  # "Sáng 22/6, Hội nghị … đã thống nhất"
            or (word == "họp" and _REPORT_VERB_BEFORE.search(low, max(0, pos - 8), pos))
            or low.startswith(_REPORT_VERB_AFTER.get(word, "\0"), end)
        ):
            continue
        if (
            low.startswith(_NOT_AFTER.get(kind, ()), end)
            or (_NOT_EVENT.search(low, max(0, pos - 22), pos) and not held_before(low, pos, word))
            or (word == "họp" and _INSIDE_KIND.search(low, max(0, pos - 6), pos))
            or _VENUE.search(low, max(0, pos - 10), pos)
            or _FUTURE.search(low, 0, pos)
            or _BACKGROUND.search(low, 0, pos)
            or _FUTURE_AFTER.match(low, end)
        ):
            continue
        if kind in ("hội nghị", "họp"):
            then = _THEN_SPECIFIC.match(low, end)
            if then:
                return _REPORT_KIND[then.group(1)]
        return _paired(low, end, kind, _SPEC[0])
    return None


# A dated sentence whose subject is the meeting: "Chiều 19/6, Hội nghị … đã kết thúc", "Sáng nay (20/5), Hội nghị Bộ
# trưởng … khai mạc", "Ngày 9/5, tại Hà Nội, Hội thảo … diễn ra".
_DATE_FIRST = (
    r"\s*(?:vào\s+)?(?:(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:(?:nay|qua|hôm qua)\s*)?(?:ngày\s+)?\(?\s*"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\)?|(?:sáng|chiều|tối|trưa) (?:nay|qua)|hôm (?:qua|nay))"
    r"(?:\s*\([^)]{0,30}\))?\s*,\s*(?:(?:tại|ở)\s+[^,.;]{1,60},\s*)?"
)
_DATED_SUBJECT = re.compile(_DATE_FIRST + "(" + "|".join(_REPORT_WORDS) + r")(?!\w)")
_DATE_BEFORE = re.compile(_DATE_FIRST)


def _subject(low: str) -> str | None:
    """The kind of the meeting a dated sentence (``low``, lower case) opens with as its subject."""
    m = _DATED_SUBJECT.match(low)
    if not m:
        return None
    end, kind = m.end(1), _REPORT_KIND[m.group(1)]
    if low.startswith(_NOT_AFTER.get(kind, ()), end) or _FUTURE_AFTER.match(low, end):
        return None
    then = _THEN_SPECIFIC.match(low, end) if kind in ("hội nghị", "họp") else None
    return _REPORT_KIND[then.group(1)] if then else _paired(low, end, kind, _SPEC[0])


# A report told from a press conference: "Phát biểu trong cuộc họp báo, người phát ngôn …", "… nói tại một cuộc họp
# báo ở thủ đô", "Trao đổi tại phiên họp báo Chính phủ" — the labels' convention makes it one whatever its subject, and
# news names the press conference as its source in any sentence, dated or not (on unlabelled news, 57 reports with no
# kind name one so in their first 1,000 characters, ~5 of 6 read told from it). Not an earlier or a coming one ("trong
# buổi họp báo trước", "năm 2012", "sẽ … trong cuộc họp báo ngày mai"), nor "buổi họp báo cáo" (a meeting that reports).
_PRESS_SOURCE = re.compile(
    r"(?<!\w)(?P<cue>(?:tại|trong|ở)\s+(?:một\s+)?(?:(?:cuộc|buổi|phiên)\s+)?|phát biểu\s+)(họp báo)(?!\w)"
    r"(?!\s+(?:cáo|trước\s*[,.]|trước đó))"
)
# Any meeting a statement is told from, the same way: "Phát biểu tại một cuộc họp với các tổ chức …, bà An …", "ông An
# nói trong một cuộc họp hôm 7/2", "đã đưa ra tuyên bố trên trong cuộc họp kín với …", "chia sẻ tại hội thảo" (the
# labels' convention: what someone said at a meeting is labelled with its kind, even when it is named once).
_STATEMENT_SOURCE = re.compile(
    r"(?<!\w)(?:phát biểu)(?!\w)[^.;:!?\"“”\n]{0,12}?"
    r"(?<!\w)(?P<cue>tại|trong)\s+(?:một\s+)?(?:(?:cuộc|buổi|phiên)\s+)?(" + "|".join(_REPORT_WORDS) + r")(?!\w)"
)
_CLAUSE_START = re.compile(r"[,;:\"“”–]|\.\s|\n")
_YEAR_NEAR = re.compile(r"(?<!\w)năm\s+\d{4}(?!\d)")
_SOON_AFTER = re.compile(r"[^.;]{0,30}?(?<!\w)(?:ngày|sáng|chiều|tối) mai(?!\w)|\s+(?:tới|sắp tới)(?!\w)")


def _source(body: str) -> str | None:
    """The kind of the press conference or meeting ``body`` is told from, named in its first ``_REPORTING_CHARS``
    characters."""
    low = body[: _REPORTING_CHARS + 40].lower()
    press, statement = "họp báo" in low, "phát biểu" in low
    if not (press or statement):
        return None  # most reports: one pass
    found = sorted(
        (m.start("cue"), m.start(), m.start(2), m.end(2), m.group(2))
        for m in [
            *(_PRESS_SOURCE.finditer(low) if press else ()),
            *(_STATEMENT_SOURCE.finditer(low) if statement else ()),
        ]
    )
    for cue, verb, pos, end, word in found:
        if cue >= _REPORTING_CHARS:
            break
        kind = _REPORT_KIND[word]
        sentence = max(sentence_start(low, verb), verb - 300, 0)
        starts = [c.end() for c in _CLAUSE_START.finditer(low, sentence, verb)]
        if not (
            _BACKGROUND.search(low, sentence, pos)  # "Trước đó (27-12), … (nói trong cuộc họp báo …)"
            or _FUTURE.search(low, starts[-1] if starts else sentence, pos)  # not the "sẽ" of a quote before it
            or _FUTURE_AFTER.match(low, end)
            or _SOON_AFTER.match(low, end)
            or _YEAR_NEAR.search(low, max(0, pos - 40), end + 40)
            or low.startswith(_NOT_AFTER.get(kind, ()), end)
        ):
            then = _THEN_SPECIFIC.match(low, end) if kind in ("hội nghị", "họp") else None
            return _REPORT_KIND[then.group(1)] if then else _paired(low, end, kind, _SPEC[0])
    return None


def meeting_kind(title: str, lead: str, opening: str = "") -> str | None:
    """The most specific canonical kind the report names for its event (``_named_kind``), with the labels'
    conventions for cases the words alone leave open: a title that reports a reception or a courtesy call
    before any kind word has none; a plenary sitting of the National Assembly is "kỳ họp" when the text names
    the session ("phiên họp" when not); a "hội nghị" or "cuộc họp" the opening also calls "buổi làm việc" is
    one ("làm việc"); when the title, lead and opening name no kind, or only a generic one the title does not
    give as a conference, the sentence that tells the meeting (``_reported``) names it."""
    reception = _RECEPTION.search(title)
    if reception and all(pos > reception.start() for pos, _ in _kinds(title, _SPEC) + _kinds(title, _GEN)):
        # … unless the lead says talks followed: "Hai nhà lãnh đạo sau đó có buổi hội đàm"
        return "hội đàm" if _held(lead, _HELD_IN_LEAD, verbs=True) == "hội đàm" else None
    lead_low = lead.lower()
    if (
        _PLENARY.search(lead_low)
        or _SITTING_OF_SESSION.search(lead_low)
        or _plenary_act(lead_low)
        or plenary_vote(lead_low)  # "Với 89% đại biểu tán thành, Quốc hội thông qua …"
        or plenary_debate(lead_low)  # "Thảo luận tại Hội trường về Dự thảo Luật …, đại biểu …"
    ):
        return _plenary(title, opening)
    kind = _named_kind(title, lead, opening)
    low = f"{title}\n{opening}".lower()
    sessions = list(_SOME_SESSION.finditer(low))
    if kind == "kỳ họp" and all(history_session(low, m.start()) for m in sessions):
        if sessions and any(_coming(low, m) for m in sessions):
            return None  # only a bill's plan names a session: "sẽ được trình Quốc hội tại kỳ họp … tới"
        return "phiên họp"  # "chất vấn tại kỳ họp lần này", "từ kỳ họp này đến kỳ họp cuối năm": no session named
    first = opening[:_OPENING_CHARS].lower()
    if kind is None and (_plenary_act(first) or plenary_vote(first) or plenary_debate(first)):
        return _plenary(title, opening)  # "Đại biểu An khi chất vấn Phó Thủ tướng …": question time
    if kind in ("hội nghị", "họp") and _WORKING_SESSION.search(opening[:_OPENING_CHARS].lower()):
        return "làm việc"
    if kind is None:
        kind = _reported(opening) or _source(opening) or told_from(opening)
        if kind in ("hội nghị", "họp") and _WORKING_SESSION.search(opening[:_REPORTING_CHARS].lower()):
            return "làm việc"  # "chủ trì buổi họp … Tại buổi làm việc, …": one event
    elif kind in ("hội nghị", "họp") and all(k == "họp" for _, k in _kinds(title, _GEN)):
        # a generic word (a caption's "phát biểu tại Hội nghị", a title's verb "họp gấp") gives way to the kind the
        # reporting sentence names: "Tại Hội nghị tổng kết … tổ chức sáng 12/5", "tổ chức hội nghị chuyên đề"; a
        # conference the title names ("Khai mạc Hội nghị …") stays one
        reported = _reported(opening)
        if reported and _CANONICAL_ORDER.index(reported) < _CANONICAL_ORDER.index(kind):
            return reported
    return kind


def _coming(low: str, m: re.Match) -> bool:
    """Is the session ``m`` names a coming one ("sẽ được trình … tại kỳ họp", "kỳ họp … khai mạc 22/5 tới đây")?"""
    sentence = sentence_start(low, m.start())
    return bool(_FUTURE.search(low, sentence, m.start()) or _FUTURE_AFTER.match(low, m.end()))


def _plenary_act(low: str) -> bool:
    """A plenary vote or question time in ``low`` (the regex runs only where its words occur: it is slow)."""
    return (
        ("thông qua" in low and ("bấm nút" in low or "biểu quyết" in low))  # the words each branch needs
        or "chất vấn" in low
        or ("thảo luận" in low and ("trường" in low or "quốc hội" in low or "qh" in low or "phiên thảo luận" in low))
    ) and bool(_PLENARY_ACT.search(low))


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
    subject = _subject(lead_low)  # "Chiều 19/6, Hội nghị … đã kết thúc": before a press conference the opening names
    if subject:
        return subject
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
