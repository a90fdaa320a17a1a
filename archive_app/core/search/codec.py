"""The index's posting format: Whoosh 3 blocks with packed numbers, rare terms kept inline.

Whoosh 3 pickles every posting block as tuples of Python ints and floats (about 11 bytes per
posting before compression, a float object per weight after) and gives each term, even one seen
in a single report, a block of its own in the postings file (~55 bytes of headers). Most terms
of this index are rare (syllable bigrams, names), so the headers outweighed the postings; and
decoding pickled tuples was most of a search's time. Here:

- a block's document numbers are delta-coded into the smallest unsigned array type that holds
  them and its weights (term frequencies) into bytes, little-endian, each prefixed with its array
  type code; ``decode_ids`` / ``decode_weights`` read them straight into numpy;
- postings of terms in fewer than ``INLINE_LIMIT`` documents live in the term dictionary (Whoosh
  3 offers this but its writer calls a method that does not exist, so it never worked);
- blocks hold up to ``BLOCK_LIMIT`` postings (fewer headers and pickles per term).

Whoosh pickles the codec into the index by module path: keep this module where it is (the frozen
app and the source install must open each other's index). Whoosh's own matchers still read every
block (merges and tools rely on them).
"""
from __future__ import annotations

import sys
import zlib
from array import array
from itertools import accumulate

from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PostingsWriter
from whoosh.compat import dumps
from whoosh.matching import ListMatcher
from whoosh.util.numeric import length_to_byte

BLOCK_LIMIT = 1024
INLINE_LIMIT = 8
COMPRESSION = 1            # zlib level: fast, a third smaller
MIN_COMPRESS = 64          # smaller blocks are stored as they are (zlib adds 11 bytes)
_BIG_ENDIAN = sys.byteorder == "big"


def pack(values) -> bytes | None:
    """Unsigned integers as one type-code byte + a little-endian array; None if one is negative
    or too big for 32 bits."""
    top = max(values, default=0)
    if min(values, default=0) < 0 or top > 0xFFFFFFFF:
        return None
    code = "B" if top < 0x100 else "H" if top < 0x10000 else "I"
    arr = array(code, values)
    if _BIG_ENDIAN:
        arr.byteswap()
    return code.encode("ascii") + arr.tobytes()


def unpack(data: bytes) -> array:
    arr = array(chr(data[0]))
    arr.frombytes(data[1:])
    if _BIG_ENDIAN:
        arr.byteswap()
    return arr


def numpy_dtype(data: bytes) -> str:
    """The numpy dtype of a packed array (little-endian unsigned)."""
    return {66: "u1", 72: "<u2", 73: "<u4"}[data[0]]


class ArchiveCodec(W3Codec):
    """W3Codec with packed blocks and working inline postings."""

    def __init__(self, blocklimit: int = BLOCK_LIMIT, compression: int = COMPRESSION,
                 inlinelimit: int = INLINE_LIMIT):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def postings_writer(self, dbfile, byteids=False):
        return PackedPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                    compression=self._compression, inlinelimit=self._inlinelimit)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            return InlineMatcher(ids, weights, values, format_, scorer=scorer, term=term, terminfo=terminfo)
        offset, length = terminfo.extent()
        return PackedLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


class InlineMatcher(ListMatcher):
    """Inline postings; values are bytes as Whoosh's writer expects when it merges (ListMatcher
    answers "" when a format stores none)."""

    def value(self):
        return super().value() if self._values else b""


class PackedPostingsWriter(W3PostingsWriter):
    """Writes packed blocks; inlines the postings of rare terms into their term info."""

    def finish_postings(self):
        terminfo = self._terminfo
        if not self.written() and len(self) < self._inlinelimit:
            terminfo.add_block(self)
            weights = None if all(w == 1.0 for w in self._weights) else tuple(_plain(w) for w in self._weights)
            values = None if self._format.fixed_value_size() == 0 else tuple(self._values)
            terminfo._inlined = (tuple(self._ids), weights, values)
        else:
            if self._ids:
                self._write_block(last=True)
            terminfo.set_extent(self._startoffset, self._postfile.tell() - self._startoffset)
        self._terminfo = None
        return terminfo

    def _write_block(self, last=False):
        # As W3PostingsWriter._write_block, with small blocks left uncompressed (the original
        # meant to, but overwrote its decision).
        if not self._blockcount:
            from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        databytes = dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), 2)
        comp = self._compression if len(databytes) >= MIN_COMPRESS else 0
        if comp:
            databytes = zlib.compress(databytes, comp)
        ids = self._ids
        infobytes = dumps((len(ids), ids[-1], _plain(float(self._maxweight)), comp,
                           length_to_byte(self._minlength), length_to_byte(self._maxlength)), 2)
        length = len(infobytes) + len(databytes)
        self._postfile.write_int(-length if last else length)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()

    def _mini_ids(self):
        if self._byteids:
            return super()._mini_ids()
        ids = self._ids
        deltas = [ids[0]] + [b - a for a, b in zip(ids, ids[1:])]
        return pack(deltas) or tuple(deltas)

    def _mini_weights(self):
        weights = self._weights
        if all(w == 1.0 for w in weights):
            return None
        if all(w == weights[0] for w in weights):
            return weights[0]
        if all(w.is_integer() for w in weights):
            packed = pack([int(w) for w in weights])
            if packed is not None:
                return packed
        return tuple(weights)


class PackedLeafMatcher(W3LeafMatcher):
    """Reads packed blocks (and Whoosh's own tuples, for blocks our writer left unpacked)."""

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        ids = self._data[0]
        if isinstance(ids, bytes) and not self._byteids:
            self._ids = array("I", accumulate(unpack(ids)))
        elif not self._byteids:
            self._ids = tuple(accumulate(ids))
        else:
            self._ids = ids

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        if isinstance(weights, bytes):
            self._weights = array("f", unpack(weights))
        else:
            super()._read_weights()


def _plain(w: float):
    """An integral weight as an int (pickles in 2 bytes instead of 9)."""
    return int(w) if w.is_integer() else w
