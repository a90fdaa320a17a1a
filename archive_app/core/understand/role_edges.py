"""What a role's edges hold that is no part of the post: an abbreviation in parentheses at its end ("… Cục Điều
tra Liên bang Mỹ (FBI)"), and the counterpart a name is introduced as ("người đồng cấp Nga Vladimir Putin").

Both were counted on unlabelled news before they were written (bench/README.md, "Issue 18, sixth round: roles
and chair")."""

from __future__ import annotations

import re

from ..vietnamese.names import UPPER

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
    convention since fresh3). A short form after a head word ("(Bộ GD&ĐT)") is the abbreviation only when the
    role names a body of that head before it ("Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch (Bộ VHTTDL)"); after a
    department ("Cục trưởng Cục Chăn nuôi (Bộ NN-PTNT)") it names the ministry above, which stays."""
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
