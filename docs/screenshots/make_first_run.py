"""Take the README screenshots of the first five minutes: the first-run screen of an empty archive, and
the sample archive opened from it. Needs no demo data (the sample ships with the app).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_first_run.py

Archives and settings go to a temporary folder, so the user's are untouched.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

OUT = Path(__file__).resolve().parent
TMP = Path(tempfile.mkdtemp(prefix="archive-first-run-"))
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(TMP / "settings"))

from archive_app.ui import app as ui_app  # (after the settings path is set)


def screen(name: str) -> None:
    """Save the window as it is painted (the same under Xvfb and QT_QPA_PLATFORM=offscreen)."""
    image = ui_app.current_window().grab()
    image.save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


def main() -> None:
    app = ui_app.ensure_app(sys.argv[:1])
    window = ui_app.build_main_window(TMP / "kho-luu-tru")
    ui_app._state["window"] = window            # as run_gui does: the app owns the window it shows
    window.move(0, 0)
    window.resize(1400, 900)
    window.show()
    steps = [
        (lambda: screen("first-run"), 300),
        (lambda: window.welcome.sample_button.click(), 1500),
        (lambda: ui_app.current_window().resize(1400, 900), 300),
        (lambda: ui_app.current_window().search_edit.setText("vo quoc bao"), 1200),
        (lambda: screen("sample-archive"), 300),
        (lambda: ui_app.current_window().close(), 300),
    ]

    def run() -> None:
        current = ui_app.current_window()
        if not current.is_idle():
            QTimer.singleShot(100, run)
            return
        if not steps:
            app.quit()
            return
        fn, delay = steps.pop(0)
        fn()
        QTimer.singleShot(delay, run)

    QTimer.singleShot(800, run)
    app.exec()


if __name__ == "__main__":
    main()
