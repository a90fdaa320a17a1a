"""`archive-app print ID... --pdf OUT.pdf` and `archive-app export`: the acceptance of issue 5, checked with
poppler (pdftotext per page, pdffonts, pdfinfo) on the PDF a user would get, without a display."""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from shared_paths import REPORT

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

TRICKY = {   # written decomposed (NFD) and with the other tone placement: the archive stores NFC
    "title": unicodedata.normalize("NFD", "Biên bản họp Ban Thường vụ về thuỷ lợi và khoẻ mạnh"),
    "body": unicodedata.normalize("NFD", "Đồng chí Nguyễn Thị Ưng – Chủ tịch Hội Phụ nữ – chủ trì.\n\n"
                                  "Những chữ khó: ỹ ữ ự ẳ ẵ ặ ộ ờ ở ỡ ợ Đ đ Ư ư Ơ ơ “ngoặc kép” và …\n\n"
                                  "Kết luận: giao ban công tác dân vận hằng quý."),
    "date": "2022-03-08", "kind": "giao ban", "organisation": "Ban Thường vụ", "persons": [
        {"name": "Nguyễn Thị Ưng", "role": "Chủ tịch Hội Phụ nữ", "chair": True}], "tags": ["phụ nữ"],
    "author": None, "keywords": [], "summary": None, "location": None, "id": "BB-2022-07",
}
MEETING = {  # a row as a scraper of meeting reports writes it: only id, title, date and body
    "id": "tong-ket-tuyen-truyen-2022", "title": "Ban Tuyên giáo Huyện ủy tổng kết công tác tuyên truyền năm 2022.",
    "date": "2023-01-10",
    "body": "Sáng ngày 9/1/2023, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tổng kết công tác tuyên truyền năm 2022. "
            "Đồng chí Lâm Văn Tùng - Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.\n\n"
            "Năm 2022, công tác tuyên truyền được triển khai kịp thời, bám sát nhiệm vụ chính trị của huyện; "
            "các xã đã tổ chức 214 buổi tuyên truyền miệng, phát hành 12.000 tờ gấp về phòng chống thiên tai, "
            "an toàn giao thông và chuyển đổi số; đội ngũ báo cáo viên được kiện toàn.\n\n"
            "Hội nghị cũng chỉ ra hạn chế: nội dung tuyên truyền ở một số thôn còn đơn điệu, chưa phù hợp với "
            "đồng bào dân tộc thiểu số; việc nắm bắt dư luận xã hội có lúc chưa kịp thời.\n\n"
            "Kết luận hội nghị, đồng chí Lâm Văn Tùng đề nghị năm 2023 đổi mới hình thức tuyên truyền, tăng "
            "cường tuyên truyền trên mạng xã hội và đài truyền thanh cơ sở, bồi dưỡng kỹ năng cho báo cáo viên.",
}


def run(data, *args, env_extra=None, check_rc=0):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                                                             "ARCHIVE_APP_DATA")}
    env.update(PYTHONIOENCODING="utf-8", **(env_extra or {}))
    proc = subprocess.run([sys.executable, "-m", "archive_app", "--data-dir", str(data), *args],
                          check=False, capture_output=True, text=True, env=env, timeout=180)
    assert "Traceback" not in proc.stderr, proc.stderr
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stdout + proc.stderr
    return proc


def poppler(*args) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def page_text(pdf, n: int, layout=False) -> str:
    return poppler("pdftotext", *(["-layout"] if layout else []), "-f", str(n), "-l", str(n), str(pdf), "-")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def archive_with_three(tmp_path_factory):
    """Our seed-like report (two pages long), a scraped meeting report and a tricky Vietnamese one."""
    tmp = tmp_path_factory.mktemp("print")
    data, rows = tmp / "data", tmp / "rows.jsonl"
    rows.write_text(json.dumps(MEETING, ensure_ascii=False) + "\n" + json.dumps(TRICKY, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    out = json.loads(run(data, "import", str(REPORT), str(rows), "--json").stdout)
    ids = [i["id"] for i in out["imported"]]
    assert len(ids) == 3
    reports = [json.loads(run(data, "show", str(i), "--json").stdout) for i in ids]
    return data, reports


@pytest.fixture(scope="module")
def printed(archive_with_three, tmp_path_factory):
    data, reports = archive_with_three
    pdf = tmp_path_factory.mktemp("pdf") / "out.pdf"
    order = [reports[2], reports[0], reports[1]]                     # printed in the order asked
    proc = run(data, "print", *(str(r["id"]) for r in order), "--pdf", str(pdf))
    assert pdf.exists() and str(pdf) in proc.stdout
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(pdf))).group(1))
    return pdf, order, pages


def report_pages(pdf, pages: int, report_id: int) -> list[int]:
    return [n for n in range(2, pages + 1) if re.search(rf"^Số lưu trữ {report_id}$", page_text(pdf, n), re.MULTILINE)]


def body_of(pdf, numbers: list[int]) -> str:
    """The text of pages without their running header (first line, archive number) and footer."""
    out = []
    for n in numbers:
        lines = [x for x in page_text(pdf, n).splitlines() if x.strip()]
        lines = [x for x in lines[1:] if not re.fullmatch(r"Số lưu trữ \d+|In ngày \d\d/\d\d/\d{4}|Trang \d+/\d+", x)]
        out.append("\n".join(lines))
    return "\n".join(out)


def test_pdf_is_a4_with_every_font_embedded_with_unicode(printed):
    pdf, _, pages = printed
    assert "595 x 842 pts (A4)" in poppler("pdfinfo", str(pdf))
    fonts = poppler("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+\S+\s+yes\b", f) for f in fonts), fonts      # emb … uni
    assert not any("Mono" in f for f in fonts)
    assert pages >= 5


def test_each_report_starts_on_a_new_page_with_its_full_body(printed):
    pdf, order, pages = printed
    previous_last = 1                                                   # the cover
    for r in order:
        numbers = report_pages(pdf, pages, r["id"])
        assert numbers and numbers == list(range(numbers[0], numbers[-1] + 1))
        assert numbers[0] == previous_last + 1                          # right after the one before
        previous_last = numbers[-1]
        text = body_of(pdf, numbers)
        assert flat(text).startswith(flat(r["title"]))                  # the page opens with its header block
        assert unicodedata.normalize("NFC", text) == text               # Vietnamese comes back as NFC
        assert flat(unicodedata.normalize("NFC", r["body"])) in flat(text)
    assert previous_last == pages


def test_header_block_and_footers(printed):
    pdf, order, pages = printed
    today = dt.date.today().strftime("%d/%m/%Y")
    for n in range(1, pages + 1):
        text = page_text(pdf, n)
        assert re.search(rf"^Trang {n}/{pages}$", text, re.MULTILINE), n
        assert f"In ngày {today}" in text
    tricky = order[0]
    first = flat(page_text(pdf, report_pages(pdf, pages, tricky["id"])[0]))
    for piece in ("Ngày họp 08/03/2022", "Loại giao ban", "Cơ quan Ban Thường vụ",
                  "Nguyễn Thị Ưng – Chủ tịch Hội Phụ nữ (chủ trì)", "Thẻ phụ nữ", "Số lưu trữ"):
        assert piece in first, piece
    assert "thủy lợi và khỏe mạnh" in first                             # one tone placement (DESIGN §4)


def test_cover_lists_the_reports_with_their_first_page(printed):
    pdf, order, pages = printed
    cover = page_text(pdf, 1, layout=True)
    assert "Danh mục báo cáo" in cover and "3 báo cáo" in cover
    for n, r in enumerate(order, start=1):
        row = re.search(rf"^{n}\s+(.*?)\s+(\d+)$", cover, re.MULTILINE)
        assert row, cover
        assert int(row.group(2)) == report_pages(pdf, pages, r["id"])[0]
        assert flat(r["title"])[:20] in flat(cover)


def test_no_cover_english_and_highlight(archive_with_three, tmp_path):
    data, reports = archive_with_three
    pdf = tmp_path / "one.pdf"
    run(data, "--lang", "en", "print", str(reports[2]["id"]), "--pdf", str(pdf), "--no-cover",
        "--highlight", "dan van")
    text = page_text(pdf, 1)
    assert text.startswith(reports[2]["title"][:20]) or reports[2]["title"][:20] in text.splitlines()[0]
    assert re.search(r"^Page 1/1$", text, re.MULTILINE) and "Meeting date 08/03/2022" in flat(text)
    assert _yellow_pixels(pdf, tmp_path) > 0                              # "dân vận" is marked
    plain = tmp_path / "plain.pdf"
    run(data, "print", str(reports[2]["id"]), "--pdf", str(plain))
    assert _yellow_pixels(plain, tmp_path) == 0


def _yellow_pixels(pdf, tmp_path) -> int:
    """Pixels of the highlight colour (#fff176) on the first page, rendered at 50 dpi."""
    base = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(base)], check=True)
    ppm = next(tmp_path.glob("page*.ppm"))
    raw = ppm.read_bytes()
    ppm.unlink()
    head = raw.split(b"\n", 3)
    pixels = head[3]
    return sum(1 for i in range(0, len(pixels) - 2, 3)
               if pixels[i] > 240 and 225 < pixels[i + 1] < 250 and 90 < pixels[i + 2] < 140)


def test_unknown_id_fails_cleanly_and_writes_nothing(archive_with_three, tmp_path):
    data, reports = archive_with_three
    pdf = tmp_path / "nothing.pdf"
    proc = run(data, "print", str(reports[0]["id"]), "99999", "--pdf", str(pdf), check_rc=1)
    assert "99999" in proc.stderr and not pdf.exists() and not list(tmp_path.iterdir())


def test_print_needs_pdf_and_ids(archive_with_three):
    data, _ = archive_with_three
    run(data, "print", "1", check_rc=2)
    run(data, "print", "--pdf", "x.pdf", check_rc=2)


def test_cli_export_and_import_back(archive_with_three, tmp_path):
    data, reports = archive_with_three
    jsonl, csv_path, zip_path = tmp_path / "r.jsonl", tmp_path / "r.csv", tmp_path / "all.zip"
    run(data, "export", "--json", str(jsonl))
    run(data, "export", "--csv", str(csv_path), str(reports[0]["id"]))
    run(data, "export", "--archive", str(zip_path))
    run(data, "export", "--archive", str(zip_path), "1", check_rc=2)
    run(data, "export", check_rc=2)
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 3
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf") and len(csv_path.read_text("utf-8-sig").splitlines()) == 2
    for source in (jsonl, zip_path):
        fresh = tmp_path / f"fresh-{source.suffix[1:]}"
        out = json.loads(run(fresh, "import", str(source), "--json").stdout)
        assert len(out["imported"]) == 3 and not out["failed"]
        shown = [json.loads(run(fresh, "show", str(i["id"]), "--json").stdout) for i in out["imported"]]
        keep = ("title", "date", "kind", "organisation", "author", "body", "persons", "tags")
        assert [{k: s[k] for k in keep} for s in shown] == [{k: r[k] for k in keep} for r in reports]
        if source == zip_path:
            assert [s["source"] for s in shown] == [r["source"] for r in reports]     # originals kept
            assert [s["id"] for s in shown] == [r["id"] for r in reports]
