"""Scans in the window: marked in the list and the reader, the "Bản quét" filter, the scan shown beside
the text, and openOriginalAction handing the original (byte for byte) to the system viewer."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QDesktopServices
from ui_helpers import select_rows

import scan_samples as samples

pytestmark = pytest.mark.skipif(not (shutil.which("ocrmypdf") and shutil.which("tesseract")
                                     and shutil.which("pdftoppm") and samples.FONT.exists()),
                                reason="OCRmyPDF, Tesseract, poppler-utils or DejaVu fonts not installed")


@pytest.fixture
def scan_dir(tmp_path):
    """An archive with one scan (a PNG, read by OCR) and one typed report."""
    from archive_app.core.services import Archive

    page = samples.rasterise(samples.text_pdf(samples.SHORT, 105, 148, size=11), 200)[0]
    scan = tmp_path / "chi-bo.png"
    scan.write_bytes(samples.save(page, "PNG"))
    typed = tmp_path / "typed.txt"
    typed.write_text("Biên bản họp tổ dân phố 7\n\nNgày 02/04/2023, tổ dân phố họp bàn việc làm đường.",
                     encoding="utf-8")
    data = tmp_path / "data"
    with Archive(data) as archive:
        result = archive.import_paths([scan, typed])
        assert not result.failed, result.failed
    return data, scan


def test_scan_marked_filtered_shown_and_opened(make_window, scan_dir, qtbot, idle, monkeypatch, tmp_path):
    data, scan = scan_dir
    window = make_window(data)
    assert window.results.rowCount() == 2
    typed_row = next(r for r in range(2) if window.results.summary(r).title == "Biên bản họp tổ dân phố 7")
    scan_row = 1 - typed_row
    title = window.results.index(scan_row, 1)
    assert not window.results.data(title, Qt.ItemDataRole.DecorationRole).isNull()      # marked
    assert window.results.data(window.results.index(typed_row, 1), Qt.ItemDataRole.DecorationRole) is None

    scanned = window.findChild(QObject, "scannedFilter")
    assert scanned.text() == "Bản quét"
    scanned.setChecked(True)
    idle(window)
    assert window.results.rowCount() == 1 and window.results.summary(0).scanned
    select_rows(window, [0])
    idle(window)
    reader = window.reader
    assert reader.scan_badge.isVisibleTo(window) and reader.scan_badge.text().startswith("Bản quét · OCR")
    qtbot.waitUntil(lambda: reader.scan.image.pixmap() is not None and not reader.scan.image.pixmap().isNull(),
                    timeout=15000)
    assert reader.scan.isVisibleTo(window) and reader.scan.pages == 1
    window.grab().save(str(tmp_path / "scan-window.png"))

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    action = window.findChild(QAction, "openOriginalAction")
    assert action.isEnabled()
    action.trigger()
    idle(window)
    path = opened[0].toLocalFile()
    assert path.endswith("chi-bo.png") and open(path, "rb").read() == scan.read_bytes()
    assert action in window.table.actions() and reader.original_button.defaultAction() is action

    window.filters.clear()
    idle(window)
    assert window.results.rowCount() == 2
    select_rows(window, [typed_row])
    idle(window)
    assert not reader.scan_badge.isVisibleTo(window) and not reader.scan.isVisibleTo(window)


def test_import_progress_names_the_page_being_recognised(make_window):
    from archive_app.ui.widgets.import_flow import ProgressDialog

    window = make_window()
    flow = window.imports
    flow.progress = ProgressDialog(window)
    flow._progress(0, 2, "/tmp/quet.tiff", 1, 3)              # on_page: one page of three recognised
    assert flow.progress.label.text() == "Đang nhập 1/2\nquet.tiff — đang nhận dạng bản quét (OCR): trang 2/3"
    flow._progress(1, 2, "/tmp/ghi-chu.txt")                   # a file without pages: as before
    assert flow.progress.label.text().endswith("\nghi-chu.txt")
    flow.progress.close()
    flow.progress = None


def test_skip_button_appears_while_a_scan_is_read_and_gives_it_up(make_window):
    from archive_app.ui.widgets.import_flow import ProgressDialog

    window = make_window()
    flow = window.imports
    flow.progress = ProgressDialog(window)
    flow.progress.skipped.connect(flow.skip.set)
    skip = flow.progress.findChild(QObject, "skipScanButton")
    flow._progress(0, 2, "/tmp/ghi-chu.txt")
    assert skip.isHidden()
    flow._progress(1, 2, "/tmp/quet.tiff", 0, 3)
    assert not skip.isHidden() and skip.text() == "Bỏ qua bản quét này"
    skip.click()
    assert flow.skip.is_set() and not skip.isEnabled()
    flow.progress.close()
    flow.progress = None


def test_a_page_fitted_to_the_pane_leaves_room_for_its_vertical_scrollbar(qtbot):
    from PySide6.QtGui import QColor, QPixmap

    from archive_app.ui.widgets.scan_view import ScanView

    view = ScanView()
    qtbot.addWidget(view)
    view.resize(360, 500)
    view.show()
    page = QPixmap(827, 1169)                                          # an A4 page at 100 dpi
    page.fill(QColor("white"))
    view._pixmap = page
    view._fit()
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().isVisible())
    assert view.scroll.horizontalScrollBar().maximum() == 0           # the whole line of the page in view
    assert view.image.pixmap().width() >= view.scroll.viewport().width() - 4   # and still as wide as the pane
