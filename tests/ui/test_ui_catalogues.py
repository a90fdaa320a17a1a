"""The shipped translations are complete and compiled; the UI code stays small and never spins the loop."""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"
UI = ROOT / "archive_app" / "ui"


def messages(ts: Path):
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            yield name, m


def test_every_vietnamese_message_is_finished_and_compiled():
    for context, m in messages(TS / "archive_app_vi.ts"):
        source, tr = m.find("source").text, m.find("translation")
        assert tr.get("type") is None, (context, source)            # not unfinished, not vanished
        if m.get("numerus") == "yes":
            expected = tr.find("numerusform").text.replace("%n", "2").replace("%Ln", "2")
            assert QCoreApplication.translate(context, source, None, 2) == expected, (context, source)
        else:
            assert tr.text and QCoreApplication.translate(context, source) == tr.text, (context, source)


def test_qt_own_texts_are_covered():
    contexts = {name for name, _ in messages(TS / "qt_vi.ts")}
    assert {"QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QMessageBox", "QFileDialog",
            "QFileSystemModel", "QLineEdit", "QWidgetTextControl"} <= contexts


@pytest.mark.skipif(not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)),
                    reason="pyside6-lupdate not installed")
def test_catalogue_has_every_string_of_the_code(tmp_path):
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    files = sorted(str(p) for p in UI.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *files, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, m.find("source").text) for c, m in messages(fresh)}
    in_catalogue = {(c, m.find("source").text) for c, m in messages(TS / "archive_app_vi.ts")}
    # Every string of the code is in the catalogue (lupdate before Qt 6.12 misses a few plural
    # calls, so the catalogue may hold more than this lupdate finds).
    missing = in_code - in_catalogue
    assert not missing, f"run resources/translations/update.sh and translate the new strings: {missing}"


def test_ui_modules_are_small_and_never_spin_the_event_loop():
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) < 400, path
        assert "processEvents" not in text, path


def test_ui_modules_import_before_any_application_exists():
    """Nothing Qt-platform-dependent (QKeySequence, fonts, pixmaps) is built at import time."""
    code = ("import pkgutil, importlib, archive_app.ui as ui\n"
            "for m in pkgutil.walk_packages(ui.__path__, 'archive_app.ui.'):\n"
            "    importlib.import_module(m.name)\n"
            "from PySide6.QtWidgets import QApplication\n"
            "assert QApplication.instance() is None\n")
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr[-2000:]
