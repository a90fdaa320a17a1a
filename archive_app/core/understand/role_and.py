"""A department's name written in lower case that goes on through "và": "Cục Quản lý nợ và tài chính đối ngoại",
"Khoa Hồi sức tích cực và chống độc", "Ban quản lý di tích và rừng quốc gia Yên Tử", "Hiệp hội Doanh nghiệp nhỏ
và vừa" — not "Trạm trưởng trạm Thú y và cán bộ phòng", "Bí thư Tỉnh ủy và lãnh đạo các sở" (other people).

Counted on unlabelled news before it was written (bench/README.md, "Issue 18, eighth round: roles and chair")."""

from __future__ import annotations

import re

# The head of a department or body whose name goes on in lower-case words
_DEPARTMENT = re.compile(
    r"(?<!\w)(?:trung tâm|ủy ban|hội đồng|viện|học viện|cục|tổng cục|vụ|ban|phòng|khoa|hiệp hội|hội|công đoàn"
    r"|trường|bộ môn|chi cục|sở)\s+\S"
)
# Words after "và" that begin other people or a clause, not the rest of a body's name
_OTHERS = frozenset(
    """lãnh đạo|cán bộ|người|nhân dân|nhân viên|đoàn|đội|khán giả|bà con|đồng bào|gia đình|vợ|chồng|con|bạn
    |hiệu phó|đại biểu|thành viên|chuyên gia|công nhân|học sinh|sinh viên|giáo viên|bác sĩ|nhà|đồng nghiệp
    |phu nhân|ekip|cử tri|các|những|một|hai|ba|mọi|nhiều|đại diện|lực lượng|chính quyền|đối tác|phóng viên
    |cấp dưới|cộng sự|thủ trưởng""".replace("\n    ", "").split("|")
)
_PIECE_END = re.compile(r"\s*[,(]|\s+[-–]\s")
_WORD = re.compile(r"[^\W\d_]+")


def lower_name_goes_on(text: str, lower: str, role_start: int, and_at: int, after: int, stop: int) -> bool:
    """Does "và" at ``and_at`` join two lower-case parts of one department's name? The role's piece up to "và"
    names a department (see ``_DEPARTMENT``; not a ministry, whose name is capitalised) in lower-case words (the
    word before "và" lower case), and after "và" come at most five words up to a comma, parenthesis, dash or where
    the role stops, the first a lower-case one that is no word of people (see ``_OTHERS``)."""
    before = text[role_start:and_at].split()
    if not before or not before[-1][:1].islower() or not before[-1].isalpha():
        return False
    piece = max(role_start, lower.rfind(",", role_start, and_at) + 1)  # the head in the same piece as "và"
    if not _DEPARTMENT.search(lower, piece, and_at):
        return False
    rest = _PIECE_END.split(text[after:stop], 1)[0].split()
    if not rest or len(rest) > 5:
        return False
    if not _WORD.fullmatch(rest[0]) or rest[0][:1].isupper():
        return False
    return rest[0] not in _OTHERS and " ".join(rest[:2]) not in _OTHERS
