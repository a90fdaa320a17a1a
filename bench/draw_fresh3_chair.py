"""The drawing of fresh3's chair supplement (issue 18): chair-rich news items that fresh2's drawing left out.

fresh3 (``bench/draw_fresh3.py``) continues fresh2's order, whose two chair strata were used up inside fresh2's
first 136 items, so fresh3 had almost no chair cases. This supplement draws from the chair items that
``bench/draw_fresh2.py`` never offered: items of ``corpus/news.jsonl.gz`` at lines 15000-29999 (rule-writers read
the lines below), from baomoi.com or dantri.com.vn, labelled in no split before it, not in ``corpus/meetings.jsonl``,
not among the items fresh2's and fresh3's labellers read (positions 1-331 of fresh2's order), whose body says someone
chairs (fresh2's ``CHAIR`` pattern less its "điều khiển", which in these left-out items mostly drives a vehicle:
589 of the 842 items the whole pattern finds have no other chair word), and that fresh2 left out for their length or
their title: longer than 6,000 characters (up to 12,000, so each is still read whole), or whose title and lead name
no meeting (fresh2's ``MEETING`` pattern). One shuffle with its own seed; the labeller reads in order, skips what
reports no meeting and labels the rest. Prints ``position line id why title``; nothing is parsed.

    python bench/draw_fresh3_chair.py [--n 80]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from draw_fresh2 import CHAIR, FIRST, MAX_CHARS, MEETING, draw, meetings_ids, news_window
from extraction_eval import LABELS, corpus_root

SEED = 20261210
MAX_LONG = 12000  # longer items are not offered: each must be read whole
DRIVES = "điều khiển"  # the one word of fresh2's CHAIR not counted here: in these items it drives a vehicle
READ = 331  # fresh2's labeller read positions 1-136 of fresh2's order, fresh3's 137-331
STRATUM = "chair supplement"  # the labels' "stratum" field that tells this supplement apart within fresh3
BEFORE = ("dev", "heldout", "fresh", "fresh2", "fresh3")  # the splits labelled before it


def candidates(root: Path) -> list[tuple[int, str, str, str]]:
    """(line, id, why, title) of every item the supplement may offer, in corpus order."""
    seen = meetings_ids(root)
    with open(LABELS, encoding="utf-8") as f:  # every label made before this supplement (its own would shift the order)
        labels = [json.loads(line) for line in f if line.strip()]
    seen |= {lab["ref"].get("id") for lab in labels
             if lab.get("stratum") != STRATUM and lab.get("split", "dev") in BEFORE}
    seen |= {ident for _, ident, _, _ in draw(root, READ)}
    out = []
    for n, item in news_window(root):
        body = item["body"]
        if item["id"].split("-")[0] not in ("baomoi", "dantri") or item["id"] in seen or len(body) > MAX_LONG:
            continue
        if not any(m.group().lower() != DRIVES for m in CHAIR.finditer(body)):
            continue  # no one chairs: only a driver "điều khiển" a vehicle, or no chair word at all
        if len(body) > MAX_CHARS:
            out.append((n, item["id"], "long", item["title"]))
        elif not MEETING.search(f"{item['title']}\n{body.split(chr(10), 1)[0]}"):
            out.append((n, item["id"], "title", item["title"]))
    return out


def offered(root: Path, n: int) -> list[tuple[int, str, str, str]]:
    items = candidates(root)
    random.Random(SEED).shuffle(items)
    assert all(line >= FIRST for line, _, _, _ in items)
    return items[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=80, help="how many items to offer, in order")
    args = ap.parse_args(argv)
    root = corpus_root()
    items = candidates(root)
    for why in ("long", "title"):
        for outlet in ("baomoi", "dantri"):
            count = sum(1 for _, ident, w, _ in items if w == why and ident.startswith(outlet))
            print(f"# {outlet} {why}: {count} candidates")
    for pos, (line, ident, why, title) in enumerate(offered(root, args.n), 1):
        print(f"{pos}\t{line}\t{ident}\t{why}\t{title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
