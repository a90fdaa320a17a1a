"""The drawing of fresh4's chair supplement (issue 18): fresh3's chair-supplement order, from where it stopped.

``bench/draw_fresh3_chair.py`` fixes one order of chair-rich news items that fresh2's drawing left out (lines
15000-29999 of ``corpus/news.jsonl.gz``, long items or titles that name no meeting, seed 20261210); fresh3's
labeller read its first 91 items. The fourth round's chair cases continue that same order from item 92 on: the
labeller reads each item whole, in order, skips what reports no meeting and labels the rest (``"split": "fresh4"``,
``"stratum": "chair supplement"``). The order is fresh3's: positions 1-91 are checked against
``fresh3_chair_read.tsv``, and no fresh3 supplement label may lie at or after position 92. Prints
``position line id why title``; nothing is parsed.

    python bench/draw_fresh4_chair.py [--n 162]      # the items from position 92 on (162 is all that remain)
"""

from __future__ import annotations

import argparse
import csv
import json

from draw_fresh3_chair import STRATUM, candidates, offered
from extraction_eval import LABELS, corpus_root

START = 92  # fresh3's labeller read positions 1-91 of the order
READ_BEFORE = LABELS.parent / "fresh3_chair_read.tsv"  # what fresh3's labeller read, position by position


def offered_from_start(n: int) -> list[tuple[int, int, str, str, str]]:
    """(position, line, id, why, title) of the n items from START on, in order."""
    root = corpus_root()
    order = offered(root, START - 1 + n)
    with open(READ_BEFORE, encoding="utf-8") as f:
        read = [(int(row["line"]), row["id"]) for row in csv.DictReader(f, delimiter="\t")]
    assert [(line, ident) for line, ident, _, _ in order[: START - 1]] == read, "the order is not fresh3's"
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    before = {lab["ref"]["id"] for lab in labels if lab.get("stratum") == STRATUM and lab.get("split") == "fresh3"}
    late = [ident for _, ident, _, _ in order[START - 1 :] if ident in before]
    assert not late, f"fresh3 supplement labels at or after position {START}: {late}"
    return [(pos, line, ident, why, title) for pos, (line, ident, why, title) in enumerate(order, 1) if pos >= START]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=162, help=f"how many items to offer, from position {START} on")
    rows = offered_from_start(ap.parse_args(argv).n)
    print(f"# {len(candidates(corpus_root()))} candidates in all, items {START}-{START + len(rows) - 1} offered")
    print("\n".join("\t".join(str(field) for field in row) for row in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
