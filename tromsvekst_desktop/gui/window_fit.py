"""The main window's place on the screen: a first size that fits, a saved one fitted to this screen.

A laptop has 1280×720 to 1366×768 logical pixels (a 1920×1080 panel at 150 % scaling
leaves 1280×720), so neither the first size nor a size saved on a larger monitor may be
used as it is: the status bar with the problems button would end up off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

PREFERRED_SIZE = QSize(1400, 850)  # on a large screen; smaller screens get their whole work area
GEOMETRY_KEY = "window/normal-geometry"  # the normal (not maximized) geometry, without the frame
MAXIMIZED_KEY = "window/maximized"
# Room for the window manager's frame and title bar when the window is placed by us.
FRAME_RESERVE = QSize(16, 40)

# Splitter panes: the smallest widths that still show a goal title, a snippet line and a page
# (narrower would wrap text letter by letter), and the shares of the width on the first start.
MIN_TREE_WIDTH = 160
MIN_RESULTS_WIDTH = 280
MIN_DETAIL_WIDTH = 280
TREE_SHARE, TREE_MAX = 0.16, 330
RESULTS_SHARE, RESULTS_MAX = 0.32, 560


def screen_for(rect: QRect | None) -> QScreen:
    """The screen that shows the centre of ``rect``, else the primary screen."""
    screen = QGuiApplication.screenAt(rect.center()) if rect is not None else None
    primary = screen or QGuiApplication.primaryScreen()
    assert primary is not None  # a QGuiApplication always has a (possibly offscreen) screen
    return primary


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """The first start's geometry (frame not included) and whether to maximize.

    The preferred size, centred, where it fits with its frame; on a smaller screen the
    window is maximized over the whole work area.
    """
    room = available.size() - FRAME_RESERVE
    if room.width() >= PREFERRED_SIZE.width() and room.height() >= PREFERRED_SIZE.height():
        rect = QRect(QPoint(0, 0), PREFERRED_SIZE)
        rect.moveCenter(available.center())
        return rect, False
    return inner_rect(available), True


def inner_rect(available: QRect) -> QRect:
    """The client area of a window whose frame fills ``available``."""
    half_width = FRAME_RESERVE.width() // 2
    return available.adjusted(half_width, FRAME_RESERVE.height() - half_width, -half_width, -half_width)


def fitted_geometry(saved: QRect, available: QRect) -> QRect:
    """``saved`` shrunk to the work area (with room for the frame) and moved inside it."""
    room = inner_rect(available)
    size = saved.size().boundedTo(room.size())
    left = min(max(saved.left(), room.left()), room.right() - size.width() + 1)
    top = min(max(saved.top(), room.top()), room.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def restore_geometry(window: QMainWindow, state: QSettings) -> None:
    """Place the window as it was saved, fitted to the screen it is on now, or as on a first start."""
    saved = state.value(GEOMETRY_KEY)
    if isinstance(saved, QRect) and saved.isValid():
        available = screen_for(saved).availableGeometry()
        window.setGeometry(fitted_geometry(saved, available))
        maximized = str(state.value(MAXIMIZED_KEY, "false")).lower() == "true"
    else:
        available = screen_for(None).availableGeometry()
        rect, maximized = first_geometry(available)
        window.setGeometry(rect)
    if maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_geometry(window: QMainWindow, state: QSettings) -> None:
    """Remember the normal geometry and the maximized state (not the frame: it differs per desktop)."""
    state.setValue(GEOMETRY_KEY, window.normalGeometry() if window.isMaximized() else window.geometry())
    state.setValue(MAXIMIZED_KEY, window.isMaximized())


def pane_sizes(width: int) -> list[int]:
    """Goal tree, results and detail widths for a splitter ``width`` wide: the page viewer gets
    the rest, so that a page fitted to its width is shown at 100 % or more on a 1280 px screen."""
    tree = min(max(round(width * TREE_SHARE), MIN_TREE_WIDTH), TREE_MAX)
    results = min(max(round(width * RESULTS_SHARE), MIN_RESULTS_WIDTH), RESULTS_MAX)
    return [tree, results, max(width - tree - results, MIN_DETAIL_WIDTH)]
