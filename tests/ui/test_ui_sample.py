"""First run: the welcome page offers import and the sample archive; the sample is a separate archive
with a visible banner and a way back, and the user's own archive is never written to."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from archive_app.core import sample


@pytest.fixture
def switched(qtbot):
    """Windows an archive switch put in place; the last one is closed after the test."""
    from archive_app.ui import app as ui_app

    yield ui_app
    window = ui_app.current_window()
    if window is not None:
        window.close()
        window.deleteLater()
    ui_app._state["window"] = None


def own_report_count(data_dir) -> int:
    from archive_app.core.services import Archive

    with Archive(data_dir) as archive:
        return len(archive.browse("").ids)


def test_welcome_offers_import_and_sample(make_window):
    window = make_window()
    assert window.center.currentWidget() is window.welcome
    importing = window.findChild(QPushButton, "welcomeImportButton")
    trying = window.findChild(QPushButton, "welcomeSampleButton")
    assert window.findChild(QObject, "welcomePage") is window.welcome
    assert importing.isVisibleTo(window) and trying.isVisibleTo(window)
    assert importing.text() == "Nhập báo cáo…"                      # Vietnamese by default
    assert trying.text() == "Mở kho mẫu"
    assert "Chào mừng" in window.findChild(QObject, "welcomeTitle").text()
    assert window.findChild(QObject, "sampleBanner") is None
    assert window.findChild(QAction, "sampleAction").isEnabled()


def test_sample_opens_beside_the_archive_and_leads_back(make_window, switched, qtbot, idle, tmp_path):
    own = tmp_path / "kho"
    window = make_window(own)
    window.show()
    qtbot.mouseClick(window.findChild(QPushButton, "welcomeSampleButton"), Qt.MouseButton.LeftButton)
    shown = switched.current_window()
    assert shown is not None and shown is not window
    assert not window.isVisible()                                       # replaced, not stacked
    assert shown.archive.paths.root == tmp_path / "kho-mau"             # beside the archive, not in it
    assert sample.home_of(shown.archive.paths.root) == own
    idle(shown, timeout=30000)
    assert shown.results.rowCount() == len(sample.sample_files()) == 8
    assert shown.center.currentWidget() is not shown.welcome
    assert shown.imports.summary is None                                # quiet when all went well
    banner = shown.findChild(QObject, "sampleBanner")
    assert banner is not None and banner.isVisible()
    assert "kho mẫu" in banner.label.text().lower()
    assert "mẫu" in shown.windowTitle()
    assert not shown.findChild(QAction, "sampleAction").isEnabled()
    tags = {t.name: t.reports for t in shown.archive.tags()}
    assert tags["dân vận"] == 3 and tags["giao ban"] == 2

    shown.search_edit.setText("vo quoc bao")                            # a name typed without accents
    idle(shown)
    assert shown.results.rowCount() == 3
    shown.search_edit.setText("Võ Quốc Bảo")
    idle(shown)
    assert shown.results.rowCount() == 3
    assert own_report_count(own) == 0                                   # the user's archive: untouched

    qtbot.mouseClick(shown.findChild(QPushButton, "sampleBackButton"), Qt.MouseButton.LeftButton)
    back = switched.current_window()
    assert back is not shown and back.archive.paths.root == own
    idle(back)
    assert back.findChild(QObject, "sampleBanner") is None
    assert back.center.currentWidget() is back.welcome
    assert "mẫu" not in back.windowTitle()

    again = sample.prepare(own)                                         # the same sample, kept as it was
    assert again == tmp_path / "kho-mau"
    back.findChild(QAction, "sampleAction").trigger()                   # Help ▸ Open the sample archive
    reopened = switched.current_window()
    idle(reopened, timeout=30000)
    assert reopened.results.rowCount() == 8                             # nothing imported twice
    assert reopened.imports.summary is None


def test_sample_from_a_filled_archive_by_menu(window, switched, idle, filled_dir):
    before = own_report_count(filled_dir)
    window.findChild(QAction, "sampleAction").trigger()
    shown = switched.current_window()
    idle(shown, timeout=30000)
    assert shown.results.rowCount() == 8
    assert own_report_count(filled_dir) == before


def test_sample_banner_speaks_english(make_window, switched, qtbot, idle, tmp_path):
    window = make_window(tmp_path / "kho")
    window.welcome.sampleRequested.emit()
    shown = switched.current_window()
    idle(shown, timeout=30000)
    shown.set_language("en")
    banner = shown.findChild(QObject, "sampleBanner")
    qtbot.waitUntil(lambda: "This is the sample archive." in banner.label.text())   # LanguageChange is posted
    assert banner.back_button.text() == "Back to my archive"
    assert shown.windowTitle().endswith("sample archive")


def test_sample_folder_never_takes_a_foreign_folder(tmp_path):
    own = tmp_path / "kho"
    foreign = tmp_path / "kho-mau"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("not ours", encoding="utf-8")
    target = sample.prepare(own)
    assert target == tmp_path / "kho-mau-2" and sample.is_sample(target)
    assert not sample.is_sample(foreign)
    assert sample.prepare(own) == target                                # found again next time
