"""Three cues of the meeting's kind that ``meeting_kind`` reads besides its kind words: a working visit's delegation
("Ngày 19/6, đoàn công tác của Bộ … đã làm việc với UBND tỉnh"), a plenary vote's tally ("với 89% đại biểu tán thành,
Quốc hội thông qua …") and a session named only in a bill's history or plan ("cho ý kiến lần đầu tại Kỳ họp thứ 2",
"báo cáo Quốc hội ở kỳ họp thứ 4"), which is not the session a sitting belongs to."""

from __future__ import annotations

import re


def sentence_start(low: str, pos: int) -> int:
    """Where the sentence (after ". " or a line break) that holds ``pos`` starts."""
    return max(low.rfind(". ", 0, pos) + 2, low.rfind("\n", 0, pos) + 1)


# A delegation on a working visit, the subject of the dated sentence: "đoàn công tác (của Bộ Y tế)", "Tổ công tác của
# Thủ tướng", "đoàn kiểm tra của Bộ Chính trị", "đoàn giám sát", "đoàn khảo sát".
_DELEGATION = re.compile(r"(?<!\w)(?:đoàn|tổ)\s+(?:công tác|kiểm tra|giám sát|khảo sát)(?!\w)")
# … that "đã (đến/lên/về …) làm việc với/tại": "đã lên Hòa Bình làm việc với", "đã đến làm việc tại Trường"
_WORKED = re.compile(
    r"(?<!\w)(?:đã|vừa)\s+(?:(?:đến|lên|về|tới|xuống|ra|vào)\s+(?:[^\s,.;]+\s+){0,3}?)?(?:thăm\s+(?:và\s+|,\s*)?)?"
    r"làm việc\s+(?:với|tại)(?!\w)"
)
# not a case clarified with the police or the press ("làm việc với cơ quan công an", "làm việc với phóng viên")
_NOT_HOST = re.compile(
    r"\s*(?:cơ quan|công an|cơ quan chức năng|cơ quan điều tra|cqđt|điều tra viên|báo chí|phóng viên|pv|nhà báo|báo"
    r"|chúng tôi|cảnh sát|lực lượng chức năng|ngành chức năng|nhà chức trách)(?!\w)"
)


def working_visit(low: str) -> bool:
    """Does the dated sentence ``low`` (lower case) tell a delegation's working visit held?"""
    if "làm việc" not in low:
        return False
    for m in _WORKED.finditer(low):
        if _DELEGATION.search(low, 0, m.start()) and not _NOT_HOST.match(low, m.end()):
            return True
    return False


# A plenary vote's tally: "với 89% đại biểu Quốc hội tán thành", "với tỷ lệ 410/442 phiếu tán thành", "với đa số phiếu
# tán thành" (not "không tán thành"), in the sentence that says the assembly passed or approved something.
_TALLY = re.compile(
    r"(?:\d+(?:[,.]\d+)?\s*%|\d+\s*/\s*\d+|(?<!\w)đa số)\s+(?:(?:tổng số|số)\s+)?(?:phiếu|đại biểu|đbqh|đb)"
    r"[^.;:!?\n]{0,40}?(?<!không )(?<!\w)tán thành(?!\w)"
)
_ASSEMBLY_PASSED = re.compile(
    r"(?<!\w)(?:quốc hội|qh|thượng viện|hạ viện)(?!\w)[^.;!?\n]{0,80}?(?<!\w)(?:thông qua|phê chuẩn|chấp thuận)(?!\w)"
    r"|(?<!\w)thông qua(?!\w)[^.;!?\n]{0,120}?(?<!\w)(?:quốc hội|qh)(?!\w)"
)


def plenary_vote(low: str) -> bool:
    """Does ``low`` (lower case) tell an assembly's vote by its tally ("Với 89% đại biểu tán thành, Quốc hội thông
    qua …")?"""
    if "tán thành" not in low:
        return False
    for m in _TALLY.finditer(low):
        start = sentence_start(low, m.start())
        end = min((i for i in (low.find(". ", m.end()), low.find("\n", m.end())) if i >= 0), default=len(low))
        if _ASSEMBLY_PASSED.search(low, start, end):
            return True
    return False


# A session named in a bill's history or plan: "cho ý kiến lần đầu tại Kỳ họp thứ 2", "đã được kỳ họp thứ 2 QH đưa
# vào", "xem xét, thông qua tại kỳ họp 4", "báo cáo Quốc hội ở kỳ họp thứ 4", "trình Quốc hội tại kỳ họp tới".
_HISTORY_BEFORE = re.compile(
    r"(?<!\w)(?:lần đầu|cho ý kiến|trình|báo cáo|xem xét(?:,\s*thông qua)?)\s+(?:[^\s.,;:]+\s+){0,3}?(?:tại|ở|vào|trong)\s+$"
    r"|(?<!\w)(?:đã được|được)\s+$"
)


# what names a session: "Kỳ họp thứ 3", "kỳ họp 4", "kỳ họp bất thường", "kỳ họp sau", "kỳ họp thường kỳ", "Kỳ họp HĐND tỉnh", or its
# opening, closing or sidelines ("bế mạc kỳ họp", "bên lề kỳ họp"); a bare "tuần thứ 3 của kỳ họp" names none
_SESSION_NAME = re.compile(
    r"\s*(?:thứ|lần|\d|bất thường|thường kỳ|chuyên đề|đầu tiên|cuối|giữa|đầu|sau|trước"
    r"|[a-zđ]*\s*\(?(?:hđnd|qh|quốc hội|khóa))"
)
_SESSION_EDGE = re.compile(r"(?<!\w)(?:khai mạc|bế mạc|bên lề|kết thúc)\s+$")


def history_session(low: str, pos: int) -> bool:
    """Is the "kỳ họp" at ``pos`` of ``low`` a session named in a bill's history or plan, or not named at all?"""
    if _HISTORY_BEFORE.search(low, max(0, pos - 40), pos):
        return True
    return not (_SESSION_NAME.match(low, pos + 6) or _SESSION_EDGE.search(low, max(0, pos - 12), pos))


# A report told from its meeting further on than the kind rules read: "Tại buổi làm việc, ông An cho biết …", "Phát
# biểu tại buổi làm việc, Bộ trưởng …", "Trong buổi họp báo, Đại sứ …" — the meeting named bare, as one the reader
# knows, at a sentence's start. Only when no meeting of that kind was introduced between the opening and it (then it
# points back at that one, mostly background: "ông Moon triệu tập một cuộc họp khẩn. Trong cuộc họp, …") and no
# earlier, coming or other time is told just before it ("Trước đó", "hồi", "năm 2016", "sẽ").
_TOLD_FROM = re.compile(
    r"(?<!\S)(?:Phát biểu(?: kết luận| chỉ đạo)?\s+(?:tại|trong)|Kết luận|Tại|Trong)\s+(?:(?P<cl>buổi|cuộc|phiên)\s+)?"
    r"(?P<k>làm việc|họp báo|họp|hội nghị|hội thảo|hội đàm|tọa đàm|gặp mặt|họp mặt|tiếp xúc cử tri|giao ban|sơ kết"
    r"|tổng kết),"
)
_EARLIER_OR_COMING = re.compile(
    r"(?<!\w)(?:trước đó|cách đây|hồi|năm ngoái|năm \d{4}|sẽ|sắp|dự kiến)(?!\w)|\d{1,2}\s*[/.-]\s*20\d\d"
)
_OPENING = 1000  # the opening the kind rules read: a meeting introduced there is the reported one


def told_from(body: str) -> str | None:
    """The kind of the meeting ``body`` names bare at a sentence's start ("Tại buổi làm việc, …"), when it can only
    be the reported one."""
    m = _TOLD_FROM.search(body)
    if not m:
        return None
    low = body.lower()
    if _EARLIER_OR_COMING.search(low, max(0, m.start() - 400), m.start()):
        return None
    word = m.group("k")
    if re.search(rf"(?<!\w){word}(?!\w)", low[_OPENING : m.start()]):
        return None  # it points back at a meeting introduced after the opening
    return "phiên họp" if word == "họp" and m.group("cl") == "phiên" else word


# A plenary or group debate the older cues miss: "Sáng 30/5, Quốc hội thảo luận dự án Luật đường sắt", "Tại phiên Quốc
# hội thảo luận hội trường về …", "Thảo luận tại Hội trường về Dự thảo Luật …, đại biểu …", "Tại phiên thảo luận ngày
# 24/5 về dự án Bộ luật …", "… làm nóng nghị trường sáng nay" (not a bill "trình Quốc hội thảo luận", nor the Standing
# Committee's "Ủy ban Thường vụ Quốc hội thảo luận").
_DEBATE = re.compile(
    r"(?<!được )(?<!trình )(?<!để )(?<!nghị )(?<!cho )(?<!thường vụ )(?<!\w)(?:quốc hội|qh)\s+(?:(?:đã|tiếp tục)\s+)?"
    r"thảo luận\s+(?:thảo luận\s+)?(?:(?:ở|tại)\s+)?(?:hội trường|nghị trường|dự án|dự thảo|dự luật)(?!\w)"
    r"|(?:^|(?<=\n)|(?<=\.\s))thảo luận\s+(?:ở|tại)\s+(?:hội|nghị) trường(?!\w)"
    r"|(?<!\w)phiên thảo luận\s+(?:[^.;\n]{0,30}?\s)?về\s+(?:dự án|dự thảo|dự luật)(?!\w)"
    r"|(?<!\w)(?:tại|ở|trên|làm nóng)\s+nghị trường(?!\w)"
)


def plenary_debate(low: str) -> bool:
    """Does ``low`` (lower case) tell a debate of the assembly held ("Quốc hội thảo luận dự án Luật …")?"""
    return ("thảo luận" in low or "nghị trường" in low) and bool(_DEBATE.search(low))


# A kind word whose own context says it was held, in the sentence that tells the meeting: the talks a statement came
# after ("đưa ra sau cuộc hội đàm ngày 1/6"), a press conference as the verb ("Chiều 25/5, Bộ Tài chính đã họp báo về …")
_HELD_BEFORE = {"hội đàm": re.compile(r"(?<!\w)sau\s+(?:cuộc\s+)?$"), "họp báo": re.compile(r"(?<!\w)(?:đã|vừa)\s+$")}


def held_before(low: str, pos: int, word: str) -> bool:
    """Does what stands before the kind word ``word`` at ``pos`` of ``low`` say it was held?"""
    cue = _HELD_BEFORE.get(word)
    return bool(cue and cue.search(low, max(0, pos - 12), pos)) and not low.startswith(" cáo", pos + len(word))
