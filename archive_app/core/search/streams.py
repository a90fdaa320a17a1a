"""Syllable streams: a document's syllables in order (folded, column ``ft``; exact, ``et``), what
phrases are checked in (index._PhraseCheck).

A stream is its text, space-separated and space-padded, parts (title, body, a person, a tag)
separated by a line break. A short one is one LZ4 block. A long one (over ``LONG_BYTES`` folded)
is cut before a syllable into chunks of about ``CHUNK_BYTES``, each an LZ4 block of its own, the
folded and exact streams at the same syllables; the folded stream also keeps, for each chunk, a
Bloom filter of the folded bigrams whose first syllable stands in it. A phrase starting in chunk
``k`` ends by chunk ``k + 1``, so each of its bigrams is in filter ``k`` or ``k + 1``: only the
chunks that pass are decompressed and searched. Before, the few very long reports (a hundred
over 16 KB among 30,000) were read whole for every common phrase, and they were most of its
cost: "quốc gia và tự", 1 hit in 44 candidates, read 5.6 MB of streams, 5.5 of them there.

Layout: tag byte 0 + an LZ4 block; or tag byte 1, the chunk count ``n``, ``n`` compressed chunk
sizes and ``n`` filter sizes (little-endian u4), the filters, the chunks (LZ4 blocks, each with its
size). The exact stream's filter sizes are 0 (it is read with the folded filters).
"""
from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator

import lz4.block
import numpy as np

LONG_BYTES = 16384       # folded streams longer than this are chunked ...
CHUNK_BYTES = 8192       # ... into chunks of about this many bytes (smaller chunks compress worse)
FILTER_BITS = 8          # Bloom filter bits per distinct bigram of a chunk (two probes: ≈ 5 % false)
_SHORT, _CHUNKED = 0, 1
_MIX = np.uint64(0x9E3779B97F4A7C15)


def encode_streams(parts: list[list[str]], folded_parts: list[list[str]]) -> tuple[bytes, bytes]:
    """(folded, exact) stream of a document whose parts hold ``parts`` syllables (``folded_parts``
    folded)."""
    tokens, exact_tokens = _tokens(folded_parts), _tokens(parts)
    folded, exact = _text(tokens), _text(exact_tokens)
    if len(folded) <= LONG_BYTES:
        return _one_block(folded), _one_block(exact)
    starts_f = _token_starts(tokens)
    starts_e = _token_starts(exact_tokens)
    cuts = _cuts(starts_f)                      # first token of each chunk
    ends = cuts[1:] + [len(tokens)]
    filters = _filters(tokens, cuts)
    f_chunks = [folded[starts_f[a]:starts_f[b] if b < len(tokens) else len(folded)] for a, b in zip(cuts, ends)]
    e_chunks = [exact[starts_e[a]:starts_e[b] if b < len(tokens) else len(exact)] for a, b in zip(cuts, ends)]
    del starts_f, starts_e
    return _chunked(f_chunks, filters), _chunked(e_chunks, [b""] * len(e_chunks))


def whole(blob: bytes) -> bytes:
    """A stream's whole text."""
    if not blob:
        return b""
    if blob[0] == _SHORT:
        return lz4.block.decompress(memoryview(blob)[1:])
    sizes, chunk_at = _chunks(blob)
    return b"".join(_chunk(blob, chunk_at, sizes, k) for k in range(len(sizes)))


def syllable_count(stream: bytes, needle: bytes) -> int:
    """How often a syllable stands in a stream's text (``needle``: the syllable between two spaces):
    the term frequency its postings hold. Side by side ("vẫn vẫn") two share a space, which a plain
    count would take for one: then counted with every space doubled."""
    n = stream.count(needle)
    if n and stream.find(needle[:-1] + needle) >= 0:
        n = stream.replace(b" ", b"  ").count(needle)
    return n


def is_chunked(blob: bytes) -> bool:
    """Is this stream a long one, in chunks?"""
    return bool(blob) and blob[0] == _CHUNKED


def phrase_keys(folded: list[str]) -> list[int]:
    """Filter keys of a phrase's folded bigrams (what ``chunk_runs`` tests chunks with)."""
    h = _hashes(folded)
    return _mix(h[:-1], h[1:]).tolist()


def chunk_runs(folded_blob: bytes, keys: list[int], span: int) -> list[tuple[int, int]] | None:
    """Where a phrase may stand in a long document, from its folded stream's filters: the runs
    (first, end) of chunks in which each of its bigram ``keys`` is in the chunk's filter or the
    next one's, each with that next chunk; None for the whole text (a short stream, no bigram, or a
    phrase of ``span`` folded bytes longer than a chunk, which may reach past the next chunk)."""
    if not folded_blob or folded_blob[0] == _SHORT or not keys or span > CHUNK_BYTES:
        return None
    n = int.from_bytes(folded_blob[1:5], "little")
    at = 5 + 8 * n                                   # the first filter
    full = (1 << len(keys)) - 1
    held = []                                        # per chunk: which keys its filter holds (bits)
    for size in struct.unpack_from(f"<{n}I", folded_blob, 5 + 4 * n):
        bits, have = size * 8, 0
        for j, key in enumerate(keys):
            a, b = key % bits, (key >> 32) % bits
            if folded_blob[at + (a >> 3)] >> (a & 7) & 1 and folded_blob[at + (b >> 3)] >> (b & 7) & 1:
                have |= 1 << j
        held.append(have)
        at += size
    held.append(0)
    runs: list[tuple[int, int]] = []
    for k in range(n):
        if held[k] | held[k + 1] == full:
            if runs and runs[-1][1] >= k + 1:
                runs[-1] = (runs[-1][0], min(n, k + 2))
            else:
                runs.append((k, min(n, k + 2)))
    return runs


def windows(blob: bytes, runs: Callable[[], list[tuple[int, int]] | None]) -> Iterator[bytes]:
    """The pieces of a stream to look for a phrase in: a short stream whole; a long one's chunks
    ``runs()`` names (``chunk_runs``, asked only for a long stream), each run joined."""
    if not blob or blob[0] == _SHORT:
        yield whole(blob)
        return
    where = runs()
    if where is None:
        yield whole(blob)
        return
    sizes, chunk_at = _chunks(blob)
    for first, end in where:
        yield b"".join(_chunk(blob, chunk_at, sizes, k) for k in range(first, end))


# --- writing ---------------------------------------------------------------------------------------
def _tokens(parts: list[list[str]]) -> list[str]:
    """The syllables of the non-empty parts, a line break between two parts."""
    out: list[str] = []
    for part in parts:
        if part:
            out.extend(("\n", *part) if out else part)
    return out


def _text(tokens: list[str]) -> bytes:
    return (" " + " ".join(tokens) + " ").encode("utf-8")


def _one_block(text: bytes) -> bytes:
    return bytes((_SHORT,)) + lz4.block.compress(text, mode="high_compression")


def _token_starts(tokens: list[str]) -> np.ndarray:
    """Byte offset of the space before each token in the stream text (an array: a long report has
    ~100,000 tokens, and a list of Python ints would hold ~4 MB in a build worker)."""
    sizes = np.fromiter((len(t.encode("utf-8")) + 1 for t in tokens), dtype=np.int64, count=len(tokens))
    starts = np.zeros(len(tokens), dtype=np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    return starts


def _cuts(starts: np.ndarray) -> list[int]:
    """First token of each chunk: a new chunk starts at the first token at least CHUNK_BYTES after the
    last one started (the last chunk may be short)."""
    cuts = [0]
    while True:
        i = int(np.searchsorted(starts, starts[cuts[-1]] + CHUNK_BYTES))
        if i >= len(starts):
            return cuts
        cuts.append(i)


def _filters(tokens: list[str], cuts: list[int]) -> list[bytes]:
    """Each chunk's Bloom filter of the bigrams whose first syllable it holds (none across a line break)."""
    h = _hashes(tokens)
    breaks = np.array([t == "\n" for t in tokens], dtype=bool)
    keys = _mix(h[:-1], h[1:])
    inside = ~(breaks[:-1] | breaks[1:])
    edges = cuts[1:] + [len(tokens)]
    out = []
    for a, b in zip(cuts, edges):
        chunk_keys = np.unique(keys[a:min(b, len(keys))][inside[a:min(b, len(keys))]])
        bits = max(64, -(-len(chunk_keys) * FILTER_BITS // 64) * 64)
        field = np.zeros(bits, dtype=bool)
        for probe in _probes(chunk_keys, bits):
            field[probe] = True
        out.append(np.packbits(field, bitorder="little").tobytes())
    return out


def _chunked(chunks: list[bytes], filters: list[bytes]) -> bytes:
    blocks = [lz4.block.compress(c, mode="high_compression") for c in chunks]
    head = np.array([len(chunks), *(len(b) for b in blocks), *(len(f) for f in filters)], dtype="<u4")
    return bytes((_CHUNKED,)) + head.tobytes() + b"".join(filters) + b"".join(blocks)


# --- hashing (the same at build and query: zlib.crc32, never Python's salted hash) -----------------
def _hashes(syllables: list[str]) -> np.ndarray:
    known = {s: zlib.crc32(s.encode("utf-8")) for s in set(syllables)}
    return np.fromiter((known[s] for s in syllables), dtype=np.uint64, count=len(syllables))


def _mix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        h = ((a << np.uint64(32)) | b) * _MIX
    return h ^ (h >> np.uint64(29))


def _probes(keys: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    m = np.uint64(bits)
    return (keys % m).astype(np.int64), ((keys >> np.uint64(32)) % m).astype(np.int64)


# --- reading ---------------------------------------------------------------------------------------
def _chunks(blob: bytes) -> tuple[tuple[int, ...], list[int]]:
    """A long stream's compressed chunk sizes and where each chunk starts."""
    n = int.from_bytes(blob[1:5], "little")
    head = struct.unpack_from(f"<{2 * n}I", blob, 5)
    at = 5 + 8 * n + sum(head[n:])
    starts = []
    for size in head[:n]:
        starts.append(at)
        at += size
    return head[:n], starts


def _chunk(blob: bytes, chunk_at: list[int], sizes: tuple[int, ...], k: int) -> bytes:
    at = chunk_at[k]
    return lz4.block.decompress(memoryview(blob)[at:at + sizes[k]])
