"""Vietnamese alphabetical order: a ă â b c d đ e ê … y, then tones (none, huyền, hỏi, ngã, sắc, nặng)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .normalize import normalize

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONE_ORDER = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_QUALITY = {"\u0302", "\u0306", "\u031b"}


@lru_cache(maxsize=4096)          # a few hundred distinct characters make up nearly every title
def _letter(ch: str) -> tuple[int, int]:
    """(letter rank, tone rank) of one lower-case character."""
    parts = unicodedata.normalize("NFD", ch)
    base = parts[0]
    quality = "".join(m for m in parts[1:] if m in _QUALITY)
    tone = next((m for m in parts[1:] if m in _TONE_ORDER), "")
    letter = unicodedata.normalize("NFC", base + quality)
    if letter in _ORDER:
        return _ORDER[letter] + 1, _TONE_ORDER[tone]
    if ch.isdigit():
        return 0, int(ch) if ch.isascii() else 0
    if ch.isspace():
        return -1, 0          # word by word, as dictionaries sort: "ba vấn đề" before "bàn giao"
    return 100 + ord(letter[0]), _TONE_ORDER.get(tone, 0)


def collation_key(text: str) -> tuple:
    """Sort key in Vietnamese order: letters first, tones only to break ties, case last."""
    text = normalize(text)
    low = text.lower()
    letters = tuple(_letter(ch) for ch in low)
    return (tuple(r for r, _ in letters), tuple(t for _, t in letters), text)


def name_collation_key(full_name: str) -> tuple:
    """Vietnamese people are sorted by given name (the last syllable), then the rest in order."""
    parts = normalize(full_name).split()
    if not parts:
        return collation_key("")
    return (collation_key(parts[-1]), collation_key(" ".join(parts[:-1])))


def collation_bytes(text: str | None) -> bytes:
    """``collation_key`` as bytes that compare (memcmp) in the same order, for SQLite's ORDER BY:
    each rank in 3 bytes, plus two (above the end mark 0: a shorter run sorts first, as with tuples),
    then the text."""
    letters, tones, normal = collation_key(text or "")
    out = bytearray()
    for ranks in (letters, tones):
        for r in ranks:
            out += (r + 2).to_bytes(3, "big")
        out += b"\0\0\0"
    return bytes(out + normal.encode("utf-8"))
