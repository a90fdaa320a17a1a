"""Search: a small public API over the Whoosh index (index documents, search, highlight, check)."""
from .index import IndexDoc, IndexFilter, IndexUnusable, SearchIndex
from .query import ParsedQuery, Phrase, parse_query
from .snippet import match_spans, phrase_pattern, snippet

__all__ = ["IndexDoc", "IndexFilter", "IndexUnusable", "SearchIndex", "ParsedQuery", "Phrase",
           "parse_query", "match_spans", "phrase_pattern", "snippet"]
