"""Vietnamese alphabetical order: a ă â b c d đ e ê … y, then tones (none, huyền, hỏi, ngã, sắc, nặng)."""
from __future__ import annotations

import unicodedata

from .normalize import normalize

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONE_ORDER = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_QUALITY = {"\u0302", "\u0306", "\u031b"}


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
