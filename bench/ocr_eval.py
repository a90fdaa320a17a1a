"""How well scans are read: word accuracy of Tesseract (vie+eng, through OCRmyPDF) against the text the
scan was made from, with and without marks, at 150/200/300 dpi; whether the report's date and persons
survive OCR; whether the scan is found by "dan van" and "giao ban"; pages per second.

The scans are made here (tests/scan_samples.py): the seed report (../shared/samples/seed-report.txt,
or the seed-shaped report of the tests without it) and the app's own sample reports are typeset with
fpdf2, rasterised by pdftoppm and roughened (0.8° rotation, blur, speckle) with Pillow, then read the
way an import reads them (``extract_bytes`` with OCR, then ``understand``).

    python bench/ocr_eval.py                    # seed + 3 sample reports at 150, 200, 300 dpi, roughened
    python bench/ocr_eval.py --samples 8 --dpi 200 --clean   # every sample, also an unroughened scan
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import scan_samples as samples  # noqa: E402
from shared_paths import SEED  # noqa: E402

from archive_app.core.extract import OcrRequest, extract_bytes  # noqa: E402
from archive_app.core.understand import understand  # noqa: E402
from archive_app.core.vietnamese import fold, normalize  # noqa: E402

SAMPLES = ROOT / "archive_app" / "resources" / "sample"
SEED_DATE = "2021-10-14"
SEED_PERSONS = ("Lê Thị Hồng Nhân", "Lê Văn Cương", "Nguyễn Tiến Sữ")
_WORD = re.compile(r"\w+")


def words(text: str, marks: bool) -> list[str]:
    text = normalize(text).lower() if marks else fold(text)
    return _WORD.findall(text)


def word_accuracy(source: str, read: str, marks: bool) -> float:
    """Share of the source's words found, in order, in what OCR read (difflib alignment of word lists)."""
    want, got = words(source, marks), words(read, marks)
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(want))


def documents(count: int) -> list[tuple[str, str]]:
    seed = SEED.read_text(encoding="utf-8") if SEED.exists() else samples.REPORT
    docs = [("seed" if SEED.exists() else "seed-like", seed)]
    for path in sorted(SAMPLES.glob("*.txt"))[:count]:
        docs.append((path.stem[:2], path.read_text(encoding="utf-8")))
    return docs


def expected(name: str, text: str) -> tuple[str | None, set[str]]:
    """The date and persons understanding finds in the source text (the seed's are known by heart)."""
    if name == "seed":
        return SEED_DATE, set(SEED_PERSONS)
    u = understand(normalize(text))
    return (u.meeting_date.isoformat() if u.meeting_date else None), {p.name for p in u.persons}


def findable(pdf: bytes) -> dict[str, bool]:
    """Import the scan into a fresh archive; do "dan van" and "giao ban" find it?"""
    from archive_app.core.services import Archive

    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "scan.pdf"
        path.write_bytes(pdf)
        with Archive(Path(work) / "data") as archive:
            result = archive.import_paths([path])
            rid = result.imported[0].id if result.imported else None
            return {q: rid is not None and rid in [h.summary.id for h in archive.search(q).hits]
                    for q in ("dan van", "giao ban")}


def run(args) -> list[dict]:
    rows = []
    for dpi in args.dpi:
        for rough in ([False, True] if args.clean else [True]):
            row = {"dpi": dpi, "scan": "roughened" if rough else "clean", "docs": 0, "pages": 0, "seconds": 0.0,
                   "marks": [], "plain": [], "dates": 0, "dated": 0, "persons": 0, "persons_found": 0}
            for name, text in documents(args.samples):
                pages = samples.rasterise(samples.text_pdf(text), dpi)
                if rough:
                    pages = [samples.roughen(p, seed=n) for n, p in enumerate(pages)]
                pdf = samples.image_pdf(pages)
                started = time.perf_counter()
                read = extract_bytes(pdf, f"{name}.pdf", ocr=OcrRequest())
                row["seconds"] += time.perf_counter() - started
                texts = args.out / "ocr-texts"
                texts.mkdir(parents=True, exist_ok=True)
                (texts / f"{dpi}-{row['scan']}-{name}.txt").write_text(read.text, encoding="utf-8")
                row["pages"] += len(pages)
                row["docs"] += 1
                row["marks"].append(word_accuracy(text, read.text, True))
                row["plain"].append(word_accuracy(text, read.text, False))
                u = understand(read.text, title_hint=read.title, date_hint=read.date)
                date, persons = expected(name, text)
                got = {p.name for p in u.persons}
                if date:
                    row["dated"] += 1
                    row["dates"] += u.meeting_date is not None and u.meeting_date.isoformat() == date
                row["persons"] += len(persons)
                row["persons_found"] += len(persons & got)
                if name.startswith("seed"):
                    row["seed"] = {"date": u.meeting_date.isoformat() if u.meeting_date else None,
                                   "persons": sorted(got & set(persons)), "confidence": read.ocr.confidence,
                                   **(findable(pdf) if args.find else {})}
                if args.verbose:
                    print(f"  {dpi} dpi {row['scan']} {name}: {row['marks'][-1]:.3f} with marks, "
                          f"{row['plain'][-1]:.3f} without, persons {sorted(persons & got)} of {sorted(persons)}",
                          file=sys.stderr)
            rows.append(row)
    return rows


def table(rows: list[dict], load: str) -> str:
    lines = [f"OCR (Tesseract vie+eng through OCRmyPDF, jobs={os.cpu_count()}); load average at start: {load}",
             "",
             "| dpi | scan | docs | pages | words right, marks | words right, no marks | dates | persons "
             "| pages/s | seed: date, persons, found by dan van / giao ban |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        seed = r.get("seed", {})
        found = " / ".join("yes" if seed.get(q) else "no" for q in ("dan van", "giao ban")) if "dan van" in seed \
            else "not run"
        lines.append(
            f"| {r['dpi']} | {r['scan']} | {r['docs']} | {r['pages']} | {sum(r['marks']) / len(r['marks']):.3f} "
            f"| {sum(r['plain']) / len(r['plain']):.3f} | {r['dates']}/{r['dated']} "
            f"| {r['persons_found']}/{r['persons']} | {r['pages'] / r['seconds']:.2f} "
            f"| {seed.get('date')}, {len(seed.get('persons', []))}/3, {found} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 200, 300])
    parser.add_argument("--samples", type=int, default=3, help="how many of the app's sample reports (0-8)")
    parser.add_argument("--clean", action="store_true", help="also unroughened scans")
    parser.add_argument("--no-find", dest="find", action="store_false",
                        help="skip importing the seed scan to search it (one more OCR of it per row)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out",
                        help="where the JSON table and every OCR text (ocr-texts/) go")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    rows = run(args)
    text = table(rows, load)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "ocr_eval.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
