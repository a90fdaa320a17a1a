"""Shapes of the CLI's JSON output (DESIGN.md §6) and its human-readable text."""
from __future__ import annotations

import re

from .core.models import CheckReport, ImportResult, Report, SearchResult

# Control characters (escape sequences, newlines, bidi overrides) and lone surrogates (a file name that
# is not UTF-8) are shown as \xNN / \uNNNN: a hostile file name must not drive the terminal.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def terminal_safe(text) -> str:
    """``text`` for one line of a terminal: nothing in it is a control character."""
    def escape(m: re.Match) -> str:
        c = ord(m.group())
        if 0xDC80 <= c <= 0xDCFF:                  # a byte that was not UTF-8 (surrogateescape)
            return f"\\x{c - 0xDC00:02x}"
        return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
    return _UNSAFE.sub(escape, str(text))


def _error(item, en: bool) -> str:
    return (item.error_en if en else item.error_vi) or ""


def import_json(result: ImportResult, en: bool = False) -> dict:
    return {
        "imported": [{"path": i.path, "id": i.id, "title": i.title} for i in result.imported],
        "duplicates": [{"path": i.path, "id": i.id} for i in result.duplicates],
        "failed": [{"path": i.path, "error": _error(i, en)} for i in result.failed],
    }


def import_item_line(item, t) -> str:
    """One finished import item, as ``import --progress`` prints it the moment it is stored."""
    path = terminal_safe(item.path)
    if item.status == "imported":
        return t(f"đã nhập số {item.id}: {path}", f"imported #{item.id}: {path}")
    if item.status == "duplicate":
        return t(f"trùng số {item.id}: {path}", f"duplicate of #{item.id}: {path}")
    return t(f"lỗi: {path}: {_error(item, False)}", f"failed: {path}: {_error(item, True)}")


def print_import(result: ImportResult, t) -> None:
    stop = result.stopped.message("en" if t.en else "vi") if result.stopped is not None else None
    unsaved = [i for i in result.failed if stop is not None and _error(i, t.en) == stop]
    for i in result.failed:
        if i not in unsaved:          # the reason that stopped the batch is said once, below
            print(f"{terminal_safe(i.path)}: {_error(i, t.en)}")
    for i in result.duplicates:
        path = terminal_safe(i.path)
        print(t(f"{path}: trùng với báo cáo số {i.id}, bỏ qua", f"{path}: duplicate of report {i.id}, skipped"))
    for i in result.imported:
        if i.similar_to:
            path = terminal_safe(i.path)
            print(t(f"{path}: gần giống báo cáo số {i.similar_to}", f"{path}: similar to report {i.similar_to}"))
    print(t(f"Đã nhập {len(result.imported)}, trùng {len(result.duplicates)}, lỗi {len(result.failed)}.",
            f"Imported {len(result.imported)}, duplicates {len(result.duplicates)}, failed {len(result.failed)}."))
    if stop is not None:
        print(t(f"Đã dừng: {len(unsaved)} mục chưa lưu được, {result.not_tried} mục chưa nhập.",
                f"Stopped: {len(unsaved)} item(s) could not be stored, {result.not_tried} not tried."))


def search_json(result: SearchResult) -> dict:
    out = {"total": result.total, "hits": [{
        "id": h.summary.id, "title": h.summary.title,
        "date": h.summary.date.isoformat() if h.summary.date else None,
        "score": round(h.score, 4), "snippet": h.snippet,
        "persons": list(h.summary.persons), "tags": list(h.summary.tags)} for h in result.hits]}
    if result.folded_total is not None:          # the query has marks (DESIGN.md §5–6)
        out["folded_total"] = result.folded_total
    return out


def dmy(d) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def print_search(result: SearchResult, t) -> None:
    print(t(f"{result.total} kết quả", f"{result.total} result(s)"))
    wider = result.folded_total
    if wider is not None and wider > result.total:      # never widen silently: say so
        print(t(f"{wider} kết quả khi bỏ dấu (gõ không dấu để xem)",
                f"{wider} result(s) without diacritics (type the query without marks to see them)"))
    for h in result.hits:
        s = h.summary
        print(f"\n#{s.id}  {dmy(s.date)}  {terminal_safe(s.title)}")
        if s.persons:
            print("    " + terminal_safe(", ".join(s.persons)))
        print(f"    {terminal_safe(h.snippet)}")


def report_json(r: Report) -> dict:
    return {
        "id": r.id, "title": r.title, "date": r.date.isoformat() if r.date else None, "kind": r.kind,
        "organisation": r.organisation, "author": r.author, "body": r.body,
        "persons": [{"name": p.name, "role": p.role, "chair": p.chair} for p in r.persons],
        "tags": list(r.tags),
        "source": {"name": r.source_name, "format": r.source_format, "sha256": r.original_sha256,
                   **({"ocr": {"engine": r.ocr.engine, "languages": r.ocr.languages,
                               "confidence": r.ocr.confidence}} if r.ocr else {})},
    }


def print_report(r: Report, t) -> None:
    print(f"#{r.id}  {r.title}")
    print(t(f"Ngày họp: {dmy(r.date)}   Loại: {r.kind or '—'}", f"Date: {dmy(r.date)}   Kind: {r.kind or '—'}"))
    if r.organisation:
        print(t(f"Cơ quan: {r.organisation}", f"Organisation: {r.organisation}"))
    if r.ocr:
        confidence = f"{r.ocr.confidence:.0f}" if r.ocr.confidence is not None else "?"
        print(t(f"Bản quét, đọc bằng OCR: {r.ocr.engine}, {r.ocr.languages}, độ tin cậy {confidence}/100",
                f"Scan read by OCR: {r.ocr.engine}, {r.ocr.languages}, confidence {confidence}/100"))
    for p in r.persons:
        chair = t(" (chủ trì)", " (chair)") if p.chair else ""
        print(f"  • {p.name}" + (f" – {p.role}" if p.role else "") + chair)
    if r.tags:
        print(t("Thẻ: ", "Tags: ") + ", ".join(r.tags))
    print()
    print(r.body)
    if r.author:
        print(f"\n– {r.author} –")


REMEDIES = {   # what the user does about a problem of ``check`` (CheckProblem.action), from the command line
    "reindex": ("chạy “archive-app reindex” để lập lại chỉ mục tìm kiếm từ cơ sở dữ liệu (không mất gì)",
                "run 'archive-app reindex' to rebuild the search index from the database (nothing is lost)"),
    "restore": (("khôi phục bản sao lưu gần nhất vào một thư mục mới: archive-app restore BẢN_SAO.zip "
                 "--data-dir THƯ_MỤC_MỚI; chưa có bản sao lưu thì xuất ngay những gì còn đọc được: "
                 "archive-app export --archive OUT.zip"),
                ("restore your latest backup into a new folder: archive-app restore BACKUP.zip --data-dir "
                 "NEW_FOLDER; without a backup, export what can still be read now: archive-app export --archive "
                 "OUT.zip")),
    "restore_files": (("khôi phục bản sao lưu gần nhất vào một thư mục mới (archive-app restore BẢN_SAO.zip "
                       "--data-dir THƯ_MỤC_MỚI) rồi chép các tệp dưới đây từ thư mục đó về kho này, cùng đường dẫn"),
                      ("restore your latest backup into a new folder (archive-app restore BACKUP.zip --data-dir "
                       "NEW_FOLDER) and copy the files below from it into this archive, same paths")),
}


def remedy(problem, en: bool) -> str:
    key = "restore_files" if problem.code in ("original_missing", "original_damaged") else problem.action
    vi, english = REMEDIES[key]
    return english if en else vi


def check_json(c: CheckReport, en: bool = False) -> dict:
    return {"ok": c.ok, "database_ok": c.database_ok, "database_readable": c.database_readable,
            "database_problems": list(c.database_problems),
            "reports": c.reports, "indexed": c.indexed, "pending_in_index": c.pending_in_index,
            "index_ok": c.index_ok, "missing_in_index": list(c.missing_in_index),
            "stale_in_index": list(c.stale_in_index), "orphans_in_index": list(c.orphans_in_index),
            "fixity": c.fixity, "originals_checked": c.originals_checked, "originals_bad": list(c.originals_bad),
            "originals_missing": list(c.originals_missing), "originals_damaged": list(c.originals_damaged),
            "leftovers_removed": list(c.leftovers), "damaged_reports": list(c.damaged_reports),
            "read_only": c.read_only, "database": "postgresql" if c.office else "sqlite", "office": c.office or None,
            "problems": [{"code": p.code, "message": p.message("en" if en else "vi"), "action": p.action,
                          "remedy": remedy(p, en), "items": list(p.items), "reports": list(p.reports)}
                         for p in c.problems],
            "messages": list(c.messages)}


def print_check(c: CheckReport, t, data_dir=None) -> None:
    """What was checked with its counts, then each problem with what to do about it."""
    if data_dir is not None:
        print(t(f"Kiểm tra kho lưu trữ {data_dir}", f"Checking the archive in {data_dir}"))
    if c.read_only:
        print(t("  Thư mục dữ liệu chỉ đọc: kiểm được, nhưng không sửa được gì ở đây",
                "  The data folder is read-only: it can be checked, but nothing can be repaired in place"))
    if c.leftovers:
        print(t(f"  Đã dọn {len(c.leftovers)} tệp do chương trình bị dừng đột ngột để lại:",
                f"  Removed {len(c.leftovers)} file(s) left by a program that was killed:"))
        for path in c.leftovers[:20]:
            print(f"       {terminal_safe(path)}")
    good, bad = t("tốt", "ok"), t("CÓ LỖI", "PROBLEMS")
    if c.office:            # the server keeps its own pages and keys; what was read here is every row
        print(t(f"  Cơ sở dữ liệu PostgreSQL {c.office} (đọc mọi báo cáo và tệp gốc): ",
                f"  PostgreSQL database {c.office} (every report and original read): ")
              + (good if c.database_ok else bad))
    else:
        print(t("  Cơ sở dữ liệu SQLite (integrity_check, foreign_key_check): ",
                "  SQLite database (integrity_check, foreign_key_check): ") + (good if c.database_ok else bad))
    if not c.database_readable:
        print(t("  Chỉ mục tìm kiếm và tệp gốc: không kiểm được vì cơ sở dữ liệu không đọc được",
                "  Search index and originals: not checked, the database cannot be read"))
    else:
        pending = t(f", {c.pending_in_index} thay đổi đang chờ lập chỉ mục",
                    f", {c.pending_in_index} change(s) waiting to be indexed") if c.pending_in_index else ""
        print(t(f"  Chỉ mục tìm kiếm: {c.reports} báo cáo trong cơ sở dữ liệu, {c.indexed} trong chỉ mục{pending}: ",
                f"  Search index: {c.reports} report(s) in the database, {c.indexed} in the index{pending}: ")
              + (good if c.index_ok else bad))
        if c.fixity:
            n_bad = len(c.originals_bad)
            print(t(f"  Tệp gốc (SHA-256): đã kiểm {c.originals_checked}, đúng {c.originals_checked - n_bad}, "
                    f"thiếu {len(c.originals_missing)}, hỏng {len(c.originals_damaged)}",
                    f"  Original files (SHA-256): {c.originals_checked} checked, {c.originals_checked - n_bad} "
                    f"intact, {len(c.originals_missing)} missing, {len(c.originals_damaged)} damaged"))
        else:
            print(t("  Tệp gốc: không kiểm SHA-256", "  Original files: SHA-256 not checked"))
    if c.ok:
        print(t("Kết quả: TỐT, không có vấn đề nào.", "Result: OK, no problems found."))
        return
    print(t(f"Kết quả: CÓ {len(c.problems)} VẤN ĐỀ", f"Result: {len(c.problems)} PROBLEM(S)"))
    for n, p in enumerate(c.problems, start=1):
        print(f"  {n}. {p.message('en' if t.en else 'vi')}")
        print("     → " + t("Cách sửa: ", "What to do: ") + remedy(p, t.en))
        if p.code in ("original_missing", "original_damaged"):
            for sha in p.items[:20]:
                print(f"       originals/{sha[:2]}/{sha}")
            if len(p.items) > 20:
                print(t(f"       … và {len(p.items) - 20} tệp nữa (xem --json)",
                        f"       … and {len(p.items) - 20} more (see --json)"))


def print_skipped(reports, originals, t) -> None:
    """Reports and originals a reader stepped around (damaged), each named, on stderr."""
    import sys

    if reports:
        ids = ", ".join(map(str, reports))
        print(t(f"Cảnh báo: bỏ qua {len(reports)} báo cáo có văn bản bị hỏng trong cơ sở dữ liệu: số {ids} "
                "(chạy “archive-app check”)",
                f"Warning: skipped {len(reports)} report(s) whose text is damaged in the database: no. {ids} "
                "(run 'archive-app check')"), file=sys.stderr)
    for sha in originals:
        name = terminal_safe(repr(sha)[1:-1])
        print(t(f"Cảnh báo: bỏ qua tệp gốc {name} (thiếu, hoặc tên không phải SHA-256)",
                f"Warning: skipped the original {name} (missing, or its name is not a SHA-256)"), file=sys.stderr)


def backup_json(r) -> dict:
    return {"path": str(r.path), "size": r.size, "members": r.members, "complete": r.complete,
            "format_version": r.manifest.get("format_version"), "app_version": r.manifest.get("app_version"),
            "created_at": r.manifest.get("created_at"), "counts": dict(r.counts),
            "originals_missing": list(r.originals_missing), "originals_damaged": list(r.originals_damaged),
            "damaged_reports": list(r.damaged_reports)}


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def print_backup(r, t) -> None:
    c = r.counts
    print(t(f"Đã sao lưu kho vào {r.path} ({_size(r.size)}): {c['reports']} báo cáo, {c['reports_in_trash']} "
            f"trong thùng rác, {c['originals']} tệp gốc, {c['persons']} người, {c['tags']} thẻ.",
            f"Backed up the archive to {r.path} ({_size(r.size)}): {c['reports']} report(s), "
            f"{c['reports_in_trash']} in the trash, {c['originals']} original file(s), {c['persons']} person(s), "
            f"{c['tags']} tag(s)."))
    for label_vi, label_en, shas in (("thiếu", "missing", r.originals_missing),
                                     ("hỏng", "damaged", r.originals_damaged)):
        for sha in shas:
            print(t(f"Cảnh báo: tệp gốc {sha[:12]}… {label_vi}, không có trong bản sao lưu (chạy “archive-app check”)",
                    f"Warning: original {sha[:12]}… is {label_en}, not in the backup (run 'archive-app check')"))
    if r.damaged_reports:
        ids = ", ".join(map(str, r.damaged_reports))
        print(t(f"Cảnh báo: văn bản của báo cáo số {ids} bị hỏng trong cơ sở dữ liệu và được sao lưu nguyên như thế "
                "(chạy “archive-app check”)",
                f"Warning: the text of report no. {ids} is damaged in the database and was backed up as it is "
                "(run 'archive-app check')"))


def restore_json(r) -> dict:
    return {"data_dir": str(r.data_dir), "counts": dict(r.counts), "indexed": r.indexed,
            "damaged_reports": list(r.damaged_reports),
            "created_at": r.manifest.get("created_at"), "app_version": r.manifest.get("app_version")}


def print_restore(r, t) -> None:
    c = r.counts
    print(t(f"Đã khôi phục bản sao lưu ngày {r.manifest.get('created_at', '?')[:10]} vào {r.data_dir}: "
            f"{c.get('reports', 0)} báo cáo, {c.get('originals', 0)} tệp gốc; chỉ mục tìm kiếm đã lập lại "
            f"cho {r.indexed} báo cáo.",
            f"Restored the backup of {r.manifest.get('created_at', '?')[:10]} into {r.data_dir}: "
            f"{c.get('reports', 0)} report(s), {c.get('originals', 0)} original file(s); the search index was "
            f"rebuilt for {r.indexed} report(s)."))
    print_skipped(r.damaged_reports, (), t)
