"""Take the README screenshots of the desktop window (run under Xvfb with a font covering Vietnamese).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_screenshots.py DEMO_DIR

DEMO_DIR is an archive filled with the shipped sample, the shared corpus' meetings and local-gov reports:

    .venv/bin/python -m archive_app --data-dir DEMO_DIR import archive_app/resources/sample \
        ../shared/corpus/meetings.jsonl ../shared/corpus/local-gov

The empty-state and import scenes use temporary archives. make_print_screenshots.py takes the print
pictures from the same DEMO_DIR. Settings go to a temporary folder, so the user's are untouched.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent
TMP = Path(tempfile.mkdtemp(prefix="archive-shots-"))
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(TMP / "settings"))

from archive_app.ui.app import build_main_window, ensure_app


def screen(name: str, widget=None) -> None:
    """Save the whole screen, or only ``widget`` (a dialog) when given."""
    image = widget.grab() if widget is not None else QApplication.primaryScreen().grabWindow(0)
    image.save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


class Scenes:
    """Each scene is a list of steps; a step runs when the window is idle."""

    def __init__(self, demo: Path):
        self.demo = demo
        self.steps = []
        self.window = None

    def when_idle(self, fn, delay=300):
        self.steps.append((fn, delay))

    def run(self):
        if not self.steps:
            QApplication.instance().quit()
            return
        if self.window is not None and not self.window.is_idle():
            QTimer.singleShot(100, self.run)
            return
        fn, delay = self.steps.pop(0)
        fn()
        QTimer.singleShot(delay, self.run)

    def open(self, data_dir):
        def step():
            if self.window is not None:
                self.window.close()
            self.window = build_main_window(data_dir)
            self.window.move(0, 0)
            self.window.resize(1400, 900)
            self.window.show()
        self.when_idle(step, 800)


def bad_files(folder: Path) -> list[Path]:
    """A small import with problems, for the summary dialog."""
    folder.mkdir(parents=True, exist_ok=True)
    good = folder / "bien-ban-hop-chi-bo.txt"
    good.write_text("BIÊN BẢN HỌP CHI BỘ\nNgày 12 tháng 3 năm 2021\n"
                    "Đồng chí Nguyễn Văn Hùng - Bí thư Chi bộ chủ trì.\n"
                    "Chi bộ bàn công tác phát triển đảng viên và công tác dân vận.\n", encoding="utf-8")
    (folder / "rong.txt").write_bytes(b"")
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 not really a docx")
    lines = folder / "bao-cao.jsonl"
    rows = [{"title": "Giao ban tuần 10", "body": "Giao ban công tác tuần 10 của Văn phòng Huyện ủy.",
             "date": "2021-03-08"}, "không phải JSON"]
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r for r in rows),
                     encoding="utf-8")
    return [folder]


def main(demo: Path) -> None:
    app = ensure_app(sys.argv[:1])
    s = Scenes(demo)
    s.open(TMP / "empty")
    s.when_idle(lambda: screen("empty-state"))
    s.open(demo)
    s.when_idle(lambda: s.window.search_edit.setText("dân vận"), 1200)
    s.when_idle(lambda: s.window.filters.lists["year"].click_key("2023"), 800)      # a filter: its chip shows
    s.when_idle(lambda: screen("results-reader"))
    for width, height in ((1366, 768), (1024, 700)):                              # office laptops, projectors
        s.when_idle(lambda w=width, h=height: s.window.resize(w, h), 800)
        s.when_idle(lambda w=width: screen(f"small-screen-{w}", s.window))
    s.when_idle(lambda: s.window.resize(1400, 900), 800)
    s.when_idle(lambda: s.window.findChild(QAction, "shortcutsAction").trigger(), 600)
    s.when_idle(lambda: screen("keyboard-shortcuts", s.window.shortcuts_dialog))
    s.when_idle(lambda: s.window.shortcuts_dialog.close())
    s.when_idle(lambda: s.window.actions["personsAction"].trigger(), 800)
    s.when_idle(lambda: s.window.operations.persons_dialog.select_name("Nguyễn Xuân Phúc"), 800)
    s.when_idle(lambda: screen("person-view", s.window.operations.persons_dialog))
    s.when_idle(lambda: s.window.operations.persons_dialog.close())
    s.open(TMP / "import")
    s.when_idle(lambda: s.window.imports.start(bad_files(TMP / "files"), tags=("Hồ sơ 2021",)), 1500)
    s.when_idle(lambda: screen("import-summary"))
    s.when_idle(lambda: s.window.imports.summary.close())
    s.when_idle(lambda: s.window.close())
    QTimer.singleShot(200, s.run)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
