"""What every scan of persons.py, roles.py and chairs.py shares: the text read once (``_Doc``: lower case,
title spans, masks), an accepted mention (``_Found``) and the patterns more than one of them uses."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..vietnamese.names import MODIFIERS, TITLE_RE, UPPER, trie_regex

_STRONG = (
    r"đồng chí|đ/c|ông|bà|ngài|(?:(?:p?gs|tskh|ts|ths|bs|ks|ncs)\.?\s?)+|gs-vs|giáo sư|tiến sĩ|thạc sĩ|bác sĩ|nhà báo"
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
_TRIGGER = re.compile(rf"(?<!\w)(?:{_STRONG}|{_PERSON_NOUNS})(?:\s*:)?\s*$")
_PLURAL = re.compile(r"(?<!\w)(?:các|những|hai|ba)\s+$")
_WORD_BEFORE_MODIFIER = re.compile(r"(?<!\w)(?:chính|thẩm|nhân|đặc|toàn|chủ|pháp|bản|tài|quy|nguồn)\s+$")
_PARENS = re.compile(r"\((?!ảnh)[^()\n]{0,60}\)")
_HARD = re.compile(r"[!?;:\n\"()\[\]]|(?<!tp)(?<!tx)(?<!tt)\.(?!\w)")   # ends a name's context either side


def context_start(text: str, lo: int, end: int) -> int:
    """Where the context of a name at ``end`` starts: after the last ``_HARD`` stop in ``text[lo:end]``, else ``lo``."""
    for m in _HARD.finditer(text, lo, end):
        lo = m.end()
    return lo

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
_AND_LOWER = re.compile(rf"(?<!\w)và\s+(?![{UPPER}])")
_SEP_AFTER_NAME = re.compile(r"[ \t]*(?:[,–-][ \t]*)?")
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
_FOREIGN = re.compile(
    r"[fjwz]|[^aeiouyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵđ"
    r"bcdghklmnpqrstvx' -]|[bcdđghklmnpqrstvx]{3}"
)


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
# điều hành" (a title), "Phòng Văn hóa - Thông tin" (a body), "Đài Tiếng nói Việt Nam" (a body)
_BOUND_MORE = (
    re.compile(rf"thực (hiện)(?= [{UPPER}])"),
    re.compile(r"giám đốc (điều hành)(?!\w)"),
    re.compile(r"(Thông tin)(?<=\w [-–] Thông tin)(?!\w)"),
    re.compile(r"Tiếng (nói)(?!\w)"),  # "Đài Tiếng nói Việt Nam", "Tiếng nói Hoa Kỳ": a body, no speaking
)


# Nouns of body names made of a stop word: "Quân chủng Phòng không - Không quân", "Vụ Thiết bị và Công trình
# y tế", "Hội KHKT Lạnh và Điều hòa không khí", "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp"
_NOUN_PHRASES = re.compile(  # no look-behind first: the scan then skips to the phrases' first letters
    r"(?:"
    + trie_regex(
        "phòng không|hàng không|không khí|không quân|không gian|không lưu|công trình|chương trình|quy trình"
        "|đổi mới|ngoại giao|chuyển giao|người việt|người cao tuổi|người có công|người khuyết tật|người lao động"
        "|tham mưu|dự án|dự thảo|dự toán|dự phòng|dự khuyết|dự trữ|dự bị|sơ sinh|lưu ký|trong nước|ngoài nước"
        "|nhỏ và vừa|truyền thông|truyền hình|truyền thanh|từ thiện|tối cao".split("|")
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


# A comma inside an abbreviation, letters glued on both sides: "Bộ VH,TT&DL", "Sở LĐ,TB&XH" (the comma first,
# the capitals before it looked behind: the scan then jumps from comma to comma)
_ABBREV_COMMA = re.compile(
    rf",(?<=(?<![^\W\d_])[{UPPER}]{{2}},)(?=[{UPPER}]{{2}}(?:&|[{UPPER}]{{0,2}}(?![^\W\d_])))"
)


# A unit before "trưởng" makes one title with it: "Đội trưởng Đội CSGT số 6", "thuyền trưởng", "trạm trưởng"
_UNIT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:tiểu|trung|đại) đội|(?:tiểu|trung|sư|lữ) đoàn|đội|nhóm|lớp|trạm|thuyền|hạm|xưởng"
    r"|ca|ấp|khóm|bản|toán)\s$"
)


# "giáo sư" after "phó" as a degree written before a name or another title: a separator, "Tiến sĩ" or a name follows
_DEGREE_AFTER = re.compile(rf" [Gg]iáo sư(?:\s*[,.\-–]|\s+[Tt]iến s|\s+[{UPPER}]|\s*$)")


class _Doc:
    """One text with everything the scans need, computed once: lower case, title spans, masks."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.lower = low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)
        spans = [(m.start(), m.end()) for m in TITLE_RE.finditer(self.lower)]
        self.titles: dict[int, int] = {}
        for i, (a, b) in enumerate(spans):
            if b - a == 3 and self.lower.startswith("phó", a) and _DEGREE_AFTER.match(text, b):
                continue  # "Phó Giáo sư, Tiến sĩ, …", "Phó giáo sư Nguyễn A": a degree, no office (no role)
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
