"""Mechanical check of the hand labels (tests/data/labelled/reports.jsonl) against the texts they point at.

A label is a person's reading of a text; this catches what a reader mistypes: every person's name, every role
and the author must occur in the report (title hint or body, after ``normalize``, case-insensitively), every
boilerplate reference must cut a non-empty piece out of its line, a date must be ISO, a kind canonical, and no
report may be labelled twice (one article can sit in both ``meetings.jsonl`` and ``news.jsonl.gz``: the id
decides). Names and roles are compared with runs of spaces collapsed, as the evaluation does.

    python bench/label_check.py            # every label; exit status 1 when something is wrong
    python bench/label_check.py --split fresh
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_eval import _fragments, _key, corpus_root, load_text, read_labels  # noqa: E402

KINDS = {
    "giao ban", "sơ kết", "tổng kết", "đại hội", "kỳ họp", "phiên họp", "tiếp xúc cử tri", "họp báo", "hội thảo",
    "tọa đàm", "tập huấn", "họp mặt", "gặp mặt", "hội đàm", "tiếp công dân", "làm việc", "hội nghị", "họp",
}


def problems(lab: dict, root: Path) -> list[str]:
    """What is wrong with one label (empty when it holds)."""
    from archive_app.core.vietnamese import normalize

    text, title, _ = load_text(lab["ref"], root)
    haystack = _key(f"{normalize(title or '')}\n{text}")
    out = []
    if lab["date"]:
        try:
            datetime.date.fromisoformat(lab["date"])
        except ValueError:
            out.append(f"date {lab['date']!r} is not ISO")
    if lab["kind"] and lab["kind"] not in KINDS:
        out.append(f"kind {lab['kind']!r} is not canonical")
    for p in lab["persons"]:
        if _key(p["name"]) not in haystack:
            out.append(f"name {p['name']!r} not in the text")
        if p["role"]:
            # a role before and one after the name are joined by ", ": each part must be there
            for part in p["role"].split(", ") if _key(p["role"]) not in haystack else ():
                if _key(part) not in haystack:
                    out.append(f"role part {part!r} of {p['name']!r} not in the text")
    if lab["author"]:
        for name in lab["author"].split(", "):
            if _key(name) not in haystack:
                out.append(f"author {name!r} not in the text")
    for b, frag in zip(lab.get("boilerplate", ()), _fragments(lab, text, normalize(title) if title else None)):
        if not frag.strip():
            out.append(f"boilerplate {b} cuts nothing")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", help="only labels of this split (dev = no split field)")
    ap.add_argument("--labels", type=Path, help="a labeller's own JSON Lines file instead of reports.jsonl")
    args = ap.parse_args(argv)
    root = corpus_root()
    labels = read_labels(args.labels)
    seen: dict[str, int] = {}
    bad = 0
    for n, lab in enumerate(labels, 1):
        ident = lab["ref"].get("id") or lab["ref"]["corpus"]
        if ident in seen:
            print(f"line {n} [{ident}]: labelled twice (also line {seen[ident]})")
            bad += 1
        seen.setdefault(ident, n)
        if args.split and lab.get("split", "dev") != args.split:
            continue
        for problem in problems(lab, root):
            print(f"line {n} [{ident}]: {problem}")
            bad += 1
    print(f"{len(labels)} labels, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
