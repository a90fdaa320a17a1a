"""Render the application icon (archive_app/resources/icons/app.svg) to PNG sizes and a Windows .ico.

    .venv/bin/python packaging/make_icons.py     (after changing app.svg; build.py runs it if a file is missing)

The generated files are committed: app-<size>.png (Linux desktop icons, hicolor theme) and app.ico
(the Windows executable, the installer and its shortcuts). The .ico holds 16–64 px as 32-bit BMP
images (read by every Windows version and tool) and 128 and 256 px as PNG, as Windows does itself.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "archive_app" / "resources" / "icons"
SVG = ICONS / "app.svg"
ICO = ICONS / "app.ico"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BMP_MAX = 64


def outputs() -> list[Path]:
    return [ICONS / f"app-{size}.png" for size in PNG_SIZES] + [ICO]


def missing() -> list[Path]:
    """Generated files that are not there. (Not "older than the SVG": a git checkout sets the times.)"""
    return [path for path in outputs() if not path.exists()]


def _render(renderer, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("could not encode PNG")
    buffer.close()
    return bytes(data.data())


def _bmp_bytes(image) -> bytes:
    """An icon image as a 32-bit DIB: header (height doubled), BGRA rows bottom-up, then the AND mask."""
    from PySide6.QtGui import QImage

    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)       # little-endian memory order: B G R A
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in range(size)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((size + 31) // 32) * 4
    mask = bytearray()
    for y in reversed(range(size)):
        row = bytearray(mask_stride)
        for x in range(size):
            if rows[y][x * 4 + 3] == 0:                               # fully transparent: masked out
                row[x // 8] |= 0x80 >> (x % 8)
        mask += row
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + bytes(mask)


def ico_bytes(images: dict[int, object]) -> bytes:
    """An .ico file holding ``images`` (size → QImage)."""
    entries = [(size, _bmp_bytes(img) if size <= BMP_MAX else _png_bytes(img)) for size, img in sorted(images.items())]
    offset = 6 + 16 * len(entries)
    head = struct.pack("<HHH", 0, 1, len(entries))
    directory, blobs = b"", b""
    for size, blob in entries:
        dim = 0 if size >= 256 else size                                  # 0 means 256
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return head + directory + blobs


def make_icons() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])     # painting needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    images = {size: _render(renderer, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    del app
    written = []
    for size in PNG_SIZES:
        path = ICONS / f"app-{size}.png"
        path.write_bytes(_png_bytes(images[size]))
        written.append(path)
    ICO.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    written.append(ICO)
    return written


if __name__ == "__main__":
    for path in make_icons():
        print("wrote", path.relative_to(ICONS.parent.parent.parent))
