"""Normalize Vietnamese text: entities, NFC, mark order, one tone placement, dashes, quotes, spaces.

The archive uses the old-style tone placement of most official text (hòa, thủy, khỏe, ủy): every
spelling variant of a word becomes the same string, so search, persons and tags see one form.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Combining marks that change the vowel itself, and the five tone marks.
_QUALITY = {"\u0302": 0, "\u0306": 1, "\u031b": 2}          # circumflex, breve, horn
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
_TONE_ALIASES = {"\u0340": "\u0300", "\u0341": "\u0301", "\u0342": "\u0303"}
_ALL_MARKS = set(_QUALITY) | _TONES
# NFC text still needs its marks sorted when it holds a Vietnamese mark left uncombined (a doubled
# mark, an alias) or a precomposed letter that carries two tones (ṍ ṹ) or an alias (Greek ἆ …): the
# same text typed decomposed (NFD) would otherwise come out different.
_TWO_TONES = "ṌṍṸṹἆἇἎἏἦἧἮἯἶἷἾἿὖὗὟὦὧὮὯᾆᾇᾎᾏᾖᾗᾞᾟᾦᾧᾮᾯᾷῇῗῧῷᾶ῁ῆ῏ῖ῟ῦῶ"
_STRAY_MARK = re.compile("[" + "".join(sorted(_ALL_MARKS | set(_TONE_ALIASES))) + _TWO_TONES + "]")

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_HYPHENS = re.compile(r"[\u2010\u2011]")
_DASHES = re.compile(r"[\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_QUOTE_MAP = ({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u2032": "'", "\u00b4": "'", "\u02bc": "'"})
_QUOTES = re.compile("[" + "".join(_QUOTE_MAP) + "]")
_MULTISPACE = re.compile(r" {2,}")
_SPACE_BEFORE_NL = re.compile(r" +\n|\n +")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")   # controls, lone surrogates (never text)

_VOWELS = set("aăâeêioôơuưy")
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_CODAS = ("ng", "nh", "ch", "c", "m", "n", "p", "t", "")


def _vowel_classes() -> tuple[str, str]:
    vowels, toned = set(), set()
    for v in "aăâeêioôơuưy" + "AĂÂEÊIOÔƠUƯY":
        vowels.add(v)
        for tone in _TONES:
            toned.add(unicodedata.normalize("NFC", v + tone))
    return "".join(sorted(vowels | toned)), "".join(sorted(toned))


_ANY_VOWEL, _TONED_VOWEL = _vowel_classes()
# Only a word with a toned vowel next to another vowel can have its tone in another place.
_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_]*(?:[{_TONED_VOWEL}][{_ANY_VOWEL}]|[{_ANY_VOWEL}][{_TONED_VOWEL}])[^\W\d_]*")
# The same, for text that still holds combining marks after NFC (a mark no letter takes): the marks
# belong to the word, or a second pass would see a different word (normalize must be idempotent).
_MARKED = r"(?:[^\W\d_]|[\u0300-\u036f])"
_WORD_WITH_MARKS = re.compile(rf"(?<![^\W\d_\u0300-\u036f]){_MARKED}*(?:[{_TONED_VOWEL}][{_ANY_VOWEL}]|"
                              rf"[{_ANY_VOWEL}][{_TONED_VOWEL}]){_MARKED}*")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def _reorder_marks(text: str) -> str:
    """Put quality marks before tone marks in each run of combining marks (ẹ + ◌̂ → ệ after NFC)."""
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if ch in _TONE_ALIASES:
            ch = _TONE_ALIASES[ch]
        if unicodedata.combining(ch):
            run.append(ch)
            continue
        if run:
            out.extend(_sorted_marks(run))
            run = []
        out.append(ch)
    if run:
        out.extend(_sorted_marks(run))
    return "".join(out)


def _sorted_marks(run: list[str]) -> list[str]:
    if not _ALL_MARKS.issuperset(run):      # another script's marks (pinyin ǘ, Greek ἂ): their order stands
        return run
    quality = [m for m in run if m in _QUALITY]
    tones = [m for m in run if m in _TONES]
    # One quality mark and one tone per letter: a doubled or second mark is a typing slip.
    return sorted(set(quality), key=_QUALITY.get)[:1] + tones[:1]


@lru_cache(maxsize=65536)
def place_tone(word: str) -> str:
    """Move the tone mark of one Vietnamese syllable to its old-style place (one tone only: a doubled
    one is a typing slip); other words pass through."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONES]
    if not tones:
        return word
    # Two tone marks on one syllable ("dàì", "tạị", "đấú") come from a slipping Telex/VNI keyboard:
    # a syllable carries one tone, so the last one typed stands (never in a word that is not a syllable).
    tone = tones[-1]
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    lower = bare.lower()
    target = _tone_position(lower)
    if target is None:
        return word
    placed = bare[:target + 1] + tone + bare[target + 1:]
    return unicodedata.normalize("NFC", placed)


@lru_cache(maxsize=8192)
def _tone_position(syllable: str) -> int | None:
    """Index of the vowel that carries the tone (old style), or None if not a Vietnamese syllable."""
    onset = next((o for o in _ONSETS if syllable.startswith(o)), "")
    rest = syllable[len(onset):]
    if onset == "gi" and (not rest or rest[0] not in _VOWELS):
        onset, rest = "g", syllable[1:]          # gì, gìn: the i is the vowel
    if onset == "qu" and not rest:
        return None
    coda = ""
    for c in _CODAS:
        if c and rest.endswith(c):
            coda = c
            break
    nucleus = rest[: len(rest) - len(coda)]
    if not nucleus or len(nucleus) > 3 or any(ch not in _VOWELS for ch in nucleus):
        return None
    start = len(onset)
    marked = [i for i, ch in enumerate(nucleus) if ch in "ăâêôơư"]
    if marked:
        return start + marked[-1]               # ươ → ơ; the marked vowel otherwise
    if coda or len(nucleus) == 1:
        return start + len(nucleus) - 1         # hoàng, tuyến … and single vowels
    if len(nucleus) == 3:
        return start + 1                        # ngoài, khuỷu
    return start                                # old style: hòa, thủy, khỏe, mía, múa


def _retone(match: re.Match) -> str:
    word = match.group(0)
    if not word[1:].islower() and not word.isupper():   # glued words ("ủyNăm"): one syllable at a time
        return "".join(place_tone(part) for part in _split_glued(word))
    return place_tone(word)


def _split_glued(word: str) -> list[str]:
    parts, start = [], 0
    for i in range(1, len(word)):
        if word[i].isupper() and word[i - 1].islower():
            parts.append(word[start:i])
            start = i
    parts.append(word[start:])
    return parts


def normalize(text: str) -> str:
    """Return ``text`` in the archive's one canonical form (see module docstring)."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if not unicodedata.is_normalized("NFC", text) or _STRAY_MARK.search(text):
        text = unicodedata.normalize("NFC", _reorder_marks(unicodedata.normalize("NFD", text)))
    text = _HYPHENS.sub("-", text)
    text = _DASHES.sub("–", text)
    text = _QUOTES.sub(lambda m: _QUOTE_MAP[m.group(0)], text)
    text = (_WORD_WITH_MARKS if _COMBINING.search(text) else _WORD).sub(_retone, text)
    text = _MULTISPACE.sub(" ", text)
    text = _SPACE_BEFORE_NL.sub("\n", text)
    return text.strip(" ")
