"""Precision/recall of ``archive_app.core.understand`` against hand-labelled real reports.

The labels (tests/data/labelled/reports.jsonl) hold only references into the third-party corpus;
texts are read from the corpus at run time (default ../shared beside the repository, or $ARCHIVE_APP_SHARED).

    python bench/extraction_eval.py                  # development and the four held-out sets side by side
    python bench/extraction_eval.py -v               # plus every disagreement of the development set
    python bench/extraction_eval.py --baseline 9bfea73   # also the parser of that revision (before/after)
    python bench/extraction_eval.py --speed 3000     # ms per article on news.jsonl.gz

Besides the six fields, two numbers a user feels: "boilerplate left" (labelled web furniture, photo
credits and related-article links still in the title, body or a role; lower is better) and "person
search" (each labelled person typed without diacritics finds the report through the person filter,
which matches the extracted names as the product does, and as words, a phrase in the indexed text).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import re
import sys
import time
import zlib
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # loaded by path (the tests): its sibling modules
    sys.path.insert(0, str(Path(__file__).resolve().parent))
import scraper_extra  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "labelled" / "reports.jsonl"
FIELDS = ("date", "kind", "person names", "roles", "chair", "author")
# fresh: labelled after the held-out set had been looked at; fresh2: labelled before the second round of
# rules; fresh3: labelled before the third round (bench/draw_fresh3.py); fresh4: before the fourth; fresh5: before
# the fifth, from items whose body alone names a meeting (bench/draw_fresh5.py); dev5: development labels of fresh5's
# kind from lines 1-14999, which the rule-writers may read (bench/draw_dev5.py); fresh6: before the sixth, fresh5's
# order continued (bench/draw_fresh5.py --start 591); fresh7: for the seventh, what lines 15000-29999 still hold
# unread (bench/draw_fresh7.py); fresh8: for the eighth, the crawl's items the corpus left out (bench/draw_fresh8.py)
SPLITS = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "dev5")
PARTS = ("a", "b")  # a split's two halves by its reports' ids (see ``in_part``): read one, check on the other
_GZ_LINES: dict[tuple[str, int], dict] = {}


# news.jsonl.gz lines 1-14999: the unlabelled window rule-writers may read and count on (fresh held-out sets are
# drawn from lines 15000-29999)
READ_WINDOW = (1, 14999)


def news_lines(first: int, last: int, root: Path | None = None):
    """(line number, item) of ``corpus/news.jsonl.gz`` at lines ``first``-``last`` (1-based, as ``ref.line``)."""
    with gzip.open((root or corpus_root()) / "corpus" / "news.jsonl.gz", "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n > last:
                break
            if n >= first:
                yield n, json.loads(line)


def unlabelled_items(root: Path | None = None):
    """(key, item) of everything rule-writers count on: news.jsonl.gz lines ``READ_WINDOW`` ("news:N"), then every
    item of meetings.jsonl ("meetings:N")."""
    root = root or corpus_root()
    for n, item in news_lines(*READ_WINDOW, root):
        yield f"news:{n}", item
    with open(root / "corpus" / "meetings.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            yield f"meetings:{n}", json.loads(line)


def _code(root: str | None = None) -> None:
    """Import the parser from ``root`` (an exported older revision) instead of this working tree."""
    sys.path.insert(0, str(root or ROOT))


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


def _read_gz_lines(path: Path, wanted: set[int]) -> None:
    """Keep the wanted lines of a gzipped JSON Lines file (one pass for every label)."""
    missing = {n for n in wanted if (str(path), n) not in _GZ_LINES}
    if not missing:
        return
    last = max(missing)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n in missing:
                _GZ_LINES[(str(path), n)] = json.loads(line)
            if n >= last:
                break


def _item(path: Path, ref: dict) -> dict:
    if path.suffix == ".gz":  # one pass for every label that points into this file
        lines = {lab["ref"]["line"] for lab in read_labels() if lab["ref"]["corpus"] == ref["corpus"]}
        _read_gz_lines(path, lines | {ref["line"]})
        item = _GZ_LINES.get((str(path), ref["line"]))
    else:
        item = None
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if n == ref["line"]:
                    item = json.loads(line)
                    break
    if item is None:
        raise ValueError(f"{path} has no line {ref['line']}")
    if ref.get("id") and item.get("id") != ref["id"]:
        raise ValueError(f"{path}:{ref['line']} is {item.get('id')}, not {ref['id']}")
    return item


def load_text(ref: dict, root: Path | None = None) -> tuple[str, str | None, datetime.date | None]:
    """(normalized text, title hint, date hint) for one label reference."""
    from archive_app.core.vietnamese import normalize

    if ref["corpus"] == scraper_extra.CORPUS:  # the crawl's items the corpus left out (fresh8)
        item = scraper_extra.item(ref["path"])
        if ref.get("id") and item["id"] != ref["id"]:
            raise ValueError(f"{ref['path']} is {item['id']}, not {ref['id']}")
        return normalize(item["body"]), item["title"], None
    root = root or corpus_root()
    path = root / ref["corpus"]
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        item = _item(path, ref)
        return normalize(item["body"]), item.get("title"), _iso(item.get("date"))
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".md" and raw.startswith("---"):
        _, front, body = raw.split("---", 2)
        meta = json.loads(front[front.index("{") :])
        paras = [meta.get("description") or ""] + _html_paragraphs(body)  # the site shows it as lead
        text = "\n\n".join(normalize(p) for p in paras if p.strip())
        return text, meta.get("title"), _iso(meta.get("date"))
    return normalize(raw), None, None


def source_available(lab: dict, root: Path | None = None) -> bool:
    """Whether the text a label points at is on this machine (the crawl's left-out items need their own copy)."""
    if lab["ref"]["corpus"] == scraper_extra.CORPUS:
        return scraper_extra.available()
    return ((root or corpus_root()) / lab["ref"]["corpus"]).exists()


def _key(s: str | None) -> str:
    from archive_app.core.vietnamese import normalize

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


class Count:
    """hits out of total: boilerplate fragments left, persons a search finds."""

    def __init__(self) -> None:
        self.hits = self.total = 0

    def rate(self) -> float:
        return self.hits / self.total if self.total else 1.0


def read_labels(path: Path | None = None) -> list[dict]:
    with open(path or LABELS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _fragments(lab: dict, text: str, title: str | None) -> list[str]:
    """The labelled boilerplate, cut out of the text by its references."""
    lines = text.split("\n")
    out = []
    for b in lab.get("boilerplate", ()):
        source = (title or "") if b["line"] == "title" else lines[b["line"]]
        out.append(source[b["start"] : b["end"]])
    return out


def _left(frag: str, kept: str, original: str, kept_text: str) -> bool:
    """Is a labelled piece of furniture still there? Whole, or its payload ("AFP/TTXVN" of "Ảnh: AFP/TTXVN",
    the title inside "[…]") as often as in the original: cutting "Ảnh:" alone does not count."""
    if frag in kept:
        return True
    payload = re.sub(r"^[(\[]?\s*(?:[^\W\d_]+(?: [^\W\d_]+)?\s*:\s*)?", "", frag).rstrip(")]")
    return len(payload) >= 3 and kept_text.count(payload) >= original.count(payload) > 0


def _phrase_in(words: str, text: str) -> bool:
    return re.search(rf"(?<![^\W_]){re.escape(words)}(?![^\W_])", text) is not None


def in_part(lab: dict, part: str | None) -> bool:
    """Whether a label falls in half ``part`` ("a" or "b", None = both) of its split: a fixed half by a hash
    of its reference, so a rule-writer can read one half's disagreements and see whether a rule carries to
    the other half without reading that one."""
    if part is None:
        return True
    ref = lab["ref"].get("id") or f"{lab['ref']['corpus']}:{lab['ref'].get('line')}"
    return PARTS[zlib.crc32(ref.encode("utf-8")) % 2] == part


def evaluate(verbose: bool = False, root: Path | None = None, split: str = "all", part: str | None = None) -> dict:
    """Scores per field over the labelled reports of ``split`` (one of ``SPLITS``, or "all"), of its half
    ``part`` only when given."""
    from archive_app.core.understand import understand
    from archive_app.core.vietnamese import fold, normalize

    scores: dict = {f: Score() for f in FIELDS}
    left, by_filter, by_words = Count(), Count(), Count()
    labels = [lab for lab in read_labels()
              if (split == "all" or lab.get("split", "dev") == split) and in_part(lab, part)]
    root = root or corpus_root()
    for ref_path in {lab["ref"]["corpus"] for lab in labels if lab["ref"]["corpus"].endswith(".gz")}:
        wanted = {lab["ref"]["line"] for lab in labels if lab["ref"]["corpus"] == ref_path}
        _read_gz_lines(root / ref_path, wanted)
    scraper_extra.read([lab["ref"]["path"] for lab in labels if lab["ref"]["corpus"] == scraper_extra.CORPUS])
    for lab in labels:
        text, title_hint, date_hint = load_text(lab["ref"], root)
        u = understand(text, title_hint=title_hint, date_hint=date_hint)
        ref = lab["ref"].get("id") or lab["ref"]["corpus"]
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
                extra, missing = sorted(got[field] - want[field]), sorted(want[field] - got[field])
                print(f"[{ref}] {field}: extra {extra} missing {missing}")
        kept = "\n".join([u.title, u.body] + [p.role for p in u.persons] + [p.name for p in u.persons])
        title_norm = normalize(title_hint) if title_hint else None
        for frag in _fragments(lab, text, title_norm):
            left.total += 1
            if _left(frag, kept, f"{title_norm or ''}\n{text}", f"{u.title}\n{u.body}"):
                left.hits += 1
                if verbose:
                    print(f"[{ref}] boilerplate left: {frag!r}")
        extracted = [fold(_key(p.name)) for p in u.persons]
        indexed = fold(_key(" ".join([u.title, u.body] + [p.name for p in u.persons])))
        for p in lab["persons"]:
            typed = fold(_key(p["name"]))
            by_filter.total += 1
            by_words.total += 1
            found = any(_phrase_in(typed, name) for name in extracted)
            by_filter.hits += found
            by_words.hits += _phrase_in(typed, indexed)
            if verbose and not found:
                print(f"[{ref}] person filter misses {typed!r}")
    scores["boilerplate left"] = left
    scores["search: filter"] = by_filter
    scores["search: words"] = by_words
    scores["reports"] = len(labels)
    return scores


def _cells(s) -> list[str]:
    if isinstance(s, Score):
        p, r, f1 = s.prf()
        return [f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", f"{s.tp}/{s.pred}/{s.gold}"]
    if isinstance(s, Count):
        return ["", f"{s.hits}/{s.total}", f"{s.rate():.3f}", f"{s.hits}/{s.total}"]
    return ["", "", "", str(s)]


def table(scores: dict) -> str:
    """One split: precision, recall, F1 (or a rate), and the counts (tp/pred/gold or hits/total)."""
    lines = [f"{'field':<18}{'precision':>10}{'recall':>8}{'F1/rate':>9}{'counts':>14}"]
    for field, s in scores.items():
        c = _cells(s)
        lines.append(f"{field:<18}{c[0]:>10}{c[1]:>8}{c[2]:>9}{c[3]:>14}")
    return "\n".join(lines)


def side_by_side(columns: list[tuple[str, dict]]) -> str:
    """Fields down, one (P R F1/rate) group per column: development / held-out, before / after."""
    head1 = f"{'':<18}" + "".join(f"| {name:<23}" for name, _ in columns)
    head2 = f"{'field':<18}" + "".join(f"| {'P':>6}{'R':>7}{'F1/rate':>9} " for _ in columns)
    lines = [head1, head2]
    for field in columns[0][1]:
        row = f"{field:<18}"
        for _, scores in columns:
            c = _cells(scores[field])
            row += f"| {c[0]:>6}{c[1]:>7}{c[2]:>9} " if c[2] else f"| {c[3]:>22} "
        lines.append(row)
    return "\n".join(lines)


def _as_json(scores: dict) -> dict:
    out = {}
    for field, s in scores.items():
        if isinstance(s, Score):
            out[field] = ["score", s.tp, s.pred, s.gold]
        elif isinstance(s, Count):
            out[field] = ["count", s.hits, s.total]
        else:
            out[field] = ["n", s]
    return out


def _from_json(data: dict) -> dict:
    out: dict = {}
    for field, v in data.items():
        if v[0] == "score":
            s = Score()
            s.tp, s.pred, s.gold = v[1:]
        elif v[0] == "count":
            s = Count()
            s.hits, s.total = v[1:]
        else:
            s = v[1]
        out[field] = s
    return out


def baseline(rev: str, split: str | None = None, part: str | None = None) -> dict[str, dict]:
    """Scores of the parser at git revision ``rev`` (its archive_app exported to a temporary folder),
    measured by this script in a child process: the same labels and metrics, the older code; every split,
    or only ``split`` (its half ``part``)."""
    from _revision import run_at_revision  # bench/ is on sys.path when this runs as a script

    only = ["--split", split] + (["--part", part] if part else []) if split else []
    out = run_at_revision(rev, __file__, "--json", *only)
    return {split: _from_json(v) for split, v in json.loads(out).items()}


def speed(n: int, root: Path | None = None) -> tuple[float, float, float, int]:
    """(wall ms, CPU ms per article, average K characters, articles) for understand() on the first n news
    articles (normalized beforehand: normalize() is the importer's step, not the parser's)."""
    from archive_app.core.understand import understand
    from archive_app.core.vietnamese import normalize

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
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print every disagreement (of the development set, unless --split names another)")
    ap.add_argument("--speed", type=int, metavar="N", help="also time N news articles")
    ap.add_argument("--split", choices=("all",) + SPLITS, default=None,
                    help="one split only, as a plain table")
    ap.add_argument("--part", choices=PARTS, default=None,
                    help="with --split: only that half of the split (a fixed half by the reports' ids)")
    ap.add_argument("--baseline", metavar="REV",
                    help="also measure the parser of git revision REV (with --split: that split only)")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--code-root", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.part and not args.split:
        ap.error("--part needs --split")
    _code(args.code_root)
    if args.json:
        splits = (args.split,) if args.split else SPLITS
        print(json.dumps({split: _as_json(evaluate(split=split, part=args.part)) for split in splits}))
        return 0
    if args.split and args.baseline:  # one split (or half), old and new side by side
        name = args.split + (f" {args.part}" if args.part else "")
        before = baseline(args.baseline, args.split, args.part)[args.split]
        after = evaluate(args.verbose, split=args.split, part=args.part)
        print(side_by_side([(f"{name} {args.baseline[:7]}", before), (f"{name} now", after)]))
    elif args.split:
        print(table(evaluate(args.verbose, split=args.split, part=args.part)))
    else:
        # held-out disagreements are never printed here: reading them is tuning on them
        after = {split: evaluate(args.verbose and split == "dev", split=split) for split in SPLITS}
        names = {"dev": "dev", "heldout": "old held-out", **{s: f"{s} held-out" for s in SPLITS[2:]}, "dev5": "dev5"}
        columns = [(names[split], after[split]) for split in SPLITS]
        if args.baseline:
            before = baseline(args.baseline)
            columns = []
            for split in SPLITS:
                columns += [(f"{names[split]} {args.baseline[:7]}", before.get(split)), (f"{names[split]} now", after[split])]
        print(side_by_side(columns))
    if args.speed:
        wall, cpu, kb, n = speed(args.speed)
        print(
            f"\nunderstand(): {wall:.2f} ms wall, {cpu:.2f} ms CPU per article "
            f"({n} news articles, {kb:.1f} K characters on average)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
