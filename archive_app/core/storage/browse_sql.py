"""The SQL of the window's browse (``browsing.browse``): the matches loaded into a temporary table of
the connection, then their timeline, facet counts, date range and sort orders, in the database."""
from __future__ import annotations

import json

from sqlalchemy import Column, Integer, MetaData, Table, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..models import Facets, FacetValue, IndexFilter
from ..vietnamese import collation_bytes, collation_key, name_collation_key
from .dialect import month_of
from .schema import PersonRow, ReportPersonRow, ReportRow, ReportTagRow, TagRow

_scratch = MetaData()
_matches = Table("browse_matches", _scratch, Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"])


def _date_range(flt: IndexFilter) -> list:
    cond = [ReportRow.meeting_date.is_not(None)]
    if flt.date_from:
        cond.append(ReportRow.meeting_date >= flt.date_from)
    if flt.date_to:
        cond.append(ReportRow.meeting_date <= flt.date_to)
    return cond


def dated_matches(s: Session, flt: IndexFilter) -> set[int]:
    """The loaded matches whose meeting date lies in the filter's range."""
    return set(s.scalars(select(ReportRow.id).join(_matches, _matches.c.id == ReportRow.id)
                         .where(*_date_range(flt))))


def months(s: Session) -> dict[str, int]:
    """Loaded matches per month ("YYYY-MM"), oldest first: the timeline."""
    month = month_of("r.meeting_date", s.get_bind().dialect)
    return dict(s.execute(text(f"SELECT {month} AS mo, count(*) FROM report r "
                               "JOIN browse_matches m ON m.id = r.id WHERE r.meeting_date IS NOT NULL "
                               "GROUP BY mo ORDER BY mo")).all())


def load_matches(s: Session, ids: list[int]) -> None:
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


def sorted_matches(s: Session, order: str) -> list[int]:
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


def facets_of(s: Session, limit: int) -> Facets:
    """Facet counts over the loaded matches: persons (the ``limit`` most frequent), tags, years, kinds."""
    persons = s.execute(select(PersonRow.full_name, func.count())
                        .join(ReportPersonRow, ReportPersonRow.person_id == PersonRow.id)
                        .join(_matches, _matches.c.id == ReportPersonRow.report_id)
                        .group_by(PersonRow.id).order_by(func.count().desc()).limit(limit)).all()
    tags = s.execute(select(TagRow.name, func.count()).join(ReportTagRow, ReportTagRow.tag_id == TagRow.id)
                     .join(_matches, _matches.c.id == ReportTagRow.report_id).group_by(TagRow.id)).all()
    per_month = list(months(s).items())
    per_year: dict[str, int] = {}
    for mo, c in per_month:
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
        months=tuple(FacetValue(mo, mo, c) for mo, c in per_month))
