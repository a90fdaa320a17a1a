"""Facts about the meeting besides its kind (``meeting_kind``) and date (``meeting_date``): organising body,
place, and the documents cited."""

from __future__ import annotations

import re

from ..vietnamese.names import UPPER

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


__all__ = ["document_codes", "location", "organisation"]
