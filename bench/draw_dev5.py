"""The drawing of the ``dev5`` development labels (issue 18, fifth round): fresh5's kind of report, from text the
rule-writers may read.

fresh5 (``bench/draw_fresh5.py``) holds reports whose title and lead name no meeting and only the body does,
drawn from ``corpus/news.jsonl.gz`` lines 15000-29999, which no rule-writer reads. The kind rules were written on
reports whose title names the meeting, so they need development material of fresh5's kind: the same selection
applied to lines 1-14999 (all baomoi.com items, the window the rule-writers count on). Candidates: not in
``corpus/meetings.jsonl``, labelled in no split, at most 6,000 characters (each is read whole), whose title + lead
(first body line) do not match fresh2's ``MEETING`` pattern but whose body's first 1,500 characters do. One
shuffle with this drawing's own seed (no strata: the window is one outlet, and fresh5's chair strata were empty).
The labeller reads items in this order, labels the meeting reports and skips the rest (``dev5_read.tsv``).
Prints ``position line id title``; nothing is parsed.

    python bench/draw_dev5.py [--n 100] [--start 1]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from draw_fresh2 import MAX_CHARS, MEETING, meetings_ids
from draw_fresh5 import LEAD_CHARS
from extraction_eval import LABELS, READ_WINDOW, corpus_root, news_lines

SEED = 20261216
FIRST, LAST = READ_WINDOW  # the window rule-writers may read (fresh5's window is 15000-29999)
# the splits labelled before this drawing; dev5's own labels and later ones are not counted, so they cannot shift
# the order
BEFORE = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")


def news_window(root: Path):
    """(line number, item) of ``corpus/news.jsonl.gz`` at lines FIRST-LAST (1-based, as ``ref.line`` counts)."""
    return news_lines(FIRST, LAST, root)


def candidates(root: Path) -> list[tuple[int, str, str]]:
    """(line, id, title) of every candidate, in corpus order."""
    seen = meetings_ids(root)
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    seen |= {lab["ref"].get("id") for lab in labels if lab.get("split", "dev") in BEFORE}
    out = []
    for n, item in news_window(root):
        body = item["body"]
        if item["id"].split("-")[0] != "baomoi" or item["id"] in seen or len(body) > MAX_CHARS:
            continue
        if MEETING.search(f"{item['title']}\n{body.split(chr(10), 1)[0]}") or not MEETING.search(body[:LEAD_CHARS]):
            continue  # the title or lead names a meeting (the earlier drawings' kind), or the body does not early on
        out.append((n, item["id"], item["title"]))
    return out


def offered(root: Path) -> list[tuple[int, int, str, str]]:
    """(position, line, id, title) of every candidate, in the order the labeller reads them."""
    items = candidates(root)
    random.Random(SEED).shuffle(items)
    return [(pos, line, ident, title) for pos, (line, ident, title) in enumerate(items, 1)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100, help="how many items to offer, in order")
    ap.add_argument("--start", type=int, default=1, help="the first position to print")
    args = ap.parse_args(argv)
    root = corpus_root()
    items = offered(root)
    print(f"# {len(items)} candidates")
    for pos, line, ident, title in items[args.start - 1:args.start - 1 + args.n]:
        print(f"{pos}\t{line}\t{ident}\t{title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
