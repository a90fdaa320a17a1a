"""A report as HTML: one rendering for the reader pane and for printing (DESIGN.md §2).

The HTML is the subset Qt's rich text understands (inline styles, simple tables). Every piece of
text is escaped; the output never holds a script, a link to follow or a remote resource. Search
hits are marked with the app's one fold (``match_spans``), so "dan van" marks "dân vận".
"""
from __future__ import annotations

import datetime as dt
import re
from html import escape

from .models import Report
from .search.snippet import match_spans, merge_spans

HIT_COLOUR = "#fff176"
CHIP_COLOUR = "#e3ecf7"
BODY_ANCHOR = "body"          # marks where the body starts (the reader counts hits from here)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")

LABELS = {
    "vi": {"date": "Ngày họp", "kind": "Loại", "organisation": "Cơ quan", "location": "Địa điểm",
           "persons": "Thành phần", "chair": "chủ trì", "tags": "Thẻ", "archive_id": "Số lưu trữ",
           "source": "Nguồn", "author": "Người viết", "page": "Trang", "printed": "In ngày",
           "contents": "Danh mục báo cáo", "count": "{n} báo cáo", "no": "TT", "title": "Tên báo cáo",
           "no_date": "không ngày", "archive": "Lưu trữ biên bản họp", "trashed": "Trong thùng rác"},
    "en": {"date": "Meeting date", "kind": "Kind", "organisation": "Organisation", "location": "Place",
           "persons": "Persons", "chair": "chair", "tags": "Tags", "archive_id": "Archive no.",
           "source": "Source", "author": "Written by", "page": "Page", "printed": "Printed on",
           "contents": "List of reports", "count": "{n} report(s)", "no": "No.", "title": "Title",
           "no_date": "no date", "archive": "Meeting report archive", "trashed": "In the trash"},
}


def labels(lang: str = "vi") -> dict[str, str]:
    """The document's labels in ``lang`` (Vietnamese unless "en")."""
    return LABELS["en" if lang == "en" else "vi"]


def dmy(value: dt.date | None) -> str:
    """dd/mm/yyyy, or an empty string."""
    return value.strftime("%d/%m/%Y") if value else ""


def highlight_terms(query: str) -> frozenset[str]:
    """What a search query highlights, by the matching rule (``ParsedQuery.highlight_terms``)."""
    from .search import parse_query

    return parse_query(query).highlight_terms() if query.strip() else frozenset()


def marked(text: str, terms=frozenset()) -> str:
    """``text`` escaped, with every match of ``terms`` (``highlight_terms``) on a yellow background."""
    text = text or ""
    out, pos = [], 0
    for a, b in merge_spans(text, match_spans(text, frozenset(terms))) if terms else ():
        out.append(escape(text[pos:a]))
        out.append(f'<span style="background-color:{HIT_COLOUR}">{escape(text[a:b])}</span>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def paragraphs(body: str) -> list[str]:
    """Paragraphs of a body: separated by blank lines (single line breaks stay inside)."""
    parts = re.split(r"\n[ \t]*\n", (body or "").strip())
    return [p.strip("\n") for p in parts if p.strip()]


def safe_colour(colour: str | None, default: str = CHIP_COLOUR) -> str:
    """A ``#rrggbb`` colour, or ``default`` for anything else (never raw text in a style)."""
    return colour if colour and _COLOUR.fullmatch(colour) else default


def ink(colour: str) -> str:
    """Black or white text, whichever reads better on ``colour``."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#000000" if (max(r, g, b) + min(r, g, b)) / 2 > 140 else "#ffffff"


def _row(label: str, value_html: str) -> str:
    return (f'<tr><td style="color:#555555; padding-right:10px" valign="top">{escape(label)}</td>'
            f'<td valign="top">{value_html}</td></tr>')


def _persons_html(report: Report, terms, lab: dict[str, str]) -> str:
    lines = []
    for p in report.persons:
        line = f"<b>{marked(p.name, terms)}</b>"
        if p.role:
            line += f" – {escape(p.role)}"
        if p.chair:
            line += f" <i>({escape(lab['chair'])})</i>"
        lines.append(line)
    return "<br/>".join(lines)


def _tags_html(tags, tag_colours: dict | None) -> str:
    chips = []
    for name in tags:
        colour = safe_colour((tag_colours or {}).get(name))
        chips.append(f'<span style="background-color:{colour}; color:{ink(colour)}">'
                     f'&nbsp;{escape(name)}&nbsp;</span>')
    return "&nbsp; ".join(chips)


def header_rows(report: Report, terms=frozenset(), tag_colours: dict | None = None,
                lang: str = "vi") -> list[str]:
    """Table rows of the metadata block: date, kind, organisation, place, persons, tags, archive no."""
    lab = labels(lang)
    rows = []
    for key, value in (("date", dmy(report.date)), ("kind", report.kind),
                       ("organisation", report.organisation), ("location", report.location)):
        if value:
            rows.append(_row(lab[key], escape(value)))
    if report.persons:
        rows.append(_row(lab["persons"], _persons_html(report, terms, lab)))
    if report.tags:
        rows.append(_row(lab["tags"], _tags_html(report.tags, tag_colours)))
    archive_no = f"<b>{report.id}</b>"
    if report.source_ref:
        archive_no += f' <span style="color:#555555">({escape(lab["source"])}: {escape(report.source_ref)})</span>'
    rows.append(_row(lab["archive_id"], archive_no))
    if report.deleted_at is not None:
        rows.append(_row("", f'<span style="color:#b00020">{escape(lab["trashed"])}</span>'))
    return rows


def report_html(report: Report, terms=frozenset(), *, tag_colours: dict | None = None,
                lang: str = "vi", printing: bool = False) -> str:
    """The whole report: title, metadata block, body paragraphs, author; hits of ``terms`` marked."""
    terms = frozenset(terms or ())
    size = "16pt" if printing else "15pt"
    title = f'<p style="font-size:{size}; font-weight:bold; margin-bottom:6px">{marked(report.title, terms)}</p>'
    parts = [title,
             '<table cellspacing="0" cellpadding="2" style="margin-bottom:6px">',
             *header_rows(report, terms, tag_colours, lang), "</table>", "<hr/>"]
    gap = "8px" if printing else "6px"
    for i, para in enumerate(paragraphs(report.body)):
        anchor = f'<a name="{BODY_ANCHOR}"></a>' if i == 0 else ""
        text = marked(para, terms).replace("\n", "<br/>")
        parts.append(f'<p align="justify" style="margin-top:0; margin-bottom:{gap}">{anchor}{text}</p>')
    if report.author:
        parts.append(f'<p align="right" style="margin-top:12px"><i>{escape(labels(lang)["author"])}: '
                     f"{escape(report.author)}</i></p>")
    return "\n".join(parts)


def cover_html(entries, lang: str = "vi", printed_on: dt.date | None = None) -> str:
    """The cover page: a numbered list of (report, first page) with dates and archive numbers."""
    lab = labels(lang)
    head = (f'<p style="font-size:16pt; font-weight:bold" align="center">{escape(lab["contents"])}</p>'
            f'<p align="center" style="color:#555555">{escape(lab["count"].format(n=len(entries)))}'
            + (f" · {escape(lab['printed'])} {dmy(printed_on)}" if printed_on else "") + "</p>")
    align = {"no": "left", "title": "left", "date": "left", "archive_id": "right", "page": "right"}
    rows = ["<tr>" + "".join(f'<th align="{a}">{escape(lab[k])}</th>' for k, a in align.items()) + "</tr>"]
    for n, (report, page) in enumerate(entries, start=1):
        rows.append(f'<tr><td valign="top">{n}</td><td valign="top">{escape(report.title)}</td>'
                    f'<td valign="top">{dmy(report.date) or escape(lab["no_date"])}</td>'
                    f'<td valign="top" align="right">{report.id}</td><td valign="top" align="right">{page}</td></tr>')
    table = f'<hr/><table width="100%" cellspacing="0" cellpadding="4">{"".join(rows)}</table><hr/>'
    return head + table
