"""Persons named in a report, with their roles as written and whether they chair the meeting.

A capitalised name is kept only with evidence: a trigger before it ("đồng chí", "Đ/c", "ông", "bà"),
a title before it ("Phó Chủ tịch UBND huyện Nguyễn Văn A") or a title after it ("Lê Văn Cương –
Quận ủy viên, …"), a list that continues such a mention, or an earlier accepted mention of the name.
Mentions of one person merge: the longest role wins (the first on a tie), chair if any mention says so.
"""

from __future__ import annotations

import re

from ..vietnamese.names import _PROVINCES, UPPER, NameCandidate, is_surname, is_vietnamese_syllable, name_candidates
from ._scan_doc import _COMPANY, _FOREIGN, _PLURAL, _STOP_PRE, _STRONG, _TRIGGER, _Doc, _Found
from .chairs import _chairing_lists, _co_chairs, _how_chairs, _short_chairs, _title_chairs
from .company_officers import officer_after_company
from .delegates import named_deputy
from .foreign_officers import titled_abroad
from .foreign_speakers import speaks_abroad
from .model import PersonMention
from .name_lists import listed_names
from .person_nouns import qualified_noun_before, stage_noun_before
from .role_edges import counterpart_role
from .roles import _post_role, _pre_role
from .royal_names import royal_names

# A profession written right before a name is its role when no title is ("tài xế Nguyễn Văn A", "nhà báo B")
_PROFESSION = re.compile(
    r"(?<!\w)(?:nữ\s+)?(?:cầu thủ|tài xế|lái xe|nhạc sĩ|họa sĩ|nhà báo|luật sư|nhà văn|nhà thơ|ca sĩ|diễn viên"
    r"|nghệ sĩ(?: nhân dân| ưu tú)?|nghệ nhân|kỹ sư|kiến trúc sư|vận động viên|chuyên gia|nhà nghiên cứu"
    r"|ngư dân|nông dân|đạo diễn|danh hài|á hậu|hoa hậu)\s+$"  # read in the "sĩ" spelling: "ca sỹ", "họa sỹ" too
)
# Before a foreign name (one no Vietnamese word has), also a profession or a standing that only a person has
# ("ca sĩ Taylor Swift", "ứng cử viên Emmanuel Macron"); not a player's or a founder's, which a club or a
# company or an outlet often follows ("tiền vệ Chelsea …", "nhà sáng lập Microsoft Bill Gates", "phóng viên Fox
# News"), nor "đối thủ", "ngôi sao"
_FOREIGN_PERSON_NOUNS = (
    r"ca sĩ|(?:nam |nữ )?diễn viên|người mẫu|nhà văn|nhà thơ|đạo diễn|ứng cử viên|ứng viên|tỷ phú|tướng|phu nhân"
)
# … and "cô", "anh", "chị" written in lower case ("cô Ivanka Trump", "anh Jesse Peterson"; not "Anh", the country,
# nor "đàn anh", said of a club too)
_FOREIGN_HONORIFIC = re.compile(r"(?<!\w)(?<![Đđ]àn )(?:cô|anh|chị) $")
# … and before a name with a syllable no Vietnamese word has, a suspect, a defendant, a victim, a patient, a rank
# at sea, a pilot, a film star ("nghi phạm Richard R", "Đô đốc Harry H"); not "danh thủ", which a club follows
_FOREIGN_ONLY_TRIGGER = re.compile(
    r"(?<!\w)(?:nghi phạm|nghi can|bị can|bị cáo|nạn nhân|bệnh nhân|(?:chuẩn |phó )?đô đốc|phi công|tài tử"
    r"|siêu sao)(?:\s*:)?\s*$"
)
_STRONG_TRIGGER = re.compile(rf"(?<!\w)(?:{_STRONG}|{_FOREIGN_PERSON_NOUNS})(?:\s*:)?\s*$")
_PLAIN_TRIGGER = re.compile(r"(?<!\w)(?:đồng chí|đ/c|ông|bà|ngài|anh|chị)(?:\s*:)?\s*$")
# "người đồng cấp Israel Benjamin Netanyahu": the counterpart is named like an honorific names
_COUNTERPART = re.compile(r"(?<!\w)người đồng cấp(?:\s+\S+){0,2}\s+$")
# "Các Phó Thủ tướng: Trịnh Đình Dũng, Vũ Đức Đam …": a plural title before a list after a colon
# (also "Các Phó chủ tịch gồm các ông: A, B"; "Thành viên HĐQT: A, B" opening a sentence)
_PLURAL_COLON = re.compile(
    r"(?:(?<!\w)(?:các|những)\s+(?:(?:đồng chí|ông|bà|vị)\s+)?|(?<![^.!?\n])\s*+)"
    r"((?:(?!(?<!\w)(?:các|những)\s)[^.:;\n]|\.(?=\S)){3,60}?)"  # "T.Ư Đảng"
    r"(?:\s+(?:gồm|là|có)(?:\s+(?:các\s+)?(?:ông|bà|đồng chí|vị))?)?\s*:\s*$"
)
# "đại biểu (ĐB) A": the parenthesis introduces an abbreviation of the title, no part of it
_TITLE_ABBREVIATION = re.compile(r"\s*\([A-ZĐ]{1,6}\)$")
_LIST_SEP = re.compile(r"\s*(?:,|và|;)\s*$")


# "Nam A Bank", "Kinh Bắc City", "Viet Capital Bank": a company's name looks like a foreign person's
_PLACE_FIRST = frozenset(
    "New Saint San Santa Los Las North South East West Greater Rio Río Đông Tây Nam Bắc Ả".split()
)
# A body named after a place: a foreign-looking name right after it is the place ("Tỉnh ủy Villa Clara")
_PLACE_TAKER = re.compile(
    r"(?<!\w)(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|tỉnh|thành phố|(?<!liên )bang|vùng|khu vực|quận|huyện|thị xã"
    r"|xã|thủ đô)$",  # "Bí thư Huyện ủy Chư Prông": a district of the Highlands, its name no Vietnamese word
    re.IGNORECASE,
)
_BRAND = re.compile(
    r"(?<!\w)(?:Bank|Group|City|Corp|Corporation|Holdings?|Land|Airlines?|Airways|Motors?|Capital|Telecom"
    r"|Securities|Insurance|Pharma|Energy|Shop|Mart|Mobile|JSC|Ltd|Inc|Gas|Oil|Steel|Power)(?!\w)"
)


def _after_brand(c: NameCandidate) -> NameCandidate | None:
    """A candidate without a company's name: "Malaysia Airlines Peter Bellew" → "Peter Bellew"; None when
    no two words are left ("Nam A Bank")."""
    m = None
    for m in _BRAND.finditer(c.name):
        pass
    if m is None:
        return c
    rest = c.name[m.end() :].strip()
    if rest.count(" ") < 1 or _BRAND.search(rest):
        return None
    start = c.start + c.name.index(rest, m.end())
    return c._replace(start=start, name=rest, surname=is_surname(rest.split(" ")[0]))


def _unglued(c: NameCandidate) -> NameCandidate:
    """A Vietnamese name without the word glued to its end where a space was lost: "Nguyễn Thanh Longđề
    nghị" → "Nguyễn Thanh Long" (the last syllable is no Vietnamese one, but two lower-case ones)."""
    if not (c.surname and c.foreign):
        return c
    words = c.name.split(" ")
    last = words[-1]
    if len(words) < 3 or "-" in last or is_vietnamese_syllable(last) or not all(map(is_vietnamese_syllable, words[:-1])):
        return c
    for k in range(2, len(last) - 1):
        tail = last[k:]
        # the word glued on is written with Vietnamese letters ("đề", "được"), not "son" of "Samson"
        # … or glued to a head that is ("Trọngmong")
        plain = tail.isascii() and last[:k].isascii()
        if tail[0].islower() and not plain and is_vietnamese_syllable(last[:k]) and is_vietnamese_syllable(tail):
            name = " ".join([*words[:-1], last[:k]])
            return c._replace(end=c.start + len(name), name=name, foreign=False)
    return c


_VOWEL = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def _initial_last(c: NameCandidate, text: str) -> bool:
    """Does the name end in an initial ("Trần V.", "Phạm S")? A plain vowel, a given name of its own, ends a
    full name of three syllables ("Trần Đông A", "Nguyễn Thị Hải Y"); "Ở" after a name starts a sentence. A vowel
    "Ý" with its tone mark is a given name, never an initial ("Lê Minh Ý")."""
    last = c.name[c.name.rfind(" ") + 1 :]
    if len(last) > 1:  # "Phan Thị Thanh Nh.", "Đinh D.A": letters without a vowel, or initials with a full stop
        return c.surname and ("." in last or not _VOWEL.search(last.lower()))
    if last == "Ý" and c.name.count(" ") >= 2 and text[c.end : c.end + 1] != ".":
        return False  # ("Á", "À" start words after a lost full stop: "… Mai Phương Thúy Á hậu …")
    return c.name.count(" ") < 2 or last not in "AEIOUY" or text[c.end : c.end + 1] == "."


# "Nguyễn Văn Bình cho biết …": a full Vietnamese name (three syllables or more, none foreign: "La Voix Du Nord
# cho biết" is a paper) that is the subject of a verb of saying is a person (streets, schools and companies
# named after one are cut off by the noun before them)
_SAYS = re.compile(
    r" (?:(?:đã|cũng|còn|thì|lại|vừa)\s+)?(?:cho biết|cho hay|nói(?! riêng| chung)|khẳng định|chia sẻ|nhấn mạnh"
    r"|phát biểu|kể|thừa nhận|giải thích|tâm sự|trả lời|nhận định|bày tỏ|đề nghị|kiến nghị|cho rằng|tiết lộ"
    r"|tuyên bố|lên tiếng|bình luận|viết)(?!\w)"
)


# "Ivanka Trump, con gái của Tổng thống …": a name set off by a word of kinship is a person
_KIN_AFTER = re.compile(
    r"(?:con gái|con trai|con rể|con dâu|vợ|chồng|cha|mẹ|bố|em gái|em trai|anh trai|chị gái|cháu (?:trai|gái|nội"
    r"|ngoại))(?: (?:út|cả|thứ hai|ruột|nuôi))? (?:của|ông|bà)(?!\w)"
)


# "Nguyễn Văn A (SN 1990, trú …)", "Lê Thị B (45 tuổi)", "Trần C (1976, ngụ …)": a birth year, an age or a
# residence in parentheses right after a name is said of a person only (no street, school or company has one)
_BORN = re.compile(
    r" ?\((?:sn|sinh(?: năm)?|\d{1,3} tuổi|(?:1[89]|20)\d\d\s*[,;]|quê|trú|ngụ|thường trú|hktt)(?!\w)"
)
# … or by one before a capitalised name or title: "Ivanka Trump, con gái Tổng thống Mỹ …", "A, em gái Công nương B"
_KIN_TITLED = re.compile(
    rf"(?:con gái|con trai|vợ|chồng|mẹ|cha|bố|em gái|em trai|anh trai|chị gái) [{UPPER}]"
)
# "Otto Warmbier, 22 tuổi, …", "Jessie Carlos Javier , 42 tuổi", "Kei Komuro (25 tuổi)": an age right after a
# name, of a name with a surname or none, is said of a person (counted on unlabelled news: persons all but
# a caption glued to one)
_AGED = re.compile(r" ?,? \(?\d{1,3} tuổi(?!\w)")
# … not after a word of place ("ở Bình Phước, 15 tuổi …", "tại Premier League (35 tuổi …)"), nor a name that
# joins a word starting a sentence to a foreign one ("Với Sushi (5 tuổi)", "Như Josephine Law, 29 tuổi")
_AT_PLACE = re.compile(r"(?<!\w)(?:ở|tại|từ|đến|tới|về|trong|ngoài|giữa|khỏi|sang|qua|vào)\s+$")


def _aged(text: str, lower: str, c: NameCandidate) -> bool:
    """Is an age written right after the name ``c``, and the name no place's nor a sentence's first word's?"""
    if not _AGED.match(lower, c.end) or _AT_PLACE.search(lower, max(0, c.start - 8), c.start):
        return False
    words = c.name.split(" ")
    mixed = is_vietnamese_syllable(words[0]) and not all(map(is_vietnamese_syllable, words[1:]))
    return not (mixed and not c.surname) and c.name.lower() not in _PROVINCES
# "tên thật là Nguyễn Văn A", "em trai tên Lê Văn B": a name given as someone's (not "mang tên", "đặt tên", "có
# tên": streets, schools and shops are named after persons)
_CALLED = re.compile(r"(?<!\w)(?:tên thật|tên khai sinh|(?<!mang )(?<!đặt )(?<!có )tên)(?: là)?\s+$")
# Words for one person before a surname-led name, learned by counting on unlabelled news what follows them: names
# accepted on other evidence, never a street, school or company ("ngư dân Nguyễn Văn A", "thủ môn B", "nghi can
# C"); after "các", "những" they name a group by its place ("các ngư dân Thạch Kim")
_ONE_PERSON = re.compile(
    r"(?<!\w)(?<!các )(?<!những )(?<!nhiều )(?:ngư dân|nông dân|hoa hậu|á hậu|người đẹp|đạo diễn|tác giả|thủ môn"
    r"|tiền vệ|tiền đạo|hậu vệ|trung vệ|nghi can|nghi phạm|thí sinh|giám khảo|bệnh nhi|ông bầu|tài tử|họa sỹ"
    r"|nhà thiết kế|ntk|võ sĩ|tay vợt|kỳ thủ|cựu chiến binh|người mẫu|kiến trúc sư|kts|bình luận viên|blv|ls"
    r"|độc giả|diễn giả)\s*:?\s+$"
)
# … and these, written in lower case (not "Nhà văn hóa Thanh Niên Lê Lợi", a body named after a person)
_ONE_PERSON_LOWER = re.compile(
    r"(?<!\w)(?<!các )(?<!những )(?:[Tt]hanh niên|[Cc]ông nhân|[Xx]ạ thủ|[Nn]ữ sinh|[Nn]am sinh|[Bb]ạn)\s+$"
)
# "A (23 tuổi), B (24 tuổi) và C": a list goes on after a remark in parentheses on its last name
_LIST_PAREN = re.compile(r"\s*\([^()\n]{1,80}\)")


def _list_gap(text: str, a: int, b: int) -> bool:
    """Is only a list separator (after a remark in parentheses, perhaps) between ``a`` and ``b``?"""
    m = _LIST_PAREN.match(text, a, b)
    if m:
        a = m.end()
    return b - a < 12 and bool(_LIST_SEP.match(text, a, b))


def _speaks(text: str, c: NameCandidate) -> bool:
    if c.name.count(" ") < 2 or c.foreign or not _SAYS.match(text, c.end):
        return False
    return not _COMPANY.search(text[max(0, c.start - 40) : c.start].lower())  # "Công ty TNHH Hoàng Gia Phát"


def find_persons(text: str) -> tuple[PersonMention, ...]:
    """Persons in ``text`` (normalized report text), merged, in order of first appearance.

    A foreign name is accepted after a title ("Tổng thống Mỹ Donald Trump") or an honorific; once
    accepted, its bare mentions count too, also those before it (a second pass)."""
    cands = [_after_brand(_unglued(c)) for c in name_candidates(text)]
    cands = [c for c in cands if c is not None and not _initial_last(c, text)]
    if not cands:
        return _merge(royal_names(text, []))
    doc = _Doc(text)
    found, known = _scan(doc, cands, frozenset())
    if any(not c.surname and c.name.lower() in known for c in cands):
        found, known = _scan(doc, cands, frozenset(known))
    if "đồng chủ trì" in doc.lower:
        _co_chairs(doc.lower, found)
    listed = listed_names(text, doc.lower, cands, found)
    if listed:
        found = sorted(found + listed, key=lambda f: f.start)
    _chairing_lists(doc.text, found)
    if "chủ trì" in doc.lower:
        _short_chairs(doc.text, found)
        _title_chairs(doc, found)
    if " (" in text:
        found = _with_transcriptions(text, found)
    royals = royal_names(text, found)
    if royals:
        found = sorted(found + royals, key=lambda f: f.start)
    return _merge(found)


# "Tổng thống Nga Vladimir Putin (Vla-đi-mia Pu-tin)": a Vietnamese transcription in parentheses right after a
# foreign name is that person written another way (the labels keep each spelling); so is the original in
# parentheses after a transcription ("Mác-tin Chung-oong (Martin Chungong)")
_TRANSCRIPTION = re.compile(rf" \(([{UPPER}][^\s()]*(?: [{UPPER}][^\s()]*)+)\)")


def _transcribed(name: str) -> bool:
    """Syllables of Vietnamese spelling, all but one at most ("Vla-đi-mia Pu-tin", "Li Chê-âng Kiu")."""
    parts = name.replace("-", " ").split(" ")
    return sum(not is_vietnamese_syllable(x) for x in parts) <= 1


def _with_transcriptions(text: str, found: list[_Found]) -> list[_Found]:
    out = []
    for f in found:
        out.append(f)
        m = _TRANSCRIPTION.match(text, f.start + len(f.name))
        if (
            m
            and text.startswith(f.name, f.start)
            and "-" in m.group(1)
            and not is_surname(f.name.split(" ")[0])
            and _transcribed(m.group(1))
        ):
            out.append(_Found(m.group(1), "", False, m.start(1), m.end(1), m.start(1)))
        elif m and text.startswith(f.name, f.start) and "-" in f.name and _transcribed(f.name):
            # "Mác-tin Chung-oong (Martin Chungong)": the original after the transcription, its role the same
            original = m.group(1)
            foreign = not all(map(is_vietnamese_syllable, original.split(" ")))
            if "-" not in original and foreign and not _BRAND.search(original):
                out.append(_Found(original, f.role, False, m.start(1), m.end(1), m.start(1)))
    return out


def _scan(doc: _Doc, cands: list[NameCandidate], accepted: frozenset[str]):
    """One pass over the candidates: (mentions found, lower-case names accepted)."""
    text, lower = doc.text, doc.lower
    chairing = "chủ" in lower or "điều" in lower  # every chairing phrase has one of them
    spelled = lower.replace("sỹ", "sĩ") if "sỹ" in lower else lower  # "bác sỹ", "nhạc sỹ": the words of "sĩ"
    found: list[_Found] = []
    known: set[str] = set(accepted)
    consumed = prev_end = 0
    last: tuple[int, str, bool] | None = None  # end, shared role, plural — for lists "A, B và C"
    for k, c in enumerate(cands):
        if c.start < consumed:
            continue
        key = c.name.lower()
        if c.surname:
            trig = bool(_TRIGGER.search(spelled, max(0, c.start - 24), c.start))
            trig = trig or bool(_ONE_PERSON.search(spelled, max(0, c.start - 28), c.start))
            trig = trig or bool(_ONE_PERSON_LOWER.search(text, max(0, c.start - 16), c.start))
            trig = trig or qualified_noun_before(text, spelled, c.start)
        else:  # foreign or pen names: a plain honorific, or a professional one before a foreign-looking name
            looks_foreign = c.foreign or bool(_FOREIGN.search(key))
            rx = _STRONG_TRIGGER if looks_foreign else _PLAIN_TRIGGER
            trig = bool(rx.search(spelled, max(0, c.start - 24), c.start))
            trig = trig or (looks_foreign and bool(_FOREIGN_HONORIFIC.search(text, max(0, c.start - 8), c.start)))
            trig = trig or (looks_foreign and qualified_noun_before(text, spelled, c.start))
            trig = trig or (not looks_foreign and stage_noun_before(text, spelled, c.start, c.end))
        if c.foreign and not trig:
            trig = bool(_COUNTERPART.search(lower, max(0, c.start - 40), c.start))
            trig = trig or bool(_FOREIGN_ONLY_TRIGGER.search(spelled, max(0, c.start - 24), c.start))
        # "Chủ tịch UBND tỉnh, Trương Quốc Huy, đã …": a name set off by commas is the title's too
        appositive = c.foreign or (c.surname and text[c.end : c.end + 1] == ",")  # else the title opens a clause
        pre_start, pre, plural = _pre_role(doc, c.start, prev_end, comma=appositive)
        if pre.endswith(" của"):  # "nhiệm vụ ĐBQH của ông A": the office held, no title before the name
            pre = ""
        if not pre:
            colon = ":" in lower[max(0, c.start - 4) : c.start]  # the list title ends in it: search only then
            m = colon and _PLURAL_COLON.search(lower, max(0, c.start - 70), c.start)
            if m and doc.title_end(m.start(1)) and not _STOP_PRE.search(doc.masked, m.start(1), m.end(1)):
                pre_start, pre, plural = m.start(1), text[m.start(1) : m.end(1)], True
        post, post_end = _post_role(doc, c.end, cands, k, titled=bool(pre))
        listed = (
            last is not None
            and (c.surname or (last[2] and c.foreign))
            and _list_gap(text, last[0], c.start)
        )
        if pre and not c.surname and _PLACE_TAKER.search(pre):
            # "Bí thư Thứ nhất Tỉnh ủy Villa Clara": the place the body is named after; "Thống đốc bang Iowa
            # Terry Branstad": the place, then the name
            words = c.name.split(" ")
            n = 2 if words[0] in _PLACE_FIRST else 1  # "New Jersey", "Đông Á", "Saint Petersburg"
            rest = words[n:]
            if len(rest) >= 2 and rest[0][:1].isupper() and len(rest[0]) > 1:
                place = " ".join(words[:n])
                c = c._replace(start=c.start + len(place) + 1, name=" ".join(rest))
                key, pre = c.name.lower(), f"{pre} {place}"
            else:
                pre = ""
        kin = text.startswith(", ", c.end) and (
            (
                bool(_KIN_AFTER.match(lower, c.end + 2))
                and not lower.endswith(("từ ", "theo ", "của "), 0, c.start)  # "Theo … Chinese News, chồng của A"
            )
            or (bool(_KIN_TITLED.match(text, c.end + 2)) and not lower.endswith(("từ ", "theo "), 0, c.start))
        )
        if c.surname:
            ok = trig or bool(pre) or bool(post) or listed or key in known or _speaks(text, c) or kin
            ok = ok or bool(_BORN.match(lower, c.end)) or _aged(text, lower, c)
            ok = ok or bool(_CALLED.search(lower, max(0, c.start - 20), c.start))
            ok = ok or (officer_after_company(text, lower, c) if not c.foreign else titled_abroad(doc, c))
        else:
            ok = trig or ((bool(pre) or bool(post) or kin) and c.foreign) or key in known
            ok = ok or speaks_abroad(text, lower, c) or _aged(text, lower, c) or named_deputy(lower, c)
            ok = ok or titled_abroad(doc, c)
        if not ok:
            if c.surname:  # a place or body without a surname ("Choang Quảng Tây") ends no title's reach
                prev_end = max(prev_end, c.end)
            continue
        prev_end = max(prev_end, c.end)
        if not post:  # "A, chuyên gia kinh tế": a descriptive noun, only of a name already taken as a person's
            post, post_end = _post_role(doc, c.end, cands, k, titled=bool(pre), described=True)
        if not pre and trig:
            prof = _PROFESSION.search(spelled, max(0, c.start - 24), c.start)
            if prof and not _PLURAL.search(lower, max(0, prof.start() - 12), prof.start()):
                pre_start, pre = prof.start(), text[prof.start() : c.start].strip()
        if not pre and not post and "đồng cấp" in lower[max(0, c.start - 50) : c.start]:
            pre_start, pre = counterpart_role(text, c.start, found[-1].end if found else 0) or (pre_start, pre)
        if pre and post and post.lower() == pre.lower():
            post = ""  # "Tổng thống Donald Trump, Tổng thống cũng nêu rõ": the title said again
        abbreviation = _TITLE_ABBREVIATION.search(pre) if pre.endswith(")") else None
        if abbreviation and doc.title_end(pre_start) >= pre_start + abbreviation.start():
            pre = pre[: abbreviation.start()]  # "Đại biểu (ĐB)": the title alone
        role = ", ".join(x for x in (pre, post) if x)
        if not pre and listed and last and last[2]:
            # "các Ủy viên T.Ư Đảng: A, Phó thủ tướng …; B, Bộ trưởng …": the list's title is everyone's
            role = ", ".join(x for x in (last[1], post) if x)
        end = post_end if post else c.end
        head = pre_start if pre else c.start
        how = _how_chairs(doc, cands, k, end, head) if chairing else ""
        found.append(_Found(c.name, " ".join(role.split()), bool(how), c.start, end, head, how))
        known.add(key)
        consumed = prev_end = end
        shares = not pre and listed and last is not None and last[2]
        last = (end, last[1] if shares else (pre if pre else role), plural or bool(shares))
    return found, known


def _merge(found: list[_Found]) -> tuple[PersonMention, ...]:
    """One entry per person: the longest role (first on a tie), chair if any mention says so.

    A short form without a surname ("ông Xuân Anh") joins the full name it ends ("Nguyễn Xuân Anh").
    """
    keys = [f[0].lower() for f in found]
    full = list(dict.fromkeys(keys))  # in the order of the text: "Le Pen" joins the first "… Le Pen", every run
    canon: dict[str, str] = {}
    for key, f in zip(keys, found):
        if not is_surname(f[0].split(" ")[0]):
            longer = next((x for x in full if x.endswith(" " + key)), None)
            if longer:
                canon[key] = longer
        elif key.count(" ") == 1:
            # "ĐB Mai Hoa" after "Nguyễn Thị Mai Hoa" (a given name that starts like a surname), "ông Võ Kim
            # cự" (a lower-case typo cuts the run): two syllables that end or start a longer name found are it
            longer = next(
                (x for x in full if x.count(" ") >= 2 and (x.endswith(" " + key) or x.startswith(key + " "))), None
            )
            if longer:
                canon[key] = longer
    names = {key: f[0] for key, f in reversed(list(zip(keys, found))) if key not in canon}
    merged: dict[str, list] = {}
    for key, f in zip(keys, found):
        key, role, chair = canon.get(key, key), f.role, f.chair
        entry = merged.setdefault(key, [names[key], "", False])
        if len(role) > len(entry[1]):
            entry[1] = role
        entry[2] = entry[2] or chair
    return tuple(PersonMention(n, r, c) for n, r, c in merged.values())
