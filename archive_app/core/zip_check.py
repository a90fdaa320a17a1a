"""The one verifier of a zip that comes from outside: a backup to restore (``backup.restore``) and an
archive export to import (``importing.archive_zip``).

The two formats stay two (a backup is an exact copy for recovery into an empty folder; an export merges
into any archive, even of another version), but anyone can write either, so both are read through the
same checks here: the manifest read capped and parsed as one JSON object, every member read capped
(zip bombs, members larger than declared) and checked against its sha256 (``files.read_member`` /
``files.stream_member``), original files named by their sha256, and every row the zip brings checked
by the rules of ``row_validation`` before it is trusted: the rows of a backup's database, the report
records of an export's manifest. Each caller words the refusal its own way (``ZipDamaged`` says what).
Never imports Qt.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .files import MemberError, read_member, stream_member
from .row_validation import RULES, SHOWN, invalid_rows

MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
_ORIGINAL = re.compile(r"originals/([0-9a-f]{2})/([0-9a-f]{64})")
_SHA256 = re.compile(r"[0-9a-f]{64}")

# Report columns an export carries as text (anything else there is a forged record).
_TEXT = ("title", "body", "meeting_kind", "organisation", "location", "author", "summary", "keywords",
         "source_format", "source_name", "source_ref", "notes", "ocr_engine", "ocr_languages")


class ZipDamaged(Exception):
    """What is wrong with the zip (a short English phrase naming the member)."""


def original_member(sha: str) -> str:
    """Where both formats keep an original file: ``originals/ab/abcd…``, named by its sha256."""
    return f"originals/{sha[:2]}/{sha}"


def is_original_member(name: str, sha: str) -> bool:
    found = _ORIGINAL.fullmatch(name) if isinstance(name, str) else None
    return bool(found) and found.group(2).startswith(found.group(1)) and found.group(2) == sha


def is_sha256(value) -> bool:
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def has_member(z: zipfile.ZipFile, name: str) -> bool:
    try:
        z.getinfo(name)
    except KeyError:
        return False
    return True


def manifest(z: zipfile.ZipFile) -> dict | None:
    """The manifest as a JSON object; None when the zip has none (not one of ours). ZipDamaged when it
    is too large, unreadable or not a JSON object."""
    if not has_member(z, MANIFEST):
        return None
    try:
        data = json.loads(read_member(z, MANIFEST, MAX_MANIFEST_BYTES).decode("utf-8"))
    except MemberError as exc:
        raise ZipDamaged(str(exc)) from None
    except ValueError as exc:             # not UTF-8, not JSON
        raise ZipDamaged(f"{MANIFEST}: {exc}") from None
    if not isinstance(data, dict):
        raise ZipDamaged(MANIFEST)
    return data


def member(z: zipfile.ZipFile, name: str, sha256: str, limit: int) -> bytes:
    """Member ``name`` whole, capped at ``limit`` and checked against ``sha256``."""
    try:
        return read_member(z, name, limit, sha256=sha256)
    except MemberError as exc:
        raise ZipDamaged(str(exc)) from None


def stream(z: zipfile.ZipFile, name: str, size: int) -> Iterator[bytes]:
    """Member ``name`` chunk by chunk, never more than the ``size`` the manifest declares (a member of
    another size in the zip is damage)."""
    if not has_member(z, name):
        raise ZipDamaged(f"{name}: missing")
    if z.getinfo(name).file_size != size:
        raise ZipDamaged(name)
    try:
        yield from stream_member(z, name, size)
    except MemberError as exc:
        raise ZipDamaged(str(exc)) from None


def verify(z: zipfile.ZipFile, name: str, size: int, sha256: str) -> None:
    """Read member ``name`` through (``stream``) and check it against ``sha256``."""
    h = hashlib.sha256()
    for chunk in stream(z, name, size):
        h.update(chunk)
    if h.hexdigest() != sha256:
        raise ZipDamaged(f"{name}: SHA-256")


def database_problems(db: Path) -> list[str]:
    """What is wrong with a database that came in a zip: SQLite's integrity check, then every row by
    the rules of ``row_validation`` ([] when all is well)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            lines = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        lines = [str(exc)]
    if lines != ["ok"]:
        return [str(line) for line in lines[:SHOWN]]
    return invalid_rows(db)


def report_problems(rec) -> list[str]:
    """What is wrong with one report record of an export's manifest (ids, dates, time stamps, sha256
    names, OCR fields, persons, tags) by the same rules as a restored database's rows."""
    if not isinstance(rec, dict):
        return [f"report record {str(rec)[:80]!r}"]
    label = f"report {str(rec.get('id'))[:20]}"
    problems = [f"{label}: {column} = {str(rec[column])[:80]!r}"
                for column, rule in RULES["report"].items()
                if column in rec and column not in ("text_sha256", "revision") and not rule(rec[column])]
    problems += [f"{label}: {column} is not text" for column in _TEXT
                 if rec.get(column) is not None and not isinstance(rec[column], str)]
    persons, tags = rec.get("persons") or [], rec.get("tags") or []
    person_ok = RULES["report_person"]
    if not isinstance(persons, list) or not all(
            isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("role") or "", str)
            and person_ok["is_chair"](p.get("chair", False)) and person_ok["is_author"](p.get("author", False))
            and person_ok["position"](p.get("position", 0)) for p in persons):
        problems.append(f"{label}: persons")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append(f"{label}: tags")
    return problems[:SHOWN]
