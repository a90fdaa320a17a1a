"""Near-duplicates: the same report saved twice with small edits (bottom-k MinHash of 4-syllable shingles)."""
from __future__ import annotations

import heapq
import zlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.schema import ReportRow, ReportSketchRow
from ..vietnamese import SYLLABLE, fold_normalized

K = 32                  # sketch size
SHINGLE = 4             # syllables per shingle
THRESHOLD = 0.7         # estimated Jaccard similarity that counts as "the same report"


def sketch(text: str) -> list[int]:
    """The K smallest 32-bit hashes of the text's folded 4-syllable shingles."""
    words = SYLLABLE.findall(fold_normalized(text))
    if len(words) < SHINGLE:
        shingles = {" ".join(words)} if words else set()
    else:
        shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = {zlib.crc32(s.encode("utf-8")) for s in shingles}
    return sorted(heapq.nsmallest(K, hashes))


def similarity(a: list[int], b: list[int]) -> float:
    """Jaccard estimate from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(K, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def find_similar(session: Session, sk: list[int]) -> int | None:
    """The live report most similar to a sketch, if above THRESHOLD."""
    if len(sk) < 8:
        return None
    need = max(4, len(sk) // 4)
    marks = ",".join("?" * len(sk))
    rows = session.connection().exec_driver_sql(
        f"SELECT report_id, count(*) AS n FROM report_sketch WHERE hash IN ({marks}) "
        f"GROUP BY report_id HAVING n >= ? ORDER BY n DESC LIMIT 5", (*sk, need)).all()
    best, best_score = None, THRESHOLD
    for rid, _ in rows:
        if session.scalar(select(ReportRow.deleted_at).where(ReportRow.id == rid)) is not None:
            continue
        other = list(session.scalars(select(ReportSketchRow.hash).where(ReportSketchRow.report_id == rid)))
        score = similarity(sk, other)
        if score >= best_score:
            best, best_score = rid, score
    return best


def store(session: Session, report_id: int, sk: list[int]) -> None:
    if sk:
        session.connection().exec_driver_sql(
            "INSERT OR IGNORE INTO report_sketch (hash, report_id) VALUES (?, ?)", [(h, report_id) for h in sk])
