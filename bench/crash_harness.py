"""Crash harness: kill the importer with SIGKILL at random moments, reopen, and count what was lost.

    .venv/bin/python bench/crash_harness.py                    # 2,000 reports, 50 kill points
    .venv/bin/python bench/crash_harness.py --reports 300 --kills 10 --seed 3

The sources are real documents (``corpus/meetings.jsonl`` then ``corpus/news.jsonl.gz``), written
as small JSON Lines files and single ``.txt`` files. Each round starts ``archive-app import
--progress`` on the sources not yet fully reported, kills it (after a random time, after a random
number of reported items, or while it indexes its last items) and then reopens the archive the way the app does
at start (``ensure_index``) and checks:

* lost: a report the importer had printed as imported that is not in the database;
* half-imported: a report without its original (row, file, sha256), without its near-duplicate
  sketch, or whose stored text does not hash to its ``text_sha256``;
* index disagreements after the automatic repair (``check``: missing, stale, orphan documents);
* SQLite ``integrity_check``.

At the end the import runs to completion and the archive is compared with a clean import of the
same sources (same report texts, same search totals). Prints a table and writes
``bench/out/crash-N.md`` / ``.json``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive_app.core.importing.pipeline import text_sha256
from archive_app.core.services import Archive

LINE = re.compile(r"^(imported|duplicate of) #(\d+): (.+)$|^failed: (.+?): ")
QUERIES = ("kinh tế", "hội nghị", "dan van", "đồng chí", '"ban chấp hành"', "uỷ ban nhân dân")


@dataclass
class Source:
    path: Path
    units: list[str]                 # the labels the importer prints for it ("FILE:LINE" or "FILE")


@dataclass
class Round:
    number: int
    mode: str
    delay_ms: float
    reported: int
    phase: str
    lost: int = 0
    half: int = 0
    index_bad: int = 0
    integrity: str = "ok"
    stray_originals: int = 0
    repair_ms: float = 0.0
    rebuilt: bool = False            # the repair built the whole index again (not just the queue)


@dataclass
class State:
    imported: dict[str, int] = field(default_factory=dict)     # unit label → report id, as printed
    finished: set[str] = field(default_factory=set)            # every unit the importer reported


def write_sources(shared: Path, n: int, folder: Path, seed: int) -> list[Source]:
    """N real documents: three quarters in JSON Lines files of 10–40 lines, a quarter as .txt files."""
    docs: list[dict] = []
    with open(shared / "corpus" / "meetings.jsonl", encoding="utf-8") as f:
        docs.extend(json.loads(line) for line in f if line.strip())
    with gzip.open(shared / "corpus" / "news.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if len(docs) >= n:
                break
            docs.append(json.loads(line))
    docs = docs[:n]
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    sources: list[Source] = []
    i = 0
    while i < len(docs):
        if rng.random() < 0.25:
            d = docs[i]
            p = folder / f"doc-{i:05d}.txt"
            p.write_text(f"{d.get('title') or ''}\n\n{d.get('body') or ''}\n", encoding="utf-8")
            sources.append(Source(p, [str(p)]))
            i += 1
        else:
            size = rng.randint(10, 40)
            chunk = docs[i:i + size]
            p = folder / f"part-{i:05d}.jsonl"
            with open(p, "w", encoding="utf-8") as f:
                for d in chunk:
                    row = {k: d[k] for k in ("id", "title", "body", "date") if d.get(k)}
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            sources.append(Source(p, [f"{p}:{k}" for k in range(1, len(chunk) + 1)]))
            i += len(chunk)
    return sources


def importer_command(data: Path, paths: list[Path]) -> list[str]:
    return [sys.executable, "-m", "archive_app", "--data-dir", str(data), "--lang", "en",
            "import", "--progress", *map(str, paths)]


def run_round(data: Path, paths: list[Path], state: State, rng: random.Random, number: int) -> Round:
    """Start the importer on ``paths`` and SIGKILL it at a random moment; record what it printed.

    Modes: "time" kills after 0.3–2 s, "items" after 1–50 printed items plus up to 50 ms, "index"
    gives the importer one to three sources and kills it up to 1.5 s after its last item, while
    it writes the search index.
    """
    mode = rng.choice(("time", "items", "index"))
    if mode == "index":
        paths = paths[:rng.randint(1, 3)]
    units_total = sum(len(_SOURCES[p].units) for p in paths)
    wait_s = rng.uniform(0.3, 2.0)
    after_items = {"items": rng.randint(1, 50), "index": units_total}.get(mode, 0)
    proc = subprocess.Popen(importer_command(data, paths), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lines: list[str] = []
    seen = threading.Event()

    def reader():
        for raw in proc.stderr:
            lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
            if after_items and sum(1 for ln in lines if LINE.match(ln)) >= after_items:
                seen.set()
        seen.set()

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    start = time.perf_counter()
    if mode == "time":
        try:
            proc.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            pass
    else:
        seen.wait(60)
        time.sleep(rng.uniform(0, 0.05 if mode == "items" else 1.5))
    delay_ms = (time.perf_counter() - start) * 1000
    finished_itself = proc.poll() is not None
    if not finished_itself:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    t.join(10)
    reported = _take(lines, state)
    phase = ("finished" if finished_itself else "start-up" if reported == 0
             else "indexing" if reported >= units_total else "import")
    return Round(number, mode, delay_ms, reported, phase)


_SOURCES: dict[Path, Source] = {}


def _take(lines: list[str], state: State) -> int:
    """Record the items the importer printed (a line only counts once it was written whole)."""
    count = 0
    for ln in lines:
        m = LINE.match(ln)
        if not m:
            continue
        count += 1
        if m.group(1) == "imported":
            state.imported[m.group(3)] = int(m.group(2))
            state.finished.add(m.group(3))
        elif m.group(1):
            state.finished.add(m.group(3))
        else:
            state.finished.add(m.group(4))
    return count


def verify(data: Path, state: State, r: Round) -> None:
    """Reopen as the app does at start, then count lost, half-imported and index disagreements."""
    from sqlalchemy import select, text

    from archive_app.core.storage.schema import OriginalRow, ReportRow

    index_dir = data / "index"
    before = index_dir.stat().st_ino if index_dir.exists() else None
    t = time.perf_counter()
    with Archive(data) as a:
        a.ensure_index()
        r.repair_ms = (time.perf_counter() - t) * 1000
        r.rebuilt = before is not None and index_dir.stat().st_ino != before
        check = a.check(fixity=True)
        with a.Session() as s:
            r.integrity = s.execute(text("PRAGMA integrity_check")).scalar()
            rows = s.execute(select(ReportRow.id, ReportRow.title, ReportRow.body, ReportRow.text_sha256,
                                    ReportRow.original_sha256)).all()
            sketches = {i for (i,) in s.execute(text("SELECT report_id FROM report_sketch"))}
            original_rows = set(s.scalars(select(OriginalRow.sha256)))
        present = {row.id for row in rows}
        r.lost = sum(1 for rid in state.imported.values() if rid not in present)
        half = 0
        for row in rows:
            ok = (row.original_sha256 in original_rows and a.originals.verify(row.original_sha256)
                  and row.id in sketches and text_sha256(row.title, row.body) == row.text_sha256)
            half += not ok
        r.half = half
        r.index_bad = len(check.missing_in_index) + len(check.stale_in_index) + len(check.orphans_in_index)
        stored = {p.name for p in a.paths.originals.rglob("*") if p.is_file() and len(p.name) == 64}
        r.stray_originals = len(stored - original_rows)


def clean_import(data: Path, paths: list[Path]) -> float:
    t = time.perf_counter()
    subprocess.run(importer_command(data, paths), check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return time.perf_counter() - t


def compare(crashed: Path, clean: Path) -> dict:
    from sqlalchemy import select

    from archive_app.core.storage.schema import ReportRow

    out = {}
    with Archive(crashed) as a, Archive(clean) as b:
        with a.Session() as s, b.Session() as t:
            ta = Counter(s.scalars(select(ReportRow.text_sha256)))
            tb = Counter(t.scalars(select(ReportRow.text_sha256)))
        out["reports"] = (sum(ta.values()), sum(tb.values()))
        out["same_texts"] = ta == tb
        out["queries"] = [(q, a.search(q).total, b.search(q).total) for q in QUERIES]
        out["check_ok"] = a.check().ok
    return out


def run(reports: int, kills: int, seed: int, shared: Path, work: Path) -> dict:
    rng = random.Random(seed)
    sources = write_sources(shared, reports, work / "sources", seed)
    _SOURCES.clear()
    _SOURCES.update({s.path: s for s in sources})
    state = State()
    data = work / "crashed"
    rounds: list[Round] = []
    while sum(r.phase != "finished" for r in rounds) < kills and len(rounds) < 3 * kills:
        todo = [s.path for s in sources if not set(s.units) <= state.finished]
        if not todo:      # everything reported: go on killing re-runs (start-up, duplicate checks, index)
            todo = [s.path for s in sources]
        r = run_round(data, todo, state, rng, len(rounds) + 1)
        verify(data, state, r)
        rounds.append(r)
        print(f"round {r.number:3d}: {r.mode:5s} {r.delay_ms:7.0f} ms  {r.phase:9s} reported {r.reported:4d}  "
              f"lost {r.lost} half {r.half} index {r.index_bad} stray {r.stray_originals} "
              f"integrity {r.integrity} repair {r.repair_ms:.0f} ms{' REBUILT' if r.rebuilt else ''}", flush=True)
    # finish the import without interruption, then compare with a clean import of the same sources
    todo = [s.path for s in sources if not set(s.units) <= state.finished] or [sources[0].path]
    subprocess.run(importer_command(data, todo), check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    clean_s = clean_import(work / "clean", [s.path for s in sources])
    final = compare(data, work / "clean")
    return {"reports": reports, "kills": len(rounds), "seed": seed, "clean_import_s": clean_s,
            "rounds": [r.__dict__ for r in rounds], "final": final}


def table(result: dict) -> str:
    rounds = result["rounds"]
    phases = Counter(r["phase"] for r in rounds)
    kills = sum(1 for r in rounds if r["phase"] != "finished")
    reported = sum(r["reported"] for r in rounds)
    fin = result["final"]
    rows = [
        ("kill points (SIGKILL)", f"{kills} of {len(rounds)} rounds "
                                  f"({', '.join(f'{k} {v}' for k, v in sorted(phases.items()))})"),
        ("items reported by the killed importers", str(reported)),
        ("reports lost (reported imported, missing after reopen)", str(sum(r["lost"] for r in rounds))),
        ("half-imported reports found", str(sum(r["half"] for r in rounds))),
        ("index disagreements after the automatic repair", str(sum(r["index_bad"] for r in rounds))),
        ("SQLite integrity_check not ok", str(sum(1 for r in rounds if r["integrity"] != "ok"))),
        ("stray original files (stored, transaction killed) at the end", str(rounds[-1]["stray_originals"])),
        ("full index rebuilds among the repairs", str(sum(1 for r in rounds if r.get("rebuilt")))),
        ("automatic repair at reopen, median / max ms",
         f"{sorted(r['repair_ms'] for r in rounds)[len(rounds) // 2]:.0f} / {max(r['repair_ms'] for r in rounds):.0f}"),
        ("final: reports crashed vs clean import", f"{fin['reports'][0]} vs {fin['reports'][1]}"),
        ("final: same report texts as a clean import", "yes" if fin["same_texts"] else "NO"),
        ("final: same search totals for the query set",
         "yes" if all(a == b for _, a, b in fin["queries"]) else "NO " + repr(fin["queries"])),
        ("final: check() ok", "yes" if fin["check_ok"] else "NO"),
    ]
    width = max(len(k) for k, _ in rows)
    head = f"### Crash harness: {result['reports']} reports, seed {result['seed']}\n\n"
    lines = [f"| {'measure'.ljust(width)} | result |", f"|{'-' * (width + 2)}|--------|"]
    lines += [f"| {k.ljust(width)} | {v} |" for k, v in rows]
    return head + "\n".join(lines) + "\n"


def passed(result: dict) -> bool:
    rounds, fin = result["rounds"], result["final"]
    return (not any(r["lost"] or r["half"] or r["index_bad"] or r["integrity"] != "ok" for r in rounds)
            and fin["same_texts"] and fin["check_ok"] and all(a == b for _, a, b in fin["queries"]))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--reports", type=int, default=2000)
    p.add_argument("--kills", type=int, default=50)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--shared", type=Path, default=Path(os.environ.get("ARCHIVE_APP_SHARED", ROOT.parent / "shared")))
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="crash-harness-"))
    try:
        result = run(args.reports, args.kills, args.seed, args.shared, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("kept", work)
    text = table(result)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"crash-{args.reports}.md").write_text(text, encoding="utf-8")
    (args.out / f"crash-{args.reports}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
    return 0 if passed(result) else 1


if __name__ == "__main__":
    sys.exit(main())
