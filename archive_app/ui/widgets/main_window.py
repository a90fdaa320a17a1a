"""The main window (DESIGN.md §7): search bar on top, filters left, timeline and results in the middle,
the reader on the right. It lays widgets out and routes each user action to ``ui.operations``."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.locking import InstanceLock
from ...core.models import Report
from .. import i18n, office_connect, read_only, sample_flow
from ..icons import icon
from ..models.results import ResultsModel
from ..operations import Operations
from ..search_flow import SearchFlow, SearchOutcome
from ..settings import app_settings, restore_window, save_window
from ..tasks import Workers
from . import keyboard
from . import search_extras
from .actions import MainActions
from .error_dialog import show_error
from .export_flow import ExportFlow
from .filter_panel import FilterPanel
from .import_flow import ImportFlow
from .list_controls import ListControls
from .index_status import IndexStatus
from .reader import ReaderPane
from .results_pane import ResultsPane
from .saved_views import SavedViews
from .search_edit import SearchEdit
from .timeline import chosen_month
from .welcome import WelcomePage
from .trash_undo import TrashUndo
from .window_fit import READER_MIN_WIDTH, WindowFit

WELCOME, RESULTS = 0, 1


class MainWindow(QMainWindow):
    archiveSwitchRequested = Signal(object)      # Path of another archive to show in place of this one

    def __init__(self, archive, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.archive = archive
        archive.repair_in_search = False      # a damaged index is rebuilt on the writer, with progress
        self.workers = Workers(self)
        self.workers.failed.connect(self.show_error)
        self.search = SearchFlow(archive, self.workers, self)
        self.operations = Operations(archive, self.workers, self)
        self.results = ResultsModel(archive.summaries, self)
        self.tag_colours: dict[str, str | None] = {}
        self.highlight: tuple[str, ...] = ()
        self.last_outcome: SearchOutcome | None = None
        self._wanted_report: int | None = None
        self._reselecting = False
        self.shortcuts_dialog = None
        self.started = False
        self.error_dialogs: list = []
        self.instance_lock = InstanceLock(archive.paths.window_lock)    # released in closeEvent
        folder_read_only = archive.read_only      # a DVD, a locked share: not even the lock can be written
        self.read_only = folder_read_only or not self.instance_lock.acquire()
        self.read_only_banner = None
        self.sample_banner = None
        self._build()
        self.actions = MainActions(self)
        self.imports = ImportFlow(archive, self.workers, self)
        self.exports = ExportFlow(self)
        self._connect()
        self.sample_banner = sample_flow.install(self)     # the sample's banner, or the ways to open it
        self.setAcceptDrops(True)
        if self.read_only:                    # a second window on this archive: a banner, no writes
            holder = None if folder_read_only else self.instance_lock.holder()
            self.read_only_banner = read_only.apply(self, holder, folder_read_only)
        self.office_link = office_connect.install(self)   # File ▸ office; on one: label, listener, role
        self.retranslate()
        restore_window(self)
        QTimer.singleShot(0, self._start)

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = SearchEdit()
        self.filters = FilterPanel()
        self.views = SavedViews(self.archive.paths.root)
        self.filters.splitter.insertWidget(0, self.views)
        self.filters.splitter.setSizes([120, 240, 150, 100, 100])
        self.welcome = WelcomePage()
        self.results_pane = ResultsPane(self.results)
        pane = self.results_pane
        self.timeline, self.chips, self.count_label = pane.timeline, pane.chips, pane.count_label
        self.table, self.tag_bar = pane.table, pane.tag_bar
        self.center = QStackedWidget(objectName="centerStack")
        self.center.addWidget(self.welcome)
        self.center.addWidget(pane)
        self.center.setCurrentIndex(RESULTS)
        self.reader = ReaderPane()
        self.reader.setMinimumWidth(READER_MIN_WIDTH)
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
        self.list_controls = ListControls(self)
        keyboard.install(self)
        self.fit = WindowFit(self)
        self.search.resultsReady.connect(self.show_results)
        self.search.countsReady.connect(self.show_counts)
        self.wider_banner = search_extras.install(self)          # snippets in the list, the wider-result offer
        self.search.failed.connect(self.show_error)
        self.search.indexDamaged.connect(self.operations.prepare_index)
        self.search.waitingForIndex.connect(self._waiting_for_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("editAction", "tagAction", "trashAction", "openOriginalAction"):
            self.table.addAction(a[name])
        ops = self.operations
        ops.indexBusyChanged.connect(self._index_busy)
        ops.indexWorkStarted.connect(self.index_status.start)
        ops.indexReady.connect(ops.warm_search)
        ops.indexProgress.connect(self.index_status.progress)
        ops.tagsLoaded.connect(self._tags_loaded)
        ops.changesMade.connect(self._apply_changes)
        ops.statusMessage.connect(self._status)
        ops.openReportRequested.connect(self.open_report)
        ops.personFilterRequested.connect(self.filters.set_person)
        ops.failed.connect(self.show_error)
        self.tag_bar.addRequested.connect(lambda names: ops.tag(self.selected_ids(), add=names))
        self.tag_bar.removeRequested.connect(lambda names: ops.tag(self.selected_ids(), remove=names))
        self.reader.original_button.setDefaultAction(a["openOriginalAction"])
        self.reader.scan.attach(self.archive, self.workers)
        a["openOriginalAction"].triggered.connect(lambda: ops.open_original(self.reader.report))
        self.welcome.importRequested.connect(a["importAction"].trigger)
        self.imports.started.connect(lambda: ops.index_busy(True))
        self.imports.finished.connect(ops.after_import)
        a["importAction"].triggered.connect(self.imports.choose_files)
        a["importFolderAction"].triggered.connect(self.imports.choose_folder)
        a["quitAction"].triggered.connect(self.close)
        a["findAction"].triggered.connect(self.focus_search)
        a["nextHitAction"].triggered.connect(self.reader.next_hit)
        a["previousHitAction"].triggered.connect(self.reader.previous_hit)
        a["editAction"].triggered.connect(lambda: ops.edit(self.current_id()))
        a["tagAction"].triggered.connect(self.tag_bar.edit.setFocus)
        a["trashAction"].triggered.connect(self.trash_selected)
        self.trash_undo = TrashUndo(ops, a["undoAction"], self)
        self.undo_button = self.trash_undo.button
        self.statusBar().addPermanentWidget(self.undo_button)
        a["shortcutsAction"].triggered.connect(self.show_shortcuts)
        a["showTrashAction"].triggered.connect(ops.open_trash)
        a["personsAction"].triggered.connect(ops.open_persons)
        a["tagManagerAction"].triggered.connect(ops.open_tag_manager)
        a["reindexAction"].triggered.connect(ops.rebuild_index)
        a["checkAction"].triggered.connect(ops.check_archive)
        a["aboutAction"].triggered.connect(ops.about)
        a["languageViAction"].triggered.connect(lambda: self.set_language("vi"))
        a["languageEnAction"].triggered.connect(lambda: self.set_language("en"))

    def is_idle(self) -> bool:
        """Started, and no task or search running or waiting (tests and scripts wait for this)."""
        return (self.started and not self.workers.busy() and not self.search.is_busy()
                and not self.filters.is_pending())

    def _start(self) -> None:
        self.started = True
        if not self.workers.closed:
            self.operations.prepare_index()
            self.operations.reload_tags()
            self.search.submit()

    # --- what operations report ------------------------------------------------------------
    def _index_busy(self, busy: bool) -> None:
        self.search.set_index_busy(busy)
        if not busy:
            self.index_status.finish()

    def _tags_loaded(self, tags) -> None:
        self.tag_colours = {t.name: t.colour for t in tags}
        self.tag_bar.set_tag_names([t.name for t in tags])
        self.imports.tag_names = [t.name for t in tags]

    def _apply_changes(self, changes, message: str) -> None:
        """Refresh what one write changed (a ``core.models.Changes``) and nothing else: the changed
        rows, an open persons view, the report in the reader (its tag chips show colours), and the
        result list with its facets."""
        if changes.reports:
            self.results.refresh(sorted(changes.reports))
        persons = self.operations.persons_dialog
        if changes.persons and persons is not None and persons.isVisible():
            persons.reload()
        current = self.current_id()
        if current is not None and (current in changes.reports or changes.tags):
            self.open_report(current)
        if changes.results:
            self.search.submit()
        if message:
            self.statusBar().showMessage(message, 5000)

    def _status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms) if text else self.statusBar().clearMessage()

    # --- results ---------------------------------------------------------------------------
    def show_results(self, outcome: SearchOutcome) -> None:
        new_query = self.last_outcome is not None and outcome.request.query != self.last_outcome.request.query
        keep = [] if new_query else self.selected_ids()          # a new query shows its best match
        current = None if new_query else self.current_id()
        self.last_outcome = outcome
        self.highlight = outcome.browse.highlight
        self.results.set_ids(outcome.browse.ids, outcome.browse.highlight, outcome.rows, outcome.snippets)
        self._update_count()
        request = outcome.request
        empty_archive = not outcome.browse.ids and not request.query.strip() and not request.filters.any()
        self.center.setCurrentIndex(WELCOME if empty_archive else RESULTS)
        self.fit.empty_archive = empty_archive                 # nothing to filter or read yet
        self.fit.apply()
        self._reselect(keep, current)

    def show_counts(self, outcome: SearchOutcome) -> None:
        """The rest of the newest search, after its list: facets and the timeline."""
        self.last_outcome = outcome
        self.filters.set_facets(outcome.browse.facets)
        self.timeline.set_counts(outcome.months, chosen_month(outcome.request.filters))

    def _reselect(self, ids: list[int], current: int | None) -> None:
        model, sel = self.results, self.table.selectionModel()
        rows = [r for r in (model.row_of(i) for i in ids) if r is not None]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        after = self.trash_undo.take_row_after()
        if not rows and model.rowCount():          # after a delete: the row that took the first one's place
            rows = [min(after or 0, model.rowCount() - 1)]
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
        self.actions["openOriginalAction"].setEnabled(False)
        if report_id is None:
            self.reader.clear()
            return
        self.workers.run("read", lambda ctx: self.archive.report(report_id), on_done=self._report_loaded)

    def _report_loaded(self, report: Report) -> None:
        if report.id == self._wanted_report:
            self.reader.show_report(report, self.highlight, self.tag_colours)
            self.actions["openOriginalAction"].setEnabled(report.original_sha256 is not None)

    # --- trash and undo ---------------------------------------------------------------------
    def trash_selected(self) -> None:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if rows and not self.read_only:
            self.trash_undo.trash(self.selected_ids(), rows[0])

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self.actions.all.values(), self)
        self.shortcuts_dialog.open()

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
            self.imports.ask(paths)                    # tags for the batch first, as from the menu

    # --- settings and closing ---------------------------------------------------------------
    def save_settings(self) -> None:
        save_window(self)

    def closeEvent(self, event) -> None:
        if not self.workers.closed:
            self.save_settings()
            self.imports.cancel()
            self.workers.shutdown()
            self.archive.close()
            self.instance_lock.release()
        super().closeEvent(event)
