"""The window's actions, menus and toolbar, with shortcuts (Ctrl+F, Ctrl+I, Ctrl+P, F3, Shift+F3, Delete)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ..icons import icon
from .sort_menu import SortMenu

# name → (icon, shortcut). Key sequences are made in MainActions: QKeySequence needs the application
# (its platform theme) and must never be built at import time.
Keys = QKeySequence.StandardKey
SPECS = {
    "importAction": ("import", "Ctrl+I"),
    "importFolderAction": ("folder", None),
    "printAction": ("print", Keys.Print),
    "exportPdfAction": ("pdf", None),
    "exportSelectedJsonAction": (None, None),
    "exportSelectedCsvAction": (None, None),
    "exportListedJsonAction": (None, None),
    "exportListedCsvAction": (None, None),
    "exportArchiveAction": (None, None),
    "openOriginalAction": ("original", None),
    "quitAction": (None, Keys.Quit),
    "findAction": ("search", Keys.Find),
    "nextHitAction": ("down", "F3"),
    "previousHitAction": ("up", "Shift+F3"),
    "editAction": ("edit", "Ctrl+E"),
    "tagAction": ("tag", "Ctrl+T"),
    "trashAction": ("trash", Keys.Delete),
    "undoAction": (None, Keys.Undo),
    "showTrashAction": (None, None),
    "personsAction": ("persons", "Ctrl+Shift+P"),
    "showFiltersAction": (None, "F9"),
    "showTimelineAction": (None, None),
    "tagManagerAction": ("tags", None),
    "reindexAction": ("reindex", None),
    "checkAction": (None, None),
    "languageViAction": (None, None),
    "languageEnAction": (None, None),
    "sampleAction": (None, None),
    "shortcutsAction": (None, "F1"),
    "aboutAction": (None, None),
}


class MainActions(QObject):
    """Creates every action once; ``window.findChild(QAction, name)`` finds them by object name."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.all: dict[str, QAction] = {}
        for name, (icon_name, shortcut) in SPECS.items():
            action = QAction(window)
            action.setObjectName(name)
            if icon_name:
                action.setIcon(icon(icon_name))
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            self.all[name] = action
        for name in ("printAction", "exportPdfAction", "exportSelectedJsonAction", "exportSelectedCsvAction",
                     "exportListedJsonAction", "exportListedCsvAction", "openOriginalAction"):
            self[name].setEnabled(False)               # until something is selected or listed
        self["trashAction"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self["undoAction"].setEnabled(False)            # until something was moved to the trash
        for name in ("showFiltersAction", "showTimelineAction"):
            self[name].setCheckable(True)
            self[name].setChecked(True)
        self.languages = QActionGroup(self)
        for name in ("languageViAction", "languageEnAction"):
            self[name].setCheckable(True)
            self.languages.addAction(self[name])
        self.toolbar = QToolBar(window, objectName="mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        for name in ("importAction", None, "personsAction", "tagManagerAction", None, "printAction",
                     "exportPdfAction"):
            self.toolbar.addSeparator() if name is None else self.toolbar.addAction(self[name])
        menus = ("file", "edit", "view", "tools", "language", "help")
        self.menus = {key: window.menuBar().addMenu("") for key in menus}
        self.export_menu = QMenu(window, objectName="exportMenu")
        for name in ("exportSelectedJsonAction", "exportSelectedCsvAction", None, "exportListedJsonAction",
                     "exportListedCsvAction", None, "exportArchiveAction"):
            self.export_menu.addSeparator() if name is None else self.export_menu.addAction(self[name])
        layout = {
            "file": ["importAction", "importFolderAction", None, "openOriginalAction", "printAction",
                     "exportPdfAction", "exportMenu", None, "quitAction"],
            "edit": ["undoAction", None, "editAction", "tagAction", "trashAction", None, "showTrashAction"],
            "view": ["findAction", "nextHitAction", "previousHitAction", None, "sortMenu", None,
                     "showFiltersAction", "showTimelineAction", None, "personsAction", "tagManagerAction"],
            "tools": ["reindexAction", "checkAction"],
            "language": ["languageViAction", "languageEnAction"],
            "help": ["shortcutsAction", None, "sampleAction", None, "aboutAction"],
        }
        self.sort_menu = SortMenu(window)
        for key, names in layout.items():
            for name in names:
                if name in ("exportMenu", "sortMenu"):
                    self.menus[key].addMenu(self.export_menu if name == "exportMenu" else self.sort_menu)
                else:
                    self.menus[key].addSeparator() if name is None else self.menus[key].addAction(self[name])
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.all[name]

    def retranslate(self) -> None:
        texts = {
            "importAction": (self.tr("&Import files…"), self.tr("Import reports from files (Ctrl+I)")),
            "importFolderAction": (self.tr("Import a &folder…"),
                                   self.tr("Import every report in a folder and its subfolders")),
            "printAction": (self.tr("&Print…"),
                            self.tr("Print the selected reports, each on new pages; a preview comes first (Ctrl+P)")),
            "exportPdfAction": (self.tr("Export as P&DF…"),
                                self.tr("Save the selected reports as one PDF file, laid out as printed")),
            "exportSelectedJsonAction": (self.tr("Selected reports as &JSON Lines…"),
                                         self.tr("A file that any archive can import back")),
            "exportSelectedCsvAction": (self.tr("Selected reports as &CSV…"),
                                        self.tr("Metadata for spreadsheets (Excel reads Vietnamese)")),
            "exportListedJsonAction": (self.tr("All listed reports as JSON &Lines…"),
                                       self.tr("Every report of the current list, in its order")),
            "exportListedCsvAction": (self.tr("All listed reports as C&SV…"),
                                      self.tr("Metadata of every report of the current list")),
            "exportArchiveAction": (self.tr("The &whole archive (zip)…"),
                                    self.tr("Every report, original file, person and tag in one zip; "
                                            "importing it restores the archive")),
            "openOriginalAction": (self.tr("Open &original file"),
                                   self.tr("Open the file this report was imported from (a scan, a document) "
                                           "with the system's viewer")),
            "quitAction": (self.tr("&Quit"), None),
            "findAction": (self.tr("&Find"), self.tr("Go to the search box (Ctrl+F)")),
            "nextHitAction": (self.tr("&Next hit"), self.tr("Next highlighted hit in the report (F3)")),
            "previousHitAction": (self.tr("Pre&vious hit"),
                                  self.tr("Previous highlighted hit in the report (Shift+F3)")),
            "editAction": (self.tr("&Edit report details…"),
                           self.tr("Correct title, date, kind, persons and author (Ctrl+E)")),
            "tagAction": (self.tr("&Tag selected reports"),
                          self.tr("Go to the tag box below the results (Ctrl+T)")),
            "trashAction": (self.tr("&Move to trash"),
                            self.tr("Move the selected reports to the trash (Delete)")),
            "showTrashAction": (self.tr("T&rash…"), self.tr("Restore reports from the trash, or empty it")),
            "undoAction": (self.tr("&Undo move to trash"),
                           self.tr("Bring back the reports just moved to the trash (Ctrl+Z)")),
            "showFiltersAction": (self.tr("&Filters"), self.tr("Show or hide the filter panel (F9)")),
            "showTimelineAction": (self.tr("T&imeline"),
                                   self.tr("Show or hide the meetings-per-month chart")),
            "shortcutsAction": (self.tr("&Keyboard shortcuts"), self.tr("Every key of the window (F1)")),
            "personsAction": (self.tr("&Persons"),
                              self.tr("Everyone in the archive and the meetings they attended")),
            "tagManagerAction": (self.tr("&Tags"), self.tr("Rename, merge, colour and delete tags")),
            "reindexAction": (self.tr("&Rebuild search index"),
                              self.tr("Build the search index again from the database")),
            "checkAction": (self.tr("&Check archive"),
                            self.tr("Check the database, the search index and the original files")),
            "languageViAction": ("Tiếng Việt", None),
            "languageEnAction": ("English", None),
            "sampleAction": (self.tr("Open the &sample archive"),
                             self.tr("Eight fictional reports to try the archive with; your own archive "
                                     "stays as it is")),
            "aboutAction": (self.tr("&About"), None),
        }
        for name, (text, tip) in texts.items():
            self[name].setText(text)
            self[name].setToolTip(tip or text.replace("&", "").rstrip("…"))
            self[name].setStatusTip(tip or "")
        icon_texts = {"printAction": self.tr("Print"), "exportPdfAction": self.tr("PDF"),
                      "importAction": self.tr("Import"),
                      "personsAction": self.tr("Persons"), "tagManagerAction": self.tr("Tags")}
        for name, text in icon_texts.items():
            self[name].setIconText(text)
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "tools": self.tr("T&ools"),
                  "language": self.tr("&Language"), "help": self.tr("&Help")}
        for key, title in titles.items():
            self.menus[key].setTitle(title)
        self.export_menu.setTitle(self.tr("E&xport"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
