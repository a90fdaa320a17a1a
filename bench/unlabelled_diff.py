"""What a parser change does on unlabelled news: understand() of a git revision against this working tree.

Labels are few; a rule that fixes what its writer read can still misfire on the thousands of reports nobody
labelled. This runs both parsers over the first ``--lines`` items of ``corpus/news.jsonl.gz`` (lines
1-14999 are the window rule-writers may read; fresh held-out sets are drawn after it), counts the items whose
title, body, author, date, kind or persons changed, and prints a seeded sample of the changes to read.

    python bench/unlabelled_diff.py --baseline 521a856                  # counts and 40 changes of any field
    python bench/unlabelled_diff.py --baseline 521a856 --field author --sample 100
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from collections import Counter

from _revision import add_revision_args, run_at_revision
from extraction_eval import READ_WINDOW, _code

FIELDS = ("title", "body", "author", "date", "kind", "persons")


def dump(lines: int) -> list[dict]:
    """understand()'s fields for the first ``lines`` news items, with the code on sys.path first."""
    from extraction_eval import _iso, news_lines

    from archive_app.core.understand import understand
    from archive_app.core.vietnamese import normalize

    out = []
    for n, item in news_lines(1, lines):
        u = understand(normalize(item["body"]), item.get("title"), _iso(item.get("date")))
        out.append({
            "line": n, "id": item["id"], "title": u.title, "body": u.body, "author": u.author,
            "date": str(u.meeting_date or ""), "kind": u.kind,
            "persons": [[p.name, p.role, p.chair] for p in u.persons],
        })
    return out


def dump_revision(rev: str, lines: int) -> list[dict]:
    """``dump`` with the parser of git revision ``rev``, exported to a temporary folder, in a child process."""
    return json.loads(run_at_revision(rev, __file__, "--dump", "--lines", str(lines)))


def changes(old: list[dict], new: list[dict]) -> list[tuple[str, dict, dict]]:
    return [(field, a, b) for a, b in zip(old, new, strict=True) for field in FIELDS if a[field] != b[field]]


def show(field: str, a: dict, b: dict) -> str:
    """One change, readable: a body as its edited spans with some context, any other field old -> new."""
    head = f"{a['line']} {a['id']} {field}:"
    if field == "persons":  # only the entries that differ
        old, new = ([json.dumps(p, ensure_ascii=False) for p in x[field]] for x in (a, b))
        return f"{head} -{[p for p in old if p not in new]} +{[p for p in new if p not in old]}"
    if field != "body":
        return f"{head} {json.dumps(a[field], ensure_ascii=False)} -> {json.dumps(b[field], ensure_ascii=False)}"
    old, new = a["body"] or "", b["body"] or ""
    spans = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op != "equal":
            spans.append(f"  …{old[max(0, i1 - 50):i1]}[[{old[i1:i2]} => {new[j1:j2]}]]{old[i2:i2 + 30]}…")
    return "\n".join([head, *spans]).replace("\n\n", "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_revision_args(ap, "git revision to compare against (e.g. the round's start)")
    last = READ_WINDOW[1]
    ap.add_argument("--lines", type=int, default=last, help=f"news items to read (default {last})")
    ap.add_argument("--field", choices=FIELDS, help="sample changes of this field only")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    _code(args.code_root)
    if args.dump:
        json.dump(dump(args.lines), sys.stdout, ensure_ascii=False)
        return 0
    if not args.baseline:
        ap.error("--baseline is required")
    found = changes(dump_revision(args.baseline, args.lines), dump(args.lines))
    counts = Counter(field for field, _, _ in found)
    print(f"{args.lines} items, {args.baseline} -> working tree; items changed per field:")
    for field in FIELDS:
        print(f"  {field:8} {counts[field]}")
    pool = [c for c in found if not args.field or c[0] == args.field]
    for change in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
        print(show(*change))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
