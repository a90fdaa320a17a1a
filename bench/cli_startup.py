"""Start-up cost of read-only CLI commands, this checkout against a base commit (issue 17; not a test).

    python bench/cli_startup.py [--base REV] [--docs N] [--runs K] [--data DIR]

Builds (or reuses, with --data) an archive of the first N corpus documents, checks out REV in a
temporary git worktree, then runs `search … --json`, `show ID --json` and `persons --json` K times
each with the base's code and with this checkout's, interleaved (so that both see the same load),
and prints the median wall time per process, its CPU time (user + sys, less sensitive to the load of
other processes than wall time) and the number of modules imported, with the machine's load. The
processes run with compiled bytecode, as an installed app does (``child_env``).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

COMMANDS = {"search": ["search", "dan van", "--json"], "phrase": ["search", '"ủy ban nhân dân"', "--json"],
            "show": ["show", "1", "--json"],
            "persons": ["persons", "--json"]}
# Counts the modules a command imported: the CLI's own main, run in this interpreter.
MODULES = ("import sys, io, contextlib; from archive_app.cli import main\n"
           "with contextlib.redirect_stdout(io.StringIO()): main(sys.argv[1:])\n"
           "print(len(sys.modules), file=sys.stderr)")


def child_env(work: Path) -> dict:
    """As an installed app runs: with compiled bytecode (kept under ``work``, not beside the sources),
    whatever PYTHONDONTWRITEBYTECODE says; a first untimed run of each command writes it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env



def run_once(code_dir: Path, data: Path, argv: list[str], env: dict) -> tuple[float, float]:
    """(wall, cpu) seconds of one `python -m archive_app` process run from ``code_dir``."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "archive_app", "--data-dir", str(data), *argv], cwd=code_dir,
                   stdout=subprocess.DEVNULL, check=True, env=env)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def module_count(code_dir: Path, data: Path, argv: list[str], env: dict) -> int:
    done = subprocess.run([sys.executable, "-c", MODULES, "--data-dir", str(data), *argv], cwd=code_dir,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True, env=env)
    return int(done.stderr.strip().splitlines()[-1])


def build_archive(data: Path, n: int, shared: Path) -> None:
    from _queries import write_jsonl

    jsonl = data.with_suffix(".jsonl")
    write_jsonl(shared / "corpus" / "news.jsonl.gz", n, jsonl, skip_understanding=True)
    subprocess.run([sys.executable, "-m", "archive_app", "--data-dir", str(data), "import", str(jsonl)],
                   cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    subprocess.run([sys.executable, "-m", "archive_app", "--data-dir", str(data), "search", "x"],
                   cwd=ROOT, stdout=subprocess.DEVNULL, check=True)     # the index is current before timing


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="eaa2c2b", help="the commit to compare with (default: before issue 17)")
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--data", type=Path, help="an existing archive folder (else one is built)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="cli-startup-"))
    base = work / "base"
    try:
        data = args.data
        if data is None:
            data = work / "archive"
            print(f"building an archive of {args.docs} reports in {data} …", file=sys.stderr)
            build_archive(data, args.docs, args.shared)
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.base],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        codes = {"base": base, "now": ROOT}
        env = child_env(work)
        for cmd_argv in COMMANDS.values():             # bytecode written, files in the page cache
            for code in codes.values():
                run_once(code, data, cmd_argv, env)
        loads = [os.getloadavg()[0]]
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(args.runs):
            for cmd, cmd_argv in COMMANDS.items():
                for label, code in codes.items():
                    times.setdefault((cmd, label), []).append(run_once(code, data, cmd_argv, env))
            loads.append(os.getloadavg()[0])
        print(f"\nCLI start-up, {args.runs} runs each, interleaved; base {args.base}; "
              f"load average (1 min) {min(loads):.2f}–{max(loads):.2f} on {os.cpu_count()} cores\n")
        print("| command | wall base (s) | wall now (s) | CPU base (s) | CPU now (s) | modules base | modules now |")
        print("|---|--:|--:|--:|--:|--:|--:|")
        for cmd, cmd_argv in COMMANDS.items():
            row = [cmd]
            for i in (0, 1):
                row += [f"{statistics.median(t[i] for t in times[(cmd, label)]):.3f}" for label in codes]
            row += [str(module_count(code, data, cmd_argv, env)) for code in codes.values()]
            print("| " + " | ".join(row) + " |")
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
