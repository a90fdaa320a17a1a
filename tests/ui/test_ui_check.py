"""Tools ▸ Check archive: the result dialog says what was checked, each problem and what fixes it."""
from PySide6.QtWidgets import QMessageBox, QPushButton
from whoosh import index as whoosh_index

from archive_app.core.services import Archive
from archive_app.core.storage.schema import ReportRow


def run_check(window, qtbot, idle):
    window.actions["checkAction"].trigger()
    qtbot.waitUntil(lambda: window.operations.message_box is not None
                    and window.operations.message_box.isVisible())
    idle(window)
    box = window.operations.message_box
    assert box.objectName() == "checkResultDialog"
    assert window.statusBar().currentMessage() == ""
    return box


def test_a_sound_archive_gets_a_good_report(window, qtbot, idle):
    box = run_check(window, qtbot, idle)
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == "Kho lưu trữ ở trạng thái tốt: 5 báo cáo, tất cả đã có trong chỉ mục, đã kiểm tra 5 tệp gốc."
    assert "SQLite" in box.informativeText() and "SHA-256" in box.informativeText()
    assert box.detailedText() == ""
    assert box.findChild(QPushButton, "checkRebuildButton") is None
    box.close()


def test_problems_are_listed_with_their_remedy_and_the_index_can_be_rebuilt(filled_dir, make_window, qtbot, idle):
    with Archive(filled_dir) as a, a.Session() as s:
        (rid, sha), (rid2, _) = s.query(ReportRow.id, ReportRow.original_sha256).order_by(ReportRow.id)[:2]
    original = filled_dir / "originals" / sha[:2] / sha
    original.write_bytes(original.read_bytes() + b" ")          # an original altered behind our back
    ix = whoosh_index.open_dir(str(filled_dir / "index"))
    w = ix.writer()
    w.delete_by_term("id", str(rid2))                          # a report lost from the index
    w.commit()
    window = make_window(filled_dir)

    box = run_check(window, qtbot, idle)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Số vấn đề phát hiện: 2."
    details = box.detailedText()
    assert f"1 báo cáo không có trong chỉ mục tìm kiếm (không tìm thấy được): số {rid2}" in details
    assert f"1 tệp gốc bị hỏng (SHA-256 không khớp): {sha[:12]}… (của báo cáo số {rid})" in details
    assert "Công cụ ▸ Lập lại chỉ mục tìm kiếm" in details and "archive-app restore" in details
    rebuild = box.findChild(QPushButton, "checkRebuildButton")
    assert rebuild is not None
    rebuild.click()
    idle(window)
    report = window.archive.check()
    assert report.index_ok and report.missing_in_index == ()
    assert [p.code for p in report.problems] == ["original_damaged"]

    window.actions["languageEnAction"].trigger()
    box = run_check(window, qtbot, idle)
    assert box.text() == "Problems found: 1."
    assert "original file(s) damaged (SHA-256 mismatch)" in box.detailedText()
    assert "restore your latest backup" in box.detailedText()
    assert box.findChild(QPushButton, "checkRebuildButton") is None
    box.close()
