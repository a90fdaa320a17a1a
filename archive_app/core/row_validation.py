"""Every row that comes from outside (a backup's database, an export's report records: ``zip_check``)
checked before it is trusted.

A backup is a zip anyone can write. Its database is consistent with its manifest and passes SQLite's
integrity check, yet a row may name ``../../home/user/file`` as an original, carry a date no
reader can parse, or an id that is text. Such a database is refused whole: restoring it would
make every later command (export, empty trash, check) act on that lie. Text that is not UTF-8 is
not refused here: it is damage the readers skip and list (``check`` names it).
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

_SHA256 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
MAX_ID = 2 ** 62
MAX_SIZE = 2 ** 50
SHOWN = 20


def _iso(pattern: re.Pattern, parse):
    """A test for text in ``pattern`` that ``parse`` accepts (a date, a time stamp)."""
    def check(v) -> bool:
        if not (isinstance(v, str) and pattern.fullmatch(v)):
            return False
        try:
            parse(v)
        except ValueError:
            return False
        return True
    return check


_date = _iso(_DATE, dt.date.fromisoformat)
_stamp = _iso(_STAMP, dt.datetime.fromisoformat)


def _id(v) -> bool:
    return type(v) is int and 0 < v < MAX_ID


def _or_null(check):
    return lambda v: v is None or check(v)


_sha = lambda v: isinstance(v, str) and _SHA256.fullmatch(v) is not None
_size = lambda v: type(v) is int and 0 <= v < MAX_SIZE
_flag = lambda v: v in (0, 1)
_count = lambda v: type(v) is int and 0 <= v < MAX_ID
_confidence = lambda v: type(v) in (int, float) and 0 <= v <= 100      # OCR's mean word confidence
_short_text = lambda v: isinstance(v, str) and len(v) <= 200

RULES: dict[str, dict[str, callable]] = {   # table → column → test of the stored value
    "report": {"id": _id, "original_sha256": _or_null(_sha), "text_sha256": _sha,
               "meeting_date": _or_null(_date), "imported_at": _stamp, "updated_at": _stamp,
               "deleted_at": _or_null(_stamp), "similar_to": _or_null(_id), "revision": _id,
               "ocr_pdf_sha256": _or_null(_sha), "ocr_engine": _or_null(_short_text),
               "ocr_languages": _or_null(_short_text), "ocr_confidence": _or_null(_confidence)},
    "original": {"sha256": _sha, "size": _size, "stored_at": _stamp},
    "person": {"id": _id},
    "tag": {"id": _id, "colour": _or_null(lambda v: isinstance(v, str) and _COLOUR.fullmatch(v) is not None)},
    "report_person": {"report_id": _id, "person_id": _id, "is_chair": _flag, "is_author": _flag,
                      "position": _count},
    "report_tag": {"report_id": _id, "tag_id": _id},
    "change_log": {"seq": _count, "report_id": _id},        # 0004 on; before it, index_queue
    "index_queue": {"report_id": _id},
    "report_sketch": {"report_id": _id, "hash": lambda v: type(v) is int},
}


# What a backup of another version may lack (its schema is upgraded after the check): tables, and
# columns (an absent one is not looked at; a present one is checked like any other).
OPTIONAL_TABLES = {"change_log", "index_queue"}          # the change feed replaced the index queue (0004)
NEW_COLUMNS = {"report": ("ocr_pdf_sha256", "ocr_engine", "ocr_languages", "ocr_confidence")}   # scans (0003)


def invalid_rows(db: Path) -> list[str]:
    """What is wrong with the rows of the database ``db`` (at most SHOWN lines; [] when all is well).

    Reads the stored values themselves (text as bytes), never through the app's column types, so a
    bad value cannot raise on the way in.
    """
    problems: list[str] = []
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, rules in RULES.items():
            if table not in tables:
                if table not in OPTIONAL_TABLES:
                    problems.append(f"table {table} missing")
                continue
            present = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
            columns = [c for c in rules if c in present or c not in NEW_COLUMNS.get(table, ())]
            for row in con.execute(f"SELECT rowid, {', '.join(columns)} FROM {table}"):
                for column, value in zip(columns, row[1:]):
                    if not rules[column](value):
                        problems.append(f"{table} {row[0]}: {column} = {str(value)[:80]!r}")
                        if len(problems) >= SHOWN:
                            return problems
        for line in con.execute("PRAGMA foreign_key_check").fetchmany(SHOWN - len(problems)):
            problems.append(f"foreign key: {line[0]} row {line[1]} refers to a missing {line[2]}")
    except sqlite3.Error as exc:
        problems.append(str(exc))
    finally:
        con.close()
    return problems
