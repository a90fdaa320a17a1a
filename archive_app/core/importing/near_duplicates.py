"""Near-duplicates: the same report saved twice with small edits (bottom-k MinHash of 4-syllable shingles)."""
from __future__ import annotations

import heapq
import zlib

from sqlalchemy.orm import Session

from ..storage.dialect import qmark
from ..vietnamese import SYLLABLE, fold_normalized

K = 32                  # sketch size
SHINGLE = 4             # syllables per shingle
THRESHOLD = 0.7         # estimated Jaccard similarity that counts as "the same report"


def sketch(text: str) -> list[int]:
    """The K smallest 32-bit hashes of the text's folded 4-syllable shingles."""
    words = SYLLABLE.findall(fold_normalized(text))
    if len(words) < SHINGLE:
        return [zlib.crc32(" ".join(words).encode("utf-8"))] if words else []
    # Every shingle hashed in C (a shingle seen twice hashes the same: one set of hashes is enough).
    hashes = set(map(zlib.crc32, map(str.encode, map(" ".join, zip(*(words[i:] for i in range(SHINGLE)))))))
    return sorted(hashes)[:K]


def similarity(a: list[int], b: list[int]) -> float:
    """Jaccard estimate from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(K, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def _rows(db, sql: str, params) -> list[tuple]:
    """Rows of one query on a Session or on a DB-API-like object (the import's ImportWriter)."""
    if isinstance(db, Session):
        conn = db.connection()
        return [tuple(r) for r in conn.exec_driver_sql(qmark(sql, conn.dialect), tuple(params)).all()]
    return db.execute(sql, params).fetchall()


def find_similar(db, sk: list[int]) -> int | None:
    """The live report most similar to a sketch, if above THRESHOLD (``db``: a Session or ImportWriter)."""
    if len(sk) < 8:
        return None
    need = max(4, len(sk) // 4)
    marks = ",".join("?" * len(sk))
    rows = _rows(db, f"SELECT report_id, count(*) AS n FROM report_sketch WHERE hash IN ({marks}) "
                     f"GROUP BY report_id HAVING count(*) >= ? ORDER BY n DESC LIMIT 5", (*sk, need))
    best, best_score = None, THRESHOLD
    for rid, _ in rows:
        deleted = _rows(db, "SELECT deleted_at FROM report WHERE id = ?", (rid,))
        if deleted and deleted[0][0] is not None:
            continue
        other = [h for (h,) in _rows(db, "SELECT hash FROM report_sketch WHERE report_id = ?", (rid,))]
        score = similarity(sk, other)
        if score >= best_score:
            best, best_score = rid, score
    return best


def store(db, report_id: int, sk: list[int]) -> None:
    """Keep a report's sketch (``db``: a Session or ImportWriter, in the caller's transaction)."""
    if sk:
        sql = "INSERT INTO report_sketch (hash, report_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
        rows = [(h, report_id) for h in sk]
        if isinstance(db, Session):
            conn = db.connection()
            conn.exec_driver_sql(qmark(sql, conn.dialect), rows)
        else:
            db.executemany(sql, rows)
