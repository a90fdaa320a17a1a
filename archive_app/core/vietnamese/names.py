"""Vietnamese person names and titles: surname list, name candidates in text, title keywords.

A name is 2–5 capitalised syllables, usually starting with a known surname (Kinh surnames and the
surnames / name prefixes of the Central Highlands and northern minorities: Điểu, Y, H', K', Ksor …).
Names are compared normalized, never folded (Lê Văn Cương ≠ Lê Văn Cường).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "BA_PLACE_WORDS",
    "LOWER",
    "MODIFIERS",
    "SURNAMES",
    "TITLE_RE",
    "UPPER",
    "NameCandidate",
    "is_surname",
    "is_vietnamese_syllable",
    "looks_like_name",
    "name_candidates",
    "split_name_role",
    "title_at",
    "trie_regex",
]


def _letters(test) -> str:
    chars = [chr(c) for c in list(range(0x41, 0x250)) + list(range(0x1E00, 0x1F00)) if test(chr(c))]
    return re.escape("".join(chars))


UPPER = _letters(lambda c: c.isalpha() and c.isupper())
LOWER = _letters(lambda c: c.isalpha() and c.islower())


def _words(text: str, sep: str | None = None) -> list[str]:
    return [w.strip() for w in text.split(sep) if w.strip()]


SURNAMES = frozenset(
    sys.intern(s)
    for s in _words("""
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đoàn Đinh Trương Lương Lưu Mai Cao
    Tô Tạ Hà Đào Đàm Kiều Lâm Quách Thái Trịnh Chu Châu Tăng Triệu Vương Phùng Nghiêm Mạc Khúc Tiêu Thân Hứa
    Giang Doãn Lã La Lại Lò Lục Ninh Nông Phí Quan Sầm Tôn Thạch Tống Trình Viên Vi Âu Bạch Bế Cù Cung Diệp
    Đậu Giáp Hầu Kha Khổng Khương Kim Mã Mẫn Nhữ Quản Tào Thiều Tiết Trang Ứng Vòng Lều Uông Khuất Tất Chung
    Cấn Bành Lữ Mông Bàn Đàng Chử Bồ Ngụy Khiếu Đống Chế Lỗ
    Tập Ôn Lật Thích Ngọ
    Điểu Y H' K' Ka Ksor Kpă Rơ Rmah Siu Nay Kbuôr Mùa Giàng Thào Vàng Sùng Lầu Hờ Cà Quàng Lường Tòng Lù
    Chamaléa Pinăng Katơr Bhriu Alăng
    """)
)

# Places and organisations that start or end with a surname-like syllable (lower case).
_PLACES = frozenset(
    _words(
        """
    hồ chí minh|hà nội|hà tĩnh|hà giang|hà nam|hà tiên|hà long|hạ long|lâm đồng|ninh bình|ninh thuận
    |thái nguyên|thái bình|thái lan|cao bằng|bạch mai|châu phi|châu á|châu âu|châu mỹ|hoàng sa|trường sa
    |lý sơn|phan thiết|phan rang|giang nam|kim sơn|mai châu|lạng sơn|cao lãnh|hà đông|điện biên|tô lịch
    |hai bà trưng|kiên giang|hậu giang|tiền giang|bắc giang|hà bắc|hà tây|hà trung|hoàng mai|lê chân
    |ngô quyền|mai sơn|lâm hà|ninh kiều|an giang|sơn la|bắc ninh|quảng ninh|tây ninh|bình dương|hải dương
    |lai châu|cà mau|trà vinh|ninh hòa|vân đồn|đào nha|phan rang-tháp chàm
    """,
        "|",
    )
)
# Nouns before a name that make it a place or a thing: "đường Trần Phú", "Ảnh: Nguyễn Dân".
_PLACE_NOUNS = frozenset(
    _words("đường phố cầu sông chợ trường núi khu ấp cty thpt thcs quỹ giải tàu tp tp. ảnh ảnh: đh chuyên đền lăng")
)
# "ĐH Tôn Đức Thắng", "Học viện Lê Quý Đôn": a school named after a person is no person (the labels' convention)
_PLACE_NOUNS2 = frozenset(("công ty", "tập đoàn", "nhà máy", "bệnh viện", "thị xã", "đại học", "học viện"))
# Administrative units: a two-syllable "name" after them is a place ("huyện Kim Bôi").
_ADMIN_NOUNS = frozenset(_words("huyện tỉnh xã phường quận thôn bản làng tp tp. thị_xã thị_trấn thành_phố"))


def _place_before(before: str, two_syllables: bool) -> bool:
    """A place noun just before a name ("đường Trần Phú", "Ảnh: Nguyễn Dân"), or for two syllables an
    administrative unit ("huyện Kim Bôi")."""
    words = before.split()
    if not words:
        return False
    last = words[-1]
    last2 = " ".join(words[-2:])
    if last2 == "thành phố" or last in ("tp", "tp."):  # "UBND thành phố Chử Xuân Dũng", "… TP Nguyễn Thị Mỹ":
        # a city names two syllables at most
        return two_syllables
    if last2 == "môi trường":  # "Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà": the environment, no school
        return False
    if last in _PLACE_NOUNS or last2 in _PLACE_NOUNS2 or (len(words) > 1 and words[-2] in ("ảnh:", "ảnh")):
        return True
    if last == "phường":  # "phường Nguyễn Thái Bình", "Chủ tịch phường Nguyễn Cư Trinh": wards named after persons
        return True
    return two_syllables and (last in _ADMIN_NOUNS or last2.replace(" ", "_") in _ADMIN_NOUNS)


# Syllables that never belong to a name: a run of capitals is cut there ("Nguyễn Ngọc Thân Phó Chủ tịch").
_CUT = frozenset(
    _words(
        "Phó Chủ Bí Ủy Uỷ Ban Sở Huyện Tỉnh Quận Phường Xã Đảng Trưởng Thứ Tổng Cục Khối Mặt Trận Phủ Phố Tịch"
    )
    + _words("Giám Đốc Bộ Thượng Hội")
)
# Syllables of _CUT that are given names too: the last of a run of three after a surname, a comma or a
# parenthesis after it (never a lower-case word, which a title's next word would be), they end the name
_GIVEN_CUT = frozenset(("Hội", "Thượng", "Trưởng"))
_NAME_END = (",", " (", ".", ";")
# Words that start a sentence, never end a name: "… Nguyễn Thành Phong Sáng 15/6, …" (a lost full stop).
_STARTERS = frozenset(
    _words("""Ảnh Theo Tại Trong Sau Khi Với Các Những Một Ông Bà Tuy Nhưng Vì Để Từ Trước Cùng Qua
    Nếu Còn Đây Đó Đã Không Thực Ngoài Riêng Trả Dự Về Cũng Do Vị Dưới Lớp Bức""")
)
_HONORIFICS = frozenset(_words("Ông Bà Anh Chị Cô Chú Bác Cụ Em Ngài Đồng Samdech Techo Datuk Dato"))
_PRESIDENT = re.compile(r"(?<!\w)(?:[Cc]hủ tịch|Bác)\s+$")
# Words that open a run of capitals before a foreign name and are no part of it: "Theo Ari Fleischer, …" (a
# sentence that starts "according to"), "Tướng Curtis Scaparrotti", "Minister Ryamizard Ryacudu" (a title
# written in English)
_LEADERS = _STARTERS | frozenset(
    _words("Tướng Minister President Prime Mr Mrs Ms Dr Senator General Governor Mayor Chairman Ambassador")
)
_TITLE_LEADERS = _LEADERS - _STARTERS  # a title in English (or "Tướng") after a country: "Indonesia Minister …"
_MID_HONORIFICS = frozenset(("Ông", "Bà"))  # "Chủ tịch FPT Trương Gia Bình Ông Vũ Văn Tiền": two people
# First words of organisations and events: a run without a surname that starts so is no foreign name.
_ORG_FIRST = frozenset(
    _words("""Quỹ Viện Trường Nhà Liên Nhóm Đài Báo Hãng Tòa Cảng Sân Khu Quân Ủy Điện Chương Giải Diễn Hội
    Đoàn Câu Lễ Phiên Kỳ Tuần Năm Chiến Thỏa Luật Nghị Cuộc Tạp Kênh Ban Sở Bộ Cục Bệnh Quốc Nội Ngoại
    Thủ Tổng Phó""")
)
_TIME_STARTERS = frozenset(_words("Sáng Chiều Tối Trưa Ngày Hôm Đêm Lúc"))
# Syllables that end many names but also start a sentence whose full stop was lost: cut only before the
# word that makes the phrase ("… Đinh La Thăng Đề cập …", "… Vũ Đức Đam Quang cảnh …"); "Nguyễn Văn Có",
# "Trần Thị Là", "Lê Văn Được" stay whole.
_PHRASE_STARTERS = {
    "Đề": ("cập", "nghị", "xuất"),
    "Quang": ("cảnh",),
    "Cảnh": ("giác", "báo"),
    "Có": ("thể", "lẽ", "mặt", "ý", "những", "nhiều", "một"),
    "Là": ("một", "người", "những", "nơi"),
    "Được": ("biết", "sự", "thành", "tổ"),
    "Như": ("vậy", "thế", "đã"),
    "Phát": ("biểu",),
    "Hiện": ("nay", "tại", "đang"),
    "Tiền": ("vệ", "đạo"),  # "… Đặng Văn Tới Tiền vệ: …" (a lost line break in a team sheet)
    "Chân": ("dài",),
    "Chức": ("năng", "vụ"),  # "… Dương Trung Quốc Chức năng của Cục …"
    # "… Trần Đại Quang Báo chí …", "… Nguyễn Văn Tuấn Chúng tôi …", "… Nguyễn Xuân Phúc Ngoại trưởng …"
    "Giảng": ("viên",),
    "Thông": ("qua",),
    "Tham": ("gia", "dự", "luận"),
    "Chúng": ("tôi", "ta"),
    "Phản": ("hồi", "ánh", "đối", "bác"),
    "Báo": ("chí", "cáo"),
    "Đại": ("hội", "diện"),
    "Ngoại": ("trưởng", "giao"),
}
_ORG = re.compile(
    r"đoàn (?:thanh niên|đại biểu|công tác|thể|kiểm tra|giám sát|luật sư|thanh tra|khảo sát|cấp cao)(?!\w)"
)
# The provinces and centrally run cities, lower case: "Đoàn Thanh Hóa" (a province's delegation of deputies)
# is no "Đoàn" surname
_PROVINCES = frozenset(
    _words(
        """
    an giang|bà rịa-vũng tàu|bà rịa - vũng tàu|bạc liêu|bắc giang|bắc kạn|bắc ninh|bến tre|bình dương|bình định
    |bình phước|bình thuận|cà mau|cao bằng|cần thơ|đà nẵng|đắk lắk|đắk nông|điện biên|đồng nai|đồng tháp|gia lai
    |hà giang|hà nam|hà nội|hà tĩnh|hải dương|hải phòng|hậu giang|hòa bình|hưng yên|khánh hòa|kiên giang|kon tum
    |lai châu|lâm đồng|lạng sơn|lào cai|long an|nam định|nghệ an|ninh bình|ninh thuận|phú thọ|phú yên|quảng bình
    |quảng nam|quảng ngãi|quảng ninh|quảng trị|sóc trăng|sơn la|tây ninh|thái bình|thái nguyên|thanh hóa
    |thừa thiên huế|thừa thiên - huế|tiền giang|tp.hcm|tp hcm|hồ chí minh|trà vinh|tuyên quang|vĩnh long|vĩnh phúc
    |yên bái
    """,
        "|",
    )
)
# Places whose name starts with "Bà", no honorific: "Bà Rịa-Vũng Tàu", "Bà Chiểu", "núi Bà Đen"
_BA_PLACES = frozenset(("Rịa", "Rịa-Vũng", "Chiểu", "Đen", "Điểm", "Nà", "Quẹo", "Hom"))
# … their second word in lower case, for scans of lower-cased text ("bà rịa" is no "bà" before a name)
BA_PLACE_WORDS = frozenset(w.split("-")[0].lower() for w in _BA_PLACES)

_SYL = (
    rf"[{UPPER}](?:'[{UPPER}]?)?[{LOWER}]*(?:(?<=[{UPPER}][{LOWER}])[{UPPER}][{LOWER}]+)?"  # "McClay"
    rf"(?:-(?:[{UPPER}][{LOWER}]*|[{LOWER}]+))*"  # "Jae-in", "A-zê-vê-đô"
)
_REGNAL = r" (?:I{2,3}|IV|VI{1,3}|IX)"  # "Elizabeth II", "Charles III" ("I" and "V" alone are initials)
_INITIALS_RX = r"(?:[A-Z]\.[A-Z]\.|[A-Z]\.(?: [A-Z]\.)?)"  # "A.V.", "H. R.", "I."
_MORE = rf"(?: {_INITIALS_RX}(?= [A-Z])| (?:(?:bin|de|der|van|von|da|di|dos|del|ibn) )?(?:al-)?{_SYL})"
_RUN = re.compile(
    rf"(?<![\w'&/-])(?:{_SYL}(?:{_MORE}+(?:{_REGNAL})?|{_REGNAL})"
    rf"|(?<!\.){_INITIALS_RX} {_SYL}{_MORE}*)(?![\w'&/]|-\w)"  # "I. Morgulov", "A.V. Kutepov": see _runs
)
_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}")


def _runs(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, syllables) of each run of capitalised words. Initials before a foreign surname belong to
    the name ("Nga I. Morgulov" → after the country, "George W. Bush" → whole); before a Vietnamese word they
    end the name before them ("Trần Văn A. Nguyễn Văn B": two runs, as a full stop would cut them), and a run
    that opens with them is no name ("Q. Hoàn Kiếm", "P. Bến Nghé" are a district and a ward)."""
    for m in _RUN.finditer(text):
        run, start, end = m.group(0), m.start(), m.end()
        syls = run.split(" ")
        if "." not in run:
            yield start, end, syls
            continue
        at = next((i for i, x in enumerate(syls) if "." in x and _INITIALS.fullmatch(x)), -1)
        if at < 0:
            yield start, end, syls
            continue
        rest = syls[at + 1 :]
        words = [x for x in rest if not _INITIALS.fullmatch(x)]
        foreign = bool(words) and not any(len(x) < 2 or is_vietnamese_syllable(x) for x in words)
        if at == 0:
            if foreign:
                yield start, end, syls
            continue
        head = start + len(" ".join(syls[:at]))
        if not foreign:
            yield start, head + len(syls[at]), syls[:at] + [syls[at].rstrip(".")]  # "A." ends "Trần Văn A"
            if words == rest:
                yield head + len(syls[at]) + 2, end, rest
        elif " ".join(syls[:at]).lower() in _COUNTRY_SET or not is_vietnamese_syllable(syls[at - 1]):
            yield start, end, syls
        else:
            yield start, head, syls[:at]
            yield head + 1, end, syls[at:]

# Titles, ranks and offices, lower case; a role starts with one of these.
_TITLE_WORDS = sorted(
    _words(
        """
    phó thủ tướng|thủ tướng|tổng bí thư|phó bí thư|bí thư|phó chủ tịch|chủ tịch|phó chủ nhiệm|chủ nhiệm
    |phó tổng thư ký|tổng thư ký|thư ký|phó trưởng ban|trưởng ban|phó trưởng|trưởng|bộ trưởng|thứ trưởng
    |quận ủy viên|huyện ủy viên|tỉnh ủy viên|thành ủy viên|thị ủy viên|đảng ủy viên|ủy viên
    |tổng giám đốc|phó giám đốc|giám đốc|phó tổng cục trưởng|tổng cục trưởng|cục trưởng|vụ trưởng|viện trưởng
    |hiệu trưởng|chánh văn phòng|chánh thanh tra|chánh án|phó chánh|chánh|phó|chính ủy|chỉ huy trưởng
    |đại tướng|nữ tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|đại úy
    |đại sứ|tổng lãnh sự|lãnh sự|đại biểu quốc hội|đại biểu hđnd|đại biểu|kiểm sát viên|thẩm phán
    |phụ trách|trưởng phòng|bí thư chi bộ|trưởng thôn|trưởng bản|trưởng ấp|trưởng khu phố|tổ trưởng
    |chủ tọa|người phát ngôn|phát ngôn viên|cử tri|tổng thống|phó tổng thống|ngoại trưởng|trợ lý|phó trợ lý
    |đặc phái viên|tổng biên tập|phó tổng biên tập|thủ trưởng|chủ nhiệm ủy ban|xã trưởng|thôn trưởng
    |thị trưởng|thống đốc|hạ nghị sĩ|thượng nghị sĩ|nghị sĩ|hạ nghị sỹ|thượng nghị sỹ|nghị sỹ|cố vấn|hoàng thân
    |hoàng tử|nữ hoàng|quốc vương|thống tướng|tham mưu trưởng|chỉ huy|tư lệnh|ceo|đồng chủ tịch|huấn luyện viên|hlv|pct|pgđ|tgđ
    |thượng tọa|hòa thượng|đại đức|ni sư|đb|đbqh|tổng thanh tra|phó tổng thanh tra
    |cao ủy|lãnh tụ|hoàng hậu|công chúa|thái tử
    |thành viên hđqt|thành viên hội đồng quản trị|thành viên hội đồng thành viên|trưởng đại diện|phó trưởng đại diện
    |nguyên|tân|quyền|cố|cựu|nữ
    """,
        "|",
    ),
    key=len,
    reverse=True,
)


def trie_regex(words) -> str:
    """One regex alternation factored by common prefixes (much faster than a flat list); longest wins."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


TITLE_RE = re.compile(r"(?<!\w)(?:" + trie_regex(_TITLE_WORDS) + r")(?!\w)")
MODIFIERS = frozenset(("nguyên", "tân", "quyền", "cố", "cựu", "nữ"))  # "nữ phát ngôn viên"


class NameCandidate(NamedTuple):
    start: int
    end: int
    name: str
    surname: bool  # starts with a known surname
    foreign: bool = False  # a syllable no Vietnamese word has ("Trump"), or a country just before it


# One Vietnamese syllable, tone marks aside: initial consonants, a vowel group, a final consonant.
# "Donald", "Sergey", "Jae-in", "Taro" are none; "Tập Cận Bình" (a Chinese name read in Vietnamese) are.
_VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnptk])?"  # final k: "Đắk", "Lắk"
)


# The vowel groups of Vietnamese rhymes, tone marks aside; those ending in a vowel glide take no final
# consonant ("aung", "suu", "kyi" of "Aung San Suu Kyi" are none).
_OPEN_NUCLEI = frozenset(
    "a ă â e ê i o ô ơ u ư y iê yê oa oă oe uâ uê uô ươ uơ uy uyê ia ua ưa oo".split()
)
_CLOSED_NUCLEI = frozenset(
    "ai ao au âu ay ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu".split()
)
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_PARTS = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ng|nh|ch|[cmnptk])?")


@lru_cache(maxsize=65536)
def _vn_part(part: str) -> bool:
    if not _VN_SYLLABLE.fullmatch(part):
        return False
    m = _PARTS.fullmatch(unicodedata.normalize("NFC", unicodedata.normalize("NFD", part).translate(_TONES)))
    if not m:
        return False
    initial, nucleus, final = m.groups()
    if initial == "gi" and not nucleus:
        return True
    if nucleus in _CLOSED_NUCLEI:
        return not final
    return nucleus in _OPEN_NUCLEI or (initial in ("gi", "qu") and nucleus[1:] in _OPEN_NUCLEI | _CLOSED_NUCLEI)


def is_vietnamese_syllable(syllable: str) -> bool:
    """True for a syllable Vietnamese spelling allows ("Nguyễn", "Cận", "Rịa-Vũng"); False for "Donald",
    "Jae-in", "Aung", "Suu" (a hyphen joins syllables in place names, and in foreign names)."""
    return all(_vn_part(part) for part in syllable.lower().split("-"))


# Countries, regions and bodies written just before a foreign name: "Tổng thống Mỹ Donald Trump",
# "phát ngôn viên Bộ Ngoại giao Trung Quốc Cảnh Sảng". Lower case, longest first.
_COUNTRIES = sorted(
    _words(
        """
    mỹ|hoa kỳ|nga|tq|anh|pháp|đức|nhật|nhật bản|trung quốc|hàn quốc|triều tiên|bắc triều tiên|israel|italy|ý
    |ấn độ|lào|campuchia|thái lan|myanmar|malaysia|indonesia|philippines|philippine|singapore|úc|australia|canada|bỉ
    |iran|iraq|syria|thổ nhĩ kỳ|qatar|ukraine|việt nam|kazakhstan|new zealand|colombia|uruguay|cuba|brazil
    |mexico|peru|chile|argentina|venezuela|tây ban nha|bồ đào nha|hà lan|thụy sĩ|thụy điển|na uy|đan mạch
    |phần lan|ba lan|séc|hungary|áo|hy lạp|ai cập|saudi arabia|ả-rập xê-út|uae|jordan|libya|nam phi|nigeria
    |kenya|ethiopia|mông cổ|brunei|đài loan|hồng kông|pakistan|bangladesh|sri lanka|nepal|afghanistan
    |belarus|palestine|liban|eu|nato|asean|liên hợp quốc|lhq|nhà trắng|vatican|cộng hòa séc|timor leste
    |đông timor|triều|iceland|ireland|scotland|bahrain|kuwait|oman|yemen|sudan|algeria|maroc
    |lầu năm góc|điện kremlin|kremlin|london|paris|washington|moskva|bắc kinh|tokyo|seoul|bangkok|berlin
    |brussels|bogota|new york|geneva|jakarta|manila|kiev|vienna|cu ba|cuba
    |trung hoa|czech|slovakia|romania|bulgaria|serbia|croatia|slovenia|estonia|latvia|litva|lithuania|moldova
    |gruzia|armenia|azerbaijan|uzbekistan|turkmenistan|kyrgyzstan|tajikistan|mozambique|angola|tanzania|ghana
    |senegal|cameroon|tunisia|fiji|papua new guinea|bhutan|maldives|panama|ecuador|bolivia|paraguay|nicaragua
    |guatemala|honduras|luxembourg|malta|lebanon|zimbabwe|uganda|rwanda|congo|madagascar|namibia|botswana
    |zambia|somalia|mauritius|samoa|tonga|vanuatu|liên xô
    |ả rập xê út|ả rập saudi|ả-rập saudi|monaco
    |italia|haiti|jamaica|síp|cyprus|el salvador|costa rica|dominica|cộng hòa dominica|bahamas|barbados
    |guyana|suriname|belize|mali|niger|sierra leone|liberia|gabon|togo|benin|burkina faso|eritrea|djibouti
    |malawi|lesotho|kosovo|montenegro|bosnia|albania|macedonia|andorra|liechtenstein|san marino|kiribati|palau
    |nauru|tuvalu|micronesia|grenada|guinea|burundi|nam sudan|mauritania|cape verde|seychelles|ma cao|macau
    |mi-an-ma|xin-ga-po|ma-lai-xi-a|in-đô-nê-xi-a|phi-li-pin|cam-pu-chia|bru-nây|hung-ga-ri|xéc-bi-a|bun-ga-ri
    |ru-ma-ni|xlô-va-ki-a|ác-hen-ti-na|bra-xin|mê-hi-cô|ca-na-đa|ô-xtrây-li-a|niu di-lân|cô-oét|a-rập xê-út
    |ả-rập xê-út|i-ran|i-rắc|xy-ri|u-crai-na|bê-la-rút|ca-dắc-xtan|i-ta-li-a|pa-le-xtin|i-xra-en|an-giê-ri
    |ăng-gô-la|mô-dăm-bích|chi-lê|pê-ru|vê-nê-xu-ê-la|cô-lôm-bi-a|ni-ca-ra-goa|pa-na-ma|ai-len|mô-ri-ta-ni
    |xu-đăng|ê-ti-ô-pi-a|ni-giê-ri-a|băng-la-đét|pa-ki-xtan|xri lan-ca|nê-pan|u-dơ-bê-ki-xtan|a-déc-bai-gian
    """,
        "|",
    ),
    key=len,
    reverse=True,
)
_COUNTRY_SET = frozenset(_COUNTRIES)
_CONTINENT_AFTER_CHAU = frozenset(("Âu", "Á", "Phi", "Mỹ", "Úc"))


def _strip_country(syls: list[str], before: str) -> int:
    """How many leading syllables name a country or region ("Nhật Bản Shinzo Abe" → 2), 0 if none.

    Only before a name of two syllables or more that starts with no surname: "Đức Anh", "Mỹ Linh" are
    Vietnamese given names, and "Singapore Lý Hiển Long" is split at its surname anyway."""
    if syls and syls[0] in _CONTINENT_AFTER_CHAU and before.lower().endswith("châu "):
        return 1 if len(syls) >= 3 and not is_surname(syls[1]) else 0
    if len(syls) >= 4 and syls[0] == "Châu" and syls[1] in _CONTINENT_AFTER_CHAU and not is_surname(syls[2]):
        # "Chủ tịch Nghị viện Châu Âu Antonio Tajani": the continent written with a capital, then a foreign name
        return 2 if not all(map(is_vietnamese_syllable, syls[2:])) else 0
    for k in (3, 2, 1):
        if len(syls) > k and " ".join(syls[:k]).lower() in _COUNTRY_SET and not is_surname(syls[k]):
            if len(syls) >= k + 2 or not is_vietnamese_syllable(syls[k]):  # "Ngoại trưởng Nga Lavrov"
                return k
    return 0


def _inner_country(syls: list[str]) -> int:
    """How many syllables up to and including a country inside a capitalised run come before a foreign name:
    "Bộ Công Thương Lào Khemmani Pholsena" → 4. Only before two syllables or more, one of which no Vietnamese
    word has (so "Bộ Ngoại giao Trung Quốc Cảnh Sảng" is left to the other rules)."""
    for i in range(1, len(syls) - 2):
        for k in (3, 2, 1):
            rest = syls[i + k :]
            if (
                len(rest) >= 2
                and " ".join(syls[i : i + k]).lower() in _COUNTRY_SET
                and not is_surname(rest[0])
                and not all(is_vietnamese_syllable(x) for x in rest)
            ):
                return i + k
    return 0


def title_at(lower: str, pos: int) -> int:
    """Length of the title keyword starting at ``pos`` of lower-cased text (0 if none).

    The modifiers "nguyên", "tân", "quyền", "cố", "cựu" count only before another title.
    """
    m = TITLE_RE.match(lower, pos)
    if not m:
        return 0
    word = m.group(0)
    if word in MODIFIERS:
        rest = title_at(lower, m.end() + 1) if lower[m.end() : m.end() + 1] == " " else 0
        return m.end() + 1 + rest - pos if rest else 0
    return m.end() - pos


def is_surname(syllable: str) -> bool:
    """True for a known surname or name prefix ("Nguyễn", "Điểu", "Y", "H'Hen")."""
    return syllable in SURNAMES or syllable[:2] in ("H'", "K'")


# Places whose two syllables are also a given name: "Nguyễn Thái Bình", "Nguyễn Kim Sơn", "Lê Hoàng Mai"
_GIVEN_LIKE_PLACES = frozenset(("thái bình", "kim sơn", "hoàng mai", "mai sơn", "giang nam", "hà trung", "lâm hà"))
# Common Kinh surnames: after one of them such a place is a given name ("Y Thái Bình" is a university)
_KINH = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Đào Mai Cao Tạ Phùng".split()
)


def _is_place(syllables: list[str]) -> bool:
    """A known place, or a name that starts or ends with one ("Hà Nội …", "… Y Hà Nội"), unless a Kinh surname
    starts three syllables or more ("Nguyễn Kim Sơn")."""
    low = [x.lower() for x in syllables]
    if len(low) >= 3 and syllables[0] in _KINH and " ".join(low[-2:]) in _GIVEN_LIKE_PLACES:
        return any(" ".join(part) in _PLACES for part in (low[:2], low[:3]))
    return any(" ".join(part) in _PLACES for part in (low, low[:2], low[:3], low[-2:], low[-3:]))


@lru_cache(maxsize=65536)
def _run_names(run: str, tails: str) -> tuple[tuple[int, int, str, bool, bool], ...]:
    """(start, end, name, surname, foreign) inside one run of capitalised syllables; offsets relative to
    the run.

    ``tails`` is the text just after the run (it decides whether "Sáng" starts a sentence)."""
    return tuple(
        (c.start, c.end, c.name, c.surname, _looks_foreign(c.name, c.surname))
        for c in _split_run(run + tails, 0, run.split(" "))
        if not _is_place(c.name.split(" "))
    )


_TRANSCRIBED = re.compile(rf"-[{LOWER}]")


def _looks_foreign(name: str, surname: bool) -> bool:
    """A syllable no Vietnamese word has ("Trump"), or, without a surname, a name transcribed the Vietnamese way,
    syllables joined by hyphens ("Mác-tin Chun-gông"; places so written join capitals: "Bà Rịa-Vũng Tàu")."""
    return not all(is_vietnamese_syllable(s) for s in name.split(" ")) or (
        not surname and " " in name and bool(_TRANSCRIBED.search(name))
    )


# "Đồng Văn Tự", "Leo Thị Lịch", "Chẩu Văn Lâm": a surname no list holds, known by the middle name "Văn" or
# "Thị" after it and a given name after that; not a word that starts a place or a thing ("Siêu Thị …", "Nhà Văn
# Hóa", "Khuê Văn Các", "Đảo Thị Tứ") nor one of those words after "Văn" ("Sở Văn Hóa", "Theo Văn Phòng")
_NOT_SURNAME = frozenset(_words("Siêu Đô Thành Đảo Kênh Kinh Âm Thị Nhà Làng Thôn Khuê Nhân Ngữ Tát Trí Quan Sở Trưng"))
_NOT_GIVEN = frozenset(_words("Hóa Hoá Phòng Học Miếu Các Kiện Bản Hiến Nghệ Thư Giai Thù Trấn Xã Tứ"))


def _marked_surname(syls: list[str], i: int) -> bool:
    """Is ``syls[i]`` an unlisted surname, "Văn" or "Thị" and a given name after it? ("Phó Đức Phương": the
    surname "Phó" before "Đức", no title: no title starts so)"""
    if syls[i] == "Phó" and i + 2 < len(syls) and syls[i + 1] == "Đức" and syls[i + 2] not in _CUT:
        return True
    return (
        i + 2 < len(syls)
        and syls[i + 1] in ("Văn", "Thị")
        and syls[i] not in _NOT_SURNAME
        and syls[i] not in _CUT
        and syls[i] not in _STARTERS
        and syls[i] not in _ORG_FIRST
        and syls[i + 2] not in _NOT_GIVEN
        and syls[i + 2] not in _CUT
        and is_vietnamese_syllable(syls[i])
    )


def _split_run(text: str, start: int, syls: list[str]) -> Iterator[NameCandidate]:
    """Name candidates inside one run of capitalised syllables."""
    offsets = []
    pos = start
    for s in syls:
        offsets.append(pos)
        pos += len(s) + 1
    i, n, found = 0, len(syls), False
    while i < n:
        if not is_surname(syls[i]) and not _marked_surname(syls, i):
            i += 1
            continue
        for k in (3, 2):  # skip places such as "Hồ Chí Minh", "Hà Nội" at the head of a run
            if i + k <= n and " ".join(syls[i : i + k]).lower() in _PLACES:
                break
        else:
            k = 1 if i and f"{syls[i - 1]} {syls[i]}".lower() in _PLACES else 0  # "An Giang", "Sơn La"
        if k:
            i += k
            continue
        if i + 1 < n and is_surname(syls[i + 1]) and (syls[i] == "Đoàn" or (i > 0 and n - i - 1 >= 3)):
            i += 1  # "Bí thư T.Ư Đoàn Bùi Quang Huy", "xã Hòa Thạch Đỗ Văn Dương": the name starts later
        j = i + 1
        while j < n and j - i < 5 and syls[j] not in _CUT and syls[j] not in _MID_HONORIFICS and syls[j] != syls[i]:
            j += 1
        if j - i < 2 and j < n and syls[j] in _CUT and j + 1 < n and syls[j + 1] not in _CUT:
            j = min(n, i + 3)  # "Lê Bộ Lĩnh": a cut syllable inside a short name
        elif j - i == 2 and j + 1 == n and syls[i + 1] in ("Văn", "Thị") and syls[j] in _CUT:
            j = n  # "Nguyễn Văn Hội", "Trần Văn Thượng": "Nguyễn Văn" is never a whole name
        elif j - i == 2 and j + 1 == n and syls[j] in _GIVEN_CUT and text.startswith(_NAME_END, pos - 1):
            j = n  # "ông Bùi Viết Hội, Bí thư …", "Phan Cẩm Thượng (…)": a given name ends the run, no title
        elif j - i == 1 and j + 1 == n and syls[j] == "Ban" and text.startswith((", ", " ("), pos - 1):
            j = n  # "ông Hà Ban, Phó trưởng ban …": "Ban" ending a run of two before a comma is a given name
        after_last = text[offsets[j - 1] + len(syls[j - 1]) :] if j else ""
        if j - i >= 3 and not (j - i == 3 and syls[i + 1] in ("Văn", "Thị")) and (  # "Ngô Văn Dự", "Trần Thị Ảnh"
            syls[j - 1] in _STARTERS
            or (syls[j - 1] in _TIME_STARTERS and re.match(r" (?:\d|nay|qua|mai)", after_last))
            or (
                syls[j - 1] in _PHRASE_STARTERS
                and re.match(rf" (?:{'|'.join(_PHRASE_STARTERS[syls[j - 1]])})(?!\w)", after_last)
            )
        ):
            j -= 1
        if j - i >= 2:
            found = True
            yield NameCandidate(offsets[i], offsets[j - 1] + len(syls[j - 1]), " ".join(syls[i:j]), True)
            i = j
        else:
            i += 1
    if not found and not is_surname(syls[0]):  # foreign names run up to six syllables (Lao names)
        j = next((x for x in range(1, n) if syls[x] in _STARTERS or syls[x] in _CUT), n)
        if 2 <= j <= 6 and not any(s in _CUT for s in syls[:j]):
            yield NameCandidate(start, offsets[j - 1] + len(syls[j - 1]), " ".join(syls[:j]), False)


_FRIENDSHIP = re.compile(r"hữu nghị $", re.IGNORECASE)


def _friendship_pair(syls: list[str], before: str) -> bool:
    """Two places joined by a dash after "Hữu nghị": a friendship group's name ("Hữu nghị Fukuoka-Việt Nam")."""
    return "-" in " ".join(syls) and bool(_FRIENDSHIP.search(before))


def _countries_only(syls: list[str]) -> bool:
    """Are the words only countries joined by dashes ("Việt Nam-Cuba", "Việt Nam - Nhật Bản")?"""
    parts = [p.strip().lower() for p in " ".join(syls).split("-")]
    return len(parts) > 1 and all(p in _COUNTRY_SET for p in parts)


_COUNTRY_LAST_WORDS = frozenset(c.rsplit(" ", 1)[-1] for c in _COUNTRY_SET)


def _branch(name: str) -> bool:
    """Does a name without a surname end in a country of two syllables or more ("Huawei Việt Nam", "Samsung
    Hàn Quốc")? One syllable is left alone: "Michael Jordan", and "Úc", "Nga", "Anh" are given names too."""
    low = name.lower()
    if low[low.rfind(" ") + 1 :] not in _COUNTRY_LAST_WORDS:
        return False  # most names: their last word ends no country (a set look-up, no joins)
    words = low.split(" ")
    return any(len(words) > k and " ".join(words[-k:]) in _COUNTRY_SET for k in (3, 2))


_LOST_STOP = re.compile(rf" (?:[{LOWER}]|\d)")
_VN_MARKS = frozenset("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵđăâêôơư")


def _without_sentence_start(c: NameCandidate) -> NameCandidate | None:
    """A foreign name without the first word of a sentence whose full stop was lost: "Công chúa Mako Sự việc
    …" → None (one word is no name), "… Maria Olympia Vào năm 2014" → "Maria Olympia" (the last syllable is
    Vietnamese, written with its marks, a lower-case word follows, and the name before it is not)."""
    words = c.name.split(" ")
    last = words[-1]
    if (
        words[-2] != "Đệ"  # "Elizabeth Đệ Nhị": an ordinal
        and not _VN_MARKS.isdisjoint(last.lower())
        and is_vietnamese_syllable(last)
        and not all(is_vietnamese_syllable(w) for w in words[:-1])
    ):
        name = " ".join(words[:-1])
        return c._replace(end=c.start + len(name), name=name) if len(words) > 2 else None
    return c


_ADMIN_BEFORE = re.compile(r"(?<!\w)(?:xã|phường|huyện|quận|thị trấn|thị xã|thôn|ấp|bản|tỉnh) $", re.IGNORECASE)


def _place_ahead(syls: list[str], before: str) -> int:
    """How many syllables name the commune, ward or district (written after its noun) that a full name follows
    in one run: "xã Châu Lộc Nguyễn Duy Hưng" → 2, "quận Đống Đa Nguyễn Song Hào" → 2; 0 if none. Only before
    a common surname with two syllables or more after it, in a run of five or more ("phường Nguyễn Thái Bình",
    "xã Nguyễn Thị Mai Hoa" stay whole)."""
    if len(syls) < 5 or not _ADMIN_BEFORE.search(before):
        return 0
    return next((k for k in range(2, len(syls) - 2) if syls[k] in _KINH), 0)


def name_candidates(text: str) -> list[NameCandidate]:
    """Possible names in ``text`` (not yet checked against context), in order.

    Candidates with ``surname=False`` are whole runs of 2–5 capitals without a known surname (foreign
    or minority names); callers should accept them only after a trigger such as "ông", "đồng chí".
    """
    out: list[NameCandidate] = []
    for start, run_end, syls in _runs(text):
        if len(syls) < 2:
            continue
        if syls[0] == "Bà" and syls[1] in _BA_PLACES:  # a place, not "bà" and a name
            drop = 3 if syls[1] == "Rịa-Vũng" else 2
            start += sum(len(s) + 1 for s in syls[:drop])
            syls = syls[drop:]
        # "Ông Huỳnh Tấn Vinh": the honorific is not the name; "Đồng Văn Tự" is a surname's
        while syls and syls[0] in _HONORIFICS and not (syls[0] == "Đồng" and _marked_surname(syls, 0)):
            start += len(syls[0]) + 1
            syls = syls[1:]
        while (  # "Theo Ari Fleischer" (not "Từ Minh Thảo": "Từ" is a surname too)
            len(syls) > 2
            and syls[0] in _LEADERS
            and not is_surname(syls[1])
            and not all(map(is_vietnamese_syllable, syls[1:]))
        ):
            start += len(syls[0]) + 1
            syls = syls[1:]
        if syls[:3] == ["Hồ", "Chí", "Minh"] and _PRESIDENT.search(text, max(0, start - 10), start):
            out.append(NameCandidate(start, start + 11, "Hồ Chí Minh", True))  # the person, not the city
            continue
        place = _place_ahead(syls, text[max(0, start - 12) : start])
        if place:  # "Chủ tịch UBND xã Châu Lộc Nguyễn Duy Hưng": the commune, then the person
            start += sum(len(s) + 1 for s in syls[:place])
            syls = syls[place:]
        country = _strip_country(syls, text[max(0, start - 6) : start]) or _inner_country(syls)
        if country and _marked_surname(syls, country - 1):
            country = 0  # "Nga Thị Hà": a surname, no country
        if country:  # "Tổng thống Mỹ Donald Trump": the name starts after the country
            start += sum(len(s) + 1 for s in syls[:country])
            syls = syls[country:]
            while syls and (syls[0] in _HONORIFICS or (len(syls) > 2 and syls[0] in _TITLE_LEADERS)):
                start += len(syls[0]) + 1  # "Campuchia Samdech Hun Sen", "Singapore Dr Ng Eng Hen"
                syls = syls[1:]
        if len(syls) < 2 or _countries_only(syls) or _friendship_pair(syls, text[max(0, start - 9) : start]):
            continue  # "Nhóm Nghị sĩ Hữu nghị Việt Nam-Cuba", "… Hữu nghị Fukuoka-Việt Nam": places, no person
        tail = text[run_end : run_end + 4]
        if syls[-1] in _PHRASE_STARTERS:  # "… Vũ Đức Đam Quang cảnh …": the next word decides
            tail = text[run_end : run_end + 12]
        elif (syls[-1] in _GIVEN_CUT or syls[-1] == "Ban") and tail.startswith(_NAME_END):  # "… Bùi Viết Hội, …"
            tail = tail[:2]
        elif not (tail[1:2].isdigit() or tail[1:4] in ("nay", "qua", "mai")):
            tail = ""
        for rs, rend, name, surname, foreign in _run_names(" ".join(syls), tail):
            cand = NameCandidate(start + rs, start + rend, name, surname, foreign or bool(country))
            if surname and cand.name.startswith(("Tập Đoàn", "Thích Ca")):
                continue  # "Tập Đoàn Vàng bạc …": a company in capitals; "Thích Ca Mâu Ni", the Buddha
            if not surname and _branch(cand.name):
                continue  # "Huawei Việt Nam", "Samsung Hàn Quốc": a company's branch in a country
            if not surname and cand.end == run_end and _LOST_STOP.match(text, cand.end):
                cand = _without_sentence_start(cand)
                if cand is None:
                    continue
            before = text[max(0, cand.start - 24) : cand.start].lower()
            if not country and _place_before(before, cand.name.count(" ") == 1):
                continue  # "đường Trần Phú", "huyện Kim Bôi"
            if cand.name.lower() in _COUNTRY_SET or (not surname and cand.name.split(" ")[0] in _ORG_FIRST):
                continue  # "Bộ trưởng Thương mại New Zealand", "Chủ tịch Quỹ Harbinger"
            if cand.name.startswith("Đoàn ") and (
                _ORG.match((cand.name + text[cand.end : cand.end + 16]).lower())
                or cand.name[5:].lower() in _PROVINCES
            ):
                continue
            out.append(cand)
    out.sort(key=lambda c: c.start)
    return out


def looks_like_name(text: str) -> bool:
    """True for "Nguyễn Tiến Sữ", "Điểu Xuân Hùng"; False for "Ban Thường vụ", "Hà Nội", "Sữ"."""
    text = text.strip()
    m = _RUN.fullmatch(text)
    if not m:
        return False
    syls = text.split(" ")
    if not 2 <= len(syls) <= 5 or not is_surname(syls[0]) or _is_place(syls):
        return False
    return sum(s in _CUT for s in syls[1:]) <= (1 if len(syls) >= 3 else 0)


def split_name_role(text: str) -> tuple[str, str]:
    """Split "Nguyễn Tiến Sữ – Phó Bí thư …" or "Phó Chủ tịch UBND huyện Nguyễn Văn A" into (name, role).

    Returns ("", text) when no name is found.
    """
    text = " ".join(text.split())
    cands = [c for c in name_candidates(text) if c.surname]
    if not cands:
        return "", text.strip()
    c = cands[0]
    after = text[c.end :].strip(" ,;:–-")
    before = text[: c.start].strip(" ,;:–-")
    if before and title_at(before.lower(), 0):
        role = before + (", " + after if after and title_at(after.lower(), 0) else "")
    else:
        role = after
    return c.name, role
