"""A machine-readable account of where the window and its parts are (``--screenshot-report``).

Tests start the real application on each screen size in a fresh process and read this
report, so that "fits the screen" is checked in the coordinates the platform really used.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from tromsvekst_desktop.gui.main_window import MainWindow


def _rect(rect: QRect) -> dict[str, int]:
    return {"x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height()}


def _size(size: QSize) -> dict[str, int]:
    return {"width": size.width(), "height": size.height()}


def _global(widget: QWidget) -> dict[str, int] | None:
    """The widget's rectangle in screen coordinates, or None when it is not shown."""
    if not widget.isVisible():
        return None
    return _rect(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


def window_report(window: MainWindow) -> dict[str, object]:
    screen = window.screen()
    viewer = window.pdf_viewer
    return {
        "screen": {
            "name": screen.name(),
            "geometry": _rect(screen.geometry()),
            "available": _rect(screen.availableGeometry()),
            "device_pixel_ratio": screen.devicePixelRatio(),
        },
        "window": {
            "geometry": _rect(window.geometry()),
            "frame": _rect(window.frameGeometry()),
            "maximized": window.isMaximized(),
            "minimum": _size(window.minimumSizeHint()),
        },
        "parts": {
            "search_button": _global(window.search_bar.button),
            "status_bar": _global(window.statusBar()),
            "tree_pane": _global(window.tree_pane),
            "results_pane": _global(window.results_pane),
            "detail_pane": _global(window.detail_pane),
        },
        "viewer": {
            "open": viewer.is_open(),
            "zoom": viewer.zoom(),
            "fit_width": viewer.fit_width_action.isChecked(),
            "page": viewer.current_page(),
        },
        "facets": window.facet_panel.visible_rows(),
        "hits": len(window.search.result().hits) if window.search.result() is not None else None,
        "message": window.results_view.message_text(),  # shown instead of hits
        "notice": window.index_notice.text.text() if window.index_notice.isVisible() else "",
    }


def write_report(window: MainWindow, path: Path) -> None:
    path.write_text(json.dumps(window_report(window), indent=2), encoding="utf-8")
