"""Command line front end (DESIGN.md §6): argument handling and output only. Never imports Qt."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from .core.errors import KnownError, WriteRefused

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_PIPE = 141         # as a shell reports a program ended by SIGPIPE


class Texts:
    """User-visible CLI strings in Vietnamese (default) or English."""

    def __init__(self, lang: str):
        self.en = lang == "en"

    def __call__(self, vi: str, en: str) -> str:
        return en if self.en else vi


class VersionAction(argparse.Action):
    """argparse's "version" action, reading the version only when asked (see archive_app.__getattr__)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from . import __version__

        print(f"archive-app {__version__}")
        parser.exit()


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ / invalid date: {value!r} (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="archive folder (or ARCHIVE_APP_DATA)")
    common.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                        help="office archive on PostgreSQL, postgresql://user@host/db (or ARCHIVE_APP_DB)")
    p = argparse.ArgumentParser(prog="archive-app", description="Lưu trữ biên bản họp / meeting report archive")
    p.add_argument("--data-dir", default=None, help="archive folder (or ARCHIVE_APP_DATA)")
    p.add_argument("--db", default=None, metavar="URL",
                   help="office archive on PostgreSQL, postgresql://user@host/db (or ARCHIVE_APP_DB)")
    p.add_argument("--lang", choices=("vi", "en"), default=None)
    p.add_argument("--version", action=VersionAction)
    sub = p.add_subparsers(dest="command")

    s = sub.add_parser("import", parents=[common], help="import files, folders, .jsonl")
    s.add_argument("paths", nargs="+", type=Path)
    s.add_argument("--tag", action="append", default=[])
    s.add_argument("--json", action="store_true")
    s.add_argument("--progress", action="store_true", help="print each item to stderr as soon as it is stored")

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

    s = sub.add_parser("trash", parents=[common], help="list the trash; move reports into it or restore them")
    s.add_argument("--move", nargs="+", type=int, default=[], metavar="ID")
    s.add_argument("--restore", nargs="+", type=int, default=[], metavar="ID")
    s.add_argument("--json", action="store_true")

    for name in ("persons", "tags"):
        s = sub.add_parser(name, parents=[common], help=f"list {name}")
        s.add_argument("--json", action="store_true")

    s = sub.add_parser("print", parents=[common], help="print reports to a PDF file (no display needed)")
    s.add_argument("ids", nargs="+", type=int)
    s.add_argument("--pdf", required=True, type=Path, metavar="OUT.pdf")
    s.add_argument("--no-cover", action="store_true", help="no list of reports before them")
    s.add_argument("--highlight", default="", metavar="QUERY", help="mark the words of this search")

    s = sub.add_parser("export", parents=[common], help="export reports (JSON Lines, CSV) or the whole archive")
    s.add_argument("ids", nargs="*", type=int, help="reports to export (default: every report)")
    out = s.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", dest="json_out", type=Path, metavar="OUT", help="JSON Lines that import reads")
    out.add_argument("--csv", type=Path, metavar="OUT", help="metadata as CSV (UTF-8 with BOM)")
    out.add_argument("--archive", type=Path, metavar="OUT.zip",
                     help="the whole archive with its original files; 'import OUT.zip' restores it")

    sub.add_parser("reindex", parents=[common], help="rebuild the search index from the database")
    s = sub.add_parser("check", parents=[common], help="check database, index and originals")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("backup", parents=[common], help="back up the whole archive (database and originals) to a zip")
    s.add_argument("out", type=Path, metavar="OUT.zip")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("restore", parents=[common],
                       help="restore a backup into a new or empty folder (--data-dir NEW); the index is rebuilt")
    s.add_argument("zip", type=Path, metavar="IN.zip")
    s.add_argument("--json", action="store_true")
    add_original_parser(sub, common)

    s = sub.add_parser("admin", parents=[common], help="set up an office archive (--db URL): init, grant")
    admin = s.add_subparsers(dest="admin_command", required=True)
    admin.add_parser("init", parents=[common], help="create or migrate the office archive: tables and roles")
    g = admin.add_parser("grant", parents=[common], help="give an existing PostgreSQL login a role")
    g.add_argument("login")
    g.add_argument("role", choices=("reader", "archivist", "admin"))
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command. Output cut short by its reader (``… | head``) ends quietly, never in a traceback."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # Python would report the pipe again when it flushes stdout at exit: point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PIPE


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .ui.app import run_gui   # only the window needs Qt

        return run_gui(args.data_dir, args.lang or os.environ.get("ARCHIVE_APP_LANG"),   # None: remembered choice
                       db=args.db or os.environ.get("ARCHIVE_APP_DB") or None)
    lang = args.lang or os.environ.get("ARCHIVE_APP_LANG") or "vi"
    t = Texts(lang)
    from .core.paths import resolve_data_dir
    from .core.services import READ_ONLY, Archive
    from .cli_logging import send_logs_to_file

    send_logs_to_file()
    db = args.db or os.environ.get("ARCHIVE_APP_DB") or None
    try:
        if args.command == "admin":
            return cmd_admin(db, args, t)
        if args.command == "search" and not args.query.strip() and not any(
                (args.person, args.tag, args.kind, args.date_from, args.date_to)):
            print(t("Hãy nhập từ cần tìm hoặc một bộ lọc (--person, --tag, --kind, --from, --to).",
                    "Give a query or a filter (--person, --tag, --kind, --from, --to)."), file=sys.stderr)
            return EXIT_USAGE
        if args.command in FOLDER_COMMANDS:             # these open the data folder themselves
            args.office_db = db
            return FOLDER_COMMANDS[args.command](resolve_data_dir(args.data_dir), args, t)
        with Archive(resolve_data_dir(args.data_dir), db=db) as archive:
            if archive.read_only and args.command not in WRITE_COMMANDS:
                print(f"archive-app: {READ_ONLY[1] if t.en else READ_ONLY[0]}", file=sys.stderr)
            return COMMANDS[args.command](archive, args, t)
    except WriteRefused as exc:                         # the office archive's role: nothing was changed
        print(f"archive-app: {exc.message(lang)}", file=sys.stderr)
        return EXIT_USAGE
    except KnownError as exc:
        print(f"archive-app: {exc.message(lang)}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        raise
    except Exception as exc:
        from .core.errors import damaged_database, disk_full, refused_write

        refused = refused_write(exc)                    # PostgreSQL: the login's role refused a write
        if refused is not None:
            print(f"archive-app: {refused.message(lang)}", file=sys.stderr)
            return EXIT_USAGE
        known = damaged_database(exc) or disk_full(exc)     # SQLite: "malformed"; a full disk
        if known is None:
            raise
        print(f"archive-app: {known.message(lang)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=None) + "\n")


def cmd_import(archive, args, t) -> int:
    from .cli_output import import_json, import_item_line, print_import

    if any(not tag.strip() for tag in args.tag):
        print(t("Tên thẻ (--tag) không được để trống.", "A tag name (--tag) must not be empty."), file=sys.stderr)
        return EXIT_USAGE
    on_item = (lambda item: print(import_item_line(item, t), file=sys.stderr, flush=True)) if args.progress else None
    result = archive.import_paths(args.paths, tags=tuple(args.tag), on_item=on_item)
    if args.json:
        _print_json(import_json(result, t.en))
    else:
        print_import(result, t)
    if result.stopped is not None:      # one clear message, after the summary of what is stored
        print(f"archive-app: {result.stopped.message('en' if t.en else 'vi')}", file=sys.stderr)
    if result.index_behind:
        print(t("archive-app: chỉ mục tìm kiếm chưa theo kịp (ổ đĩa đầy); các báo cáo đã lưu sẽ tìm được khi có "
                "chỗ trống và chạy lại một lệnh bất kỳ",
                "archive-app: the search index could not follow (the disk is full); the stored reports become "
                "searchable once there is space and any command runs again"), file=sys.stderr)
    return EXIT_FAILED if result.failed or result.stopped else EXIT_OK


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
    changed = archive.tagging.change(args.ids, add=args.add, remove=args.remove).reports
    print(t(f"Đã cập nhật thẻ của {len(changed)} báo cáo.", f"Tags changed on {len(changed)} report(s)."))
    return EXIT_OK


def cmd_trash(archive, args, t) -> int:
    """Without options: what is in the trash. --move / --restore: one write each, all or nothing."""
    if args.move:
        n = len(archive.trash.move(args.move).reports)
        print(t(f"Đã chuyển {n} báo cáo vào thùng rác.", f"Moved {n} report(s) to the trash."))
    if args.restore:
        n = len(archive.trash.restore(args.restore).reports)
        print(t(f"Đã khôi phục {n} báo cáo từ thùng rác.", f"Restored {n} report(s) from the trash."))
    if args.move or args.restore:
        return EXIT_OK
    trashed = archive.trash.reports()
    if args.json:
        _print_json([{"id": r.id, "title": r.title, "date": r.date.isoformat() if r.date else None,
                      "deleted_at": r.deleted_at.isoformat()} for r in trashed])
    else:
        for r in trashed:
            print(f"{r.id}\t{r.deleted_at:%Y-%m-%d %H:%M}\t{r.title}")
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


def cmd_print(archive, args, t) -> int:
    from .core.files import refuse_inside
    from .core.render import highlight_terms

    refuse_inside(args.pdf, archive.paths.root)
    reports = list(archive.transfer.reports(args.ids))      # an unknown id fails before any Qt starts
    try:
        from .ui.printing import PrintOptions, ensure_gui, write_pdf
    except ImportError as exc:
        print(t(f"Không in được: thiếu thư viện Qt ({exc})", f"Cannot print: Qt libraries missing ({exc})"),
              file=sys.stderr)
        return EXIT_FAILED
    ensure_gui()
    options = PrintOptions(cover=not args.no_cover, terms=highlight_terms(args.highlight),
                           lang="en" if t.en else "vi")
    pages = write_pdf(reports, args.pdf, options)
    print(t(f"Đã in {len(reports)} báo cáo ({pages} trang) vào {args.pdf}",
            f"Printed {len(reports)} report(s) ({pages} pages) to {args.pdf}"))
    return EXIT_OK


def cmd_export(archive, args, t) -> int:
    from .cli_output import print_skipped

    if args.archive:
        if args.ids:
            print(t("--archive xuất toàn bộ kho; đừng kèm số báo cáo.",
                    "--archive exports the whole archive; give no report ids."), file=sys.stderr)
            return EXIT_USAGE
        c = archive.transfer.export_archive(args.archive)
        print(t(f"Đã xuất toàn bộ kho vào {args.archive}: {c['reports']} báo cáo, {c['originals']} tệp gốc, "
                f"{c['persons']} người, {c['tags']} thẻ.",
                f"Exported the whole archive to {args.archive}: {c['reports']} reports, {c['originals']} "
                f"originals, {c['persons']} persons, {c['tags']} tags."))
        print_skipped(c["reports_skipped"], c["originals_skipped"], t)
        return EXIT_FAILED if c["reports_skipped"] or c["originals_skipped"] else EXIT_OK
    ids = args.ids or None
    damaged: list[int] = []
    if args.json_out:
        target, n = args.json_out, archive.transfer.export_jsonl(args.json_out, ids, damaged=damaged)
    else:
        target, n = args.csv, archive.transfer.export_csv(args.csv, ids, lang="en" if t.en else "vi",
                                                          damaged=damaged)
    print(t(f"Đã xuất {n} báo cáo vào {target}", f"Exported {n} report(s) to {target}"))
    print_skipped(damaged, (), t)
    return EXIT_FAILED if damaged else EXIT_OK


def cmd_reindex(archive, args, t) -> int:
    from .cli_output import print_skipped

    n = archive.rebuild_index()
    print(t(f"Đã lập lại chỉ mục cho {n} báo cáo.", f"Re-indexed {n} report(s)."))
    print_skipped(archive.damaged_reports, (), t)
    return EXIT_FAILED if archive.damaged_reports else EXIT_OK


def cmd_check(data_dir, args, t) -> int:
    from .cli_output import check_json, print_check
    from .core.checking import unopenable
    from .core.errors import DatabaseDamaged
    from .core.services import Archive

    try:
        with Archive(data_dir, db=args.office_db) as archive:
            report = archive.check()
    except DatabaseDamaged as exc:          # the database cannot even be opened: still a report
        report = unopenable(exc)
    if args.json:
        _print_json(check_json(report, t.en))
    else:
        print_check(report, t, data_dir)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_backup(archive, args, t) -> int:
    from .cli_output import backup_json, print_backup

    if archive.office is not None:          # the office archive, zipped in the local backup's format
        from .core.office.transfer import backup_office

        result = backup_office(archive, args.out)
    else:
        result = archive.transfer.backup(args.out)
    if args.json:
        _print_json(backup_json(result))
    else:
        print_backup(result, t)
    return EXIT_OK if result.complete else EXIT_FAILED


def cmd_restore(data_dir, args, t) -> int:
    from .cli_output import print_restore, restore_json
    from .core.backup import restore

    if args.office_db:                      # into a new office archive (set up by admin init)
        from .core.office.transfer import restore_office
        from .core.storage.db import open_engine

        engine = open_engine(args.office_db)
        try:
            counts = restore_office(args.zip, engine)
        finally:
            engine.dispose()
        print(t(f"Đã khôi phục {counts.get('reports', 0)} báo cáo vào kho của cơ quan.",
                f"Restored {counts.get('reports', 0)} report(s) into the office archive."))
        return EXIT_OK
    result = restore(args.zip, data_dir)
    if args.json:
        _print_json(restore_json(result))
    else:
        print_restore(result, t)
    return EXIT_OK


# --- original: a report's stored file, byte for byte ---------------------------------------------
def add_original_parser(sub, common) -> None:
    s = sub.add_parser("original", parents=[common], help="write a report's original file, byte for byte")
    s.add_argument("id", type=int)
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    s.add_argument("--searchable", action="store_true",
                   help="the searchable PDF made from a scan instead of the scan itself")


def cmd_original(archive, args, t) -> int:
    from .core.errors import BadInput
    from .core.original_copy import save_original

    try:
        size = save_original(archive, args.id, args.out, "searchable" if args.searchable else "original")
    except BadInput as exc:                 # an output path inside the data folder
        print(f"archive-app: {exc.message('en' if t.en else 'vi')}", file=sys.stderr)
        return EXIT_USAGE
    print(t(f"Đã ghi {size} byte vào {args.out}", f"Wrote {size} bytes to {args.out}"))
    return EXIT_OK


def cmd_admin(db, args, t) -> int:
    from .core.office import admin

    if not db:
        print(t("Lệnh admin dành cho kho của cơ quan: hãy cho --db postgresql://… (hoặc ARCHIVE_APP_DB).",
                "admin works on an office archive: give --db postgresql://… (or ARCHIVE_APP_DB)."), file=sys.stderr)
        return EXIT_USAGE
    if args.admin_command == "init":
        archive_id = admin.init(db)
        print(t(f"Kho lưu trữ của cơ quan đã sẵn sàng (mã kho {archive_id}); vai trò: archive_reader, "
                "archive_archivist, archive_admin.",
                f"The office archive is ready (archive id {archive_id}); roles: archive_reader, archive_archivist, "
                "archive_admin."))
        return EXIT_OK
    admin.grant(db, args.login, args.role)
    print(t(f"Đã cấp vai trò {args.role} cho {args.login}.", f"Granted the role {args.role} to {args.login}."))
    return EXIT_OK


COMMANDS = {"import": cmd_import, "search": cmd_search, "show": cmd_show, "tag": cmd_tag, "trash": cmd_trash,
            "persons": cmd_persons, "tags": cmd_tags, "print": cmd_print, "export": cmd_export,
            "reindex": cmd_reindex, "backup": cmd_backup, "original": cmd_original}
FOLDER_COMMANDS = {"check": cmd_check, "restore": cmd_restore}     # given the data folder, not an open Archive
WRITE_COMMANDS = ("import", "tag", "reindex")   # on a read-only archive these fail with their own message


if __name__ == "__main__":
    sys.exit(main())
