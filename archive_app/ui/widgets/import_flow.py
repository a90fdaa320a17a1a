"""Import from the menu, the toolbar or a drop, as an archivist does it: choose (the file dialog opens
where the last import came from), tag the batch, run on the writer with a progress dialog that can
cancel, then a summary in words — what came in, each duplicate and each failure with its reason — with
"Show these reports" to list just this batch."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.models import ImportResult
from .. import i18n
from ..formatting import fmt_int
from ..settings import app_settings
from ..tasks import TaskError, Workers
from .tag_editor import FoldCompleter, split_tags

FOLDER_KEY = "import/folder"          # where the file dialogs open: the folder of the last import

SHOW_PROGRESS_AFTER_MS = 300


class ProgressDialog(QDialog):
    """Count, current file and a cancel button; while a scan is read by OCR, also a button that gives
    up that scan alone. (Not QProgressDialog: its setValue spins the event loop.)"""
    canceled = Signal()
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setWindowTitle(self.tr("Importing"))
        self.label = QLabel(self.tr("Preparing the import…"), objectName="importProgressLabel")
        self.label.setMinimumWidth(460)
        self.bar = QProgressBar(objectName="importProgressBar")
        self.bar.setRange(0, 0)
        buttons = QDialogButtonBox()
        self.skip_button = buttons.addButton(self.tr("Skip this scan"), QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button.setObjectName("skipScanButton")
        self.skip_button.setToolTip(self.tr("Stop reading this scan (it is not imported) and go on with the "
                                            "other files"))
        self.skip_button.hide()
        self.skip_button.clicked.connect(self._skip)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)

    def set_progress(self, done: int, total: int, text: str, reading_scan: bool = False) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.label.setText(text)
        self.skip_button.setVisible(reading_scan)
        self.skip_button.setEnabled(reading_scan)

    def _skip(self) -> None:
        self.skip_button.setEnabled(False)
        self.skipped.emit()

    def reject(self) -> None:                      # Cancel button and Escape
        self.cancel_button.setEnabled(False)
        self.canceled.emit()


class ImportOptionsDialog(QDialog):
    """Before an import: what will be read, and tags every report of the batch gets (as ``--tag``)."""

    def __init__(self, paths: list[Path], tag_names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importOptions")
        self.setWindowTitle(self.tr("Import reports"))
        self.paths = paths
        names = ", ".join(p.name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        what = self.tr("%n file(s) or folder(s): %1", "", len(paths)).replace("%1", names)
        self.what = QLabel(what, objectName="importWhat", wordWrap=True)
        self.tags_edit = QLineEdit(objectName="importTags")
        self.tags_edit.setPlaceholderText(self.tr("e.g. Hồ sơ 2021, Phòng Tổ chức (optional)"))
        FoldCompleter(self.tags_edit).names = list(tag_names)
        form = QFormLayout()
        form.addRow(self.tr("Tags for every report of this import:"), self.tags_edit)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("importStartButton")
        ok.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 150)

    def tags(self) -> tuple[str, ...]:
        return tuple(split_tags(self.tags_edit.text()))


class ImportSummaryDialog(QDialog):
    """What an import did: counts, then each failed file with its reason, each duplicate and each report
    that came in; "Show these reports" lists the batch in the window."""
    showReports = Signal(list)         # ids of the reports this import brought in

    def __init__(self, result: ImportResult, parent: QWidget | None = None, tags: tuple[str, ...] = ()):
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import finished"))
        self.result = result
        counts = self.tr("Imported: %1 · duplicates: %2 · failed: %3").replace(
            "%1", fmt_int(len(result.imported))).replace("%2", fmt_int(len(result.duplicates))).replace(
            "%3", fmt_int(len(result.failed)))
        lines = [f"<b>{counts}</b>"]
        if tags:
            lines.append(self.tr("Every imported report is tagged: %1").replace("%1", ", ".join(tags)))
        if result.cancelled:
            lines.append(self.tr("The import was cancelled before the end; "
                                 "the remaining files were not imported."))
        self.summary = QLabel("<br>".join(lines), objectName="importCounts", wordWrap=True)
        self.table = QTableView(objectName="importProblems")
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("File"), self.tr("What happened")])
        for item in result.failed:
            self._row(item.path, i18n.pick(item.error_vi or "", item.error_en or ""), "#b00020")
        for item in result.duplicates:
            why = self.tr("Already in the archive (report %1)").replace("%1", str(item.id))
            self._row(item.path, why, "#555")
        self.problem_rows = self.model.rowCount()            # failures and duplicates come first
        for item in result.imported:
            done = self.tr("Imported as report %1: %2").replace("%1", str(item.id))
            done = done.replace("%2", item.title or "")
            self._row(item.path, done, "")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        self.table.setWordWrap(True)
        self.table.setVisible(self.model.rowCount() > 0)
        buttons = QDialogButtonBox()
        ids = [item.id for item in result.imported if item.id is not None]
        self.show_button = buttons.addButton(self.tr("Show these reports"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setObjectName("showImportedButton")
        self.show_button.setEnabled(bool(ids))
        self.show_button.clicked.connect(lambda: (self.showReports.emit(ids), self.accept()))
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420 if self.model.rowCount() else 140)

    def _row(self, path: str, reason: str, colour: str) -> None:
        name = QStandardItem(_short_label(path))
        name.setToolTip(path)
        why = QStandardItem(reason)
        why.setToolTip(reason)
        if colour:
            why.setForeground(Qt.GlobalColor.darkRed if colour == "#b00020" else Qt.GlobalColor.darkGray)
        self.model.appendRow([name, why])


def _short_label(label: str) -> str:
    """"/long/path/reports.jsonl:12" → "reports.jsonl:12"."""
    path, sep, line = label.rpartition(":")
    if sep and line.isdigit():
        return f"{Path(path).name}:{line}"
    return Path(label).name or label


class ImportFlow(QObject):
    """Runs imports for the window; ``finished`` carries the ImportResult."""
    started = Signal()
    finished = Signal(object)
    progressed = Signal(int, int, str)
    showBatch = Signal(list)           # "Show these reports" in the summary: ids of the batch

    def __init__(self, archive, workers: Workers, window: QWidget):
        super().__init__(window)
        self._archive, self._workers, self._window = archive, workers, window
        self.handle = None
        self.progress: ProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self.options: ImportOptionsDialog | None = None
        self.tag_names: list[str] = []          # for the tag completer of the options dialog
        self._summary_wanted = True
        self._tags: tuple[str, ...] = ()
        self.skip = threading.Event()     # set: give up the scan being read, go on with the rest

    def running(self) -> bool:
        return self.handle is not None

    @staticmethod
    def last_folder() -> str:
        folder = app_settings().value(FOLDER_KEY)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    @staticmethod
    def remember_folder(folder: Path) -> None:
        app_settings().setValue(FOLDER_KEY, str(folder))

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import reports"), self.last_folder(),
            self.tr("Reports (*.docx *.doc *.odt *.pdf *.rtf *.txt *.md *.html *.htm *.jsonl);;"
                    "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Archive exports (*.zip);;All files (*)"))
        if paths:
            self.remember_folder(Path(paths[0]).parent)
            self.ask([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import a folder of reports"),
                                                  self.last_folder())
        if folder:
            self.remember_folder(Path(folder).parent)
            self.ask([Path(folder)])

    def ask(self, paths: list[Path]) -> None:
        """The options dialog (tags for the batch); the import starts when it is accepted."""
        self.options = ImportOptionsDialog(paths, self.tag_names, self._window)
        self.options.accepted.connect(lambda dialog=self.options: self.start(dialog.paths, dialog.tags()))
        self.options.open()

    def start(self, paths: list[Path], tags: tuple[str, ...] = ()) -> bool:
        """Import ``paths`` (files and folders) on the writer, every report tagged ``tags``;
        False when an import already runs."""
        archive = self._archive
        ok = self.run(lambda progress, cancel: archive.import_paths(paths, tags=tags, progress=progress,
                                                                    cancel=cancel, index=False,
                                                                    on_page=progress, skip=self.skip))
        if ok:
            self._tags = tuple(tags)
        return ok

    def run(self, importer, summary: bool = True) -> bool:
        """Run ``importer(progress, cancel) -> ImportResult`` on the writer with the progress dialog.

        ``summary=False`` shows the summary only when something failed or the user cancelled.
        """
        if self.running():
            return False
        self._summary_wanted = summary
        self._tags = ()
        self.progress = ProgressDialog(self._window)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self.cancel)
        self.progress.skipped.connect(self.skip.set)
        self.started.emit()
        self.handle = self._workers.run(
            "write", lambda ctx: importer(ctx.progress, ctx.cancelled),
            on_done=self._done, on_error=self._failed, on_progress=self._progress)
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, self._show_progress)
        return True

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            if self.progress is not None:
                self.progress.label.setText(self.tr("Stopping after the current file…"))

    def _show_progress(self) -> None:
        if self.handle is not None and self.progress is not None:
            self.progress.show()

    def _progress(self, done: int, total: int, label: str, page: int = 0, pages: int = 0) -> None:
        """Files done; for a scan being read by OCR, also its pages recognised (``page`` of ``pages``)."""
        self.progressed.emit(done, total, label)
        if self.progress is None or (self.handle and self.handle.cancel_event.is_set()):
            return
        text = self.tr("Importing %1 of %2").replace("%1", fmt_int(done + 1 if label else done)).replace(
            "%2", fmt_int(total))
        name = _short_label(label)
        if pages:
            name += " — " + self.tr("reading the scan (OCR): page %1 of %2").replace(
                "%1", fmt_int(min(page + 1, pages))).replace("%2", fmt_int(pages))
        self.progress.set_progress(done, total, f"{text}\n{name}" if label else text, reading_scan=pages > 0)

    def _close_progress(self) -> None:
        self.handle = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: ImportResult) -> None:
        self._close_progress()
        if self._summary_wanted or result.failed or result.cancelled:
            self.summary = ImportSummaryDialog(result, self._window, self._tags)
            self.summary.showReports.connect(self.showBatch)
            self.summary.setWindowModality(Qt.WindowModality.WindowModal)
            self.summary.show()
        self.finished.emit(result)

    def _failed(self, error: TaskError) -> None:
        from .error_dialog import show_error

        self._close_progress()
        show_error(self._window, error)
        self.finished.emit(None)
