"""Shared fixtures: a fresh archive per test, paths to the team's shared samples and corpus."""
from __future__ import annotations

import os
import pytest

from shared_paths import ROOT, SEED, SHARED  # noqa: F401 - re-exported for fixtures

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
