"""An officer named right after the company a title before names: "Chủ tịch Tập đoàn FPT A", "Phó Tổng giám
đốc Cty TNHH MTV Nam Triệu B", "Tổng giám đốc Công ty cổ phần Đầu tư xây dựng Trung Nam C cho biết" (issue 18,
seventh round).

The role rule leaves a name after a company's noun to the company ("Giám đốc Công ty TNHH Hoàng Gia Phát": the
company is named after a person). When the company has a name of its own between its noun and the person's
(a capitalised word or an acronym that is no legal form: "FPT", "Nam Triệu", "Điện lực Việt Nam"), the full name
after it is the titled officer's. Counted on unlabelled news: such names are officers almost always.
"""

from __future__ import annotations

import re

from ..vietnamese.names import _COUNTRY_SET, TITLE_RE, UPPER, NameCandidate
from ._scan_doc import context_start

_COMPANY_NOUN = re.compile(
    r"(?<!\w)(?:tổng công ty|công ty|cty|tập đoàn|hợp tác xã|htx|ngân hàng)(?!\w)", re.IGNORECASE
)
# Legal forms and the abbreviations of generic trades: no company's own name ("Công ty TNHH TM và DV A B C")
_GENERIC = frozenset("TNHH CP MTV TM DV XD SX XNK ĐT JSC TMCP CTCP".split())
_NAME_WORD = re.compile(rf"[{UPPER}][^\s,;:()]*")
# The person's name follows a word of the company's name right away (no lower-case word between: "… ở A")
_AFTER_NAME_WORD = re.compile(rf"(?:[{UPPER}]\S*|\))\s+$")


def officer_after_company(text: str, lower: str, c: NameCandidate) -> bool:
    """Is the full name ``c`` an officer's, after a title, a company's noun and the company's own name?"""
    if c.name.count(" ") < 2 or not _AFTER_NAME_WORD.search(text, max(0, c.start - 40), c.start):
        return False
    if " ".join(c.name.lower().split(" ")[-2:]) in _COUNTRY_SET:
        return False  # "… Đầu tư Vàng Việt Nam": the company's name ends in the country
    lo = context_start(lower, max(0, c.start - 120), c.start)
    company = None
    for company in _COMPANY_NOUN.finditer(text, lo, c.start):
        pass
    if company is None or not TITLE_RE.search(lower, lo, company.start()):
        return False
    between = text[company.end() : c.start]
    if "," in between:
        return False
    return any(w.upper() not in _GENERIC for w in _NAME_WORD.findall(between))
