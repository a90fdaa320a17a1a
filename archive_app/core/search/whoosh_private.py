"""Every use of Whoosh below its public API, in one room (DESIGN.md §5): the index's codec and the
readers the numpy evaluator and the index upkeep need. ``tests/test_whoosh_private.py`` asserts that
each private name used here exists and behaves as assumed in whoosh-reloaded 2.7.5; the next engine
change, or a fork, touches this file only.

The posting format: Whoosh 3 blocks with packed numbers, rare terms kept inline.

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
block (merges and tools rely on them). Term vectors are written in Whoosh's own block format
(never inline: Whoosh looks vectors up by file offset).
"""
from __future__ import annotations

import functools
import struct
import sys
import types
import zlib
from array import array
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path


@contextmanager
def _stand_ins(**modules: dict):
    """Modules that Whoosh imports for names this app never uses, replaced while Whoosh is imported by
    small stand-ins (given as {module name: {attribute: value}}); a module already imported is left as it
    is. Afterwards the real modules are importable as ever: only Whoosh's own references are the stand-ins'."""
    installed = [name for name in modules if name not in sys.modules]
    for name in installed:
        stand_in = types.ModuleType(name)
        stand_in.__dict__.update(modules[name])
        sys.modules[name] = stand_in
    try:
        yield
    finally:
        for name in installed:
            sys.modules.pop(name, None)


def _urlretrieve(*args, **kwargs):
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


# A command line search pays every import (issue 17): whoosh.compat imports urllib.request (http.client,
# email, ssl: ~25 ms) for ``urlretrieve``, which only Whoosh's language downloads call (here: the real
# one, imported then); whoosh.reading imports the ``cached_property`` package, which imports asyncio
# (~30 ms) to recognise coroutines, for one property of a segment reader (functools' does the same).
with _stand_ins(**{"urllib.request": {"urlretrieve": _urlretrieve},
                   "cached_property": {"cached_property": functools.cached_property}}):
    import whoosh.compat  # noqa: F401
    import whoosh.reading  # noqa: F401

import numpy as np  # noqa: E402
from whoosh import index as whoosh_index  # noqa: E402
from whoosh.codec.whoosh3 import (LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3Codec, W3LeafMatcher,  # noqa: E402
                                  W3PostingsWriter)
from whoosh.columns import NumericColumn, VarBytesColumn  # noqa: E402
from whoosh.compat import dumps  # noqa: E402
from whoosh.filedb.filestore import FileStorage  # noqa: E402
from whoosh.matching import ListMatcher  # noqa: E402
from whoosh.util.numeric import length_to_byte  # noqa: E402

from .packing import numpy_dtype, pack, unpack  # noqa: E402

BLOCK_LIMIT = 1024
INLINE_LIMIT = 8
COMPRESSION = 1            # zlib level: fast, a third smaller
MIN_COMPRESS = 64          # smaller blocks are stored as they are (zlib adds 11 bytes)
_NO_DOCS = np.empty(0, dtype=np.int64)


class ArchiveCodec(W3Codec):
    """W3Codec with packed blocks and working inline postings."""

    def __init__(self, blocklimit: int = BLOCK_LIMIT, compression: int = COMPRESSION,
                 inlinelimit: int = INLINE_LIMIT):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def postings_writer(self, dbfile, byteids=False):
        # Term vectors (byteids) are found by file offset and read by Whoosh's own matcher: never inline.
        return PackedPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                    compression=self._compression,
                                    inlinelimit=0 if byteids else self._inlinelimit)

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

    def block_max_weight(self):
        # ListMatcher answers its weights list, or None when all are 1 (BM25's block quality then raised).
        return max(self._weights) if self._weights else 1.0

    def replace(self, minquality=0):
        # ListMatcher asks its scorer for a block quality even when the scorer has none (FunctionWeighting
        # raised NotImplementedError once a top-N search had a minimum score): then nothing is pruned.
        return super().replace(minquality if self.supports_block_quality() else 0)


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
        if self._byteids:             # term vectors: Whoosh's own format (its matcher reads them)
            return super()._mini_ids()
        ids = self._ids
        deltas = [ids[0]] + [b - a for a, b in zip(ids, ids[1:])]
        return pack(deltas) or tuple(deltas)

    def _mini_weights(self):
        if self._byteids:
            return super()._mini_weights()
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



# --- reading for the numpy evaluator (evaluate.py) ------------------------------------------------
def term_info(reader, field: str, btext: bytes):
    """A segment reader's term info (raises whoosh.reading.TermNotFound)."""
    return reader._terms.term_info(field, btext)


def raw_matcher(reader, info, field_format):
    """The segment's own matcher for a term, deleted documents included."""
    terms = reader._terms
    return terms._codec.postings_reader(terms._postfile, info, field_format)


def _block_arrays(m) -> tuple[np.ndarray, np.ndarray]:
    """The current block of a Whoosh 3 leaf matcher as (local ids, weights), decoded in numpy."""
    if m._data is None:
        m._read_data()
    ids, weights = m._data[0], m._data[1]
    if isinstance(ids, bytes):
        ids = np.cumsum(np.frombuffer(ids, dtype=numpy_dtype(ids), offset=1), dtype=np.int64)
    else:
        ids = np.cumsum(np.asarray(ids, dtype=np.int64))
    n = len(ids)
    if weights is None:
        weights = np.ones(n, dtype=np.float32)
    elif isinstance(weights, bytes):
        weights = np.frombuffer(weights, dtype=numpy_dtype(weights), offset=1).astype(np.float32)
    elif isinstance(weights, (int, float)):
        weights = np.full(n, weights, dtype=np.float32)
    else:
        weights = np.asarray(weights, dtype=np.float32)
    return ids, weights


def _inline_arrays(m) -> tuple[np.ndarray, np.ndarray]:
    """Postings kept in the term dictionary (a ListMatcher over tuples)."""
    ids = np.asarray(m._ids, dtype=np.int64)
    weights = (np.asarray(m._weights, dtype=np.float32) if m._weights is not None
               else np.ones(len(ids), dtype=np.float32))
    return ids, weights


def matcher_blocks(m, wanted: np.ndarray | None = None):
    """Decoded (local ids, weights) blocks of a leaf matcher; with ``wanted`` (sorted local document
    numbers), only the blocks whose id range can hold one of them (block headers carry their last id)."""
    if not hasattr(m, "_next_block"):               # postings inline in the term dictionary
        yield _inline_arrays(m)
        return
    i = 0
    while m.is_active() and (wanted is None or i < len(wanted)):
        last = m._maxid
        if wanted is None or wanted[i] <= last:
            yield _block_arrays(m)
            if wanted is not None:
                i = int(np.searchsorted(wanted, last, side="right"))
        m._next_block()


def numeric_column(reader, name: str, field, count: int) -> np.ndarray:
    """A segment's integer column (Whoosh NUMERIC, sortable) as an int64 array: the stored
    big-endian values read in one piece (Whoosh's own load() costs ~1.5 µs per document)."""
    raw = reader.column_reader(name, translate=False)
    linear = (field.numtype is int and not field.decimal_places
              and field.from_column_value(1) - field.from_column_value(0) == 1)
    if not isinstance(raw, NumericColumn.Reader) or not linear:
        return np.array(list(reader.column_reader(name).load()), dtype=np.int64)
    width = raw._fixedlen
    stored = np.frombuffer(raw._dbfile.get(raw._basepos, raw._count * width), dtype=">" + raw._typecode)
    values = np.full(count, raw._unpack(raw._defaultbytes)[0], dtype=np.int64)
    values[:len(stored)] = stored[:count]
    return values + field.from_column_value(0)


class _SummedVarBytes(VarBytesColumn):
    """Whoosh's variable-length bytes column, read with each document's offset summed in C from the
    stored lengths (segments under 32,768 documents store no offsets): Whoosh's reader sums them in a
    Python loop, ~70 ms for the two syllable-stream columns at 30,000 reports, paid by the first phrase
    query of every process, so by every phrase search from the command line."""

    class Reader(VarBytesColumn.Reader):
        def _read_offsets_and_lengths(self):
            lastbyte = self._basepos + self._length - 1
            code = chr(self._dbfile.get_byte(lastbyte))
            if code == "X":                  # offsets stored: Whoosh reads them as they are
                return super()._read_offsets_and_lengths()
            start = lastbyte - struct.calcsize(code) * self._doccount
            self._lengths = self._dbfile.get_array(start, code, self._doccount)
            self._offsets = array("q", accumulate(self._lengths, initial=0))


def bytes_column(reader, name: str):
    """A VarBytesColumn field over every segment of ``reader`` (global document numbering), values as stored."""
    return reader.column_reader(name, column=_SummedVarBytes(), translate=False)


def length_bytes(reader, field: str, count: int) -> bytes:
    """The one-byte encoded lengths of ``field`` for a segment's documents."""
    column = reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
    if column is None:
        return bytes(count)
    raw = column._dbfile.get(column._basepos, column._count)
    return bytes(raw) + bytes(max(0, count - len(raw)))


# --- index upkeep (index.py) ----------------------------------------------------------------------
def toc_generation(path: Path) -> int:
    """Generation of the newest table of contents in the folder (-1: none)."""
    return whoosh_index.TOC._latest_generation(FileStorage(str(path)), whoosh_index._DEF_INDEX_NAME)


def pool_bytes(writer) -> int:
    """Whoosh's own estimate of the memory its posting pool holds."""
    return writer.pool.currentsize
