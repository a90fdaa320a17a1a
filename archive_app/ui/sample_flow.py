"""The sample archive in the window: open it from the welcome page (or Help), fill it on the writer with
the import machinery, show clearly that it is the sample, and lead back to the user's own archive.

The sample is a separate archive (``core.sample``): switching asks for a new window on the other data
folder (the window's ``archiveSwitchRequested``, which ``ui.app`` answers), so the user's archive is
never written to.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from ..core import sample

translate = QCoreApplication.translate          # lupdate finds translate("SampleFlow", …) calls


def install(window):
    """Called once by the main window: returns the sample banner when it shows the sample (and fills it
    after the window's own start), else connects the ways to open the sample and returns None."""
    if sample.is_sample(window.archive.paths.root):
        from .widgets.sample_banner import SampleBanner

        banner = SampleBanner(window)
        banner.backRequested.connect(lambda: back_to_own_archive(window))
        window.centralWidget().layout().insertWidget(0, banner)
        window.welcome.set_sample_offered(False)
        window.actions["sampleAction"].setEnabled(False)
        QTimer.singleShot(0, lambda: fill(window))           # after the window's own start
        return banner
    window.welcome.sampleRequested.connect(lambda: open_sample(window))
    window.actions["sampleAction"].triggered.connect(lambda: open_sample(window))
    return None


def fill(window) -> bool:
    """Import the sample reports the sample archive lacks (quietly, unless something fails)."""
    if window.workers.closed:
        return False
    archive = window.archive
    return window.imports.run(lambda progress, cancel: archive.import_sample(progress, cancel), summary=False)


def _busy(window) -> bool:
    if window.imports.running():
        window.statusBar().showMessage(translate("SampleFlow", "Please wait until the import has finished."),
                                       5000)
        return True
    return False


def open_sample(window) -> None:
    """Ask for the sample archive in place of the user's (not while an import runs)."""
    if _busy(window):
        return
    try:
        target = sample.prepare(window.archive.paths.root)
    except OSError as exc:
        window.show_error(exc)
        return
    window.archiveSwitchRequested.emit(target)


def back_to_own_archive(window) -> None:
    """Ask for the archive the sample belongs to in place of the sample (not while an import runs)."""
    from ..core.paths import resolve_data_dir

    if _busy(window):
        return
    window.archiveSwitchRequested.emit(sample.home_of(window.archive.paths.root) or resolve_data_dir(None))
