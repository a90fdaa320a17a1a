"""Precision/recall of ``archive_app.core.understand`` against hand-labelled real reports.

The labels (tests/data/labelled/reports.jsonl) hold only references into the third-party corpus;
texts are read from the corpus at run time (default ../shared beside the repository, or $ARCHIVE_APP_SHARED).

    python bench/extraction_eval.py            # table
    python bench/extraction_eval.py -v         # plus every disagreement
    python bench/extraction_eval.py --speed 3000   # ms per article on news.jsonl.gz
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive_app.core.understand import understand
from archive_app.core.vietnamese import normalize

LABELS = ROOT / "tests" / "data" / "labelled" / "reports.jsonl"
FIELDS = ("date", "kind", "person names", "roles", "chair", "author")


def corpus_root() -> Path:
    default = Path(__file__).resolve().parents[2] / "shared"
    return Path(os.environ.get("ARCHIVE_APP_SHARED") or os.environ.get("ARCHIVE_CORPUS_ROOT") or default)


def _iso(value) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _html_paragraphs(html: str) -> list[str]:
    import lxml.html

    doc = lxml.html.fromstring(f"<div>{html}</div>")
    blocks = doc.xpath("//p|//h1|//h2|//h3|//h4|//li|//td")
    texts = [" ".join(b.text_content().split()) for b in blocks] if blocks else [doc.text_content()]
    return [t for t in texts if t]


def load_text(ref: dict, root: Path | None = None) -> tuple[str, str | None, datetime.date | None]:
    """(normalized text, title hint, date hint) for one label reference."""
    root = root or corpus_root()
    path = root / ref["corpus"]
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if n == ref["line"]:
                    item = json.loads(line)
                    if ref.get("id") and item.get("id") != ref["id"]:
                        raise ValueError(f"{path}:{n} is {item.get('id')}, not {ref['id']}")
                    return normalize(item["body"]), item.get("title"), _iso(item.get("date"))
        raise ValueError(f"{path} has no line {ref['line']}")
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".md" and raw.startswith("---"):
        _, front, body = raw.split("---", 2)
        meta = json.loads(front[front.index("{") :])
        paras = [meta.get("description") or ""] + _html_paragraphs(
            body
        )  # the site shows the description as lead
        text = "\n\n".join(normalize(p) for p in paras if p.strip())
        return text, meta.get("title"), _iso(meta.get("date"))
    return normalize(raw), None, None


def _key(s: str | None) -> str:
    return " ".join(normalize(s or "").lower().split())


class Score:
    def __init__(self) -> None:
        self.tp = self.pred = self.gold = 0

    def add(self, pred: set, gold: set) -> None:
        self.tp += len(pred & gold)
        self.pred += len(pred)
        self.gold += len(gold)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(verbose: bool = False, root: Path | None = None, split: str = "all") -> dict[str, Score]:
    """Scores per field over the labelled reports of ``split`` ("dev", "heldout" or "all")."""
    scores = {f: Score() for f in FIELDS}
    with open(LABELS, encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    for lab in labels:
        if split != "all" and lab.get("split", "dev") != split:
            continue
        text, title_hint, date_hint = load_text(lab["ref"], root)
        u = understand(text, title_hint=title_hint, date_hint=date_hint)
        got = {
            "date": {u.meeting_date.isoformat()} if u.meeting_date else set(),
            "kind": {u.kind} if u.kind else set(),
            "author": {_key(u.author)} if u.author else set(),
            "person names": {_key(p.name) for p in u.persons},
            "roles": {(_key(p.name), _key(p.role)) for p in u.persons if p.role},
            "chair": {_key(p.name) for p in u.persons if p.chair},
        }
        want = {
            "date": {lab["date"]} if lab["date"] else set(),
            "kind": {lab["kind"]} if lab["kind"] else set(),
            "author": {_key(lab["author"])} if lab["author"] else set(),
            "person names": {_key(p["name"]) for p in lab["persons"]},
            "roles": {(_key(p["name"]), _key(p["role"])) for p in lab["persons"] if p["role"]},
            "chair": {_key(p["name"]) for p in lab["persons"] if p["chair"]},
        }
        for field in FIELDS:
            scores[field].add(got[field], want[field])
            if verbose and got[field] != want[field]:
                ref = lab["ref"].get("id") or lab["ref"]["corpus"]
                extra, missing = sorted(got[field] - want[field]), sorted(want[field] - got[field])
                print(f"[{ref}] {field}: extra {extra} missing {missing}")
    return scores


def table(scores: dict[str, Score]) -> str:
    lines = [f"{'field':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'pred':>6}{'gold':>6}"]
    for field, s in scores.items():
        p, r, f1 = s.prf()
        lines.append(f"{field:<14}{p:>10.3f}{r:>8.3f}{f1:>7.3f}{s.tp:>5}{s.pred:>6}{s.gold:>6}")
    return "\n".join(lines)


def speed(n: int, root: Path | None = None) -> tuple[float, float, float, int]:
    """(wall ms, CPU ms per article, average K characters, articles) for understand() on the first n news
    articles (normalized beforehand: normalize() is the importer's step, not the parser's)."""
    path = (root or corpus_root()) / "corpus" / "news.jsonl.gz"
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            if item["id"].startswith("vlc-"):
                continue  # laws: up to 745 KB each, not meeting news
            docs.append((normalize(item["body"]), item.get("title"), _iso(item.get("date"))))
            if len(docs) >= n:
                break
    start, cpu = time.perf_counter(), time.process_time()
    for text, title, date in docs:
        understand(text, title_hint=title, date_hint=date)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return (
        wall / len(docs) * 1000,
        cpu / len(docs) * 1000,
        sum(len(d[0]) for d in docs) / len(docs) / 1000,
        len(docs),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every disagreement")
    ap.add_argument("--speed", type=int, metavar="N", help="also time N news articles")
    ap.add_argument(
        "--split",
        choices=("all", "dev", "heldout"),
        default=None,
        help="one split only (default: dev, held-out and all)",
    )
    args = ap.parse_args(argv)
    for split in [args.split] if args.split else ["dev", "heldout", "all"]:
        print(f"\n[{split}]")
        print(table(evaluate(args.verbose, split=split)))
    if args.speed:
        wall, cpu, kb, n = speed(args.speed)
        print(
            f"\nunderstand(): {wall:.2f} ms wall, {cpu:.2f} ms CPU per article "
            f"({n} news articles, {kb:.1f} K characters on average)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
