"""Take the README's print pictures: the print preview of three reports found by "dân vận" with the hits
highlighted (print-preview.png), and the first two pages of the PDF the window exports for them
(print-pdf-pages.png: the cover list and the first report, drawn by pdftoppm side by side).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_print_screenshots.py DEMO_DIR

DEMO_DIR is the archive make_screenshots.py uses. Settings go to a temporary folder, so the user's are
untouched. Needs pdftoppm (poppler-utils) and ImageMagick's convert.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent
TMP = Path(tempfile.mkdtemp(prefix="archive-print-shots-"))
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(TMP / "settings"))

from archive_app.ui.app import build_main_window, ensure_app  # noqa: E402
from archive_app.ui.printing import write_pdf  # noqa: E402
from archive_app.ui.settings import app_settings  # noqa: E402

QUERY = "dân vận"
ROWS = 3


def pdf_pages(pdf: Path, target: Path) -> None:
    """Pages 1 and 2 of ``pdf`` at 60 dpi, side by side with a grey border, as one PNG."""
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "2", "-png", str(pdf), str(TMP / "page")], check=True)
    pages = sorted(TMP.glob("page-*.png"))
    subprocess.run(["convert", *map(str, pages), "-bordercolor", "#888888", "-border", "1", "+append", str(target)],
                   check=True)
    print("saved", target)


class Steps:
    """Runs each step when the window is idle (the window never spins the event loop itself)."""

    def __init__(self, window, steps):
        self.window, self.steps = window, list(steps)

    def run(self) -> None:
        if not self.steps:
            self.window.close()
            QApplication.instance().quit()
            return
        if not self.window.is_idle():
            QTimer.singleShot(100, self.run)
            return
        fn, delay = self.steps.pop(0)
        fn()
        QTimer.singleShot(delay, self.run)


def main(demo: Path) -> None:
    app = ensure_app(sys.argv[:1])
    app_settings().setValue("print/highlight", "true")             # the preview's "Tô sáng từ tìm" on
    window = build_main_window(demo)
    window.move(0, 0)
    window.resize(1400, 900)
    window.show()

    def select() -> None:
        window.table.selectRow(0)
        for row in range(1, min(ROWS, window.results.rowCount())):
            window.table.selectionModel().select(window.results.index(row, 0),
                                                 window.table.selectionModel().SelectionFlag.Select
                                                 | window.table.selectionModel().SelectionFlag.Rows)

    def preview_shot() -> None:
        dialog = window.exports.preview
        dialog.resize(1300, 900)
        dialog.preview.setViewMode(dialog.preview.ViewMode.FacingPagesView)
        dialog.preview.setCurrentPage(2)
        QTimer.singleShot(800, lambda: (dialog.grab().save(str(OUT / "print-preview.png")),
                                        print("saved", OUT / "print-preview.png")))

    def pdf_shot() -> None:
        dialog = window.exports.preview
        reports = dialog.job.reports
        write_pdf(reports, TMP / "reports.pdf", dialog.job.options)       # what "Xuất PDF" writes for them
        dialog.close()
        pdf_pages(TMP / "reports.pdf", OUT / "print-pdf-pages.png")

    steps = Steps(window, [               # (held: a timer keeps no Python object alive)
        (lambda: window.search_edit.setText(QUERY), 1200),
        (select, 400),
        (lambda: window.actions["printAction"].trigger(), 2500),
        (preview_shot, 1500),
        (pdf_shot, 300),
    ])
    steps.run()
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
