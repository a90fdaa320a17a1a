"""Scans made here from text we wrote: real text rendered to a PDF (fpdf2, a font with Vietnamese letters),
rasterised by pdftoppm like a scanner would, then slightly rotated, blurred and speckled with Pillow.

Used by tests/test_ocr.py and bench/ocr_eval.py; needs the test extras (fpdf2 brings Pillow) and
poppler-utils.
"""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")

# A report in the shape of the seed (title, date, three persons with titles, a chair), written for the
# tests: the OCR goals are checked on it.
REPORT = """HỘI NGHỊ GIAO BAN CÔNG TÁC DÂN VẬN QUÝ I NĂM 2022

Sáng ngày 12/01/2022, Khối Dân vận Đảng ủy xã tổ chức hội nghị giao ban công tác dân vận quý I năm 2022.

Về dự Hội nghị có đồng chí Trần Thị Mai – Phó Trưởng Ban Dân vận Huyện ủy, đồng chí Phạm Văn Đức – Bí thư Đảng ủy xã, đồng chí Hoàng Minh Tuấn – Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận – Chủ trì hội nghị và các đồng chí là thành viên Khối Dân vận Đảng ủy.

Trong quý I năm 2022, tình hình tư tưởng cán bộ, đảng viên và nhân dân trên địa bàn xã ổn định; công tác dân vận của hệ thống chính trị tiếp tục được duy trì. Các phong trào thi đua “Dân vận khéo” được triển khai rộng khắp, góp phần thực hiện thắng lợi các nhiệm vụ chính trị của địa phương.

Phát biểu kết luận hội nghị, đồng chí Hoàng Minh Tuấn đề nghị các đồng chí thành viên Khối Dân vận tiếp tục bám sát cơ sở, nắm tình hình đời sống nhân dân và thực hiện tốt các chính sách an sinh xã hội."""
DATE = "2022-01-12"
PERSONS = ("Trần Thị Mai", "Phạm Văn Đức", "Hoàng Minh Tuấn")

SHORT = """BIÊN BẢN HỌP CHI BỘ KHU PHỐ 3

Ngày 05/03/2023, Chi bộ khu phố 3 họp bàn công tác vệ sinh môi trường và an ninh trật tự."""


def text_pdf(text: str, width_mm: float = 210, height_mm: float = 297, size: float = 12) -> bytes:
    """``text`` (paragraphs split by blank lines) typeset on pages of the given size."""
    from fpdf import FPDF

    pdf = FPDF(format=(width_mm, height_mm))
    pdf.add_font("Serif", "", str(FONT))
    pdf.set_font("Serif", size=size)
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for paragraph in text.split("\n\n"):
        pdf.multi_cell(0, size * 0.5, paragraph.strip())
        pdf.ln(size * 0.3)
    return bytes(pdf.output())


def rasterise(pdf: bytes, dpi: int) -> list:
    """Each page as a greyscale Pillow image at ``dpi`` (pdftoppm), with that resolution recorded."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), str(Path(work) / "p")],
                       check=True, capture_output=True)
        pages = []
        for path in sorted(Path(work).glob("p*.png")):
            image = Image.open(path)
            image.load()
            image.info["dpi"] = (dpi, dpi)
            pages.append(image)
    return pages


def roughen(image, seed: int = 1, angle: float = 0.8, blur: float = 0.6, speckles_per_mpx: int = 100):
    """A scanner's faults: a slight rotation, blur and dark speckles, about 400 on an A4 page at
    200 dpi (reproducible by ``seed``)."""
    from PIL import ImageDraw, ImageFilter

    dpi = image.info.get("dpi")
    out = image.convert("L").rotate(angle, expand=True, fillcolor=255, resample=3)
    out = out.filter(ImageFilter.GaussianBlur(blur))
    draw = ImageDraw.Draw(out)
    rng = random.Random(seed)
    for _ in range(round(speckles_per_mpx * out.width * out.height / 1e6)):
        x, y, r = rng.randrange(out.width), rng.randrange(out.height), rng.choice((1, 1, 1, 2))
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(0, 90))
    if dpi:
        out.info["dpi"] = dpi
    return out


def save(image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    dpi = image.info.get("dpi")
    image.save(buffer, fmt, **({"dpi": dpi} if dpi else {}), **options)
    return buffer.getvalue()


def image_pdf(images) -> bytes:
    """An image-only PDF (no text layer), one page per image, at the images' resolution."""
    first, *rest = [i.convert("L") for i in images]
    dpi = images[0].info.get("dpi", (200, 200))[0]
    buffer = io.BytesIO()
    first.save(buffer, "PDF", resolution=dpi, save_all=True, append_images=rest)
    return buffer.getvalue()


def tiff(images) -> bytes:
    """A multi-page TIFF (one frame per image)."""
    first, *rest = images
    return save(first, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw")


def mark_as_scan(archive, report_id: int, searchable: bytes, engine: str = "Tesseract 5.3.0 (OCRmyPDF 14.0.1)",
                 confidence: float = 87.25) -> str:
    """Make a report of a local archive look as an OCR import records a scan, without running OCR: its
    OCR fields, and ``searchable`` stored as its searchable PDF with an ``original`` row. The PDF's sha256."""
    import sqlite3

    pdf = archive.originals.put(searchable)
    with sqlite3.connect(archive.paths.database) as db:
        db.execute("INSERT INTO original (sha256, size, stored_at) VALUES (?, ?, '2024-03-01 08:00:00')",
                   (pdf, len(searchable)))
        db.execute("UPDATE report SET ocr_engine = ?, ocr_languages = 'vie', ocr_confidence = ?, ocr_pdf_sha256 = ?"
                   " WHERE id = ?", (engine, confidence, pdf, report_id))
    return pdf
