"""Whoosh schema of the archive index. Terms are made by our own tokenizer, never by Whoosh analyzers.

Whoosh pickles field classes into the index by module path: keep this module's path stable (the
frozen app and the source install must open each other's index).
"""
from __future__ import annotations

from collections import Counter

from whoosh import columns, fields, formats
from whoosh.analysis import SpaceSeparatedTokenizer

from .whoosh_private import ArchiveCodec

# Bump when the fields, the codec or the tokenization change: a different version triggers a rebuild.
INDEX_VERSION = 5       # 5: long syllable streams in chunks with bigram filters (streams.py)


def codec() -> ArchiveCodec:
    """Packed posting blocks, rare terms inline (see codec.py)."""
    return ArchiveCodec()


class TermCounts(fields.TEXT):
    """A scorable text field fed with ready-made terms; no positions, no per-posting value bytes.

    The term frequency travels as the posting's weight (which BM25 reads), so each posting costs
    a document number and a weight instead of also a packed frequency (measured: 26 → 11 bytes).
    """

    def __init__(self, field_boost: float = 1.0):
        super().__init__(analyzer=SpaceSeparatedTokenizer(), phrase=False, field_boost=field_boost)
        self.format = formats.Existence(field_boost=field_boost)

    def index(self, value, **kwargs):
        boost = self.format.field_boost
        for term, freq in self.term_counts(value).items():
            yield term.encode("utf-8"), freq, freq * boost, b""

    @staticmethod
    def term_counts(value) -> Counter:
        """Term → frequency (what ``DirectSegmentWriter`` indexes without Whoosh's pool)."""
        return Counter(value.split() if isinstance(value, str) else value)


def build_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        rid=fields.NUMERIC(int, bits=32, sortable=True),   # the id again, as a column: docnum → id fast
        rev=fields.STORED(),
        ft=fields.COLUMN(columns.VarBytesColumn()),   # folded syllables in order (streams.py)
        et=fields.COLUMN(columns.VarBytesColumn()),   # exact syllables in order: phrases typed with marks
        e=TermCounts(),        # exact syllables (normalized, lower-case) of title, body, persons, tags, author
        f=TermCounts(),        # folded syllables
        fb=TermCounts(),       # folded syllable bigrams: adjacency without positions
        tf=TermCounts(),       # folded title syllables and bigrams
        person=fields.KEYWORD(),
        tag=fields.KEYWORD(),
        kind=fields.ID(),
        date=fields.NUMERIC(int, bits=32, sortable=True),
    )
