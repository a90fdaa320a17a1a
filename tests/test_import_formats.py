"""Issue 3 acceptance through the whole pipeline: every format gives the same report; bad files never hurt."""
import datetime as dt
import io
import os
import random
import unicodedata
import zipfile

import pytest

from archive_app.core.extract.legacy import encode_tcvn3, encode_vni
from archive_app.core.services import Archive

from shared_paths import CORPUS, REPORT_TEXT, needs_shared
from test_extract_formats import build_docx, build_odt, build_pdf, build_web_page, odt_paragraph, seed_paragraphs

SEED_TEXT = REPORT_TEXT      # our own seed-like report (tests/data)
SEED_PERSONS = [
    {"name": "Trần Thị Minh Hạnh", "role": "Phó Trưởng Ban Dân vận Quận ủy", "chair": False},
    {"name": "Phạm Quốc Bảo", "role": "Quận ủy viên, Bí thư Đảng ủy phường", "chair": False},
    {"name": "Võ Thành Lộc", "role": "Phó Bí thư Thường trực Đảng ủy", "chair": True},
]


def seed_files() -> dict[str, bytes]:
    paragraphs = seed_paragraphs()
    return {
        "seed.txt": SEED_TEXT.encode("utf-8"),
        "seed.html": build_web_page(paragraphs).encode("utf-8"),
        "seed.docx": build_docx(paragraphs),
        "seed.odt": build_odt("".join(odt_paragraph(p) for p in paragraphs)),
        "seed.pdf": build_pdf(paragraphs),
        "seed-tcvn3.txt": encode_tcvn3(SEED_TEXT),
        "seed-vni.txt": encode_vni(SEED_TEXT),
    }


def comparable(report) -> dict:
    return {"body": " ".join(report.body.split()), "date": report.date, "kind": report.kind,
            "author": report.author, "organisation": report.organisation,
            "persons": [{"name": p.name, "role": p.role, "chair": p.chair} for p in report.persons]}


@pytest.fixture(scope="module")
def imported_each(tmp_path_factory):
    """Each version of the seed imported into its own archive."""
    out = {}
    root = tmp_path_factory.mktemp("formats")
    for name, data in seed_files().items():
        path = root / name
        path.write_bytes(data)
        with Archive(root / f"data-{name}") as archive:
            res = archive.import_paths([path])
            assert len(res.imported) == 1, (name, res.items)
            out[name] = archive.report(res.imported[0].id)
    return out


def test_seed_is_understood(imported_each):
    r = imported_each["seed.txt"]
    assert r.date == dt.date(2023, 4, 12) and r.kind == "giao ban" and r.author == "Minh Châu"
    assert comparable(r)["persons"] == SEED_PERSONS
    assert "Trả lời" not in r.body and "Email của bạn" not in r.body and "-Minh Châu-" not in r.body
    assert "18-CT/QU" in r.keywords


@pytest.mark.parametrize("name", ["seed.html", "seed.docx", "seed.odt", "seed.pdf", "seed-tcvn3.txt",
                                  "seed-vni.txt"])
def test_every_format_gives_the_same_report(imported_each, name):
    assert comparable(imported_each[name]) == comparable(imported_each["seed.txt"])


def test_legacy_encodings_are_duplicates_of_the_unicode_text(tmp_path, archive):
    files = seed_files()
    for name in ("seed.txt", "seed-tcvn3.txt", "seed-vni.txt"):
        (tmp_path / name).write_bytes(files[name])
    res = archive.import_paths([tmp_path / "seed.txt", tmp_path / "seed-tcvn3.txt", tmp_path / "seed-vni.txt"])
    assert len(res.imported) == 1 and len(res.duplicates) == 2
    assert {d.id for d in res.duplicates} == {res.imported[0].id}


def broken_files(rng: random.Random) -> dict[str, bytes]:
    docx = build_docx(seed_paragraphs())
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b"a" * (50 * 1024 * 1024) + b">")
    return {
        "truncated.docx": docx[: len(docx) // 2],
        "scan.pdf": _pdf_without_text(),
        "random.txt": bytes(rng.getrandbits(8) for _ in range(4000)),
        "empty.txt": b"",
        "bomb.docx": bomb.getvalue(),
        "truncated.pdf": build_pdf(["Báo cáo"])[:300],
        "garbage.odt": b"PK\x03\x04" + os.urandom(500),
        "only-spaces.txt": b" \n\n \t \n",
        "binary.html": b"<html>" + bytes(range(256)) * 20,
        "nul.md": b"\x00" * 2000,
    }


def _pdf_without_text() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 100, style="F")
    return bytes(pdf.output())


def test_batch_of_100_with_10_broken_files(tmp_path, archive):
    rng = random.Random(7)
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(90):
        body = (f"Sáng ngày {1 + i % 28}/{1 + i % 12}/2021, Đảng ủy xã số {i} tổ chức hội nghị sơ kết công tác "
                f"quý {1 + i % 4}. Đồng chí Trần Văn Số{i % 5} – Bí thư Đảng ủy chủ trì. Nội dung riêng {i * 7919}.")
        (folder / f"good-{i:03d}.txt").write_text(f"HỘI NGHỊ SƠ KẾT SỐ {i}\n\n{body}", encoding="utf-8")
    broken = broken_files(rng)
    for name, data in broken.items():
        (folder / name).write_bytes(data)
    res = archive.import_paths([folder])
    assert len(res.imported) == 90
    failed = {os.path.basename(i.path): i for i in res.failed}
    assert set(failed) == set(broken)
    for item in failed.values():
        assert item.error_vi and item.error_en and "Traceback" not in item.error_en
    assert archive.check().ok
    assert archive.search("so ket").total == 90


@needs_shared
def test_corpus_folders_import_as_clean_nfc_text(tmp_path, archive):
    res = archive.import_paths([CORPUS / "local-gov", CORPUS / "raw"])
    assert not res.failed, res.failed
    assert len(res.imported) + len(res.duplicates) == 15
    for item in res.imported:
        r = archive.report(item.id)
        for text in (r.title, r.body):
            assert unicodedata.is_normalized("NFC", text)
            assert "&nbsp;" not in text and "&amp;" not in text and "<span" not in text and "</p>" not in text
            assert not any(unicodedata.combining(c) for c in text)


@needs_shared
def test_non_nfc_samples_search_exactly_like_nfc(tmp_path):
    raw = sorted((CORPUS / "raw").glob("nonNFC__*"))
    nfc_dir, raw_dir = tmp_path / "nfc", tmp_path / "raw"
    nfc_dir.mkdir()
    raw_dir.mkdir()
    for p in raw:
        (raw_dir / p.name).write_bytes(p.read_bytes())
        (nfc_dir / p.name).write_text(unicodedata.normalize("NFC", p.read_text(encoding="utf-8")), encoding="utf-8")
    queries = ["quốc tịch", "quoc tich", "sức khỏe", "Việt Nam", "người", '"luật quốc tịch"', "du lịch"]
    with Archive(tmp_path / "a") as a, Archive(tmp_path / "b") as b:
        a.import_paths([raw_dir])
        b.import_paths([nfc_dir])
        for q in queries:
            ra, rb = a.search(q), b.search(q)
            assert [(h.summary.title, h.snippet) for h in ra.hits] == [(h.summary.title, h.snippet) for h in rb.hits], q
        assert a.search("quoc tich").total >= 1
