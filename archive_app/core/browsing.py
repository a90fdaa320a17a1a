"""The one way from what was typed to the matching reports, for the command line and the window.

``matching`` is the single "matching ids" step: filter-only queries in SQL, text queries in the
index. ``search`` pages the best of them with snippets (the CLI); ``browse`` lists every match in
the chosen order with facet counts and the timeline (the window).

Its dependencies are explicit and typed: the archive's session factory, and ``IndexMatches`` for the
index's side (``Archive.index_matches``, which keeps the index usable). Nothing here reaches back
into the Archive.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

from sqlalchemy import Column, Integer, MetaData, Table, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from .models import Filters, Hit, IndexFilter, SearchResult
from .search import ParsedQuery, parse_query, snippet
from .storage import labels, reports
from .storage.dialect import month_of
from .storage.schema import PersonRow, ReportPersonRow, ReportRow, ReportTagRow, TagRow
from .vietnamese import collation_bytes, collation_key, fold, fold_syllable, name_collation_key

Sessions = Callable[[], Session]        # the archive's session factory (``Archive.Session``)


class IndexMatches(Protocol):
    """The index's side of matching (``Archive.index_matches``: the index kept usable and repaired on the
    way): (total, [(report id, score)] best first, at most ``limit``)."""

    def __call__(self, parsed: ParsedQuery, flt: IndexFilter,
                 limit: int | None) -> tuple[int, list[tuple[int, float]]]:
        ...


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


@dataclass(frozen=True)
class Browse:
    ids: tuple[int, ...]                  # every match, in order
    facets: Facets                        # counts over exactly these matches
    highlight: tuple[str, ...]            # what to mark in the reader (ParsedQuery.highlight_terms)
    timeline: dict[str, int] = field(default_factory=dict)   # matches per month, the date filter aside
    folded_total: int | None = None       # a query with marks: matches of the same query without marks


_scratch = MetaData()
_matches = Table("browse_matches", _scratch, Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"])


def index_filter(s: Session, f: Filters) -> IndexFilter:
    """Filters as the index takes them: typed person and tag names resolved to ids in SQL."""
    return IndexFilter(
        person_ids=labels.resolve_persons(s, f.person) if f.person else None,
        tag_ids=labels.resolve_tags(s, f.tag) if f.tag else None,
        kind=fold(f.kind) if f.kind and fold(f.kind) else None, date_from=f.date_from, date_to=f.date_to)


def matching(index: IndexMatches, s: Session, parsed: ParsedQuery, flt: IndexFilter, limit: int | None,
             filters: Filters = Filters()) -> tuple[int, list[tuple[int, float]]]:
    """(total, [(report id, score)] best first, at most ``limit``): the one matching step.
    Without words, filters alone select in SQL, newest meeting first. One import's batch and "scans
    only" (which the index does not hold) narrow the matches afterwards."""
    narrowed = filters.batch is not None or filters.scanned
    wanted = None if narrowed else limit
    if parsed.empty:
        total, ids = reports.filtered_ids(s, flt, -1 if wanted is None else wanted)
        scored = [(i, 0.0) for i in ids]
    else:
        total, scored = index(parsed, flt, wanted)
    if narrowed:
        keep = {i for i, _ in scored}
        if filters.batch is not None:              # one import's reports: a few thousand ids at most
            keep &= set(filters.batch)
        if filters.scanned:
            keep = set(reports.only_scanned(s, sorted(keep)))
        scored = [(i, score) for i, score in scored if i in keep]
        total = len(scored)
        scored = scored if limit is None else scored[:limit]
    return total, scored


def folded_total(index: IndexMatches, s: Session, parsed: ParsedQuery, flt: IndexFilter,
                 filters: Filters = Filters()) -> int | None:
    """For a query with marks: how many reports the same query typed without marks finds."""
    return matching(index, s, parsed.folded_query(), flt, 0, filters)[0] if parsed.marked else None


def search(sessions: Sessions, index: IndexMatches, query: str, filters: Filters, limit: int) -> SearchResult:
    """The best ``limit`` matches with snippets, the total, and ``folded_total`` (DESIGN.md §6)."""
    parsed = parse_query(query)
    if parsed.empty and not filters.any():
        return SearchResult(0, (), query)
    with sessions() as s:
        flt = index_filter(s, filters)
        total, scored = matching(index, s, parsed, flt, limit, filters)
        ids = [i for i, _ in scored]
        rows = reports.summaries(s, ids)
        texts = reports.bodies(s, ids)
        wider = folded_total(index, s, parsed, flt, filters)
    terms, order = parsed.highlight_terms(), parsed.all_folded()
    hits = tuple(Hit(rows[i], score, snippet(texts.get(i, ""), terms, order))
                 for i, score in scored if i in rows)
    return SearchResult(total, hits, query, wider)


def snippets(sessions: Sessions, ids: list[int], highlight,
             width: int = 200) -> dict[int, tuple[str, list[tuple[int, int]]]]:
    """{id: (plain text, spans of the hits in it)} for the result list (``Browse.highlight`` terms)."""
    from .search import snippet_spans

    terms = frozenset(highlight)
    order = [t.rstrip("*") for t in highlight]
    with sessions() as s:
        texts = reports.bodies(s, list(ids))
    return {i: snippet_spans(texts[i] or "", terms, [fold_syllable(t) for t in order], width) for i in ids if i in texts}


def browse(sessions: Sessions, index: IndexMatches, query: str, filters: Filters, order: str = "relevance",
           facet_limit: int = 50, prefix_last: bool = False,
           listed: Callable[[Browse], None] | None = None) -> Browse:
    """All reports matching ``query`` and ``filters`` in ``order``, with facet counts over them and
    the timeline (per month, the date filter aside: it keeps showing the months around the chosen
    ones). One matching step whatever the filters. ``listed`` is handed the ordered matches (without
    facets, timeline or wider count) as soon as they are known: the window shows the list while the
    counts, a third of the time or more, are still being made."""
    parsed = parse_query(query, prefix_last=prefix_last)
    with sessions() as s:
        flt = index_filter(s, filters)
        dated = flt.date_from is not None or flt.date_to is not None
        _, scored = matching(index, s, parsed, replace(flt, date_from=None, date_to=None) if dated else flt, None,
                           filters)
        ids = [i for i, _ in scored]
        _load(s, ids)
        timeline = _months(s)
        if dated:
            inside = set(s.scalars(select(ReportRow.id).join(_matches, _matches.c.id == ReportRow.id)
                                   .where(*_date_range(flt))))
            ids = [i for i in ids if i in inside]
            _load(s, ids)
        if order in SORTS and not (order == "date_desc" and parsed.empty):   # (filtered_ids' own order)
            ids = _sorted(s, order)
        if listed is not None:
            listed(Browse(tuple(ids), Facets(), tuple(sorted(parsed.highlight_terms()))))
        facets = _facets(s, facet_limit)
        wider = folded_total(index, s, parsed, flt, filters)
        s.rollback()
    return Browse(tuple(ids), facets, tuple(sorted(parsed.highlight_terms())), timeline, wider)


def _date_range(flt: IndexFilter) -> list:
    cond = [ReportRow.meeting_date.is_not(None)]
    if flt.date_from:
        cond.append(ReportRow.meeting_date >= flt.date_from)
    if flt.date_to:
        cond.append(ReportRow.meeting_date <= flt.date_to)
    return cond


def _months(s: Session) -> dict[str, int]:
    month = month_of("r.meeting_date", s.get_bind().dialect)
    return dict(s.execute(text(f"SELECT {month} AS mo, count(*) FROM report r "
                               "JOIN browse_matches m ON m.id = r.id WHERE r.meeting_date IS NOT NULL "
                               "GROUP BY mo ORDER BY mo")).all())


def _load(s: Session, ids: list[int]) -> None:
    """Fill the connection's temporary id table: one JSON array expanded inside SQLite, in id order
    (15,000 ids: 11 ms; an executemany of rows took 30), rows where SQLite lacks JSON functions."""
    conn = s.connection()
    conn.exec_driver_sql("CREATE TEMPORARY TABLE IF NOT EXISTS browse_matches (id INTEGER PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM browse_matches")
    if not ids:
        return
    if conn.dialect.name == "postgresql":      # an office archive: one int array, expanded by the server
        conn.exec_driver_sql("INSERT INTO browse_matches (id) SELECT unnest(%s::int[])", (sorted(ids),))
        return
    try:
        conn.exec_driver_sql("INSERT INTO browse_matches (id) SELECT value FROM json_each(?)",
                             (json.dumps(sorted(ids)),))
    except OperationalError:          # an SQLite built without JSON (before 3.38, optional then)
        conn.exec_driver_sql("INSERT INTO browse_matches (id) VALUES (?)", [(i,) for i in ids])


_persons = (select(func.count()).where(ReportPersonRow.report_id == ReportRow.id)
            .correlate(ReportRow).scalar_subquery())
_title, _kind = func.nullif(ReportRow.title, ""), ReportRow.meeting_kind
SORTS = {         # order → (missing when NULL, sort value, descending); missing values come last both ways
    "date_desc": (ReportRow.meeting_date, ReportRow.meeting_date, True),
    "date_asc": (ReportRow.meeting_date, ReportRow.meeting_date, False),
    "title_asc": (_title, func.vi_key(_title), False),          # Vietnamese order (vietnamese.collation)
    "title_desc": (_title, func.vi_key(_title), True),
    "kind_asc": (_kind, func.vi_key(_kind), False),
    "kind_desc": (_kind, func.vi_key(_kind), True),
    "persons_desc": (func.nullif(_persons, 0), _persons, True),
    "persons_asc": (func.nullif(_persons, 0), _persons, False),
    "imported_desc": (ReportRow.imported_at, ReportRow.imported_at, True),      # "recently imported"
}


def _sorted(s: Session, order: str) -> list[int]:
    """The matches in ``order``, sorted by the database; the id breaks ties in the same direction."""
    missing, value, descending = SORTS[order]
    if order in TEXT_SORTS and s.get_bind().dialect.name != "sqlite":
        return _sorted_here(s, missing, descending)
    keys = (value.desc(), ReportRow.id.desc()) if descending else (value.asc(), ReportRow.id.asc())
    return list(s.scalars(select(ReportRow.id).join(_matches, _matches.c.id == ReportRow.id)
                          .order_by(missing.is_(None), *keys)))


TEXT_SORTS = ("title_asc", "title_desc", "kind_asc", "kind_desc")


def _sorted_here(s: Session, column, descending: bool) -> list[int]:
    """Vietnamese order where the database has no ``vi_key`` (PostgreSQL: an office archive): the
    matches' texts are read once and sorted by the same key; missing ones last either way."""
    rows = s.execute(select(ReportRow.id, column).join(_matches, _matches.c.id == ReportRow.id)).all()
    present = sorted((r for r in rows if r[1] is not None), key=lambda r: (collation_bytes(r[1]), r[0]),
                     reverse=descending)
    absent = sorted((r for r in rows if r[1] is None), key=lambda r: r[0], reverse=descending)
    return [r[0] for r in present + absent]


def _facets(s: Session, limit: int) -> Facets:
    persons = s.execute(select(PersonRow.full_name, func.count())
                        .join(ReportPersonRow, ReportPersonRow.person_id == PersonRow.id)
                        .join(_matches, _matches.c.id == ReportPersonRow.report_id)
                        .group_by(PersonRow.id).order_by(func.count().desc()).limit(limit)).all()
    tags = s.execute(select(TagRow.name, func.count()).join(ReportTagRow, ReportTagRow.tag_id == TagRow.id)
                     .join(_matches, _matches.c.id == ReportTagRow.report_id).group_by(TagRow.id)).all()
    months = list(_months(s).items())
    per_year: dict[str, int] = {}
    for mo, c in months:
        per_year[mo[:4]] = per_year.get(mo[:4], 0) + c
    years = sorted(per_year.items(), reverse=True)
    kinds = s.execute(select(ReportRow.meeting_kind, func.count()).join(_matches, _matches.c.id == ReportRow.id)
                      .where(ReportRow.meeting_kind.is_not(None)).group_by(ReportRow.meeting_kind)
                      .order_by(func.count().desc())).all()
    return Facets(
        persons=tuple(FacetValue(n, n, c) for n, c in sorted(persons, key=lambda r: (-r[1], name_collation_key(r[0])))),
        tags=tuple(FacetValue(n, n, c) for n, c in sorted(tags, key=lambda r: collation_key(r[0]))),
        years=tuple(FacetValue(y, y, c) for y, c in years),
        kinds=tuple(FacetValue(k, k, c) for k, c in kinds),
        months=tuple(FacetValue(mo, mo, c) for mo, c in months))
