"""Print preview, PDF and export from the window: the selected reports in the order shown, on a worker."""
import json
import shutil
import subprocess
import zipfile

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMenu
from ui_helpers import select_rows


def open_preview(window, qtbot, idle, rows):
    select_rows(window, rows)
    window.actions["printAction"].trigger()
    idle(window)
    dialog = window.exports.preview
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.preview.pageCount() > 0, timeout=15000)
    return dialog


def test_print_actions_follow_the_selection(window):
    for name in ("printAction", "exportPdfAction"):
        assert isinstance(window.findChild(QAction, name), QAction)
    select_rows(window, [0, 1])
    assert window.actions["printAction"].isEnabled() and window.actions["exportPdfAction"].isEnabled()
    select_rows(window, [])
    assert not window.actions["printAction"].isEnabled() and not window.actions["exportPdfAction"].isEnabled()
    assert window.actions["exportListedJsonAction"].isEnabled()          # the list is not empty
    menu = window.findChild(QMenu, "exportMenu")
    names = {a.objectName() for a in menu.actions() if a.objectName()}
    assert names == {"exportSelectedJsonAction", "exportSelectedCsvAction", "exportListedJsonAction",
                     "exportListedCsvAction", "exportArchiveAction"}
    assert menu.title() == "&Xuất"                                       # Vietnamese by default


def test_preview_opens_with_the_selected_reports_in_order(window, qtbot, idle):
    dialog = open_preview(window, qtbot, idle, [3, 0, 2])
    expected = [window.results.id_at(r) for r in (0, 2, 3)]             # the order shown, not clicked
    assert [r.id for r in dialog.job.reports] == expected
    assert dialog.preview.pageCount() == dialog.job.page_count == 1 + len(expected)   # cover + one page each
    assert dialog.job.first_pages == [2, 3, 4]
    assert dialog.windowModality() != Qt.WindowModality.NonModal          # open(), never exec()
    image = dialog.preview.grab()
    assert not image.isNull() and image.width() > 100
    dialog.cover_switch.setChecked(False)                              # no cover: one page fewer
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == len(expected), timeout=10000)
    assert dialog.job.first_pages == [1, 2, 3]
    assert isinstance(dialog.findChild(QPrintPreviewWidget), QPrintPreviewWidget)
    dialog.close()


def test_preview_highlights_only_when_asked_and_remembers(window, qtbot, idle):
    window.search_edit.setText("dân vận")
    idle(window)
    dialog = open_preview(window, qtbot, idle, [0])
    assert dialog.highlight_switch.isEnabled() and not dialog.highlight_switch.isChecked()
    assert not dialog.job.options.terms
    dialog.highlight_switch.setChecked(True)
    assert dialog.job.options.terms == frozenset(window.highlight) and dialog.job.options.terms
    assert not dialog.cover_switch.isEnabled()                           # one report: no cover
    dialog.close()
    again = open_preview(window, qtbot, idle, [0])
    assert again.highlight_switch.isChecked()                            # the choice is remembered
    again.close()


def test_export_pdf_action_writes_on_the_export_lane(window, qtbot, idle, tmp_path, monkeypatch):
    target = tmp_path / "chọn.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    select_rows(window, [0, 1])
    ids = window.selected_ids()
    started = []
    real_run = window.workers.run
    monkeypatch.setattr(window.workers, "run", lambda lane, *a, **k: started.append(lane) or real_run(lane, *a, **k))
    window.actions["exportPdfAction"].trigger()
    idle(window)
    assert started == ["export"] and target.exists()
    assert "PDF" in window.statusBar().currentMessage()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
        for rid in ids:
            assert window.archive.report(rid).title in " ".join(text.split())
        assert "Trang 1/3" in text and "Danh mục báo cáo" in text


def test_exports_from_the_window(window, idle, tmp_path):
    select_rows(window, [1])
    rid = window.selected_ids()[0]
    window.exports.save_data("jsonl", window.selected_ids(), tmp_path / "one.jsonl")
    window.exports.save_data("csv", list(window.results.ids()), tmp_path / "all.csv")
    window.exports.save_archive(tmp_path / "all.zip")
    idle(window)
    lines = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["archive_id"] for x in lines] == [rid]
    assert len((tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()) == window.results.rowCount() + 1
    with zipfile.ZipFile(tmp_path / "all.zip") as z:
        assert "manifest.json" in z.namelist()
    assert str(tmp_path / "all.zip") in window.statusBar().currentMessage()


def test_export_failure_is_shown_not_lost(window, idle, tmp_path):
    window.exports.save_data("jsonl", [window.results.id_at(0)], tmp_path / "missing" / "x.jsonl")
    idle(window)
    assert window.error_dialogs and window.error_dialogs[-1].isVisible()
    window.error_dialogs[-1].close()


def test_reader_shows_the_print_rendering(window, idle):
    select_rows(window, [0])
    window.open_report(window.results.id_at(0))
    idle(window)
    text = window.reader.view.toPlainText()
    assert "Số lưu trữ" in text and str(window.results.id_at(0)) in text


@pytest.mark.parametrize("lang,label,title", [("en", "Cover page", "Print Preview"),
                                              ("vi", "Trang bìa", "Xem trước khi in")])
def test_preview_is_translated_qt_texts_included(window, qtbot, idle, lang, label, title):
    window.set_language(lang)
    dialog = open_preview(window, qtbot, idle, [0, 1])
    assert dialog.cover_switch.text() == label
    assert dialog.windowTitle().startswith(title)                        # Qt's own text: our catalogue
    texts = {a.text() for a in dialog.findChildren(QAction)}
    assert ({"Trang sau", "Phóng to", "Thiết lập trang", "In"} <= texts) == (lang == "vi")
    assert isinstance(window.findChild(QObject, "printPreview"), type(dialog))
    dialog.close()


def test_qt_print_dialogs_are_in_the_vietnamese_catalogue():
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPrintDialog", "Print to File (PDF)") == "In ra tệp (PDF)"
    assert QCoreApplication.translate("QPageSetupWidget", "Page size:") == "Khổ giấy:"
    assert QCoreApplication.translate("QPrintSettingsOutput", "Copies:") == "Số bản:"


def test_a_printer_gets_only_the_pages_asked_for(window, tmp_path):
    from PySide6.QtGui import QPageRanges
    from PySide6.QtPrintSupport import QPrinter

    from archive_app.ui.printing import PrintJob, a4_layout

    reports = [window.archive.report(window.results.id_at(r)) for r in range(3)]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPageLayout(a4_layout())
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    assert PrintJob(reports).paint(printer) == 4
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "range.pdf"), "-"], check=True, capture_output=True,
                              text=True).stdout
        assert "Trang 2/4" in text and "Trang 3/4" in text and "Trang 1/4" not in text and "Trang 4/4" not in text


def test_a_long_job_leaves_none_alive(window, tmp_path):
    """PySide6 6.12.0 under Python 3.11 loses a reference to None per call of a method returning
    nothing, and a long job then frees None (Python aborts). pyproject.toml excludes that version;
    this fails if a version with the bug comes back."""
    import gc
    import sys

    from archive_app.ui.printing import write_pdf

    reports = [window.archive.report(i) for i in window.results.ids()] * 8
    gc.collect()              # garbage of earlier tests, collected during the job, held None too
    gc.disable()
    try:
        before = sys.getrefcount(None)
        pages = write_pdf(reports, tmp_path / "long.pdf")
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert pages >= 40 and after >= before - 5          # the bug lost one per Qt call: thousands


def test_reader_counts_the_hits_of_the_body_only(window):
    import dataclasses

    report = window.archive.report(window.results.id_at(0))
    report = dataclasses.replace(report, title="Dân vận", body="Dân vận đầu đoạn.\n\nCuối: dân vận")
    window.reader.show_report(report, {"dan", "van"})
    assert window.reader.highlighted_texts() == ["Dân vận", "dân vận"]
    assert window.reader.current_hit() == 0


def _marked_words(doc) -> list[str]:
    """The runs of a laid-out document drawn on the hit colour, in order."""
    from archive_app.core.render import HIT_COLOUR

    out, block = [], doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().background().color().name() == HIT_COLOUR:
                out.append(fragment.text())
            it += 1
        block = block.next()
    return out


def test_print_and_pdf_mark_what_the_reader_marks(make_window, write_jsonl, qtbot, idle, tmp_path):
    """"dân vận" typed with marks marks only that spelling (DESIGN.md §5): never "Văn" of a name or
    "dan van", in print and PDF as in the reader — one highlight function for all three."""
    from PySide6.QtGui import QPdfWriter

    from archive_app.core.services import Archive
    from archive_app.ui.printing import a4_layout
    from shared_paths import report_row

    data = tmp_path / "rule"
    body = "Lê Văn Cương dự họp. Công tác dân vận khéo; Dân Vận cơ sở. Bản gõ không dấu: dan van, Vân, vấn."
    with Archive(data) as archive:
        archive.import_paths([write_jsonl([report_row("Giao ban dân vận", body, date="2021-10-14", persons=[
            {"name": "Lê Văn Cương", "role": "Quận ủy viên", "chair": False}])])])
    window = make_window(data)
    window.search_edit.setText("dân vận")
    idle(window)
    select_rows(window, [0])
    window.open_report(window.results.id_at(0))
    idle(window)
    in_reader = window.reader.highlighted_texts()
    assert [w.lower() for w in in_reader] == ["dân vận", "dân vận"]

    window.exports.preview = None
    app_settings_highlight(True)
    dialog = open_preview(window, qtbot, idle, [0])
    assert dialog.job.options.terms == frozenset(window.highlight)
    writer = QPdfWriter(str(tmp_path / "job.pdf"))                       # the device of "Export PDF"
    writer.setPageLayout(a4_layout())
    marked = [w for page in dialog.job.layout(writer) for w in _marked_words(page.doc)]
    dialog.close()
    assert "Văn" not in marked and not any(w.lower() == "dan van" for w in marked)
    assert marked[-len(in_reader):] == in_reader                         # the body: as the reader marks it
    assert marked[:1] == ["dân vận"]                                      # the title's


def app_settings_highlight(on: bool) -> None:
    from archive_app.ui.settings import app_settings

    app_settings().setValue("print/highlight", "true" if on else "false")
