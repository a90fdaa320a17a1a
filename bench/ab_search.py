"""A/B of two code trees on a kept bench folder: the bench's query classes, each query once, in one
child process per run, the runs alternating, and the answers compared (issue 17; not a test).

On a shared machine wall times swing with the load; the per-run p95 of CPU time per class is what
this prints, with the median per query, and whether both sides gave the same hit counts, top-10 ids,
snippets and scores. ``--cold`` drops the OS cache before each run (root only).

    git archive BASE archive_app | tar -x -C /tmp/base
    .venv/bin/python bench/ab_search.py WORK /tmp/base [--runs 4] [--cold]

WORK is a folder kept by ``search_bench.py --keep`` (data/, queries.json); B is this checkout.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(work: Path) -> None:
    """Open the archive, one warm-up query, then every query of every class once; JSON on stdout."""
    from archive_app.core.models import Filters
    from archive_app.core.services import Archive

    def filters(q):
        day = lambda s: dt.date.fromisoformat(s) if s else None
        return Filters(date_from=day(q.get("date_from")), date_to=day(q.get("date_to")))

    queries = json.loads((work / "queries.json").read_text("utf-8"))
    archive = Archive(work / "data")
    first = next(qs[0] for qs in queries.values() if qs)
    archive.search(first["text"], filters(first), limit=10)
    out = {}
    for cls, qs in queries.items():
        for q in qs:
            cpu = time.process_time()
            res = archive.search(q["text"], filters(q), limit=10)
            out.setdefault(cls, {})[q["text"]] = {
                "cpu_ms": (time.process_time() - cpu) * 1000,
                "answer": [res.total, [h.summary.id for h in res.hits], [h.snippet for h in res.hits],
                           [h.score for h in res.hits]]}
    archive.close()
    print(json.dumps(out, ensure_ascii=False))


def run(work: Path, code: Path | None, cold: bool) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if code is not None:
        env["PYTHONPATH"] = str(code)          # the other tree's archive_app comes first
    if cold:
        subprocess.run("sync; echo 1 > /proc/sys/vm/drop_caches", shell=True, check=True)
    proc = subprocess.run([sys.executable, __file__, "--child", str(work)], capture_output=True, text=True,
                          env=env, cwd="/", check=True)
    return json.loads(proc.stdout)


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[max(0, int(len(values) * 0.95) - 1)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("base", type=Path, nargs="?", help="folder holding the A side's archive_app")
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.work)
        return 0
    runs: dict[str, list[dict]] = {"A": [], "B": []}
    for i in range(args.runs):
        for side in ("A", "B") if i % 2 == 0 else ("B", "A"):
            load = os.getloadavg()[0]
            runs[side].append(run(args.work, args.base if side == "A" else None, args.cold))
            print(f"{side} (load {load:.1f}): " + " ".join(
                f"{c} {p95([q['cpu_ms'] for q in qs.values()]):.2f}" for c, qs in runs[side][-1].items()), flush=True)
    reference = runs["A"][0]
    differ = [(c, q) for r in runs["A"] + runs["B"] for c, qs in r.items() for q in qs
              if qs[q]["answer"] != reference[c][q]["answer"]]
    print(f"answers identical in every run: {not differ}", differ[:3])
    print("p95 CPU ms per class, median of the runs:")
    for c in reference:
        a, b = ([p95([q["cpu_ms"] for q in r[c].values()]) for r in runs[s]] for s in "AB")
        print(f"  {c:8} A {statistics.median(a):6.2f}  B {statistics.median(b):6.2f}")
    for c in reference:
        med = {s: {q: statistics.median(r[c][q]["cpu_ms"] for r in runs[s]) for q in reference[c]} for s in "AB"}
        slow = sorted(reference[c], key=lambda q: -med["A"][q])[:5]
        print(f"  {c}: summed A {sum(med['A'].values()):.0f} B {sum(med['B'].values()):.0f} ms; slowest: "
              + ", ".join(f"{q} {med['A'][q]:.1f}→{med['B'][q]:.1f}" for q in slow))
    return 0


if __name__ == "__main__":
    sys.exit(main())
