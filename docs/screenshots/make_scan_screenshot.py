"""Take scan-reader.png: a roughened 200 dpi scan of the seed report, read by OCR, beside its text.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_scan_screenshot.py

Needs the test extras and OCRmyPDF/Tesseract (tools/dev installs them); the seed is read from the
team's shared folder (or the seed-shaped report of the tests without it). Settings and the archive go
to a temporary folder.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
OUT = Path(__file__).resolve().parent
TMP = Path(tempfile.mkdtemp(prefix="archive-shots-"))

import scan_samples as samples  # noqa: E402
from PySide6.QtCore import QEventLoop, QItemSelectionModel, QSettings, QTimer  # noqa: E402
from shared_paths import SEED  # noqa: E402

from archive_app.core.services import Archive  # noqa: E402


def wait(condition, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def main() -> None:
    text = SEED.read_text(encoding="utf-8").split("\nTrả lời")[0] if SEED.exists() else samples.REPORT
    pages = [samples.roughen(p, seed=n) for n, p in enumerate(samples.rasterise(samples.text_pdf(text), 200))]
    scan = TMP / "giao-ban-dan-van-quy-3-2021.pdf"
    scan.write_bytes(samples.image_pdf(pages))
    with Archive(TMP / "data") as archive:
        archive.import_paths([scan] + sorted((ROOT / "archive_app" / "resources" / "sample").glob("*.txt"))[:4])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(TMP / "settings"))
    from archive_app.ui import i18n
    from archive_app.ui.app import build_main_window, ensure_app

    ensure_app()
    i18n.install("vi")
    window = build_main_window(TMP / "data")
    window.resize(1500, 900)
    window.show()                  # laid out as on screen (a hidden window keeps stale scroll areas)
    wait(window.is_idle)
    window.search_edit.setText("dan van")
    window.filters.scanned.setChecked(True)
    wait(lambda: window.is_idle() and window.results.rowCount() == 1)
    window.table.selectionModel().setCurrentIndex(
        window.results.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    wait(lambda: window.reader.scan._pixmap is not None)
    window.reader.pages.setSizes([370, 370])
    window.splitter.setSizes([200, 560, 740])
    wait(lambda: False, 0.8)
    window.grab().save(str(OUT / "scan-reader.png"))


if __name__ == "__main__":
    main()
