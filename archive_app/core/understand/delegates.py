"""A deputy named without a known surname: "đại biểu Thuận Hữu (Hải Phòng)", "ĐB Phong Lan (đoàn TP.HCM)",
"Đại biểu Ngọ Duy Hiểu (Hà Nội)" (issue 18, eighth round).

Reports of the National Assembly name a deputy by the word for one, the name, and the delegation's province in
parentheses. A name there is a person's even when its first syllable is no listed surname (a pen name, a rare
surname): no place or body is written so.
"""

from __future__ import annotations

import re

from ..vietnamese.names import _PROVINCES, NameCandidate

_DEPUTY_BEFORE = re.compile(r"(?<!\w)(?:đại biểu(?: quốc hội)?|đb|đbqh)\s+$")
_DELEGATION = re.compile(r" \((?:đoàn |tp\.? ?|thành phố |tỉnh )?([^()\n,;]{2,30})\)")


def named_deputy(lower: str, c: NameCandidate) -> bool:
    """Is ``c`` a deputy's name, after the word for one and before the delegation's province?"""
    if not _DEPUTY_BEFORE.search(lower, max(0, c.start - 20), c.start):
        return False
    m = _DELEGATION.match(lower, c.end)
    return bool(m) and m.group(1).strip() in _PROVINCES | {"tp.hcm", "tphcm", "hcm", "tp hcm"}
