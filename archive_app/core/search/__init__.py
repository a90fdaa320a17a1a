"""Search: a small public API over the Whoosh index (index documents, search, highlight, check)."""
from .index import IndexDoc, IndexFilter, IndexUnusable, SearchIndex
from .query import ParsedQuery, Phrase, parse_query
from .snippet import match_spans, snippet

__all__ = [
           "IndexDoc",
           "IndexFilter",
           "IndexUnusable",
           "ParsedQuery",
           "Phrase",
           "SearchIndex",
           "match_spans",
           "parse_query",
           "snippet",
]
