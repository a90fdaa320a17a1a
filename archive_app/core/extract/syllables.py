"""How Vietnamese a piece of text looks: the share of its words that are valid Vietnamese syllables.

Used to choose between candidate decodings of legacy bytes (cp1258, TCVN3, VNI, cp1252): the right
decoding gives real syllables ("Việt", "người"), the wrong ones give mojibake ("ViÖt", "Hµ", "néi").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
# Vowel groups (without tone) that may stand before a final consonant, and those that end a syllable.
_NUCLEI_CLOSED = "a ă â e ê i o ô ơ u ư y iê yê uô ươ oa oă oe uâ uê uy uyê oo ôô".split()
_RHYMES_OPEN = (
    "a ai ao au ay âu ây e eo ê êu i ia iu iêu o oi oa oai oao oay oe oeo ô ôi ơ ơi u ua uây ui uê "
    "uy uya uyu uơ uôi ư ưa ưi ưu ươi ươu y yêu"
).split()
_CODAS = "c ch m n ng nh p t".split()


def _alternation(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE = re.compile(
    rf"{_ONSET}(?:(?:{_alternation(_NUCLEI_CLOSED)})(?:{_alternation(_CODAS)})|(?:{_alternation(_RHYMES_OPEN)}))"
)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32768)
def is_syllable(word: str) -> bool:
    """True if ``word`` (any case, NFC or not) spells one Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str) -> tuple[float, int]:
    """Return (share of valid syllables among the words holding non-ASCII letters, that word count).

    Stray symbols glued to letters (µ ¸ © ¨ …, typical of a wrong legacy decoding) count as bad words.
    """
    text = unicodedata.normalize("NFC", text)
    good = bad = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if is_syllable(word):
            good += 1
        else:
            bad += 1
    bad += sum(1 for ch in text if _is_odd_symbol(ch))
    total = good + bad
    return (good / total if total else 0.0), good


def _is_odd_symbol(ch: str) -> bool:
    """Symbols that legacy mojibake produces but real Vietnamese prose hardly ever uses."""
    if ch.isascii() or ch in "\u00a0“”‘’–—…•°×":
        return False
    category = unicodedata.category(ch)
    return category[0] in "SC" or category in ("Mn", "Lm", "Lo", "Pd") or ch in "¡¢£¤¥¦¨ª¬¯²³´µ¶¸¹º¼½¾¿"
