"""Baseline: SQLite FTS5 (unicode61, remove_diacritics 2) over a pre-folded copy of the documents.

Title and body are folded with the archive's own fold (marks stripped, đ → d, lower case; the fold
keeps offsets, so a real product could map FTS5 snippets back onto the original text). The meeting
date is an UNINDEXED column, filtered with a WHERE next to the MATCH.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from _queries import Doc, Query, folded_terms

from archive_app.core.vietnamese import fold_normalized

SCHEMA = ("CREATE VIRTUAL TABLE docs USING fts5(title, body, date UNINDEXED, "
          "tokenize='unicode61 remove_diacritics 2')")
SEARCH = ("SELECT rowid, title, date, snippet(docs, 1, '[', ']', '…', 48) FROM docs "
          "WHERE docs MATCH ?{where} ORDER BY bm25(docs) LIMIT 10")
COUNT = "SELECT count(*) FROM docs WHERE docs MATCH ?{where}"
DATE_WHERE = " AND date BETWEEN ? AND ?"


def build(path: Path, docs: list[Doc]) -> dict:
    """Create the FTS5 database (fold + insert + optimize, timed together); returns rate and size."""
    if path.exists():
        path.unlink()
    started = time.perf_counter()
    con = sqlite3.connect(path)
    con.execute(SCHEMA)
    with con:
        con.executemany("INSERT INTO docs(rowid, title, body, date) VALUES (?, ?, ?, ?)",
                        ((d.id, *_fold_title_body(d.text), d.date) for d in docs))
        con.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    con.close()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rate": len(docs) / seconds, "size_bytes": path.stat().st_size}


def _fold_title_body(text: str) -> tuple[str, str]:
    title, _, body = text.partition("\n")
    return fold_normalized(title), fold_normalized(body)


def match_expression(q: Query) -> str:
    """AND of folded terms; a quoted query is one FTS5 phrase."""
    terms = folded_terms(q.text)
    if q.text.startswith('"'):
        return '"' + " ".join(terms) + '"'
    return " AND ".join(f'"{t}"' for t in terms)


def _args(q: Query) -> tuple[str, tuple]:
    if q.date_from or q.date_to:
        return DATE_WHERE, (match_expression(q), q.date_from or "0000-00-00", q.date_to or "9999-12-31")
    return "", (match_expression(q),)


class Fts5Searcher:
    def __init__(self, path: Path):
        self.con = sqlite3.connect(path)

    def search(self, q: Query) -> list[tuple]:
        where, args = _args(q)
        return self.con.execute(SEARCH.format(where=where), args).fetchall()

    def count(self, q: Query) -> int:
        where, args = _args(q)
        return self.con.execute(COUNT.format(where=where), args).fetchone()[0]

    def close(self) -> None:
        self.con.close()


def run_queries(path: Path, queries: dict[str, list[Query]]) -> dict[str, list[dict]]:
    """Time every query (top 10 with snippets, ordered by bm25) after one warm-up; hits counted untimed."""
    fts = Fts5Searcher(path)
    try:
        first = next((qs[0] for qs in queries.values() if qs), None)
        if first:
            fts.search(first)
        out: dict[str, list[dict]] = {}
        for cls, qs in queries.items():
            rows = []
            for q in qs:
                w0, c0 = time.perf_counter(), time.process_time()
                top = fts.search(q)
                ms, cpu_ms = (time.perf_counter() - w0) * 1000, (time.process_time() - c0) * 1000
                rows.append({"query": q.text, "ms": ms, "cpu_ms": cpu_ms, "hits": fts.count(q),
                             "first": top[0][3] if top else None})
            out[cls] = rows
        return out
    finally:
        fts.close()
