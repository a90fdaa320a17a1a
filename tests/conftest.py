"""Shared fixtures: a fresh archive per test, paths to the team's shared samples and corpus."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ARCHIVE_APP_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "samples" / "seed-report.txt"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def archive(tmp_path):
    from archive_app.core.services import Archive

    a = Archive(tmp_path / "data")
    yield a
    a.close()


@pytest.fixture
def write_jsonl(tmp_path):
    """Write report dicts as a JSON Lines file and return its path."""
    import json

    def write(rows, name="reports.jsonl"):
        path = tmp_path / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return path
    return write
