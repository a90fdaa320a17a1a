"""Whoosh-Reloaded's own test suite with the archive's codec as Whoosh's default codec (issue 12, point 6).

The codec subclasses Whoosh's W3Codec; Whoosh's tests exercise what ours never does (term vectors,
other scorers, spans), so they find what it breaks. Give the ``tests`` folder of Whoosh-Reloaded at the
pinned version (2.7.5: ``git archive v2.7.5 tests`` of github.com/Sygil-Dev/whoosh-reloaded):

    python bench/whoosh_suite.py /path/to/whoosh-reloaded/tests

It runs the suite twice, with Whoosh's codec and with ours, and prints the counts of both.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SWAP = ("import whoosh.codec\n"
        "from archive_app.core.search.whoosh_private import ArchiveCodec\n"
        "whoosh.codec.default_codec = lambda *a, **kw: ArchiveCodec(*a, **kw)\n")


def run(tests: Path, plugins: str | None) -> str:
    """pytest's summary (``588 passed in 17.3s``) and the tests that failed; ``plugins``: the folder of
    the plugin that swaps the codec in, or None for Whoosh's own."""
    path = [str(Path(__file__).parents[1])] + ([plugins] if plugins else [])
    out = subprocess.run([sys.executable, "-m", "pytest", str(tests), "-q", "-p", "no:cacheprovider",
                          *(["-p", "archive_codec_default"] if plugins else [])],
                         capture_output=True, text=True, cwd=tests.parent,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(path)})
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    return "; ".join([line for line in lines if line.startswith("FAILED")] + lines[-1:])


def main() -> None:
    tests = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as plugins:
        Path(plugins, "archive_codec_default.py").write_text(SWAP, encoding="utf-8")
        print("| codec | result |\n|---|---|")
        for name, folder in (("W3Codec (Whoosh)", None), ("ArchiveCodec", plugins)):
            print(f"| {name} | {run(tests, folder)} |")


if __name__ == "__main__":
    main()
