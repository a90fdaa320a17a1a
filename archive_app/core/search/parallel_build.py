"""Fresh index builds on every core (issue 17): worker processes turn batches of documents into
sorted posting runs; the building process keeps the order, writes each document's stored values and
columns, and merges the runs into the one segment at commit (whoosh_private.DirectSegmentWriter).

Tokenizing and counting terms is most of a build's per-document work and needs nothing but the
document, so it parallelises without changing a byte of the result: batch ``k`` covers the document
numbers after batch ``k - 1``, and its runs are adopted in that order. Workers are fresh processes
(build_worker: never forked, the window has threads), so small builds stay in one process
(``PARALLEL_MIN_DOCS``).
"""
from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..models import IndexDoc
from .build_worker import Worker

BATCH_DOCS = 1000            # documents per task: one run of ≈ 1 M postings (≈ 60 MB in a worker)
BATCH_CHARS = 3_000_000      # …or fewer, when their text is longer (a worker's memory follows the text)
PARALLEL_MIN_DOCS = 4000     # below this, starting worker processes costs more than it saves
_schema = None


def worker_count(total: int) -> int:
    """Worker processes for a build of ``total`` documents (0: build in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 4) if total >= PARALLEL_MIN_DOCS and cores > 1 else 0


def index_batch(folder: str, batch: int, docbase: int, docs: list[IndexDoc]) -> tuple[list[Path], list]:
    """In a worker: the batch's postings as runs in ``folder``; for each document, its fields
    without the term lists, and its field lengths (what ``add_indexed`` needs). Empties ``docs``."""
    global _schema
    from .fields import build_schema
    from .index import doc_fields
    from .postings_runs import PostingRuns
    from .whoosh_private import index_terms, indexed_fields

    if _schema is None:
        _schema = build_schema()
    counted = {name for name, field in _schema.items() if hasattr(field, "term_counts")}
    runs = PostingRuns(indexed_fields(_schema), Path(folder), name=f"b{batch:07d}-")
    out = []
    for i in range(len(docs)):
        # Each report's text and terms are let go before the next one's are made: two of the longest
        # reports (500,000 characters, ≈ 20 MB of term lists each) never live at once.
        fields = doc_fields(docs[i])
        docs[i] = None
        lengths = index_terms(_schema, runs, docbase + i, fields)
        out.append(({k: v for k, v in fields.items() if k not in counted}, lengths))
        del fields
    runs.spill()
    give_back_memory()
    return runs.runs, out


def write_parallel(writer, docs: Iterable[IndexDoc], workers: int,
                   progress: Callable[[int], None] | None = None) -> int:
    """Add ``docs`` to a DirectSegmentWriter with ``workers`` processes and commit it (a worker
    writes the second half of the terms meanwhile); returns how many.

    Batch ``k`` goes to worker ``k % workers``, which holds one batch at a time: before it gets
    another, its reply is read and adopted, so replies are adopted in batch order and this process
    holds no batch but the one it is cutting."""
    count = 0
    pool = [Worker() for _ in range(workers)]
    try:
        batch_no, docbase = 0, writer.docnum
        for batch in batches(docs):
            worker = pool[batch_no % workers]
            if worker.busy:
                count += _adopt(writer, worker)
                if progress:
                    progress(count)
            worker.send("index_batch", str(writer.run_folder), batch_no, docbase, batch)
            batch_no, docbase = batch_no + 1, docbase + len(batch)
            del batch
        for k in range(batch_no, batch_no + workers):       # the last replies, in batch order
            worker = pool[k % workers]
            if worker.busy:
                count += _adopt(writer, worker)
                if progress:
                    progress(count)
    except BaseException:
        for worker in pool:
            worker.kill()
        raise
    for worker in pool:
        worker.close()
    # The batch workers have ended: what their interpreters kept of the batches goes back to the
    # machine before the merge, which one fresh process shares with this one.
    writer.flush_worker = flusher = Worker()
    try:
        writer.commit(merge=False)
    except BaseException:
        flusher.kill()
        raise
    flusher.close()
    return count


def batches(docs: Iterable[IndexDoc], most_docs: int | None = None, most_chars: int | None = None
            ) -> Iterator[list[IndexDoc]]:
    """``docs`` in order, in lists of at most ``most_docs`` documents and ``most_chars`` characters
    of text (a longer document alone): a run of long reports does not make a worker's batch, and
    the batches held here, many times bigger."""
    most_docs, most_chars = most_docs or BATCH_DOCS, most_chars or BATCH_CHARS
    batch, chars = [], 0
    for doc in docs:
        size = len(doc.title) + len(doc.body) + sum(map(len, doc.extras))
        if batch and (len(batch) >= most_docs or chars + size > most_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += size
    if batch:
        yield batch


def _adopt(writer, worker: Worker) -> int:
    runs, docs = worker.receive()
    for fields, lengths in docs:
        writer.add_indexed(fields, lengths)
    writer.runs.adopt(runs)
    count = len(docs)
    del docs
    give_back_memory()
    return count


_malloc_trim = None


def give_back_memory() -> None:
    """Hand the C heap's free pages back to the system. glibc keeps what a batch's many small
    objects (terms, dictionaries) held after they are freed — measured 30 MB in a worker after a
    batch of 1,000 reports, so each worker stayed at its batch's peak; elsewhere this does nothing."""
    global _malloc_trim
    if _malloc_trim is None:
        _malloc_trim = False
        if sys.platform.startswith("linux"):
            try:
                _malloc_trim = ctypes.CDLL(None).malloc_trim      # glibc only (not musl)
            except (OSError, AttributeError):
                pass
    if _malloc_trim:
        _malloc_trim(0)
