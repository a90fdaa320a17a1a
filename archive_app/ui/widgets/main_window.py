"""The main window (DESIGN.md §7): search bar on top, filters left, timeline and results in the middle,
the reader on the right. It lays widgets out and routes each user action to ``ui.operations``."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.models import Report
from .. import i18n, office_connect, operations, read_only, sample_flow
from ..icons import icon
from ..models.results import ResultsModel
from ..search_flow import SearchFlow, SearchOutcome
from ..settings import app_settings
from ..tasks import Workers
from .actions import MainActions
from .error_dialog import show_error
from .export_flow import ExportFlow
from .filter_panel import FilterPanel
from .import_flow import ImportFlow
from .index_status import IndexStatus
from .reader import ReaderPane
from .tag_editor import TagBar
from .timeline import Timeline
from .welcome import WelcomePage

WELCOME, RESULTS = 0, 1


class MainWindow(QMainWindow):
    def __init__(self, archive, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.archive = archive
        archive.repair_in_search = False      # a damaged index is rebuilt on the writer, with progress
        self.workers = Workers(self)
        self.workers.failed.connect(self.show_error)
        self.search = SearchFlow(archive, self.workers, self)
        self.results = ResultsModel(archive.summaries, self)
        self.tag_colours: dict[str, str | None] = {}
        self.highlight: tuple[str, ...] = ()
        self.last_outcome: SearchOutcome | None = None
        self._wanted_report: int | None = None
        self._reselecting = False
        self.started = False
        self.error_dialogs: list = []
        self._build()
        self.actions = MainActions(self)
        self.imports = ImportFlow(archive, self.workers, self)
        self.exports = ExportFlow(self)
        self._connect()
        sample_flow.install(self)             # the sample archive: its banner, or the ways to open it
        self.setAcceptDrops(True)
        read_only.install(self)               # a second window on this archive: read-only, with a banner
        office_connect.install(self)          # File ▸ office archive; on one: its label, listener, role
        self.retranslate()
        self._restore_settings()
        QTimer.singleShot(0, self._start)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumHeight(30)
        self.search_edit.setAcceptDrops(False)          # dropped files go to the window: import
        self.filters = FilterPanel()
        self.timeline = Timeline()
        self.count_label = QLabel(objectName="resultCount")
        self.table = QTableView(objectName="resultsView")
        self.table.setModel(self.results)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for col, width in enumerate((88, 300, 160)):
            self.table.setColumnWidth(col, width)
        self.table.setSortingEnabled(True)
        self.tag_bar = TagBar()
        self.tag_bar.edit.setAcceptDrops(False)
        self.welcome = WelcomePage()
        results_page = QWidget()
        middle = QVBoxLayout(results_page)
        middle.setContentsMargins(4, 4, 4, 4)
        middle.addWidget(self.timeline)
        middle.addWidget(self.count_label)
        middle.addWidget(self.table, 1)
        middle.addWidget(self.tag_bar)
        self.center = QStackedWidget(objectName="centerStack")
        self.center.addWidget(self.welcome)
        self.center.addWidget(results_page)
        self.center.setCurrentIndex(RESULTS)
        self.reader = ReaderPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230, 640, 530])
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 0)
        top.addWidget(self.search_edit)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.index_status = IndexStatus()
        self.statusBar().addPermanentWidget(self.index_status)
        self.resize(1400, 860)

    def _connect(self) -> None:
        a = self.actions
        self.search_edit.textChanged.connect(self.search.set_query)
        self.search_edit.returnPressed.connect(self.search.submit)          # Enter: no need to wait
        self.filters.filtersChanged.connect(self.search.set_filters)
        self.timeline.monthClicked.connect(self.filters.set_month)
        self.results.sortRequested.connect(self._sort_requested)
        self.search.resultsReady.connect(self.show_results)
        self.search.failed.connect(self.show_error)
        self.search.indexDamaged.connect(lambda: operations.prepare_index(self))
        self.search.waitingForIndex.connect(self._waiting_for_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("editAction", "tagAction", "trashAction"):
            self.table.addAction(a[name])
        self.tag_bar.addRequested.connect(lambda names: operations.tag_selected(self, add=names))
        self.tag_bar.removeRequested.connect(lambda names: operations.tag_selected(self, remove=names))
        self.welcome.importRequested.connect(a["importAction"].trigger)
        self.imports.started.connect(lambda: operations.index_busy(self, True))
        self.imports.finished.connect(lambda result: operations.after_import(self, result))
        a["importAction"].triggered.connect(self.imports.choose_files)
        a["importFolderAction"].triggered.connect(self.imports.choose_folder)
        a["quitAction"].triggered.connect(self.close)
        a["findAction"].triggered.connect(self.focus_search)
        a["nextHitAction"].triggered.connect(self.reader.next_hit)
        a["previousHitAction"].triggered.connect(self.reader.previous_hit)
        a["editAction"].triggered.connect(lambda: operations.edit_current(self))
        a["tagAction"].triggered.connect(self.tag_bar.edit.setFocus)
        a["trashAction"].triggered.connect(lambda: operations.trash_selected(self))
        a["showTrashAction"].triggered.connect(lambda: operations.open_trash(self))
        a["personsAction"].triggered.connect(lambda: operations.open_persons(self))
        a["tagManagerAction"].triggered.connect(lambda: operations.open_tag_manager(self))
        a["reindexAction"].triggered.connect(lambda: operations.rebuild_index(self))
        a["checkAction"].triggered.connect(lambda: operations.check_archive(self))
        a["aboutAction"].triggered.connect(lambda: operations.about(self))
        a["languageViAction"].triggered.connect(lambda: self.set_language("vi"))
        a["languageEnAction"].triggered.connect(lambda: self.set_language("en"))

    def is_idle(self) -> bool:
        """Started, and no task or search running or waiting (tests and scripts wait for this)."""
        return (self.started and not self.workers.busy() and not self.search.is_busy()
                and not self.filters.is_pending())

    def _start(self) -> None:
        self.started = True
        if not self.workers.closed:
            operations.prepare_index(self)
            operations.reload_tags(self)
            self.search.submit()

    # --- results ---------------------------------------------------------------------------
    def show_results(self, outcome: SearchOutcome) -> None:
        new_query = self.last_outcome is not None and outcome.request.query != self.last_outcome.request.query
        keep = [] if new_query else self.selected_ids()          # a new query shows its best match
        current = None if new_query else self.current_id()
        self.last_outcome = outcome
        self.highlight = outcome.browse.highlight
        self.results.set_ids(outcome.browse.ids)
        self.filters.set_facets(outcome.browse.facets)
        f = outcome.request.filters
        month = f.date_from.strftime("%Y-%m") if f.date_from and f.date_to and \
            f.date_from.strftime("%Y-%m") == f.date_to.strftime("%Y-%m") else None
        self.timeline.set_counts(outcome.months, month)
        self._update_count()
        empty_archive = not outcome.browse.ids and not outcome.request.query.strip() and not f.any()
        self.center.setCurrentIndex(WELCOME if empty_archive else RESULTS)
        self.filters.setVisible(not empty_archive)             # nothing to filter or read yet
        self.reader.setVisible(not empty_archive)
        self._reselect(keep, current)

    def _reselect(self, ids: list[int], current: int | None) -> None:
        model, sel = self.results, self.table.selectionModel()
        rows = [r for r in (model.row_of(i) for i in ids) if r is not None]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if not rows and model.rowCount():
            rows = [0]
        cur = model.row_of(current) if current is not None else None
        cur = cur if cur is not None else (rows[0] if rows else None)
        if cur is not None:
            self._reselecting = True
            try:
                sel.setCurrentIndex(model.index(cur, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            finally:
                self._reselecting = False
        for r in rows:
            sel.select(model.index(r, 0), flags)
        if cur is not None:
            self.table.scrollTo(model.index(cur, 0))
            if self.reader.report is not None and self.reader.report.id == model.id_at(cur):
                self.reader.show_report(self.reader.report, self.highlight, self.tag_colours)
            else:
                self.open_report(model.id_at(cur))
        else:
            self.reader.clear()
        self._selection_changed()

    def _update_count(self) -> None:
        if self.last_outcome is None:
            self.count_label.setText("")
            return
        n = len(self.last_outcome.browse.ids)
        self.count_label.setText(self.tr("%Ln report(s)", "", n))
        request = self.last_outcome.request
        if request.query.strip() or request.filters.any():
            self.statusBar().showMessage(self.tr("Found in %1 ms").replace(
                "%1", str(round(self.last_outcome.seconds * 1000))), 4000)

    def _sort_requested(self, order: str) -> None:
        if not order:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.search.set_order(order)

    def _waiting_for_index(self, waiting: bool) -> None:
        if waiting:
            self.statusBar().showMessage(self.tr("The search index is being prepared; "
                                                 "your search will run when it is ready."))

    # --- selection and reader --------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [rid for rid in (self.results.id_at(r) for r in rows) if rid is not None]

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.results.id_at(index.row()) if index.isValid() else None

    def _selection_changed(self, *args) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.tag_bar.set_selected(n)
        self.actions["trashAction"].setEnabled(n > 0 and not self.read_only)
        self.actions["editAction"].setEnabled(self.current_id() is not None and not self.read_only)
        self.exports.update_actions()

    def _current_changed(self, current, previous) -> None:
        if self._reselecting:
            return
        rid = self.results.id_at(current.row()) if current.isValid() else None
        if rid is not None:
            self.open_report(rid)

    def open_report(self, report_id: int | None) -> None:
        """Load a report on the reader thread and show it, highlighted with the current query."""
        self._wanted_report = report_id
        if report_id is None:
            self.reader.clear()
            return
        self.workers.run("read", lambda ctx: self.archive.report(report_id), on_done=self._report_loaded)

    def _report_loaded(self, report: Report) -> None:
        if report.id == self._wanted_report:
            self.reader.show_report(report, self.highlight, self.tag_colours)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- errors, language, drops ------------------------------------------------------------
    def show_error(self, error) -> None:
        self.error_dialogs = [d for d in self.error_dialogs if d.isVisible()]
        self.error_dialogs.append(show_error(self, error))

    def set_language(self, lang: str) -> None:
        i18n.install(lang)
        app_settings().setValue("language", lang)

    def retranslate(self) -> None:
        title = self.tr("Meeting report archive")
        if self.sample_banner is not None:
            title = self.tr("%1 — sample archive").replace("%1", title)
        self.setWindowTitle(title)
        self.search_edit.setPlaceholderText(self.tr("Search by words, person or topic — e.g. dân vận, "
                                                    "Nguyễn Văn A, \"giao ban\""))
        tip = self.tr("Diacritics are optional: “dan van” also finds “dân vận” (Ctrl+F)")
        self.search_edit.setToolTip(tip)
        self.actions.retranslate()
        self.actions["languageViAction"].setChecked(i18n.current() == "vi")
        self.actions["languageEnAction"].setChecked(i18n.current() == "en")
        self.results.retranslate()
        self._update_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def dragEnterEvent(self, event) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.start(paths)

    # --- settings and closing ---------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = app_settings()
        if s.value("window/geometry") is not None:
            self.restoreGeometry(s.value("window/geometry"))
        if s.value("window/state") is not None:
            self.restoreState(s.value("window/state"))
        splitters = (("window/splitter", self.splitter), ("window/filterSplitter", self.filters.splitter))
        for key, splitter in splitters:
            if s.value(key) is not None:
                splitter.restoreState(s.value(key))
        if s.value("window/resultsHeader") is not None:
            header = self.table.horizontalHeader()
            header.restoreState(s.value("window/resultsHeader"))
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)

    def save_settings(self) -> None:
        s = app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/filterSplitter", self.filters.splitter.saveState())
        s.setValue("window/resultsHeader", self.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event) -> None:
        if not self.workers.closed:
            self.save_settings()
            self.imports.cancel()
            self.workers.shutdown()
            self.archive.close()
            self.instance_lock.release()
        super().closeEvent(event)
