"""A damaged index found while searching is rebuilt on the writer with progress; the search then runs."""
from shared_paths import rot_postings


def test_damage_found_by_a_search_is_repaired_without_an_error_dialog(window, qtbot, idle):
    rot_postings(window.archive.paths.root)
    window.archive.index.close()                      # the next search opens the damaged files
    progress = []
    window.index_status.progress = lambda done, total, real=window.index_status.progress: (
        progress.append((done, total)), real(done, total))
    window.search_edit.setText("dan van")              # every accent variant: four reports
    idle(window)
    assert window.results.rowCount() == 4
    assert progress and progress[-1][0] == progress[-1][1] == 5     # the rebuild showed its progress
    assert not window.error_dialogs
    assert window.archive.check().ok
