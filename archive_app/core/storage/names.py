"""Persons and tags by name: their identity (``name_key``) and what a typed name selects, in plain
SQL on any connection (``dialect.as_sql``): a search's filters resolve without SQLAlchemy (issue 17)."""
from __future__ import annotations

import re

from ..vietnamese import fold, has_marks, normalize
from .dialect import as_sql


def name_key(name: str) -> str:
    """Identity of a person or tag: normalized (one tone placement), case and spacing aside. Never folded."""
    return " ".join(normalize(name).lower().split())


def clean_name(name: str) -> str:
    return " ".join(normalize(name).split())


def _matches(typed: str, key: str, key_fold: str) -> bool:
    """Does a name typed by a user select ``key``? Whole words; diacritics matter only if typed."""
    typed_key = name_key(typed)
    typed_fold = fold(typed_key)
    if not typed_fold:
        return False
    pattern = rf"(?<![^\W_]){re.escape(typed_fold)}(?![^\W_])"
    if not re.search(pattern, key_fold):
        return False
    if has_marks(typed_key):
        return re.search(rf"(?<![^\W_]){re.escape(typed_key)}(?![^\W_])", key) is not None
    return True


def resolve_persons(db, typed: str) -> tuple[int, ...]:
    """Ids of the persons a typed name selects ("nguyen tien su" selects Nguyễn Tiến Sữ and Sử).
    ``db``: a session or connection (``dialect.as_sql``)."""
    typed_key = name_key(typed)
    typed_fold = fold(typed_key)
    rows = as_sql(db).execute("SELECT id, name_key, name_fold FROM person WHERE name_fold LIKE '%' || ? || '%'",
                              (typed_fold,)).fetchall()
    # A whole name selects that person only (a click on "Trần Thị Hoa" is not "Trần Thị Hoa Mai").
    whole = [pid for pid, key, folded in rows if folded == typed_fold
             and (key == typed_key or not has_marks(typed_key))]
    if whole:
        return tuple(whole)
    return tuple(pid for pid, key, folded in rows if _matches(typed, key, folded))


def resolve_tags(db, typed: str) -> tuple[int, ...]:
    """Ids of tags whose whole name is what was typed (accent-insensitive when typed without marks)."""
    key = name_key(typed)
    rows = as_sql(db).execute("SELECT id, name_key FROM tag WHERE name_fold = ?", (fold(key),)).fetchall()
    if has_marks(key):
        return tuple(tid for tid, tag_key in rows if tag_key == key)
    return tuple(tid for tid, _ in rows)
