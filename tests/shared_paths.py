"""Where the tests' files are: our own fixtures in ``tests/data``, and the team's shared samples and
corpus beside the repository (or at $ARCHIVE_APP_SHARED).

Nothing here reads the shared folder at import: a clone without the shared folder must still collect and run every
test that does not need it. Tests that need the team's corpus use ``needs_shared`` (or
``require_shared()`` inside a fixture) and are skipped with a reason when it is absent."""
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
# A meeting report we wrote for the tests (invented people, same shape as the team's seed report: a
# title in capitals, the date, persons with roles and a chair, an author line, a comment form).
REPORT = DATA / "giao-ban-report.txt"
REPORT_TEXT = REPORT.read_text(encoding="utf-8")
SHARED = Path(os.environ.get("ARCHIVE_APP_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "samples" / "seed-report.txt"
CORPUS = SHARED / "corpus"
SHARED_MISSING = f"the team's shared folder is not beside the repository ({SHARED}); set ARCHIVE_APP_SHARED"
needs_shared = pytest.mark.skipif(not CORPUS.is_dir() or not SEED.is_file(), reason=SHARED_MISSING)


def require_shared() -> None:
    """Skip the calling test (or fixture) when the team's corpus is absent."""
    if not CORPUS.is_dir() or not SEED.is_file():
        pytest.skip(SHARED_MISSING)


def report_row(title: str, body: str, **fields) -> dict:
    """One JSON Lines report with every key present, so the import takes it as given (no parsing)."""
    row = {"title": title, "body": body, "date": None, "persons": [], "tags": [], "kind": None,
           "organisation": None, "author": None, "keywords": [], "summary": None}
    row.update(fields)
    return row


def rot_postings(data: Path) -> None:
    """Bit rot in every posting file of ``data``'s index, keeping each file's size and time (so that
    only reading the postings can find it). A small index keeps its postings inline, in the term
    dictionary: then that rots."""
    files = [p for p in (data / "index").iterdir() if p.suffix == ".pst" and p.stat().st_size > 16]
    files = files or [p for p in (data / "index").iterdir() if p.suffix == ".trm"]
    for p in files:
        st = p.stat()
        raw = bytearray(p.read_bytes())
        for i in range(16, len(raw)):
            raw[i] ^= 0x5A
        p.write_bytes(bytes(raw))
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
