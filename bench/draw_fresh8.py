"""The drawing of the ``fresh8`` held-out labels (issue 18): the baomoi.com crawl's items the corpus left out.

fresh2-fresh7 used up ``corpus/news.jsonl.gz`` lines 15000-29999. The same 2017 crawl holds 8,292 items that the
corpus left out (``bench/scraper_extra.py``): same outlets, same year, same form, read by no session. Candidates:
those items, less any whose title is also the title of an item of ``news.jsonl.gz`` (baomoi.com carries one story
from several outlets, and a rule-writer may have read the other copy) and less all but the first (lowest id) of
items that share a title among themselves, of at most 12,000 characters (each is read whole). Strata, with
fresh2's and fresh5's patterns: the title or lead (first body line) names a meeting, at most 6,000 characters,
with a chair phrase in the body ("chủ trì", "điều hành phiên") or without; the body names one only within its
first 1,500 characters; longer items (6,000-12,000) whose title, lead or early body names one. One seeded
shuffle per stratum, interleaved in a fixed cycle that over-represents the chair stratum. fresh8's own labels
and read list are not counted, so they cannot shift the order. Prints ``position path id stratum title``;
nothing is parsed.

    python bench/draw_fresh8.py [--n 200] [--start 1]
"""

from __future__ import annotations

from pathlib import Path

import scraper_extra
from draw_fresh2 import CHAIR, MAX_CHARS, MEETING
from draw_fresh5 import LEAD_CHARS, interleave, print_order
from draw_fresh7 import LONG_CHARS
from extraction_eval import news_lines

SEED = 20261227
DRIVES = "điều khiển"  # drives a vehicle in these items more often than it presides (draw_fresh5.py)
CYCLE = ("head chair", "head other", "early", "head chair", "head other", "long")


def _fold_title(title: str) -> str:
    return " ".join(title.lower().split())


def corpus_ids_and_titles(root: Path) -> tuple[set[str], set[str]]:
    """Ids and folded titles of every item of ``news.jsonl.gz`` (one pass)."""
    ids, titles = set(), set()
    for _, item in news_lines(1, 10**9, root):
        ids.add(item["id"])
        titles.add(_fold_title(item["title"]))
    return ids, titles


def stratum(title: str, body: str) -> str | None:
    """Which stratum an item falls in, or None when no drawing should offer it."""
    head = MEETING.search(f"{title}\n{body.split(chr(10), 1)[0]}")
    early = MEETING.search(body[:LEAD_CHARS])
    if len(body) > MAX_CHARS:
        return "long" if len(body) <= LONG_CHARS and (head or early) else None
    if head:
        chair = any(m.group().lower() != DRIVES for m in CHAIR.finditer(body))
        return "head chair" if chair else "head other"
    return "early" if early else None


def candidates(root: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Stratum -> (path, id, title) of every candidate, in id order."""
    in_corpus, titles = corpus_ids_and_titles(root)
    left_out = {i: p for i, p in scraper_extra.paths().items() if i not in in_corpus}
    items = scraper_extra.read(sorted(left_out.values()))
    strata: dict[str, list[tuple[str, str, str]]] = {name: [] for name in dict.fromkeys(CYCLE)}
    for ident in sorted(left_out, key=lambda i: int(i.split("-")[1])):
        item = items[left_out[ident]]
        key = _fold_title(item["title"])
        if not item["body"] or key in titles:
            continue
        titles.add(key)
        name = stratum(item["title"], item["body"])
        if name:
            strata[name].append((left_out[ident], ident, item["title"]))
    return strata


def offered(root: Path) -> list[tuple[int, str, str, str, str]]:
    """(position, path, id, stratum, title) of every candidate, in the order the labeller reads them."""
    return interleave(candidates(root), SEED, CYCLE)


def main(argv: list[str] | None = None) -> int:
    return print_order(argv, __doc__.splitlines()[0], candidates, offered)


if __name__ == "__main__":
    raise SystemExit(main())
