"""A person's role: how far the title written before a name (``_pre_role``) and the role written after it
(``_post_role``) reach, and where a body's name goes on through "và", "các", a dash or a comma."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..vietnamese.names import BA_PLACE_WORDS, UPPER, NameCandidate, is_surname, looks_like_name, trie_regex
from ._scan_doc import (
    _AND_LOWER,
    _COMPANY,
    _FOREIGN,
    _HARD,
    _ORG_START,
    _PLURAL,
    _SEP_AFTER_NAME,
    _STOP_POST,
    _STOP_PRE,
    _TRIGGER,
    _Doc,
    context_start,
)
from .role_and import lower_name_goes_on
from .role_edges import descriptor_at, glued_opener, introduces_next, without_abbreviation
from .role_reach import after_owner, compound_start, concurrent_post, joined_pair, owner_title, second_of_pair

# (not the "Bà" of "Bà Rịa", "Bà Chiểu" and the other places names.py knows, nor of "Hai Bà Trưng")
_NEXT_PERSON = re.compile(
    rf"(?<!\w)(?:đồng chí|đ/c|ông|(?<!hai )bà(?! (?:{'|'.join(sorted(BA_PLACE_WORDS))})(?!\w)))(?!\w)"
)
_DIRECTS = re.compile(r"(?<!ban )(?<!\w)chỉ đạo(?!\w)")  # a verb, unless it names a body ("Ban Chỉ đạo")
_AND_ANY = re.compile(r"(?<!\w)và\s+")
_AND_POST = re.compile(r"(?<!\w)và\s+(\S+)")
_PIECE = re.compile(r"\s*,\s*|\s+[-–]\s+|\s*[-–]\s+|\s+[-–]\s*")
# Phrases whose object is a person named by a title, ending at the next comma
_OBJECT_LEAD = re.compile(r"(?<!\w)(?:ủy quyền của|thừa lệnh|báo cáo với|báo cáo|trả lời|chỉ đạo của|đề nghị của)\s+$")
_PAREN_DATE = re.compile(r"\d\s*[-/.]\s*\d|(?<!\w)(?:ngày|tháng|hôm)(?!\w)", re.IGNORECASE)
# "A (Phó Chủ tịch UBND quận 1 - người trực tiếp …)": a remark after a dash ends a role in parentheses
_PAREN_REMARK = re.compile(r"\s+[-–]\s+(?=\w*[a-zđ])|[;:]")
# "Phó Chủ tịch tỉnh - ông Trần Văn Tân", "Bộ trưởng …, ông Mai Tiến Dũng": a separator, then an honorific
_SEP_HONORIFIC = re.compile(r"\s*[,–-]\s*(?:ông|bà|đồng chí|đ/c|ngài)\s+$")
# What may stand before a title that opens a clause: the start of a line or sentence, a comma after an opening
# phrase ("Chiều 26-5, …"), a colon, or "theo" ("Theo người phát ngôn …, bà A": the speaker)
_CLAUSE_START = re.compile(r"(?:^|[.;:!?,]|\n|(?<!\w)theo)\s*$")
_SEP_TITLE = re.compile(r"\s*[,–-]\s*")
# "Bí thư Thăng, Chủ tịch UBND quận 2 Nguyễn Phước Hưng": a title with a given name refers to someone else.
_SHORT_REF = re.compile(
    r"(?:bí thư|chủ tịch|bộ trưởng|thứ trưởng|thủ tướng|giám đốc|tổng bí thư|phó thủ tướng)\s+\S+"
)
_TRAILING_WORDS = (
    "ông", "bà", "đồng chí", "đ/c", "ngài", "Ông", "Bà", "Ngài", " của", "Samdech", "Techo", "Datuk", "Dato",
    " Dr", " Mr", " Mrs", " Ms", " Minister",  # an English title after a country: "… Singapore Dr Ng Eng Hen"
)
_TRAILING_TRIGGER = re.compile(
    r"\s+(?:ông|bà|đồng chí|đ/c|ngài|của|samdech(?: techo)?|datuk|dato|dr|mrs?|ms|minister)$", re.IGNORECASE
)
# Verbs a name's subject takes that neither _STOP_PRE nor _STOP_POST knew, learned from unlabelled text: the
# lower-case word pairs that follow a found person's name on news lines 1-14999 five times or more and stand
# inside a found role at most a fifth as often, read and kept where they are predicates (bench/README.md,
# "Issue 18, fifth round: roles"): "Tổng thống A sa thải Giám đốc FBI B", "Phó Chủ tịch UBND xã C tiến hành …"
_CLAUSE_VERBS = re.compile(
    r"(?<!\w)(?:"
    + trie_regex(
        (
            "tỏ ra|nhậm chức|sa thải|khai nhận|thành lập|sử dụng|chụp ảnh|ban hành|diễn ra|cho thấy|tử vong"
            "|đảm nhận|vui mừng|bức xúc|sang thăm|bắt tay|tốt nghiệp|tham quan|thủ vai|kết hôn|giành chiến"
            "|trò chuyện|nhất trí|trú tại|gặp gỡ|tiến hành|trân trọng|sở hữu|tự tin|giành được|tung ra"
            "|chất vấn|chỉ định|tiếp xúc|tức giận|lựa chọn|lo lắng|chuẩn bị|chào đón|đăng tải|đe dọa|chấp nhận"
            "|rời khỏi"
            "|xúc động|giao nhiệm|vượt qua|mang đến|ly hôn|tuyên thệ|chiếm đoạt|mang thai|bước vào|gặp nhau"
            "|hài lòng|chuyển lời|cáo buộc|nhiệt liệt|thi đấu"
        ).split("|")
    )
    + r")(?!\w)"
)
_BARE = frozenset(("phụ trách", "phó", "trưởng", "chánh", "nguyên", "tân", "quyền", "cố", "cử tri"))


def _pre_role(doc: _Doc, start: int, floor: int, comma: bool = False) -> tuple[int, str, bool]:
    """A title written before the name: (start, role, plural) or (-1, "", False).

    With ``comma`` (foreign names, names set off by commas) the title may end in a comma: "Đặc phái viên …,
    Alexander Lavrentiev". A title that opens a clause may end in a comma before any name ("Chiều 26-5, Bí thư
    Thành ủy TP.HCM, Nguyễn Thiện Nhân đã …"), and in a separator before an honorific ("Phó Chủ tịch tỉnh
    Quảng Nam - ông Trần Văn Tân")."""
    lo = context_start(doc.paren, max(floor, start - 170), start)
    text, lower = doc.text, doc.lower
    stripped = start
    clause = False  # the title must open a clause
    honorific = None
    if lower.endswith(("ông ", "bà ", "chí ", "đ/c ", "ngài "), max(lo, start - 6), start):
        honorific = _SEP_HONORIFIC.search(lower, max(lo, start - 16), start)
    if honorific:  # after a comma the title must open a clause; a dash sets the name off as the title's own
        stripped, clause = honorific.start(), "," in honorific.group(0)  # ("Tiếp Thống đốc X - ông A")
    while stripped > lo and lower[stripped - 1] in " \t":
        stripped -= 1
    if not honorific and stripped > lo and lower[stripped - 1] in ",–-":
        if lower[stripped - 1] != ",":
            return -1, "", False
        clause = not comma
        stripped -= 1
    for i in range(bisect_left(doc.starts, lo), len(doc.starts)):
        p = doc.starts[i]
        if p >= start:
            break
        if clause and not _CLAUSE_START.search(lower, max(0, p - 40), p):
            continue
        if not lower[stripped:start].strip() and "(" not in text[p:stripped] and owner_title(
            text, lower, doc.titles, p, stripped
        ):
            continue  # "người phát ngôn của Tổng thống Hàn Quốc Moon Jae-in": the president's title is Moon's
        if lower[max(0, p - 4) : p] in ("ban ", "phủ ") or lower.endswith("đoàn ", 0, p):
            continue  # "Ban Bí thư", "Ban Giám đốc", "Đoàn Đại biểu": bodies; "Phủ Chủ tịch": a place
        if lower.endswith(" sự ", 0, p) and any(p < q < stripped for q in doc.starts[i + 1 : i + 4]):
            continue  # "dưới sự chủ tọa của Chủ tịch Quốc hội A": an act; the agent's title follows
        if _COUNTED.search(lower, max(0, p - 12), p) and _PIECE.search(doc.paren, p, stripped):
            continue  # "trước các đại biểu, Phó Chủ tịch Quốc hội A", "2 Thẩm phán …, Chủ nhiệm … B"
        if "," in doc.paren[p:stripped] and _OBJECT_LEAD.search(lower, max(0, p - 24), p):
            continue  # "Thừa ủy quyền của Thủ tướng, Bộ trưởng A": the first title is another person's
        if doc.paren[p] == "\x01":
            continue  # "(đơn vị quản lý tài xế), tài xế A": a title inside a parenthesis is not this name's
        if lower.startswith("cử tri", p) and _PIECE.search(doc.paren, p, stripped):
            continue  # "Trả lời cử tri, Tổng Bí thư …": the voters are not the title
        if _STOP_PRE.search(doc.masked, p, start) or _AND_LOWER.search(text, p, start):
            continue
        if _CLAUSE_VERBS.search(doc.masked, p, start):
            continue
        if any(doc.title_end(v.end()) for v in _AND_ANY.finditer(lower, p, start)):
            continue  # "Chủ tịch tỉnh và Đại tá, Giám đốc Công an tỉnh X": two people
        if (
            _COMPANY.search(lower, p, start)
            and not (stripped < start and lower[stripped] == ",")
            and not lower[p:stripped].rsplit(" ", 1)[-1].isdigit()  # "Công ty Cienco 6 Bùi Phi Hùng"
        ):
            return -1, "", False  # "Giám đốc Công ty TNHH Hoàng Gia Phát": the name belongs to the company
        ok = True
        prev = p
        for pm in _PIECE.finditer(doc.paren, p, stripped):
            short = _SHORT_REF.fullmatch(lower, prev, pm.start())
            short = short and not text[prev : pm.start()].split()[-1].isupper()
            if short or not (  # "Bí thư Thăng, …" names someone else; "Chủ tịch HĐND, …" is a title
                doc.title_end(concurrent_post(lower, pm.end()))
                or _org_continues(text, pm.start(), pm.end())
                or joined_pair(lower, pm.start(), pm.end())
            ):
                ok = False
                break
            prev = pm.end()
        if not ok:
            continue
        p = _caption_glued_title(doc, p, stripped)
        p = compound_start(lower, p, lo, doc.title_end(p))
        role = text[p:stripped].strip(" ,–-")
        if role.endswith(_TRAILING_WORDS):
            role = _TRAILING_TRIGGER.sub("", role)
        return p, without_abbreviation(role), bool(_PLURAL.search(lower, max(0, p - 12), p))
    return -1, "", False


# A title counted or made plural names several people, not the one after it
_COUNTED = re.compile(r"(?<!\w)(?:các|những|hai|ba|\d+)\s+$")


def _caption_glued_title(doc: _Doc, p: int, stripped: int) -> int:
    """Where the title before a name starts when a caption without its full stop runs into the sentence:
    "… Phó Chủ tịch Quân ủy Trung ương Trung Quốc Tổng Bí thư Nguyễn Phú Trọng" → at "Tổng Bí thư": a head
    title (no "phó" or modifier) right after a capitalised word of a body or place, with no separator."""
    text = doc.text
    chain_end = doc.title_end(p)
    for q in doc.starts[bisect_left(doc.starts, p + 1) :]:
        if q >= stripped:
            break
        if q <= chain_end + 1:  # "Bộ trưởng Chủ nhiệm …": titles that follow one another are one role
            chain_end = max(chain_end, doc.title_end(q))
            continue
        before = text[max(p, q - 16) : q].split()
        if (
            text[q - 1 : q] == " "
            and before
            and before[-1][:1].isupper()
            and before[-1][-1:].isalpha()
            and not _ORG_START.fullmatch(before[-1].lower())  # "Bộ Chỉ huy", "Báo Đại biểu Nhân dân": a body
            and before[-1].lower() not in ("báo", "đài", "chí", "nhóm")
            and doc.lower[q : q + 4] not in ("phó ", "nguy", "tân ", "quyề", "cựu ", "cố ")
            and text[q : q + 1].isupper()
            and 7 <= doc.title_end(q) - q  # "Tổng Bí thư", "Chủ tịch nước", not "Phó", "Trưởng"
            and doc.title_end(q) <= stripped  # not "Trung Quốc Vương Nghị" ("quốc vương" runs into the name)
        ):
            p = q
            chain_end = doc.title_end(q)
    return p


def _post_role(
    doc: _Doc, end: int, cands: list[NameCandidate], k: int, titled: bool = False, goes_on: bool = True,
    described: bool = False,
) -> tuple[str, int]:
    """A title written after the name: (role, end of role) or ("", end).

    In parentheses right after the name ("A (Bộ trưởng Bộ VH-TT&DL)"), or after a parenthesis that says no
    title ("Đại biểu A (Quảng Ninh), Trưởng Ban …"). ``titled``: the name has a title before it, so a bare
    title after a comma that a verb follows opens the next clause ("Bộ trưởng A, Thủ tướng nhấn mạnh …").
    ``described``: a noun that describes a person, after a separator, starts the role too ("A, chuyên gia kinh tế")."""
    text, lower = doc.text, doc.lower
    if text.startswith(" (", end):
        close = text.find(")", end + 2, end + 160)
        if close > 0 and "(" not in text[end + 2 : close]:
            delegation = _DELEGATION.match(text, end + 2, close)
            at = delegation.end() if delegation and doc.title_end(delegation.end()) else end + 2
            if doc.title_end(at):  # "(Đoàn Thanh Hóa - Phó Chủ nhiệm …)": the post, not the delegation
                inner = _PAREN_REMARK.split(text[at:close], 1)[0].strip(" ,–-")
                return (inner, close + 1) if inner.lower() not in _BARE else ("", end)
            if _is_affiliation_head(text, end + 2, close) and _introduced(doc, cands[k]):  # "ông A (Quỹ X)"
                return text[end + 2 : close].strip(), close + 1
            if not _PAREN_DATE.search(text, end + 2, close):  # "(Quảng Ninh)", "(SN 1965)", not "(ngày 3-2)"
                role, role_end = _post_role(doc, close + 1, cands, k)
                return (role, role_end) if role else ("", end)
    p = _SEP_AFTER_NAME.match(text, end).end()
    dash = p > end and text[end:p].strip() in ("-", "–")  # "GS. A - Đại học Nagasaki": where A works
    if (p == end and text[end : end + 1] not in (" ", "\t")) or not (
        doc.title_end(p)
        or (described and p > end and descriptor_at(lower, p))
        or (dash and _is_affiliation_head(text, p, min(len(text), p + 60)) and _introduced(doc, cands[k]))
    ):
        return "", end
    plural = _PLURAL_BODIES.match(text, doc.title_end(p)) if doc.title_end(p) else None
    if _PLURAL_AFTER_TITLE.match(lower, doc.title_end(p) or p) or (
        plural and _ORG_START.match(lower, plural.end())
    ):
        return "", end  # "…, Vương Đình Huệ, Bộ trưởng các Bộ: …": the next people's title
    stop = min(len(text), p + 180)
    owner_at = stop  # where the next name's own title starts inside this role, if it does
    went_on = False
    scan = max(p, descriptor_at(lower, p)) if described else p  # "học sinh": "sinh" is no verb there
    for rx, src in (
        (_HARD, doc.paren),
        (_STOP_POST, doc.masked),
        (_DIRECTS, lower),
        (_NEXT_PERSON, lower),
        (_QUOTE, text),
        (_CLAUSE_VERBS, doc.masked),
    ):
        m = rx.search(src, scan, stop)
        while m and rx is _STOP_POST:
            if _plural_inside_body_name(text, lower, p, m.start()):
                m = rx.search(src, m.end(), stop)  # "Vụ Tín dụng các ngành kinh tế": part of the body's name
                continue
            if _activity_after_and(doc, p, m.start()) or second_of_pair(lower, m.start()):
                m = rx.search(src, m.end(), stop)  # "Trung tâm Quản lý và điều hành vận tải …"
                continue
            if goes_on and _title_goes_on(lower, m.start()):
                went_on = True
                m = rx.search(src, m.end(), stop)  # "Giám đốc điều hành Công ty X": a title, not a verb
                continue
            about = _about_inside_body_name(doc, p, m.start())
            if not about:
                break
            m = rx.search(src, about, stop)  # "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
        if m:
            stop = m.start()
    stop = glued_opener(text, p, stop)
    if described and not doc.title_end(p) and introduces_next(doc.text, p, stop, cands[k + 1 :]):
        return "", end  # "ca sĩ A, luật sư B": the noun is the next person's
    for a in _AND_POST.finditer(lower, p, stop + 24):
        if a.start() >= stop:
            break
        word = text[a.start(1) : a.end(1)]
        if word[:1].islower() and (
            _and_inside_body_name(text, lower, p, a.start(), a.start(1), stop)
            or _activity_after_and(doc, p, a.start(1))
            or lower_name_goes_on(text, lower, p, a.start(), a.start(1), stop)
        ):
            continue
        if _second_title_of_one(doc, p, a.start(), a.start(1)):
            continue  # "Tổng Giám đốc và Chủ tịch HĐQT Công ty X", "chủ tịch và CEO của IBM": one person
        if (
            not word[:1].isupper()
            or (is_surname(word) and not _lower_word_after(text, a.end(1)))  # "Giáo dục và Đào tạo": no name
            or _NEXT_PERSON.match(a.group(1))
            or doc.title_end(a.start(1))
        ):
            stop = a.start()
            break
    for c in cands[k + 1 :]:  # a following name that starts its own mention ("…, Thủ tướng Nguyễn Xuân Phúc")
        if c.start >= stop:
            break
        # ("ngh" is Vietnamese: "Bí thư Tỉnh ủy Nghệ An" ends in a place, not a foreign name)
        looks_foreign = c.foreign or bool(_FOREIGN.search(c.name.lower().replace("ngh", "ng")))
        if c.start <= p or not (c.surname or looks_foreign):
            continue
        pre_start = _pre_role(doc, c.start, p)[0]
        if pre_start >= p:
            # "A, Ủy viên Bộ Chính trị, …, Bộ trưởng Bộ Quốc phòng, Thượng tướng B": B's own title is the
            # last piece before B; the pieces before it are A's
            seps = [m for m in _PIECE.finditer(doc.paren, pre_start, c.start) if m.start() > p]
            stop = seps[-1].start() if seps else pre_start
            if not seps and after_owner(lower, pre_start):
                # "A, cố vấn của Tổng thống Hàn Quốc B": the president named is part of A's role, and B's title
                stop, owner_at = c.start, pre_start
            break
        sep = _SEP_TITLE.match(text, c.end)
        if c.surname and sep and doc.title_end(sep.end()):
            stop = c.start
            break
    role_end = stop  # every piece after a comma or dash must start with a title or an organisation
    for pm in _PIECE.finditer(doc.paren, p, stop):
        if joined_pair(lower, pm.start(), pm.end()):
            continue  # "Ban Chỉ đạo phòng, chống dịch tỉnh", "Cục Quản lý Khám, chữa bệnh": one name
        q = concurrent_post(lower, pm.end())  # "…, kiêm người phát ngôn …": a second post
        dash_cap = "," not in pm.group(0) and text[q : q + 1].isupper()
        org = bool(_ORG_START.match(lower, q)) and _mostly_names(text[q:stop])
        if _DOCUMENT.match(lower, q) or not (
            doc.title_end(q)
            or org
            or dash_cap
            or _org_continues(text, pm.start(), q)
            or _affiliation(doc, q, stop, cands)
        ):
            role_end = pm.start()
            break
    role = text[p:role_end].strip(" ,–-\t…")
    remark = role.rfind(" (")
    if role.endswith(")") and remark > 0 and _is_remark(doc, p + remark + 2):
        role = role[:remark]  # "nguyên Chủ tịch UBND quận 9 (hiện đang là Bí thư …)": a remark, no part of it
    if role.endswith((" và", " của")):
        role = role.rsplit(" ", 1)[0].rstrip()
    if role.lower() in _BARE or (titled and _subject_of_next_clause(doc, p, p + len(role))):
        role = ""
    if went_on and not role:  # the longer title is the next name's ("A, Giám đốc điều hành X B"): as before
        return _post_role(doc, end, cands, k, titled, goes_on=False, described=described)
    return (without_abbreviation(role), min(p + len(role), owner_at)) if role else ("", end)


# Words that go on a bare "giám đốc" as one title, not verbs that end it: "Giám đốc điều hành" (a chief
# executive; on 15,000 news items every one of ~150 was a title), "Giám đốc sáng tạo"
_TITLE_GOES_ON = re.compile(r"(?<=giám đốc )(?:điều hành|sáng tạo)(?!\w)")


def _title_goes_on(lower: str, at: int) -> bool:
    """Does the stop word at ``at`` go on the title right before it (see ``_TITLE_GOES_ON``)?"""
    return bool(_TITLE_GOES_ON.match(lower, at))


def _subject_of_next_clause(doc: _Doc, start: int, end: int) -> bool:
    """Is the role ``text[start:end]`` after a comma a bare title, or a title and one capitalised word (not
    an acronym: "Trưởng phòng CSGT"), that a verb or clause word follows: the subject of the next clause ("Bộ
    trưởng A, Thủ tướng hoan nghênh …", "Thủ tướng B, Tổng thống Mỹ khẳng định …")?"""
    title_end = doc.title_end(start)
    if not title_end or title_end > end or not doc.text.startswith(", ", start - 2):
        return False
    rest = doc.text[title_end:end].split()
    if len(rest) > 1 or (rest and (not rest[0][:1].isupper() or rest[0].isupper() or not rest[0].isalpha())):
        return False
    return (
        doc.text[end : end + 1] == " "
        and bool(_STOP_POST.match(doc.masked, end + 1))  # a verb or clause word ("nhấn mạnh", "đã"), not "và"
        and not _title_goes_on(doc.lower, end + 1)
    )


_BODY_HEAD = re.compile(
    r"(?<!\w)(?:trung tâm|ủy ban|hội đồng|viện|học viện|cục|tổng cục|vụ|ban|bộ|sở|hội|hiệp hội)\s+\S"
)


_PLURAL_AFTER_TITLE = re.compile(r"\s+(?:các|những)\s+[^\s,:;]+\s*[:,;]")  # not "Tư lệnh Các lực lượng …"
# "Bộ trưởng các Bộ Công Thương, Giao thông Vận tải": a title of several bodies is several people's
_PLURAL_BODIES = re.compile(rf"\s+(?:các|những)\s+(?=[{UPPER}])")
_PLURAL_WORD = re.compile(r"(?:các|những)\s+[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]")


def _plural_inside_body_name(text: str, lower: str, role_start: int, at: int) -> bool:
    """ "Vụ trưởng Vụ Tín dụng các ngành kinh tế": "các" right after the words of a body's name,
    followed by a lowercase noun, is part of that name (not "… Sở Y tế cùng các đơn vị", which "cùng" stops)."""
    before = text[role_start:at].split()
    return bool(
        any(w[:1].isupper() for w in before[-2:])
        and _PLURAL_WORD.match(lower, at)
        and _BODY_HEAD.search(lower, role_start, at)
    )


_QUOTE = re.compile(r"''")  # a quotation written with two apostrophes: "Thứ trưởng Bộ X ''Bộ đã …''"
# "(Đoàn Thanh Hóa - Phó Chủ nhiệm …)": a delegate's delegation before the post in a parenthesis
_DELEGATION = re.compile(r"Đoàn [^()\-–,;]{1,40}?\s*[-–]\s*")
# The capitalised head of a body's name a person belongs to, with no title: "(Quỹ đầu tư Moelis)", "- Đại học
# Nagasaki", "(Bộ Y tế)" (not a delegation "(Đoàn Nghệ An)" nor a place)
_AFFILIATION_HEAD = re.compile(
    r"(?:Quỹ|Bộ|Sở|Viện|Đại học|ĐH|Trường|Công ty|Tập đoàn|Ngân hàng|Cục|Tổng cục|Ủy ban|Hội|Hiệp hội"
    r"|Trung tâm|Bệnh viện|Học viện|Cơ quan|Văn phòng|Tổ chức|Liên đoàn)(?= )"
)


def _introduced(doc: _Doc, c: NameCandidate) -> bool:
    """Is the name introduced as a person's ("ông", "PGS.")? Only of such a name does a body alone after it
    say where the person works, not of a street, company or place named like one ("đường Võ Nguyên Giáp -
    Trường Sa")."""
    return bool(_TRIGGER.search(doc.lower, max(0, c.start - 24), c.start))


def _is_affiliation_head(text: str, at: int, end: int) -> bool:
    """Does a body's name start at ``at``, with a capitalised word of its own name before ``end``?"""
    head = _AFFILIATION_HEAD.match(text, at, end)
    return bool(head) and any(w[:1].isupper() for w in text[head.end() : end].split()[:4])


# Bodies named for what they deal with: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Hội đồng quốc gia
# về các trường đại học", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", "Giải Báo chí toàn quốc về xây
# dựng Đảng", "Cố vấn của Tổng thống về các vấn đề giáo dục"
_ABOUT_HEAD = re.compile(
    r"(?<!\w)(?:ủy ban(?! nhân dân)|ban chỉ đạo|hội đồng|giải|cố vấn|đặc phái viên|đặc sứ)(?!\w)"
)
# … not the topic of a report after a role ("báo cáo của ông A, Chủ tịch Ủy ban X về việc …", "về kết quả …")
_ABOUT = re.compile(
    r"về\s+(?!(?:việc|tình hình|tình trạng|thực trạng|nguyên tắc|kết quả|nội dung|những|này|đó|đây|vấn đề"
    r"|chuyện|câu chuyện|ý kiến|thông tin)(?!\w))(?:các\s+)?"
    r"(?=[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])"
)


def _about_inside_body_name(doc: _Doc, role_start: int, at: int) -> int:
    """Where the words after "về" at ``at`` start when "về" is part of the name of a body the role names (a
    body of those named for a matter, with a lower-case matter that is no verb after it); else 0."""
    m = _ABOUT.match(doc.text, at)
    if not m or not _ABOUT_HEAD.search(doc.lower, role_start, at) or _STOP_POST.match(doc.masked, m.end()):
        return 0
    return m.end()


def _is_remark(doc: _Doc, at: int) -> bool:
    """Does the parenthesis opening before ``at`` say something of the person rather than name a post, body
    or place: "(hiện đang là …)", "(người trực tiếp ký …)", not "(tỉnh Quảng Ninh)", "(bộ Tài chính)",
    "(Hà Giang)"?"""
    return (
        doc.text[at : at + 1].islower()
        and not doc.title_end(at)
        and not _ORG_START.match(doc.lower, at)
        and not doc.lower.startswith(("quận", "thị xã", "thuộc"), at)  # "(thuộc Bộ NN-PTNT)": an affiliation
    )


# Activities that a body's name joins with "và": "Công ty CP Quản lý và xây dựng công trình giao thông 238",
# "Phòng Quản lý thi và kiểm định chất lượng", "Trung tâm Quản lý và điều hành vận tải hành khách công cộng"
_ACTIVITY = re.compile(
    r"(?:phát triển|xây dựng|kiểm định|điều hành|đào tạo|đầu tư|bảo vệ|chăm sóc|dịch vụ|thương mại|du lịch"
    r"|truyền thông|công nghệ|môi trường|kinh doanh|sản xuất|khai thác|chế biến|tư vấn|thiết kế|quản lý"
    r"|xúc tiến|hợp tác|ứng dụng|kiểm soát|giám sát|đánh giá|bảo tồn|nghiên cứu|cứu nạn|cứu hộ|chuyển giao"
    r"|phát thanh)(?!\w)"
)
_ACTIVITY_BODY = re.compile(
    r"(?<!\w)(?:trung tâm|ủy ban|hội đồng|viện|học viện|cục|tổng cục|vụ|ban|bộ|sở|hội|hiệp hội|phòng|công ty"
    r"|tổng công ty|tập đoàn|chi cục|trường)\s+\S"
)


def _activity_after_and(doc: _Doc, role_start: int, at: int) -> bool:
    """Is ``at`` an activity after "và" inside the name of a body the role names (see ``_ACTIVITY``)?"""
    return (
        doc.lower.endswith("và ", role_start, at)
        and bool(_ACTIVITY.match(doc.lower, at))
        and bool(_ACTIVITY_BODY.search(doc.lower, role_start, at))
        and "," not in doc.paren[role_start:at]
    )


def _second_title_of_one(doc: _Doc, role_start: int, and_at: int, title_at: int) -> bool:
    """Does "và" at ``and_at`` join a bare title to a second one of the same person ("Tổng Giám đốc và Chủ
    tịch HĐQT Công ty X"), not two people's titles ("Chủ tịch UBND xã và Chủ tịch Hội Nông dân", "Giám đốc và
    Phó Giám đốc các sở")?"""
    second = doc.title_end(title_at)
    if not second or doc.lower.startswith(("các ", "những "), second + 1):
        return False
    piece = max([role_start] + [m.end() for m in _PIECE.finditer(doc.paren, role_start, and_at)])
    return doc.title_end(piece) >= and_at - 1


def _and_inside_body_name(text: str, lower: str, role_start: int, and_at: int, after: int, stop: int) -> bool:
    """ "Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM", "Ủy ban tổ chức lễ nghi quốc gia
    và quốc tế Vương quốc Campuchia": a lowercase word after "và" inside the name of a body, which goes on to
    a capitalised word before the role ends, with no comma (not "… Hà Nam và lãnh đạo các sở")."""
    rest = text[after:stop]
    return bool(
        _BODY_HEAD.search(lower, role_start, and_at)
        and "," not in rest
        and any(w[:1].isupper() for w in rest.split())
    )


def _org_continues(text: str, sep_start: int, sep_end: int) -> bool:
    """ "Ủy ban Tài chính, Ngân sách của Quốc hội", "Bộ Văn hóa - Thể thao và Du lịch": the name of a body
    goes on after the separator (capitalised on both sides, and no surname starts the piece)."""
    before = text[max(0, sep_start - 24) : sep_start].split()[-2:]  # "Khoa học, Công nghệ"
    after = text[sep_end : sep_end + 40].split()
    return bool(
        any(w[:1].isupper() for w in before)
        and len(after) > 1
        and after[0][:1].isupper()
        and not is_surname(after[0])
        and after[1][:1].islower()
    )


def _lower_word_after(text: str, end: int) -> bool:
    """Does a lower-case word follow the word ending at ``end`` ("Đào tạo", not "Đào Văn Bình")?"""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].islower()


def _affiliation(doc: _Doc, q: int, stop: int, cands: list[NameCandidate]) -> bool:
    """Does the piece of a role at ``q`` (after a comma or dash) name the body or place the person belongs to:
    "…, Tổng cục Giáo dục nghề nghiệp", "…, Quân đội Myanmar", "…, TPHCM", "…, Long Biên (Hà Nội)"? A body's
    head word with a capitalised name after it, or a short piece of mostly capitalised words that no person's
    name starts."""
    text = doc.text
    sep = _PIECE.search(doc.paren, q, stop)
    end = sep.start() if sep else stop
    if (
        not text[q : q + 1].isupper()
        or any(q <= c.start < end and (c.surname or c.foreign) for c in cands)
        or looks_like_name(text[q:end])
        or _ACADEMIC.fullmatch(doc.lower, q, end)  # "…, PGS.TS": a degree, no role (the labels' convention)
    ):
        return False
    head = _ORG_START.match(doc.lower, q)
    if head and text[head.end() : head.end() + 1] == " " and text[head.end() + 1 : head.end() + 2].isupper():
        return True
    words = text[q:end].split()  # a clause has lower-case words; an event its year ("DIFF 2017")
    caps = sum(w[:1].isupper() or w[:1] == "(" for w in words)
    return len(words) <= 6 and caps * 2 > len(words) and not _YEAR.search(text, q, end)


_ACADEMIC = re.compile(r"(?:(?:p?gs|ts|ths|bs|ks|ncs|ckii?)[\s.,\-]*)+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A document named after a role is no affiliation: "…, Thông tư 02 quy định …"
_DOCUMENT = re.compile(r"(?:thông tư|nghị định|nghị quyết|quyết định|chỉ thị|luật|công văn|kế hoạch)(?!\w)")


def _mostly_names(piece: str) -> bool:
    """An organisation piece ("Bệnh viện Bạch Mai") is mostly capitalised; a clause is not."""
    words = piece.split()
    caps = sum(w[:1].isupper() for w in words)
    return caps > 0 and (len(words) <= 4 or caps * 2 >= len(words))
