"""Fuzzing the text layer with anything a user or a file can hold: lone surrogates (from non-UTF-8
command lines and JSON escapes), controls, piles of combining marks, very long input. Nothing raises,
nothing comes out that SQLite or the index could not store, nothing takes quadratic time."""
import time
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from archive_app.core.render import highlight_terms, marked
from archive_app.core.search import match_spans, parse_query, snippet
from archive_app.core.vietnamese import (
    collation_key,
    fold,
    folded_tokens,
    name_collation_key,
    normalize,
    tokenize,
)

ANY_CHARACTER = st.characters(blacklist_categories=())             # surrogates and unassigned included
MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0340\u0341"
any_text = st.text(alphabet=ANY_CHARACTER, max_size=200)
viet_like = st.text(alphabet=st.sampled_from(list("aăâeêioôơuưyđdgnhqu AĐƯ-/.\"'0123456789") + list(MARKS)
                                             + ["\ud800", "\u200b", "\ufeff", "\x00"]), max_size=120)


def storable(text: str) -> bool:
    text.encode("utf-8")                                      # raises on a lone surrogate
    return True


@settings(max_examples=400)
@given(st.one_of(any_text, viet_like))
def test_text_functions_never_raise_and_give_storable_text(s):
    n = normalize(s)
    assert storable(n) and storable(fold(s))
    assert normalize(n) == n
    assert all(storable(t) and t for t in tokenize(s)) and all(storable(t) for t in folded_tokens(s))
    collation_key(s)
    name_collation_key(s)


@settings(max_examples=400)
@given(st.one_of(any_text, viet_like))
def test_query_parser_never_raises_and_its_terms_are_folded(s):
    q = parse_query(s)
    for phrase in q.sequence():
        assert phrase.exact and len(phrase.exact) == len(phrase.folded)
        assert all(storable(t) and fold(t) == t for t in phrase.folded)
        assert all(storable(t) for t in phrase.exact)
    assert all(len(p.exact) == 1 for p in q.words) and all(len(p.exact) > 1 for p in q.phrases)
    assert parse_query(unicodedata.normalize("NFD", s)) == parse_query(unicodedata.normalize("NFC", s))
    assert highlight_terms(s) == (q.highlight_terms() if s.strip() else frozenset())
    assert all(fold(t.rstrip("*")) == t.rstrip("*") or t in q.highlight_terms()
               for t in q.highlight_terms())


@settings(max_examples=300)
@given(text=st.one_of(any_text, viet_like), query=st.one_of(any_text, viet_like))
def test_snippets_and_highlights_never_raise(text, query):
    text = normalize(text)
    parsed = parse_query(query, prefix_last=True)
    terms = parsed.highlight_terms()
    out = snippet(text, terms, parsed.all_folded())
    assert out.count("[") == out.count("]")                  # the text's own brackets are never marks
    for a, b in match_spans(text, terms):
        assert 0 <= a < b <= len(text)
    html = marked(text, frozenset(terms))
    assert "<script" not in html.lower() or "<script" not in text.lower()
    assert "<" not in html.replace("<span", "").replace("</span>", "")


def test_very_long_queries_take_linear_time():
    for query in ("a" * 200_000, "a-" * 100_000, "đ" * 100_000 + "/1", '"' + "dân vận " * 20_000 + '"',
                  "\u0301" * 100_000, "43-CT/TU " * 20_000):
        started = time.perf_counter()
        parse_query(query)
        normalize(query)
        assert time.perf_counter() - started < 2, query[:20]       # a 10,000-letter word took 17 s before
