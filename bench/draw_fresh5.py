"""The drawing of the ``fresh5`` held-out labels (issue 18): meeting reports whose title and lead name no meeting.

fresh2-fresh4 used up both orders drawn from ``corpus/news.jsonl.gz`` lines 15000-29999 (the only window no
rule-writer read): fresh2's order (items whose title or lead names a meeting, ``bench/draw_fresh2.py``) and the
chair supplements (``bench/draw_fresh3_chair.py``). What is left unread there: items whose title and lead name no
meeting (fresh2's ``MEETING`` pattern) but whose body does within its first 1,500 characters; baomoi.com titles
are mostly headlines, so these hold real meeting reports beside items that only mention one. Candidates: from
baomoi.com or dantri.com.vn, not in ``corpus/meetings.jsonl``, labelled in no split before fresh5, listed in no
earlier ``tests/data/labelled/*_read.tsv``, at most 6,000 characters (each is read whole). Strata: outlet x chair
phrase in the body ("chủ trì", "điều hành phiên": fresh2's ``CHAIR`` less "điều khiển", which mostly drives a
vehicle, as ``draw_fresh3_chair.py`` found), one shuffle each with one seed, interleaved in a fixed cycle that
over-represents the small chair strata and dantri.com.vn. fresh5's own labels and read list are not counted, so
they cannot shift the order. Prints ``position line id stratum title``; nothing is parsed.

    python bench/draw_fresh5.py [--n 200] [--start 1]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from draw_fresh2 import CHAIR, MAX_CHARS, MEETING, meetings_ids, news_window
from extraction_eval import LABELS, corpus_root

SEED = 20261214
LEAD_CHARS = 1500  # the body must name a meeting this early: a report, not a passing mention at the end
DRIVES = "điều khiển"  # the one word of fresh2's CHAIR not counted: in these items it drives a vehicle
BEFORE = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4")  # the splits labelled before this drawing
READ_LISTS = ("fresh3_read.tsv", "fresh3_chair_read.tsv", "fresh4_read.tsv", "fresh4_chair_read.tsv")
CYCLE = ("baomoi other", "baomoi chair", "dantri other", "baomoi other", "dantri chair")


def read_before() -> set[str]:
    """Ids of every item an earlier labeller read (labelled or skipped), from the read lists before fresh5."""
    ids: set[str] = set()
    for name in READ_LISTS:
        with open(LABELS.parent / name, encoding="utf-8") as f:
            next(f)  # header
            ids |= {row.split("\t")[2] for row in f if row.strip()}
    return ids


def candidates(root: Path) -> dict[str, list[tuple[int, str, str]]]:
    """Stratum -> (line, id, title) of every candidate, in corpus order."""
    seen = meetings_ids(root) | read_before()
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    seen |= {lab["ref"].get("id") for lab in labels if lab.get("split", "dev") in BEFORE}
    strata: dict[str, list[tuple[int, str, str]]] = {name: [] for name in dict.fromkeys(CYCLE)}
    for n, item in news_window(root):
        body = item["body"]
        outlet = item["id"].split("-")[0]
        if outlet not in ("baomoi", "dantri") or item["id"] in seen or len(body) > MAX_CHARS:
            continue
        if MEETING.search(f"{item['title']}\n{body.split(chr(10), 1)[0]}") or not MEETING.search(body[:LEAD_CHARS]):
            continue  # fresh2's order offered it already, or the body names no meeting early on
        chair = any(m.group().lower() != DRIVES for m in CHAIR.finditer(body))
        strata[f"{outlet} {'chair' if chair else 'other'}"].append((n, item["id"], item["title"]))
    return strata


def interleave(strata: dict[str, list], seed: int, cycle: tuple[str, ...]) -> list[tuple]:
    """(position, *item, stratum) … : each stratum shuffled once with ``seed`` (in the dict's fixed order, so one
    seed gives one drawing), then taken in turn as ``cycle`` names them until all are used."""
    rng = random.Random(seed)
    for name in strata:
        rng.shuffle(strata[name])
    out, taken = [], {name: 0 for name in strata}
    while any(taken[s] < len(strata[s]) for s in strata):
        for name in cycle:
            if taken[name] < len(strata[name]):
                line, ident, title = strata[name][taken[name]]
                out.append((len(out) + 1, line, ident, name, title))
                taken[name] += 1
    return out


def offered(root: Path) -> list[tuple[int, int, str, str, str]]:
    """(position, line, id, stratum, title) of every candidate, in the order the labeller reads them."""
    return interleave(candidates(root), SEED, CYCLE)


def print_order(argv: list[str] | None, description: str, candidates, offered) -> int:
    """The command line of a drawing: the strata's sizes, then ``--n`` items of the order from ``--start``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--n", type=int, default=200, help="how many items to offer, in order")
    ap.add_argument("--start", type=int, default=1, help="the first position to print")
    args = ap.parse_args(argv)
    root = corpus_root()
    for name, items in candidates(root).items():
        print(f"# {name}: {len(items)} candidates")
    for pos, line, ident, name, title in offered(root)[args.start - 1:args.start - 1 + args.n]:
        print(f"{pos}\t{line}\t{ident}\t{name}\t{title}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return print_order(argv, __doc__.splitlines()[0], candidates, offered)


if __name__ == "__main__":
    raise SystemExit(main())
