"""Plain result types of the report parser."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class PersonMention:
    """One person named in a report, with the role written next to the name."""

    name: str  # as written, normalized (never folded): "Nguyễn Tiến Sữ"
    role: str  # as written: "Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận"; "" if none
    chair: bool = False


@dataclass(frozen=True)
class Understanding:
    """What the parser read from one report."""

    title: str
    body: str
    meeting_date: datetime.date | None
    kind: str | None
    organisation: str | None
    location: str | None
    author: str | None
    persons: tuple[PersonMention, ...]
    keywords: tuple[str, ...]
    summary: str
