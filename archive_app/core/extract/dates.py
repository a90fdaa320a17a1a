"""Dates that containers state (front matter, document properties, page metadata)."""
from __future__ import annotations

import datetime as dt
import re

# Reports are Vietnamese: a moment stated in UTC ("2020-12-28T17:30:00Z") is read in Vietnam's time.
VIETNAM = dt.timezone(dt.timedelta(hours=7))
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


def parse_date(value: object) -> dt.date | None:
    """ISO date or date-time (aware ones converted to Vietnam time) or d/m/yyyy → date; else None."""
    if isinstance(value, dt.datetime):
        return _local_date(value)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _safe_date(year, month, day)
    try:
        return _local_date(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _local_date(moment: dt.datetime) -> dt.date | None:
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM)
    if not 1900 <= moment.year <= 2100:
        return None
    return moment.date()


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if 1900 <= year <= 2100 else None
