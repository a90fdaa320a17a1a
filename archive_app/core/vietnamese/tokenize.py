"""Split text into syllables (letters and digits) with their offsets.

No stop words, no minimum length, no stemming: every Vietnamese syllable counts. Codes and dates
such as ``43-CT/TU`` or ``14/10/2021`` become runs of adjacent syllables (43 ct tu), so they are
found as phrases through the syllable-bigram field.
"""
from __future__ import annotations

import re
from typing import Iterator

from .fold import fold_normalized, lower
from .normalize import normalize

SYLLABLE = re.compile(r"[^\W_]+")
SEPARATOR = r"[\W_]+"


def syllables(normalized_text: str) -> list[str]:
    """Lower-cased syllables of already-normalized text."""
    return SYLLABLE.findall(lower(normalized_text))


def tokenize(text: str) -> list[str]:
    """Syllables of ``text`` after normalization, lower-cased (diacritics kept)."""
    return syllables(normalize(text))


def folded_tokens(text: str) -> list[str]:
    """Syllables of ``text``, folded."""
    return SYLLABLE.findall(fold_normalized(normalize(text)))


def spans(normalized_text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, syllable) for each syllable of normalized text."""
    for m in SYLLABLE.finditer(normalized_text):
        yield m.start(), m.end(), m.group(0)


def bigrams(tokens: list[str]) -> list[str]:
    """Adjacent syllable pairs joined by ``_`` (``dân_vận``)."""
    return [f"{a}_{b}" for a, b in zip(tokens, tokens[1:])]
