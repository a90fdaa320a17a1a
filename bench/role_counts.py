"""The role failure kinds of issue 18's sixth and seventh rounds, counted on unlabelled text.

Runs ``understand()`` over news.jsonl.gz lines 1–14999 and meetings.jsonl (no labels: where a kind of failure can be
counted on many reports nobody read) and prints, for the persons found: how many roles end in a short form in
parentheses ("… (FBI)"), how many persons introduced as "người đồng cấp X" have no role or that one, how many roles
begin with an act and "của" ("chủ tọa của …"), and how often a noun that describes a person follows a found name
("A, chuyên gia …") and with no role; and the seventh round's kinds (see ``_seventh``). With ``--baseline REV`` it
also runs that revision's parser, prints its counts and a seeded sample of the roles and chairs that changed.

    python bench/role_counts.py
    python bench/role_counts.py --baseline 69e28b1 --sample 60 --seed 11
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _revision import add_revision_args, run_at_revision  # noqa: E402
from extraction_eval import _code, _iso, unlabelled_items  # noqa: E402

_COUNTERPART = re.compile(r"người đồng cấp(?: [^\s,.;:()]+){0,2}? ([A-ZĐ][^\s,.;:()]*(?: [A-ZĐ][^\s,.;:()]*)*)")
_ACT = re.compile(r"(?:chủ tọa|chỉ huy|cố vấn|điều hành|lãnh đạo) của ")
_NOUNS = (
    "chuyên gia|cán bộ|học sinh|sinh viên|nhân viên|giảng viên|giáo viên|nghiên cứu viên|người sáng lập|nhà sáng lập"
    "|đồng sáng lập|nông dân|công nhân|luật sư|nhà nghiên cứu|nhà phân tích|nhà khoa học|kỹ sư"
)
_DESCRIBED = re.compile(rf"([A-ZĐ]\S*(?: [A-ZĐ]\S*)+)\s*[,–-]\s*(?:{_NOUNS})(?!\w)")


def dump() -> dict[str, dict]:
    """{key: {"text": the text understand() got, "persons": [[name, role, chair], …]}} of every counted item."""
    from archive_app.core.understand import understand
    from archive_app.core.vietnamese import normalize

    out = {}
    for key, item in unlabelled_items():
        text = normalize(item.get("body") or "")
        u = understand(text, item.get("title"), _iso(item.get("date")))
        out[key] = {"text": text, "persons": [[p.name, p.role, p.chair] for p in u.persons]}
    return out


# The seventh round's kinds: a role whose title after "của" is the name's own ("người phát ngôn của Tổng thống Nga
# Putin"), a word left out before the head title ("ứng cử viên", "Tổng", "Cảnh sát"), a body's name cut at a comma or
# a stop word ("Cục Quản lý Khám", "Đài Tiếng"), a second post after "kiêm" left out, a parenthesis left open
_OF_TITLE = re.compile(r" của (?:(?:tân|cựu|ứng cử viên|ứng viên) )?")
_LEFT_OUT = re.compile(r"(?:ứng cử viên|ứng viên|tổng|cảnh sát)\s+$", re.IGNORECASE)
_CUT_BODY = re.compile(r"(?:cục quản lý khám|đài tiếng)$")
_CONCURRENT = re.compile(r",\s*kiêm\s")


def _seventh(c: collections.Counter, text: str, name: str, role: str) -> None:
    from archive_app.core.vietnamese.names import TITLE_RE

    at = text.find(f"{role} {name}")  # the role written right before the name
    lower = role.lower()
    c["role 'X của <title>' right before the name"] += at >= 0 and any(
        TITLE_RE.match(lower, m.end()) for m in _OF_TITLE.finditer(lower)
    )
    c["role after 'ứng cử viên', 'Tổng', 'Cảnh sát' left out"] += at > 0 and bool(
        _LEFT_OUT.search(text, max(0, at - 16), at)
    )
    c["role ends in 'Cục Quản lý Khám', 'Đài Tiếng'"] += bool(_CUT_BODY.search(lower))
    after = text.find(role)
    c["role followed by ', kiêm …'"] += after >= 0 and bool(_CONCURRENT.match(text, after + len(role)))
    c["role ends in an open '('"] += role.endswith("(")


def counts(data: dict[str, dict]) -> collections.Counter:
    from archive_app.core.understand.role_edges import _ABBREVIATION, _PLACE_SHORT

    c: collections.Counter = collections.Counter()
    for item in data.values():
        persons, text = item["persons"], item["text"]
        for _name, role, chair in persons:
            c["persons"] += 1
            c["with a role"] += bool(role)
            c["chairs"] += chair
            m = _ABBREVIATION.search(role)  # the rule's own pattern, so both revisions are counted alike
            c["role ends in a short form in parentheses"] += bool(
                m and m.start() and (m.group(1) or not _PLACE_SHORT.fullmatch(m.group(2)))
            )
            c["role begins with an act and 'của'"] += bool(_ACT.match(role))
            if role:
                _seventh(c, text, _name, role)
        for rx, what in ((_COUNTERPART, "introduced as 'người đồng cấp X'"), (_DESCRIBED, "', <noun>' after the name")):
            for m in rx.finditer(text):
                inside = rx is _COUNTERPART  # the name may go on past the person's ("… Vương Nghị, …")
                hit = next((p for p in persons if m.group(1).endswith(p[0]) or (inside and p[0] in m.group(1))), None)
                if hit:
                    c[f"{what}: found"] += 1
                    c[f"{what}: no role"] += not hit[1]
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_revision_args(ap, "also count with the parser of git revision REV", 40, "changed roles to print (with --baseline)")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    _code(args.code_root)
    if args.dump:
        print(json.dumps(dump(), ensure_ascii=False))
        return 0
    now = dump()
    before = json.loads(run_at_revision(args.baseline, __file__, "--dump")) if args.baseline else None
    c_now = counts(now)
    c_before = counts(before) if before else None
    for key in c_now:
        print(f"{key:55} {c_before[key] if c_before else '':>7} {c_now[key]:>7}")
    if before:
        changed = []
        for key, item in now.items():
            old = {p[0]: p for p in before[key]["persons"]}
            for name, role, chair in item["persons"]:
                if name in old and (old[name][1], old[name][2]) != (role, chair):
                    changed.append((key, name, old[name][1:], [role, chair]))
        print(f"\n{len(changed)} persons whose role or chair changed; a sample:")
        random.Random(args.seed).shuffle(changed)
        for row in changed[: args.sample]:
            print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
