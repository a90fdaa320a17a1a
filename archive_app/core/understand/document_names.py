"""Names with a year that the text makes a document's (a law, a code, a convention) anywhere, so that no other
mention of the same name dates a meeting: "Bộ luật hình sự (BLHS)" … "phiên thảo luận về BLHS 2015", "Luật sửa
đổi … của BLHS 2015" … "ban hành BLHS 2015"."""

from __future__ import annotations

import re

# "Bộ luật hình sự (BLHS)": an acronym a document's name defines
_DOCUMENT_WORDS = (
    r"(?:bộ luật|luật|hiến pháp|pháp lệnh|nghị định|nghị quyết|thông tư|công ước|hiệp định|hiến chương|quy chuẩn"
    r"|tiêu chuẩn|chỉ thị)"
)
_DEFINED = re.compile(rf"(?<!\w){_DOCUMENT_WORDS}(?!\w)[^.;:!?\n()]{{0,50}}\($")


def defined_as_document(lower: str, acronym: str) -> bool:
    """Does the text define ``acronym`` as a document's short name ("Bộ luật hình sự (BLHS)")?"""
    key = f"({acronym.lower()})"
    pos = lower.find(key)
    while pos >= 0:
        if _DEFINED.search(lower, max(0, pos - 60), pos + 1):
            return True
        pos = lower.find(key, pos + len(key))
    return False


_AFTER_DOCUMENT_WORD = re.compile(rf"(?<!\w){_DOCUMENT_WORDS}(?!\w)[^.;:!?\n]{{0,40}}$")


def after_somewhere(lower: str, needle: str, before: re.Pattern, reach: int) -> bool:
    """Does ``before`` match in the ``reach`` characters before some mention of ``needle`` in ``lower``?"""
    pos = lower.find(needle)
    while pos >= 0:
        if before.search(lower, max(0, pos - reach), pos):
            return True
        pos = lower.find(needle, pos + len(needle))
    return False


def named_as_document(lower: str, name_year: str) -> bool:
    """Is ``name_year`` ("blhs 2015", lower-cased) a document's name somewhere in the text: its acronym defined as
    one, or one of its mentions after a document's word ("Luật sửa đổi … của BLHS 2015")?"""
    name = name_year.rsplit(" ", 1)[0].strip()
    if name and " " not in name and defined_as_document(lower, name):
        return True
    return after_somewhere(lower, name_year, _AFTER_DOCUMENT_WORD, 60)
