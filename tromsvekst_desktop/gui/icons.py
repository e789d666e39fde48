"""Icons from the package's SVG files, tinted with the palette's text colour (light and dark themes)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

_SIZES = (16, 20, 24, 32, 48)


def _svg_bytes(name: str) -> bytes:
    return (resources.files("tromsvekst_desktop") / "resources" / "icons" / f"{name}.svg").read_bytes()


@cache
def _tinted(name: str, colour: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(_svg_bytes(name).replace(b"currentColor", colour.encode())))
    result = QIcon()
    for size in _SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` with ``currentColor`` set to the current text colour."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _tinted(name, colour)
