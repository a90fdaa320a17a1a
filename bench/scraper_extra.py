"""The baomoi.com crawl's items that ``corpus/news.jsonl.gz`` left out: the eighth round's clean source (issue 18).

``news.jsonl.gz`` holds 27,238 items of the 2017 baomoi.com crawl in GitHub ``magizbox/scraper``; the crawl has
35,530 (``vn_news/data``, ``vn_news/repository/20170702_3000``, ``vn_news/sample``, one ``<id>.txt`` each: the
title on the first line, the body after it). The 8,292 left out are the same outlet mix, the same year and the
same form as the corpus, and no session read them. A label points at one with
``{"corpus": "magizbox/scraper", "path": "vn_news/data/<id>.txt", "id": "baomoi-<id>"}``.

The text is read from a copy of that repository: ``$ARCHIVE_SCRAPER_REPO`` (a clone, a bare mirror or a work
tree), by default ``/work/.mirror/magizbox+scraper/repo``, at commit ``COMMIT``. It is made as the corpus made
its items (checked on 300 items the two share: 297 equal as they stand, the other 3 differ only by a line's
leading space): NFC, CRLF -> LF, NBSP -> space, each line stripped, the first line the title.
"""

from __future__ import annotations

import os
import subprocess
import unicodedata
from functools import lru_cache
from pathlib import Path

CORPUS = "magizbox/scraper"
COMMIT = "3387ada618569fd73517092f2215a89398d8f7ee"
DEFAULT_REPO = Path("/work/.mirror/magizbox+scraper/repo")
FOLDERS = ("vn_news/data/", "vn_news/repository/20170702_3000/", "vn_news/sample/")


def repo() -> Path:
    return Path(os.environ.get("ARCHIVE_SCRAPER_REPO") or DEFAULT_REPO)


def available() -> bool:
    """Whether a copy of the crawl at ``COMMIT`` is here (the labels that point into it are skipped otherwise)."""
    try:
        _git("cat-file", "-e", f"{COMMIT}^{{commit}}")
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def _git(*args: str, data: bytes | None = None) -> bytes:
    root = repo()
    git_dir = root / ".git" if (root / ".git").exists() else root
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], input=data, capture_output=True,
                          check=True).stdout


def as_item(ident: str, raw: bytes) -> dict:
    """``{"id", "title", "body"}`` of one crawled file, made as ``corpus/news.jsonl.gz`` made its items."""
    text = unicodedata.normalize("NFC", raw.decode("utf-8").replace("\r\n", "\n").replace("\xa0", " "))
    lines = [line.strip() for line in text.split("\n")]
    return {"id": ident, "title": lines[0], "body": "\n".join(lines[1:]).strip(), "date": None}


@lru_cache(maxsize=1)
def paths() -> dict[str, str]:
    """Crawl id ("baomoi-<n>") -> its file's path (the first of ``FOLDERS`` that holds it)."""
    out: dict[str, str] = {}
    listing = _git("ls-tree", "-r", "--name-only", COMMIT, "vn_news").decode("utf-8").splitlines()
    for folder in FOLDERS:
        for path in listing:
            if path.startswith(folder) and path.endswith(".txt") and "/" not in path[len(folder):]:
                out.setdefault(f"baomoi-{path[len(folder):-4]}", path)
    return out


_ITEMS: dict[str, dict] = {}


def read(paths_wanted: list[str]) -> dict[str, dict]:
    """Path -> item for many files at once (one ``git cat-file --batch`` for those not read before)."""
    missing = [p for p in dict.fromkeys(paths_wanted) if p not in _ITEMS]
    if missing:
        out = _git("cat-file", "--batch", data="".join(f"{COMMIT}:{p}\n" for p in missing).encode("utf-8"))
        pos = 0
        for path in missing:
            header_end = out.index(b"\n", pos)
            size = int(out[pos:header_end].split()[2])
            raw = out[header_end + 1:header_end + 1 + size]
            pos = header_end + 1 + size + 1
            _ITEMS[path] = as_item("baomoi-" + Path(path).stem, raw)
    return {p: _ITEMS[p] for p in paths_wanted}


def item(path: str) -> dict:
    return read([path])[path]
