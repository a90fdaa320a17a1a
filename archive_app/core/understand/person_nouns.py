"""A word for one person, then words that qualify it, before a name: "chuyên gia giao thông Trần Thị B", "nhà báo
lão thành C", "nhà phân tích chính trị Andrei D" (issue 18, sixth round).

The words for a person (a profession or a standing only a person has) take the name right after them elsewhere;
here one or two lower-case words between them and the name qualify the person (a field, an age, a fame). Words
that link the noun to something else (a place, an outlet, a verb's object: "luật sư ở …", "phóng viên tờ …",
"chuyên gia cho rằng …") end the reach, and so does any capital (a body or a country between them).
"""

from __future__ import annotations

import re

from ..vietnamese.names import _COUNTRY_SET, _PROVINCES

_NOUNS = tuple(
    """chuyên gia|nhà báo|nhà thơ|nhà văn|nhà nghiên cứu|nhà khoa học|nhà phân tích|nhà sử học|nhà giáo|giáo sư
    |tiến sĩ|bác sĩ|luật sư|kỹ sư|kiến trúc sư|nghệ sĩ|nhạc sĩ|họa sĩ|họa sỹ|ca sĩ|ca sỹ|diễn viên|đạo diễn
    |nghệ nhân""".replace("\n    ", "").split("|")
)
# Words that tie the noun to something other than the name after it
_LINKS = frozenset(
    """của tại ở như về cho rằng và với là đến từ được bị có tên tờ báo kênh đài quê gốc hóa hát dự trong thuộc
    phía bên các những nhiều đã đang sẽ khi nói cũng thì vai nhân mà này đó ấy kiêm người hãng đội nhóm phim
    bài vở tác phẩm lớp trường viện công ty hạng diện mặc""".split()
)


def _ends_with_word(head: str, words: tuple[str, ...]) -> bool:
    """Does ``head`` end with one of ``words``, a whole word? (``str.endswith``: a regex searched back from the
    name costs more than all the rest of this module.)"""
    if not head.endswith(words):
        return False
    return any(head.endswith(w) and not head[-len(w) - 1 : -len(w)].isalnum() for w in words)


def qualified_noun_before(text: str, lower: str, start: int) -> bool:
    """Does a word for a person, then one or two qualifying lower-case words, end right before ``start``?"""
    if start < 2 or lower[start - 1] != " " or not lower[start - 2].isalpha():
        return False
    words = lower[max(0, start - 48) : start - 1].split(" ")
    for k in (1, 2):
        if len(words) <= k:
            return False
        qualifiers = words[-k:]
        if not all(w.isalpha() for w in qualifiers) or not _LINKS.isdisjoint(qualifiers):
            return False
        if _ends_with_word(" ".join(words[:-k]), _NOUNS):
            between = sum(len(w) + 1 for w in qualifiers)
            # a capital between them: "luật sư Nhà Trắng …" is no qualifier
            return text[start - between : start].islower()
    return False


# Artists, writers and beauty queens go by a given name without a surname ("nghệ sĩ Xuân Hinh", "NSƯT Đăng
# Dương", "Á hậu Thanh Tú", "nhà thơ Bằng Việt"): after these words a name with none, all Vietnamese syllables,
# is a person. Not a pageant ("cuộc thi Hoa hậu Hoàn Vũ", "Hoa hậu Hong Kong 1988", "Hoa hậu Pháp"; "người đẹp"
# is left out, it names contests after places: "Người đẹp Kinh Bắc")
_STAGE_NOUN = re.compile(
    r"(?<!\w)(?:nghệ sĩ(?: nhân dân| ưu tú)?|nghệ sỹ|nsnd|nsưt|ca sĩ|ca sỹ|nhạc sĩ|nhà thơ|nhà văn|á hậu|hoa hậu"
    r"|(?:nam |nữ )?diễn viên|danh hài|nhà báo|họa sĩ|họa sỹ|đạo diễn|nghệ nhân)\s*$"
)
_CONTEST = re.compile(r"(?<!\w)(?:cuộc thi|đêm thi|vòng thi|danh hiệu|ngôi vị|vương miện|giải thưởng)\s*$")
_PAGEANT_AFTER = re.compile(r" (?:\d{4}|thế giới|hoàn vũ|quốc tế)(?!\w)", re.IGNORECASE)
_PAGEANT_WORDS = frozenset(("hoàn vũ", "thế giới", "quốc tế", "trái đất", "hong kong", "đền hùng", "sài gòn"))


def stage_noun_before(text: str, lower: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` (no surname, Vietnamese syllables) an artist's, a writer's or a beauty
    queen's: after such a word, and no pageant's or place's name?"""
    m = _STAGE_NOUN.search(lower, max(0, start - 24), start)
    if not m or _CONTEST.search(lower, max(0, m.start() - 16), m.start()):
        return False
    words = lower[start:end].split(" ")
    heads = {" ".join(words[:k]) for k in (1, 2, 3)}
    if not heads.isdisjoint(_PAGEANT_WORDS) or not heads.isdisjoint(_COUNTRY_SET) or not heads.isdisjoint(_PROVINCES):
        return False  # "Hoa hậu Pháp Hoa hậu …", "Hoa hậu Hòa Bình …"
    return not _PAGEANT_AFTER.match(text, end)
