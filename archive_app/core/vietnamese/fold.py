"""Fold text for matching: no marks, đ → d, lower case. The one fold used everywhere."""
from __future__ import annotations

import unicodedata

from .normalize import normalize


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2000):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        low = base.lower()
        # Only one-to-one replacements keep offsets stable between text and folded text.
        if len(low) == 1 and low != ch:
            table[cp] = low
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    table[ord("đ")] = table[ord("Đ")] = "d"
    table[ord("ð")] = table[ord("Ð")] = "d"
    table[ord("ı")] = "i"       # Turkish dotless i: "ALTINTOP" typed in capitals must find "Altıntop"
    for cp, value in list(table.items()):      # one pass of translate must reach the final form
        while value and len(value) == 1 and ord(value) in table and table[ord(value)] != value:
            value = table[ord(value)]
        table[cp] = value
    for cp in range(0x0300, 0x0370):           # stray combining marks vanish
        table[cp] = None  # type: ignore[assignment]
    return table


_FOLD = _build_table()
# The same table as a list indexed by code point (None: dropped; past its end, characters stay as
# they are, as with the dict): str.translate looks a list up twice as fast as a dict (a result
# snippet folds its whole text: 3,153 of them, 431 → 230 ms).
_FOLD_LIST: list[str | None] = [chr(cp) for cp in range(max(_FOLD) + 1)]
for _cp, _value in _FOLD.items():
    _FOLD_LIST[_cp] = _value


def lower(text: str) -> str:
    """``str.lower`` that keeps one character one character: Python lowers "İ" (U+0130, Turkish
    capital dotted I) to "i" + a combining dot, which splits the word it is in ("İzmir" → "i", "zmir")."""
    return text.replace("İ", "i").lower() if "İ" in text else text.lower()


LONG_TEXT = 1024         # characters from which a text is folded as an array (see _folded_array)
_DROPPED = 0xFFFFFFFF    # (a code point's entry in the array table when folding drops it)
_array_table = None


def fold_normalized(text: str) -> str:
    """Fold text that is already normalized; same length as the input when it holds no stray marks."""
    if len(text) >= LONG_TEXT:
        folded = _folded_array(text)
        if folded is not None:
            return folded
    return text.translate(_FOLD_LIST).lower()


def _folded_array(text: str) -> str | None:
    """``text.translate(_FOLD_LIST).lower()`` with the code points looked up as one numpy array:
    ``str.translate`` takes ~20 ns a character, this ~5, and a query's snippets fold up to ten texts
    of 20,000 characters (a quoted phrase's 10 snippets at 30,000 reports: 1.2 ms of folding before).
    None where the table drops a character (a stray mark: the text gets shorter) or the text cannot
    be encoded (a lone surrogate): ``translate`` does those."""
    import numpy as np

    global _array_table
    if _array_table is None:
        table = np.arange(0x10000, dtype=np.uint32)       # the whole first plane: as is, but what _FOLD maps
        table[np.fromiter(_FOLD, dtype=np.int64, count=len(_FOLD))] = np.fromiter(
            (_DROPPED if v is None else ord(v) for v in _FOLD.values()), dtype=np.uint32, count=len(_FOLD))
        _array_table = table
    try:
        points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    except UnicodeEncodeError:
        return None
    if int(points.max()) < 0x10000:
        folded = _array_table[points]
    else:
        folded = np.where(points < 0x10000, _array_table[points & 0xFFFF], points)
    if int(folded.max()) == _DROPPED:
        return None
    return folded.tobytes().decode("utf-32-le").lower()


_syllables: dict[str, str] = {}


def fold_syllable(syllable: str) -> str:
    """``fold_normalized`` of one syllable, remembered: a text repeats the same few hundred syllables,
    and ``str.translate`` with a large table costs microseconds per call however short the string."""
    folded = _syllables.get(syllable)
    if folded is None:
        folded = fold_normalized(syllable)
        if len(_syllables) < 500_000:
            _syllables[syllable] = folded
    return folded


def fold(text: str) -> str:
    """Normalize, strip every mark, map đ/Đ to d and lower-case."""
    return fold_normalized(normalize(text))


def has_marks(text: str) -> bool:
    """True when ``text`` carries any Vietnamese diacritic (so folding changes it beyond case)."""
    return fold_normalized(text) != lower(text)


def _variant_classes() -> dict[str, str]:
    spellings: dict[str, set[str]] = {}
    for cp, value in _FOLD.items():
        if value and len(value) == 1:
            spellings.setdefault(value, {value}).add(chr(cp))
    return {k: "[" + "".join(sorted(v)).replace("\\", "\\\\").replace("]", "\\]").replace("^", "\\^")
               .replace("-", "\\-").replace("[", "\\[") + "]" for k, v in spellings.items()}


_VARIANTS = _variant_classes()


def spellings_pattern(folded: str) -> str:
    """A regular expression matching every spelling of text whose fold is ``folded`` ("dan" → any
    of dan, dân, dận, đan …), character by character as ``fold_normalized`` folds."""
    import re

    return "".join(_VARIANTS.get(ch, re.escape(ch)) for ch in folded)
