"""Persons named in a report, with their roles as written and whether they chair the meeting.

A capitalised name is kept only with evidence: a trigger before it ("đồng chí", "Đ/c", "ông", "bà"),
a title before it ("Phó Chủ tịch UBND huyện Nguyễn Văn A") or a title after it ("Lê Văn Cương –
Quận ủy viên, …"), a list that continues such a mention, or an earlier accepted mention of the name.
Mentions of one person merge: the longest role wins (the first on a tie), chair if any mention says so.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from ..vietnamese.names import (
    MODIFIERS,
    TITLE_RE,
    UPPER,
    NameCandidate,
    is_surname,
    is_vietnamese_syllable,
    looks_like_name,
    name_candidates,
    trie_regex,
)
from .model import PersonMention

_STRONG = (
    r"đồng chí|đ/c|ông|bà|ngài|(?:(?:p?gs|ts|ths|bs|ks|ncs)\.?\s?)+|giáo sư|tiến sĩ|thạc sĩ|bác sĩ|nhà báo"
    r"|luật sư|nghệ sĩ|nhạc sĩ|họa sĩ|samdech(?: techo)?|datuk|dato"  # Cambodian, Malaysian honorifics
    r"|chuyên gia|nhà nghiên cứu|nhà khoa học|học giả|nhà phân tích"  # "chuyên gia Tang Siew Mun"
)
# Words for a person before a Vietnamese name (one with a known surname): "tài xế Nguyễn Văn Quân", "em Trần
# Viết Tôn", "ứng cử viên …"
_PERSON_NOUNS = (
    r"anh|chị|thầy|cô|em|cháu|cụ|bé|doanh nhân|tài xế|lái xe|nạn nhân|bệnh nhân|học sinh|sinh viên|nghệ nhân"
    r"|kỹ sư|chiến sĩ|giáo viên|cô giáo|thầy giáo|ca sĩ|diễn viên|cầu thủ|vận động viên|vđv|nhà văn|nhà thơ"
    r"|nhà nghiên cứu|chuyên gia|phóng viên|biên tập viên|bị can|bị cáo|đối tượng|ứng cử viên|ứng viên"
    r"|thượng úy|trung úy|thiếu úy|hạ sĩ|trung sĩ|thượng sĩ|nghệ sĩ nhân dân|nghệ sĩ ưu tú|nsnd|nsưt"
)
# A profession written right before a name is its role when no title is ("tài xế Nguyễn Văn A", "nhà báo B")
_PROFESSION = re.compile(
    r"(?<!\w)(?:nữ\s+)?(?:cầu thủ|tài xế|lái xe|nhạc sĩ|họa sĩ|nhà báo|luật sư|nhà văn|nhà thơ|ca sĩ|diễn viên"
    r"|nghệ sĩ(?: nhân dân| ưu tú)?|nghệ nhân|kỹ sư|kiến trúc sư|vận động viên|chuyên gia|nhà nghiên cứu)\s+$"
)
_TRIGGER = re.compile(rf"(?<!\w)(?:{_STRONG}|{_PERSON_NOUNS})(?:\s*:)?\s*$")
# Before a foreign name (one no Vietnamese word has), also a profession or a standing that only a person has
# ("ca sĩ Taylor Swift", "ứng cử viên Emmanuel Macron"); not a player's or a founder's, which a club or a
# company or an outlet often follows ("tiền vệ Chelsea …", "nhà sáng lập Microsoft Bill Gates", "phóng viên Fox
# News"), nor "đối thủ", "ngôi sao"
_FOREIGN_PERSON_NOUNS = (
    r"ca sĩ|(?:nam |nữ )?diễn viên|người mẫu|nhà văn|nhà thơ|đạo diễn|ứng cử viên|ứng viên|tỷ phú"
)
_STRONG_TRIGGER = re.compile(rf"(?<!\w)(?:{_STRONG}|{_FOREIGN_PERSON_NOUNS})(?:\s*:)?\s*$")
_PLAIN_TRIGGER = re.compile(r"(?<!\w)(?:đồng chí|đ/c|ông|bà|ngài|anh|chị)(?:\s*:)?\s*$")
# (not the "Bà" of "Bà Rịa", "Hai Bà Trưng")
_NEXT_PERSON = re.compile(r"(?<!\w)(?:đồng chí|đ/c|ông|(?<!hai )bà(?! rịa))(?!\w)")
_PLURAL = re.compile(r"(?<!\w)(?:các|những|hai|ba)\s+$")
_WORD_BEFORE_MODIFIER = re.compile(r"(?<!\w)(?:chính|thẩm|nhân|đặc|toàn|chủ|pháp|bản|tài|quy|nguồn)\s+$")
# "người đồng cấp Israel Benjamin Netanyahu": the counterpart is named like an honorific names
_COUNTERPART = re.compile(r"(?<!\w)người đồng cấp(?:\s+\S+){0,2}\s+$")
# "Các Phó Thủ tướng: Trịnh Đình Dũng, Vũ Đức Đam …": a plural title before a list after a colon
# (also "Các Phó chủ tịch gồm các ông: A, B"; "Thành viên HĐQT: A, B" opening a sentence)
_PLURAL_COLON = re.compile(
    r"(?:(?<!\w)(?:các|những)\s+(?:(?:đồng chí|ông|bà|vị)\s+)?|(?<![^.!?\n])\s*+)"
    r"((?:(?!(?<!\w)(?:các|những)\s)[^.:;\n]|\.(?=\S)){3,60}?)"  # "T.Ư Đảng"
    r"(?:\s+(?:gồm|là|có)(?:\s+(?:các\s+)?(?:ông|bà|đồng chí|vị))?)?\s*:\s*$"
)
_PARENS = re.compile(r"\((?!ảnh)[^()\n]{0,60}\)")
_HARD = re.compile(r"[!?;:\n\"()\[\]]|(?<!tp)(?<!tx)(?<!tt)\.(?!\w)")   # ends a name's context either side
# Verbs a subject takes that no title or body name holds: a role or a title before a name ends there
# ("Phó Chủ tịch UBND TP.HCM đặt vấn đề …", "Tổng thống A kêu gọi Tổng thống Nga B")
_VERBS = (
    r"đặt vấn đề|đặt câu hỏi|khuyến khích|triển khai|tuyên bố|nói thêm|viết|xuất hiện"
    r"|phát hiện|cung cấp|xác nhận|từ chối|bắt đầu|thể hiện|dường như|kể lại|bất ngờ|trở thành|muốn|cảm thấy"
    r"|nhận thấy|thấy|cười|hỏi|chỉ ra|nêu quan điểm|giải đáp|mong muốn|thẳng thắn|chứng kiến|phát động|đồng ý"
    r"|đồng tình|phủ nhận|bác bỏ|chỉ trích|hy vọng|tin rằng|mô tả|thúc giục|lên tiếng|nhắc lại|tái khẳng định"
    r"|bổ sung|trấn an|kêu gọi|yêu cầu|đề nghị|khẳng định|nhấn mạnh|đổ lỗi|tham mưu cho|tham mưu chính"
)
_STOP_PRE = re.compile(  # as a trie: a flat alternation of ~150 words is tried word by word at every position
    r"(?<!\w)(?:"
    + trie_regex(
        (
            _VERBS + "|cho|với|có|là|đã|sẽ|đang|vừa|được|bị|tại|trong|theo|về|khi|thì|mà|này|đó|những|một|nói"
            "|yêu cầu|đề nghị|cùng|dự|gồm|do|bởi|như|hôm|giao|gặp|tiếp|thăm|mời|tặng|trao|nghe|chủ trì|phát biểu"
            "|cho biết|nhấn mạnh|kết luận|báo cáo|gửi|ký|từ|sau|trước|đến|tới|lúc"
            # verbs of saying, judging, visiting: the title before them is the subject of a clause, not this
            # name's ("Thủ tướng hoan nghênh việc Tổng thống …", "đoàn đại biểu vào Lăng viếng Chủ tịch …")
            "|hoan nghênh|đánh giá|ghi nhận|chúc mừng|biểu dương|cảm ơn|bày tỏ|thừa nhận|tiếp thu|nhận định|đề xuất"
            "|đề cập|phân tích|chỉ rõ|cho rằng|cho hay|thông báo|công bố|quán triệt|động viên|cảnh báo|nhận xét"
            "|nhìn nhận|giải thích|tiết lộ|bình luận|lý giải|nêu rõ|cam kết|khai mạc|bế mạc|ủng hộ|thị sát|dẫn đầu"
            "|chia sẻ|trả lời|trình bày|lưu ý|tin tưởng|viếng|chào|vào|đón|tiễn|hội kiến|hội đàm|điện đàm|tham dự"
            "|phê bình"
        ).split("|")
    )
    + r")(?!\w)"
)
_STOP_POST = re.compile(
    r"(?<!\w)(?:tiếp(?= (?:\x02|ông |bà |ngài |đoàn ))"  # receives a guest: "… Quân ủy Trung ương tiếp Thượng tướng"
    rf"|{_VERBS}|(?:đồng )?chủ trì|dự|tham dự|phát biểu|cho biết|nhấn mạnh|đề nghị|yêu cầu|khẳng định|ghi nhận"
    r"|đánh giá|trao|trả lời|thông tin|chia sẻ|nêu|kết luận|báo cáo|lưu ý|tin tưởng|đã|sẽ|đang|vừa|là|được|có"
    r"|cùng|với|tại|nói|đọc|trình bày|tặng|cảm ơn|gửi|ký|dẫn đầu|giữ chức|làm việc|thăm|chúc mừng|hoan nghênh"
    r"|biểu dương|nhận|bày tỏ|thừa nhận|giải trình|tiếp thu|khen|mong|nhận định|đề xuất|đề cập|nhắc|phân tích"
    r"|chỉ rõ|cho rằng|cho hay|thông báo|công bố|quán triệt|chúc|động viên|kiểm tra|khảo sát|trực tiếp|người"
    r"|con trai|con gái|nói rằng|bổ nhiệm|nghe|đến|về|trong|khi|thì|mà|kể|khái quát|lên|xuống|ra|vào"
    r"|đồng thời|cũng|nghiêm túc|luôn|điều hành|nhớ lại|kiến nghị|giới thiệu|hướng dẫn|đại diện|thay mặt|mới|từng|vẫn"
    r"|còn|đều|lại|rất|không|chưa|chẳng|hiện|hiện nay|mới đây|một(?! thành viên)|tiếp tục|ngay|nên|bởi|vì|nếu"
    r"|lúc|sau|trước|hôm|sáng|chiều|tối|này|đó|ấy|đây|nhiều|các|những|cho phép|đề ra|gồm|như|lo ngại"
    r"|băn khoăn"
    r"|cảnh báo|nhận xét|nhìn nhận|phản ánh|giải thích|tiết lộ|trao đổi|bình luận|dự báo|ước tính|lý giải"
    r"|tâm sự|nêu rõ|phản hồi|khuyến cáo|đưa ra|cam kết|hứa|tiếp nhận|khai mạc|bế mạc|tổng kết|chủ tọa"
    r"|điều khiển|trình|dẫn|kêu gọi|quyết định|ủng hộ|tham gia|thị sát|nhưng|song|tuy|dù|vốn|bị"
    r"|hiện đang|đứng đầu|nhằm|để|bằng|thôi|thay|giữa|trên|dưới|theo|qua|tới|làm|giữ|sinh|quê|thực hiện"
    r"|từ|xin)(?!\w)"
)
_DIRECTS = re.compile(r"(?<!ban )(?<!\w)chỉ đạo(?!\w)")  # a verb, unless it names a body ("Ban Chỉ đạo")
_AND_ANY = re.compile(r"(?<!\w)và\s+")
_AND_LOWER = re.compile(rf"(?<!\w)và\s+(?![{UPPER}])")
_AND_POST = re.compile(r"(?<!\w)và\s+(\S+)")
_PIECE = re.compile(r"\s*,\s*|\s+[-–]\s+|\s*[-–]\s+|\s+[-–]\s*")
# Phrases whose object is a person named by a title, ending at the next comma
_OBJECT_LEAD = re.compile(r"(?<!\w)(?:ủy quyền của|thừa lệnh|báo cáo với|báo cáo|trả lời|chỉ đạo của|đề nghị của)\s+$")
# "đại biểu (ĐB) A": the parenthesis introduces an abbreviation of the title, no part of it
_TITLE_ABBREVIATION = re.compile(r"\s*\([A-ZĐ]{1,6}\)$")
_PAREN_DATE = re.compile(r"\d\s*[-/.]\s*\d|(?<!\w)(?:ngày|tháng|hôm)(?!\w)", re.IGNORECASE)
# "A (Phó Chủ tịch UBND quận 1 - người trực tiếp …)": a remark after a dash ends a role in parentheses
_PAREN_REMARK = re.compile(r"\s+[-–]\s+(?=\w*[a-zđ])|[;:]")
# "Phó Chủ tịch tỉnh - ông Trần Văn Tân", "Bộ trưởng …, ông Mai Tiến Dũng": a separator, then an honorific
_SEP_HONORIFIC = re.compile(r"\s*[,–-]\s*(?:ông|bà|đồng chí|đ/c|ngài)\s+$")
# What may stand before a title that opens a clause: the start of a line or sentence, a comma after an opening
# phrase ("Chiều 26-5, …"), a colon, or "theo" ("Theo người phát ngôn …, bà A": the speaker)
_CLAUSE_START = re.compile(r"(?:^|[.;:!?,]|\n|(?<!\w)theo)\s*$")
_SEP_TITLE = re.compile(r"\s*[,–-]\s*")
_SEP_AFTER_NAME = re.compile(r"[ \t]*(?:[,–-][ \t]*)?")
# "Bí thư Thăng, Chủ tịch UBND quận 2 Nguyễn Phước Hưng": a title with a given name refers to someone else.
_SHORT_REF = re.compile(
    r"(?:bí thư|chủ tịch|bộ trưởng|thứ trưởng|thủ tướng|giám đốc|tổng bí thư|phó thủ tướng)\s+\S+"
)
_TRAILING_WORDS = (
    "ông", "bà", "đồng chí", "đ/c", "ngài", "Ông", "Bà", "Ngài", " của", "Samdech", "Techo", "Datuk", "Dato"
)
_TRAILING_TRIGGER = re.compile(
    r"\s+(?:ông|bà|đồng chí|đ/c|ngài|của|samdech(?: techo)?|datuk|dato)$", re.IGNORECASE
)
_COMPANY = re.compile(
    r"(?<!\w)(?:công ty|cty|tập đoàn|doanh nghiệp|hợp tác xã|htx|khách sạn|nhà máy|xí nghiệp"
    r"|(?<!môi )(?<!thị )(?<!lập )(?<!hiện )(?<!quảng )trường|tnhh|cổ phần)(?!\w)"  # not "Môi trường"
)
_ORG_START = re.compile(
    r"(?:bộ|ban|sở|viện|bệnh viện|trường|đại học|đh|ubnd|hđnd|ủy ban|hội|cục|vụ|tổng cục|công ty|cty|tập đoàn"
    r"|văn phòng|trung tâm|đảng ủy|huyện ủy|tỉnh ủy|thành ủy|quận ủy|đoàn|khối|mặt trận|mttq|phòng|tòa án"
    r"|công an|tỉnh|huyện|xã|phường|thị trấn|thành phố|tp|quân khu|bộ tư lệnh|chi bộ|đảng bộ|liên đoàn"
    r"|ngân hàng|kho bạc|chi cục|cơ quan|học viện|ủy viên)(?!\w)"
)
_BARE = frozenset(("phụ trách", "phó", "trưởng", "chánh", "nguyên", "tân", "quyền", "cố", "cử tri"))
# "đồng chủ trì các hoạt động giao lưu": a programme, not the meeting ("chủ trì Lễ đón", "Chủ trì buổi lễ"
# are chairing by the words: the labels' convention)
_NOT_CHAIRED = r"(?!\s+(?:các hoạt động|hoạt động)(?!\w))"
_CHAIR_AFTER = re.compile(
    r"[\s,–-]*(?:(?:đã|sẽ|cùng|cũng|vẫn|đang|là người|người|trực tiếp|đồng thời|đến|về|làm|đến dự và|dự và"
    r"|tham dự và|tổ chức và|phát biểu|và phu nhân|thay mặt(?:\s+[^\s,.;:]+){1,5}?\s*,?)\s+)*"
    r"(?:(?:(?:đồng\s+)?chủ\s+trì|chủ\s+tọa(?!\s+phiên\s+tòa))(?!\w)"
    rf"{_NOT_CHAIRED}|(?:điều hành|điều khiển)\s+(?:tại\s+)?(?:phiên|cuộc họp|hội nghị|kỳ họp|buổi họp|nội dung"
    r"|phần))",
    re.IGNORECASE,
)
_CHAIR_BEFORE = re.compile(
    r"(?:sự\s+(?:(?:đồng\s+)?chủ\s+trì|chủ\s+tọa|điều hành|điều khiển)\s+của|(?:được\s+)?(?:đồng\s+)?chủ\s+trì\s+bởi"
    r"|chủ\s+tọa(?:\s+(?:phiên họp|hội nghị|cuộc họp|kỳ họp|đại hội))?\s*(?:là)?\s*[:,]?"
    r"|chủ\s+trì(?:\s+(?:hội nghị|(?:cuộc |buổi )?họp báo|cuộc họp|kỳ họp|phiên họp|buổi \w+))?"
    r"\s*(?:là)?\s*[:,]?)\s*(?:các\s+)?(?:đồng chí|ông|bà|đ/c)?\s*:?\s*$"
)
# "Chủ trì phiên Đại hội đồng cổ đông (ĐHĐCĐ), ông A, …": a sentence that opens with chairing an event, then
# names its subject after the comma (a short event phrase, no verb of its own)
_CHAIR_FRONTED = re.compile(
    r"(?:^|(?<=[.!?] ))(?:đồng\s+)?chủ\s+trì(?:\s+[^\s,.;:!?()]+){1,7}(?:\s*\([^()]{1,20}\))?\s*,\s*"
    rf"(?:(?:{_STRONG})\s*)?$",
    re.MULTILINE,
)
# "chủ trì buổi gặp gỡ báo chí có: A, …; B, …", "Đoàn chủ tịch điều hành Đại hội gồm: ông A - …; ông B": the
# list that follows chairs, each of its members
_CHAIR_LIST = re.compile(
    r"(?<!\w)(?:(?:đồng\s+)?chủ\s+trì|điều hành|điều khiển)(?:\s+[^\s,.;:!?()]+){1,6}\s+(?:có|gồm)\s*:?\s*"
    rf"(?:(?:{_STRONG})\s*)?$"
)
# "Nhận lời mời của Thủ tướng A, Thủ tướng B … đồng chủ trì": the host who invites does not co-chair
_INVITER = re.compile(r"(?<!\w)(?:của|mời)\s+[^,;.]*$")
_SENT_END = re.compile(r"[.!?\n](?=\s)")
_LIST_SEP = re.compile(r"\s*(?:,|và|;)\s*$")
_FOREIGN = re.compile(
    r"[fjwz]|[^aeiouyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵđ"
    r"bcdghklmnpqrstvx' -]|[bcdđghklmnpqrstvx]{3}"
)


# "Nam A Bank", "Kinh Bắc City", "Viet Capital Bank": a company's name looks like a foreign person's
_PLACE_FIRST = frozenset(
    "New Saint San Santa Los Las North South East West Greater Rio Río Đông Tây Nam Bắc Ả".split()
)
# A body named after a place: a foreign-looking name right after it is the place ("Tỉnh ủy Villa Clara")
_PLACE_TAKER = re.compile(
    r"(?<!\w)(?:tỉnh ủy|thành ủy|tỉnh|thành phố|(?<!liên )bang|vùng|khu vực|quận|huyện|thủ đô)$", re.IGNORECASE
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


def _initial_last(c: NameCandidate, text: str) -> bool:
    """Does the name end in an initial ("Trần V.", "Phạm S")? A plain vowel, a given name of its own, ends a
    full name of three syllables ("Trần Đông A", "Nguyễn Thị Hải Y"); "Ở" after a name starts a sentence."""
    last = c.name[c.name.rfind(" ") + 1 :]
    if len(last) > 1:
        return False
    return c.name.count(" ") < 2 or last not in "AEIOUY" or text[c.end : c.end + 1] == "."


def _hide(m: re.Match) -> str:
    return "\x01" * len(m.group(0))


# Words of a proper name are no verbs or prepositions: "Trung tâm Dự báo", "Bộ Giao thông", "Bộ Ngoại giao",
# "Nội các", "Vụ Thiết bị". Capitalised inside a sentence, or bound to the capitalised syllable before.
_NAME_WORD = re.compile(rf"[{UPPER}](?<=[^\s.!?:;,–\-\"(\[]\s.)[^\W\d_]*")  # the capital first: fast
# "Đại sứ Nga tại Mỹ", "Đại sứ Philippines tại Bắc Kinh" (not "… tại Hội nghị …": an event, no body)
_BOUND = re.compile(
    rf"[{UPPER}][^\W\d_]* (giao|các|bị)(?!\w)|(về)(?<!\w..) (?:vấn đề|tình hình)(?!\w)"
    rf"|[{UPPER}]\S* (tại) (?=[{UPPER}])(?!Hội nghị|Hội thảo|Diễn đàn|Lễ|Phiên|Kỳ họp|Tọa đàm|Đại hội)"
)
# "bị" is bound only in the nouns it makes ("Vụ Thiết bị"), not after a name ("Trường ĐH Tôn Đức Thắng bị …")
_BOUND_BI = ("Thiết", "Trang", "Chuẩn", "Dự")
# Each alone, to keep its literal start (an alternation of them is scanned at every position, much slower):
# "Ban Chỉ đạo … thực hiện Luật Hợp tác xã" (carrying out a named document, part of a body's name), "giám đốc
# điều hành" (a title), "Phòng Văn hóa - Thông tin" (a body)
_BOUND_MORE = (
    re.compile(rf"thực (hiện)(?= [{UPPER}])"),
    re.compile(r"giám đốc (điều hành)(?!\w)"),
    re.compile(r"(Thông tin)(?<=\w [-–] Thông tin)(?!\w)"),
)


# Nouns of body names made of a stop word: "Quân chủng Phòng không - Không quân", "Vụ Thiết bị và Công trình
# y tế", "Hội KHKT Lạnh và Điều hòa không khí", "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp"
_NOUN_PHRASES = re.compile(  # no look-behind first: the scan then skips to the phrases' first letters
    r"(?:"
    + trie_regex(
        "phòng không|hàng không|không khí|không quân|không gian|không lưu|công trình|chương trình|quy trình"
        "|đổi mới|ngoại giao|chuyển giao|người việt|người cao tuổi|người có công|người khuyết tật|người lao động"
        "|tham mưu|dự án|dự thảo|dự toán|dự phòng|dự khuyết|dự trữ|dự bị|sơ sinh|lưu ký|trong nước|ngoài nước"
        "|nhỏ và vừa|truyền thông|truyền hình|truyền thanh|từ thiện".split("|")
    )
    + r")(?!\w)(?!(?<=mưu) cho(?!\w)|(?<=mưu) chính(?!\w))"  # "tham mưu cho …" is a verb
)


def _hide_name_words(text: str, masked: str, lower: str) -> str:
    """``masked`` with the words of proper names (and nouns of body names) hidden from the stop-word scans."""
    spans = [m.span() for m in _NAME_WORD.finditer(text)]
    spans += [
        m.span(m.lastindex)
        for m in _BOUND.finditer(text)
        if m.lastindex != 1 or m.group(1) != "bị" or text.endswith(_BOUND_BI, m.start(), m.start(1) - 1)
    ]
    for rx in _BOUND_MORE:
        spans += [m.span(1) for m in rx.finditer(text)]
    spans += [m.span() for m in _NOUN_PHRASES.finditer(lower) if not lower[m.start() - 1 : m.start()].isalpha()]
    if not spans:
        return masked
    pieces, last = [], 0
    for a, b in sorted(spans):
        if b <= last or masked[a] == "\x02":  # titles stay as they are
            continue
        a = max(a, last)  # "Phòng không": the phrase goes on after the capitalised word
        pieces += (masked[last:a], "\x03" * (b - a))
        last = b
    pieces.append(masked[last:])
    return "".join(pieces)


# A comma inside an abbreviation, letters glued on both sides: "Bộ VH,TT&DL", "Sở LĐ,TB&XH"
_ABBREV_COMMA = re.compile(rf"(?<=(?<![^\W\d_])[{UPPER}]{{2}}),(?=[{UPPER}]{{2}}(?:&|[{UPPER}]{{0,2}}(?![^\W\d_])))")


# A unit before "trưởng" makes one title with it: "Đội trưởng Đội CSGT số 6", "thuyền trưởng", "trạm trưởng"
_UNIT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:tiểu|trung|đại) đội|(?:tiểu|trung|sư|lữ) đoàn|đội|nhóm|lớp|trạm|thuyền|hạm|xưởng"
    r"|ca|ấp|khóm|bản|toán)\s$"
)


class _Doc:
    """One text with everything the scans need, computed once: lower case, title spans, masks."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.lower = low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)
        spans = [(m.start(), m.end()) for m in TITLE_RE.finditer(self.lower)]
        self.titles: dict[int, int] = {}
        for i, (a, b) in enumerate(spans):
            if self.lower[a:b] in MODIFIERS:  # "nguyên Bộ trưởng": only before another title
                if _WORD_BEFORE_MODIFIER.search(self.lower, max(0, a - 8), a):
                    continue  # "chính quyền Tổng thống Mỹ": "quyền" ends a word here
                if i + 1 < len(spans) and spans[i + 1][0] == b + 1:
                    self.titles[a] = spans[i + 1][1]
            else:
                self.titles[a] = b
        for a, b in list(self.titles.items()):  # "Đội trưởng", "thuyền trưởng": the unit is part of the title
            if self.lower.startswith("trưởng", a):
                unit = _UNIT_BEFORE.search(self.lower, max(0, a - 12), a)
                if unit:
                    self.titles[unit.start()] = self.titles.pop(a)
        self.starts = sorted(self.titles)
        low = self.lower
        self.paren = _PARENS.sub(_hide, low) if "(" in low else low  # parentheses hidden
        for m in _ABBREV_COMMA.finditer(text):  # "Bộ VH,TT&DL": no comma between pieces of a role
            self.paren = self.paren[: m.start()] + "&" + self.paren[m.end() :]
        parts, last = [], 0
        for a in self.starts:  # titles hidden too: "ký" in "thư ký" is no verb
            b = self.titles[a]
            if a >= last:
                parts.append(self.paren[last:a])
                parts.append("\x02" * (b - a))
                last = b
        parts.append(self.paren[last:])
        self.masked = _hide_name_words(text, "".join(parts), low)

    def title_end(self, pos: int) -> int:
        return self.titles.get(pos, 0)


def _pre_role(doc: _Doc, start: int, floor: int, comma: bool = False) -> tuple[int, str, bool]:
    """A title written before the name: (start, role, plural) or (-1, "", False).

    With ``comma`` (foreign names, names set off by commas) the title may end in a comma: "Đặc phái viên …,
    Alexander Lavrentiev". A title that opens a clause may end in a comma before any name ("Chiều 26-5, Bí thư
    Thành ủy TP.HCM, Nguyễn Thiện Nhân đã …"), and in a separator before an honorific ("Phó Chủ tịch tỉnh
    Quảng Nam - ông Trần Văn Tân")."""
    lo = max(floor, start - 170)
    for m in _HARD.finditer(doc.paren, lo, start):
        lo = m.end()
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
        if lower[max(0, p - 4) : p] in ("ban ", "phủ ") or lower.endswith("đoàn ", 0, p):
            continue  # "Ban Bí thư", "Ban Giám đốc", "Đoàn Đại biểu": bodies; "Phủ Chủ tịch": a place
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
                doc.title_end(pm.end()) or _org_continues(text, pm.start(), pm.end())
            ):
                ok = False
                break
            prev = pm.end()
        if not ok:
            continue
        p = _caption_glued_title(doc, p, stripped)
        role = text[p:stripped].strip(" ,–-")
        if role.endswith(_TRAILING_WORDS):
            role = _TRAILING_TRIGGER.sub("", role)
        return p, role, bool(_PLURAL.search(lower, max(0, p - 12), p))
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


def _post_role(doc: _Doc, end: int, cands: list[NameCandidate], k: int) -> tuple[str, int]:
    """A title written after the name: (role, end of role) or ("", end).

    In parentheses right after the name ("A (Bộ trưởng Bộ VH-TT&DL)"), or after a parenthesis that says no
    title ("Đại biểu A (Quảng Ninh), Trưởng Ban …")."""
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
        or (dash and _is_affiliation_head(text, p, min(len(text), p + 60)) and _introduced(doc, cands[k]))
    ):
        return "", end
    plural = _PLURAL_BODIES.match(text, doc.title_end(p)) if doc.title_end(p) else None
    if _PLURAL_AFTER_TITLE.match(lower, doc.title_end(p) or p) or (
        plural and _ORG_START.match(lower, plural.end())
    ):
        return "", end  # "…, Vương Đình Huệ, Bộ trưởng các Bộ: …": the next people's title
    stop = min(len(text), p + 180)
    for rx, src in (
        (_HARD, doc.paren),
        (_STOP_POST, doc.masked),
        (_DIRECTS, lower),
        (_NEXT_PERSON, lower),
        (_QUOTE, text),
    ):
        m = rx.search(src, p, stop)
        while m and rx is _STOP_POST:
            if _plural_inside_body_name(text, lower, p, m.start()):
                m = rx.search(src, m.end(), stop)  # "Vụ Tín dụng các ngành kinh tế": part of the body's name
                continue
            if _activity_after_and(doc, p, m.start()):
                m = rx.search(src, m.end(), stop)  # "Trung tâm Quản lý và điều hành vận tải …"
                continue
            about = _about_inside_body_name(doc, p, m.start())
            if not about:
                break
            m = rx.search(src, about, stop)  # "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
        if m:
            stop = m.start()
    for a in _AND_POST.finditer(lower, p, stop + 24):
        if a.start() >= stop:
            break
        word = text[a.start(1) : a.end(1)]
        if word[:1].islower() and (
            _and_inside_body_name(text, lower, p, a.start(), a.start(1), stop)
            or _activity_after_and(doc, p, a.start(1))
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
            break
        sep = _SEP_TITLE.match(text, c.end)
        if c.surname and sep and doc.title_end(sep.end()):
            stop = c.start
            break
    role_end = stop  # every piece after a comma or dash must start with a title or an organisation
    for pm in _PIECE.finditer(doc.paren, p, stop):
        q = pm.end()
        if lower.startswith("chống", q) and lower.endswith("phòng", 0, pm.start()):
            continue  # "Ban Chỉ đạo phòng, chống dịch tỉnh": one name
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
    if role.lower() in _BARE:
        role = ""
    return (role, p + len(role)) if role else ("", end)


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


# "Nguyễn Văn Bình cho biết …": a full Vietnamese name (three syllables or more, none foreign: "La Voix Du Nord
# cho biết" is a paper) that is the subject of a verb of saying is a person (streets, schools and companies
# named after one are cut off by the noun before them)
_SAYS = re.compile(
    r" (?:(?:đã|cũng|còn|thì|lại|vừa)\s+)?(?:cho biết|cho hay|nói(?! riêng| chung)|khẳng định|chia sẻ|nhấn mạnh"
    r"|phát biểu|kể|thừa nhận|giải thích|tâm sự|trả lời|nhận định|bày tỏ|đề nghị|kiến nghị)(?!\w)"
)


# "Ivanka Trump, con gái của Tổng thống …": a name set off by a word of kinship is a person
_KIN_AFTER = re.compile(
    r"(?:con gái|con trai|con rể|con dâu|vợ|chồng|cha|mẹ|bố|em gái|em trai|anh trai|chị gái|cháu (?:trai|gái|nội"
    r"|ngoại))(?: (?:út|cả|thứ hai|ruột|nuôi))? (?:của|ông|bà)(?!\w)"
)


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
        return ()
    doc = _Doc(text)
    found, known = _scan(doc, cands, frozenset())
    if any(not c.surname and c.name.lower() in known for c in cands):
        found, known = _scan(doc, cands, frozenset(known))
    if "đồng chủ trì" in doc.lower:
        _co_chairs(doc.lower, found)
    _chairing_lists(doc.text, found)
    if "chủ trì" in doc.lower:
        _short_chairs(doc.text, found)
        _title_chairs(doc, found)
    if " (" in text:
        found = _with_transcriptions(text, found)
    return _merge(found)


# "Tổng thống Nga Vladimir Putin (Vla-đi-mia Pu-tin)": a Vietnamese transcription in parentheses right after a
# foreign name is that person written another way (the labels keep each spelling)
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
    return out


# "Phó Thủ tướng A, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì cuộc làm việc": the
# role was cut short of its end, but the clause goes on to "chủ trì" a meeting with no verb or other party
_CHAIR_MEETING = re.compile(
    r"(?:đồng\s+)?chủ\s+trì(?=\s*(?:[.,;\n]|$)|\s+(?:hội nghị|hội thảo|tọa đàm|cuộc|buổi|phiên|kỳ họp|họp|lễ"
    r"|đối thoại)(?!\w))"
)
_GAP_ALLOWED = frozenset(("về", "của", "tại", "cùng", "đã", "sẽ", "trực tiếp", "đồng thời", "vừa", "với"))
_GAP_BLOCK = re.compile(
    r"(?<!\w)(?:(?<!ngoại )giao(?! thông| dịch| lưu)|yêu cầu|đề nghị|đề xuất|kiến nghị|cho|để|do|mời|là|cơ quan"
    r"|đơn vị|(?<!ban )chỉ đạo|ông|bà|đồng chí|theo)(?!\w)"
)


def _chairs_later(doc: _Doc, end: int, next_name: int) -> bool:
    """Does the clause after a mention (ending at ``end``) go on, through words of its role only, to "chủ
    trì" a meeting?"""
    m = _CHAIR_MEETING.search(doc.lower, end, min(next_name, end + 100))
    if not m or m.start() == end:
        return False
    if _HARD.search(doc.lower, end, m.start()) or _GAP_BLOCK.search(doc.lower, end, m.start()):
        return False
    return all(w.group(0) in _GAP_ALLOWED for w in _STOP_POST.finditer(doc.masked, end, m.start()))


# "Phó Thủ tướng A, Trưởng Ban Chỉ đạo sơ kết 5 năm thực hiện Luật X, chủ trì buổi sơ kết": a role set off by
# commas between the name and the verb, however long (the role itself may have been cut short of its end)
_APPOSITIVE_CHAIR = re.compile(rf",\s*(?:(?:đã|cũng|vẫn|trực tiếp)\s+)*(?:đồng\s+)?chủ\s+trì(?!\w){_NOT_CHAIRED}")
_VERB = re.compile(rf"(?<!\w)(?:{_VERBS}|cho biết|nói|phát biểu)(?!\w)")


def _appositive_chairs(doc: _Doc, name_end: int, next_name: int) -> bool:
    """Is the name followed by ", <title> …, chủ trì": pieces of a role only (each starting with a title, a
    body or a capitalised word), no verb, no "và" before a lowercase word, up to the comma before "chủ trì"?"""
    text, lower = doc.text, doc.lower
    if text[name_end : name_end + 1] != ",":
        return False
    p = _SEP_AFTER_NAME.match(text, name_end).end()
    if not doc.title_end(p):
        return False
    piece = p
    while True:
        comma = text.find(",", piece, min(next_name, p + 200))
        if comma < 0:
            return False
        if (
            _HARD.search(doc.paren, piece, comma)
            or _GAP_BLOCK.search(lower, piece, comma)
            or _VERB.search(doc.masked, piece, comma)
            or _AND_LOWER.search(text, piece, comma)
        ):
            return False
        if _APPOSITIVE_CHAIR.match(lower, comma):
            return True
        piece = _SEP_AFTER_NAME.match(text, comma).end()
        if not (doc.title_end(piece) or _ORG_START.match(lower, piece) or text[piece : piece + 1].isupper()):
            return False


class _Found(NamedTuple):
    """One accepted mention: ``head`` is where its title before the name starts; ``how`` says how it was
    found to chair ("after": a verb after the mention, "tag": "– Chủ trì hội nghị" after a dash or comma,
    said of this person only, "before": "dưới sự chủ trì của" before it)."""

    name: str
    role: str
    chair: bool
    start: int
    end: int
    head: int
    how: str = ""


# "do A điều hành." — the verb ends the clause: the meeting named before is the object
_CHAIR_BY = re.compile(r"\s+(?:đã\s+)?(?:điều hành|điều khiển|chủ tọa)(?=\s*[.;,)]|\s*$)")
_MEETING_BEFORE = re.compile(r"(?:phiên|họp|hội nghị|kỳ họp|đại hội|hội thảo|tọa đàm)(?:\s+\S+){0,4}\s+do\s+$")


def _how_chairs(doc: _Doc, cands: list[NameCandidate], k: int, end: int, head: int) -> str:
    """How the mention of ``cands[k]`` (its title from ``head``, its role to ``end``) is said to chair, or ""."""
    text, lower = doc.text, doc.lower
    after = _CHAIR_AFTER.match(text, end)
    if after:
        return "tag" if re.match(r"\s*[,–-]", after.group(0)) else "after"
    next_name = cands[k + 1].start if k + 1 < len(cands) else len(text)
    if _chairs_later(doc, end, next_name) or _appositive_chairs(doc, cands[k].end, next_name):
        return "after"
    if _CHAIR_BEFORE.search(lower, max(0, head - 60), head):
        return "before"
    if _CHAIR_BY.match(lower, end) and _MEETING_BEFORE.search(lower, max(0, head - 40), head):  # a meeting, "do"
        return "after"  # "Phiên họp do Phó Chủ tịch Quốc hội A điều hành." (not "Dự án do A điều hành")
    if "chủ trì" in lower[max(0, head - 90) : head] or "điều " in lower[max(0, head - 80) : head]:
        if _CHAIR_FRONTED.search(lower, max(0, head - 90), head):
            return "before"
        if _CHAIR_LIST.search(lower, max(0, head - 80), head):
            return "list"
    return ""


def _scan(doc: _Doc, cands: list[NameCandidate], accepted: frozenset[str]):
    """One pass over the candidates: (mentions found, lower-case names accepted)."""
    text, lower = doc.text, doc.lower
    chairing = "chủ" in lower or "điều" in lower  # every chairing phrase has one of them
    found: list[_Found] = []
    known: set[str] = set(accepted)
    consumed = prev_end = 0
    last: tuple[int, str, bool] | None = None  # end, shared role, plural — for lists "A, B và C"
    for k, c in enumerate(cands):
        if c.start < consumed:
            continue
        key = c.name.lower()
        if c.surname:
            trig = bool(_TRIGGER.search(lower, max(0, c.start - 24), c.start))
        else:  # foreign or pen names: a plain honorific, or a professional one before a foreign-looking name
            rx = _STRONG_TRIGGER if (c.foreign or _FOREIGN.search(key)) else _PLAIN_TRIGGER
            trig = bool(rx.search(lower, max(0, c.start - 24), c.start))
        if c.foreign and not trig:
            trig = bool(_COUNTERPART.search(lower, max(0, c.start - 40), c.start))
        # "Chủ tịch UBND tỉnh, Trương Quốc Huy, đã …": a name set off by commas is the title's too
        appositive = c.foreign or (c.surname and text[c.end : c.end + 1] == ",")  # else the title opens a clause
        pre_start, pre, plural = _pre_role(doc, c.start, prev_end, comma=appositive)
        if not pre:
            colon = ":" in lower[max(0, c.start - 4) : c.start]  # the list title ends in it: search only then
            m = colon and _PLURAL_COLON.search(lower, max(0, c.start - 70), c.start)
            if m and doc.title_end(m.start(1)) and not _STOP_PRE.search(doc.masked, m.start(1), m.end(1)):
                pre_start, pre, plural = m.start(1), text[m.start(1) : m.end(1)], True
        post, post_end = _post_role(doc, c.end, cands, k)
        listed = (
            last is not None
            and (c.surname or (last[2] and c.foreign))
            and c.start - last[0] < 12
            and bool(_LIST_SEP.match(text, last[0], c.start))
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
        kin = (
            text.startswith(", ", c.end)
            and bool(_KIN_AFTER.match(lower, c.end + 2))
            and not lower.endswith(("từ ", "theo ", "của "), 0, c.start)  # "Theo … Chinese News, chồng của A"
        )
        if c.surname:
            ok = trig or bool(pre) or bool(post) or listed or key in known or _speaks(text, c) or kin
        else:
            ok = trig or ((bool(pre) or bool(post) or kin) and c.foreign) or key in known
        if not ok:
            if c.surname:  # a place or body without a surname ("Choang Quảng Tây") ends no title's reach
                prev_end = max(prev_end, c.end)
            continue
        prev_end = max(prev_end, c.end)
        if not pre and trig:
            prof = _PROFESSION.search(lower, max(0, c.start - 24), c.start)
            if prof and not _PLURAL.search(lower, max(0, prof.start() - 12), prof.start()):
                pre_start, pre = prof.start(), text[prof.start() : c.start].strip()
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


# "A đã tiếp B sang dự và đồng chủ trì kỳ họp": the host who receives the guest is not one of the co-chairs
_RECEIVES = re.compile(r"(?<!\w)(?:tiếp(?! xúc| tục| nhận| thu| cận| theo| đó| sau)|hội kiến|đón|tiễn)(?!\w)")


# "A sẽ tới Bỉ và đồng chủ trì hội nghị thượng đỉnh": a coming event's co-chair does not chair (the labels'
# convention), unless the sentence says the event is today
_COMING = re.compile(r"(?<!\w)sẽ(?!\w)")


def _co_chairs(lower: str, found: list[_Found]) -> None:
    """ "A, …; B, … đồng chủ trì cuộc họp": everyone named before it in that sentence chairs."""
    pos = lower.find("đồng chủ trì")
    while pos >= 0:
        if lower.endswith("sẽ ", 0, pos):  # "… sẽ đồng chủ trì các hoạt động": another, later event
            pos = lower.find("đồng chủ trì", pos + 1)
            continue
        begin = max((m.end() for m in _SENT_END.finditer(lower, max(0, pos - 600), pos)), default=0)
        stop = _SENT_END.search(lower, pos)
        today = "hôm nay" in lower[pos : stop.start() if stop else len(lower)]  # "sẽ … đồng chủ trì … từ hôm nay"
        for i, f in enumerate(found):
            if begin <= f[3] < pos and not _INVITER.search(lower, max(begin, f[3] - 80), f[3]):
                if not _RECEIVES.search(lower, f.end, pos) and (today or not _COMING.search(lower, f.end, pos)):
                    found[i] = f._replace(chair=True)
        pos = lower.find("đồng chủ trì", pos + 1)


# What joins the persons of one subject: "A và B chủ trì", "A, B chủ trì", "A; ông B … chủ trì"
_LIST_GAP = re.compile(
    r"\s*(?:,|;|và|(?:(?:đã|cũng|vừa)\s+)?cùng(?: với)?)\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?", re.IGNORECASE
)  # "A đã cùng B chủ trì"
_LIST_ITEM_GAP = re.compile(rf"(?:\s*[;,]\s*(?:và\s+)?|\s+và\s+)(?:(?:{_STRONG})\s*)?", re.IGNORECASE)
_AND_GAP = re.compile(r"\s*(?:và|cùng(?: với)?)\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?", re.IGNORECASE)


def _chairing_lists(text: str, found: list[_Found]) -> None:
    """Everyone of a list that chairs chairs: "Thủ tướng A và Chủ tịch B chủ trì hội nghị" (the verb after
    the last one is said of them all), "dưới sự chủ trì của ông A và ông B" (the phrase before the first
    one, carried over "và" only: after a comma a new clause may start)."""
    for i in range(len(found) - 1, 0, -1):
        cur, prev = found[i], found[i - 1]
        if cur.how == "after" and not prev.chair and _LIST_GAP.fullmatch(text, prev.end, cur.head):
            found[i - 1] = prev._replace(chair=True, how="after")
    for i in range(1, len(found)):
        cur, prev = found[i], found[i - 1]
        if prev.how == "before" and not cur.chair and _AND_GAP.fullmatch(text, prev.end, cur.head):
            found[i] = cur._replace(chair=True, how="before")
    for i in range(1, len(found)):  # "… gồm: ông A - …; ông B - …": each member of the list after the colon
        cur, prev = found[i], found[i - 1]
        if prev.how == "list" and not cur.chair and _LIST_ITEM_GAP.fullmatch(text, prev.end, cur.head):
            found[i] = cur._replace(chair=True, how="list")


# "ông Tillerson sẽ chủ trì …", "ông Hoan chủ trì hội nghị": a person named by one word of a full name
_SHORT_CHAIR = re.compile(  # with an honorific, or opening a sentence ("Ivanka chủ trì cuộc họp …")
    rf"(?:(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Nn]gài)\s+|^|(?<=[.!?] ))([{UPPER}][^\W\d_]+)\s+"
    rf"(?:(?:đã|sẽ|cũng|vừa|trực tiếp|là người)\s+)*(?:đồng\s+)?chủ\s+trì(?!\w){_NOT_CHAIRED}",
    re.MULTILINE,
)
# "Bộ trưởng A cho biết, đây là lần đầu tiên ông chủ trì hội nghị …": "ông" alone is the sentence's person;
# "Bộ trưởng A đã chỉ đạo như trên khi chủ trì cuộc họp …": so is the subject of "khi chủ trì" (group 1: no comma
# since the person's name, checked in _short_chairs)
_PRONOUN_CHAIR = re.compile(
    r"(?:(?<!\w)(?:ông|bà)|(?<!trong )(?<!\w)(khi))\s+(?:(?:đã|sẽ|cũng|vừa|đang|trực tiếp)\s+)*(?:đồng\s+)?chủ\s+trì"
    r"\s+(?:hội nghị|cuộc|buổi|phiên|kỳ họp)"
)


_KIN_BEFORE = re.compile(r"(?<!\w)(?:con gái|con trai|con|vợ|chồng|cha|mẹ|của|thay)\s+$", re.IGNORECASE)


def _short_chairs(text: str, found: list[_Found]) -> None:
    """A chair named by the last word of a full name found (or the first of a foreign one, "Ivanka"), when
    exactly one person found has it."""
    for m in _SHORT_CHAIR.finditer(text):
        if _KIN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Con gái ông Trump chủ trì …": the daughter chairs
        word = m.group(1)
        hits = [
            i
            for i, f in enumerate(found)
            if " " in f.name
            and (f.name.endswith(" " + word) or (f.name.startswith(word + " ") and not is_surname(word)))
        ]
        if len({found[i].name for i in hits}) == 1:
            for i in hits:
                found[i] = found[i]._replace(chair=True)
    for m in _PRONOUN_CHAIR.finditer(text):
        begin = max((e.end() for e in _SENT_END.finditer(text, max(0, m.start() - 400), m.start())), default=0)
        hits = [i for i, f in enumerate(found) if begin <= f.start < m.start()]
        if m.group(1) and any(found[i].end > m.start() or "," in text[found[i].end : m.start()] for i in hits):
            continue  # "…, trong khi chủ trì …, Thủ tướng đã ký": a clause of someone named later
        if len({found[i].name for i in hits}) == 1:
            for i in hits:
                found[i] = found[i]._replace(chair=True)


# "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.": a sentence whose subject is a bare title
_TITLE_CHAIR = re.compile(r"([^\W\d_][^\s.,;:]*(?: [^\s.,;:]+){0,3}) (?:đã |sẽ |cũng )?(?:đồng )?")
_CHAIRED_MEETING = re.compile(r"chủ trì (?:hội nghị|cuộc|buổi|phiên|kỳ họp|họp)")


def _title_chairs(doc: _Doc, found: list[_Found]) -> None:
    """A chair named by a bare title ("Thủ tướng chủ trì phiên họp"), when exactly one person found holds it:
    a role that is that title, or starts with it and goes on with words of a body ("Thủ tướng Chính phủ")."""
    text, lower = doc.text, doc.lower
    for c in _CHAIRED_MEETING.finditer(lower):
        start = max((m.end() for m in _SENT_END.finditer(lower, max(0, c.start() - 48), c.start())), default=-1)
        if start < 0 and c.start() > 48:
            continue  # no sentence starts near enough
        start = max(start, 0)
        while start < c.start() and text[start] in " \t\n":
            start += 1
        m = _TITLE_CHAIR.fullmatch(text, start, c.start())
        if not m or doc.title_end(m.start(1)) != m.end(1):
            continue  # not a title alone: "Bộ Kế hoạch và Đầu tư chủ trì", a name, a clause
        title = m.group(1).lower()
        holders = {
            f.name
            for f in found
            if f.role.lower() == title or (f.role.lower().startswith(title + " ") and "," not in f.role)
        }
        if len(holders) == 1:
            for i, f in enumerate(found):
                if f.name in holders:
                    found[i] = f._replace(chair=True)


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
