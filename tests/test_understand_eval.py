"""Precision/recall floors on the hand-labelled real reports (bench/extraction_eval.py).

The floors are what the parser reached when written, minus a small margin: a regression fails here.
The corpus is third-party and not in the repository; it is read from the shared folder beside it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("extraction_eval", ROOT / "bench" / "extraction_eval.py")
extraction_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(extraction_eval)

# field: (precision floor, recall floor) over all 40 labelled reports (36 dev + 4 held out)
FLOORS = {
    "date": (0.89, 0.89),
    "kind": (0.94, 0.94),
    "person names": (0.97, 0.93),
    "roles": (0.93, 0.89),
    "chair": (0.95, 0.79),
    "author": (0.96, 0.94),
}


@pytest.fixture(scope="module")
def scores():
    root = extraction_eval.corpus_root()
    if not (root / "corpus" / "meetings.jsonl").exists():
        pytest.skip(f"the team's shared corpus is not beside the repository ({root}); set ARCHIVE_APP_SHARED")
    return extraction_eval.evaluate()


def test_labels_are_well_formed():
    import json

    rows = [
        json.loads(x) for x in extraction_eval.LABELS.read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    assert 25 <= len(rows) <= 40
    for row in rows:
        assert set(row) >= {"ref", "date", "kind", "persons", "author"}
        assert row["ref"]["corpus"].startswith(("corpus/", "samples/"))
        assert "body" not in row and "text" not in row  # references only: the corpus is never copied


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_floor(scores, field):
    precision, recall, _f1 = scores[field].prf()
    p_floor, r_floor = FLOORS[field]
    print(extraction_eval.table(scores))
    assert precision >= p_floor, f"{field} precision {precision:.3f} < {p_floor}"
    assert recall >= r_floor, f"{field} recall {recall:.3f} < {r_floor}"
