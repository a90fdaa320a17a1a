"""Shapes of the CLI's JSON output (DESIGN.md §6) and its human-readable text."""
from __future__ import annotations

from .core.models import CheckReport, ImportResult, Report, SearchResult


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
    if item.status == "imported":
        return t(f"đã nhập số {item.id}: {item.path}", f"imported #{item.id}: {item.path}")
    if item.status == "duplicate":
        return t(f"trùng số {item.id}: {item.path}", f"duplicate of #{item.id}: {item.path}")
    return t(f"lỗi: {item.path}: {_error(item, False)}", f"failed: {item.path}: {_error(item, True)}")


def print_import(result: ImportResult, t) -> None:
    for i in result.failed:
        print(f"{i.path}: {_error(i, t.en)}")
    for i in result.duplicates:
        print(t(f"{i.path}: trùng với báo cáo số {i.id}, bỏ qua", f"{i.path}: duplicate of report {i.id}, skipped"))
    for i in result.imported:
        if i.similar_to:
            print(t(f"{i.path}: gần giống báo cáo số {i.similar_to}", f"{i.path}: similar to report {i.similar_to}"))
    print(t(f"Đã nhập {len(result.imported)}, trùng {len(result.duplicates)}, lỗi {len(result.failed)}.",
            f"Imported {len(result.imported)}, duplicates {len(result.duplicates)}, failed {len(result.failed)}."))


def search_json(result: SearchResult) -> dict:
    return {"total": result.total, "hits": [{
        "id": h.summary.id, "title": h.summary.title,
        "date": h.summary.date.isoformat() if h.summary.date else None,
        "score": round(h.score, 4), "snippet": h.snippet,
        "persons": list(h.summary.persons), "tags": list(h.summary.tags)} for h in result.hits]}


def dmy(d) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def print_search(result: SearchResult, t) -> None:
    print(t(f"{result.total} kết quả", f"{result.total} result(s)"))
    for h in result.hits:
        s = h.summary
        print(f"\n#{s.id}  {dmy(s.date)}  {s.title}")
        if s.persons:
            print("    " + ", ".join(s.persons))
        print(f"    {h.snippet}")


def report_json(r: Report) -> dict:
    return {
        "id": r.id, "title": r.title, "date": r.date.isoformat() if r.date else None, "kind": r.kind,
        "organisation": r.organisation, "author": r.author, "body": r.body,
        "persons": [{"name": p.name, "role": p.role, "chair": p.chair} for p in r.persons],
        "tags": list(r.tags),
        "source": {"name": r.source_name, "format": r.source_format, "sha256": r.original_sha256},
    }


def print_report(r: Report, t) -> None:
    print(f"#{r.id}  {r.title}")
    print(t(f"Ngày họp: {dmy(r.date)}   Loại: {r.kind or '—'}", f"Date: {dmy(r.date)}   Kind: {r.kind or '—'}"))
    if r.organisation:
        print(t(f"Cơ quan: {r.organisation}", f"Organisation: {r.organisation}"))
    for p in r.persons:
        chair = t(" (chủ trì)", " (chair)") if p.chair else ""
        print(f"  • {p.name}" + (f" – {p.role}" if p.role else "") + chair)
    if r.tags:
        print(t("Thẻ: ", "Tags: ") + ", ".join(r.tags))
    print()
    print(r.body)
    if r.author:
        print(f"\n– {r.author} –")


def check_json(c: CheckReport) -> dict:
    return {"ok": c.ok, "database_ok": c.database_ok, "reports": c.reports, "indexed": c.indexed,
            "missing_in_index": list(c.missing_in_index), "stale_in_index": list(c.stale_in_index),
            "orphans_in_index": list(c.orphans_in_index), "originals_checked": c.originals_checked,
            "originals_bad": list(c.originals_bad), "messages": list(c.messages)}


def print_check(c: CheckReport, t) -> None:
    print(t(f"Cơ sở dữ liệu: {'tốt' if c.database_ok else 'HỎNG'}", f"Database: {'ok' if c.database_ok else 'DAMAGED'}"))
    print(t(f"Báo cáo: {c.reports}, trong chỉ mục: {c.indexed}", f"Reports: {c.reports}, indexed: {c.indexed}"))
    for label_vi, label_en, ids in (("Thiếu trong chỉ mục", "Missing from index", c.missing_in_index),
                                    ("Chỉ mục cũ", "Stale in index", c.stale_in_index),
                                    ("Thừa trong chỉ mục", "Orphans in index", c.orphans_in_index)):
        if ids:
            print(t(label_vi, label_en) + ": " + ", ".join(map(str, ids[:50])) + (" …" if len(ids) > 50 else ""))
    print(t(f"Tệp gốc đã kiểm: {c.originals_checked}, hỏng: {len(c.originals_bad)}",
            f"Originals checked: {c.originals_checked}, bad: {len(c.originals_bad)}"))
    for m in c.messages:
        print(m)
    print(t("Kết quả: TỐT" if c.ok else "Kết quả: CÓ LỖI (chạy 'archive-app reindex' để lập lại chỉ mục)",
            "Result: OK" if c.ok else "Result: PROBLEMS (run 'archive-app reindex' to rebuild the index)"))
