"""The print preview: the pages of a print job (``ui.printing``) on screen, with switches for the cover
page and the search-hit highlighting; its Print button prints the very same pages."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar

from ...core.models import Report
from ..printing import PrintJob, PrintOptions, a4_layout
from ..settings import app_settings


def saved_options(terms=frozenset(), lang: str = "vi") -> PrintOptions:
    """Print options as the user last chose them: cover on, highlighting off unless switched on."""
    s = app_settings()
    cover = str(s.value("print/cover", "true")).lower() == "true"
    highlight = str(s.value("print/highlight", "false")).lower() == "true"
    return PrintOptions(cover=cover, terms=frozenset(terms) if highlight else frozenset(), lang=lang)


class PreviewDialog(QPrintPreviewDialog):
    """Print preview of a job (A4), with switches for the cover page and the search-hit highlighting;
    its Print button prints the same pages."""

    def __init__(self, reports: list[Report], options: PrintOptions, terms=frozenset(), parent=None):
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageLayout(a4_layout())
        self.job = PrintJob(reports, options)
        self.printer.setDocName(self.job.document_title())
        super().__init__(self.printer, parent)
        self.setObjectName("printPreview")
        self.terms = frozenset(terms)
        self.preview = self.findChild(QPrintPreviewWidget)
        self.paintRequested.connect(self._paint)
        toolbar = self.findChild(QToolBar)
        toolbar.addSeparator()
        self.cover_switch = self._switch(toolbar, "printCoverSwitch", options.cover)
        self.cover_switch.setEnabled(len(reports) > 1)
        self.highlight_switch = self._switch(toolbar, "printHighlightSwitch", bool(options.terms))
        self.highlight_switch.setEnabled(bool(self.terms))
        self.retranslate()
        self.resize(980, 900)

    def _switch(self, toolbar: QToolBar, name: str, checked: bool) -> QAction:
        action = QAction(self, objectName=name, checkable=True, checked=checked)
        action.toggled.connect(self._options_changed)
        toolbar.addAction(action)
        return action

    def retranslate(self) -> None:
        self.cover_switch.setText(self.tr("Cover page"))
        self.cover_switch.setToolTip(self.tr("Start with a list of the reports and their page numbers"))
        self.highlight_switch.setText(self.tr("Highlight hits"))
        self.highlight_switch.setToolTip(self.tr("Mark the words of the current search in yellow"))

    def _options_changed(self) -> None:
        cover, highlight = self.cover_switch.isChecked(), self.highlight_switch.isChecked()
        app_settings().setValue("print/cover", "true" if cover else "false")
        app_settings().setValue("print/highlight", "true" if highlight else "false")
        self.job.options = replace(self.job.options, cover=cover,
                                   terms=self.terms if highlight else frozenset())
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        self.job.paint(printer)
