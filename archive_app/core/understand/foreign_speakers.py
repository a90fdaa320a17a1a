"""A foreign name written after a country, said to speak, with a word for a person earlier in its clause:
"Quan chức cảnh sát Pakistan A B cho biết …", "chuyên gia quân sự Nga C D nhận định …", "Đại diện thường trực
của Mỹ tại LHQ E F nói …" (issue 18, seventh round).

The title before such a name is often out of the role rule's reach (a "của", a "tại", a "về" between them),
and a foreign name needs evidence. Counted on unlabelled news: a name right after a country and right before a
verb of saying, in a clause that names a person by a title or a word for one, is that person almost always;
outlets, companies and clubs stand after a country too ("tờ … Mỹ X Y cho biết", "hãng … Nga X Y cho biết"), so
a noun of such a body just before the country rules the name out.
"""

from __future__ import annotations

import re

from ..vietnamese.names import _COUNTRY_SET, TITLE_RE, NameCandidate
from ._scan_doc import context_start

_SAYING = re.compile(
    r" (?:(?:đã|cũng|còn|vừa|hôm \S+|ngày \d+/\d+)\s+)*(?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|phát biểu"
    r"|tuyên bố|nhận định|cho rằng|bày tỏ|tiết lộ|thông báo|xác nhận|cảnh báo|kêu gọi|chia sẻ)(?!\w)"
)
_PERSON_WORD = re.compile(
    r"(?<!\w)(?:chuyên gia|quan chức|đại diện|người đứng đầu|thủ lĩnh|nhà phân tích|nhà khoa học|nhà nghiên cứu"
    r"|công tố viên|lãnh đạo|luật sư|cây viết|nghệ sĩ|nghệ sỹ|cảnh sát|tổng chưởng lý)(?!\w)"
)
# An outlet, a company, a club or a place unit just before the country: the name is the body's
_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:tờ|báo|hãng|tạp chí|trang|đài|kênh|công ty|tập đoàn|cơ quan|thông tấn|clb|câu lạc bộ|đội"
    r"|bộ phận|tổ chức|xã|phường|huyện)\s+(?:\S+\s+){0,3}$"
)


def _country_start(text: str, start: int) -> int:
    """Where the country written right before ``start`` begins, -1 if none."""
    words = text[max(0, start - 30) : start].split()
    for k in (3, 2, 1):
        if len(words) >= k and " ".join(words[-k:]).lower() in _COUNTRY_SET:
            return start - len(" ".join(words[-k:])) - 1
    return -1


def speaks_abroad(text: str, lower: str, c: NameCandidate) -> bool:
    """Is the foreign name ``c`` a speaker named after a country, a person named earlier in its clause?"""
    if not c.foreign or not _SAYING.match(text, c.end):
        return False
    country = _country_start(text, c.start)
    if country < 0 or _BODY_BEFORE.search(lower, max(0, country - 40), country):
        return False
    lo = context_start(lower, max(0, c.start - 100), c.start)
    return bool(_PERSON_WORD.search(lower, lo, country) or TITLE_RE.search(lower, lo, country))
