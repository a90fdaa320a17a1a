"""Office archive benchmark (issue 14; not a test): two desks on one PostgreSQL server.

    python bench/office_bench.py [--docs N] [--queries K] [--shared DIR]

Starts its own PostgreSQL (tests/pg_server.py: initdb in a temporary folder, private port) and
measures, with the local SQLite archive on the same documents as the baseline in the same run:

* two archivists importing at once: two `archive-app import` processes, each given half of the
  documents plus a tenth of the other half (the overlap must end as duplicates): reports/s, and
  whether every report is there exactly once;
* a new desk building its cache (Whoosh index) from the server;
* the delay from an import at desk A to the report being findable at desk B (B listens with
  LISTEN/NOTIFY and applies the change feed), over several single-report imports;
* search latency (p50/p95) at desk B against the same queries on the local archive.

Documents: the first N of shared/corpus/news.jsonl.gz (without the report parser, as search_bench).
"""
from __future__ import annotations

import argparse
import json
import os
import random
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

from archive_app.core.office import admin  # noqa: E402
from archive_app.core.office.listener import ChangeListener  # noqa: E402
from archive_app.core.services import Archive  # noqa: E402


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _import(db: str | None, data: Path, path: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "archive_app", "--data-dir", str(data), "import", str(path), "--json"]
    if db:
        cmd[3:3] = ["--db", db]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--delays", type=int, default=10)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    corpus = args.shared / "corpus" / "news.jsonl.gz"
    if not corpus.exists():
        raise SystemExit(f"no corpus at {corpus} (give --shared)")
    server = start_server()
    if server is None:
        raise SystemExit("PostgreSQL is not installed")
    tmp = Path(tempfile.mkdtemp(prefix="office-bench-"))
    rows: list[tuple[str, str, str]] = []
    try:
        url = server.create_database("bench")
        admin.init(url)
        all_path = tmp / "all.jsonl"
        write_jsonl(corpus, args.docs, all_path, skip_understanding=True)
        lines = _lines(all_path)
        half = len(lines) // 2
        overlap = max(1, half // 10)
        first, second = tmp / "a.jsonl", tmp / "b.jsonl"
        first.write_text("".join(lines[:half] + lines[half:half + overlap]), encoding="utf-8")
        second.write_text("".join(lines[half:] + lines[:overlap]), encoding="utf-8")

        # baseline: one local archive importing everything
        t = time.perf_counter()
        local = _finish(_import(None, tmp / "local", all_path))
        local_s = time.perf_counter() - t
        n_local = len(local["imported"])
        rows.append(("local import, one process (baseline)", f"{n_local / local_s:.0f} reports/s",
                     f"{n_local} reports in {local_s:.1f} s"))

        # two archivists at once on the office archive
        t = time.perf_counter()
        pa, pb = _import(url, tmp / "desk-a", first), _import(url, tmp / "desk-b", second)
        ra, rb = _finish(pa), _finish(pb)
        both_s = time.perf_counter() - t
        imported = [i["id"] for i in ra["imported"] + rb["imported"]]
        dupes = len(ra["duplicates"]) + len(rb["duplicates"])
        failed = len(ra["failed"]) + len(rb["failed"])
        once = len(imported) == len(set(imported)) == n_local and dupes == 2 * overlap and not failed
        rows.append(("office import, two archivists at once", f"{len(imported) / both_s:.0f} reports/s",
                     f"{len(imported)} reports + {dupes} duplicates in {both_s:.1f} s; "
                     f"each report once: {'yes' if once else 'NO'}; failed: {failed}"))

        # a new desk builds its cache
        desk_b = Archive(tmp / "desk-new", db=url)
        t = time.perf_counter()
        desk_b.ensure_index()
        build_s = time.perf_counter() - t
        rows.append(("new desk builds its cache", f"{build_s:.1f} s", f"{desk_b.index.open().doc_count()} reports"))
        with Archive(tmp / "local") as loc:
            t = time.perf_counter()
            loc.rebuild_index()
            rows.append(("local archive rebuilds its index (baseline)", f"{time.perf_counter() - t:.1f} s",
                         "same reports, from SQLite"))

        # import at desk A → findable at desk B
        desk_a = Archive(tmp / "desk-a", db=url)
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
        rows.append(("import at desk A → findable at desk B", f"median {statistics.median(delays) * 1000:.0f} ms",
                     f"max {max(delays) * 1000:.0f} ms over {len(delays)} imports (goal ≤ 2 s)"))

        queries = _queries(lines, args.queries)
        with Archive(tmp / "local") as loc:
            l50, l95 = _latencies(loc, queries)
        b50, b95 = _latencies(desk_b, queries)
        rows.append(("search at desk B (office)", f"p95 {b95:.1f} ms", f"p50 {b50:.1f} ms, {len(queries)} queries"))
        rows.append(("search, local archive (baseline)", f"p95 {l95:.1f} ms", f"p50 {l50:.1f} ms"))
        desk_a.close()
        desk_b.close()
    finally:
        server.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    load = os.getloadavg()
    print(f"\nOffice archive, {args.docs} reports, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"({os.cpu_count()} cores)\n")
    print("| measure | result | detail |\n| --- | --- | --- |")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
