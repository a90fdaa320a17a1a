"""Which capitalised names the person rules take, counted on unlabelled text (issue 18, fifth round).

Runs ``find_persons`` over the texts ``understand()`` scans of news.jsonl.gz lines 1–14999 and meetings.jsonl
(no labels: where a rule's kind of failure can be counted on many reports nobody read) and prints how many
candidates that start with a Vietnamese surname are taken as persons, and, for those of three syllables or more
that are not, what stands before them (a context table: the contexts where names are persons and where they
are streets, schools or wards). With ``--baseline REV`` it also runs that revision's parser and prints the
persons added and removed, with a seeded sample to read.

    python bench/person_counts.py                       # counts and the context table
    python bench/person_counts.py --baseline 521a856 --sample 50 --seed 1
"""

from __future__ import annotations

import argparse
import collections
import pickle
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _revision import add_revision_args, run_at_revision  # noqa: E402
from extraction_eval import _code, unlabelled_items  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE = re.compile(r"[.!?;:\n(\"“,]\s*[^.!?;:\n(\"“,]*$")


def _texts() -> list[tuple[str, str]]:
    """(key, text as understand() hands it to find_persons) of every unlabelled item counted here."""
    from archive_app.core.understand import report_parts
    from archive_app.core.vietnamese import normalize

    def scan(body: str, title: str | None) -> str:
        return report_parts(normalize(body or ""), title).scan

    return [(key, scan(item["body"], item.get("title"))) for key, item in unlabelled_items()]


def _run(texts: list[tuple[str, str]]) -> dict[str, tuple[list[str], list[tuple]]]:
    """Per text: (persons found, surname candidates as (start, end, name))."""
    from archive_app.core.understand.persons import find_persons
    from archive_app.core.vietnamese.names import name_candidates

    return {
        key: ([p.name for p in find_persons(text)], [(c.start, c.end, c.name) for c in name_candidates(text) if c.surname])
        for key, text in texts
    }


def _context(text: str, start: int) -> str:
    seg = text[max(0, start - 30) : start]
    m = _CLAUSE.search(seg)
    words = _WORD.findall(seg[m.start() + 1 :] if m else seg)
    if not words:
        return "<clause start>"
    if words[-1][0].isupper():
        return "<capitalised word>"
    return " ".join(w.lower() for w in words[-2:])


def counts(texts, result, top: int) -> None:
    taken = missed = 0
    table: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    body = dict(texts)
    for key, (names, cands) in result.items():
        low = [n.lower() for n in names]
        for start, _, name in cands:
            ok = any(name.lower() in x for x in low)
            taken += ok
            missed += not ok
            if name.count(" ") >= 2:
                table[_context(body[key], start)][0 if ok else 1] += 1
    print(f"{len(texts)} texts, {sum(len(v[0]) for v in result.values())} persons found")
    print(f"surname candidates taken {taken}, not taken {missed}")
    print(f"three syllables or more not taken: {sum(v[1] for v in table.values())}; by the words before them:")
    print(f"{'taken':>7}{'not':>7}  context")
    for ctx, (ok, no) in sorted(table.items(), key=lambda x: -x[1][1])[:top]:
        print(f"{ok:>7}{no:>7}  {ctx}")


def _baseline(rev: str) -> dict:
    return pickle.loads(run_at_revision(rev, __file__, "--pickle"))


def changes(texts, before: dict, after: dict, sample: int, seed: int) -> None:
    body = dict(texts)
    added, removed = [], []
    for key in after:
        old = {n.lower() for n in before[key][0]}
        new = {n.lower() for n in after[key][0]}
        added += [(key, n) for n in after[key][0] if n.lower() not in old]
        removed += [(key, n) for n in before[key][0] if n.lower() not in new]
    changed = len({k for k, _ in added + removed})
    print(f"\npersons added {len(added)}, removed {len(removed)}, in {changed} texts")
    for label, rows in (("added", added), ("removed", removed)):
        pick = sorted(random.Random(seed).sample(rows, min(sample, len(rows))))
        print(f"--- {label}, {len(pick)} of {len(rows)} (seed {seed})")
        for key, name in pick:
            text = body[key]
            i = text.find(name)
            print(f"{key:>14} | {name} | {' '.join(text[max(0, i - 70) : i + len(name) + 40].split())}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_revision_args(ap, "also run the parser of git revision REV and compare", 40, "how many changed names to print (seeded)")
    ap.add_argument("--top", type=int, default=40, help="rows of the context table")
    ap.add_argument("--pickle", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    _code(args.code_root)
    texts = _texts()
    result = _run(texts)
    if args.pickle:
        sys.stdout.buffer.write(pickle.dumps(result))
        return 0
    counts(texts, result, args.top)
    if args.baseline:
        changes(texts, _baseline(args.baseline), result, args.sample, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
