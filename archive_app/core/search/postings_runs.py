"""Postings of a fresh index build in compact arrays, spilled to sorted runs on disk and merged back
in term order (issue 17).

Whoosh's writer keeps every posting as a tuple in one pool (about 200 bytes each: 1.7 GB resident at
30,000 reports) and writes them one Python call per posting. Here a posting costs 16 bytes in four
arrays (term number, document number, weight, value) until ``RUN_POSTINGS`` of them are held; then
they are sorted by term (numpy) and written as a run: its terms in order with their posting counts,
and the postings in that order. Documents arrive in increasing numbers, so run after run covers
higher document numbers, and a term's postings are the concatenation of its runs' postings in run
order. ``merged()`` streams every term once, in (field, term bytes) order, holding one read buffer
per run: memory stays bounded whatever the archive's size.
"""
from __future__ import annotations

import heapq
import struct
from array import array
from collections.abc import Iterator
from itertools import repeat
from pathlib import Path

import numpy as np

RUN_POSTINGS = 3_000_000        # postings held in memory before a run is written (≈ 48 MB + their terms)
READ_POSTINGS = 1 << 14         # postings read from a run at a time while merging (192 KB a run: 100 runs at 100,000 reports)
_KEY = struct.Struct("<BII")    # field number, length of the term's bytes (a broken file can make one of 64 KB), posting count

_DTYPES = (("docs", np.uint32), ("weights", np.float32), ("values", np.uint32))
_WRITE_TERMS = 1 << 15          # terms of a run's key file joined at a time while spilling


def _key(fnum: int, term, count: int) -> bytes:
    term = term.encode("utf-8") if isinstance(term, str) else term
    return _KEY.pack(fnum, len(term), count) + term


class PostingRuns:
    """Collects postings document by document; ``merged()`` gives them back term by term."""

    def __init__(self, fields: list[str], folder: Path, name: str = "run", run_postings: int | None = None):
        self.fields = sorted(fields)
        self._number = {f: i for i, f in enumerate(self.fields)}
        self._folder = Path(folder)
        self._name = name
        self._limit = run_postings or RUN_POSTINGS
        self._runs: list[Path] = []
        self._reset()

    def _reset(self) -> None:
        self._ids: list[dict] = [{} for _ in self.fields]   # per field: term (str or bytes) → term number
        self._terms = 0                                    # term numbers given (all fields)
        self._tids = array("I")
        self._docs = array("I")
        self._weights = array("f")
        self._values = array("I")

    def add_counts(self, field: str, docnum: int, counts: dict, boost: float = 1.0) -> None:
        """Postings of one document's terms in ``field``: {term: frequency} (the weight is the
        frequency times ``boost``; no posting values)."""
        if not counts:
            return
        ids = self._ids[self._number[field]]
        for term in counts:
            if term not in ids:
                ids[term] = self._terms
                self._terms += 1
        n = len(counts)
        self._tids.extend(map(ids.__getitem__, counts))
        self._docs.extend(repeat(docnum, n))
        self._weights.extend(counts.values() if boost == 1.0 else (c * boost for c in counts.values()))
        self._values.extend(repeat(0, n))
        if len(self._tids) >= self._limit:
            self.spill()

    def add(self, field: str, docnum: int, term: bytes, weight: float, value: int = 0) -> None:
        """One posting (fields Whoosh analyses itself: ids, numbers, keywords)."""
        ids = self._ids[self._number[field]]
        tid = ids.get(term)
        if tid is None:
            tid = ids[term] = self._terms
            self._terms += 1
        self._tids.append(tid)
        self._docs.append(docnum)
        self._weights.append(weight)
        self._values.append(value)

    def spill(self) -> None:
        """Write the postings held so far as one sorted run.

        Each field's terms are sorted as they are (a field's terms are all str or all bytes; str
        order is code point order, which is UTF-8 byte order), their term numbers gathered into an
        array: no list of keys, no per-term tuples (they made a worker's batch peak at twice its
        postings and terms)."""
        if not self._tids:
            return
        rank = np.empty(self._terms, dtype=np.uint32)
        sorted_terms, base = [], 0
        for ids in self._ids:
            terms = sorted(ids)
            if terms:
                rank[np.fromiter(map(ids.__getitem__, terms), dtype=np.uint32, count=len(terms))] = \
                    np.arange(base, base + len(terms), dtype=np.uint32)
            sorted_terms.append(terms)
            base += len(terms)
        ranks = rank[np.frombuffer(self._tids, dtype=np.uint32)]
        del rank
        perm = np.argsort(ranks, kind="stable")            # stable: documents stay in order
        counts = np.bincount(ranks, minlength=base)
        del ranks
        path = self._folder / f"{self._name}{len(self._runs)}"
        path.with_suffix(".fields").write_bytes(bytes(f for f, terms in enumerate(sorted_terms) if terms))
        with open(path.with_suffix(".keys"), "wb") as f:
            base = 0
            for fnum, terms in enumerate(sorted_terms):
                for lo in range(0, len(terms), _WRITE_TERMS):
                    chunk = terms[lo:lo + _WRITE_TERMS]
                    f.write(b"".join(_key(fnum, t, c) for t, c in zip(
                        chunk, counts[base + lo:base + lo + len(chunk)].tolist())))
                base += len(terms)
        del sorted_terms
        for name, dtype in _DTYPES:
            np.frombuffer(getattr(self, f"_{name}"), dtype=dtype)[perm].tofile(path.with_suffix(f".{name}"))
        self._runs.append(path)
        self._reset()

    def merged(self, start: tuple[int, bytes] | None = None, stop: tuple[int, bytes] | None = None
               ) -> Iterator[tuple[int, bytes, np.ndarray, np.ndarray, np.ndarray]]:
        """(field number, term bytes, document numbers, weights, values) of every term, in order;
        only terms from ``start`` and before ``stop`` (as (field number, term bytes)) when given."""
        self.spill()
        cursors = [_RunCursor(p) for p in self._runs]
        try:
            streams = [cur.keys(r, start) for r, cur in enumerate(cursors)]
            current = None
            parts: list[tuple[int, int]] = []
            for fnum, term, r, count in heapq.merge(*streams):
                if current is not None and (fnum, term) != current:
                    yield (*current, *_gather(cursors, parts))
                    parts = []
                current = (fnum, term)
                if stop is not None and current >= stop:
                    return
                parts.append((r, count))
            if current is not None:
                yield (*current, *_gather(cursors, parts))
        finally:
            for cur in cursors:
                cur.close()

    def split_key(self) -> tuple[int, bytes] | None:
        """A term near the middle of the terms (the middle one of the biggest run): where a second
        process can start merging."""
        self.spill()
        if not self._runs:
            return None
        biggest = max(self._runs, key=lambda p: p.with_suffix(".keys").stat().st_size)
        cursor = _RunCursor(biggest)
        try:
            keys = [(f, t) for f, t, _, _ in cursor.keys(0)]
        finally:
            cursor.close()
        return keys[len(keys) // 2] if len(keys) > 1 else None

    def present_fields(self) -> list[str]:
        """Fields with at least one posting (in field order)."""
        self.spill()
        numbers = set()
        for run in self._runs:
            numbers.update(run.with_suffix(".fields").read_bytes())
        return [self.fields[i] for i in sorted(numbers)]

    @property
    def runs(self) -> list[Path]:
        return list(self._runs)

    def adopt(self, runs: list[Path]) -> None:
        """Runs written by another ``PostingRuns`` (a worker process) for the documents that follow."""
        self.spill()
        self._runs.extend(runs)

    def cleanup(self) -> None:
        for run in self._runs:
            for suffix in (".keys", ".fields", *(f".{name}" for name, _ in _DTYPES)):
                run.with_suffix(suffix).unlink(missing_ok=True)
        self._runs = []


def _gather(cursors, parts):
    if len(parts) == 1:
        r, count = parts[0]
        return cursors[r].take(count)
    taken = [cursors[r].take(count) for r, count in parts]
    return tuple(np.concatenate([t[i] for t in taken]) for i in range(3))


class _RunCursor:
    """Reads one run front to back: its keys, and its postings in buffered pieces."""

    def __init__(self, path: Path):
        self._keys = open(path.with_suffix(".keys"), "rb")
        self._files = [open(path.with_suffix(f".{name}"), "rb") for name, _ in _DTYPES]
        self._buffers = [np.empty(0, dtype=dtype) for _, dtype in _DTYPES]
        self._pos = 0

    def keys(self, run: int, start: tuple[int, bytes] | None = None) -> Iterator[tuple[int, bytes, int, int]]:
        """(field number, term, ``run``, posting count) of every term of the run from ``start``, in
        order (the postings of the terms before it are skipped)."""
        read, size, unpack = self._keys.read, _KEY.size, _KEY.unpack
        skipped = 0
        while head := read(size):
            fnum, length, count = unpack(head)
            term = read(length)
            if start is not None:
                if (fnum, term) < start:
                    skipped += count
                    continue
                start = None
                for f, (_, dtype) in zip(self._files, _DTYPES):
                    f.seek(skipped * np.dtype(dtype).itemsize)
            yield fnum, term, run, count

    def take(self, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._pos + count > len(self._buffers[0]):
            want = max(count, READ_POSTINGS)
            self._buffers = [np.concatenate([buf[self._pos:], np.fromfile(f, dtype=dtype, count=want)])
                             for buf, f, (_, dtype) in zip(self._buffers, self._files, _DTYPES)]
            self._pos = 0
        start, end = self._pos, self._pos + count
        self._pos = end
        docs, weights, values = self._buffers
        return docs[start:end], weights[start:end], values[start:end]

    def close(self) -> None:
        self._keys.close()
        for f in self._files:
            f.close()
