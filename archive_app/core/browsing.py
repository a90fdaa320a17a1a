"""The one way from what was typed to the matching reports, for the command line and the window.

``matching`` is the single "matching ids" step: filter-only queries in SQL, text queries in the
index. ``search`` pages the best of them with snippets (the CLI); ``browse`` lists every match in
the chosen order with facet counts and the timeline (the window).

Its dependencies are explicit and typed: the archive's session factory (for reads, one that needs
no SQLAlchemy: ``Archive.reading``), and ``IndexMatches`` for the index's side
(``Archive.index_matches``, which keeps the index usable). Nothing here reaches back into the Archive.

The search path imports no SQLAlchemy (its reads are ``storage.reads`` and ``storage.names``, plain
SQL): the command line answers without that start-up cost (issue 17). Browse's own SQL is
``storage.browse_sql``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from .models import Facets, FacetValue, Filters, Hit, IndexFilter, SearchResult  # noqa: F401 (the UI's names)
from .search import ParsedQuery, parse_query, snippet, snippet_head
from .storage import names, reads
from .vietnamese import fold, fold_syllable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Sessions = Callable[[], "Session"]      # the archive's session factory (``Archive.Session``, ``Archive.reading``)


class IndexMatches(Protocol):
    """The index's side of matching (``Archive.index_matches``: the index kept usable and repaired on the
    way): (total, [(report id, score)] best first, at most ``limit``)."""

    def __call__(self, parsed: ParsedQuery, flt: IndexFilter,
                 limit: int | None) -> tuple[int, list[tuple[int, float]]]:
        ...


@dataclass(frozen=True)
class Browse:
    ids: tuple[int, ...]                  # every match, in order
    facets: Facets                        # counts over exactly these matches
    highlight: tuple[str, ...]            # what to mark in the reader (ParsedQuery.highlight_terms)
    timeline: dict[str, int] = field(default_factory=dict)   # matches per month, the date filter aside
    folded_total: int | None = None       # a query with marks: matches of the same query without marks


def index_filter(s: Session, f: Filters) -> IndexFilter:
    """Filters as the index takes them: typed person and tag names resolved to ids in SQL."""
    return IndexFilter(
        person_ids=names.resolve_persons(s, f.person) if f.person else None,
        tag_ids=names.resolve_tags(s, f.tag) if f.tag else None,
        kind=fold(f.kind) if f.kind and fold(f.kind) else None, date_from=f.date_from, date_to=f.date_to)


def matching(index: IndexMatches, s: Session, parsed: ParsedQuery, flt: IndexFilter, limit: int | None,
             filters: Filters = Filters()) -> tuple[int, list[tuple[int, float]]]:
    """(total, [(report id, score)] best first, at most ``limit``): the one matching step.
    Without words, filters alone select in SQL, newest meeting first. One import's batch and "scans
    only" (which the index does not hold) narrow the matches afterwards."""
    narrowed = filters.batch is not None or filters.scanned
    wanted = None if narrowed else limit
    if parsed.empty:
        total, ids = reads.filtered_ids(s, flt, -1 if wanted is None else wanted)
        scored = [(i, 0.0) for i in ids]
    else:
        total, scored = index(parsed, flt, wanted)
    if narrowed:
        keep = {i for i, _ in scored}
        if filters.batch is not None:              # one import's reports: a few thousand ids at most
            keep &= set(filters.batch)
        if filters.scanned:
            keep = set(reads.only_scanned(s, sorted(keep)))
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
    terms, order = parsed.highlight_terms(), parsed.all_folded()
    with sessions() as s:
        flt = index_filter(s, filters)
        total, scored = matching(index, s, parsed, flt, limit, filters)
        ids = [i for i, _ in scored]
        rows = reads.summaries(s, ids)
        texts = reads.bodies(s, ids, head=snippet_head())
        wider = folded_total(index, s, parsed, flt, filters)
        hits = tuple(Hit(rows[i], score, snippet(texts.get(i) or "", terms, order, whole=_whole_text(s, i)))
                     for i, score in scored if i in rows)
    return SearchResult(total, hits, query, wider)


def _whole_text(s: Session, report_id: int) -> Callable[[], str]:
    """Reads a report's whole text, for a snippet whose beginning of the text holds no match."""
    return lambda: reads.bodies(s, [report_id]).get(report_id) or ""


def snippets(sessions: Sessions, ids: list[int], highlight,
             width: int = 200) -> dict[int, tuple[str, list[tuple[int, int]]]]:
    """{id: (plain text, spans of the hits in it)} for the result list (``Browse.highlight`` terms)."""
    from .search import snippet_spans

    terms = frozenset(highlight)
    order = [t.rstrip("*") for t in highlight]
    folded = [fold_syllable(t) for t in order]
    with sessions() as s:
        texts = reads.bodies(s, list(ids), head=snippet_head(width))
        return {i: snippet_spans(texts[i] or "", terms, folded, width, whole=_whole_text(s, i))
                for i in ids if i in texts}


def browse(sessions: Sessions, index: IndexMatches, query: str, filters: Filters, order: str = "relevance",
           facet_limit: int = 50, prefix_last: bool = False,
           listed: Callable[[Browse], None] | None = None) -> Browse:
    """All reports matching ``query`` and ``filters`` in ``order``, with facet counts over them and
    the timeline (per month, the date filter aside: it keeps showing the months around the chosen
    ones). One matching step whatever the filters. ``listed`` is handed the ordered matches (without
    facets, timeline or wider count) as soon as they are known: the window shows the list while the
    counts, a third of the time or more, are still being made."""
    from .storage.browse_sql import SORTS, dated_matches, facets_of, load_matches, months, sorted_matches

    parsed = parse_query(query, prefix_last=prefix_last)
    with sessions() as s:
        flt = index_filter(s, filters)
        dated = flt.date_from is not None or flt.date_to is not None
        _, scored = matching(index, s, parsed, replace(flt, date_from=None, date_to=None) if dated else flt, None,
                           filters)
        ids = [i for i, _ in scored]
        load_matches(s, ids)
        timeline = months(s)
        if dated:
            inside = dated_matches(s, flt)
            ids = [i for i in ids if i in inside]
            load_matches(s, ids)
        if order in SORTS and not (order == "date_desc" and parsed.empty):   # (filtered_ids' own order)
            ids = sorted_matches(s, order)
        if listed is not None:
            listed(Browse(tuple(ids), Facets(), tuple(sorted(parsed.highlight_terms()))))
        facets = facets_of(s, facet_limit)
        wider = folded_total(index, s, parsed, flt, filters)
        s.rollback()
    return Browse(tuple(ids), facets, tuple(sorted(parsed.highlight_terms())), timeline, wider)
