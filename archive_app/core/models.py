"""Plain data handed to the UI and the CLI; never ORM objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PersonRole:
    name: str
    role: str = ""
    chair: bool = False
    person_id: int | None = None


@dataclass(frozen=True)
class Report:
    id: int
    title: str
    date: dt.date | None
    kind: str | None
    organisation: str | None
    location: str | None
    author: str | None
    body: str
    summary: str | None
    keywords: tuple[str, ...]
    persons: tuple[PersonRole, ...]
    tags: tuple[str, ...]
    source_name: str | None
    source_format: str | None
    source_ref: str | None
    original_sha256: str | None
    similar_to: int | None
    imported_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ReportSummary:
    """One row of a result list."""
    id: int
    title: str
    date: dt.date | None
    kind: str | None
    persons: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    summary: ReportSummary
    score: float
    snippet: str                  # plain text, matches wrapped in [ ]


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[Hit, ...]
    query: str = ""


@dataclass(frozen=True)
class Filters:
    person: str | None = None
    tag: str | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def any(self) -> bool:
        return any(v is not None and v != "" for v in
                   (self.person, self.tag, self.kind, self.date_from, self.date_to))


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    reports: int
    roles: tuple[str, ...]


@dataclass(frozen=True)
class PersonMeeting:
    report_id: int
    title: str
    date: dt.date | None
    role: str
    chair: bool


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    reports: int
    colour: str | None = None


@dataclass(frozen=True)
class ImportItem:
    """What happened to one imported file (or one JSON line)."""
    path: str
    status: str                   # "imported" | "duplicate" | "failed"
    id: int | None = None
    title: str | None = None
    error_vi: str | None = None
    error_en: str | None = None
    similar_to: int | None = None


@dataclass
class ImportResult:
    items: list[ImportItem] = field(default_factory=list)
    cancelled: bool = False

    def of(self, status: str) -> list[ImportItem]:
        return [i for i in self.items if i.status == status]

    @property
    def imported(self) -> list[ImportItem]:
        return self.of("imported")

    @property
    def duplicates(self) -> list[ImportItem]:
        return self.of("duplicate")

    @property
    def failed(self) -> list[ImportItem]:
        return self.of("failed")


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    database_ok: bool
    reports: int
    indexed: int
    missing_in_index: tuple[int, ...]
    stale_in_index: tuple[int, ...]
    orphans_in_index: tuple[int, ...]
    originals_checked: int
    originals_bad: tuple[str, ...]
    messages: tuple[str, ...] = ()
