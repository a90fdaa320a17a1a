"""The meeting date's year on unlabelled text: a precision check and a recall gap without labels.

Lines 1–14999 of ``corpus/news.jsonl.gz`` are baomoi.com items crawled in one year (2017, see
tests/data/labelled/README.md); the items carry no date, so every year the parser gives comes from the text.
On them:

- **off-year**: items whose meeting date has a year other than ``--year`` (almost surely wrong years);
- **gap**: items whose chosen meeting mention is a day and month without a year, and no date comes out (the
  text gave no year the rules accept);
- **dated from a year-less mention**: items whose date came from such a mention (their year from the text).

    python bench/date_year_check.py                      # the counts
    python bench/date_year_check.py --save before.json   # … and keep every item's output
    python bench/date_year_check.py --diff before.json --sample 40   # what changed, a seeded sample to read
    python bench/date_year_check.py --off                # every off-year item with its sentence

The year is a fact of this corpus slice used only to check; the parser never sees it.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extraction_eval import READ_WINDOW, news_lines  # noqa: E402


def _scans(cache: Path | None) -> list[tuple[int, str, str]]:
    """``(line, id, scan)``: each item's text as understand() hands it to meeting_date (title and body)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    from archive_app.core.understand import report_parts
    from archive_app.core.vietnamese import normalize

    out = [
        (n, item["id"], report_parts(normalize(item["body"] or ""), item.get("title")).scan)
        for n, item in news_lines(*READ_WINDOW)
    ]
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def run(scans) -> dict[int, dict]:
    """Per line: the date out (ISO or None) and whether the chosen mention had no year."""
    from archive_app.core.understand.meeting_date import meeting_date, meeting_mention

    out = {}
    for n, _id, scan in scans:
        best, _lower, _m = meeting_mention(scan)
        date = meeting_date(scan)
        out[n] = {
            "date": date.isoformat() if date else None,
            "yearless": bool(best is not None and best.year is None),
            "pos": (best.start, best.end) if best is not None else None,
        }
    return out


def counts(res: dict[int, dict], year: int) -> dict[str, int]:
    dated = [r for r in res.values() if r["date"]]
    return {
        "items": len(res),
        "dated": len(dated),
        "off-year": sum(1 for r in dated if int(r["date"][:4]) != year),
        "year-less mention": sum(1 for r in res.values() if r["yearless"]),
        "dated from a year-less mention": sum(1 for r in res.values() if r["yearless"] and r["date"]),
        "off-year from a year-less mention": sum(
            1 for r in res.values() if r["yearless"] and r["date"] and int(r["date"][:4]) != year
        ),
        "gap (year-less mention, no date)": sum(1 for r in res.values() if r["yearless"] and not r["date"]),
    }


def _context(scan: str, pos) -> str:
    if not pos:
        return scan[:300].replace("\n", " ¶ ")
    a, b = pos
    return (scan[max(0, a - 150) : a] + "⟦" + scan[a:b] + "⟧" + scan[b : b + 150]).replace("\n", " ¶ ")


def _years_in(scan: str) -> str:
    import re

    seen = []
    for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", scan):
        seen.append(scan[max(0, m.start() - 40) : m.end() + 10].replace("\n", " ¶ "))
    return " | ".join(seen[:8])


def _sample(items: list, args) -> list:
    return random.Random(args.seed).sample(items, args.sample)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--year", type=int, default=2017,
                    help="the year of the slice (a check, never a parser input)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/date_year_check_scans.pkl"),
                    help="where to keep the prepared texts between runs")
    ap.add_argument("--save", type=Path, help="write every item's output to this JSON file")
    ap.add_argument("--diff", type=Path, help="compare with a file written by --save")
    ap.add_argument("--sample", type=int, default=0, help="print this many changed items (seeded)")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--off", action="store_true", help="print every off-year item")
    ap.add_argument("--gap", type=int, default=0, help="print this many gap items (seeded)")
    args = ap.parse_args(argv)

    scans = _scans(args.cache)
    start = time.process_time()
    res = run(scans)
    cpu = time.process_time() - start
    for k, v in counts(res, args.year).items():
        print(f"{k:38} {v:6}")
    print(f"{'meeting_date CPU ms per item':38} {cpu / len(scans) * 1000:6.3f}")
    by_line = {n: (i, s) for n, i, s in scans}
    if args.save:
        args.save.write_text(json.dumps({str(k): v for k, v in res.items()}))
    if args.off:
        for n, r in res.items():
            if r["date"] and int(r["date"][:4]) != args.year:
                i, s = by_line[n]
                print(f"\n[{n} {i}] {r['date']}  {_context(s, r['pos'])}\n    years: {_years_in(s)}")
    if args.gap:
        gaps = [n for n, r in res.items() if r["yearless"] and not r["date"]]
        for n in sorted(random.Random(args.seed).sample(gaps, min(args.gap, len(gaps)))):
            i, s = by_line[n]
            print(f"\n[{n} {i}] gap  {_context(s, res[n]['pos'])}\n    years: {_years_in(s)}")
    if args.diff:
        old = {int(k): v for k, v in json.loads(args.diff.read_text()).items()}
        changed = [n for n in res if old.get(n, {}).get("date") != res[n]["date"]]
        kinds: dict[str, int] = {}
        for n in changed:
            a, b = old.get(n, {}).get("date"), res[n]["date"]
            key = ("none" if not a else "ok" if a[:4] == str(args.year) else "off") + " → " + (
                "none" if not b else "ok" if b[:4] == str(args.year) else "off"
            )
            kinds[key] = kinds.get(key, 0) + 1
        print(f"\nchanged: {len(changed)}  " + ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
        pick = changed if args.sample >= len(changed) else _sample(changed, args)
        for n in sorted(pick):
            i, s = by_line[n]
            print(
                f"\n[{n} {i}] {old.get(n, {}).get('date')} → {res[n]['date']}  {_context(s, res[n]['pos'])}"
                f"\n    years: {_years_in(s)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
