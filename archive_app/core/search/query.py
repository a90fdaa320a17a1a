"""Parse what a user typed into words and phrases. Never raises: bad syntax falls back to plain words."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..vietnamese import SYLLABLE, fold_normalized, normalize

_QUOTED = re.compile(r'"([^"]*)"')
_CODE = re.compile(r"(?<![^\W_])[^\W_]++(?:[-/.][^\W_]++)+")   # possessive, word starts only: linear


@dataclass(frozen=True)
class Phrase:
    """Syllables that must stand next to each other, in order."""
    exact: tuple[str, ...]
    folded: tuple[str, ...]

    @property
    def marked(self) -> bool:
        return self.exact != self.folded


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[Phrase, ...]      # one-syllable phrases: each must occur (AND)
    phrases: tuple[Phrase, ...]    # quoted phrases and codes such as 43-CT/TU

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases

    def all_folded(self) -> list[str]:
        return [s for p in self.words + self.phrases for s in p.folded]

    def sequence(self) -> list[Phrase]:
        return list(self.words) + list(self.phrases)


def _phrase(text: str) -> Phrase | None:
    exact = tuple(SYLLABLE.findall(text.lower()))
    if not exact:
        return None
    return Phrase(exact, tuple(fold_normalized(s) for s in exact))


def parse_query(raw: str) -> ParsedQuery:
    """Quoted text is a phrase; codes (43-CT/TU, 14/10/2021) are phrases; everything else is words."""
    text = normalize(raw or "")
    phrases: list[Phrase] = []
    words: list[Phrase] = []
    if text.count('"') % 2:                # unbalanced quote: plain words
        text = text.replace('"', " ")
    for m in _QUOTED.finditer(text):
        p = _phrase(m.group(1))
        if p:
            (phrases if len(p.exact) > 1 else words).append(p)
    rest = _QUOTED.sub(" ", text)
    for chunk in rest.split():
        for code in _CODE.findall(chunk):
            p = _phrase(code)
            if p:
                (phrases if len(p.exact) > 1 else words).append(p)
        for syl in SYLLABLE.findall(_CODE.sub(" ", chunk).lower()):
            words.append(Phrase((syl,), (fold_normalized(syl),)))
    return ParsedQuery(tuple(words), tuple(phrases))
