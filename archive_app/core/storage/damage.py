"""Text damaged inside the database (a flipped byte) found, named and stepped around, never crashed on.

SQLite hands text back as UTF-8; one flipped byte makes a value that Python's driver refuses to decode
("Could not decode to UTF-8"), and the whole query dies with it: ``show``, ``export``, ``reindex``
and every search after a rebuild. Every connection of the archive decodes text with ``decode_text``
instead: a value that is not UTF-8 comes back as ``DamagedText`` (the readable part, U+FFFD where
bytes were lost), so readers can skip and list the report it belongs to. A flip that still decodes
changes the text silently; ``text_sha256`` (kept with every report) finds those.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..errors import KnownError

REPORT_TEXT = ("title", "body", "meeting_kind", "organisation", "location", "author", "summary", "keywords",
                "source_format", "source_name", "source_ref", "notes")


class DamagedText(str):
    """A database text value that was not valid UTF-8, decoded with replacement characters."""


class DamagedReport(KnownError):
    """A report whose stored text is damaged (not UTF-8, or no longer its text_sha256)."""


def decode_text(raw: bytes) -> str:
    """sqlite3 ``text_factory``: UTF-8, or ``DamagedText`` when the bytes are not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return DamagedText(raw.decode("utf-8", "replace"))


def is_damaged(*values) -> bool:
    return any(isinstance(v, DamagedText) for v in values)


def text_matches(title: str, body: str, digest: str) -> bool:
    from ..importing import text_sha256

    return text_sha256(title or "", body or "") == digest


def row_damage(row) -> list[str]:
    """Names of the undecodable parts of a report row (ORM row with persons and tags loaded); [] if
    sound. Readers skip on this only: a text that decodes but differs from ``text_sha256`` is for
    ``check`` to name (an edit by an older version left such hashes behind, the text is sound)."""
    bad = [c for c in REPORT_TEXT if isinstance(getattr(row, c, None), DamagedText)]
    if any(isinstance(link.person.full_name, DamagedText) or isinstance(link.role, DamagedText)
           for link in row.persons):
        bad.append("persons")
    if any(isinstance(t.name, DamagedText) for t in row.tags):
        bad.append("tags")
    return bad


def damaged_report(report_id: int, parts) -> DamagedReport:
    what = ", ".join(parts)
    return DamagedReport(
        f"Báo cáo số {report_id} bị hỏng trong cơ sở dữ liệu ({what}); chạy “archive-app check”, rồi khôi phục "
        "từ bản sao lưu hoặc nhập lại tệp gốc của nó",
        f"Report {report_id} is damaged in the database ({what}); run 'archive-app check', then restore it "
        "from a backup or import its original again")


@dataclass(frozen=True)
class Damage:
    reports: dict[int, tuple[str, ...]]      # report id → damaged parts
    persons: tuple[int, ...]                 # person ids whose name is not UTF-8
    tags: tuple[int, ...]


def scan(con: sqlite3.Connection) -> Damage:
    """Every damaged text of the database on ``con`` (the driver's connection): one pass, text
    checked for UTF-8 and title + body against ``text_sha256``. (PostgreSQL itself refuses text that
    is not UTF-8, so there only the hashes are checked.)"""
    sqlite = isinstance(con, sqlite3.Connection)
    if sqlite:
        old = con.text_factory
        con.text_factory = decode_text
    try:
        reports: dict[int, tuple[str, ...]] = {}
        cols = ", ".join(REPORT_TEXT)
        for row in con.execute(f"SELECT id, text_sha256, {cols} FROM report"):
            rid, digest, values = row[0], row[1], dict(zip(REPORT_TEXT, row[2:]))
            bad = [c for c, v in values.items() if isinstance(v, DamagedText)]
            if isinstance(digest, DamagedText) or ("title" not in bad and "body" not in bad and not text_matches(
                    values["title"], values["body"], digest)):
                bad.append("text_sha256")
            if bad:
                reports[rid] = tuple(bad)
        persons = tuple(pid for pid, name in con.execute("SELECT id, full_name FROM person")
                        if isinstance(name, DamagedText))
        tags = tuple(tid for tid, name in con.execute("SELECT id, name FROM tag") if isinstance(name, DamagedText))
        bad_persons, bad_tags = set(persons), set(tags)
        links = [(rid, "persons") for rid, pid, role in con.execute(
                     "SELECT report_id, person_id, role FROM report_person")
                 if pid in bad_persons or isinstance(role, DamagedText)]
        links += [(rid, "tags") for rid, tid in con.execute("SELECT report_id, tag_id FROM report_tag")
                  if tid in bad_tags]
        for rid, part in links:
            if part not in reports.get(rid, ()):
                reports[rid] = reports.get(rid, ()) + (part,)
        return Damage(reports, persons, tags)
    finally:
        if sqlite:
            con.text_factory = old
