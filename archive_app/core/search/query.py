"""Parse what a user typed into words and phrases. Never raises: bad syntax falls back to plain words.

The diacritic rule is per syllable (DESIGN.md §5, as Recoll's autodiacsens): a syllable typed with
marks matches only that spelling (tone placement, case and NFD/NFC aside: ``normalize`` and ``lower``
take care of those), a syllable typed without marks matches every accent variant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..vietnamese import SYLLABLE, fold_normalized, lower, normalize

_QUOTED = re.compile(r'"([^"]*)"')
_CODE = re.compile(r"(?<![^\W_])[^\W_]++(?:[-/.][^\W_]++)+")   # possessive, word starts only: linear
PREFIX_MARK = "*"        # a highlight term ending in it matches syllables that start with the rest


@dataclass(frozen=True)
class Phrase:
    """Syllables that must stand next to each other, in order."""
    exact: tuple[str, ...]       # normalized, lower case: what a syllable must match (its fold if unmarked)
    folded: tuple[str, ...]

    @property
    def marked(self) -> bool:
        return self.exact != self.folded

    def unmarked(self) -> Phrase:
        return Phrase(self.folded, self.folded)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[Phrase, ...]      # one-syllable phrases: each must occur (AND)
    phrases: tuple[Phrase, ...]    # quoted phrases and codes such as 43-CT/TU
    prefix: Phrase | None = None   # the word still being typed (window only): a syllable prefix

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases and self.prefix is None

    @property
    def marked(self) -> bool:
        """Does any syllable carry marks (so the folded query may find more)?"""
        return any(p.marked for p in self.sequence())

    def folded_query(self) -> ParsedQuery:
        """The same query typed without marks."""
        return ParsedQuery(tuple(p.unmarked() for p in self.words), tuple(p.unmarked() for p in self.phrases),
                           self.prefix.unmarked() if self.prefix else None)

    def all_folded(self) -> list[str]:
        return [s for p in self.sequence() for s in p.folded]

    def sequence(self) -> list[Phrase]:
        return list(self.words) + list(self.phrases) + ([self.prefix] if self.prefix else [])

    def highlight_terms(self) -> frozenset[str]:
        """What to mark in a text, by the matching rule: a folded syllable marks every accent
        variant, a marked one only its spelling, ``x*`` every syllable starting with x (see
        ``snippet.match_spans``). A folded string never equals a marked one, so one set holds all."""
        terms = {s for p in self.words + self.phrases for s in p.exact}
        if self.prefix:
            terms.add(self.prefix.exact[0] + PREFIX_MARK)
        return frozenset(terms)


def _phrase(text: str) -> Phrase | None:
    exact = tuple(SYLLABLE.findall(lower(text)))
    if not exact:
        return None
    return Phrase(exact, tuple(fold_normalized(s) for s in exact))


def parse_query(raw: str, prefix_last: bool = False) -> ParsedQuery:
    """Quoted text is a phrase; codes (43-CT/TU, 14/10/2021) are phrases; everything else is words.

    With ``prefix_last`` (search as you type), a last plain word with no space after it yet is a
    syllable prefix ("hoi ngh" finds "hội nghị"); a single letter is left out until the next one.
    """
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
    chunks = rest.split()
    for n, chunk in enumerate(chunks):
        for code in _CODE.findall(chunk):
            p = _phrase(code)
            if p:
                (phrases if len(p.exact) > 1 else words).append(p)
        for syl in SYLLABLE.findall(lower(_CODE.sub(" ", chunk))):
            words.append(Phrase((syl,), (fold_normalized(syl),)))
    prefix = None
    last = chunks[-1] if chunks else ""
    if (prefix_last and words and raw and not raw[-1].isspace() and not text.endswith('"')
            and SYLLABLE.fullmatch(lower(last)) and words[-1].exact[0] == lower(last)):
        prefix = words.pop()
        if len(prefix.exact[0]) < 2:        # one letter starts hundreds of syllables: wait for the next
            prefix = None
    return ParsedQuery(tuple(words), tuple(phrases), prefix)

