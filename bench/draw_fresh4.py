"""The drawing of the ``fresh4`` held-out labels (issue 18): fresh2's order, from where fresh3's labeller stopped.

``bench/draw_fresh2.py`` fixes one order of candidate news items (lines 15000-29999 of
``corpus/news.jsonl.gz``, four strata, seed 20261207); fresh2's labeller read its items 1-136 and fresh3's
137-331 (``bench/draw_fresh3.py``, ``tests/data/labelled/fresh3_read.tsv``). fresh4 continues the same order
from item 332 on, for the fourth round of rules: the labeller reads each item whole, in order, skips what reports
no meeting and labels the rest. No candidate comes from lines below 15000, and no fresh2 or fresh3 label can be
offered again (checked here: the order is fresh2's, and fresh3's chair supplement came from items the order
leaves out). Prints ``position line id stratum title``; nothing is parsed.

    python bench/draw_fresh4.py [--n 130]      # the 130 items from position 332 on (the order ends before)
"""

from __future__ import annotations

import argparse
import json

from draw_fresh2 import FIRST, candidates, draw
from extraction_eval import LABELS, corpus_root

START = 332  # fresh2's labeller read positions 1-136 of the order, fresh3's 137-331
EARLIER = ("fresh2", "fresh3")  # the splits drawn from this order before fresh4


def offered(n: int) -> list[tuple[int, int, str, str, str]]:
    """(position, line, id, stratum, title) of the n items from START on, in order (fewer where the order ends)."""
    order = draw(corpus_root(), START - 1 + n)
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    earlier = {lab["ref"]["id"] for lab in labels if lab.get("split") in EARLIER}
    late = [ident for _, ident, _, _ in order[START - 1 :] if ident in earlier]
    assert not late, f"{'/'.join(EARLIER)} labels at or after position {START}: {late}"
    out = [(pos, line, ident, stratum, title)
           for pos, (line, ident, stratum, title) in enumerate(order, 1) if pos >= START]
    assert all(line >= FIRST for _, line, _, _, _ in out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=130, help=f"how many items to offer, from position {START} on")
    args = ap.parse_args(argv)
    for name, items in candidates(corpus_root()).items():
        print(f"# {name}: {len(items)} candidates")
    for pos, line, ident, stratum, title in offered(args.n):
        print(f"{pos}\t{line}\t{ident}\t{stratum}\t{title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
