"""Peak memory and rate of a full index build, with and without worker processes (issue 17; not a test).

    python bench/index_memory.py --docs N [--docs M]... [--workers 0,2] [--work DIR] [--keep]

For each N: the first N corpus documents (bench/_queries.write_jsonl, every field given so the import
does not run the report parser) are imported into a fresh archive without indexing; then
``Archive.rebuild_index()`` runs in a child process once per worker count (parallel_build; 0: one
process) and reports wall time, reports/s, CPU seconds of the build process and of its workers, the
build process's peak resident memory (VmHWM), its biggest worker's (ru_maxrss of RUSAGE_CHILDREN), and
the peak of the SUM of the resident memory of the build process and all its workers (what the machine
must hold: /proc sampled every 20 ms from this process, ``_proc_tree.py``), segments and index size. The same queries are searched on each build and their results compared:
workers change who writes the postings, never what a search finds.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

QUERIES = ("dân vận", "ủy ban nhân dân", "bóng đá", "giá vàng", '"thủ tướng chính phủ"', "hà nội",
           "tai nạn giao thông", "học sinh", "ngân hàng nhà nước", "covid")


def child(data: Path, workers: int) -> None:
    from archive_app.core.search import parallel_build
    from archive_app.core.services import Archive

    parallel_build.worker_count = lambda total: workers
    archive = Archive(data)
    load0, started, cpu0 = os.getloadavg()[0], time.perf_counter(), time.process_time()
    count = archive.rebuild_index()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open("/proc/self/status", encoding="ascii") as f:
        hwm = next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmHWM:"))
    segments = len(list(archive.index.reader().leaf_readers()))
    results = {q: [h.summary.id for h in archive.search(q, limit=30).hits] for q in QUERIES}   # warm too
    timings = []
    for _ in range(5):
        for q in QUERIES:
            t0 = time.perf_counter()
            archive.search(q, limit=30)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    size = archive.index.size_bytes()
    archive.close()
    print(json.dumps({"seconds": seconds, "indexed": count, "rate": count / seconds, "peak_rss_mb": hwm,
                      "cpu": cpu, "workers_cpu": kids.ru_utime + kids.ru_stime, "worker_rss_mb": kids.ru_maxrss / 1024,
                      "segments": segments, "size_mb": size / 2**20,
                      "search_median_ms": timings[len(timings) // 2], "search_p95_ms": timings[int(len(timings) * 0.95)], "load": [load0, os.getloadavg()[0]],
                      "results": results}))


def run_build(data: Path, workers: int) -> dict:
    """One build in a child process, the summed RSS of it and its workers sampled meanwhile."""
    from _proc_tree import TreeSampler

    proc = subprocess.Popen([sys.executable, __file__, "--child", str(data), "--workers", str(workers)],
                            stdout=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as sampler:
        out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"build child failed ({proc.returncode})")
    return {**json.loads(out.strip().splitlines()[-1]), **sampler.result()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, action="append")
    ap.add_argument("--workers", default="0,2", help="the worker counts to compare (0: one process)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--data", type=Path, help="an existing archive to rebuild (instead of --docs)")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, int(args.workers))
        return 0

    bounds = [int(b) for b in args.workers.split(",")]
    rows = []
    for n in (args.docs or [5000]) if args.data is None else [None]:
        work = Path(tempfile.mkdtemp(prefix="index-memory-", dir=args.work))
        try:
            data = args.data
            if data is None:
                from _queries import write_jsonl

                data, jsonl = work / "archive", work / "reports.jsonl"
                write_jsonl(args.shared / "corpus" / "news.jsonl.gz", n, jsonl, skip_understanding=True)
                code = ("import sys; from pathlib import Path; from archive_app.core.services import Archive\n"
                        "a = Archive(Path(sys.argv[1])); a.import_paths([Path(sys.argv[2])], index=False); a.close()")
                subprocess.run([sys.executable, "-c", code, str(data), str(jsonl)], cwd=ROOT, check=True)
            builds = {b: run_build(data, b) for b in bounds}
            first = builds[bounds[0]]["results"]
            for b, r in builds.items():
                rows.append((n or r["indexed"], b, r, r["results"] == first))
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)
    print(f"\nFull index build (Archive.rebuild_index) in a child process, {os.cpu_count()} cores\n")
    print("| reports | workers | seconds | reports/s | CPU s build / workers | peak RSS (MB) build / biggest worker "
          "| summed peak RSS (MB) = each process at that moment (build process first) | segments | index (MB) | search median / p95 (ms) | load (1 min) "
          "| same results |")
    print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--|--|")
    for n, b, r, same in rows:
        print(f"| {n} | {b} | {r['seconds']:.1f} | {r['rate']:.0f} | {r['cpu']:.0f} / {r['workers_cpu']:.0f} | "
              f"{r['peak_rss_mb']:.0f} / {r['worker_rss_mb']:.0f} | "
              f"{r['peak_sum_rss_mb']:.0f} = {' + '.join(map(str, r['rss_at_peak_mb']))} | {r['segments']} | "
              f"{r['size_mb']:.1f} | {r['search_median_ms']:.0f} / {r['search_p95_ms']:.0f} | {r['load'][0]:.2f}→{r['load'][1]:.2f} | {'yes' if same else 'NO'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
