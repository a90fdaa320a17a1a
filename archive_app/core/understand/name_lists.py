"""Full Vietnamese names listed together without a word for a person before them: "hai cô giáo là Nguyễn Thị A
và Đặng Thị B", "nguyên Chủ tịch Quốc hội: Nguyễn Văn C, Nguyễn Sinh D", "Thủ môn (3): Bùi Tiến E, Đỗ Sỹ G,
Nguyễn Bá H" (issue 18, seventh round).

Two or more names of three syllables or more, each with a known surname and only Vietnamese syllables, joined
by commas or "và" (a remark in parentheses after one may stand between), name persons: counted on unlabelled
news, such a list is a list of people (players, defendants, deputies, artists) almost always. Streets,
schools and wards named after persons come in such lists too, so the list must not follow a noun of a
place, nor continue a capitalised word (the head of a list of streets is no candidate: "đường Lê Lợi, …").
Dashes join streets at a crossing ("Nguyễn Kiệm - Nguyễn Thái Sơn") and are left out.
"""

from __future__ import annotations

import re

from ..vietnamese.names import UPPER, NameCandidate, is_vietnamese_syllable
from ._scan_doc import _Found

_GAP = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
# The list goes on from a capitalised word before it: the head of the list was cut off as a place
_CONTINUES = re.compile(rf"[{UPPER}][^\s,]*\s*(?:,|và)\s*$")
# A noun of a place, a school, a prize or a company earlier in the clause: the names are theirs
_PLACE_NOUN = re.compile(
    r"(?<!\w)(?:đường|phố|giao lộ|nút giao|vòng xoay|ngã tư|ngã ba|ngã sáu|trường|thpt|thcs|tiểu học|cầu"
    r"|tuyến|đại lộ|hẻm|kiệt|quận|phường|xã|huyện|lăng|đền|chùa|tượng|khu|dòng họ|họ|tên|giải|quỹ|công ty"
    r"|tập đoàn|cty|đh|đại học|học viện|bệnh viện)(?!\w)[^.;!?\n]{0,40}$"  # across a colon: "các đường gồm: …"
)


def _full(c: NameCandidate) -> bool:
    return (
        c.surname
        and not c.foreign
        and c.name.count(" ") >= 2
        and all(map(is_vietnamese_syllable, c.name.split(" ")))
    )


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _without_glued_word(text: str, c: NameCandidate) -> NameCandidate | None:
    """The last name of a list without the first word of what follows, where a line break or a full stop was
    lost ("… và Hồ Thị Mai Hương Đêm diễn …" → "Hồ Thị Mai Hương" when the name is written so elsewhere, or
    when the text writes "đêm diễn" elsewhere in lower case);
    None for five syllables, which no list of plain names holds."""
    words = c.name.split(" ")
    if len(words) >= 5:
        return None
    if len(words) == 4:
        head = " ".join(words[:3])
        after = _NEXT_WORD.match(text, c.end)
        glued = after and re.search(rf"(?<!\w){re.escape(words[3].lower())} {after.group(1)}(?!\w)", text)
        if glued or re.search(rf"(?<!\w){re.escape(head)}(?! {re.escape(words[3])})(?!\w)", text):
            return c._replace(end=c.start + len(head), name=head)
    return c


def listed_names(text: str, lower: str, cands: list[NameCandidate], found: list[_Found]) -> list[_Found]:
    """Mentions of the names in such lists that no other rule took (no role: none is written)."""
    taken = {f.name.lower() for f in found}
    spans = [(f.head, f.end) for f in found]
    out: list[_Found] = []
    i, n = 0, len(cands)
    while i < n:
        if not _full(cands[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and _full(cands[j + 1]) and _GAP.fullmatch(text, cands[j].end, cands[j + 1].start):
            j += 1
        chain, i = cands[i : j + 1], j + 1
        if len(chain) < 2:
            continue
        head = chain[0].start
        if _CONTINUES.search(text, max(0, head - 60), head) or _PLACE_NOUN.search(lower, max(0, head - 60), head):
            continue
        chain[-1] = _without_glued_word(text, chain[-1])
        for c in chain:
            if c is None or c.name.lower() in taken or any(a <= c.start < b for a, b in spans):
                continue  # already a person's, or inside a mention's role
            out.append(_Found(c.name, "", False, c.start, c.end, c.start))
            taken.add(c.name.lower())
    return out
