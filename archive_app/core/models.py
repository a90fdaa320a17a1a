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
class OcrInfo:
    """How a scan's text was recognised (``show --json`` source.ocr)."""
    engine: str                    # "Tesseract 5.3.0 (OCRmyPDF 14.0.1)"
    languages: str                 # "vie+eng"
    confidence: float | None       # mean word confidence 0–100


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
    ocr: OcrInfo | None = None             # set for a report read from a scan
    ocr_pdf_sha256: str | None = None      # the searchable PDF made from that scan (in the originals store)
    revision: int = 0          # bumped by every change: an edit names the revision it started from


@dataclass(frozen=True)
class ReportSummary:
    """One row of a result list."""
    id: int
    title: str
    date: dt.date | None
    kind: str | None
    persons: tuple[str, ...]
    tags: tuple[str, ...]
    scanned: bool = False         # read from a scan by OCR


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
    folded_total: int | None = None     # a query with marks: what the same query without marks finds


@dataclass(frozen=True)
class Filters:
    person: str | None = None
    tag: str | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    batch: tuple[int, ...] | None = None    # only these reports (one import), for the window's browse
    scanned: bool = False         # only reports read from a scan by OCR ("Bản quét")

    def any(self) -> bool:
        return self.scanned or any(v is not None and v != "" for v in
                                   (self.person, self.tag, self.kind, self.date_from, self.date_to, self.batch))


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


@dataclass(frozen=True)
class Changes:
    """What one write changed, so that every view refreshes exactly that (as Anki's ``OpChanges``).

    Every write of the core returns one; the window refreshes from it instead of guessing.
    """
    reports: frozenset[int] = frozenset()   # reports stored, edited, tagged, trashed, restored or deleted
    tags: bool = False                      # a tag's name, colour or use changed: tag lists, chips
    persons: bool = False                   # a person's reports or roles changed: person lists

    @property
    def results(self) -> bool:
        """Whether result lists and facet counts may differ: what matches, its order, its counts."""
        return bool(self.reports)

    def __bool__(self) -> bool:
        return bool(self.reports) or self.tags or self.persons

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.reports | other.reports, self.tags or other.tags, self.persons or other.persons)


NO_CHANGES = Changes()


@dataclass
class ImportResult:
    items: list[ImportItem] = field(default_factory=list)
    cancelled: bool = False
    stopped: Exception | None = None        # a KnownError that ended the batch early (a full disk)
    not_tried: int = 0                      # items left when it stopped
    index_behind: bool = False              # stored, but the search index could not follow (a full disk)

    @property
    def changes(self) -> Changes:
        """New reports, with the persons and tags they brought."""
        ids = frozenset(i.id for i in self.imported)
        return Changes(ids, tags=bool(ids), persons=bool(ids))

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
class CheckProblem:
    """One problem ``check`` found: what (in Vietnamese and English), which items, and what fixes it."""
    code: str                     # database_damaged, index_unusable, index_damaged, index_missing,
                                  # index_stale, index_orphans, original_missing, original_damaged
    vi: str
    en: str
    action: str                   # "reindex" (rebuild the index) or "restore" (take it from a backup)
    items: tuple = ()             # report ids (index problems), sha256 (originals) or SQLite's lines
    reports: tuple[int, ...] = ()     # reports concerned (for originals: the reports that use them)

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


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
    originals_bad: tuple[str, ...]            # missing and damaged together
    messages: tuple[str, ...] = ()            # technical details (SQLite's and the index's own words)
    database_problems: tuple[str, ...] = ()   # lines of integrity_check / foreign_key_check
    database_readable: bool = True            # False: reports, index and originals could not be compared
    index_ok: bool = True
    pending_in_index: int = 0                 # changes queued for the index (applied at the next sync)
    originals_missing: tuple[str, ...] = ()
    originals_damaged: tuple[str, ...] = ()
    fixity: bool = True                       # False: the originals' sha256 were not computed
    problems: tuple[CheckProblem, ...] = ()   # each problem with its messages and its remedy
    leftovers: tuple[str, ...] = ()           # files of killed processes, removed when the archive opened
    damaged_reports: tuple[int, ...] = ()     # reports whose text is damaged (not UTF-8, or not its sha256)
    read_only: bool = False                   # the data folder cannot be written
    office: str = ""                          # the office archive checked (user@host:port/db), "": SQLite


@dataclass(frozen=True)
class IndexDoc:
    """What the search index needs of one report (built from the database by storage.reports).

    A phrase never runs from one part into the next: title, body and each of ``extras`` (person
    names, tags, author) are indexed as separate runs of syllables."""
    id: int
    revision: int
    title: str
    body: str
    extras: tuple[str, ...] = ()
    person_ids: tuple[int, ...] = ()
    tag_ids: tuple[int, ...] = ()
    kind: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class IndexFilter:
    """Filters resolved for matching: typed person and tag names turned into ids, the kind folded."""
    person_ids: tuple[int, ...] | None = None   # None: no person filter; () : matches nothing
    tag_ids: tuple[int, ...] | None = None
    kind: str | None = None                     # folded (vietnamese.fold)
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class FacetValue:
    key: str            # what to filter with (a name, a year, a kind)
    label: str
    count: int


@dataclass(frozen=True)
class Facets:
    persons: tuple[FacetValue, ...] = ()
    tags: tuple[FacetValue, ...] = ()
    years: tuple[FacetValue, ...] = ()
    kinds: tuple[FacetValue, ...] = ()
    months: tuple[FacetValue, ...] = ()     # "YYYY-MM", oldest first: the timeline's bars
