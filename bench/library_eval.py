"""Would a maintained library do part of the report parser better? Measured on the labelled reports.

    /path/to/venv-with-libraries/bin/python bench/library_eval.py

Person names: underthesea's named-entity tagger (PER entities) alone, the rules alone, and the rules plus
the tagger's persons. Meeting date: dateparser's ``search_dates`` (Vietnamese), first date found, against
the rules. A library missing from the interpreter is reported and skipped; neither is a dependency of the
product (see the numbers this prints and the issue 18 note in bench/README.md).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import extraction_eval as ee  # noqa: E402


def _ner_persons(ner, text: str) -> set[str]:
    """PER entities of underthesea's tagger, joined from B-PER/I-PER tokens."""
    names, current = [], []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        for token, _pos, _chunk, tag in ner(paragraph):
            if tag == "B-PER" or (tag == "I-PER" and not current):
                if current:
                    names.append(" ".join(current))
                current = [token]
            elif tag == "I-PER":
                current.append(token)
            else:
                if current:
                    names.append(" ".join(current))
                current = []
        if current:
            names.append(" ".join(current))
            current = []
    return {ee._key(n) for n in names if " " in n.strip()}


def main() -> int:
    from archive_app.core.understand import understand

    try:
        from underthesea import ner
    except ImportError:
        ner = None
        print("underthesea is not installed here: person tagger skipped")
    try:
        from dateparser.search import search_dates
    except ImportError:
        search_dates = None
        print("dateparser is not installed here: date search skipped")
    for split in ee.SPLITS:
        labels = [lab for lab in ee.read_labels() if lab.get("split", "dev") == split]
        scores = {k: ee.Score() for k in ("names: rules", "names: underthesea", "names: rules+underthesea",
                                           "date: rules", "date: dateparser")}
        seconds = {"underthesea": 0.0, "dateparser": 0.0}
        for lab in labels:
            text, title, hint = ee.load_text(lab["ref"])
            u = understand(text, title_hint=title, date_hint=hint)
            gold = {ee._key(p["name"]) for p in lab["persons"]}
            rules = {ee._key(p.name) for p in u.persons}
            scores["names: rules"].add(rules, gold)
            if ner:
                start = time.perf_counter()
                tagged = _ner_persons(ner, f"{u.title}\n{u.body}")
                seconds["underthesea"] += time.perf_counter() - start
                scores["names: underthesea"].add(tagged, gold)
                scores["names: rules+underthesea"].add(rules | tagged, gold)
            want = {lab["date"]} if lab["date"] else set()
            scores["date: rules"].add({u.meeting_date.isoformat()} if u.meeting_date else set(), want)
            if search_dates:
                start = time.perf_counter()
                base = ee.datetime.datetime(hint.year, hint.month, hint.day) if hint else None
                settings = {"RELATIVE_BASE": base} if base else None
                found = search_dates(u.body[:3000], languages=["vi"], settings=settings) or []
                seconds["dateparser"] += time.perf_counter() - start
                got = {found[0][1].date().isoformat()} if found else set()
                scores["date: dateparser"].add(got, want)
        print(f"\n[{split}] {len(labels)} reports")
        print(ee.table({k: v for k, v in scores.items() if v.pred or v.gold}))
        for lib, s in seconds.items():
            if s:
                print(f"{lib}: {s / len(labels) * 1000:.0f} ms per report")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
