"""Rich text that never fetches anything: a text browser and a document that refuse every resource.

The reader shows ``core.render`` HTML, in which every piece of report text is escaped, so no image,
style sheet or link ever comes from a report. These classes make sure of it one level down: no link is
followed or opened, and no resource is loaded — no network, no local file, no ``data:`` URI. A refused
resource is an empty byte array, not a null value: given a null value, QTextDocument would read a
local file by itself.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSizeF, QUrl
from PySide6.QtGui import QPyTextObject, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextBrowser


class _NoImage(QPyTextObject):
    """Draws nothing for an image. (Qt's own image handler, given no data, loads the file named by the
    image itself — a local path or file: URL — whatever loadResource says.)"""

    def intrinsicSize(self, doc, position, fmt):
        return QSizeF(0, 0)

    def drawObject(self, painter, rect, doc, position, fmt):
        pass


class SafeDocument(QTextDocument):
    """A text document that loads no resource and shows no image; ``refused`` lists what was asked for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.refused: list[str] = []
        self._no_image = _NoImage(self)
        self.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, self._no_image)

    def loadResource(self, kind: int, url: QUrl):
        self.refused.append(url.toString())
        return QByteArray()


class SafeTextBrowser(QTextBrowser):
    """A read-only text browser that follows no link and loads no resource."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.refused: list[str] = []
        self.setOpenLinks(False)              # a click emits anchorClicked, nothing more
        self.setOpenExternalLinks(False)      # never hand a link to the desktop's browser
        self.setReadOnly(True)
        self.setSearchPaths([])
        self.setDocument(SafeDocument(self))   # its own document shows no image either

    def loadResource(self, kind: int, url: QUrl):
        self.refused.append(url.toString())
        return QByteArray()
