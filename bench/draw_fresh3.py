"""The drawing of the ``fresh3`` held-out labels (issue 18): fresh2's order, from where its labeller stopped.

``bench/draw_fresh2.py`` fixes one order of candidate news items (lines 15000-29999 of
``corpus/news.jsonl.gz``, four strata, seed 20261207); the fresh2 labeller read its first 136 items. fresh3
continues that same order from item 137 on: the labeller reads each item whole, in order, skips what reports
no meeting and labels the rest. No candidate comes from lines below 15000 (rule-writers read those), and no
fresh2 label can be offered again: the order is fresh2's and its labels all lie in the first 136 items
(checked here). Both chair strata were used up within fresh2's 136 items, so fresh3 draws from the two
"other" strata only (baomoi.com twice as often as dantri.com.vn). Prints ``position line id stratum title``;
nothing is parsed.

    python bench/draw_fresh3.py [--n 150]      # the 150 items from position 137 on
"""

from __future__ import annotations

import argparse
import json

from draw_fresh2 import FIRST, candidates, draw
from extraction_eval import LABELS, corpus_root

START = 137  # fresh2's labeller read positions 1-136 of the order


def offered(n: int) -> list[tuple[int, int, str, str, str]]:
    """(position, line, id, stratum, title) of the n items from START on, in order."""
    root = corpus_root()
    order = draw(root, START - 1 + n)
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    fresh2 = {lab["ref"]["id"] for lab in labels if lab.get("split") == "fresh2"}
    late = [ident for _, ident, _, _ in order[START - 1 :] if ident in fresh2]
    assert not late, f"fresh2 labels at or after position {START}: {late}"
    out = [(pos, line, ident, stratum, title)
           for pos, (line, ident, stratum, title) in enumerate(order, 1) if pos >= START]
    assert all(line >= FIRST for _, line, _, _, _ in out)
    return out


def show(items: list[tuple[int, int, str, str, str]]) -> None:
    """Print the strata's sizes, then one ``position line id stratum title`` row an offered item."""
    for name, cands in candidates(corpus_root()).items():
        print(f"# {name}: {len(cands)} candidates")
    for pos, line, ident, stratum, title in items:
        print(f"{pos}\t{line}\t{ident}\t{stratum}\t{title}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=150, help="how many items to offer, from position 137 on")
    args = ap.parse_args(argv)
    show(offered(args.n))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
