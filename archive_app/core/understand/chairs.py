"""Who chairs the meeting: the phrases before or after a mention ("chủ trì", "điều hành", "dưới sự chủ trì
của"), co-chairs, lists that chair together, and chairs named by one word, a pronoun or a bare title."""

from __future__ import annotations

import re

from ..vietnamese.names import UPPER, NameCandidate, is_surname
from ._scan_doc import (
    _AND_LOWER,
    _HARD,
    _ORG_START,
    _SEP_AFTER_NAME,
    _STOP_POST,
    _STRONG,
    _VERBS,
    _Doc,
    _Found,
)

# "đồng chủ trì các hoạt động giao lưu": a programme, not the meeting ("chủ trì Lễ đón", "Chủ trì buổi lễ"
# are chairing by the words: the labels' convention)
_NOT_CHAIRED = r"(?!\s+(?:các hoạt động|hoạt động)(?!\w))"
_CHAIR_AFTER = re.compile(
    r"[\s,–-]*(?:(?:đã|sẽ|cùng|cũng|vẫn|đang|là người|người|trực tiếp|đồng thời|đến|về|làm|đến dự và|dự và"
    r"|tham dự và|tổ chức và|phát biểu|và phu nhân|thay mặt(?:\s+[^\s,.;:]+){1,5}?\s*,?)\s+)*"
    r"(?:(?:(?:đồng\s+)?chủ\s+trì|chủ\s+tọa(?!\s+phiên\s+tòa))(?!\w)"
    rf"{_NOT_CHAIRED}|(?:điều hành|điều khiển)\s+(?:tại\s+)?(?:phiên|cuộc họp|hội nghị|kỳ họp|buổi họp|nội dung"
    r"|phần))",
    re.IGNORECASE,
)
_CHAIR_BEFORE = re.compile(
    r"(?:sự\s+(?:(?:đồng\s+)?chủ\s+trì|chủ\s+tọa|điều hành|điều khiển)\s+của|(?:được\s+)?(?:đồng\s+)?chủ\s+trì\s+bởi"
    r"|chủ\s+tọa(?:\s+(?:phiên họp|hội nghị|cuộc họp|kỳ họp|đại hội))?\s*(?:là)?\s*[:,]?"
    r"|chủ\s+trì(?:\s+(?:hội nghị|(?:cuộc |buổi )?họp báo|cuộc họp|kỳ họp|phiên họp|buổi \w+))?"
    r"\s*(?:là)?\s*[:,]?)\s*(?:các\s+)?(?:đồng chí|ông|bà|đ/c)?\s*:?\s*$"
)
# "Chủ trì phiên Đại hội đồng cổ đông (ĐHĐCĐ), ông A, …": a sentence that opens with chairing an event, then
# names its subject after the comma (a short event phrase, no verb of its own)
_CHAIR_FRONTED = re.compile(
    r"(?:^|(?<=[.!?] ))(?:đồng\s+)?chủ\s+trì(?:\s+[^\s,.;:!?()]+){1,7}(?:\s*\([^()]{1,20}\))?\s*,\s*"
    rf"(?:(?:{_STRONG})\s*)?$",
    re.MULTILINE,
)
# "chủ trì buổi gặp gỡ báo chí có: A, …; B, …", "Đoàn chủ tịch điều hành Đại hội gồm: ông A - …; ông B": the
# list that follows chairs, each of its members
_CHAIR_LIST = re.compile(
    r"(?<!\w)(?:(?:đồng\s+)?chủ\s+trì|điều hành|điều khiển)(?:\s+[^\s,.;:!?()]+){1,6}\s+(?:có|gồm)\s*:?\s*"
    rf"(?:(?:{_STRONG})\s*)?$"
)
# "Nhận lời mời của Thủ tướng A, Thủ tướng B … đồng chủ trì": the host who invites does not co-chair
_INVITER = re.compile(r"(?<!\w)(?:của|mời)\s+[^,;.]*$")
_SENT_END = re.compile(r"[.!?\n](?=\s)")


# "Phó Thủ tướng A, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì cuộc làm việc": the
# role was cut short of its end, but the clause goes on to "chủ trì" a meeting with no verb or other party
_CHAIR_MEETING = re.compile(
    r"(?:đồng\s+)?chủ\s+trì(?=\s*(?:[.,;\n]|$)|\s+(?:hội nghị|hội thảo|tọa đàm|cuộc|buổi|phiên|kỳ họp|họp|lễ"
    r"|đối thoại)(?!\w))"
)
_GAP_ALLOWED = frozenset(("về", "của", "tại", "cùng", "đã", "sẽ", "trực tiếp", "đồng thời", "vừa", "với"))
_GAP_BLOCK = re.compile(
    r"(?<!\w)(?:(?<!ngoại )giao(?! thông| dịch| lưu)|yêu cầu|đề nghị|đề xuất|kiến nghị|cho|để|do|mời|là|cơ quan"
    r"|đơn vị|(?<!ban )chỉ đạo|ông|bà|đồng chí|theo)(?!\w)"
)


def _chairs_later(doc: _Doc, end: int, next_name: int) -> bool:
    """Does the clause after a mention (ending at ``end``) go on, through words of its role only, to "chủ
    trì" a meeting?"""
    m = _CHAIR_MEETING.search(doc.lower, end, min(next_name, end + 100))
    if not m or m.start() == end:
        return False
    if _HARD.search(doc.lower, end, m.start()) or _GAP_BLOCK.search(doc.lower, end, m.start()):
        return False
    return all(w.group(0) in _GAP_ALLOWED for w in _STOP_POST.finditer(doc.masked, end, m.start()))


# "Phó Thủ tướng A, Trưởng Ban Chỉ đạo sơ kết 5 năm thực hiện Luật X, chủ trì buổi sơ kết": a role set off by
# commas between the name and the verb, however long (the role itself may have been cut short of its end)
_APPOSITIVE_CHAIR = re.compile(rf",\s*(?:(?:đã|cũng|vẫn|trực tiếp)\s+)*(?:đồng\s+)?chủ\s+trì(?!\w){_NOT_CHAIRED}")
_VERB = re.compile(rf"(?<!\w)(?:{_VERBS}|cho biết|nói|phát biểu)(?!\w)")


def _appositive_chairs(doc: _Doc, name_end: int, next_name: int) -> bool:
    """Is the name followed by ", <title> …, chủ trì": pieces of a role only (each starting with a title, a
    body or a capitalised word), no verb, no "và" before a lowercase word, up to the comma before "chủ trì"?"""
    text, lower = doc.text, doc.lower
    if text[name_end : name_end + 1] != ",":
        return False
    p = _SEP_AFTER_NAME.match(text, name_end).end()
    if not doc.title_end(p):
        return False
    piece = p
    while True:
        comma = text.find(",", piece, min(next_name, p + 200))
        if comma < 0:
            return False
        if (
            _HARD.search(doc.paren, piece, comma)
            or _GAP_BLOCK.search(lower, piece, comma)
            or _VERB.search(doc.masked, piece, comma)
            or _AND_LOWER.search(text, piece, comma)
        ):
            return False
        if _APPOSITIVE_CHAIR.match(lower, comma):
            return True
        piece = _SEP_AFTER_NAME.match(text, comma).end()
        if not (doc.title_end(piece) or _ORG_START.match(lower, piece) or text[piece : piece + 1].isupper()):
            return False


# "do A điều hành." — the verb ends the clause: the meeting named before is the object
_CHAIR_BY = re.compile(r"\s+(?:đã\s+)?(?:điều hành|điều khiển|chủ tọa)(?=\s*[.;,)]|\s*$)")
_MEETING_BEFORE = re.compile(r"(?:phiên|họp|hội nghị|kỳ họp|đại hội|hội thảo|tọa đàm)(?:\s+\S+){0,4}\s+do\s+$")


def _how_chairs(doc: _Doc, cands: list[NameCandidate], k: int, end: int, head: int) -> str:
    """How the mention of ``cands[k]`` (its title from ``head``, its role to ``end``) is said to chair, or ""."""
    text, lower = doc.text, doc.lower
    after = _CHAIR_AFTER.match(text, end)
    if after:
        return "tag" if re.match(r"\s*[,–-]", after.group(0)) else "after"
    next_name = cands[k + 1].start if k + 1 < len(cands) else len(text)
    if _chairs_later(doc, end, next_name) or _appositive_chairs(doc, cands[k].end, next_name):
        return "after"
    before = _CHAIR_BEFORE.search(lower, max(0, head - 60), head)
    if before and not ("tọa" in before.group(0) and "phiên tòa" in lower[max(0, head - 120) : head]):
        return "before"  # (a judge who "chủ tọa" a trial chairs no meeting)
    if _CHAIR_BY.match(lower, end) and _MEETING_BEFORE.search(lower, max(0, head - 40), head):  # a meeting, "do"
        return "after"  # "Phiên họp do Phó Chủ tịch Quốc hội A điều hành." (not "Dự án do A điều hành")
    if "chủ trì" in lower[max(0, head - 90) : head] or "điều " in lower[max(0, head - 80) : head]:
        if _CHAIR_FRONTED.search(lower, max(0, head - 90), head):
            return "before"
        if _CHAIR_LIST.search(lower, max(0, head - 80), head):
            return "list"
    return ""


# "A đã tiếp B sang dự và đồng chủ trì kỳ họp": the host who receives the guest is not one of the co-chairs
_RECEIVES = re.compile(r"(?<!\w)(?:tiếp(?! xúc| tục| nhận| thu| cận| theo| đó| sau)|hội kiến|đón|tiễn)(?!\w)")


# "A sẽ tới Bỉ và đồng chủ trì hội nghị thượng đỉnh": a coming event's co-chair does not chair (the labels'
# convention), unless the sentence says the event is today
_COMING = re.compile(r"(?<!\w)sẽ(?!\w)")


def _co_chairs(lower: str, found: list[_Found]) -> None:
    """ "A, …; B, … đồng chủ trì cuộc họp": everyone named before it in that sentence chairs."""
    pos = lower.find("đồng chủ trì")
    while pos >= 0:
        if lower.endswith("sẽ ", 0, pos):  # "… sẽ đồng chủ trì các hoạt động": another, later event
            pos = lower.find("đồng chủ trì", pos + 1)
            continue
        begin = max((m.end() for m in _SENT_END.finditer(lower, max(0, pos - 600), pos)), default=0)
        stop = _SENT_END.search(lower, pos)
        today = "hôm nay" in lower[pos : stop.start() if stop else len(lower)]  # "sẽ … đồng chủ trì … từ hôm nay"
        for i, f in enumerate(found):
            if begin <= f[3] < pos and not _INVITER.search(lower, max(begin, f[3] - 80), f[3]):
                if not _RECEIVES.search(lower, f.end, pos) and (today or not _COMING.search(lower, f.end, pos)):
                    found[i] = f._replace(chair=True)
        pos = lower.find("đồng chủ trì", pos + 1)


# What joins the persons of one subject: "A và B chủ trì", "A, B chủ trì", "A; ông B … chủ trì"
_LIST_GAP = re.compile(
    r"\s*(?:,|;|và|(?:(?:đã|cũng|vừa)\s+)?cùng(?: với)?)\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?", re.IGNORECASE
)  # "A đã cùng B chủ trì"
_LIST_ITEM_GAP = re.compile(rf"(?:\s*[;,]\s*(?:và\s+)?|\s+và\s+)(?:(?:{_STRONG})\s*)?", re.IGNORECASE)
_AND_GAP = re.compile(r"\s*(?:và|cùng(?: với)?)\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?", re.IGNORECASE)


def _chairing_lists(text: str, found: list[_Found]) -> None:
    """Everyone of a list that chairs chairs: "Thủ tướng A và Chủ tịch B chủ trì hội nghị" (the verb after
    the last one is said of them all), "dưới sự chủ trì của ông A và ông B" (the phrase before the first
    one, carried over "và" only: after a comma a new clause may start)."""
    for i in range(len(found) - 1, 0, -1):
        cur, prev = found[i], found[i - 1]
        if cur.how == "after" and not prev.chair and _LIST_GAP.fullmatch(text, prev.end, cur.head):
            found[i - 1] = prev._replace(chair=True, how="after")
    for i in range(1, len(found)):
        cur, prev = found[i], found[i - 1]
        if prev.how == "before" and not cur.chair and _AND_GAP.fullmatch(text, prev.end, cur.head):
            found[i] = cur._replace(chair=True, how="before")
    for i in range(1, len(found)):  # "… gồm: ông A - …; ông B - …": each member of the list after the colon
        cur, prev = found[i], found[i - 1]
        if prev.how == "list" and not cur.chair and _LIST_ITEM_GAP.fullmatch(text, prev.end, cur.head):
            found[i] = cur._replace(chair=True, how="list")


# "ông Tillerson sẽ chủ trì …", "ông Hoan chủ trì hội nghị": a person named by one word of a full name
_SHORT_CHAIR = re.compile(  # with an honorific, or opening a sentence ("Ivanka chủ trì cuộc họp …")
    rf"(?:(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Nn]gài)\s+|^|(?<=[.!?] ))([{UPPER}][^\W\d_]+)\s+"
    rf"(?:(?:đã|sẽ|cũng|vừa|trực tiếp|là người)\s+)*(?:đồng\s+)?chủ\s+trì(?!\w){_NOT_CHAIRED}",
    re.MULTILINE,
)
# "Bộ trưởng A cho biết, đây là lần đầu tiên ông chủ trì hội nghị …": "ông" alone is the sentence's person;
# "Bộ trưởng A đã chỉ đạo như trên khi chủ trì cuộc họp …": so is the subject of "khi chủ trì" (group 1: no comma
# since the person's name, checked in _short_chairs)
_PRONOUN_CHAIR = re.compile(
    r"(?:(?<!\w)(?:ông|bà)|(?<!trong )(?<!\w)(khi))\s+(?:(?:đã|sẽ|cũng|vừa|đang|trực tiếp)\s+)*(?:đồng\s+)?chủ\s+trì"
    r"\s+(?:hội nghị|cuộc|buổi|phiên|kỳ họp)"
)


_KIN_BEFORE = re.compile(r"(?<!\w)(?:con gái|con trai|con|vợ|chồng|cha|mẹ|của|thay)\s+$", re.IGNORECASE)


def _short_chairs(text: str, found: list[_Found]) -> None:
    """A chair named by the last word of a full name found (or the first of a foreign one, "Ivanka"), when
    exactly one person found has it."""
    for m in _SHORT_CHAIR.finditer(text):
        if _KIN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Con gái ông Trump chủ trì …": the daughter chairs
        word = m.group(1)
        hits = [
            i
            for i, f in enumerate(found)
            if " " in f.name
            and (f.name.endswith(" " + word) or (f.name.startswith(word + " ") and not is_surname(word)))
        ]
        if len({found[i].name for i in hits}) == 1:
            for i in hits:
                found[i] = found[i]._replace(chair=True)
    for m in _PRONOUN_CHAIR.finditer(text):
        begin = max((e.end() for e in _SENT_END.finditer(text, max(0, m.start() - 400), m.start())), default=0)
        hits = [i for i, f in enumerate(found) if begin <= f.start < m.start()]
        if m.group(1) and any(found[i].end > m.start() or "," in text[found[i].end : m.start()] for i in hits):
            continue  # "…, trong khi chủ trì …, Thủ tướng đã ký": a clause of someone named later
        if len({found[i].name for i in hits}) == 1:
            for i in hits:
                found[i] = found[i]._replace(chair=True)


# "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.": a sentence whose subject is a bare title
_TITLE_CHAIR = re.compile(r"([^\W\d_][^\s.,;:]*(?: [^\s.,;:]+){0,3}) (?:đã |sẽ |cũng )?(?:đồng )?")
_CHAIRED_MEETING = re.compile(r"chủ trì (?:hội nghị|cuộc|buổi|phiên|kỳ họp|họp)")


def _title_chairs(doc: _Doc, found: list[_Found]) -> None:
    """A chair named by a bare title ("Thủ tướng chủ trì phiên họp"), when exactly one person found holds it:
    a role that is that title, or starts with it and goes on with words of a body ("Thủ tướng Chính phủ")."""
    text, lower = doc.text, doc.lower
    for c in _CHAIRED_MEETING.finditer(lower):
        start = max((m.end() for m in _SENT_END.finditer(lower, max(0, c.start() - 48), c.start())), default=-1)
        if start < 0 and c.start() > 48:
            continue  # no sentence starts near enough
        start = max(start, 0)
        while start < c.start() and text[start] in " \t\n":
            start += 1
        m = _TITLE_CHAIR.fullmatch(text, start, c.start())
        if not m or doc.title_end(m.start(1)) != m.end(1):
            continue  # not a title alone: "Bộ Kế hoạch và Đầu tư chủ trì", a name, a clause
        title = m.group(1).lower()
        holders = {
            f.name
            for f in found
            if f.role.lower() == title or (f.role.lower().startswith(title + " ") and "," not in f.role)
        }
        if len(holders) == 1:
            for i, f in enumerate(found):
                if f.name in holders:
                    found[i] = f._replace(chair=True)
