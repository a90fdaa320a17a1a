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
import os
import shutil
import struct
import sys
import tempfile
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
from whoosh.codec.whoosh3 import (  # noqa: E402
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.columns import NumericColumn, VarBytesColumn  # noqa: E402
from whoosh.compat import dumps  # noqa: E402
from whoosh.filedb.filestore import FileStorage  # noqa: E402
from whoosh.filedb.filetables import OrderedHashWriter  # noqa: E402
from whoosh.filedb.filetables import _lengths as _hash_lengths  # noqa: E402
from whoosh.filedb.filetables import _pointer as _hash_pointer  # noqa: E402
from whoosh.filedb.filetables import md5_hash  # noqa: E402
from whoosh.filedb.structfile import StructFile  # noqa: E402
from whoosh.matching import ListMatcher  # noqa: E402
from whoosh.reading import TermNotFound  # noqa: E402
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort, unpack_uint  # noqa: E402
from whoosh.util.numeric import length_to_byte  # noqa: E402
from whoosh.writing import SegmentWriter  # noqa: E402

from .packing import numpy_dtype, pack, unpack  # noqa: E402
from .postings_runs import PostingRuns  # noqa: E402

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
    """A segment reader's term info (raises whoosh.reading.TermNotFound), looked up in the term
    dictionary with ``pread``: Whoosh's hash reader seeks and reads a few bytes at a time through
    a buffered file, each read refilling the buffer (~35 µs a term, ~14 terms a quoted phrase's
    first search); this way ~7 µs. A dictionary inside a compound file is looked up by Whoosh."""
    terms = reader._terms
    table = terms._tindex
    if _PREAD is None or not table.dbfile.is_real:
        return terms.term_info(field, btext)
    value = _hash_value(table, terms._keycoder(field, btext))
    if value is None:
        raise TermNotFound(f"No term {field}:{btext!r}")
    return W3TermInfo.from_bytes(value)


_ITEM_GUESS = 128        # bytes read at once from a hash item: its lengths, key and (most) values


def _hash_value(table, key: bytes) -> bytes | None:
    """``OrderedHashReader[key]`` (None when absent), the same walk over its hash table read with
    ``pread``: the slot of the key's hash, then the next ones until an empty slot."""
    fd = table.dbfile.fileno()
    keyhash = table.hashfn(key)
    start, slots = table.tables[keyhash & 255]
    if not slots:
        return None
    size, heads = _hash_pointer.size, _hash_lengths.size
    end = start + slots * size
    at = start + ((keyhash >> 8) % slots) * size
    for _ in range(slots):
        slothash, item = _hash_pointer.unpack(_PREAD(fd, size, at))
        if not item:
            return None
        if slothash == keyhash:
            data = _PREAD(fd, _ITEM_GUESS, item)
            keylen, datalen = _hash_lengths.unpack_from(data)
            if keylen == len(key):
                if heads + keylen + datalen > len(data):
                    data = _PREAD(fd, heads + keylen + datalen, item)
                if data[heads:heads + keylen] == key:
                    return data[heads + keylen:heads + keylen + datalen]
        at += size
        if at == end:
            at = start
    return None


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


_PREAD = getattr(os, "pread", None)      # (not on Windows)
_FADVISE = getattr(os, "posix_fadvise", None)
_WILLNEED = getattr(os, "POSIX_FADV_WILLNEED", 0)


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
            # (numpy: 0.2 ms, accumulate 1.6; summed in place as int64, which a cumsum casting the
            # stored 32-bit lengths on the way took 0.2 ms more, and copied into the array once)
            summed = np.zeros(self._doccount + 1, dtype=np.int64)
            summed[1:] = np.frombuffer(self._lengths, dtype=self._lengths.typecode)
            np.cumsum(summed, out=summed)
            self._offsets = array("q")
            self._offsets.frombytes(memoryview(summed).cast("B"))

        def __getitem__(self, docnum):
            """One document's value in one ``pread`` where there is one: Whoosh's seek and read through
            its file wrappers cost ~9 µs a value, paid per candidate of a phrase (462 of them for
            "được xác định là" at 30,000 reports); ~2 µs this way."""
            length = self._lengths[docnum]
            if not length or _PREAD is None or not self._dbfile.is_real:
                return super().__getitem__(docnum)
            return _PREAD(self._dbfile.fileno(), length, self._basepos + self._offsets[docnum])


def prefetch(column, docnums: list[int], min_length: int = 0) -> None:
    """Have the OS start reading these documents' values of a bytes column at once (``posix_fadvise``
    WILLNEED): read one after another from a cold cache, 400 syllable streams cost ~45 µs each,
    started together ~11 µs each; when cached the advice costs ~0.7 µs a value. Where the OS has no
    such call, or the column spans several segments, nothing is done: the reads still read. With
    ``min_length``, only the values stored in more than that many bytes."""
    if _FADVISE is None or not isinstance(column, _SummedVarBytes.Reader) or not column._dbfile.is_real:
        return
    fd, base, lengths, offsets = column._dbfile.fileno(), column._basepos, column._lengths, column._offsets
    for doc in docnums:
        if lengths[doc] > min_length:
            _FADVISE(fd, base + offsets[doc], lengths[doc], _WILLNEED)


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


# --- fresh builds without Whoosh's posting pool (index.py, issue 17) ------------------------------
class DirectSegmentWriter(SegmentWriter):
    """A Whoosh segment writer for fresh builds (``add_document`` only) whose postings bypass
    Whoosh's pool: they go to compact arrays spilled as sorted runs (``PostingRuns``), and at commit
    each term's postings are written whole — packed blocks or inline, exactly as ``ArchiveCodec``'s
    writer would — instead of one Python call per posting. The term dictionary is Whoosh's ordered
    hash file, its bucket lists kept in arrays (``CompactOrderedHashWriter``). Stored fields, columns
    and field lengths still go through Whoosh's per-document writer, so the segment, its table of
    contents, deletes and later merges are Whoosh's own."""

    flush_worker = None    # a build_worker.Worker: writes the second half of the terms meanwhile

    def __init__(self, ix, codec, **kwargs):
        super().__init__(ix, codec=codec, compound=False, **kwargs)
        self.fieldwriter = _DirectFieldWriter(codec, self.storage, self.newsegment)
        self.run_folder = Path(tempfile.mkdtemp(prefix="runs-", dir=self.storage.folder))
        self.runs = PostingRuns(indexed_fields(self.schema), self.run_folder)
        self._length_bytes = {name: bytearray() for name in self.runs.fields if self.schema[name].scorable}

    def add_document(self, **fields):
        self._check_state()
        self.add_indexed(fields, index_terms(self.schema, self.runs, self.docnum, fields))

    def add_indexed(self, fields: dict, lengths: dict[str, int]) -> None:
        """The next document's stored values, columns and field lengths, its postings being in the
        runs already (``index_terms``, maybe in another process: ``fields`` need not hold the terms)."""
        perdoc, schema, docnum = self.perdocwriter, self.schema, self.docnum
        names = sorted(set(name for name in fields if not name.startswith("_")) | set(lengths))
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        for name in names:
            value = fields.get(name)
            length = lengths.get(name, 0)
            if value is None and name not in lengths:
                continue
            field = schema[name]
            if name in self._length_bytes:
                column = self._length_bytes[name]
                column.extend(bytes(docnum + 1 - len(column)))
                column[docnum] = length_to_byte(length) if length else 0
            stored = fields.get(f"_stored_{name}", value)
            perdoc.add_field(name, field, stored if field.stored else None, length)
            if field.column_type and stored is not None:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(stored))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self):
        self.perdocwriter.close()
        fw, runs = self.fieldwriter, self.runs
        count = self.docnum
        task = {"lengths": {name: bytes(b) + bytes(count - len(b)) for name, b in self._length_bytes.items()},
                "sizes": {name: self.schema[name].format.fixed_value_size() for name in runs.fields},
                "fieldids": {name: i for i, name in enumerate(runs.present_fields())},
                "fields": runs.fields, "runs": runs.runs}
        fw._fieldmap.update(task["fieldids"])        # (the order Whoosh's writer starts them in)
        split = runs.split_key() if self.flush_worker is not None else None
        if split is None:
            write_terms(fw, self.schema, task)
        else:
            part = self.run_folder / "part"
            self.flush_worker.send("write_part", str(part), task, split)
            write_terms(fw, self.schema, task, stop=split)
            fw.append_part(part, self.flush_worker.receive())
        fw.close()

    def _close_segment(self):
        super()._close_segment()
        shutil.rmtree(self.run_folder, ignore_errors=True)


def indexed_fields(schema) -> list[str]:
    return sorted(name for name, field in schema.items() if field.indexed)


def index_terms(schema, runs: PostingRuns, docnum: int, fields: dict) -> dict[str, int]:
    """A document's postings into ``runs`` as Whoosh's ``add_document`` would pool them (boosts,
    posting values); returns the length of each scorable field it has."""
    docboost = float(fields.get("_boost", 1.0))
    lengths = {}
    for name in sorted(fields):
        value = fields[name]
        if name.startswith("_") or value is None:
            continue
        field = schema[name]
        if not field.indexed:
            continue
        boost = float(fields.get(f"_{name}_boost", docboost))
        length = 0
        counts = getattr(field, "term_counts", None)
        if counts is not None:
            counts = counts(value)
            runs.add_counts(name, docnum, counts, boost * field.format.field_boost)
            length = sum(counts.values())
        else:
            size = field.format.fixed_value_size()
            for tbytes, freq, weight, vbytes in field.index(value):
                if vbytes and len(vbytes) != size or size not in (0, 4):
                    raise ValueError(f"field {name}: posting values of {size} bytes unsupported")
                runs.add(name, docnum, tbytes, weight * boost, unpack_uint(vbytes)[0] if vbytes else 0)
                length += freq
        if field.scorable:
            lengths[name] = length
    return lengths


def write_terms(fw, schema, task: dict, start=None, stop=None) -> None:
    """The runs' terms from ``start`` to before ``stop`` through field writer ``fw``."""
    runs = PostingRuns(task["fields"], Path())
    runs.adopt(task["runs"])
    current = None
    for fnum, btext, ids, weights, values in runs.merged(start, stop):
        if fnum != current:
            current = fnum
            name = task["fields"][fnum]
            fw.start_field(name, schema[name])
            lens = task["lengths"].get(name)
            size = task["sizes"][name]
        fw.write_term(btext, ids, weights, values if size else None, lens)


def write_part(folder: str, task: dict, start) -> dict:
    """In a worker process: the terms from ``start`` on as a part of a segment (postings, term
    records, their hashes and positions, where their posting offsets are) for ``append_part``."""
    from .fields import build_schema, codec

    folder = Path(folder)
    folder.mkdir()
    fw = _DirectFieldWriter.__new__(_DirectFieldWriter)
    fw._codec = codec()
    fw._postfile = StructFile(open(folder / "pst", "wb"))
    fw._tindex = _PartHashWriter(open(folder / "trm", "wb"))
    fw._fieldmap = dict(task["fieldids"])
    write_terms(fw, build_schema(), task, start=start)
    fw._postfile.close()
    return fw._tindex.finish(folder)


class _DirectFieldWriter(W3FieldWriter):
    """W3FieldWriter writing a term's whole posting list at once (``write_term``)."""

    def __init__(self, codec, storage, segment):
        self._codec = codec
        self._storage = storage
        self._segment = segment
        self._tindex = CompactOrderedHashWriter(self._create_file(W3Codec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self.is_closed = False

    def start_field(self, fieldname, fieldobj):
        self._fieldid = self._fieldmap.setdefault(fieldname, len(self._fieldmap))

    def finish_field(self):
        pass

    def append_part(self, folder: Path, part: dict) -> None:
        """Append a part written by ``write_part``: its postings after ours, its term records after
        ours with their posting offsets moved by as much."""
        postfile, dbfile = self._postfile, self._tindex.dbfile
        pst_base = postfile.tell()
        with open(folder / "pst", "rb") as f:
            while chunk := f.read(1 << 22):
                postfile.write(chunk)
        trm_base = dbfile.tell()
        patches = np.frombuffer(part["patches"], dtype=np.int64)
        done = 0
        with open(folder / "trm", "rb") as f:
            while chunk := f.read(1 << 22):
                end = done + len(chunk)
                lo, hi = np.searchsorted(patches, [done, end])
                if hi > lo and patches[hi - 1] + 8 > end:      # an offset cut in two: read on
                    chunk += f.read(patches[hi - 1] + 8 - end)
                    end = done + len(chunk)
                data = np.frombuffer(chunk, dtype=np.uint8).copy()
                at = patches[lo:hi] - done
                if len(at):
                    window = data[at[:, None] + np.arange(8)].copy().view(">i8").ravel() + pst_base
                    data[at[:, None] + np.arange(8)] = window.astype(">i8").view(np.uint8).reshape(-1, 8)
                dbfile.write(data.tobytes())
                done = end
        self._tindex.adopt(part["hashes"], np.frombuffer(part["positions"], dtype=np.int64) + trm_base,
                           part["lastkey"])

    def write_term(self, btext: bytes, ids: np.ndarray, weights: np.ndarray, values: np.ndarray | None,
                   lengths: bytes | None) -> None:
        """One term's postings (sorted document numbers, weights, 4-byte values or None; ``lengths``:
        every document's length byte, or None), as ``PackedPostingsWriter`` writes them."""
        n = len(ids)
        if n < self._codec._inlinelimit:         # most terms: plain Python beats numpy on a few items
            ilist, wlist = ids.tolist(), weights.tolist()
            lo_len, hi_len = _length_range([lengths[i] for i in ilist] if lengths is not None else ())
            info = (float(sum(wlist)), n, lo_len, hi_len, max(wlist), ilist[0], ilist[-1])
            inl_weights = None if all(w == 1.0 for w in wlist) else tuple(_plain(w) for w in wlist)
            inl_values = None if values is None else tuple(pack_uint(v) for v in values.tolist())
            postbytes = dumps((tuple(ilist), inl_weights, inl_values), 2)
            flags = 1
        else:
            limit = self._codec._blocklimit
            lens = None if lengths is None else np.frombuffer(lengths, dtype=np.uint8)[ids]
            postfile = self._postfile
            start = postfile.tell()
            postfile.write(WHOOSH3_HEADER_MAGIC)
            for lo in range(0, n, limit):
                hi = min(n, lo + limit)
                self._write_block(ids[lo:hi], weights[lo:hi], None if values is None else values[lo:hi],
                                  None if lens is None else lens[lo:hi], last=hi == n)
            nonzero = lens[lens > 0] if lens is not None else ()
            info = (float(weights.sum(dtype=np.float64)), n,
                    int(nonzero.min()) if len(nonzero) else 0, int(nonzero.max()) if len(nonzero) else 0,
                    float(weights.max()), int(ids[0]), int(ids[-1]))
            postbytes = pack_long(start) + pack_int(postfile.tell() - start)
            flags = 0
        self._tindex.add(pack_ushort(self._fieldid) + btext, W3TermInfo._struct.pack(flags, *info) + postbytes)

    def _write_block(self, ids, weights, values, lengths, last):
        deltas = np.diff(ids, prepend=0)
        mini_ids = _packed(deltas)
        wlist = weights.tolist()
        first = wlist[0]
        if all(w == 1.0 for w in wlist):
            mini_weights = None
        elif all(w == first for w in wlist):
            mini_weights = first
        elif all(w.is_integer() for w in wlist):
            mini_weights = _packed(weights.astype(np.int64))
            if mini_weights is None:
                mini_weights = tuple(wlist)
        else:
            mini_weights = tuple(wlist)
        if mini_ids is None:
            mini_ids = tuple(deltas.tolist())
        mini_values = None if values is None else b"".join(pack_uint(v) for v in values.tolist())
        databytes = dumps((mini_ids, mini_weights, mini_values), 2)
        comp = COMPRESSION if len(databytes) >= MIN_COMPRESS else 0
        if comp:
            databytes = zlib.compress(databytes, comp)
        nonzero = lengths[lengths > 0] if lengths is not None else ()
        lo_len, hi_len = (int(nonzero.min()), int(nonzero.max())) if len(nonzero) else (0, 0)
        infobytes = dumps((len(ids), int(ids[-1]), _plain(float(weights.max())), comp, lo_len, hi_len), 2)
        length = len(infobytes) + len(databytes)
        self._postfile.write_int(-length if last else length)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)


def _packed(values: np.ndarray) -> bytes | None:
    """``packing.pack`` of a numpy array of integers (None if out of range)."""
    if not len(values):
        return b"B"
    top, low = int(values.max()), int(values.min())
    if low < 0 or top > 0xFFFFFFFF:
        return None
    code = "B" if top < 0x100 else "H" if top < 0x10000 else "I"
    return code.encode("ascii") + values.astype({"B": "<u1", "H": "<u2", "I": "<u4"}[code]).tobytes()


def _length_range(lengths) -> tuple[int, int]:
    """(min, max) length byte of a few postings, documents of length byte 0 left out as Whoosh does."""
    nonzero = [b for b in lengths if b]
    return (min(nonzero), max(nonzero)) if nonzero else (0, 0)


class _PartHashWriter:
    """Term records of a segment part (``write_part``): the records as the hash file holds them,
    with their hashes, their positions and where each posting offset lies (relative to the part)."""

    def __init__(self, f):
        self.file = f
        self.hashfn = md5_hash
        self._hashes = array("I")
        self._positions = array("q")
        self._patches = array("q")
        self.lastkey = b""
        self._pos = 0

    def add(self, key, value):
        record = _hash_lengths.pack(len(key), len(value)) + key + value
        self._hashes.append(self.hashfn(key))
        self._positions.append(self._pos)
        if not value[0]:                        # not inline: the posting offset follows the struct
            self._patches.append(self._pos + _hash_lengths.size + len(key) + W3TermInfo._struct.size)
        self.file.write(record)
        self._pos += len(record)
        self.lastkey = key

    def finish(self, folder: Path) -> dict:
        self.file.close()
        return {"hashes": self._hashes.tobytes(), "positions": self._positions.tobytes(),
                "patches": self._patches.tobytes(), "lastkey": self.lastkey}


class CompactOrderedHashWriter(OrderedHashWriter):
    """Whoosh's ordered hash file with the (hash, position) of each key kept in two arrays instead of
    256 lists of tuples (≈ 130 bytes a term: 300 MB for a 30,000-report dictionary); the tables
    written are the same."""

    def __init__(self, dbfile):
        super().__init__(dbfile)
        self._hashes = array("I")
        self._positions = array("q")       # also Whoosh's position index, made at the end (_write_extras)

    def add(self, key, value):
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        dbfile = self.dbfile
        pos = dbfile.tell()
        dbfile.write(_hash_lengths.pack(len(key), len(value)) + key + value)
        self._hashes.append(self.hashfn(key))
        self._positions.append(pos)
        self.lastkey = key

    def adopt(self, hashes: bytes, positions: np.ndarray, lastkey: bytes) -> None:
        """Records appended to the file by ``append_part`` (``hashes``: their uint32 hashes' bytes),
        taken as bytes: no Python int per term."""
        self._hashes.frombytes(hashes)
        self._positions.frombytes(positions.astype(np.int64).tobytes())
        self.lastkey = lastkey or self.lastkey

    def _write_extras(self):
        # Whoosh's GrowableArray("H") of the positions widens as they grow; they increase, so its
        # final type is the one that holds the last.
        top = self._positions[-1] if self._positions else 0
        code = "H" if top < 2**16 else "i" if top < 2**31 else "I" if top < 2**32 else "q"
        self.index.array = array(code, np.frombuffer(self._positions, dtype=np.int64).astype(
            np.dtype(code)).tobytes()) if code != "q" else array("q", self._positions)
        super()._write_extras()

    def _write_hashes(self):
        hashes = np.frombuffer(self._hashes, dtype=np.uint32)
        positions = np.frombuffer(self._positions, dtype=np.int64)
        buckets = hashes & 255
        order = np.argsort(buckets, kind="stable")          # keys in order inside each bucket, as Whoosh
        bounds = np.searchsorted(buckets[order], np.arange(257))
        dbfile = self.dbfile
        table_dtype = np.dtype([("hash", ">u4"), ("pos", ">i8")])
        for b in range(256):
            members = order[bounds[b]:bounds[b + 1]]
            numslots = 2 * len(members)
            self.directory.append((dbfile.tell(), numslots))
            if not numslots:
                continue
            table = np.zeros(numslots, dtype=table_dtype)
            taken = bytearray(numslots)
            for h, p in zip(hashes[members].tolist(), positions[members].tolist()):
                slot = (h >> 8) % numslots
                while taken[slot]:
                    slot = (slot + 1) % numslots
                taken[slot] = 1
                table[slot] = (h, p)
            dbfile.write(table.tobytes())
