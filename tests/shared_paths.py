"""Where the team's shared samples and corpus are: beside the repository, or $ARCHIVE_APP_SHARED."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ARCHIVE_APP_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "samples" / "seed-report.txt"


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
        if True:
            st = p.stat()
            raw = bytearray(p.read_bytes())
            for i in range(16, len(raw)):
                raw[i] ^= 0x5A
            p.write_bytes(bytes(raw))
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
