"""Office archive benchmark (issue 14; not a test): two desks on one PostgreSQL server.

    python bench/office_bench.py [--docs N] [--extra M] [--local-archive DIR] [--queries K] [--shared DIR]

Starts its own PostgreSQL (tests/pg_server.py: initdb in a temporary folder, private port) and
measures, with the local SQLite archive on the same documents as the baseline in the same run:

* the base archive of N reports: a local archive (``--local-archive``: a copy of one already built
  from the first N corpus documents, e.g. by search_bench.py; otherwise built here by `archive-app
  import` of them), then the office archive filled from it the way an office moves a desk's archive
  onto its server: `archive-app backup` of the local archive, `archive-app restore --db` of that zip
  (every row and original, the same reports as the baseline);
* a new desk building its cache (Whoosh index) from the server, against the local archive rebuilding
  its own index;
* two archivists importing at once on top of it, at desks whose caches are built (the second desk's
  is a copy of the first's): two `archive-app import` processes, each given half of M new documents
  plus a tenth of the other half (the overlap must end as duplicates): reports/s, and whether every
  report is there exactly once (counted in the database, not only in the processes' output); the
  local archive importing the same M in one process is the baseline;
* the delay from an import at desk A to the report being findable at desk B (B listens with
  LISTEN/NOTIFY and applies the change feed), over several single-report imports;
* search latency (p50/p95) at desk B against the same queries on the local archive.

Every row carries the machine's 1-minute load when it was measured: other work on the machine slows
both sides of a comparison, which is why each measure has its baseline in the same run.

Documents: the first N of shared/corpus/news.jsonl.gz; the M new ones are recombined from real ones
past the corpus' 30,000 (_queries.write_jsonl). They go through the report parser, as a user's
imports do, unless ``--skip-understanding`` gives every field (as search_bench.py's flag).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests")]

from _queries import write_jsonl  # noqa: E402
from pg_server import start_server, wait_until  # noqa: E402
from sqlalchemy import text  # noqa: E402

from archive_app.core.office import admin  # noqa: E402
from archive_app.core.office.listener import ChangeListener  # noqa: E402
from archive_app.core.services import Archive  # noqa: E402
from archive_app.core.storage.db import open_engine  # noqa: E402


def _cli(db: str | None, data: Path, *args: str) -> list[str]:
    cmd = [sys.executable, "-m", "archive_app", "--data-dir", str(data), *args]
    if db:
        cmd[3:3] = ["--db", db]
    return cmd


def _run(cmd: list[str]) -> str:
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[2:5])} … failed:\n{p.stderr[-3000:]}")
    return p.stdout


def _import(db: str | None, data: Path, path: Path) -> subprocess.Popen:
    return subprocess.Popen(_cli(db, data, "import", str(path), "--json"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _finish(p: subprocess.Popen) -> dict:
    out, err = p.communicate()
    if p.returncode not in (0, 1):
        raise SystemExit(f"import failed:\n{err[-3000:]}")
    return json.loads(out)


def _queries(lines: list[str], k: int) -> list[str]:
    """Two-syllable pairs from the documents' titles (seeded), half of them typed without marks."""
    from archive_app.core.vietnamese import fold

    rng = random.Random(14)
    out = []
    while len(out) < k:
        words = [w for w in json.loads(rng.choice(lines))["title"].split() if w.isalpha()]
        if len(words) >= 2:
            i = rng.randrange(len(words) - 1)
            q = f"{words[i]} {words[i + 1]}"
            out.append(fold(q) if len(out) % 2 else q)
    return out


def _latencies(archive: Archive, queries: list[str]) -> tuple[float, float]:
    archive.search(queries[0])                      # open the index
    times = []
    for q in queries:
        t = time.perf_counter()
        archive.search(q, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg} (load {_load()})", file=sys.stderr, flush=True)


def _counts(url: str) -> tuple[int, int]:
    """Live reports in the office archive, and how many distinct texts they have."""
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(text(
                "SELECT count(*), count(DISTINCT md5(coalesce(title, '') || body)) "
                "FROM report WHERE deleted_at IS NULL")).one())
    finally:
        engine.dispose()


def _local_base(args, corpus: Path, tmp: Path, rows: list) -> Path:
    local = tmp / "local"
    if args.local_archive:
        _log(f"copying {args.local_archive}")
        shutil.copytree(args.local_archive, local, ignore=shutil.ignore_patterns("*.lock"))
        return local
    base = tmp / "base.jsonl"
    write_jsonl(corpus, args.docs, base, args.skip_understanding)
    _log(f"importing {args.docs} reports into the local archive")
    t = time.perf_counter()
    _run(_cli(None, local, "import", str(base), "--json"))
    rate = args.docs / (time.perf_counter() - t)
    rows.append(("local archive: import of the base reports", f"{rate:.0f} reports/s", f"{args.docs} reports",
                 _load()))
    return local


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000, help="reports in the base archive")
    ap.add_argument("--extra", type=int, default=1000, help="new reports the two archivists import on top")
    ap.add_argument("--local-archive", type=Path,
                    help="a local archive of the first --docs corpus documents to copy instead of importing")
    ap.add_argument("--skip-understanding", action="store_true", help="give every field: no report parser")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--delays", type=int, default=30)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    corpus = args.shared / "corpus" / "news.jsonl.gz"
    if not corpus.exists():
        raise SystemExit(f"no corpus at {corpus} (give --shared)")
    server = start_server()
    if server is None:
        raise SystemExit("PostgreSQL is not installed")
    tmp = Path(tempfile.mkdtemp(prefix="office-bench-"))
    rows: list[tuple[str, str, str, str]] = []
    try:
        url = server.create_database("bench")
        admin.init(url)
        local = _local_base(args, corpus, tmp, rows)

        _log("backup of the local archive → restore --db into the office archive")
        zip_path = tmp / "base.zip"
        t = time.perf_counter()
        _run(_cli(None, local, "backup", str(zip_path)))
        _run(_cli(url, tmp / "restorer", "restore", str(zip_path)))
        live, _ = _counts(url)
        rows.append(("office archive filled: backup of the local archive + restore --db",
                     f"{time.perf_counter() - t:.0f} s",
                     f"{live} reports ({zip_path.stat().st_size / 1e6:.0f} MB zip)", _load()))
        zip_path.unlink()

        _log(f"{args.extra} new documents for the archivists")
        everything = tmp / "all.jsonl"
        write_jsonl(corpus, args.docs + args.extra, everything, args.skip_understanding)
        lines = everything.read_text(encoding="utf-8").splitlines(keepends=True)
        new = lines[args.docs:]
        half = len(new) // 2
        overlap = max(1, half // 10)
        extra, first, second = tmp / "extra.jsonl", tmp / "a.jsonl", tmp / "b.jsonl"
        extra.write_text("".join(new), encoding="utf-8")
        first.write_text("".join(new[:half] + new[half:half + overlap]), encoding="utf-8")
        second.write_text("".join(new[half:] + new[:overlap]), encoding="utf-8")

        _log("a new desk builds its cache")
        with Archive(tmp / "desk-a", db=url) as desk:
            t = time.perf_counter()
            desk.ensure_index()
            build_s = time.perf_counter() - t
            rows.append(("new desk builds its cache from the server", f"{build_s:.0f} s",
                         f"{desk.index.open().doc_count()} reports", _load()))
        # the second archivist's desk has its cache too (a copy of the first's): the imports below
        # measure importing, not two desks building 30,000-report caches at their first command
        shutil.copytree(tmp / "desk-a", tmp / "desk-b", ignore=shutil.ignore_patterns("*.lock"))
        _log("baseline: the local archive rebuilds its index")
        with Archive(local) as loc:
            t = time.perf_counter()
            loc.rebuild_index()
            rows.append(("local archive rebuilds its index (baseline)", f"{time.perf_counter() - t:.0f} s",
                         f"{loc.index.open().doc_count()} reports, from SQLite", _load()))

        _log("baseline: the local archive imports them in one process")
        t = time.perf_counter()
        n_local = len(_finish(_import(None, local, extra))["imported"])
        local_s = time.perf_counter() - t
        rows.append((f"local import of {len(new)} new reports, one process (baseline)",
                     f"{n_local / local_s:.1f} reports/s", f"{n_local} reports in {local_s:.0f} s", _load()))

        _log("two archivists import at once")
        t = time.perf_counter()
        pa, pb = _import(url, tmp / "desk-a", first), _import(url, tmp / "desk-b", second)
        ra, rb = _finish(pa), _finish(pb)
        both_s = time.perf_counter() - t
        imported = [i["id"] for i in ra["imported"] + rb["imported"]]
        dupes = len(ra["duplicates"]) + len(rb["duplicates"])
        failed = len(ra["failed"]) + len(rb["failed"])
        live_after, distinct = _counts(url)
        once = (len(imported) == len(set(imported)) == n_local and dupes == 2 * overlap and not failed
                and live_after == distinct == live + len(new))
        rows.append((f"office import of the same {len(new)}, two archivists at once "
                     f"(+{overlap} overlapping each)",
                     f"{len(imported) / both_s:.1f} reports/s",
                     f"{len(imported)} reports + {dupes} duplicates in {both_s:.0f} s; archive now "
                     f"{live_after} reports, {distinct} distinct texts; each exactly once: "
                     f"{'yes' if once else 'NO'}; "
                     f"failed: {failed}", _load()))

        _log("import at desk A → findable at desk B")
        desk_a, desk_b = Archive(tmp / "desk-a", db=url), Archive(tmp / "desk-b", db=url)
        desk_b.sync_index()                         # both archivists' imports, as at any desk's start
        listener = ChangeListener(url, desk_b.sync_index, poll=30).start()
        wait_until(listener.listening.is_set)
        delays = []
        for i in range(args.delays):
            word = f"zqxmarker{i}"
            one = tmp / f"one-{i}.jsonl"
            one.write_text(json.dumps({"title": f"Họp kiểm tra {word}", "body": f"Nội dung {word} số {i}."},
                                      ensure_ascii=False) + "\n", encoding="utf-8")
            desk_a.import_paths([one])
            t = time.perf_counter()
            found = wait_until(lambda: desk_b.search(word).total == 1, timeout=10, step=0.01)
            delays.append(time.perf_counter() - t if found else float("inf"))
        listener.stop()
        rows.append(("import at desk A → findable at desk B",
                     f"median {statistics.median(delays) * 1000:.0f} ms",
                     f"max {max(delays) * 1000:.0f} ms over {len(delays)} imports (goal ≤ 2 s)", _load()))

        _log("search latency")
        queries = _queries(lines, args.queries)
        with Archive(local) as loc:
            l50, l95 = _latencies(loc, queries)
            lload = _load()
        b50, b95 = _latencies(desk_b, queries)
        rows.append(("search at desk B (office)", f"p95 {b95:.1f} ms",
                     f"p50 {b50:.1f} ms, {len(queries)} queries", _load()))
        rows.append(("search, local archive (baseline)", f"p95 {l95:.1f} ms", f"p50 {l50:.1f} ms", lload))
        desk_a.close()
        desk_b.close()
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    parser = "without" if args.skip_understanding else "through"
    print(f"\nOffice archive, {args.docs} + {args.extra} reports ({parser} the report parser), "
          f"{os.cpu_count()} cores\n")
    print("| measure | result | detail | load (1 min) |\n| --- | --- | --- | --- |")
    for r in rows:
        print(f"| {' | '.join(r)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
