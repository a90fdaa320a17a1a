"""Print, PDF and export from the window. Reports load and files are written on a worker (the
``export`` lane), so the window never freezes; the print preview opens once the reports are read."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from .. import i18n
from ..formatting import fmt_int
from ..settings import app_settings

SELECTED, LISTED = "selected", "listed"


class ExportFlow(QObject):
    """The window's print and export actions: what to take, where to write, and the outcome."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.preview = None                 # the open print preview, if any
        a = window.actions
        a["printAction"].triggered.connect(self.print_selected)
        a["exportPdfAction"].triggered.connect(self.choose_pdf)
        a["exportSelectedJsonAction"].triggered.connect(lambda: self.choose_data("jsonl", SELECTED))
        a["exportSelectedCsvAction"].triggered.connect(lambda: self.choose_data("csv", SELECTED))
        a["exportListedJsonAction"].triggered.connect(lambda: self.choose_data("jsonl", LISTED))
        a["exportListedCsvAction"].triggered.connect(lambda: self.choose_data("csv", LISTED))
        a["exportArchiveAction"].triggered.connect(self.choose_archive)

    def update_actions(self) -> None:
        """Selection-based actions need a selection; list-based ones a non-empty list."""
        a, selected = self.window.actions, bool(self.window.selected_ids())
        for name in ("printAction", "exportPdfAction", "exportSelectedJsonAction", "exportSelectedCsvAction"):
            a[name].setEnabled(selected)
        for name in ("exportListedJsonAction", "exportListedCsvAction"):
            a[name].setEnabled(self.window.results.rowCount() > 0)

    def _ids(self, scope: str) -> list[int]:
        return self.window.selected_ids() if scope == SELECTED else list(self.window.results.ids())

    # --- print ----------------------------------------------------------------------------------
    def print_selected(self) -> None:
        """Read the selected reports, then open the print preview on them (in the order shown)."""
        ids, terms = self.window.selected_ids(), frozenset(self.window.highlight)
        if ids:
            archive = self.window.archive
            self.window.workers.run("read", lambda ctx: list(archive.transfer.reports(ids)),
                                    on_done=lambda reports: self.open_preview(reports, terms))

    def open_preview(self, reports, terms=frozenset()):
        from .print_preview import PreviewDialog, saved_options

        self.preview = PreviewDialog(reports, saved_options(terms, i18n.current()), terms, self.window)
        self.preview.open()
        return self.preview

    # --- files ----------------------------------------------------------------------------------
    def _target(self, title: str, name: str, filters: str) -> Path | None:
        """Ask where to save (starting in the last folder used)."""
        folder = app_settings().value("export/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / name), filters)
        if not path:
            return None
        app_settings().setValue("export/folder", str(Path(path).parent))
        return Path(path)

    def _name(self, suffix: str, what: str = "") -> str:
        """A file name such as bao-cao-2026-11-27.pdf (ASCII: safe on any disk and in any e-mail)."""
        prefix = what or self.tr("reports", "file name: ASCII, no spaces")
        return f"{prefix}-{dt.date.today().isoformat()}.{suffix}"

    def choose_pdf(self) -> None:
        ids = self.window.selected_ids()
        path = self._target(self.tr("Export as PDF"), self._name("pdf"), self.tr("PDF files (*.pdf)")) if ids else None
        if path:
            self.save_pdf(ids, path)

    def save_pdf(self, ids: list[int], path: Path):
        """Write the reports of ``ids`` as one PDF (the print layout) on the export lane."""
        from ..printing import write_pdf
        from .print_preview import saved_options

        archive = self.window.archive
        options = saved_options(self.window.highlight, i18n.current())

        def task(ctx):
            reports = list(archive.transfer.reports(ids))
            return write_pdf(reports, path, options, progress=ctx.progress, cancel=ctx.cancelled)

        def done(pages: int) -> None:
            self._finished(self.tr("Saved %n page(s) as PDF: %1", "", pages).replace("%1", str(path)))

        return self._start(task, done)

    def choose_data(self, kind: str, scope: str) -> None:
        ids = self._ids(scope)
        if not ids:
            return
        filters = self.tr("JSON Lines (*.jsonl)") if kind == "jsonl" else self.tr("CSV for spreadsheets (*.csv)")
        path = self._target(self.tr("Export reports"), self._name(kind), filters)
        if path:
            self.save_data(kind, ids, path)

    def save_data(self, kind: str, ids: list[int], path: Path):
        """Write reports as JSON Lines (what import reads) or CSV (UTF-8 with BOM) on the export lane."""
        archive, lang = self.window.archive, i18n.current()
        if kind == "jsonl":
            def task(ctx):
                return archive.transfer.export_jsonl(path, ids, progress=ctx.progress)
        else:
            def task(ctx):
                return archive.transfer.export_csv(path, ids, lang=lang, progress=ctx.progress)

        def done(n: int) -> None:
            self._finished(self.tr("Exported %n report(s) to %1", "", n).replace("%1", str(path)))

        return self._start(task, done)

    def choose_archive(self) -> None:
        name = self._name("zip", self.tr("archive", "file name: ASCII, no spaces"))
        path = self._target(self.tr("Export the whole archive"), name, self.tr("Zip archives (*.zip)"))
        if path:
            self.save_archive(path)

    def save_archive(self, path: Path):
        """Write every report, original file, person and tag into one zip (import reads it back)."""
        archive = self.window.archive

        def done(counts: dict) -> None:
            text = self.tr("The whole archive was saved to %1: %2 reports, %3 original files. "
                           "Import this file to restore it.")
            self._finished(text.replace("%1", str(path)).replace("%2", fmt_int(counts["reports"]))
                           .replace("%3", fmt_int(counts["originals"])))

        return self._start(lambda ctx: archive.transfer.export_archive(path, progress=ctx.progress), done)

    # --- running --------------------------------------------------------------------------------
    def _start(self, task, done):
        self.window.statusBar().showMessage(self.tr("Exporting…"))
        return self.window.workers.run("export", task, on_done=done, on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.window.statusBar().showMessage(self.tr("Exporting… %1/%2").replace("%1", fmt_int(done))
                                            .replace("%2", fmt_int(total)))

    def _finished(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)
