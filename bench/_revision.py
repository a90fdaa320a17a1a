"""Run a bench script with the parser of an older git revision, to compare in the same run (before/after)."""

from __future__ import annotations

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
