"""Search: a small public API over the Whoosh index (index documents, search, highlight, check)."""
from . import whoosh_private  # noqa: F401 - first: it imports Whoosh without modules it never needs
from ..models import IndexDoc, IndexFilter
from .index import IndexUnusable, SearchIndex
from .query import ParsedQuery, Phrase, parse_query
from .snippet import match_spans, snippet, snippet_head, snippet_spans

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
           "snippet_head",
           "snippet_spans",
]
