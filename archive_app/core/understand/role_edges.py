"""What a role's edges hold that is no part of the post: an abbreviation in parentheses at its end ("… Cục Điều
tra Liên bang Mỹ (FBI)"), and the counterpart a name is introduced as ("người đồng cấp Nga Vladimir Putin").

Both were counted on unlabelled news before they were written (bench/README.md, "Issue 18, sixth round: roles
and chair")."""

from __future__ import annotations

import re

from ..vietnamese.names import UPPER, NameCandidate

# "(FBI)", "(VCCI)", "(GD-ĐT)", "(TN&MT)", "(Ban 1)", "(Bộ VHTTDL)": a parenthesis that only gives the short form
# of the body the role names (group 1: a body's head word before the short form)
_ABBREVIATION = re.compile(
    r"\s*\(\s*(?:(Bộ|Ban|Sở|Cục|Tổng cục|Vụ|Viện|Tập đoàn|Tổng công ty|Công ty|Ủy ban|Ngân hàng)\s+)?"
    r"([A-ZĐ0-9][A-ZĐ0-9&.\-–/]*)\s*\)$"
)
# A place written short is where the body is, not its short form: "(TP.HCM)", "(BR-VT)", "(TQ)"
_PLACE_SHORT = re.compile(r"TP\b.*|TP[.\s]?HCM|HCM|HN|BR-VT|TQ|ĐBSCL|TT-H|Q\.\d+|\d+")


def without_abbreviation(role: str) -> str:
    """``role`` without a short form in parentheses at its end, which only introduces an abbreviation (the labels'
    convention since fresh3), nor a parenthesis opened at its end. A short form after a head word ("(Bộ GD&ĐT)")
    is the abbreviation only when the role names a body of that head before it ("Thứ trưởng Bộ Văn hóa - Thể thao
    và Du lịch (Bộ VHTTDL)"); after a department ("Cục trưởng Cục Chăn nuôi (Bộ NN-PTNT)") it names the ministry
    above, which stays."""
    if role.endswith("("):  # a parenthesis the role was cut inside ("… Cty MHBS (ông Dũng góp …)"): none of it
        role = role[:-1].rstrip(" ,–-")
    if not role.endswith(")"):
        return role
    m = _ABBREVIATION.search(role)
    if not m or m.start() == 0:
        return role
    head, short = m.group(1), m.group(2)
    if sum(ch.isalpha() for ch in short) < 2 and not (head and short.isdigit()):
        return role  # "(1)", "(A)": no short form of a name
    if not head and _PLACE_SHORT.fullmatch(short):
        return role
    before = role[: m.start()]
    if head and not re.search(rf"(?<!\w){re.escape(head)} ", before):
        return role
    return before.rstrip(" ,–-")


# "người đồng cấp Nga Vladimir Putin", "người đồng cấp Donald Trump": the counterpart, with the country written
# before the name (capitalised words only: not "người đồng cấp của mình là …")
_COUNTERPART_ROLE = re.compile(rf"(?<!\w)[Nn]gười đồng cấp(?:\s+[{UPPER}][^\s,.;:()\"]*){{0,3}}\s+$")


def counterpart_role(text: str, name_start: int, floor: int) -> tuple[int, str] | None:
    """(start, role) of "người đồng cấp …" written right before the name at ``name_start`` (not before ``floor``),
    or None. The labels take it as the role ("người đồng cấp Nga"), as they take "cử tri" or "đại biểu"."""
    m = _COUNTERPART_ROLE.search(text, max(floor, name_start - 50), name_start)
    return (m.start(), text[m.start() : name_start].strip()) if m else None


# Nouns that describe a person, written after the name like a title: "A, chuyên gia kinh tế", "B, học sinh lớp 9
# trường …", "C – giảng viên Đại học …". Counted after found names on news lines 1-14999: these are the ones whose
# role was left empty there (chuyên gia 52 of 56, cán bộ 32 of 33, học sinh 29 of 29 …); "đại diện …" describes
# and is no role (the labels' convention), so it is not one of them
_DESCRIPTOR = re.compile(
    r"(?:chuyên gia|cán bộ|học sinh|sinh viên|nhân viên|giảng viên|giáo viên|nghiên cứu viên|người sáng lập"
    r"|nhà sáng lập|đồng sáng lập|nông dân|công nhân|luật sư|nhà nghiên cứu|nhà phân tích|nhà khoa học|kỹ sư)(?!\w)"
)


def descriptor_at(lower: str, at: int) -> int:
    """Where a noun that describes a person (see ``_DESCRIPTOR``) ends when one starts at ``at`` of the lower-case
    text, else 0."""
    m = _DESCRIPTOR.match(lower, at)
    return m.end() if m else 0


def introduces_next(text: str, at: int, stop: int, later: list[NameCandidate]) -> bool:
    """Does the noun at ``at`` introduce the next Vietnamese name, with only lower-case words between ("ca sĩ A,
    luật sư Nguyễn B", "nhà nghiên cứu Trần C", "chuyên gia cao cấp Lê D")? Then it is that person's, not the role of the name before.
    (A body named after a person with only lower-case words before it, "nhân viên nhà chờ Lương Thế Vinh", reads the
    same way: no role, as before.)"""
    nxt = next((c for c in later if at < c.start < stop and c.surname), None)  # (a foreign one is often a body's:
    # "người sáng lập tổ chức Geopolitical Futures")
    return nxt is not None and not any(w[:1].isupper() for w in text[at : nxt.start].split())


# A sentence that a caption without its full stop runs into, glued to the role after a word: "… Tổng cục Thủy sản
# Tại cuộc họp, …", "… Bộ GD&ĐT Theo quy định, …", "… Tỉnh ủy Yên Bái Sáng 8/2, …" — a capitalised opener after a
# word, then a lower-case word (or a date after a time of day); on news 1-14999 it cut 21 roles, every one at a clause
_GLUED_OPENER = re.compile(
    r"(?<=[^\s.,;:!?(\-–] )(?:(?:Tại|Phát biểu|Theo|Trong|Sau|Trước|Khi|Với|Để|Qua|Bên cạnh|Tuy nhiên"
    r"|Đồng thời|Cùng|Nhưng|Tham dự|Ngoài ra|Hiện nay|Trao đổi|Chia sẻ)"
    r"(?= [a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])"
    r"|(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Năm|Hôm) (?=\d))"
)


def glued_opener(text: str, start: int, stop: int) -> int:
    """Where a sentence glued into the role ``text[start:stop]`` starts (see ``_GLUED_OPENER``), else ``stop``."""
    m = _GLUED_OPENER.search(text, start, stop + 2)  # (the lower-case word after the opener may lie past the stop)
    return m.start() if m and m.start() < stop else stop
