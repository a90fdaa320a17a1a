"""Snippets and highlight spans, found with the same fold as the index ("dan van" marks "dân vận")."""
from __future__ import annotations

import re
from itertools import takewhile

from ..vietnamese import SYLLABLE, fold_normalized, fold_syllable

MAX_STARTS = 300            # windows tried (the first matches of a very long text are enough)
SCAN_CHARS = 20_000         # a snippet is looked for in the first this many characters of a long text
_GAP = re.compile(r"[ \t]*|[ \t]*[-/.][ \t]*")


def match_spans(text: str, folded_terms: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of every syllable of ``text`` whose fold is one of ``folded_terms``."""
    if not folded_terms:
        return []
    folded = fold_normalized(text)
    if len(folded) != len(text):       # a character folded to another length: go syllable by syllable
        return [(m.start(), m.end()) for m in SYLLABLE.finditer(text)
                if fold_syllable(m.group(0)) in folded_terms]
    words = "|".join(re.escape(t) for t in sorted(folded_terms, key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<![^\W_])(?:{words})(?![^\W_])", folded)]


def merge_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join matches separated only by spaces, so "dân vận" is one highlight."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and _GAP.fullmatch(text, merged[-1][1], a):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def snippet(text: str, query_folded: list[str], width: int = 240, exact: set[str] | None = None) -> str:
    """A window of ``text`` around the best group of matches, matches wrapped in [ ].

    Windows are ranked by distinct query syllables, then by query pairs found side by side, then by
    syllables matched with the exact diacritics typed (``exact``).
    """
    terms = set(query_folded)
    spans = match_spans(text[:SCAN_CHARS], terms) if len(text) > SCAN_CHARS else []
    if spans and spans[-1][1] >= SCAN_CHARS - 1:     # a match cut at the edge: not a whole syllable
        spans.pop()
    if not spans:                                     # (folding a 500 kB text costs ~100 ms)
        spans = match_spans(text, terms)
    if not spans:
        return _clip(text, 0, width)
    pairs = set(zip(query_folded, query_folded[1:]))
    if len(spans) > MAX_STARTS:        # windows start at the first MAX_STARTS matches: later ones can't count
        last = spans[MAX_STARTS - 1][0] + width
        spans = list(takewhile(lambda s: s[1] <= last, spans))
    words = [(a, b, fold_syllable(text[a:b]), text[a:b].lower()) for a, b in spans]
    best_start, best_score = spans[0][0], (-1,)
    for i, (start, _, _, _) in enumerate(words[:MAX_STARTS]):
        window = list(takewhile(lambda w, end=start + width: w[1] <= end, words[i:]))
        adjacent = sum(1 for x, y in zip(window, window[1:])
                       if (x[2], y[2]) in pairs and not SYLLABLE.search(text, x[1], y[0]))
        exact_hits = sum(1 for w in window if exact and w[3] in exact)
        score = (len({w[2] for w in window}), adjacent, exact_hits, len(window))
        if score > best_score:
            best_start, best_score = start, score
    lo = _word_start(text, max(0, best_start - width // 4))
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for a, b in merge_spans(text, [s for s in spans if s[0] >= lo and s[1] <= hi]):
        out.append(text[pos:a])
        out.append(f"[{text[a:b]}]")
        pos = b
    out.append(text[pos:hi])
    body = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def _word_start(text: str, pos: int) -> int:
    while 0 < pos < len(text) and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _clip(text: str, lo: int, width: int) -> str:
    body = " ".join(text[lo:lo + width].split())
    return body + ("…" if len(text) > lo + width else "")
