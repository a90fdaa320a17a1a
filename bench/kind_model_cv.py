"""Would a small statistical model choose the meeting kind better than the rules? Cross-validated by split.

A conditional logit (pure numpy) scores each canonical kind, and "no kind", of a labelled report from what
the text says about it — the kind word first in the title, anywhere in the title, first in the lead, in the
lead, held in the opening ("đã tổ chức hội thảo"), in the opening at all, how often in the body, those for
the generic "hội nghị"/"họp", one weight per kind — and, in one variant, whether the rules chose it. It is
trained on three splits of tests/data/labelled/reports.jsonl and scored on the fourth, beside the rules
(`archive_app.core.understand.meeting_kind.meeting_kind`) on the same reports:

    python bench/kind_model_cv.py

The rules were written while reading every split but the one being labelled, so they have seen all four by
now; the model has not seen the split it is scored on. Even so a model would have to beat them to be adopted.
"""

from __future__ import annotations

import importlib
import math
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction_eval  # noqa: E402

from archive_app.core.understand import _lead, understand  # noqa: E402
meeting = importlib.import_module("archive_app.core.understand.meeting_kind")  # the module: the package exports its function

# a kind can have two rows in the rules' tables ("hội nghị": the summit's spellings are specific, the plain ones
# generic): one candidate per kind, with all its spellings
KINDS = list(dict.fromkeys(kind for kind, _ in meeting._SPECIFIC + meeting._GENERIC))
_WORDS = {kind: tuple(w for k, words in meeting._SPECIFIC + meeting._GENERIC if k == kind for w in words) for kind in KINDS}
_GENERIC = {kind for kind, _ in meeting._GENERIC}
_OPENING = 700
_N = 12  # features before the one-hot of the kind


def _positions(text: str, kind: str) -> list[int]:
    low = text.lower()
    return sorted(m.start() for w in _WORDS[kind] for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", low))


def candidates(title: str, lead: str, body: str, rule: str | None) -> dict[str | None, np.ndarray]:
    """Feature rows of every candidate kind (and None) of one report."""
    in_title = sorted(meeting._kinds(title, meeting._SPEC) + meeting._kinds(title, meeting._GEN))
    in_lead = sorted(meeting._kinds(lead, meeting._SPEC) + meeting._kinds(lead, meeting._GEN))
    opening = body[:_OPENING]
    rows: dict[str | None, np.ndarray] = {}
    for i, kind in enumerate(KINDS):
        at = _positions(opening, kind)
        held = any(meeting._HELD_LATER.search(opening.lower(), max(0, p - 24), p) for p in at)
        first_title = bool(in_title) and in_title[0][1] == kind
        first_lead = bool(in_lead) and in_lead[0][1] == kind
        generic = kind in _GENERIC
        row = [
            rule == kind, first_title, any(k == kind for _, k in in_title), first_lead,
            any(k == kind for _, k in in_lead), held, bool(at), math.log1p(len(_positions(body, kind))),
            generic and first_title, generic and first_lead, generic and held, 0.0,
        ]
        rows[kind] = np.array([float(x) for x in row] + [float(j == i) for j in range(len(KINDS))])
    none = np.zeros(_N + len(KINDS))
    none[11] = 1.0  # "no kind": its bias; then no kind word in the title, none in the lead, the rules chose none
    none = np.concatenate([none, [float(not in_title), float(not in_lead), float(rule is None)]])
    for kind in KINDS:
        rows[kind] = np.concatenate([rows[kind], [0.0, 0.0, 0.0]])
    rows[None] = none
    return rows


def fit(reports, use_rule: bool, l2: float = 0.3, steps: int = 400, rate: float = 0.3) -> np.ndarray:
    """Weights of the conditional logit (gradient ascent on the L2-penalised log-likelihood)."""
    mask = _mask(reports[0][0], use_rule)
    w = np.zeros(mask.size)
    for _ in range(steps):
        grad = -l2 * w
        for matrix, gold in reports:
            x = matrix * mask
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += x[gold] - p @ x
        w += rate * grad / len(reports)
    return w


def _mask(matrix: np.ndarray, use_rule: bool) -> np.ndarray:
    mask = np.ones(matrix.shape[1])
    if not use_rule:
        mask[0] = mask[-1] = 0.0  # the rules' choice, for a kind and for "no kind"
    return mask


def prf(predicted, gold) -> tuple[float, float, float]:
    """As bench/extraction_eval.py scores the kind: a right kind is a hit, None predicts nothing."""
    tp = sum(p == g and p is not None for p, g in zip(predicted, gold))
    n_pred, n_gold = sum(p is not None for p in predicted), sum(g is not None for g in gold)
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    labels = extraction_eval.read_labels()
    root = extraction_eval.corpus_root()
    data = []
    for lab in labels:
        text, title_hint, date_hint = extraction_eval.load_text(lab["ref"], root)
        u = understand(text, title_hint=title_hint, date_hint=date_hint)
        rows = candidates(u.title, _lead(u.body.split("\n")), u.body, u.kind)
        keys = list(rows)
        gold = lab["kind"] if lab["kind"] in rows else None
        data.append((lab.get("split", "dev"), keys, np.stack([rows[k] for k in keys]), keys.index(gold), u.kind))
    print(f"{'split':<9}{'variant':<22}{'model P/R/F1':>22}{'rules P/R/F1':>22}{'differ':>8}")
    for split in extraction_eval.SPLITS:
        train = [(m, g) for s, _, m, g, _ in data if s != split]
        test = [d for d in data if d[0] == split]
        gold = [keys[g] for _, keys, _, g, _ in test]
        rules = [rule for *_, rule in test]
        for name, use_rule in (("features + the rules", True), ("features only", False)):
            w = fit(train, use_rule)
            model = [keys[int(np.argmax((m * _mask(m, use_rule)) @ w))] for _, keys, m, _, _ in test]
            cells = ["/".join(f"{x:.3f}" for x in prf(v, gold)) for v in (model, rules)]
            differ = sum(a != b for a, b in zip(model, rules))
            print(f"{split:<9}{name:<22}{cells[0]:>22}{cells[1]:>22}{differ:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
