"""Command line front end (DESIGN.md §6): argument handling and output only. Never imports Qt."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from . import __version__
from .core.errors import KnownError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Texts:
    """User-visible CLI strings in Vietnamese (default) or English."""

    def __init__(self, lang: str):
        self.en = lang == "en"

    def __call__(self, vi: str, en: str) -> str:
        return en if self.en else vi


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ / invalid date: {value!r} (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="archive folder (or ARCHIVE_APP_DATA)")
    common.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
    p = argparse.ArgumentParser(prog="archive-app", description="Lưu trữ biên bản họp / meeting report archive")
    p.add_argument("--data-dir", default=None, help="archive folder (or ARCHIVE_APP_DATA)")
    p.add_argument("--lang", choices=("vi", "en"), default=None)
    p.add_argument("--version", action="version", version=f"archive-app {__version__}")
    sub = p.add_subparsers(dest="command")

    s = sub.add_parser("import", parents=[common], help="import files, folders, .jsonl")
    s.add_argument("paths", nargs="+", type=Path)
    s.add_argument("--tag", action="append", default=[])
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("search", parents=[common], help="search reports")
    s.add_argument("query", nargs="?", default="")
    s.add_argument("--person")
    s.add_argument("--tag")
    s.add_argument("--kind")
    s.add_argument("--from", dest="date_from", type=_date)
    s.add_argument("--to", dest="date_to", type=_date)
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("show", parents=[common], help="show one report")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("tag", parents=[common], help="add or remove tags")
    s.add_argument("ids", nargs="+", type=int)
    s.add_argument("--add", action="append", default=[])
    s.add_argument("--remove", action="append", default=[])

    for name in ("persons", "tags"):
        s = sub.add_parser(name, parents=[common], help=f"list {name}")
        s.add_argument("--json", action="store_true")

    sub.add_parser("reindex", parents=[common], help="rebuild the search index from the database")
    s = sub.add_parser("check", parents=[common], help="check database, index and originals")
    s.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = args.lang or os.environ.get("ARCHIVE_APP_LANG") or "vi"
    if args.command is None:
        from .ui.app import run_gui   # only the window needs Qt

        return run_gui(args.data_dir, lang)
    t = Texts(lang)
    from .core.paths import resolve_data_dir
    from .core.services import Archive

    try:
        if args.command == "search" and not args.query.strip() and not any(
                (args.person, args.tag, args.kind, args.date_from, args.date_to)):
            print(t("Hãy nhập từ cần tìm hoặc một bộ lọc (--person, --tag, --kind, --from, --to).",
                    "Give a query or a filter (--person, --tag, --kind, --from, --to)."), file=sys.stderr)
            return EXIT_USAGE
        with Archive(resolve_data_dir(args.data_dir)) as archive:
            return COMMANDS[args.command](archive, args, t)
    except KnownError as exc:
        print(f"archive-app: {exc.message(lang)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=None) + "\n")


def cmd_import(archive, args, t) -> int:
    from .cli_output import import_json, print_import

    result = archive.import_paths(args.paths, tags=tuple(args.tag))
    if args.json:
        _print_json(import_json(result, t.en))
    else:
        print_import(result, t)
    return EXIT_FAILED if result.failed else EXIT_OK


def cmd_search(archive, args, t) -> int:
    from .cli_output import print_search, search_json
    from .core.models import Filters

    filters = Filters(person=args.person, tag=args.tag, kind=args.kind, date_from=args.date_from,
                      date_to=args.date_to)
    result = archive.search(args.query, filters, limit=max(1, args.limit))
    if args.json:
        _print_json(search_json(result))
    else:
        print_search(result, t)
    return EXIT_OK


def cmd_show(archive, args, t) -> int:
    from .cli_output import print_report, report_json

    report = archive.report(args.id)
    if args.json:
        _print_json(report_json(report))
    else:
        print_report(report, t)
    return EXIT_OK


def cmd_tag(archive, args, t) -> int:
    if not args.add and not args.remove:
        print(t("Hãy cho biết --add hoặc --remove.", "Give --add or --remove."), file=sys.stderr)
        return EXIT_USAGE
    for rid in args.ids:
        archive.report(rid)          # a missing id is a clear error before anything changes
    changed = archive.tag(args.ids, add=args.add, remove=args.remove)
    print(t(f"Đã cập nhật thẻ của {len(changed)} báo cáo.", f"Tags changed on {len(changed)} report(s)."))
    return EXIT_OK


def cmd_persons(archive, args, t) -> int:
    people = archive.persons()
    if args.json:
        _print_json([{"name": p.name, "reports": p.reports, "roles": list(p.roles)} for p in people])
    else:
        for p in people:
            roles = "; ".join(p.roles)
            print(f"{p.name} ({p.reports})" + (f" – {roles}" if roles else ""))
    return EXIT_OK


def cmd_tags(archive, args, t) -> int:
    tags = archive.tags()
    if args.json:
        _print_json([{"name": x.name, "reports": x.reports} for x in tags])
    else:
        for x in tags:
            print(f"{x.name} ({x.reports})")
    return EXIT_OK


def cmd_reindex(archive, args, t) -> int:
    n = archive.rebuild_index()
    print(t(f"Đã lập lại chỉ mục cho {n} báo cáo.", f"Re-indexed {n} report(s)."))
    return EXIT_OK


def cmd_check(archive, args, t) -> int:
    from .cli_output import check_json, print_check

    report = archive.check()
    if args.json:
        _print_json(check_json(report))
    else:
        print_check(report, t)
    return EXIT_OK if report.ok else EXIT_FAILED


COMMANDS = {"import": cmd_import, "search": cmd_search, "show": cmd_show, "tag": cmd_tag,
            "persons": cmd_persons, "tags": cmd_tags, "reindex": cmd_reindex, "check": cmd_check}


if __name__ == "__main__":
    sys.exit(main())
