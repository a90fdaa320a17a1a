"""HTML safety, reader side: a report full of tags shows them as text, and the reader pane follows no
link and loads no resource (no network, no local file, no data: URI) even from HTML it is handed raw."""
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser
from test_html_safety import ATTACKS, hostile_report

from archive_app.ui.widgets.reader import ReaderPane
from archive_app.ui.widgets.safe_text import SafeDocument, SafeTextBrowser


def fragments(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def test_a_hostile_report_is_shown_as_text_and_fetches_nothing(qtbot):
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.resize(700, 900)
    reader.show()
    reader.show_report(hostile_report(), terms={"evil", "img"}, tag_colours={ATTACKS[7]: "url(http://x)"})
    qtbot.waitExposed(reader)
    view = reader.view
    assert isinstance(view, QTextBrowser) and view.objectName() == "readerView"
    assert not view.openLinks() and not view.openExternalLinks()
    text = view.toPlainText()
    for attack in ATTACKS:
        assert attack in text, attack                              # the tags are the report's text
    doc = view.document()
    assert isinstance(doc, SafeDocument)
    assert not any(f.charFormat().isImageFormat() for f in fragments(doc))
    assert not any(f.charFormat().anchorHref() for f in fragments(doc))      # nothing to click
    view.grab()                                                    # paint it: still nothing asked for
    assert doc.refused == [] and view.refused == []
    assert reader.hit_count() > 0 and "img" in " ".join(reader.highlighted_texts()).lower()


def test_raw_html_handed_to_the_reader_loads_no_resource(qtbot, tmp_path):
    """Should HTML with images and links ever reach the reader, nothing is fetched or read."""
    picture = tmp_path / "red.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    local = QUrl.fromLocalFile(str(picture)).toString()
    raw = (f'<p>Ảnh <img src="{local}"> <img src="{picture}"> <img src="http://evil.invalid/p.png">'
           f'<img src="data:image/png;base64,iVBORw0KGgo="> <a href="javascript:alert(1)">bấm</a>'
           f'<a href="http://evil.invalid/">trang</a></p>'
           f'<table style="background-image: url(http://evil.invalid/bg.png)"><tr><td>ô</td></tr></table>')
    plain = QTextDocument()                        # what Qt does by itself: reads the local file
    plain.setHtml(raw)
    plain.size()
    assert not plain.resource(QTextDocument.ResourceType.ImageResource, QUrl(local)).isNull()

    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(500, 300)
    browser.show()
    qtbot.waitExposed(browser)
    doc = SafeDocument(browser)
    doc.setHtml(raw)
    browser.setDocument(doc)
    browser.grab()
    for url in (local, str(picture), "http://evil.invalid/p.png"):
        data = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert not data, url                                      # an empty byte array: nothing read
    assert set(doc.refused) <= {local, str(picture), "http://evil.invalid/p.png", "http://evil.invalid/bg.png"}
    clicked, before = [], browser.toPlainText()
    browser.anchorClicked.connect(lambda url: clicked.append(url.toString()))
    for word in ("trang", "bấm"):                                  # click each link: nothing follows
        cursor = doc.find(word)
        point = browser.cursorRect(cursor).center()
        point.setX(point.x() - 4)
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked == ["http://evil.invalid/", "javascript:alert(1)"]
    assert browser.source().isEmpty() and browser.document() is doc and browser.toPlainText() == before
    refused = len(doc.refused) + len(browser.refused)
    browser.grab()
    assert len(doc.refused) + len(browser.refused) == refused     # no page was asked for
    fresh = SafeTextBrowser()                                      # a browser's own document too
    qtbot.addWidget(fresh)
    fresh.setHtml(raw)
    fresh.grab()
    assert isinstance(fresh.document(), SafeDocument)
    assert not fresh.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(local))


def test_reading_many_reports_keeps_one_document(window, qtbot):
    from PySide6.QtGui import QTextDocument

    for _ in range(3):
        for row in range(window.results.rowCount()):
            window.table.selectRow(row)
            qtbot.wait(5)
    qtbot.wait(50)
    documents = window.reader.view.findChildren(QTextDocument)
    assert len(documents) <= 2, len(documents)
