"""Every Whoosh name below its public API that the archive uses lives in search/whoosh_private.py;
here each one is shown to exist and to behave as that module assumes, in the pinned
whoosh-reloaded 2.7.5 (DESIGN.md §5). A new Whoosh (or a fork) that breaks one fails here first."""
from __future__ import annotations

import inspect
from importlib.metadata import version

import numpy as np
import pytest
from whoosh import fields, index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PostingsWriter
from whoosh.columns import NumericColumn
from whoosh.matching import ListMatcher
from whoosh.query import Or, Term
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25F

from archive_app.core.search import whoosh_private as wp
from archive_app.core.search.fields import TermCounts


def test_the_pinned_version():
    assert version("whoosh-reloaded") == "2.7.5"


# Private names the codec subclasses rely on: attributes set in __init__/_new_block, and methods.
WRITER_ATTRS = ("_terminfo", "_ids", "_weights", "_values", "_format", "_inlinelimit", "_postfile",
                "_blockcount", "_compression", "_maxweight", "_minlength", "_maxlength", "_startoffset",
                "_byteids", "_blocklimit")
WRITER_METHODS = ("_new_block", "_write_block", "_mini_ids", "_mini_weights", "_mini_values", "written")
MATCHER_METHODS = ("_read_data", "_read_ids", "_read_weights", "_next_block")


def test_names_the_codec_overrides_or_reads_exist():
    src = inspect.getsource(W3PostingsWriter)
    for name in WRITER_ATTRS:
        assert f"self.{name} =" in src, name
    for name in WRITER_METHODS:
        assert callable(getattr(W3PostingsWriter, name)), name
    for name in MATCHER_METHODS:
        assert callable(getattr(W3LeafMatcher, name)), name
    assert {"_blocklimit", "_compression", "_inlinelimit"} <= set(vars(W3Codec(inlinelimit=3)))
    assert {"_ids", "_weights"} <= set(vars(ListMatcher([1, 2], weights=[1.0, 2.0])))
    for name in ("_fixedlen", "_dbfile", "_basepos", "_count", "_typecode", "_unpack", "_defaultbytes"):
        assert name in inspect.getsource(NumericColumn.Reader), name
    assert callable(whoosh_index.TOC._latest_generation) and whoosh_index._DEF_INDEX_NAME == "MAIN"


def _schema():
    return fields.Schema(id=fields.ID(stored=True, unique=True), f=TermCounts(),
                         n=fields.NUMERIC(int, bits=32, sortable=True),
                         v=fields.TEXT(vector=True))


@pytest.fixture
def small_index(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), _schema())
    assert wp.toc_generation(tmp_path) == 0
    w = ix.writer(codec=wp.ArchiveCodec(blocklimit=4))        # several blocks per common term
    before = wp.pool_bytes(w)
    for d in range(40):
        w.add_document(id=str(d), f=["common"] * (1 + d % 3) + (["rare"] if d == 7 else []) + [f"t{d % 10}"],
                       n=1000 + d, v="tin tức tin" if d % 2 else "họp")
    assert wp.pool_bytes(w) > before
    w.commit(merge=False)
    assert wp.toc_generation(tmp_path) == 1
    return ix


def test_readers_see_what_whoosh_sees(small_index):
    with small_index.searcher() as s:
        reader = s.reader()
        seg = reader if isinstance(reader, SegmentReader) else reader.readers[0]
        schema_format = s.schema["f"].format
        for term in ("common", "rare", "t3"):
            public = s.postings("f", term)
            expected = {}
            while public.is_active():
                expected[public.id()] = public.weight()
                public.next()
            info = wp.term_info(seg, "f", term.encode())
            m = wp.raw_matcher(seg, info, schema_format)
            blocks = list(wp.matcher_blocks(m))
            ids = np.concatenate([b[0] for b in blocks])
            weights = np.concatenate([b[1] for b in blocks])
            assert dict(zip(ids.tolist(), weights.tolist())) == expected, term
            if term == "common":
                assert len(blocks) > 1                              # block walking, not one list
                wanted = np.array([5, 30])
                probed = list(wp.matcher_blocks(wp.raw_matcher(seg, info, schema_format), wanted))
                assert 0 < len(probed) < len(blocks)                # only the blocks that can hold them
        values = wp.numeric_column(seg, "n", s.schema["n"], seg.doc_count_all())
        assert values.tolist() == [1000 + d for d in range(40)]
        lengths = wp.length_bytes(seg, "f", seg.doc_count_all())
        assert len(lengths) == 40 and lengths[0] < lengths[2]       # 2 terms, 4 terms


def test_term_vectors_work_with_the_codec(small_index):
    with small_index.searcher() as s:
        assert dict(s.reader().vector_as("weight", 1, "v")) == {"tin": 2.0, "tức": 1.0}
        assert dict(s.reader().vector_as("weight", 0, "v")) == {"họp": 1.0}


def test_max_quality_works_on_inline_postings(small_index):
    with small_index.searcher(weighting=BM25F()) as s:
        for term in ("rare", "t3", "common"):          # inline (1 and 4 documents) and in blocks
            m = Term("f", term).matcher(s)
            assert m.max_quality() > 0 and m.block_quality() > 0
        hits = s.search(Or([Term("f", "rare"), Term("f", "t3"), Term("f", "common")]), limit=2)
        assert hits[0]["id"] == "7" and hits.scored_length() == 2            # Whoosh's top-N skipping uses them


def test_names_the_direct_segment_writer_relies_on_exist():
    """DirectSegmentWriter / _DirectFieldWriter / CompactOrderedHashWriter (fresh builds, issue 17):
    the writer internals they set or call, and the hash file layout they reproduce (whose files
    tests/test_direct_writer.py compares byte for byte with Whoosh's own)."""
    from whoosh.codec.whoosh3 import W3FieldWriter, W3TermInfo
    from whoosh.filedb import filetables
    from whoosh.writing import SegmentWriter

    segment_src = inspect.getsource(SegmentWriter)
    for name in ("perdocwriter", "fieldwriter", "_tempstorage", "newsegment", "docnum", "_added", "schema",
                 "storage"):
        assert f"self.{name} =" in segment_src, name
    for name in ("_flush_segment", "_close_segment", "_check_fields", "_check_state", "commit", "cancel"):
        assert callable(getattr(SegmentWriter, name)), name
    field_src = inspect.getsource(W3FieldWriter)
    for name in ("_tindex", "_fieldmap", "_postfile", "_codec", "_storage", "_segment", "_fieldid"):
        assert f"self.{name} =" in field_src, name
    assert callable(W3FieldWriter._create_file)
    assert W3TermInfo._struct.format in ("!BfIBBfII", b"!BfIBBfII")
    assert filetables._lengths.format in ("!ii", b"!ii")
    hash_src = inspect.getsource(filetables.HashWriter) + inspect.getsource(filetables.OrderedHashWriter)
    for name in ("dbfile", "hashfn", "extras", "buckets", "directory", "index", "lastkey"):
        assert f"self.{name} =" in hash_src, name
    assert filetables.HashWriter(_NullFile()).hashfn is filetables.md5_hash     # hash type 0
    assert callable(filetables.HashWriter._write_hashes)


class _NullFile:
    def tell(self):
        return 0

    def write(self, data):
        pass

    def write_byte(self, n):
        pass

    def write_int(self, n):
        pass


@pytest.mark.parametrize("compound", [False, True])
def test_term_infos_are_looked_up_as_whoosh_looks_them_up(tmp_path, compound):
    """``term_info`` walks the term dictionary's hash table with ``pread`` (a compound file: Whoosh's
    own lookup): every term's info is Whoosh's, in every field, and a missing term is not found."""
    from whoosh.reading import TermNotFound

    ix = whoosh_index.create_in(str(tmp_path), _schema())
    w = ix.writer(codec=wp.ArchiveCodec(blocklimit=4), compound=compound)
    for d in range(300):
        w.add_document(id=str(d), f=["common"] * (1 + d % 3) + [f"t{d % 97}", f"đ{d}", "x" * (d % 200 + 1)],
                       n=d, v="tin tức tin" if d % 2 else "họp")
    w.commit(merge=False)
    with ix.reader() as reader:
        seg = reader if isinstance(reader, SegmentReader) else reader.readers[0]
        assert seg._terms._tindex.dbfile.is_real is (not compound)
        terms = list(seg._terms.terms())
        assert len(terms) > 700
        for field, btext in terms:
            ours, whoosh = wp.term_info(seg, field, btext), seg._terms.term_info(field, btext)
            assert vars(ours) == vars(whoosh) and vars(ours), (field, btext)
        for field, btext in [("f", b"absent"), ("f", b"t98"), ("v", b"common"), ("nofield", b"common")]:
            with pytest.raises(TermNotFound):
                wp.term_info(seg, field, btext)
