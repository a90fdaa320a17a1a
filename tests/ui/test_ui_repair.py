"""A damaged index found while searching is rebuilt on the writer with progress; the search then runs."""
import os


def _rot_postings(data):
    """Bit rot in every posting file, keeping size and time (so only reading finds it)."""
    for p in (data / "index").iterdir():
        if p.suffix == ".pst":
            st = p.stat()
            raw = bytearray(p.read_bytes())
            for i in range(16, len(raw)):
                raw[i] ^= 0x5A
            p.write_bytes(bytes(raw))
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_damage_found_by_a_search_is_repaired_without_an_error_dialog(window, qtbot, idle):
    _rot_postings(window.archive.paths.root)
    window.archive.index.close()                      # the next search opens the damaged files
    progress = []
    window.index_status.progress = lambda done, total, real=window.index_status.progress: (
        progress.append((done, total)), real(done, total))
    window.search_edit.setText("dân vận")
    idle(window)
    assert window.results.rowCount() == 4
    assert progress and progress[-1][0] == progress[-1][1] == 5     # the rebuild showed its progress
    assert not window.error_dialogs
    assert window.archive.check().ok
