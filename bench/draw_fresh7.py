"""The drawing of the ``fresh7`` held-out labels (issue 18): what lines 15000-29999 still hold unread.

``corpus/news.jsonl.gz`` lines 15000-29999 are the only window no rule-writer reads. fresh2-fresh6 read what three
orders offered there, all of it items of at most 6,000 characters: fresh2's (title or lead names a meeting,
``bench/draw_fresh2.py``), the chair supplements (``bench/draw_fresh3_chair.py``) and fresh5's (the body names one
in its first 1,500 characters, ``bench/draw_fresh5.py``, read to item 1130 of 1155). What is left unread: longer
items (6,000-12,000 characters, read whole all the same) whose title, lead or early body names a meeting, the last
25 items of fresh5's order, and short items whose body names a meeting only after its first 1,500 characters
(mostly passing mentions, so a small share of the cycle). Candidates: from baomoi.com or dantri.com.vn, not in
``corpus/meetings.jsonl``, in no split's labels and no ``tests/data/labelled/*_read.tsv`` of fresh3-fresh6 (fresh2's
45 skipped items, listed nowhere, are the short items whose title or lead names a meeting: left out). One seeded
shuffle per stratum, interleaved in a fixed cycle. fresh7's own labels and read list are not counted, so they cannot
shift the order. Prints ``position line id stratum title``; nothing is parsed.

    python bench/draw_fresh7.py [--n 200] [--start 1]
"""

from __future__ import annotations

import json
from pathlib import Path

from draw_fresh2 import MAX_CHARS, MEETING, meetings_ids, news_window
from draw_fresh5 import LEAD_CHARS, interleave, print_order, read_before
from extraction_eval import LABELS

SEED = 20261220
LONG_CHARS = 12000  # longer items are few (35) and take a labeller too long to read whole
BEFORE_LISTS = ("fresh5_read.tsv", "fresh6_read.tsv")  # besides draw_fresh5's fresh3/fresh4 lists
CYCLE = ("long head", "long early", "late", "long head", "short early", "long early")


def read_lists() -> set[str]:
    """Ids of every item a labeller of fresh3-fresh6 read (labelled or skipped)."""
    ids = read_before()
    for name in BEFORE_LISTS:
        with open(LABELS.parent / name, encoding="utf-8") as f:
            next(f)  # header
            ids |= {row.split("\t")[2] for row in f if row.strip()}
    return ids


def stratum(title: str, body: str) -> str | None:
    """Which stratum an unread item falls in, or None when no drawing should offer it."""
    head = MEETING.search(f"{title}\n{body.split(chr(10), 1)[0]}")
    early = MEETING.search(body[:LEAD_CHARS])
    if len(body) > MAX_CHARS:
        if len(body) > LONG_CHARS:
            return None
        return "long head" if head else "long early" if early else None
    if head:
        return None  # fresh2's order: read by fresh2-fresh4's labellers
    if early:
        return "short early"  # fresh5's order's last items
    return "late" if MEETING.search(body) else None


def candidates(root: Path) -> dict[str, list[tuple[int, str, str]]]:
    """Stratum -> (line, id, title) of every candidate, in corpus order."""
    seen = meetings_ids(root) | read_lists()
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    seen |= {lab["ref"].get("id") for lab in labels if lab.get("split") != "fresh7"}
    strata: dict[str, list[tuple[int, str, str]]] = {name: [] for name in dict.fromkeys(CYCLE)}
    for n, item in news_window(root):
        if item["id"].split("-")[0] not in ("baomoi", "dantri") or item["id"] in seen:
            continue
        name = stratum(item["title"], item["body"])
        if name:
            strata[name].append((n, item["id"], item["title"]))
    return strata


def offered(root: Path) -> list[tuple[int, int, str, str, str]]:
    """(position, line, id, stratum, title) of every candidate, in the order the labeller reads them."""
    return interleave(candidates(root), SEED, CYCLE)


def main(argv: list[str] | None = None) -> int:
    return print_order(argv, __doc__.splitlines()[0], candidates, offered)


if __name__ == "__main__":
    raise SystemExit(main())
