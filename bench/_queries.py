"""The benchmark's documents (corpus → JSON Lines, archive database → Doc) and its queries.

Queries are drawn reproducibly (seeded) from the imported documents themselves.

Seven classes (see README.md): single syllable, two-syllable word, person name, folded two-syllable
word, three-word AND, quoted four-syllable phrase, two-syllable word with a one-year date filter.
A "two-syllable word" is two alphabetic syllables separated by one space in the text whose
lower-cased pair occurs (adjacent) in 20–2000 documents.
"""
from __future__ import annotations

import gzip
import itertools
import json
import random
import re
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from archive_app.core.vietnamese import fold_normalized, has_marks

CLASSES = ("single", "word2", "person", "folded2", "and3", "phrase4", "dated")
LABELS = {
    "single": "single syllable", "word2": "two-syllable word", "person": "person name",
    "folded2": "folded two-syllable word", "and3": "three-word AND", "phrase4": 'quoted phrase (4 syll.)',
    "dated": "word + one-year date filter",
}
DF_MIN, DF_MAX = 20, 2000
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
TOKEN = re.compile(r"[^\W_]+")
NAME = re.compile(rf"(?<![^\W_])(?:{'|'.join(SURNAMES)}) [^\W\d_]+ [^\W\d_]+(?![^\W_])")


@dataclass(frozen=True)
class Doc:
    id: int
    text: str            # title + "\n" + body, as stored by the archive (normalized)
    date: str | None     # ISO meeting date or None


@dataclass(frozen=True)
class Query:
    cls: str
    text: str
    date_from: str | None = None
    date_to: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def write_jsonl(corpus: Path, n: int, target: Path, skip_understanding: bool) -> dict:
    """The first ``n`` corpus documents as `archive-app import` JSON Lines; returns counts and text size.

    Past the end of the corpus (30,000 documents) new documents are recombined from real ones: the
    title, date and first half of the paragraphs of one document, then the second half of another's
    (seeded), so that every text is real Vietnamese and no two are the same.
    """
    text_bytes = count = 0
    seen: list[dict] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as src, open(target, "w", encoding="utf-8") as dst:
        def emit(doc: dict) -> None:
            nonlocal text_bytes, count
            row = {"id": doc["id"], "title": doc.get("title") or "", "body": doc.get("body") or ""}
            if doc.get("date") or skip_understanding:
                row["date"] = doc.get("date")
            if skip_understanding:    # every field given: the report parser is not called
                row.update(persons=[], kind=None, organisation=None, author=None, keywords=[], summary=None)
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
            text_bytes += len((row["title"] + row["body"]).encode("utf-8"))
            count += 1

        for line in src:
            if count == n:
                break
            doc = json.loads(line)
            emit(doc)
            if n > 30_000:
                seen.append(doc)
        rng = random.Random(n)
        while count < n and seen:
            a, b = rng.choice(seen), rng.choice(seen)
            pa, pb = (a.get("body") or "").split("\n"), (b.get("body") or "").split("\n")
            body = "\n".join(pa[: max(1, len(pa) // 2)] + pb[len(pb) // 2:])
            emit({"id": f"mix-{count}-{a['id']}-{b['id']}", "title": a.get("title"), "date": a.get("date"),
                  "body": body})
    return {"documents": count, "text_bytes": text_bytes, "recombined": max(0, count - 30_000)}


def load_docs(database: Path) -> list[Doc]:
    con = sqlite3.connect(database)
    try:
        rows = con.execute("SELECT id, title, body, meeting_date FROM report "
                           "WHERE deleted_at IS NULL ORDER BY id").fetchall()
    finally:
        con.close()
    return [Doc(i, f"{t or ''}\n{b or ''}", str(d)[:10] if d else None) for i, t, b, d in rows]


def _alpha(word: str) -> bool:
    return word.isalpha()


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _run_at(text: str, toks: list[re.Match], i: int, n: int) -> str | None:
    """``n`` alphabetic syllables from token ``i`` on, separated by single spaces, lower-cased; or None."""
    if i + n > len(toks):
        return None
    run = toks[i:i + n]
    if not all(_alpha(m.group(0)) for m in run):
        return None
    if any(text[a.end():b.start()] != " " for a, b in itertools.pairwise(run)):
        return None
    return text[run[0].start():run[-1].end()].lower()


def _draw_run(rng: random.Random, doc: Doc, n: int, tries: int = 20) -> str | None:
    toks = list(TOKEN.finditer(doc.text))
    for _ in range(tries):
        if len(toks) < n:
            return None
        run = _run_at(doc.text, toks, rng.randrange(len(toks) - n + 1), n)
        if run:
            return run
    return None


def doc_frequencies(docs: list[Doc], pairs: set[str]) -> dict[str, int]:
    """In how many documents each of ``pairs`` ("a b", lower-case) occurs as adjacent syllables."""
    firsts = {p.split(" ")[0] for p in pairs}
    df = dict.fromkeys(pairs, 0)
    for doc in docs:
        toks = TOKEN.findall(doc.text.lower())
        seen = {f"{a} {b}" for a, b in itertools.pairwise(toks) if a in firsts}
        for p in seen & pairs:
            df[p] += 1
    return df


class QueryDrawer:
    """Draws ``k`` queries per class from ``docs`` with one seed; the same inputs give the same queries."""

    def __init__(self, docs: list[Doc], k: int, seed: int = 1):
        self.docs, self.k, self.seed = docs, k, seed
        self.dated = [d for d in docs if d.date]

    def rng(self, cls: str) -> random.Random:
        return random.Random(f"{self.seed}:{cls}")

    def draw(self) -> dict[str, list[Query]]:
        words = self._pair_candidates("word2", 30 * self.k)
        folded = [p for p in self._pair_candidates("folded2", 60 * self.k) if has_marks(p)]
        and3 = self._and3_candidates(6 * self.k)
        dated = self._dated_candidates(30 * self.k)
        wanted = set(words) | set(folded) | {p for _, ps in and3 for p in ps} | {p for p, _ in dated}
        df = doc_frequencies(self.docs, wanted)
        ok = lambda p: DF_MIN <= df[p] <= DF_MAX
        fine = lambda pairs: _unique(p for p in pairs if ok(p))[:self.k]
        return {
            "single": self._singles(),
            "word2": [Query("word2", p) for p in fine(words)],
            "person": self._persons(),
            "folded2": [Query("folded2", fold_normalized(p)) for p in fine(folded)],
            "and3": [Query("and3", " ".join(ps)) for _, ps in and3
                     if len(ps) == 3 and all(map(ok, ps))][:self.k],
            "phrase4": self._phrases(),
            "dated": [Query("dated", p, f"{y}-01-01", f"{y}-12-31") for p, y in dated if ok(p)][:self.k],
        }

    def _random_docs(self, cls: str, count: int, pool: list[Doc] | None = None):
        pool = self.docs if pool is None else pool
        rng = self.rng(cls)
        for _ in range(count if pool else 0):
            yield rng, rng.choice(pool)

    def _singles(self) -> list[Query]:
        out = []
        for rng, doc in self._random_docs("single", 10 * self.k):
            run = _draw_run(rng, doc, 1)
            if run:
                out.append(Query("single", run))
            if len(out) == self.k:
                break
        return out

    def _pair_candidates(self, cls: str, count: int) -> list[str]:
        return [p for rng, doc in self._random_docs(cls, count) if (p := _draw_run(rng, doc, 2))]

    def _and3_candidates(self, count: int) -> list[tuple[int, list[str]]]:
        """Per document, three different pairs of it (df checked later)."""
        out = []
        for rng, doc in self._random_docs("and3", count):
            pairs: list[str] = []
            for _ in range(12):
                p = _draw_run(rng, doc, 2)
                if p and p not in pairs:
                    pairs.append(p)
            out.append((doc.id, pairs))
        # keep three pairs per document; a document with fewer usable pairs is skipped later
        return [(i, ps[:3]) for i, ps in out]

    def _dated_candidates(self, count: int) -> list[tuple[str, int]]:
        return [(p, int(doc.date[:4])) for rng, doc in self._random_docs("dated", count, self.dated)
                if (p := _draw_run(rng, doc, 2))]

    def _persons(self) -> list[Query]:
        rng = self.rng("person")
        order = list(range(len(self.docs)))
        rng.shuffle(order)
        names: list[str] = []
        for i in order:
            text = self.docs[i].text
            found = [m.group(0) for m in NAME.finditer(text) if _is_full_name(text, m)]
            if found:
                name = rng.choice(found)
                if name not in names:
                    names.append(name)
            if len(names) == self.k:
                break
        return [Query("person", n) for n in names]

    def _phrases(self) -> list[Query]:
        out = []
        for rng, doc in self._random_docs("phrase4", 10 * self.k):
            run = _draw_run(rng, doc, 4)
            if run:
                out.append(Query("phrase4", f'"{run}"'))
            if len(out) == self.k:
                break
        return out


def _is_full_name(text: str, m: re.Match) -> bool:
    """Three capitalised syllables, not followed by a fourth capitalised one."""
    parts = m.group(0).split(" ")
    if not all(_capitalised(p) for p in parts):
        return False
    after = TOKEN.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
    return not (after and _capitalised(after.group(0)))


def _unique(items):
    return list(dict.fromkeys(items))


def folded_terms(text: str) -> list[str]:
    """Folded syllables of a query (quotes aside): what an FTS5 MATCH needs."""
    return TOKEN.findall(fold_normalized(text.replace('"', " ")))
