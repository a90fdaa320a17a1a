"""How dates and numbers look in the window: dd/mm/yyyy, and 1.200 (Vietnamese) or 1,200 (English)."""
from __future__ import annotations

import datetime as dt

from . import i18n


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """dd/mm/yyyy, or an empty string for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def fmt_int(n: int) -> str:
    """Thousands grouped the way the current language writes them."""
    text = f"{n:,}"
    return text.replace(",", ".") if i18n.current() == "vi" else text


def fmt_month(key: str) -> str:
    """"2021-10" → "10/2021"."""
    year, _, month = key.partition("-")
    return f"{month}/{year}"
