"""Import from the window: welcome state, progress with cancel, summary with failures, drag and drop."""
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from ui_helpers import rep


def many(n):
    return [rep(f"Báo cáo số {i}", f"Nội dung cuộc họp số {i} về công tác dân vận và phát triển kinh tế {i}.",
                date=f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(n)]


def test_empty_archive_welcomes_and_offers_import(make_window, qtbot):
    window = make_window()
    assert window.center.currentWidget() is window.welcome
    assert window.welcome.button.isVisible() or window.welcome.button.text()
    assert "bản quét" in window.welcome.import_choice.text.text()      # scans are importable too (OCR)
    triggered = []
    window.actions["importAction"].triggered.disconnect()
    window.actions["importAction"].triggered.connect(lambda: triggered.append(True))
    qtbot.mouseClick(window.welcome.button, Qt.MouseButton.LeftButton)
    assert triggered == [True]


def test_import_shows_progress_and_can_be_cancelled(make_window, write_jsonl, qtbot, idle):
    window = make_window()
    path = write_jsonl(many(1500))
    seen = []
    window.imports.progressed.connect(lambda done, total, label: seen.append((done, total, label)))
    assert window.imports.start([path])
    assert not window.imports.start([path])                        # one import at a time
    qtbot.waitUntil(lambda: window.imports.progress is not None and window.imports.progress.isVisible()
                    and "reports.jsonl:" in window.imports.progress.label.text(), timeout=10000)
    label = window.imports.progress.label.text()
    assert "/1.500" in label or "1.500" in label                    # Vietnamese digit grouping
    qtbot.mouseClick(window.imports.progress.cancel_button, Qt.MouseButton.LeftButton)
    idle(window, timeout=30000)
    summary = window.imports.summary
    assert summary.isVisible() and summary.result.cancelled
    assert 0 < len(summary.result.imported) < 1500
    assert seen and seen[0][1] == 1500
    assert window.imports.progress is None
    assert window.center.currentWidget() is not window.welcome
    assert window.results.rowCount() == len(summary.result.imported)
    window.search_edit.setText("dan van")                          # indexed on the writer after the import
    idle(window)
    assert window.results.rowCount() == len(summary.result.imported)
    summary.close()


def test_import_summary_lists_failures_with_reasons(make_window, write_jsonl, tmp_path, idle):
    window = make_window()
    good = write_jsonl([rep("Họp tổ dân phố", "Nội dung họp tổ dân phố số 5.")], "good.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "body": "y"}\nthis is not json\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.imports.start([good, bad, empty, tmp_path / "missing.docx"])
    idle(window, timeout=30000)
    summary = window.imports.summary
    assert len(summary.result.imported) == 2
    problems = {summary.model.item(r, 0).text(): summary.model.item(r, 1).text()
                for r in range(summary.problem_rows)}
    assert set(problems) == {"bad.jsonl:2", "empty.txt", "missing.docx"}
    assert all(problems.values())
    assert "JSON" in problems["bad.jsonl:2"]
    assert summary.table.isVisibleTo(summary)
    imported = [summary.model.item(r, 1).text() for r in range(summary.problem_rows, summary.model.rowCount())]
    assert len(imported) == 2 and all(text.startswith("Đã nhập") for text in imported), imported
    summary.close()


def test_dropping_files_imports_them(make_window, write_jsonl, idle):
    window = make_window()
    path = write_jsonl([rep("Họp giao ban tuần", "Giao ban công tác tuần 12.")], "drop.jsonl")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    window.imports.options.accept()                                 # (no tags for this batch)
    idle(window, timeout=30000)
    assert len(window.imports.summary.result.imported) == 1
    assert window.results.rowCount() == 1
    window.imports.summary.close()
