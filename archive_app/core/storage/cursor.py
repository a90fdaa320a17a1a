"""How far a desk's search index has followed the change feed: one number in a file beside the index.

Saved only after the index has committed what it applied, so a crash between the two makes the desk
apply some changes twice (harmless: an index entry is rewritten by id), never skip one.
"""
from __future__ import annotations

import json
import os
from pathlib import Path


class FeedCursor:
    def __init__(self, path: Path):
        self.path = path

    def load(self) -> int:
        """The last sequence applied (0: none, or a missing or unreadable file: everything again)."""
        try:
            value = json.loads(self.path.read_text(encoding="utf-8")).get("seq", 0)
        except (OSError, ValueError, AttributeError):
            return 0
        return value if isinstance(value, int) and value >= 0 else 0

    def save(self, seq: int) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps({"seq": int(seq)}))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
