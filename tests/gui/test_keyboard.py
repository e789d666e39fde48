"""The window without a mouse and in little room: Tab order, Enter opens, the goal tree hidden and
shown, Hjelp → Hurtigtaster, the names a screen reader reads, panes that keep a usable width and
a facet box that grows, then scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.gui.test_search_flow import indexed_library  # noqa: F401  (the fixture: a small indexed library)
from tromsvekst_desktop.core.facets import FacetCount, Facets
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.widgets.facet_panel import FacetPanel
from tromsvekst_desktop.gui.widgets.shortcuts_dialog import ShortcutsDialog
from tromsvekst_desktop.gui.window_fit import MIN_DETAIL_WIDTH, MIN_RESULTS_WIDTH, MIN_TREE_WIDTH


@pytest.fixture
def window(qtbot: QtBot, indexed_library: tuple[Path, Path], tmp_path: Path) -> MainWindow:  # noqa: F811
    """The English window over that library, active so that the focus moves with Tab."""
    library, index_dir = indexed_library
    win = shown_window(qtbot, tmp_path, [str(library)], include_bundled=False, index_dir=index_dir)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.focus()
    qtbot.keyClicks(window.search_bar.edit, text)
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.result() is not None)


def part_of(window: MainWindow, widget: QWidget | None) -> str | None:
    """Which part of the window a focused widget belongs to."""
    parts = {
        "search": window.search_bar.box,
        "facets": window.facet_panel,
        "results": window.results_pane,
        "viewer": window.detail_pane,
        "tree": window.tree_pane,
    }
    for name, part in parts.items():
        if widget is not None and (widget is part or part.isAncestorOf(widget)):
            if name == "results" and window.facet_panel.isAncestorOf(widget):
                return "facets"
            return name
    return None


def test_the_window_opens_ready_to_type_a_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert part_of(window, QApplication.focusWidget()) == "search"
    qtbot.keyClicks(QApplication.focusWidget(), "klima")
    assert window.search.text() == "klima"


def test_tab_goes_search_facets_results_viewer_tree(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "klimatilpasning")
    assert window.search.open_first_hit()
    window.search.focus()
    visited: list[str] = []
    for _ in range(20):
        part = part_of(window, QApplication.focusWidget())
        if part is not None and (not visited or visited[-1] != part):
            visited.append(part)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    first_round = visited[: visited.index("tree") + 1]
    assert first_round == ["search", "facets", "results", "viewer", "tree"]


def test_enter_on_a_hit_opens_its_page_and_moves_there(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "klimatilpasning")
    tree = window.results_view.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # from nothing to the first hit
    hit = window.results_view.current_hit()
    assert hit is not None and hit.kind == "page"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.pdf_viewer.current_page() == hit.page
    assert window.pdf_viewer.scroll_area.hasFocus()  # PgDn, F3 work at once
    pages = window.pdf_viewer.page_count()
    assert window.pdf_viewer.scroll_area.accessibleName() == f"Page {hit.page} of {pages}"


def test_the_goal_tree_is_hidden_and_shown_with_a_key_and_from_the_view_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.tree_pane.isVisible()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not window.tree_pane.isVisible()
    assert window.show_tree_action in window.view_menu.actions()
    window.show_tree_action.trigger()
    assert window.tree_pane.isVisible()


def test_help_lists_the_keys(qtbot: QtBot, window: MainWindow, qapp: QApplication) -> None:
    install_translators(qapp, "nb")
    qtbot.waitUntil(lambda: window.help_menu.title() == "&Hjelp")
    assert window.shortcuts_action in window.help_menu.actions()
    assert window.shortcuts_action.text().replace("&", "") == "Hurtigtaster"
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Ctrl+F, Ctrl+L"] == "Søk"
    assert "Ctrl+1" in rows and "F3, Shift+F3" in rows and "PgDown" in rows
    assert all(what for what in rows.values())
    dialog.close()


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    """Buttons without text (icons, ✕) and every input are named for a screen reader."""
    search(qtbot, window, "klimatilpasning")
    window.search.open_first_hit()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's inner field: read as part of the (named) spin box
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            if not isinstance(widget, QAbstractButton) or not widget.isVisibleTo(window):
                continue
        is_control = isinstance(widget, QAbstractButton) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if is_control and not (widget.accessibleName() or text.strip("✕⋮ ")):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == [], "\n".join(unnamed)


@pytest.mark.parametrize(("goals", "whole", "scrolls"), [(2, 3, False), (5, 6, False), (12, 6, True)])
def test_the_facet_box_grows_with_its_rows_then_scrolls_showing_whole_rows(
    qtbot: QtBot, goals: int, whole: int, scrolls: bool
) -> None:
    panel = FacetPanel()
    qtbot.addWidget(panel)
    plan = FacetCount("p", "Tromsvekstavtalen for Tromsøregionen", "Tromsvekstavtalen", "p", 40)
    rows = tuple(
        FacetCount(f"p.{n}", f"Mål {n} med lang tittel", f"Innsatsområde {n}", "p", 3) for n in range(goals)
    )
    panel.set_facets(Facets((plan,), rows))
    panel.show()
    qtbot.waitExposed(panel)
    shown = panel.visible_rows()
    assert shown == {"rows": goals + 1, "whole": whole, "cut": 0, "scrolls": scrolls}
    item = panel.item("p.0")
    assert item is not None and item.text(0) in item.toolTip(0)  # a cut label is whole in its tooltip


def test_no_pane_is_squeezed_below_a_usable_width(qtbot: QtBot, window: MainWindow) -> None:
    """A window restored at 800 px with a splitter saved for a wide screen: the hits keep their room."""
    window.showNormal()
    window.resize(800, 600)
    window.splitter.setSizes([600, 20, 100])
    qtbot.waitUntil(lambda: window.width() <= 800)
    tree, results, detail = window.splitter.sizes()
    assert tree >= MIN_TREE_WIDTH and results >= MIN_RESULTS_WIDTH and detail >= MIN_DETAIL_WIDTH
