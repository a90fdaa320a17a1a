"""How often the meeting kind comes out empty or generic where the body names a more specific event (issue 18, fifth
round), on the unlabelled ``corpus/news.jsonl.gz`` lines 1-14999 that rule-writers may read.

The instrument is independent of the parser: a *reporting sentence* is a sentence of the body's first 2,500 characters
with a time anchor ("chiều 13/5", "sáng nay", "mới đây", "tổ chức", "diễn ra", "chủ trì" …) and a kind word after
"tại/trong/ở/tổ chức/diễn ra/có/dự/chủ trì/phát biểu" (+ "một") (+ "cuộc/buổi/phiên"); each item is counted by the
parser's kind (empty / generic "họp", "hội nghị" / specific) against the first such sentence's word (specific or
generic). With ``--baseline REV`` the parser of that git revision runs too (exported, in a child process) and the items
whose kind changed are counted; ``--sample N`` prints a seeded sample of them, each with the sentence around its kind.

    python bench/kind_count.py [--baseline 521a856] [--sample 40 --seed 1]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
from pathlib import Path

from _revision import add_revision_args, run_at_revision
from extraction_eval import READ_WINDOW, _code, corpus_root, news_lines

SPECIFIC = ["giao ban", "sơ kết", "tổng kết", "đại hội", "kỳ họp", "phiên họp", "tiếp xúc cử tri", "tiếp xúc với cử tri",
            "họp báo", "hội thảo", "tọa đàm", "tập huấn", "họp mặt", "gặp mặt", "gặp gỡ", "hội đàm", "tiếp công dân",
            "làm việc"]
GENERIC = ["hội nghị", "cuộc họp", "buổi họp", "họp"]
CUE = r"(?:tại|trong|ở|tổ chức|diễn ra|có|dự|tham dự|chủ trì|phát biểu)\s+(?:một\s+)?(?:(?:cuộc|buổi|phiên)\s+)?" \
      r"(?:(?:họp|hội nghị)\s+)?"
TIME = re.compile(r"(?i)(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:nay|qua|\d|\(|mai|thứ)|\d{1,2}[/.-]\d{1,2}|mới đây"
                  r"|vừa qua|vừa diễn ra|tổ chức|diễn ra|chủ trì")
WORD = re.compile(rf"(?i)(?<!\w){CUE}(" + "|".join(sorted(SPECIFIC + GENERIC, key=len, reverse=True)) + r")(?!\w)")


def reported(body: str) -> tuple[str | None, str | None]:
    """(kind word, sentence) of the body's first reporting sentence."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", body[:2500]):
        if TIME.search(sentence):
            m = WORD.search(sentence)
            if m:
                return m.group(1).lower(), sentence
    return None, None


def items(root: Path):
    return (item for _, item in news_lines(*READ_WINDOW, root))


def kinds(root: Path) -> dict[str, str | None]:
    """id -> the kind understand() gives (the parser on sys.path)."""
    from archive_app.core.understand import understand
    from archive_app.core.vietnamese import normalize

    return {it["id"]: understand(normalize(it["body"]), it.get("title")).kind for it in items(root)}


def baseline_kinds(rev: str) -> dict[str, str | None]:
    return json.loads(run_at_revision(rev, __file__, "--json"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_revision_args(ap, "also run the parser of this git revision and count the changed kinds", 0,
                      "print a seeded sample of the changed items")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    _code(args.code_root)
    root = corpus_root()
    now = kinds(root)
    if args.json:
        print(json.dumps(now, ensure_ascii=False))
        return 0
    from archive_app.core.vietnamese import normalize

    counts: collections.Counter[str] = collections.Counter()
    sentences = {}
    for it in items(root):
        word, sentence = reported(normalize(it["body"]))
        if word is None:
            counts["no reporting sentence"] += 1
            continue
        kind = now[it["id"]]
        parsed = "empty" if kind is None else "generic" if kind in ("họp", "hội nghị") else "specific"
        counts[f"kind {parsed:8} / reporting sentence {'specific' if word in SPECIFIC else 'generic'}"] += 1
        sentences[it["id"]] = sentence
    for key, value in sorted(counts.items()):
        print(f"{value:6d}  {key}")
    if args.baseline:
        before = baseline_kinds(args.baseline)
        changed = [(k, before[k], now[k]) for k in now if before.get(k) != now[k]]
        print(f"\n{len(changed)} kinds changed against {args.baseline}:")
        for (a, b), n in collections.Counter((a, b) for _, a, b in changed).most_common():
            print(f"{n:6d}  {a} -> {b}")
        for ident, a, b in random.Random(args.seed).sample(changed, min(args.sample, len(changed))):
            print(f"- {ident}: {a} -> {b} | {(sentences.get(ident) or '')[:240]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
