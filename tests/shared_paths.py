"""Where the team's shared samples and corpus are: beside the repository, or $ARCHIVE_APP_SHARED."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ARCHIVE_APP_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "samples" / "seed-report.txt"
