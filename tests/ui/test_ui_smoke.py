"""The window builds on an archive, with the object names the checks rely on."""
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QTableView, QTextBrowser


def test_contract_object_names(window):
    assert isinstance(window.findChild(QObject, "searchEdit"), QLineEdit)
    assert isinstance(window.findChild(QObject, "resultsView"), QTableView)
    assert isinstance(window.findChild(QObject, "readerView"), QTextBrowser)
    for name in ("personFilter", "tagFilter", "dateFrom", "dateTo", "tagEditor"):
        assert window.findChild(QObject, name) is not None, name
    for name in ("importAction", "printAction", "exportPdfAction", "reindexAction"):
        assert isinstance(window.findChild(QAction, name), QAction), name
    assert window.findChild(QAction, "printAction").isEnabled()          # the first report is selected
    assert window.findChild(QAction, "printAction").toolTip()
