"""Person names of underthesea's NER against the hand labels, beside the parser's (issue 18; not a test).

The issue asks whether a maintained library finds Vietnamese names better than our rules. This scores
underthesea's named-entity tagger (PER spans of ``underthesea.ner``, sentence by sentence) on the labelled
reports, alone, joined with the parser's names, and joined only with its names of two or more syllables,
exactly as ``extraction_eval.py`` scores names (one set per report, normalised, lower case), plus a loose
reading (a name counts when it lies inside a labelled one or holds one, word-wise). fresh3, the clean
held-out set, is left out unless asked for: a choice made on it would be tuning on it.

underthesea is not a dependency of the archive: run this in a venv of its own,

    python -m venv /tmp/ner-venv && /tmp/ner-venv/bin/pip install underthesea==9.5.0 lxml
    PYTHONPATH=. /tmp/ner-venv/bin/python bench/ner_eval.py [--splits dev heldout fresh fresh2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction_eval as ee  # noqa: E402

READ_SPLITS = ("dev", "heldout", "fresh", "fresh2")   # the splits whose errors rule-writers have read


def ner_names(text: str) -> set[str]:
    """The PER spans underthesea tags in ``text``, sentence by sentence, as ``extraction_eval`` keys."""
    from underthesea import ner, sent_tokenize

    names: set[str] = set()
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        for sentence in sent_tokenize(paragraph):
            current: list[str] = []
            for token in ner(sentence):
                word, tag = token[0], token[3]
                if tag == "I-PER" and current:
                    current.append(word)
                    continue
                if current:
                    names.add(ee._key(" ".join(current)))
                current = [word] if tag == "B-PER" else []
            if current:
                names.add(ee._key(" ".join(current)))
    return names


def _inside(a: str, b: str) -> bool:
    return f" {a} " in f" {b} "


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--splits", nargs="+", default=list(READ_SPLITS), choices=ee.SPLITS)
    args = ap.parse_args()
    from archive_app.core.understand import understand

    root = ee.corpus_root()
    labels = [lab for lab in ee.read_labels() if lab.get("split", "dev") in args.splits]
    for ref_path in {lab["ref"]["corpus"] for lab in labels if lab["ref"]["corpus"].endswith(".gz")}:
        ee._read_gz_lines(root / ref_path, {lab["ref"]["line"] for lab in labels if lab["ref"]["corpus"] == ref_path})
    ways = ("parser", "NER", "parser ∪ NER", "parser ∪ NER (≥ 2 syllables)")
    scores = {way: ee.Score() for way in ways}
    loose = [0, 0, 0, 0]          # NER names inside/holding a labelled one, NER names, labels found so, labels
    seconds = 0.0
    for lab in labels:
        text, title, date = ee.load_text(lab["ref"], root)
        want = {ee._key(p["name"]) for p in lab["persons"]}
        ours = {ee._key(p.name) for p in understand(text, title_hint=title, date_hint=date).persons}
        start = time.perf_counter()
        tagged = ner_names((title + "\n" if title else "") + text)
        seconds += time.perf_counter() - start
        got = {"parser": ours, "NER": tagged, "parser ∪ NER": ours | tagged,
               "parser ∪ NER (≥ 2 syllables)": ours | {n for n in tagged if len(n.split()) >= 2}}
        for way in ways:
            scores[way].add(got[way], want)
        loose[0] += sum(any(_inside(n, w) or _inside(w, n) for w in want) for n in tagged)
        loose[1] += len(tagged)
        loose[2] += sum(any(_inside(n, w) or _inside(w, n) for n in tagged) for w in want)
        loose[3] += len(want)
    print(f"person names on {len(labels)} labelled reports ({', '.join(args.splits)}); "
          f"NER {seconds / max(1, len(labels)) * 1000:.0f} ms a report")
    print(f"{'':32} {'P':>6} {'R':>6} {'F1':>6}")
    for way in ways:
        p, r, f = scores[way].prf()
        print(f"{way:32} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"{'NER, loose (inside or holding)':32} {loose[0] / max(1, loose[1]):6.3f} {loose[2] / max(1, loose[3]):6.3f}")


if __name__ == "__main__":
    main()
