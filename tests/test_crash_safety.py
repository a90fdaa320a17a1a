"""SIGKILL the importer at random moments: nothing reported is lost, nothing is half-imported.

A small run of bench/crash_harness.py (the full one: 2,000 reports, 50 kill points). Real documents
from the shared corpus; each round kills ``archive-app import --progress`` and reopens the archive.
"""
from __future__ import annotations

import importlib.util
import sys

import pytest

from shared_paths import ROOT, SHARED, needs_shared

_spec = importlib.util.spec_from_file_location("crash_harness", ROOT / "bench" / "crash_harness.py")
crash_harness = importlib.util.module_from_spec(_spec)
sys.modules["crash_harness"] = crash_harness     # dataclasses look their module up by name
_spec.loader.exec_module(crash_harness)

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"), needs_shared]


def test_killed_imports_lose_nothing_and_leave_nothing_half_done(tmp_path):
    result = crash_harness.run(reports=150, kills=6, seed=11, shared=SHARED, work=tmp_path)
    rounds = result["rounds"]
    killed = [r for r in rounds if r["phase"] != "finished"]
    assert len(killed) >= 6
    assert sum(r["reported"] for r in killed) > 0, "no kill landed after an item was reported"
    for r in rounds:
        assert (r["lost"], r["half"], r["index_bad"], r["integrity"]) == (0, 0, 0, "ok"), r
    final = result["final"]
    assert final["reports"][0] == final["reports"][1] > 100
    assert final["same_texts"] and final["check_ok"]
    assert all(a == b for _, a, b in final["queries"]), final["queries"]
    assert crash_harness.passed(result)
