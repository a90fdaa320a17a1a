"""The drawing of the ``fresh4`` held-out labels (issue 18): fresh2's order, from where fresh3 stopped.

``bench/draw_fresh2.py`` fixes one order of candidate news items (lines 15000-29999 of
``corpus/news.jsonl.gz``, four strata, seed 20261207); fresh2's labeller read its items 1-136 and fresh3's
137-331 (``bench/draw_fresh3.py``, ``tests/data/labelled/fresh3_read.tsv``). fresh4 continues the same order
from item 332 on, for the fourth round of rules: the labeller reads each item whole, in order, skips what
reports no meeting and labels the rest. No candidate comes from lines below 15000, and no fresh2 or fresh3
label can be offered again (checked here: the order is fresh2's, and fresh3's chair supplement came from
items the order leaves out). The order ends at item 452. Prints ``position line id stratum title``; nothing
is parsed.

    python bench/draw_fresh4.py [--n 130]      # the items from position 332 on (the order ends at 452)
"""

from __future__ import annotations

import argparse
import json

import draw_fresh3
from extraction_eval import LABELS

START = 332  # fresh2's labeller read positions 1-136 of the order, fresh3's 137-331


def offered(n: int) -> list[tuple[int, int, str, str, str]]:
    """(position, line, id, stratum, title) of the n items from START on, in order (fewer past its end).

    fresh3's drawing already checks that no fresh2 label lies after its start and no line is below 15000; this
    adds that no fresh3 label (its chair supplement included) lies at or after START."""
    items = [item for item in draw_fresh3.offered(START - draw_fresh3.START + n) if item[0] >= START]
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    fresh3 = {lab["ref"]["id"] for lab in labels if lab.get("split") == "fresh3"}
    late = [ident for _, _, ident, _, _ in items if ident in fresh3]
    assert not late, f"fresh3 labels at or after position {START}: {late}"
    return items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=130, help=f"how many items to offer, from position {START} on")
    draw_fresh3.show(offered(ap.parse_args(argv).n))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
