"""Understanding a meeting report: title, date, kind, organisation, place, persons, author, codes.

``understand(text)`` expects text already put through ``archive_app.core.vietnamese.normalize``
(paragraphs separated by blank lines); it never raises on any string.
"""

from __future__ import annotations

import datetime
from typing import NamedTuple

from ..vietnamese import normalize
from .author_line import take_author
from .cleanup import strip_boilerplate, strip_inline_furniture
from .meeting import document_codes, location, organisation
from .meeting_date import meeting_date
from .meeting_kind import meeting_kind
from .model import PersonMention, Understanding
from .persons import find_persons
from .titles import choose_title, display_title, summary

__all__ = ["PersonMention", "ReportParts", "Understanding", "display_title", "report_parts", "understand"]

_LEAD_CHARS = 80


def _lead(lines: list[str]) -> str:
    """The lead: the first line of the body, with the next ones while it is shorter than 80 characters."""
    out: list[str] = []
    size = 0
    for line in lines:
        if line.strip():
            out.append(line.strip())
            size += len(line)
            if size >= _LEAD_CHARS:
                break
    return " ".join(out)[:800]


class ReportParts(NamedTuple):
    """A report cut into what the readers of ``understand`` look at."""

    title: str
    body: str
    lead: str
    scan: str  # the title (when the body does not open with it) and the body: what persons and dates are read in
    author: str | None


def report_parts(text: str, title_hint: str | None = None) -> ReportParts:
    """``text`` (normalized) without web furniture and its author line, cut into title, body, lead and scan."""
    raw_lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(raw_lines) if line.strip()), 0)
    lines = strip_boilerplate([strip_inline_furniture(line, i == first) for i, line in enumerate(raw_lines)])
    author, lines = take_author(lines)
    if title_hint and not any(c.isalpha() for c in title_hint):
        title_hint = None  # "28122020 10": a file name, not a title
    if title_hint:
        title_hint = strip_inline_furniture(title_hint, headline=True)
    title, body_lines = choose_title(lines, normalize(title_hint) if title_hint else None)
    body = "\n".join(body_lines).strip("\n ")
    if title and not body.startswith(title.rstrip("…")):
        scan = f"{title}\n\n{body}"  # the title (or a container title) is read as part of the report
    else:
        scan = body
    return ReportParts(title, body, _lead(body_lines), scan, author)


def understand(
    text: str, title_hint: str | None = None, date_hint: datetime.date | None = None
) -> Understanding:
    """Read one normalized report; ``title_hint``/``date_hint`` come from the container (fallbacks)."""
    title, body, lead, scan, author = report_parts(text, title_hint)
    return Understanding(
        title=title,
        body=body,
        meeting_date=meeting_date(scan, date_hint),
        kind=meeting_kind(title, lead, body),
        organisation=organisation(lead) or organisation(title),
        location=location(lead),
        author=normalize(author) if author else None,
        persons=find_persons(scan),
        keywords=document_codes(scan),
        summary=summary(body),
    )
