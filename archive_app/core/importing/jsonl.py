"""JSON Lines input: one report per line (title, body, date, persons, tags, author, id …)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterator

from ..errors import BadInput, FileTooLarge
from ..extract.limits import MAX_FILE_BYTES, check_text_length, mb
from ..files import readable_name
from ..models import PersonRole
from ..storage.reports import NewReport
from ..vietnamese import normalize


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


def _raw_lines(f, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number from 1, raw bytes, or None for a line longer than ``limit``) of every non-blank
    line; a too-long line is skipped chunk by chunk, never held whole in memory."""
    number = 0
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        elif raw.strip():
            yield number, raw.rstrip(b"\r\n")


def lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number from 1, raw bytes) of every non-blank line; None for one over MAX_FILE_BYTES."""
    with open(path, "rb") as f:
        yield from _raw_lines(f, MAX_FILE_BYTES)


def count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(1 for _ in _raw_lines(f, MAX_FILE_BYTES))


def _text(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f"Trường “{key}” phải là chuỗi văn bản", f"Field '{key}' must be a string")
    check_text_length(len(value))          # before normalize: its work grows with the text
    return normalize(value).strip() or None


def _date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise BadInput(f"Ngày không hợp lệ: {value!r} (cần dạng YYYY-MM-DD)",
                       f"Invalid date: {value!r} (expected YYYY-MM-DD)") from None


def _persons(value) -> tuple[PersonRole, ...]:
    """``persons``: a list of names, or of objects with ``name`` (text), ``role`` (text) and ``chair``
    (true/false). Anything else is refused with the reason (a string would otherwise be taken letter
    by letter, an object key by key)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise BadInput("Trường “persons” phải là một danh sách (tên, hoặc đối tượng có “name”)",
                       "Field 'persons' must be a list (of names, or of objects with 'name')")
    out = []
    for n, p in enumerate(value, start=1):
        if isinstance(p, str):
            out.append(PersonRole(normalize(p).strip()))
            continue
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            raise BadInput(f"Người thứ {n} trong “persons” phải là một tên hoặc một đối tượng có “name” là chuỗi",
                           f"Person {n} in 'persons' must be a name or an object whose 'name' is a string")
        role, chair = p.get("role"), p.get("chair")
        if role is not None and not isinstance(role, str):
            raise BadInput(f"“role” của người thứ {n} phải là chuỗi văn bản",
                           f"The 'role' of person {n} must be a string")
        if chair is not None and not isinstance(chair, bool):
            raise BadInput(f"“chair” của người thứ {n} phải là true hoặc false",
                           f"The 'chair' of person {n} must be true or false")
        out.append(PersonRole(normalize(p["name"]).strip(), normalize(role or "").strip(), bool(chair)))
    return tuple(p for p in out if p.name)


def _strings(value, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadInput(f"Trường “{key}” phải là danh sách chuỗi", f"Field '{key}' must be a list of strings")
    return tuple(normalize(v).strip() for v in value if v.strip())


def _ref(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise BadInput("Trường “id” phải là chuỗi hoặc số", "Field 'id' must be a string or a number")
    return str(value)


def to_new_report(raw: bytes | None, path: Path, line: int) -> NewReport:
    """Build a report from one JSON line; fields absent from the line are understood from the body."""
    if raw is None:
        raise FileTooLarge(f"Dòng quá dài; giới hạn một dòng là {mb(MAX_FILE_BYTES)}",
                           f"The line is too long; the limit for one line is {mb(MAX_FILE_BYTES)}")
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BadInput(f"Dòng {line} không phải văn bản UTF-8", f"Line {line} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BadInput(f"Dòng {line} không phải JSON hợp lệ (lỗi ở cột {exc.colno})",
                       f"Line {line} is not valid JSON (error at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BadInput(f"Dòng {line} phải là một đối tượng JSON", f"Line {line} must be a JSON object")
    body = _text(obj, "body") or ""
    title = _text(obj, "title") or ""
    if not body and not title:
        raise BadInput(f"Dòng {line} không có tiêu đề lẫn nội dung", f"Line {line} has neither title nor body")
    new = NewReport(
        title=title, body=body, text_sha256="", date=_date(obj.get("date")), kind=_text(obj, "kind"),
        organisation=_text(obj, "organisation"), location=_text(obj, "location"),
        author=_text(obj, "author"), summary=_text(obj, "summary"),
        keywords=_strings(obj.get("keywords"), "keywords"), persons=_persons(obj.get("persons")),
        tags=_strings(obj.get("tags"), "tags"), source_format="jsonl",
        source_name=f"{readable_name(path.name)}:{line}",
        source_ref=_ref(obj.get("id")))
    _understand_missing(new, obj)
    return new


def _understand_missing(new: NewReport, obj: dict) -> None:
    """Fill what the line does not say (persons, kind, date …) from the report text."""
    wanted = [k for k in ("persons", "kind", "date", "organisation", "author", "keywords", "summary") if k not in obj]
    if not wanted or not new.body:
        return
    from ..understand import understand

    u = understand(f"{new.title}\n\n{new.body}" if new.title else new.body,
                   title_hint=new.title or None, date_hint=new.date)
    if not new.title:
        new.title = u.title
    if "persons" in wanted:
        new.persons = tuple(PersonRole(p.name, p.role, p.chair) for p in u.persons)
    if "kind" in wanted:
        new.kind = u.kind
    if "date" in wanted:
        new.date = u.meeting_date
    if "organisation" in wanted:
        new.organisation = u.organisation
    if "author" in wanted:
        new.author = u.author
    if "keywords" in wanted:
        new.keywords = tuple(u.keywords)
    if "summary" in wanted:
        new.summary = u.summary
