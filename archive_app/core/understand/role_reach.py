"""Where a role starts and how far it goes, in four spots the title words alone do not decide: a word that makes one
title with the head after it ("ứng cử viên Tổng thống", "Tổng Tham mưu trưởng", "Cảnh sát trưởng"), a title whose
object the name is ("người phát ngôn của Tổng thống Moon Jae-in": Moon is the president), two words of a body's name
joined by a comma or dash ("Cục Quản lý Khám, chữa bệnh"), and a second post after "kiêm" ("…, kiêm người phát
ngôn …").

Each was counted on unlabelled news before it was written (bench/README.md, "Issue 18, seventh round: roles and
chair")."""

from __future__ import annotations

import re

from ._scan_doc import _ORG_START

# Words written before a head title that make one title with it: a candidate for the post is no holder of it
# ("ứng cử viên Tổng thống Pháp Marine Le Pen"); "Tổng" before "Tham mưu trưởng", "Tư lệnh" is the chief of all;
# "Cảnh sát" before a bare "trưởng" is the police chief ("Cảnh sát trưởng Manchester Ian Hopkins")
_CANDIDATE = re.compile(r"(?<!\w)(?:ứng cử viên|ứng viên)\s+$")
_CHIEF = re.compile(r"(?<!\w)tổng\s+$")
_CHIEF_OF = re.compile(r"(?:tham mưu trưởng|tư lệnh)(?!\w)")
_POLICE = re.compile(r"(?<!\w)cảnh sát\s+$")


def compound_start(lower: str, p: int, floor: int, title_end: int) -> int:
    """Where the title ``lower[p:title_end]`` really starts: before a word that makes one title with it (see above),
    not before ``floor``."""
    lo = max(floor, p - 16)
    m = _CANDIDATE.search(lower, lo, p)
    if not m and _CHIEF_OF.match(lower, p):
        m = _CHIEF.search(lower, lo, p)
    if not m and title_end - p == 6 and lower.startswith("trưởng", p):
        m = _POLICE.search(lower, lo, p)
    return m.start() if m else p


_OF = re.compile(r"(?<!\w)của\s+")
# Words before a title that are no title of their own ("của tân Tổng thống …", "của ứng viên Tổng thống …")
_LEADS = ("tân ", "cựu ", "nguyên ", "cố ", "quyền ", "ứng cử viên ", "ứng viên ")


def owner_title(text: str, lower: str, titles: dict[int, int], p: int, end: int) -> bool:
    """Is the name that follows ``text[p:end]`` the object of a "của" in it: "người phát ngôn của Tổng thống Hàn
    Quốc", "cố vấn cấp cao của Tổng thống Mỹ", then the name? Then the title after "của" is the name's own, and the
    one before it someone else's. Only capitalised words (a country, a body) may stand between that title and the
    name: in "Đặc phái viên của Tổng thống Nga về vấn đề Syria A" the name is the envoy's."""
    for m in _OF.finditer(lower, p, end):
        q = m.end()
        for lead in _LEADS:
            if lower.startswith(lead, q):
                q += len(lead)
        title_end = titles.get(q, 0) or titles.get(m.end(), 0)
        if title_end and title_end - q >= 5 and title_end <= end and _names_a_place_or_body(text[title_end:end]):
            return True
    return False


def after_owner(lower: str, title_start: int) -> bool:
    """Does the title at ``title_start`` follow "của" (with a lead word: "của tân …")? A name after it is then that
    title's holder, and the words before "của" describe someone else: "A, cố vấn đặc biệt của Tổng thống Hàn Quốc
    B" — A's role runs up to B."""
    head = lower[max(0, title_start - 20) : title_start]
    for lead in _LEADS:
        if head.endswith(lead):
            head = head[: -len(lead)]
            break
    return head.endswith("của ")


# A body's or place's head written in lower case before its capitalised name: "đảng Dân chủ", "bang Texas"
_LOWER_HEAD = re.compile(rf"(?:{_ORG_START.pattern}|đảng|bang|quân đội|lực lượng)")


def _names_a_place_or_body(words: str) -> bool:
    """Are ``words`` (between a title and a name) the name of a place or body: capitalised words, each lower-case run
    before one the head of a body or place ("Mỹ", "đảng Dân chủ", "thành phố Lima"), after one a single word of its
    name ("Dân chủ", "Cộng hòa") but no preposition ("Nga về vấn đề Syria", "Nga tại Syria": a matter, a place)?"""
    run: list[str] = []
    after_capital = False
    for w in words.split():
        if w[:1].isupper():
            if run and not _LOWER_HEAD.fullmatch(" ".join(run)) and not _name_syllable(run, after_capital):
                return False
            run, after_capital = [], True
        else:
            run.append(w)
    return not run or _name_syllable(run, after_capital)


# Not a word of a name: a preposition, or an honorific that sets the name off as the first title's holder ("trợ lý
# của Ngoại trưởng Mỹ ông A": A is the aide)
_NO_NAME_WORD = frozenset(("về", "tại", "ở", "của", "cho", "và", "với", "trong", "ông", "bà", "ngài"))


def _name_syllable(run: list[str], after_capital: bool) -> bool:
    return after_capital and len(run) == 1 and run[0] not in _NO_NAME_WORD


# Two words of one body's name joined by a comma or dash: "Cục Quản lý Khám, chữa bệnh", "Ban Chỉ đạo phòng, chống
# dịch", "Hội đồng Thi đua - Khen thưởng", "Ban Chỉ đạo Thông tin - tuyên truyền", "Sở Tài nguyên – Môi trường"
_PAIRS = (
    ("khám", "chữa bệnh"), ("phòng", "chống"), ("thi đua", "khen thưởng"), ("thông tin", "tuyên truyền"),
    ("tài nguyên", "môi trường"),
)


def joined_pair(lower: str, sep_start: int, sep_end: int) -> bool:
    """Does the separator at ``lower[sep_start:sep_end]`` join the two words of a pair inside a body's name?"""
    return any(lower.endswith(a, 0, sep_start) and lower.startswith(b, sep_end) for a, b in _PAIRS)


_SEP_BEFORE = re.compile(r"\s*(?:,|[-–])\s*$")


def second_of_pair(lower: str, at: int) -> bool:
    """Is the word at ``at`` the second of a pair joined before it ("Thi đua - Khen thưởng": "khen" is no verb)?"""
    sep = _SEP_BEFORE.search(lower, max(0, at - 4), at)
    return bool(sep) and joined_pair(lower, sep.start(), at)


_CONCURRENT = re.compile(r"kiêm\s+")


def concurrent_post(lower: str, q: int) -> int:
    """Where the post starts when a piece of a role opens with "kiêm" ("…, kiêm người phát ngôn Công an tỉnh",
    "…, kiêm Chủ tịch …"), else ``q``."""
    m = _CONCURRENT.match(lower, q)
    return m.end() if m else q
