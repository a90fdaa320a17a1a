"""The Whoosh-backed search index: a rebuildable cache of the database (DESIGN.md §5)."""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import shutil
import zlib
from bisect import bisect_left
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index

from ..files import write_file
from ..models import IndexDoc, IndexFilter
from ..vietnamese import fold, fold_syllable, syllables
from .evaluate import Evaluator
from .fields import INDEX_VERSION, build_schema, codec
from .parallel_build import write_parallel
from .query import ParsedQuery, Phrase
from .streams import chunk_runs, encode_streams, is_chunked, phrase_keys, syllable_count, whole, windows
from .whoosh_private import DirectSegmentWriter, pool_bytes, prefetch, toc_generation

VERSION_FILE = "archive-index.json"
CLOSENESS_POOL = 100     # best candidates checked for the typed words side by side ...
PAIR_SHARE = 0.5         # ... the share of the best score that all typed pairs found side by side add
MAX_RUN = 12             # words of a query looked at for closeness
VERDICTS = 1_000_000     # phrase verdicts (document, phrase) kept before they are forgotten at once
POOL_MB = 2048           # Whoosh's own estimate of the posting pool's memory where it would spill ...
# ... and where a new segment starts instead, in everyday (incremental) writes through Whoosh's writer.
# Fresh builds no longer use that pool: DirectSegmentWriter holds postings in compact arrays spilled
# as sorted runs (postings_runs.RUN_POSTINGS bounds its memory) and writes one segment (issue 17).
SEGMENT_BYTES = 1400 * 1024 * 1024
MERGE_FACTOR = 4         # segments of one size tier (powers of 4 documents) merged four at a time ...
MAX_MERGED_DOCS = 5000   # ... into at most this many documents: a sync never rewrites a big segment


class IndexUnusable(Exception):
    """The index is missing, of another version or damaged: rebuild it from the database."""


def _is_index_file(name: str) -> bool:
    """Files Whoosh never changes once committed: segment files and tables of contents."""
    return (name.startswith("MAIN_") or name.startswith("_MAIN_")) and not name.endswith((".tmp", "WRITELOCK"))


def merge_tiers(writer, segments):
    """Whoosh merge policy for everyday syncs: merge MERGE_FACTOR segments of a size tier when their
    documents add up to at most MAX_MERGED_DOCS; leave every bigger segment alone.

    Whoosh's own MERGE_SMALL sometimes folded every segment into one, so adding 20 reports to a
    2,000-report archive took 10–30 s (pure-Python merge), and far longer at 30,000. With tiers,
    each document is rewritten a few times at most and a merge stays small. Big segments come from
    rebuilds; deleted documents in them stay until the next rebuild (BM25 counts them consistently).
    """
    from whoosh.reading import SegmentReader

    tiers: dict[int, list] = {}
    for seg in segments:
        docs = seg.doc_count_all()
        if docs < MAX_MERGED_DOCS:
            tiers.setdefault(int(math.log(max(docs, 1), MERGE_FACTOR)), []).append(seg)
    for _, group in sorted(tiers.items()):
        group = sorted(group, key=lambda sg: sg.doc_count_all())[:MERGE_FACTOR]
        if len(group) >= MERGE_FACTOR and sum(sg.doc_count_all() for sg in group) <= MAX_MERGED_DOCS:
            for seg in group:
                reader = SegmentReader(writer.storage, writer.schema, seg)
                writer.add_reader(reader)
                reader.close()
            return [sg for sg in segments if sg not in group]
    return segments


def _crc32(path: Path) -> int:
    crc = 0
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            crc = zlib.crc32(block, crc)
    return crc


def _date_int(d: dt.date | None) -> int:
    return d.year * 10000 + d.month * 100 + d.day if d else 0


def doc_fields(doc: IndexDoc) -> dict:
    """Whoosh field values of one report: exact/folded syllables, folded bigrams, title terms, the
    syllable streams phrases are checked in, filters. Bigrams and streams never join two parts
    (title, body, a person, a tag): a phrase stays inside one of them."""
    parts = [syllables(t) for t in (doc.title, doc.body, *doc.extras)]
    folded_parts = [[fold_syllable(s) for s in part] for part in parts]
    folded_stream, exact_stream = encode_streams(parts, folded_parts)
    return {
        "id": str(doc.id),
        "rid": doc.id,
        "rev": doc.revision,
        **terms_of_parts(parts, folded_parts),
        "ft": folded_stream,
        "et": exact_stream,
        "person": " ".join(f"p{i}" for i in doc.person_ids),
        "tag": " ".join(f"t{i}" for i in doc.tag_ids),
        "kind": fold(doc.kind) if doc.kind else "",
        "date": _date_int(doc.date),
    }


def terms_of_parts(parts: list[list[str]], folded_parts: list[list[str]]) -> dict[str, list[str]]:
    """The scored fields' terms of a document whose first part is its title."""
    title = folded_parts[0] if folded_parts else []
    return {
        "e": [s for part in parts for s in part],
        "f": [s for part in folded_parts for s in part],
        "fb": [f"{a}_{b}" for part in folded_parts for a, b in zip(part, part[1:])],
        "tf": title + [f"{a}_{b}" for a, b in zip(title, title[1:])],
    }


class _PhraseCheck:
    """Is one phrase in a document's syllables? Decided in its syllable streams (streams.py: of a long
    document, only the chunks its bigram filters let through), verdicts remembered per reader under
    what is looked for (one key per meaning).

    Without marks: its folded syllables side by side, a byte search in the folded stream. With marks
    (DESIGN.md §5: each marked syllable as spelled, each unmarked one in any spelling): the exact
    stream, a byte search when every syllable carries marks, else the marked syllables found in place
    as bytes and the others' folds compared. The folded verdict bounds the exact one both ways of
    reading: where the folded phrase is missing the exact one is too, and where the exact one stands
    the folded one does (the streams hold the same syllables, one folded). A query with marks is
    always followed by its folded count (``folded_total``), which needs the folded verdict of every
    candidate: a candidate holding the phrase costs one read exact first (its folded verdict comes
    with it) and two folded first, one missing it the other way round. So each candidate goes the way
    the candidates before it suggest: exact first while at least half of them held the phrase.
    Measured on the bench's 50 phrases at 30,000 reports: 2,001 stream reads, 1,338 exact first
    always, fewer this way; "quốc gia và tự" (1 of 44 candidates) 98 → 57."""

    def __init__(self, p: Phrase, verdicts: dict):
        needle = f" {' '.join(p.folded)} ".encode("utf-8")
        self.keys, self.span = phrase_keys(p.folded), len(needle)
        self.runs: dict[int, list | None] = {}     # a long document's chunks to read (both streams)
        self.folded_test: Callable[[bytes], bool] = lambda stream: needle in stream
        self.folded_known: dict[int, bool] = verdicts.setdefault(("ft", needle), {})
        self.exact_test: Callable[[bytes], bool] | None = None
        self.decided = self.held = 0
        if not p.marked:
            return
        exact = f" {' '.join(p.exact)} ".encode("utf-8")     # (what is looked for: the phrase as typed)
        self.exact_known: dict[int, bool] = verdicts.setdefault(("et", exact), {})
        if all(e != f for e, f in zip(p.exact, p.folded)):
            self.exact_test = lambda stream: exact in stream
        else:
            self.exact_test = _mixed_test(p)

    def knows(self, doc: int) -> bool:
        """Is this document's verdict remembered (no stream to read)?"""
        return doc in (self.folded_known if self.exact_test is None else self.exact_known)

    def holds(self, doc: int, streams: _Streams) -> bool:
        """Does ``doc`` hold the phrase? Remembered, or decided in its streams."""
        if self.exact_test is None:
            ok = self.folded_known.get(doc)
            if ok is None:
                streams.ahead("ft", doc)
                ok = self.folded_known[doc] = self._found(self.folded_test, "ft", doc, streams)
            return ok
        ok = self.exact_known.get(doc)
        if ok is not None:
            return ok
        folded = self.folded_known.get(doc)
        if folded is None and 2 * self.held < self.decided:      # most candidates so far missed it
            streams.ahead("ft", doc)
            folded = self.folded_known[doc] = self._found(self.folded_test, "ft", doc, streams)
        if folded is False:
            ok = False
        else:
            if folded is None:                   # (read exact first: so, most likely, the ones after)
                streams.ahead("et", doc)
            ok = self._found(self.exact_test, "et", doc, streams)
            if ok:
                self.folded_known[doc] = True
        self.exact_known[doc] = ok
        self.decided += 1
        self.held += ok
        return ok

    def _found(self, test: Callable[[bytes], bool], name: str, doc: int, streams: _Streams) -> bool:
        blob = streams.read(name, doc)
        if not is_chunked(blob):                  # (most documents: no generator, no closure)
            return test(whole(blob))

        def runs():
            if doc not in self.runs:
                self.runs[doc] = chunk_runs(blob if name == "ft" else streams.read("ft", doc), self.keys, self.span)
            return self.runs[doc]

        return any(test(piece) for piece in windows(blob, runs))


class _Streams:
    """The syllable-stream columns one phrase verification reads, each opened when first read (the
    exact one: ~0.7 ms at 30,000 reports), and the OS asked to read ahead (``prefetch``) the streams
    the checks are about to read: of a column, the first time a check reads it for candidate after
    candidate, every candidate still to decide from there on; of the folded column, at once, the
    long streams' (their chunk filters are read whichever way a check goes). Before, both columns
    were advised for every candidate: ~1 µs an advice, most of them on the folded streams of a
    phrase with marks, which are seldom read (0.9 of 7 ms for "được xác định là")."""

    LONG = 4096      # stored bytes from which a folded stream is advised at once (a chunked one: ≥ ~6 kB)

    def __init__(self, ev: Evaluator, todo: list[int]):
        self.ev, self.todo = ev, todo
        self.columns: dict[str, object] = {}
        self.advised: set[str] = set()

    def column(self, name: str):
        if name not in self.columns:
            self.columns[name] = self.ev.column(name)
        return self.columns[name]

    def read(self, name: str, doc: int) -> bytes:
        column = self.columns.get(name)
        return (column if column is not None else self.column(name))[doc]

    def ahead(self, name: str, doc: int) -> None:
        if name not in self.advised:
            self.advised.add(name)
            prefetch(self.column(name), self.todo[bisect_left(self.todo, doc):])

    def long_ahead(self) -> None:
        if "ft" not in self.advised:
            prefetch(self.column("ft"), self.todo, min_length=self.LONG)


def _counts(ev: Evaluator, syllable: str, docs: np.ndarray, texts: dict[int, bytes | None]) -> np.ndarray:
    """How often ``syllable`` (exact) stands in each of ``docs``, counted in their exact streams; 0 for
    a long (chunked) stream, which is not decompressed whole for this. ``texts`` keeps the streams
    read for one query's syllables (a phrase has up to four marked ones)."""
    column, needle = ev.column("et"), f" {syllable} ".encode("utf-8")
    out = np.zeros(len(docs), dtype=np.int64)
    for k, doc in enumerate(docs.tolist()):
        if doc not in texts:
            blob = column[doc]
            texts[doc] = None if is_chunked(blob) else whole(blob)
        text = texts[doc]
        if text is not None:
            out[k] = syllable_count(text, needle)
    return out


def _mixed_test(p: Phrase) -> Callable[[bytes], bool]:
    """The exact test of a phrase with marked and unmarked syllables: at every place its longest run
    of marked syllables stands (a byte search: a regular expression's own scan took 5× longer in the
    long streams of a common phrase's candidates), the phrase is matched from the start that many
    syllables before, and the unmarked syllables' folds compared; overlapping places too."""
    pattern = re.compile(b" " + b" ".join(re.escape(e.encode("utf-8")) if e != f else rb"([^ \n]+)"
                                          for e, f in zip(p.exact, p.folded)) + b" ")
    unmarked = [f for e, f in zip(p.exact, p.folded) if e == f]
    runs: list[tuple[int, int]] = []             # (first, end) of each run of marked syllables
    for k, (e, f) in enumerate(zip(p.exact, p.folded)):
        if e != f:
            if runs and runs[-1][1] == k:
                runs[-1] = (runs[-1][0], k + 1)
            else:
                runs.append((k, k + 1))
    first, end = max(runs, key=lambda r: r[1] - r[0])
    anchor = f" {' '.join(p.exact[first:end])} ".encode("utf-8")

    def exact_test(stream: bytes) -> bool:
        at = stream.find(anchor)
        while at >= 0:
            start = at
            for _ in range(first):
                start = stream.rfind(b" ", 0, start) if start > 0 else -1    # (a negative end counts from the end)
            match = pattern.match(stream, start) if start >= 0 else None
            if match is not None and all(fold_syllable(s.decode("utf-8")) == f
                                         for s, f in zip(match.groups(), unmarked)):
                return True
            at = stream.find(anchor, at + 1)
        return False

    return exact_test


class SearchIndex:
    """Open (or create) the index folder; add, delete, search; know its version."""

    def __init__(self, path: Path):
        self.path = path
        self._ix = None
        self._reader = None
        self._evaluator = None
        self._verdicts: dict[tuple[str, bytes], dict[int, bool]] = {}   # see ``_verified``

    # --- lifecycle -------------------------------------------------------------------------
    def exists(self) -> bool:
        try:
            return (self.path / VERSION_FILE).exists() and whoosh_index.exists_in(str(self.path))
        except Exception:  # noqa: BLE001 - a garbled table of contents: there is no usable index
            return False

    def _info(self) -> dict:
        try:
            info = json.loads((self.path / VERSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return info if isinstance(info, dict) else {}

    def version_ok(self) -> bool:
        return self._info().get("version") == INDEX_VERSION

    def damaged_files(self, checksums: bool = False) -> list[str]:
        """Committed index files that are gone or changed since the last write recorded them.

        Size and modification time are compared (a few stat calls: done at every open); with
        ``checksums`` the CRC-32 of every file too (``check``). Whoosh never rewrites a committed
        file, so any difference is damage. Files the manifest cannot vouch for are not judged.
        """
        files = self._vouched_files()
        return [] if files is None else self._changed(files, checksums)

    def proven_damaged(self) -> bool:
        """After a read error: do the checksums show damage (or can the manifest not vouch for the files)?"""
        files = self._vouched_files()
        return files is None or bool(self._changed(files, checksums=True))

    def _vouched_files(self) -> dict | None:
        """The recorded files, or None when there is no record or it is older than the newest table of
        contents (a crash between Whoosh's commit and our record of it), or the folder is unreadable."""
        info = self._info()
        files = info.get("files")
        if not isinstance(files, dict):
            return None
        try:
            generation = toc_generation(self.path)
        except Exception:  # noqa: BLE001 - an unreadable folder
            return None
        return files if info.get("generation") == generation else None

    def _changed(self, files: dict, checksums: bool) -> list[str]:
        bad = []
        for name, (size, mtime_ns, crc) in files.items():
            try:
                st = (self.path / name).stat()
            except OSError:
                bad.append(name)
                continue
            if st.st_size != size or st.st_mtime_ns != mtime_ns or (checksums and _crc32(self.path / name) != crc):
                bad.append(name)
        return sorted(bad)

    def _record_files(self) -> None:
        """Write the version file with the size, time and CRC-32 of every committed file (atomically)."""
        old = self._info().get("files") or {}
        files = {}
        for p in sorted(self.path.iterdir()):
            if not p.is_file() or not _is_index_file(p.name):
                continue
            st = p.stat()
            prev = old.get(p.name)
            same = prev and prev[0] == st.st_size and prev[1] == st.st_mtime_ns
            files[p.name] = [st.st_size, st.st_mtime_ns, prev[2] if same else _crc32(p)]
        generation = toc_generation(self.path)
        # not synced: the index is a cache, and a torn write shows as damage (CRC-32) and is rebuilt
        write_file(self.path / VERSION_FILE, json.dumps(
            {"version": INDEX_VERSION, "generation": generation, "files": files}).encode("utf-8"), durable=False)

    def mark_damaged(self) -> None:
        """Make every process see this index as unusable (it is rebuilt at the next open)."""
        self.close()
        try:
            (self.path / VERSION_FILE).unlink()
        except OSError:
            pass

    def open(self):
        """Open the index for reading; IndexUnusable when it must be rebuilt."""
        if self._ix is None:
            if not self.exists() or not self.version_ok():
                raise IndexUnusable(str(self.path))
            try:
                damaged = self.damaged_files()
                if damaged:
                    raise IndexUnusable(f"{self.path}: changed or missing: {', '.join(damaged)}")
                self._ix = whoosh_index.open_dir(str(self.path))
                self._ix.doc_count()
            except IndexUnusable:
                raise
            except Exception as exc:
                self._ix = None
                raise IndexUnusable(f"{self.path}: {exc}") from exc
        return self._ix

    def create(self):
        """Start an empty index of the current version (any old content is removed)."""
        self.close()
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        self._ix = whoosh_index.create_in(str(self.path), build_schema())
        self._record_files()
        return self._ix

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # --- writing ---------------------------------------------------------------------------
    def write(self, upserts: Iterable[IndexDoc], deletes: Iterable[int] = (),
              progress: Callable[[int], None] | None = None, fresh: bool = False, workers: int = 0) -> int:
        """Add or replace ``upserts`` and remove ``deletes``; returns docs written.

        ``fresh`` (an empty index, adds only): one segment written directly from sorted posting
        runs (DirectSegmentWriter; with ``workers`` processes tokenizing, parallel_build). Else
        Whoosh's writer, whose posting pool spills to disk one pickled posting at a time once it
        passes ``limitmb``, which made a large import ~4× slower: a big batch is written as
        several segments instead, each sorted in memory. A crash keeps what was committed;
        the queue in the database holds the rest.
        """
        ix = self.open()
        count = 0
        writer = DirectSegmentWriter(ix, codec()) if fresh else self._writer(ix)
        try:
            for rid in deletes:
                writer.delete_by_term("id", str(rid))
            if fresh and workers:
                count = write_parallel(writer, upserts, workers, progress)    # (and commits)
            else:
                for doc in upserts:
                    values = doc_fields(doc)
                    (writer.add_document if fresh else writer.update_document)(**values)
                    count += 1
                    if not fresh and pool_bytes(writer) > SEGMENT_BYTES:
                        writer.commit(merge=False)
                        self._record_files()
                        writer = self._writer(ix)
                    if progress and count % 200 == 0:
                        progress(count)
                if fresh:
                    writer.commit(merge=False)
                else:
                    writer.commit(mergetype=merge_tiers)
        except BaseException:
            writer.cancel()
            raise
        self._record_files()
        if progress:
            progress(count)
        return count

    @staticmethod
    def _writer(ix):
        return ix.writer(limitmb=POOL_MB, codec=codec(), compound=False)

    def revisions(self) -> dict[int, int]:
        """Report id → revision of every indexed document."""
        return {int(f["id"]): int(f.get("rev") or 0) for f in self.reader().all_stored_fields()}

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.glob("*") if p.is_file())

    # --- searching -------------------------------------------------------------------------
    def reader(self):
        """The index's reader, kept open and replaced when a commit made a newer generation. A reader,
        not a Whoosh Searcher: our evaluator scores, and whoosh.searching imports Whoosh's query
        language, highlighter and English morphology (~40 ms of a command line search, issue 17)."""
        ix = self.open()
        if self._reader is not None and self._reader.generation() != ix.latest_generation():
            self._reader.close()        # (an empty index's reader has no generation: reopened, cheap)
            self._reader = None
        if self._reader is None:
            self._reader = ix.reader()
            self._evaluator = None
            self._verdicts.clear()          # (document numbers are the reader's)
        return self._reader

    def evaluator(self) -> Evaluator:
        reader = self.reader()
        if self._evaluator is None:
            self._evaluator = Evaluator(reader)
        return self._evaluator

    def search(self, parsed: ParsedQuery, flt: IndexFilter, limit: int | None) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(report id, score)] best first; all of them when ``limit`` is None).

        Equal scores are ordered newest meeting first (then by report id), never by the index's
        internal numbering, which depends on the order of past edits."""
        if parsed.empty:
            return 0, []
        ev = self.evaluator()
        allowed = ev.allowed(flt.person_ids, flt.tag_ids, flt.kind or None,
                             _date_int(flt.date_from) if flt.date_from else None,
                             _date_int(flt.date_to) if flt.date_to else None)
        if allowed is not None and not len(allowed):
            return 0, []
        checked = [p for p in parsed.phrases if len(p.folded) > 2 or p.marked]
        # A checked phrase's marked syllables need not narrow the candidates: the check finds them.
        deferred = frozenset(("e", e) for p in checked for e, f in zip(p.exact, p.folded) if e != f)
        found = ev.match(parsed, allowed, deferred)
        docs = found.docs
        if checked and len(docs):
            docs = self._verified(ev, docs, checked)
        typed = [w.folded[0] for w in parsed.words + ((parsed.prefix,) if parsed.prefix else ())]
        closeness = len(typed) > 1 and len(docs) > 1 and limit != 0      # (a count needs no order)
        if limit == 0:
            scores = np.zeros(len(docs))
        else:              # (closeness reorders the best hundred: every score exact then)
            texts: dict[int, bytes | None] = {}
            scores = ev.score(found, docs, None if closeness else limit, lambda term, some: _counts(ev, term, some, texts))
        if closeness:
            scores = self._closeness(ev, docs, scores, typed[:MAX_RUN])
        best = ev.ranked(docs, scores, limit)
        ids = ev.report_ids()
        return len(docs), list(zip(ids[docs[best]].tolist(), scores[best].tolist()))

    def count(self, parsed: ParsedQuery, flt: IndexFilter) -> int:
        """How many reports match (the ``folded_total`` of a query with marks)."""
        return self.search(parsed, flt, 0)[0]

    def _closeness(self, ev: Evaluator, docs: np.ndarray, scores: np.ndarray, typed: list[str]) -> np.ndarray:
        """Rank by how closely the best candidates hold the typed words (DESIGN.md §5: adjacent
        matches win). A report holding all of them side by side in the order typed comes before
        every report that does not (what was typed, as written: the report meant); among the
        others, each typed pair found side by side adds up to half the best score. Bigram BM25
        alone let long reports full of the single words win. Every candidate tied at the pool's
        cut is treated alike, so the order never depends on the index's internal numbering."""
        if len(docs) > CLOSENESS_POOL:
            threshold = np.partition(scores, len(scores) - CLOSENESS_POOL)[len(scores) - CLOSENESS_POOL]
            pool = np.flatnonzero(scores >= threshold)
        else:
            pool = np.arange(len(docs))
        best = float(scores[pool].max())
        streams = ev.column("ft")
        all_typed = f" {' '.join(typed)} ".encode("utf-8")
        pairs = [f" {a} {b} ".encode("utf-8") for a, b in zip(typed, typed[1:])]
        scores = scores.copy()
        for pos in pool.tolist():
            stream = whole(streams[int(docs[pos])])
            found = sum(1 for p in pairs if p in stream)
            scores[pos] += best * (PAIR_SHARE * found / len(pairs) + (1.0 if all_typed in stream else 0.0))
        return scores

    def _verified(self, ev: Evaluator, docs: np.ndarray, phrases) -> np.ndarray:
        """Keep candidates whose syllables hold each phrase side by side, in order, inside one part.

        Bigrams only say that each pair occurs somewhere, and exact syllables that each one does.
        Each document keeps its syllables in two columns (streams.py: folded and exact);
        the phrase is looked for there (``_PhraseCheck``); the texts themselves, up to half a
        megabyte, never travel. Every candidate is checked: a count never includes an unverified one. Verdicts are kept per
        reader: a query with marks counts its folded twin next (``folded_total``), and the window
        asks again at every keystroke.
        """
        if sum(len(v) for v in self._verdicts.values()) > VERDICTS:
            self._verdicts.clear()
        checks = [_PhraseCheck(p, self._verdicts) for p in phrases]
        if len(checks) == 1:
            check = checks[0]
            todo = [doc for doc in docs.tolist() if not check.knows(doc)]
        else:
            todo = [doc for doc in docs.tolist() if not all(check.knows(doc) for check in checks)]
        streams = _Streams(ev, todo)
        if todo and any(check.exact_test for check in checks):
            streams.long_ahead()
        if len(checks) == 1:
            keep = np.fromiter((check.holds(doc, streams) for doc in docs.tolist()), dtype=bool, count=len(docs))
        else:
            keep = np.fromiter((all(check.holds(doc, streams) for check in checks) for doc in docs.tolist()),
                               dtype=bool, count=len(docs))
        return docs[keep]
