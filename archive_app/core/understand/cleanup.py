"""Web boilerplate: whole lines of web furniture, and credits, captions and links inside paragraphs.

Conservative: only whole lines/paragraphs that are boilerplate are dropped, never report sentences; inside a
paragraph only a credit, caption or link whose end can be seen is cut. The author line is ``author_line``'s.
"""

from __future__ import annotations

import re

from ..vietnamese.names import LOWER, UPPER, is_vietnamese_syllable

# Words that start a sentence or a title: they end a photographer's name in "Ảnh: VGP/Quang Hiếu Đây là …".
_NOT_CREDIT = frozenset(
    """Đây Đó Theo Tại Trong Sau Khi Với Các Những Một Ông Bà Thủ Tổng Chủ Phó Bộ Trước Ngày Sáng Chiều Tối
    Hôm Hiện Nhiều Quang Toàn Lãnh Đại Người Thông Cùng Về Từ Năm Tháng Ngoài Việc Hai Ba Để Do Như""".split()
)

_EXACT = frozenset(
    """
trả lời|bình luận|chia sẻ|tin liên quan|xem thêm|in bài viết|in bài|in|gửi bình luận|viết bình luận
|để lại bình luận|ý kiến bạn đọc|bình luận của bạn|tin cùng chuyên mục|bài viết liên quan|các tin khác
|tin khác|tin mới|tin mới nhất|đọc thêm|chia sẻ bài viết|lên đầu trang|về đầu trang|quay lại|trở về
|facebook|twitter|zalo|email|print|share|like|tweet|gửi|hủy|hủy trả lời|đăng nhập để bình luận|bản in
|tags|từ khóa|trang chủ|theo dõi|bài liên quan|gửi bài viết|lưu bài viết|cỡ chữ|in trang|gửi email
""".replace("\n", "").split("|")
)
_NOTE = re.compile(r"(?:\(\*\)\s*)?tên (?:các )?nhân vật (?:trong bài )?đã (?:được )?thay đổi")
_PREFIX = re.compile(
    r"(?:email của bạn sẽ không được hiển thị|các trường bắt buộc được đánh dấu|lượt xem|số lượt xem|lượt đọc"
    r"|ngày đăng|cập nhật lúc|cập nhật:|đăng lúc|tags?:|từ khóa:|chia sẻ:|bạn đang xem|bình luận \(\d+\)"
    r"|\(\d+\) bình luận|trang chủ\s*[>»/|]|bạn cần đăng nhập)"
)
_SECTION = frozenset(
    [
        "tin liên quan",
        "bài viết liên quan",
        "tin cùng chuyên mục",
        "các tin khác",
        "tin khác",
        "xem thêm",
        "đọc thêm",
        "bài liên quan",
        "tin mới",
        "tin mới nhất",
    ]
)
_BREADCRUMB = re.compile(r"^[^.!?]{1,80}(?:\s[>»]\s[^.!?]{1,60})+$")


def _key(line: str) -> str:
    return line.strip().strip(" :.*-–|").lower()


# "* Mọi ý kiến đóng góp … gửi về hộp thư: …@….vn": a call for readers' mail at the foot of a page
_MAIL_FOOTER = re.compile(r"(?:mọi ý kiến|ý kiến đóng góp|độc giả|bạn đọc|mời bạn đọc)[^@]{0,200}@\S+\.\w+")


def is_boilerplate(line: str) -> bool:
    """True for a whole line of web furniture ("Trả lời", "Email của bạn sẽ không …", "Lượt xem: 12")."""
    if len(line) > 300:
        return False
    key = _key(line)
    if not key:
        return True
    return (
        key in _EXACT
        or bool(_PREFIX.match(key))
        or bool(_BREADCRUMB.match(line.strip()))
        or ("@" in key and bool(_MAIL_FOOTER.match(key)))
        or bool(_NOTE.match(key))  # "* Tên nhân vật đã được thay đổi"
    )


def strip_boilerplate(lines: list[str]) -> list[str]:
    """Drop boilerplate lines at both ends (blank lines count as nothing) and a trailing "Tin liên quan …"."""
    total = sum(len(x) for x in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if i and seen > 0.4 * total and _key(line) in _SECTION:
            lines = lines[:i]
            break
        seen += len(line)
    end = len(lines)
    while end and is_boilerplate(lines[end - 1]):
        end -= 1
    start = 0
    dropped = 0
    while start < end - 1 and dropped < 5 and is_boilerplate(lines[start]):
        dropped += bool(lines[start].strip())
        start += 1
    return lines[start:end]


# Furniture inside a paragraph of a news page: links to other articles in brackets, photo credits and
# captions in parentheses, a bare "Ảnh: AFP/TTXVN" between the caption and the next sentence.
_LINKED_TITLE = re.compile(rf"\s*\[[{UPPER}\"'“][^\[\]\n]{{6,200}}\]")
_CREDIT_PARENS = re.compile(
    r"\s*\((?:(?:ảnh|nguồn)\s*[:;][^()\n]{0,300}"  # "(Ảnh: <a caption of any length>)", "(Nguồn; Getty)"
    r"|(?:trong ảnh|ảnh minh họa|ảnh minh hoạ|ảnh|nguồn|video)(?=[\s:,.)])[^()\n]{0,80}"
    r"|(?:đứng |ngồi |ngoài cùng |hàng \w+ )?(?:bên )?(?:trái|phải|giữa)(?: ảnh)?"  # a caption's "(phải)"
    r"|thứ \w+ từ (?:trái|phải)(?: sang| qua)?(?: trái| phải)?"  # "(thứ ba từ phải qua)"
    r"|(?:người (?:cầm|đứng|ngồi|mặc|đeo)|áo|mặc|đeo|cầm)\s[^()\n]{1,30})\)",  # "(người cầm micro)", "(áo trắng)"
    re.IGNORECASE,
)
# "Ảnh: …", "ảnh: …", "ẢNH: …", "Nguồn ảnh: …" and, after a sentence, "Ảnh Ngọc Anh." / "Ảnh Internet." without a colon
class _CreditHeads:
    """Finds credit heads; the words come first in the pattern so that the scan skips to them (a
    look-behind first would be tried at every position of every paragraph)."""

    _RX = re.compile(
        rf"(Ảnh minh họa|Ảnh minh hoạ|Ảnh|ảnh|ẢNH(?=\s*:)|Nguồn ảnh|Nguồn|Biểu đồ|Đồ họa)"
        rf"(\s*:\s*|\s*;\s*(?=[{UPPER}])|\s+(?=[{UPPER}]))"
    )

    def search(self, line: str, pos: int = 0) -> re.Match | None:
        for m in self._RX.finditer(line, pos):
            before = line[m.start() - 1 : m.start()]
            after_sentence = line[max(0, m.start() - 2) : m.start()][:1] in ".!?…" and before == " "
            if ";" in m.group(2):  # "… đền Bạch Mã. Ảnh; Huy Thư.": a colon mistyped
                ok = m.group(1) == "Ảnh" and (after_sentence or m.start() == 0)
            elif ":" not in m.group(2):
                # "… cầu Trắng. Ảnh Ngọc Anh."; at a paragraph's start only a source in "Ảnh Internet Theo …"
                ok = m.group(1) == "Ảnh" and (after_sentence or (m.start() == 0 and _INTERNET.match(line, m.end())))
            elif m.group(1) == "ảnh":
                ok = after_sentence  # not "Tin, ảnh: …" nor "Tin - ảnh: …", an author line
            else:
                ok = not before or not (before.isalnum() or before in "_(")
            if ok:
                return m
        return None


_INTERNET = re.compile(r"[Ii]nternet(?!\w)")
_CREDIT_HEAD = _CreditHeads()
# a capitalised word or code, or a web address ("lamdongtv.vn", "vi.wikipedia.org")
_CREDIT_TOKEN = re.compile(
    rf"[{UPPER}0-9][^\s,;:()]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{{2,}}(?!\w|\.\w)\.?"  # "news.com.au." ends it
    # sources written in lower case: "Ảnh: internet", "Ảnh: chụp màn hình", "Nguồn: sưu tầm"
    r"|(?:internet|sưu tầm|reuters|facebook|youtube|(?:chụp|cắt)(?: từ)? (?:màn hình|clip|video))(?![\w/])\.?"
)
# "Ảnh: Chụp từ màn hình.": the same sources in sentence case, a whole credit when its full stop or the line's end
# follows ("Ảnh: Chụp màn hình Daily Mail" goes on to the outlet)
_CAPITAL_SOURCE = re.compile(r"(?:Chụp|Cắt)(?: từ)? (?:màn hình|clip|video)(?:\.|\s*$)")
# "Ảnh: báo Dân trí", "Ảnh: báo Chính Phủ": the outlet after "báo"
_OUTLET_HEAD = re.compile(r"báo\s+(?=\S)")
_ACRONYM = re.compile(rf"^[{UPPER}0-9.&+]+\.?$")
_AGENCIES = frozenset(
    ("Reuters", "Facebook", "Internet", "Getty", "Images", "Xinhua", "Kyodo", "Yonhap", "Sputnik", "TASS", "Finviz")
)
# "Ảnh: thanhnien Chỉ …", "Nguồn ảnh: interstella.": a web site or an account as the whole source, in lower case
# without marks (no Vietnamese word is written so and stands alone before a full stop or the next sentence)
_WEB_HANDLE = re.compile(rf"[a-z][a-z0-9_]{{2,40}}(?:\.(?=\s|$)|(?=\s+[{UPPER}0-9\"“]|\s*$))")
_DASHED_AGENCY = re.compile(rf"\s+[-–]\s+[{UPPER}0-9.&+]{{2,}}(?![\w])")
_TRAILING_LINK = re.compile(r"\s*(?:Xem thêm|Xem video|Mời xem video)\s*:?\s*>*\s*$", re.IGNORECASE)  # "Xem thêm: >>>"


# Outlets whose names are written in sentence case, so they do not look like names ("Dân trí").
_OUTLETS = frozenset(
    ("dân trí", "tuổi trẻ", "thanh niên", "người lao động", "tiền phong", "lao động", "tin tức", "nhân dân")
)


def _capitals_name(token: str, text: str, end: int) -> bool:
    """Is ``token`` the first syllable of a name printed in capitals ("ẢNH: HỒNG ĐÀO"), not an agency?"""
    nxt = _CREDIT_TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(
        nxt
        and all(w.isupper() and is_vietnamese_syllable(w) for w in (token, nxt.group(0)))
        and any(not w.isascii() for w in (token, nxt.group(0)))
    )


def _credit_end(text: str, pos: int) -> int:
    """Where a photo credit starting at ``pos`` ends: "AFP/TTXVN", "VGP/Quang Hiếu", "An Đăng/TTXVN",
    "Reuters.", "Phương Hoa - TTXVN"; at most four words, never a word of the next sentence that is no
    part of a name."""
    handle = _WEB_HANDLE.match(text, pos) or _CAPITAL_SOURCE.match(text, pos)
    if handle:
        return handle.end()
    end, words = pos, 0
    outlet = _OUTLET_HEAD.match(text, pos)
    if outlet:
        end = outlet.end()
        named = next((o for o in _OUTLETS if text[end : end + len(o)].lower() == o), None)
        if named:
            return end + len(named)
        if not _CREDIT_TOKEN.match(text, end):
            return pos
    while words < 4:
        m = _CREDIT_TOKEN.match(text, end)
        if not m:
            break
        token = m.group(0)
        end, words = m.end(), words + 1
        agency = _DASHED_AGENCY.match(text, end)
        if agency:
            return agency.end()  # "Phương Hoa - TTXVN"
        if token.endswith(".") or (words == 1 and token[:1].islower() and " " in token):
            return end  # "Ảnh: Reuters." — the full stop ends it; "Ảnh: cắt từ clip" is whole
        if "/" in token:
            tail = token.rsplit("/", 1)[1]
            nxt = _CREDIT_TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
            if tail and not _ACRONYM.match(tail) and nxt and nxt.group(0) not in _NOT_CREDIT:
                return nxt.end()  # "VGP/Quang Hiếu": the photographer's given name
            return end
        if _ACRONYM.match(token) or token in _AGENCIES:
            if not re.match(r"\s*[/-]", text[end:]) and not _capitals_name(token, text, end):
                return end
        if text[end : end + 1] != " ":
            return end
        if text.startswith("báo ", end + 1) and _CREDIT_TOKEN.match(text, end + 5):
            end += 5  # "Thời báo Kinh tế": an outlet's name …
            tail = re.match(rf"[{UPPER}][{LOWER}]* [{LOWER}]+\.(?!\w)", text[end : end + 30])
            if tail:
                return end + tail.end()  # … "Kinh tế." to its full stop
            continue
        nxt = _CREDIT_TOKEN.match(text, end + 1)
        if not nxt or (nxt.group(0) in _NOT_CREDIT and "/" not in nxt.group(0)) or _opens_sentence(text, nxt):
            if words == 1 and _LOWER_AFTER.match(text, end) and not _SOURCE_CHAIN.match(text, end):
                # "Kiến thức", "Quốc phòng Việt Nam"; when its end cannot be seen, no cut
                return _sentence_case_end(text, end) or pos
            return end
        end += 1
    return end


# "… Navy Recognition Tàu hộ vệ …", "Nguồn ảnh: Zing Xe được bọc giáp": a capitalised Vietnamese word that a
# lower-case word or a quote follows opens the next sentence (a caption), it is no part of the credit
_OPENER_AFTER = re.compile(rf" [{LOWER}\"“']")
_LOWER_AFTER = re.compile(rf" [{LOWER}]")
_SOURCE_CHAIN = re.compile(r" (?:theo|nguồn)(?!\w)")  # "Nguồn: Telegraph theo Trí Thức Trẻ": the outlet after
_LOWER_RUN = re.compile(rf"(?: [{LOWER}]+){{1,2}}(?!\w|\.\w)")  # a word, not a web address's part
_CAPITAL_WORD = re.compile(rf" [{UPPER}][{LOWER}]*(?!\w|\.\w)")


def _opens_sentence(text: str, token: re.Match) -> bool:
    word = token.group(0)
    return (
        word[:1].isupper()
        and not word[1:2].isupper()
        and is_vietnamese_syllable(word)
        and bool(_OPENER_AFTER.match(text, token.end()))
    )


def _sentence_case_end(text: str, end: int) -> int | None:
    """The end of a source in sentence case after its first word ("Ảnh: Kiến thức Liên quan …", "Nguồn ảnh: Quốc
    phòng Việt Nam Xe được …"): one or two lower-case words, capitalised ones, then the next sentence's opening
    word, a stop or the line's end; None when no such end is seen ("Ảnh: Minh họa cho thấy …")."""
    run = _LOWER_RUN.match(text, end)
    if not run:
        return None
    end = run.end()
    for _ in range(3):
        word = _CAPITAL_WORD.match(text, end)
        if not word or word.group(0)[1:] in _NOT_CREDIT or _OPENER_AFTER.match(text, word.end()):
            break
        end = word.end()
    rest = text[end : end + 2]
    word = _CAPITAL_WORD.match(text, end)
    if rest[:1] == ".":
        return end + 1  # the credit's own full stop, as in "Ảnh: Reuters."
    if not rest.strip() or rest[0] in ",;)" or (
        word and (word.group(0)[1:] in _NOT_CREDIT or _OPENER_AFTER.match(text, word.end()))
    ):
        return end
    return None


# A link to another article run into a paragraph: ">> Ông Nguyễn Đức Hưởng sắp trở lại LienVietPostBank 15h30: …",
# "… vỉa hè. Video: Xe buýt 'đại náo' vỉa hè để thoát kẹt xe Trả lời VTC News, ông …". Its end is found only
# where the next sentence visibly starts (a time of day, a full stop, a word that opens a sentence after a
# lowercase word); without one nothing is cut.
_RELATED_HEAD = re.compile(r"(?<!xem ngay)(?<!xem ngay )\s*=*>>>?\s*(?=\S)", re.IGNORECASE)  # "Bấm xem ngay >> Q.D"
# A link that opens a paragraph or follows a sentence or another link (not "tỷ lệ 5 >> 3") ends where the page's
# lost line break left two spaces (">> Sốc xem clip … vào đầu trẻ  Cũng tại cuộc họp, …") or the next link starts
# (">> A >> B"); the last one at a line's end runs to it, unless an author's name or initials are glued there
_LINK_OPENS = re.compile(r"(?:^|[.!?…\"”):]\s|\s{2})\s*=*>>>?\s*$")
_LINK_BREAK = re.compile(r"\S(?=\s{2,}\S|\s*=*>>)")
_TRAILING_INITIALS = re.compile(rf"\s[{UPPER}]\.\s?[{UPPER}][\w.]*(?:\s*\([^()]*\))?\s*$")  # "… Malaysia N.Đ"
# "… tại buổi làm việc Nên đọc Vinalines nỗ lực … Sau khi …", "… 2015. Xem video Thủ tướng … thăm Nhật":
# a link to another article or a video; at the end of a paragraph it runs to the end (an author's name
# glued after it stays: "… thăm Nhật Trang Trần")
_READ_HEAD = re.compile(rf"(?<!\w)(?:Nên đọc|Đọc thêm|Xem video)\s+(?=[{UPPER}\"“])")  # "Xem video:" heads a caption
# "… tôn nghiêm. Xem thêm: <title of another article>": a link run into the paragraph; a short rest of the line
# is the author's name glued after an empty "Xem thêm:" ("… Xem thêm: Thanh Bình") and stays
_SEE_MORE_HEAD = re.compile(rf"(?<!\w)Xem thêm\s*:\s*(?=[{UPPER}\"“])(?!.{{0,40}}$)")
# "… vỉa hè. Video: Xe buýt 'đại náo' vỉa hè để thoát kẹt xe Trả lời …", a paragraph "Clip: <headline>": a video's
# headline at the start of a paragraph or after a sentence
_VIDEO_HEAD = re.compile(r"(?:^|(?<=[.!?…\"”] ))(?:Video|VIDEO|Clip|CLIP)\s*:\s*(?=\S)")
_VIDEO_AFTER_SENTENCE = re.compile(r"(?<=[.!?…\"”] )(?:Video|VIDEO|Clip|CLIP)\s*:\s*(?=\S)")
_OPENS = _NOT_CREDIT | {"Trả", "Tuy", "Ngoài", "Chiều", "Sáng", "Trao"}
_CLOCK = re.compile(r"\d{1,2}h\d{0,2}:?$")
_INITIAL = re.compile(rf"\(?[{UPPER}]\.")
# Words that open a sentence: on news.jsonl.gz lines 1-14999 each starts a sentence at least 100 times and is
# capitalised after a lower-case word (in a name, a title, a headline) at most once in ten; nouns that start
# headlines and names ("Xe", "Trận", "Lễ") are left out
_SENTENCE_OPENERS = _OPENS | frozenset(
    """Theo Trong Tuy Sau Ông Các Một Tôi Khi Trước Những Đây Nếu Nhưng Hiện Ngoài Tại Với Có Nhiều Vì Việc Cô Do
    Chúng Bên Đến Để Và Ngay Dù Còn Cũng Về Đó Họ Cụ Được Trên Đặc Sự Như Cùng Kết Mặc Bởi Lúc Mỗi Chị Qua Chiều
    Mới Vào Thậm Cả Nó Tất Vậy Cuối Hơn Hãy Cho Hôm Riêng Tiếp Nói Tính Đáng Khoảng Mọi Nhận Là Nhìn Chưa Rất
    Thấy Thay Lần Gần Dưới Kể Đã Nhờ Chẳng Vừa Phía Bị Phải Ví Quá Thật Giờ Rồi So Trả Đúng Vấn Đừng Nghe Thêm
    Cảm Cứ Hay Hầu Mà Sẽ Giống Tới Ngược Chắc Bây Liệu Rõ Biết Giữa Muốn Hoặc Vài Mấy Giai Mở Ít Vốn Dùng Đang
    Khả Suốt""".split()
)


def _opener_follows(before: str, token: str) -> bool:
    """Does ``token`` open a sentence after the word ``before``? After a lower-case word; "Theo" (a source
    line) also after a comma."""
    return before[-1:].isalpha() and before[-1:].islower() or (token == "Theo" and before.endswith(","))


def _related_end(line: str, pos: int, openers: bool = False) -> int:
    """End of the linked title starting at ``pos``, or ``pos`` when its end cannot be seen. With ``openers``
    a word that opens sentences, capitalised after a lower-case word, starts the next sentence ("… không
    thành tâm Suốt tháng 5, …"; "Video: Hoàng Quý, Theo Trí Thức Trẻ")."""
    words = list(re.finditer(r"\S+", line[pos : pos + 240]))
    for i, w in enumerate(words[:24]):
        token = w.group(0)
        if i >= 2 and (_CLOCK.match(token) or (token in _OPENS and words[i - 1].group(0)[-1:].islower())):
            return pos + words[i - 1].end()
        if openers and i >= 2 and token in _SENTENCE_OPENERS and _opener_follows(words[i - 1].group(0), token):
            return pos + words[i - 1].end()
        if i >= 2 and token[-1:] in ".!?" and not _INITIAL.fullmatch(token):  # not "(clip: H. Nguyen)"
            return pos + w.end()
        if openers and i >= 2 and token.endswith(":") and (
            not line[pos + w.end() :].strip() or line.startswith(" Nguồn", pos + w.end())
        ):
            return pos + w.end()  # "Video: <title>:" before the clip or its source: the title's own colon
    return pos


def _linked_title_end(line: str, pos: int) -> int:
    """End of the linked title after ">>" at ``pos`` (see ``_LINK_OPENS``); elsewhere, or when no end is seen,
    where the next sentence visibly starts (``_related_end``)."""
    end = _related_end(line, pos)
    if not _LINK_OPENS.search(line, 0, pos):
        return pos if ">>>" in line[max(0, pos - 5) : pos] else end  # "Cập nhật >>> (NDH) …": a label, no link
    brk = _LINK_BREAK.search(line, pos, pos + 240)
    if brk and len(line[pos : brk.end()].split()) >= 2:
        return brk.end()
    rest = line[pos:]
    if end > pos or len(rest) > 200 or re.search(r"[.!?]\s", rest):
        return end
    name = _TRAILING_NAME.search(line, pos) or _TRAILING_INITIALS.search(line, pos)
    if name and not line[: name.start()].endswith(","):  # "… tại Công ty Kwong Lung- Meko, Cần Thơ": a place
        return name.start() if len(line[pos : name.start()].split()) >= 2 else pos
    return len(line)


# "… Thanh Hải", "… Kiều Mi - Minh Khang": an author's name (or two) glued to the paragraph's end
_TRAILING_NAME = re.compile(rf"\s(?:[{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+ [-–] )?[{UPPER}][{LOWER}]+ [{UPPER}][{LOWER}]+\s*$")


def _read_end(line: str, pos: int, name_at_end: bool = True) -> int:
    """End of the linked title at ``pos``: where the next sentence visibly starts, else the end of the line
    when it is near (before a trailing two-word name, an author's, unless not ``name_at_end``)."""
    end = _related_end(line, pos, openers=True)
    if end > pos or len(line) - pos > 160 or re.search(r"[.!?]\s", line[pos:]):
        return end
    if not name_at_end:
        return len(line)
    name = _TRAILING_NAME.search(line, pos)
    return name.start() if name and len(line[pos : name.start()].split()) >= 2 else len(line)


def _see_more_end(line: str, pos: int) -> int:
    """End of the linked title after "Xem thêm:": where the next sentence visibly starts, else the end of a
    line that is near; a name at the end is the title's own ("… cánh đồng hoa ở Lào Cai"), no author."""
    return _read_end(line, pos, name_at_end=False)


def _cut_runs(line: str, head: re.Pattern | _CreditHeads, run_end) -> str:
    """``line`` without each ``head`` and the run after it, up to ``run_end(line, pos)``; a head whose run's
    end cannot be seen stays."""
    pos = 0
    while True:
        m = head.search(line, pos)
        if not m:
            return line
        end = run_end(line, m.end())
        if end == m.end():
            pos = m.end()
            continue
        before, rest = line[: m.start()].rstrip(), line[end:].lstrip()
        line = before + (" " if before and rest else "") + rest
        pos = m.start()


# "Trong ảnh: Vải thiều … trưng bày tại hội nghị." run into a paragraph: a caption, to its full stop
_CAPTION_HEAD = re.compile(r"(?<![(\w])Trong ảnh\s*:\s*(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
# "… nhìn từ trên cao. Clip: Hứa Phương": a video's credit, only where it ends the paragraph or a sentence
_CLIP_HEAD = re.compile(r"(?<![\w(])(?:Clip|Video)\s*:\s*(?=\S)")


_CAPTION_CREDIT = re.compile(r"\s*\((?:ảnh|nguồn)\s*:[^()]{1,60}\)|\s+Ảnh\s*:", re.IGNORECASE)


def _caption_end(line: str, pos: int) -> int:
    """The caption ends at its full stop, or at the photo's credit before one ("… hiện trường (Ảnh: CAND) …")."""
    m = _SENTENCE_END.search(line, pos, pos + 300)
    credit = _CAPTION_CREDIT.search(line, pos, m.start() if m else pos + 300)
    if credit:
        return credit.end() if credit.group(0).rstrip().endswith(")") else credit.start()
    return m.end() if m else pos


def _clip_credit_end(line: str, pos: int) -> int:
    end = _credit_end(line, pos)
    rest = line[end:].lstrip()
    return end if end > pos and (not rest or rest[:1] in ".)") else pos


# "… tại lễ đón ở Berlin ngày 31/5. AFP/TTXVN Tuyên bố trên …": a photo's bare credit (an agency or a
# photographer, a slash, a Vietnamese agency) between a caption's full stop and the next sentence; not at the
# end of a paragraph, where "Vũ Dũng/VOV" is the author line
_BARE_CREDIT = re.compile(
    rf"(?<=[.!?…] )(?:[{UPPER}][\w.]*(?: [{UPPER}][\w.]*){{0,2}})/(?:TTXVN|VNA|VOV|VGP|Vietnam\+)(?:/[\w.]+)?"
    rf" (?=[{UPPER}])"
)


# "… lạc bị mốc. Ảnh minh họa Những lưu ý khi ăn lạc …", "Ảnh minh họa. Nguồn: internet 1. Thời điểm …": a bare
# illustration note at the start of a paragraph or after a sentence, before the next sentence or the end
# "… học sinh. Ảnh chụp màn hình Cũng trong sáng nay …": a screenshot said to be one, the same way; "Ảnh minh
# họa, nguồn internet", "Ảnh minh họa/nguồn internet", "Ảnh internet": the illustration's source run into it
_ILLUSTRATION = re.compile(
    rf"(?:^|(?<=[.!?…] )|\s[-–]\s(?=Ảnh minh))(?:[Ảả]nh minh h(?:ọa|oạ)(?:\s*[-–,/]?\s*(?:[Nn]guồn\s*:?\s*)?[Ii]nternet)?"
    rf"|Ảnh [Ii]nternet|Ảnh chụp (?:từ |lại )?(?:màn hình|clip|video))"
    rf"\.?(?:\s*Nguồn\s*:\s*[\w.]+?)?\.?(?:\s+(?=[{UPPER}0-9\"“])|\s*$)"
)


def _keep_space_after_dash(m: re.Match) -> str:
    """ "… vía Thần Tài - Ảnh minh họa Vào lúc …": the caption and the next sentence keep a space between them."""
    return " " if m.group(0)[0].isspace() and m.end() < len(m.string) else ""


def strip_inline_furniture(line: str, headline: bool = False) -> str:
    """``line`` without bracketed links, credits in parentheses, bare photo credits, videos' headlines and a
    trailing "Xem thêm:"; the report's own words stay. A ``headline`` (the title, or the line that may be
    one) keeps a "Clip: …" it opens with: that is the report's own title."""
    if "Trong ảnh" in line:
        line = _cut_runs(line, _CAPTION_HEAD, _caption_end)
    if "[" in line:
        line = _LINKED_TITLE.sub("", line)
    if "(" in line:
        line = _CREDIT_PARENS.sub("", line)
    if "nh minh h" in line or "Ảnh chụp" in line or "Ảnh internet" in line or "Ảnh Internet" in line:
        line = _ILLUSTRATION.sub(_keep_space_after_dash, line)
    if "Ảnh" in line or "ảnh" in line or "ẢNH" in line or "Nguồn" in line or "Biểu đồ" in line or "Đồ họa" in line:
        line = _cut_runs(line, _CREDIT_HEAD, _credit_end)
    if ">>" in line:
        line = _cut_runs(line, _RELATED_HEAD, _linked_title_end)
    if "Nên đọc" in line or "Xem video" in line or "Đọc thêm" in line:
        line = _cut_runs(line, _READ_HEAD, _read_end)
    if "Xem thêm" in line:
        line = _cut_runs(line, _SEE_MORE_HEAD, _see_more_end)
    if "Clip" in line or "Video" in line or "CLIP" in line or "VIDEO" in line:
        line = _cut_runs(line, _VIDEO_AFTER_SENTENCE if headline else _VIDEO_HEAD, _read_end)
        line = _cut_runs(line, _CLIP_HEAD, _clip_credit_end)
    if "/TTXVN" in line or "/V" in line:  # the agencies after the slash: TTXVN, VNA, VOV, VGP, Vietnam+
        line = _BARE_CREDIT.sub("", line)
    return _TRAILING_LINK.sub("", line)
