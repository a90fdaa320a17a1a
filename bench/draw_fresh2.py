"""The drawing of the ``fresh2`` held-out labels (issue 18): which news items were offered for labelling, in order.

Candidates are the items of ``corpus/news.jsonl.gz`` at lines 15000–29999 (``ref.line`` numbering, 1-based)
that are no law (``vlc-…``), not in ``corpus/meetings.jsonl`` (the first parser session read those), not
labelled in the splits that existed before it (dev, heldout, fresh), at most 6,000 characters long (each is read whole),
and whose title or lead (first body line) names a meeting or a meeting-like event. They fall into four
strata: outlet (baomoi.com / dantri.com.vn) × whether the body says someone chairs ("chủ trì", "điều hành
phiên họp", "điều khiển"). Each stratum is shuffled with one fixed seed and the strata are interleaved in a
fixed cycle (baomoi.com twice as often as dantri.com.vn, the chair and the other strata alike, so the far
smaller chair strata are over-represented), so the labeller gets a mix of outlets and enough chair cases; the labeller reads the items in this order, skips what reports no meeting,
and stops when the set is big enough. Prints ``line id stratum title``; nothing is parsed.

    python bench/draw_fresh2.py [--n 160]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from extraction_eval import LABELS, corpus_root, news_lines

SEED = 20261207
FIRST, LAST = 15000, 29999
MAX_CHARS = 6000
MEETING = re.compile(
    r"hội nghị|\bhọp\b|kỳ họp|phiên họp|làm việc với|buổi làm việc|tiếp xúc cử tri|hội đàm|hội thảo|tọa đàm"
    r"|toạ đàm|đại hội|họp báo|gặp mặt|họp mặt|giao ban|sơ kết|tổng kết|hội kiến|tiếp công dân"
    r"|\btiếp (?:đoàn|Đại sứ|Bộ trưởng|Thủ tướng|Chủ tịch|Tổng|Phó|lãnh đạo)",
    re.IGNORECASE,
)
CHAIR = re.compile(r"chủ trì|điều hành phiên|điều khiển", re.IGNORECASE)
BEFORE = ("dev", "heldout", "fresh")  # the splits labelled before this drawing: their reports are not offered again
CYCLE = ("baomoi chair", "baomoi other", "dantri chair", "baomoi chair", "baomoi other", "dantri other")


def meetings_ids(root: Path) -> set[str]:
    """Ids of ``corpus/meetings.jsonl`` (the first parser session read those)."""
    with open(root / "corpus" / "meetings.jsonl", encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


def news_window(root: Path):
    """(line number, item) of ``corpus/news.jsonl.gz`` at lines FIRST-LAST (1-based, as ``ref.line`` counts)."""
    return news_lines(FIRST, LAST, root)


def candidates(root: Path) -> dict[str, list[tuple[int, str, str]]]:
    seen = meetings_ids(root)
    with open(LABELS, encoding="utf-8") as f:
        for line in f:
            lab = json.loads(line) if line.strip() else None
            if lab and lab.get("split", "dev") in BEFORE:
                seen.add(lab["ref"].get("id"))
    strata: dict[str, list[tuple[int, str, str]]] = {name: [] for name in dict.fromkeys(CYCLE)}
    for n, item in news_window(root):
        outlet = item["id"].split("-")[0]
        if outlet not in ("baomoi", "dantri") or item["id"] in seen or len(item["body"]) > MAX_CHARS:
            continue
        lead = item["body"].split("\n", 1)[0]
        if MEETING.search(f"{item['title']}\n{lead}"):
            chair = "chair" if CHAIR.search(item["body"]) else "other"
            strata[f"{outlet} {chair}"].append((n, item["id"], item["title"]))
    return strata


def draw(root: Path, n: int) -> list[tuple[int, str, str, str]]:
    strata = candidates(root)
    rng = random.Random(SEED)
    for name in strata:  # dict order: a fixed order of strata, so one seed gives one drawing
        rng.shuffle(strata[name])
    out, taken = [], {name: 0 for name in strata}
    while len(out) < n and any(taken[s] < len(strata[s]) for s in strata):
        for name in CYCLE:
            if taken[name] < len(strata[name]) and len(out) < n:
                line, ident, title = strata[name][taken[name]]
                out.append((line, ident, name, title))
                taken[name] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=160, help="how many items to offer, in order")
    args = ap.parse_args(argv)
    root = corpus_root()
    for name, items in candidates(root).items():
        print(f"# {name}: {len(items)} candidates")
    for line, ident, name, title in draw(root, args.n):
        print(f"{line}\t{ident}\t{name}\t{title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
