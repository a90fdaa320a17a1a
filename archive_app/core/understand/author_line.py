"""The author line at the end of a report: found, its unit and sources dropped, taken out of the body.

"Vương Hợp – TTVHTT - TH" gives "Vương Hợp", "Phi Long/VOV.VN" "Phi Long", "Theo TTXVN" "TTXVN"; several authors
are joined by ", ". A name glued to its source or to the last sentence when the page lost a line break is found
too ("Minh PhươngTheo Reuters", "… trong thời gian tới. Theo TTXVN").
"""

from __future__ import annotations

import re

from ..vietnamese.names import LOWER, UPPER, is_vietnamese_syllable
from .cleanup import _OUTLETS

_WORD = (
    rf"(?:[{UPPER}](?:'?[{UPPER}{LOWER}])*\.?|[{UPPER}][{UPPER}.]+"
    rf"|(?:[{UPPER}][{LOWER}]?\.)+[{UPPER}][{LOWER}]*"  # "T.Thủy", "Tr.Sơn"
    rf"|[{UPPER}][{UPPER}{LOWER}]+\+)"  # "Vietnam+"
)
_NAMEY = re.compile(rf"^{_WORD}(?:\s+{_WORD}){{0,4}}$")
_UNIT = re.compile(rf"^[{UPPER}0-9.&]+$")
_DASHED = re.compile(r"^[-–]+\s*(.{2,60}?)\s*[-–]+$")
_CREDIT = re.compile(
    r"^(?:tin|bài|ảnh|tin và ảnh|tin, ảnh|tin ảnh|bài và ảnh|bài, ảnh|(?:tin|bài)\s*[-–]\s*ảnh|video|thực hiện)"
    r"\s*:\s*(.{2,80})$",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^\(?\s*(?:theo|nguồn)\s*:?\s+(.{2,60}?)\s*\)?\.?$", re.IGNORECASE)
_MARKERS = re.compile(
    r"\s*(?:\((?:st|tổng hợp|lược dịch|sưu tầm)\)|\b(?:st|sưu tầm|tổng hợp))\s*$", re.IGNORECASE
)
# A reporter's post, or a scholar's or doctor's title before the name ("GS.TS Nguyễn Thơ", "BS P.Liên")
_PREFIXES = re.compile(
    r"^(?:(?:ctv|pv|btv|nhóm pv|nhóm phóng viên)\s+"
    r"|(?:p?gs|ts|ths|bs|ls)(?:\.\s*|\s+)(?:(?:ts|ths|bs)(?:\.\s*|\s+))?)(?=[^\W\d_])",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s+[-–]\s+|\s*,\s*|\s+và\s+|\s*[-–]\s*(?=[A-ZĐ]{2,})|\s+[-–](?=[A-ZĐ])|(?<=[^\W\d_])[-–]\s+(?=[A-ZĐ])"
    r"|(?<=[^\W\d_])[-–](?=[A-ZĐ][a-zđ]?\.)"  # "Đ.Phú-H.Ánh"
    rf"|(?<=[{LOWER}])[-–](?=[{UPPER}][{LOWER}]+\s[{UPPER}])"  # "Vĩnh Phú-Nguyễn Hằng": two names, one dash
)
_TAIL = re.compile(r"(?<=[.!?…\"')\]])\s+((?:[^.!?\"]|\.(?=[^\s.])|(?<=[\s.][A-ZĐ])\.\s(?=[A-ZĐ]))+)$")
_INITIAL = re.compile(r"(?<![\w.])([A-ZĐ])\.\s(?=[A-ZĐ])")  # "H. Nam"
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+$")  # "VnExpress"
# A name glued to its source when the page lost a line break: "Minh PhươngTheo Reuters",
# "Theo Thanh HuyềnĐầu tư", "T.ThủyTheo NDTV".
_GLUED_THEO = re.compile(rf"^(.{{2,40}}?[{LOWER}])Theo\s+\S.*$")
_SOURCE_WORD = re.compile(r"(?:theo|nguồn)(?!\w)", re.IGNORECASE)
_SPACED_THEO = re.compile(r"^(.{2,40}?)\s+Theo\s+\S.*$")  # "… phát triển. Mai Chi Theo Reuters": a tail
_GLUED_SOURCE = re.compile(rf"^[Tt]heo\s+(.{{2,40}}?[{LOWER}])[{UPPER}][{LOWER}].*$")


_UNIT_NAME = re.compile(rf"^([{UPPER}]{{2,}})\s+([{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)+)$")


# "Song Đào, ảnh: Nam Nguyễn": the writer, then the photographer, who is no author
_PHOTOGRAPHER_AFTER = re.compile(r"^(.{2,40}?)\s*(?:,|\s[-–])\s*ảnh\s*:\s*\S.*$", re.IGNORECASE)
# "… lãnh đạo Tập đoàn Nike Theo VGP": a source glued to the last sentence, capitalised, an agency's acronym
_GLUED_UNIT = re.compile(rf"(?<=[\w.…])\s+Theo\s+([{UPPER}][{UPPER}.&+]{{1,12}})$")


# "MINH HẰNG (Theo Reuters, Bloomberg)", "Thu Quyên (Theo BBC News, 3/2018)": the writer, then the sources
_SOURCES_AFTER = re.compile(r"^(\S.{1,40}?)\s*\(\s*(?:theo|nguồn)(?!\w)[^()]*\)\.?$", re.IGNORECASE)
# An outlet after an explicit "Theo"/"Nguồn", in sentence case: "Trí thức trẻ", "Sức khỏe & Đời sống", "Đời sống
# Plus" (up to five words, no sentence's punctuation); "Theo kế hoạch, …" and "Theo ông A" are no source
_OUTLET_NAME = re.compile(rf"^[{UPPER}0-9][\w+]*(?:\s+(?:&\s+)?[\w+]+){{0,4}}$")


def _author_from(line: str) -> str | None:
    """The author name(s) in an author line, or None if the line is not one."""
    line = _undoubled(" ".join(line.split()))
    if not line or len(line) > 80:
        return None
    sources_after = _SOURCES_AFTER.match(line)
    if sources_after:
        line = sources_after.group(1)
    author = _names_in(line)
    if author is None:
        source = _SOURCE.match(line)
        if source and _OUTLET_NAME.match(source.group(1)):
            return source.group(1)
    return author


def _undoubled(line: str) -> str:
    """One copy of an author line the page printed twice ("Quang Hùng Quang Hùng", "A - B A - B"); a pen name of
    one word said twice ("Thiên Thiên", "Nguyễn Nguyễn") is a name of its own and stays."""
    words = line.split(" ")
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return line


def _names_in(line: str) -> str | None:
    """The names (or the unit) of an author line, or None when a part of it is no name."""
    photographer = _PHOTOGRAPHER_AFTER.match(line)
    if photographer and not _CREDIT.match(line):  # "Tin, ảnh: X" is X's
        line = photographer.group(1)
    m = _DASHED.match(line)
    if m:
        line = m.group(1)
    else:
        m = _CREDIT.match(line) or _SOURCE.match(line)
        if m:
            line = m.group(1)
            photographer = _PHOTOGRAPHER_AFTER.match(line)  # "Bài: Phan Anh, Ảnh: Q.Chiến": the writer
            if photographer:
                line = photographer.group(1)
    line = _MARKERS.sub("", line).strip(" .").rstrip(" -–")
    if not line or re.search(r"[.!?:;]\s|[.!?:;]$", _INITIAL.sub(r"\1.", line)):
        return None
    if line.lower() in _OUTLETS or _CAMEL.match(line):
        return line
    names: list[str] = []
    units: list[str] = []
    for part in _SPLIT.split(line):
        part = re.split(r"\s*[/(]", part, maxsplit=1)[0].strip(" .)")
        part = _PREFIXES.sub("", part)
        if not part:
            continue
        if not _NAMEY.match(part):
            return None
        unit_name = _UNIT_NAME.match(part)  # "Theo TTXVN Hoàng Trọng": the agency, then its reporter
        if (
            unit_name
            and unit_name.group(1) != "TP"
            and all(map(is_vietnamese_syllable, unit_name.group(2).split()))
        ):
            units.append(unit_name.group(1))
            part = unit_name.group(2)
        (units if _UNIT.match(part) else names).append(part)
    if len(names) > 1:  # "Tân Phan, Theo Trí Thức Trẻ": the author, then the source
        names = [n for n in names if not _SOURCE_WORD.match(n)] or names
    if names:
        return ", ".join(names)
    return units[0] if units else None


def _unglued(line: str) -> str:
    """The name of a name glued to its source ("Minh PhươngTheo Reuters" → "Minh Phương")."""
    m = _GLUED_THEO.match(line) or _GLUED_SOURCE.match(line)
    return m.group(1) if m else line


def take_author(lines: list[str]) -> tuple[str | None, list[str]]:
    """Find the author line at the end; return (author, lines without it).

    "Theo Reuters" (or an agency's acronym, "TTXVN") on its own line after a name line is the source of that
    author: the name is taken."""
    nonblank = [i for i, x in enumerate(lines) if x.strip()]
    if not nonblank:
        return None, lines
    last_i = nonblank[-1]
    last = _unglued(lines[last_i].strip())
    if len(nonblank) > 2 and (_SOURCE.match(last) or (_UNIT.match(last) and len(last) <= 10)):  # "Hiền Hạnh", "TTXVN"
        prev_i = nonblank[-2]
        prev = lines[prev_i].strip()
        if len(prev) <= 40 and _NAMEY.match(prev) and not _UNIT.match(prev):
            author = _author_from(prev)
            if author:
                return author, lines[:prev_i]
    if len(nonblank) > 1 and len(last) <= 80:
        author = _author_from(last)
        if author:
            return author, lines[:last_i]
    base = max(0, len(last) - 90)
    m = _TAIL.search(last, base)  # "… trong thời gian tới. Theo TTXVN"
    if m and len(m.group(1)) <= 60:
        raw = _LEADING_MARKER.sub("", m.group(1).strip())  # "… điều này. (Tổng hợp) Duy Ngọc"
        tail = _unglued(raw)
        spaced = _SPACED_THEO.match(tail)
        if spaced and _NAMEY.match(spaced.group(1)) and not _SOURCE_WORD.match(spaced.group(1)):
            tail = spaced.group(1)
        if (
            " " in tail
            or _UNIT.match(tail)
            or "/" in tail
            or _CAMEL.match(tail)
            or _DOTTED_NAME.match(tail)
            or _CREDIT.match(tail)  # "… dài 781m. Tin-ảnh:T.Đồng"
            or tail != raw
        ):
            author = _author_from(tail)
            if author:
                return author, lines[:last_i] + [last[: m.start()].rstrip()]
    unit = _GLUED_UNIT.search(last, base)
    if unit:
        return unit.group(1), lines[:last_i] + [last[: unit.start()].rstrip()]
    glued = _CAPTION_TAIL.search(last, base)  # "… chụp ảnh lưu niệm đầu xuân 2017 Huy Hùng"
    if glued:
        name, at = (glued.group(1), glued.start(1)) if glued.group(1) else (glued.group(2), glued.start())
        if not _is_place_words(name) and not _NOT_BEFORE_AUTHOR.search(last, 0, at):
            author = _author_from(name)
            if author:
                return author, lines[:last_i] + [last[:at].rstrip()]
    return None, lines


_LEADING_MARKER = re.compile(r"^\((?:tổng hợp|th|st|lược dịch|sưu tầm)\)\s*", re.IGNORECASE)
_DOTTED = rf"[{UPPER}][{LOWER}]?\.\s?[{UPPER}][{LOWER}]+"
_DOTTED_NAME = re.compile(rf"^{_DOTTED}(?:[-–]{_DOTTED})?$")  # "P.Hậu", "Tr.Sơn", "Đ.Phú-H.Ánh"
# A name (or two joined by a dash, a unit after a slash) glued after a caption with no full stop, at the very
# end of a report: "… Đinh Dậu 2017 Huy Hùng", "… trên địa bàn Quốc Hoàn - Thúy Nga", "… Hội nghị MInh
# Hòa/VOV.VN"; the word before it is in lower case or a number
_NAME2 = rf"[{UPPER}][{UPPER}{LOWER}]*\s[{UPPER}][{LOWER}]+"
_CAPTION_TAIL = re.compile(
    rf"(?<!\S)[{LOWER}0-9]\S*\s+({_NAME2}(?:\s[-–]\s{_NAME2})?(?:/[{UPPER}][\w.]*)?)$"
    rf"|(?<!\w)theo\s+({_NAME2}(?:\s[{UPPER}][{LOWER}]+)?)$"  # "… theo Trí Thức Trẻ": the source
)
# … unless a preposition or verb says the words belong to the sentence ("… trao quà cho Huy Hùng")
_NOT_BEFORE_AUTHOR = re.compile(
    r"(?<!\w)(?:tại|ở|của|với|và|cho|đến|từ|tới|về|thăm|gặp|ông|bà|anh|chị|em|đồng chí|là|tỉnh|huyện|xã"
    r"|phường|quận|thành phố|thị xã|thị trấn|thôn|bản|làng|ấp|đường|phố|sông|núi|chùa|đền)\s*$",
    re.IGNORECASE,
)


def _is_place_words(words: str) -> bool:
    """An outlet or a well-known place rather than a person: "Dân trí", "Hà Nội", "TP Hồ Chí Minh"."""
    low = words.lower()
    return low in _OUTLETS or any(p in low for p in ("hà nội", "hồ chí minh", "việt nam", "đà nẵng", "hong kong"))
