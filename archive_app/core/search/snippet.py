"""Snippets and highlight spans, by the same per-syllable rule as matching (DESIGN.md §5).

Highlight terms come from ``ParsedQuery.highlight_terms``: a syllable typed without marks marks
every accent variant ("dan van" marks "dân vận"), one typed with marks only its spelling ("vận"
never marks "Văn"), and ``x*`` every syllable starting with x (the word still being typed).

A snippet is plain text with the matches wrapped in ``[`` ``]``; the text's own square brackets are
shown as the full-width ``［`` ``］`` so that no reader of the snippet can take them for marks
("[VIDEO]" stays recognisable and is never "[[VIDEO]]").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import takewhile

from ..vietnamese import SYLLABLE, fold_normalized, fold_syllable, lower
from .query import PREFIX_MARK

MAX_STARTS = 300            # windows tried (the first matches of a very long text are enough)
SCAN_CHARS = 20_000         # a snippet is looked for in the first this many characters of a long text
_GAP = re.compile(r"[ \t]*|[ \t]*[-/.][ \t]*")
_OWN_BRACKETS = str.maketrans({"[": "［", "]": "］"})
_JOINERS = {"\u200d", "\u034f"}          # zero-width joiner, combining grapheme joiner


class _Rule:
    """Does a syllable of a text match one of the highlight terms?"""

    def __init__(self, terms):
        whole = [t for t in terms if not t.endswith(PREFIX_MARK)]
        stems = [t[:-1] for t in terms if t.endswith(PREFIX_MARK) and len(t) > 1]
        self.any_spelling = {t for t in whole if fold_syllable(t) == t}
        self.as_spelled = {t for t in whole if fold_syllable(t) != t}
        self.stems_any = tuple(t for t in stems if fold_syllable(t) == t)
        self.stems_spelled = tuple(t for t in stems if fold_syllable(t) != t)
        # What a matching syllable's fold starts with: candidates are looked for in the folded text.
        self.folded_starts = sorted({fold_syllable(t) for t in whole} | {fold_syllable(t) for t in stems},
                                    key=len, reverse=True)
        self.whole_folded = {fold_syllable(t) for t in whole}
        self.candidates = (_candidates(self.whole_folded, {fold_syllable(t) for t in stems})
                           if self.folded_starts else None)

    def __bool__(self) -> bool:
        return bool(self.folded_starts)

    def matches(self, syllable: str) -> bool:
        low = lower(syllable)
        folded = fold_syllable(low)
        return (folded in self.any_spelling or low in self.as_spelled
                or (bool(self.stems_any) and folded.startswith(self.stems_any))
                or (bool(self.stems_spelled) and low.startswith(self.stems_spelled)))


def _rule(terms) -> _Rule:
    """The rule of ``terms``: made once for the ten snippets of a query's hits (~60 µs each)."""
    if isinstance(terms, _Rule):
        return terms
    if isinstance(terms, frozenset):
        return _cached_rule(terms)
    return _Rule(terms)


@lru_cache(maxsize=64)
def _cached_rule(terms: frozenset) -> _Rule:
    return _Rule(terms)


def match_spans(text: str, terms) -> list[tuple[int, int]]:
    """(start, end) of every syllable of ``text`` that one of ``terms`` marks (see module docstring)."""
    rule = _rule(terms)
    if not rule:
        return []
    folded = fold_normalized(text)
    if len(folded) != len(text):       # a character folded to another length: go syllable by syllable
        return [(m.start(), m.end()) for m in SYLLABLE.finditer(text) if rule.matches(m.group(0))]
    patterns = rule.candidates
    if len(patterns) == 1:
        found = [m.span() for m in patterns[0].finditer(folded)]
    else:                          # (a word a whole term and a stem both find counts once)
        found = sorted({m.span() for pattern in patterns for m in pattern.finditer(folded)})
    return [(a, b) for a, b in found if rule.matches(text[a:b])]


def _candidates(whole: set[str], stems: set[str]) -> tuple[re.Pattern, ...]:
    """What finds the words of a folded text that may match (``_Rule.matches`` decides): a pattern
    per term, a whole term's fold as a whole word, a stem's fold starting one. Each starts with the
    term itself and only then looks back for the word start, so that the regular expression engine
    skips, in C, to where the term stands (one pattern for all, or a look-behind first, made it try
    every place: ~40 % of the matching, a quarter of a phrase query's snippet time at 30,000 reports).
    A whole term of letters outside ASCII is looked for as a start too: lower case in context (a
    Greek final sigma) may fold its word otherwise than the text's fold shows it; a letter folding
    to ASCII never does (tests/test_search.py)."""
    return tuple(_term_pattern(t, t.isascii()) for t in sorted(whole)) + tuple(
        _term_pattern(t, False) for t in sorted(stems))


@lru_cache(maxsize=4096)
def _term_pattern(folded: str, whole_word: bool) -> re.Pattern:
    term = re.escape(folded)
    return re.compile(term + rf"(?<![^\W_]{term})" + (r"(?![^\W_])" if whole_word else r"[^\W_]*"))


def merge_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join matches separated only by spaces, so "dân vận" is one highlight."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and _GAP.fullmatch(text, merged[-1][1], a):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def snippet_spans(text: str, terms, query_folded: list[str], width: int = 240,
                  whole: Callable[[], str] | None = None) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the best group of matches: (plain text, highlighted spans in it).

    ``text`` may be the first ``snippet_head(width)`` characters of a longer text that ``whole()``
    reads: it is read only when that beginning holds no match (reading a 500,000-character report
    took 2.7 ms of a query's 12).

    Windows are ranked by distinct query syllables, then by the longest run of typed pairs side by side
    (a phrase whole), then by such pairs, then by matches. The window never cuts a word or a character
    with its marks in two.
    """
    rule = _rule(terms)
    spans = _head_spans(text, rule)
    if not spans:                                     # (folding a 500 kB text costs ~100 ms)
        if whole is not None and len(text) >= snippet_head(width):
            text = whole()
        spans = match_spans(text, rule)
    if not spans:
        return _window(text, 0, width, [])
    pairs = set(zip(query_folded, query_folded[1:]))
    if len(spans) > MAX_STARTS:        # windows start at the first MAX_STARTS matches: later ones can't count
        last = spans[MAX_STARTS - 1][0] + width
        spans = list(takewhile(lambda s: s[1] <= last, spans))
    words = [(a, b, fold_syllable(lower(text[a:b]))) for a, b in spans]
    # Is each match followed, with no syllable between, by the next word of a typed pair? Once per
    # pair of neighbours, not once per window holding it (a common phrase has hundreds of windows).
    side_by_side = [(x[2], y[2]) in pairs and not SYLLABLE.search(text, x[1], y[0]) for x, y in zip(words, words[1:])]
    best_start = _best_window(words, side_by_side, width)
    return _window(text, _word_start(text, max(0, best_start - width // 4)), width, spans)


def _best_window(words: list[tuple[int, int, str]], side_by_side: list[bool], width: int) -> int:
    """Where the best window starts: at one of the first MAX_STARTS matches, the one whose window (the
    matches ending within ``width`` of its start) scores highest, the first of equals. The window
    slides: a match joins when the window's end passes it and leaves when the start does, so its
    distinct syllables are counted once each; the rest of a score is made only for a window with as
    many distinct syllables as the best so far (a common phrase has hundreds of windows)."""
    ends = [b for _, b, _ in words]
    linked = [0]                          # linked[k]: links among the first k neighbour pairs
    for link in side_by_side:
        linked.append(linked[-1] + link)
    held: dict[str, int] = {}             # the window's syllables, how often each
    best_start, best_score = words[0][0], (-1,)
    j = 0                                 # the window is words[i:j]
    for i, (start, _, _) in enumerate(words[:MAX_STARTS]):
        if j > i - 1 >= 0:                # the previous start leaves the window
            folded = words[i - 1][2]
            held[folded] -= 1
            if not held[folded]:
                del held[folded]
        j = max(j, i)
        while j < len(words) and ends[j] <= start + width:
            held[words[j][2]] = held.get(words[j][2], 0) + 1
            j += 1
        if len(held) < best_score[0]:
            continue
        last = max(i, j - 1)              # links between the window's neighbours: side_by_side[i:last]
        score = (len(held), _longest_run(side_by_side[i:last]), linked[last] - linked[i], j - i)
        if score > best_score:
            best_start, best_score = start, score
    return best_start


def _longest_run(links: list[bool]) -> int:
    """The most typed pairs side by side in a row: a quoted phrase found whole outranks its words
    found in pairs ("công an … hình sự … công an" has more pairs than "hình sự công an", not a run)."""
    best = run = 0
    for linked in links:
        run = run + 1 if linked else 0
        best = max(best, run)
    return best


def _head_spans(text: str, rule: _Rule) -> list[tuple[int, int]]:
    """The matches in the first ``SCAN_CHARS`` of a longer text (one cut at that edge is no whole
    syllable: left out); none for a shorter text."""
    if len(text) <= SCAN_CHARS:
        return []
    spans = match_spans(text[:SCAN_CHARS], rule)
    if spans and spans[-1][1] >= SCAN_CHARS - 1:
        spans.pop()
    return spans


def snippet_head(width: int = 240) -> int:
    """How much of a text's beginning makes the same snippet as the whole text, when that beginning
    holds a match: the matches looked at, then a window starting before the last of them."""
    return SCAN_CHARS + 2 * width


def snippet(text: str, terms, query_folded: list[str], width: int = 240,
            whole: Callable[[], str] | None = None) -> str:
    """``snippet_spans`` as plain text, matches wrapped in [ ] (the text's own brackets full-width)."""
    plain, spans = snippet_spans(text, terms, query_folded, width, whole)
    return marked_text(plain, spans)


def marked_text(plain: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out += [plain[pos:a].translate(_OWN_BRACKETS), "[", plain[a:b].translate(_OWN_BRACKETS), "]"]
        pos = b
    out.append(plain[pos:].translate(_OWN_BRACKETS))
    return "".join(out)


def _window(text: str, lo: int, width: int, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The text from ``lo``, about ``width`` characters cut at a word end, spaces collapsed, with
    ``…`` where it was cut, and the spans inside it moved to its coordinates."""
    hi = _cut(text, lo, lo + width)
    out: list[str] = ["…"] if lo > 0 else []
    length = len(out[0]) if out else 0
    moved = []
    pos = lo
    for a, b in merge_spans(text, [s for s in spans if s[0] >= lo and s[1] <= hi]):
        gap = _squeeze(text[pos:a], length == 0 or out[-1].endswith(" "))
        out.append(gap)
        length += len(gap)
        word = _squeeze(text[a:b], False)
        moved.append((length, length + len(word)))
        out.append(word)
        length += len(word)
        pos = b
    tail = _squeeze(text[pos:hi], length == 0 or out[-1].endswith(" ")).rstrip()
    out.append(tail)
    plain = "".join(out)
    if hi < len(text):
        plain += "…"
    return plain, moved


def _squeeze(part: str, after_space: bool) -> str:
    """Runs of white space as one space (none at the very start)."""
    squeezed = re.sub(r"\s+", " ", part)
    return squeezed.lstrip() if after_space else squeezed


def _cut(text: str, lo: int, hi: int) -> int:
    """An end at or before ``hi`` that splits no word (when the window holds a space) and never a
    letter from its marks or a joined emoji sequence."""
    if hi >= len(text):
        return len(text)
    if not text[hi].isspace() and not text[hi - 1].isspace():
        space = max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi))
        if space > lo + (hi - lo) // 2:
            return space
    while hi > lo and (unicodedata.combining(text[hi]) or text[hi] in _JOINERS or text[hi - 1] in _JOINERS
                       or 0xFE00 <= ord(text[hi]) <= 0xFE0F or 0x1F3FB <= ord(text[hi]) <= 0x1F3FF):
        hi -= 1
    return hi


def _word_start(text: str, pos: int) -> int:
    while 0 < pos < len(text) and not text[pos - 1].isspace():
        pos -= 1
    return pos
