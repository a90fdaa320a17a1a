"""Title line, display title in sentence case, and the summary."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..vietnamese import fold_normalized as fold
from ..vietnamese.names import UPPER

_SENTENCE_END = re.compile(rf"(?<=[.!?…])\s+(?=[{UPPER}\"'(\d–-])")
_ROMAN = re.compile(r"^[IVXLC]+$")
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnptk])?$"
)
# Proper nouns of party and state bodies in their usual sentence-case spelling.
_PROPER = [
    "Ban Chấp hành Trung ương",
    "Ban Chấp hành",
    "Ban Thường vụ",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Khối Dân vận",
    "Ban Dân vận",
    "Ban Tuyên giáo",
    "Ban Tổ chức",
    "Ban Nội chính",
    "Ủy ban Kiểm tra",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Đoàn Thanh niên",
    "Hội Cựu chiến binh",
    "Hội Nông dân",
    "Liên đoàn Lao động",
    "Hội Chữ thập đỏ",
    "Hội đồng nhân dân",
    "Ủy ban nhân dân",
    "Quốc hội",
    "Chính phủ",
    "Đảng ủy",
    "Đảng bộ",
    "Quận ủy",
    "Huyện ủy",
    "Tỉnh ủy",
    "Thành ủy",
    "Thị ủy",
    "Trung ương",
    "Đảng",
    "Việt Nam",
    "Hồ Chí Minh",
    "Hà Nội",
    "Nhân dân",
    "Quân đội nhân dân",
    "Công an nhân dân",
]
_PROPER_RX = re.compile(
    "|".join(rf"(?<!\w){re.escape(p.lower())}(?!\w)" for p in sorted(_PROPER, key=len, reverse=True))
)
_PROPER_MAP = {p.lower(): p for p in _PROPER}
_ADMIN = re.compile(r"(?<!\w)(huyện|tỉnh|xã|phường|quận|thị trấn|thị xã|thành phố|tp\.?)\s+((?:\w+\s?){1,2})")
_NOT_PLACE_WORD = frozenset(
    [
        "năm",
        "lần",
        "thứ",
        "nhiệm",
        "kỳ",
        "khóa",
        "tổ",
        "chức",
        "và",
        "về",
        "của",
        "tại",
        "với",
        "hội",
        "nghị",
        "đại",
        "họp",
        "giao",
        "ban",
        "sơ",
        "tổng",
        "kết",
        "công",
        "tác",
        "quý",
        "tháng",
        "trong",
        "đã",
        "triển",
        "khai",
        "thực",
        "hiện",
        "đến",
    ]
)


def is_all_caps(text: str) -> bool:
    """At least three letters and no lower-case one."""
    return text == text.upper() and sum(c.isalpha() for c in text[:40]) >= 3


def looks_like_title(line: str) -> bool:
    """Short, and all caps or without a final full stop."""
    line = line.strip()
    if len(line) > 250 or len(line.split()) < 2:
        return False
    if is_all_caps(line):
        return True
    return (
        (line[0].isupper() or line[0].isdigit())
        and not line.endswith((".", "!", "?", ":", "…", ";", ","))
        and ". " not in line
    )


def first_sentence(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    sent = _SENTENCE_END.split(text, 1)[0]
    if len(sent) <= limit:
        return sent
    cut = sent.rfind(" ", 0, limit - 1)
    return sent[: cut if cut > 0 else limit - 1].rstrip(" ,;:") + "…"


_SOURCE_HEADER = re.compile(r"^\s*#\s*[A-Za-z_][\w.-]*\s*[=:]")


def drop_source_headers(lines: list[str]) -> list[str]:
    """Without the "# doc_id = news_travel_096", "# url = …" lines some corpora open files with
    (CoNLL-style metadata, not the report): they became titles."""
    i = 0
    while i < len(lines) and (not lines[i].strip() or _SOURCE_HEADER.match(lines[i])):
        i += 1
    return lines[i:] if any(_SOURCE_HEADER.match(line) for line in lines[:i]) else lines


def choose_title(lines: list[str], hint: str | None) -> tuple[str, list[str]]:
    """(title, remaining lines). The first line is the title when it looks like one; with a container
    hint it must be all caps or repeat the hint, otherwise the hint is the title and the line stays."""
    idx = next((i for i, x in enumerate(lines) if x.strip()), None)
    hint = " ".join(hint.split()) if hint else ""
    if idx is None:
        return hint, lines
    first = " ".join(lines[idx].split())
    more = any(x.strip() for x in lines[idx + 1 :])
    if hint:
        ff, fh = fold(first[: len(hint) + 40]).strip(" ."), fold(hint).strip(" .")
        if ff == fh or (len(ff) > 20 and (fh.startswith(ff) or ff.startswith(fh))):
            return first, lines[idx + 1 :]
        if more and is_all_caps(first) and looks_like_title(first):
            return first, lines[idx + 1 :]
        return hint, lines
    if more and looks_like_title(first):
        return first, lines[idx + 1 :]
    return first_sentence("\n".join(lines[idx : idx + 3])[:2000]), lines


def _case_word(word: str) -> str:
    core = word.strip("\"'()[]{},.;:!?…–-")
    if not core:
        return word.lower()
    if (
        _ROMAN.match(core)
        or any(c.isdigit() for c in core)
        or "/" in core
        or "." in core.strip(".")
        or "&" in core
    ):
        return word
    if "-" in core:
        return "-".join(_case_word(p) for p in word.split("-"))
    if len(core) > 1 and not _SYLLABLE.match(core.lower()):
        return word  # an abbreviation: UBND, HĐND, MTTQ, TW, COVID
    return word.lower()


def display_title(title: str, proper_nouns: Iterable[str] = ()) -> str:
    """Sentence case for an ALL-CAPS title, keeping abbreviations, roman numerals, codes and the proper
    nouns of party and state bodies (plus ``proper_nouns``, e.g. the persons found).

    Titles that are not all caps are returned unchanged."""
    if not is_all_caps(title):
        return title
    text = " ".join(_case_word(w) for w in title.split())
    extra = {p.lower(): p for p in proper_nouns if p}
    text = _PROPER_RX.sub(lambda m: _PROPER_MAP[m.group(0)], text)
    for low, proper in extra.items():
        text = re.sub(rf"(?<!\w){re.escape(low)}(?!\w)", proper, text)

    def _place(m: re.Match) -> str:
        words = m.group(2).split()
        out = []
        for w in words:
            if w in _NOT_PLACE_WORD or not w.isalpha():
                break
            out.append(w[:1].upper() + w[1:])
        rest = m.group(2)[len(" ".join(out)) :] if out else m.group(2)
        return m.group(1) + " " + " ".join(out) + rest if out else m.group(0)

    text = _ADMIN.sub(_place, text)
    return text[:1].upper() + text[1:]


def summary(body: str, limit: int = 300) -> str:
    """The first sentence(s) of the body, at most ``limit`` characters."""
    text = " ".join(body[: limit * 2].split())
    if not text:
        return ""
    out = ""
    for m in _SENTENCE_END.finditer(text, 0, limit + 1):
        out = text[: m.start()]
    if len(text) <= limit:
        out = text
    if out:
        return out
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > 0 else limit - 1].rstrip(" ,;:") + "…"
