"""Run a bench script with the parser of an older git revision, to compare in the same run (before/after)."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_at_revision(rev: str, script: str, *args: str) -> bytes:
    """The output of ``python script --code-root DIR *args``, where DIR holds ``archive_app`` as of git
    revision ``rev`` (exported, not checked out: the working tree is left alone); the script puts DIR first
    on ``sys.path``."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "archive_app"], check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        return subprocess.run([sys.executable, script, "--code-root", tmp, *args], check=True,
                              capture_output=True).stdout


def add_revision_args(ap: argparse.ArgumentParser, baseline_help: str, sample: int = 40, sample_help: str | None = None) -> None:
    """The options every counting script shares: ``--baseline REV`` (also run that revision's parser), a seeded
    ``--sample`` of the changes, and the hidden ``--code-root`` that ``run_at_revision`` passes to the child."""
    ap.add_argument("--baseline", metavar="REV", help=baseline_help)
    ap.add_argument("--sample", type=int, default=sample, help=sample_help)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--code-root", help=argparse.SUPPRESS)
