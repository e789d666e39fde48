"""Searching in the window as a user does: type, read the grouped hits, open pages and goals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.library_factory import make_library
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.search import SearchEngine
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.models.goal_tree import NODE_ID_ROLE
from tromsvekst_desktop.gui.models.results import HEADING_ROLE, HIT_ROLE


@pytest.fixture(scope="module")
def indexed_library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("searchflow")
    library = make_library(root / "lib")
    update_index(root / "index", [library])
    return library, root / "index"


@pytest.fixture
def window(qtbot: QtBot, indexed_library: tuple[Path, Path], tmp_path: Path) -> Iterator[MainWindow]:
    library, index_dir = indexed_library
    win = shown_window(
        qtbot, tmp_path, [str(library)], include_bundled=False, index_dir=index_dir, language="nb"
    )
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win


def type_query(qtbot: QtBot, window: MainWindow, text: str, enter: bool = False) -> None:
    """Type into the search field; without Enter the debounced search runs after a pause."""
    line_edit = window.search_bar.edit
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    if enter:
        qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.result() is not None or window.results_view.message_text() != "")


def groups(window: MainWindow) -> list[str]:
    model = window.results_view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def hit_index(window: MainWindow, group: str, row: int = 0) -> QModelIndex:
    model = window.results_view.model
    parent = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(HEADING_ROLE) == group
    )
    return model.index(row, 0, parent)


def click_hit(qtbot: QtBot, window: MainWindow, index: QModelIndex) -> None:
    tree = window.results_view.tree
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def click_link(qtbot: QtBot, browser: QTextBrowser, word: str) -> None:
    """Click the middle of a linked word in a text browser."""
    cursor = browser.document().find(QRegularExpression(rf"\b{word}\b"))
    assert not cursor.isNull() and cursor.charFormat().isAnchor()
    middle = QTextCursor(browser.document())
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(middle).center())


def test_typing_shows_hits_grouped_by_document(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "klimatilpasning OR bolig")
    assert window.results_stack.currentWidget() is window.results_view
    assert groups(window) == ["Planen for Testregionen (2)", "Avtalen om vekst (1)", "Goals (2)"]
    assert re.fullmatch(r"5 hits · 3 pages in 2 documents · 2 goals \(\d+ ms\)", window.results_header.text())
    first = hit_index(window, "Planen for Testregionen")
    assert first.data(HEADING_ROLE) == "p. 2 · Klimatilpasning og beredskap"


def test_page_hit_opens_the_viewer_at_the_page_and_f3_moves_on(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "klimatilpasning OR bolig", enter=True)
    click_hit(qtbot, window, hit_index(window, "Planen for Testregionen"))
    viewer = window.pdf_viewer
    assert window.detail_stack.currentWidget() is viewer
    assert viewer.page_label() == "p. 2 / 3"
    assert viewer.highlight_rects()  # "Klimatilpasning", "Klimatilpasningen", "klimatilpasning"
    assert window.results_view.tree.hasFocus()
    qtbot.keyClick(window.results_view.tree, Qt.Key.Key_F3)  # works from the results list
    assert viewer.current_page() == 3  # "Bolig" on page 3
    assert viewer.highlight_rects()
    qtbot.keyClick(window.results_view.tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.current_page() == 2


def test_arrows_go_from_hit_to_hit_and_enter_opens(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "klimatilpasning OR bolig", enter=True)
    tree = window.results_view.tree
    click_hit(qtbot, window, hit_index(window, "Planen for Testregionen", 1))
    assert window.results_view.current_hit().page == 3
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # over the "Avtalen om vekst" row to its hit
    hit = window.results_view.current_hit()
    assert (hit.doc_id, hit.page) == ("avtalen", 1)
    assert window.pdf_viewer.title_label.text() == "Avtalen om vekst"
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert window.results_view.current_hit().page == 3
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.pdf_viewer.scroll_area.hasFocus()  # PgDn, F3 now work in the viewer


def test_goal_hit_reveals_the_goal_in_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.tree_filter, "bolig")  # hides the strategy under focus area 1
    window.goal_tree.collapseAll()
    type_query(qtbot, window, "skredsikring", enter=True)
    click_hit(qtbot, window, hit_index(window, "Goals"))
    current = window.goal_tree.currentIndex()
    assert current.data(NODE_ID_ROLE) == "t.s1"
    assert window.tree_filter.text() == ""
    assert window.goal_tree.isExpanded(current.parent()) and window.goal_tree.isExpanded(
        current.parent().parent()
    )
    assert window.detail_stack.currentWidget() is window.goal_detail
    assert "Samarbeid om flomvern og skredsikring" in window.goal_detail.text()
    assert window.results_view.tree.hasFocus()  # the user can go on with the arrows


def test_goals_linking_to_the_page_are_listed_and_lead_to_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "skredsikring", enter=True)
    click_hit(qtbot, window, hit_index(window, "Planen for Testregionen"))
    assert window.linking_goals.isVisible()
    assert window.linking_goals.node_ids() == ["t.s1", "t.io2"]  # both say page 3 of the plan
    assert "Innsatsområde 2: Bolig og byutvikling" in window.linking_goals.text()
    # Two short lines right under the heading: no empty band above or below them.
    lines = window.linking_goals.list_label.fontMetrics().lineSpacing()
    assert window.linking_goals.scroll_area.height() <= 2 * lines + 8
    window.linking_goals.list_label.linkActivated.emit("goal:t.io2")
    assert window.goal_tree.currentIndex().data(NODE_ID_ROLE) == "t.io2"
    assert window.detail_stack.currentWidget() is window.goal_detail
    assert not window.linking_goals.isVisible()


def test_did_you_mean_link_runs_the_suggestion(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "klimatilpassning", enter=True)
    message = window.results_view.message_text()
    assert "No hits for «klimatilpassning»" in message
    assert "Did you mean «klimatilpasning»?" in message
    click_link(qtbot, window.results_view.message, "klimatilpasning")
    qtbot.waitUntil(lambda: window.search.result() is not None)
    assert window.search.text() == "klimatilpasning"
    assert window.search.result().total == 2


def test_a_bad_query_shows_its_reason_in_place_of_hits(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "fylke:troms", enter=True)
    message = window.results_view.message_text()
    assert "This search cannot be run" in message
    assert "unknown field 'fylke:'" in message
    assert QApplication.activeModalWidget() is None
    assert window.results_header.text() == "Hits"
    click_link(qtbot, window.results_view.message, "tips")
    assert window.results_stack.currentWidget() is window.guide_page


def test_goal_limits_the_search_to_its_documents(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "bolig", enter=True)
    assert groups(window) == ["Planen for Testregionen (1)", "Avtalen om vekst (1)", "Goals (1)"]
    window.goals.show_goal("t.io1")  # its goals link only to the plan
    qtbot.mouseClick(window.goal_detail.limit_button, Qt.MouseButton.LeftButton)
    assert window.search.document_scope() == ("planen",)
    assert window.results_view.scope_bar.isVisible()
    assert window.results_view.scope_text.text() == "Only in: Planen for Testregionen"
    assert groups(window) == ["Planen for Testregionen (1)", "Goals (1)"]
    qtbot.mouseClick(window.results_view.scope_clear, Qt.MouseButton.LeftButton)
    assert not window.results_view.scope_bar.isVisible()
    assert groups(window) == ["Planen for Testregionen (1)", "Avtalen om vekst (1)", "Goals (1)"]


def test_limit_without_a_query_asks_for_one(qtbot: QtBot, window: MainWindow) -> None:
    window.goals.show_goal("t.io1")
    qtbot.mouseClick(window.goal_detail.limit_button, Qt.MouseButton.LeftButton)
    assert (
        window.results_view.message_text()
        == "Type in the search field to search only in Planen for Testregionen."
    )
    assert window.search_bar.edit.hasFocus()
    qtbot.keyClicks(window.search_bar.edit, "bolig")
    qtbot.waitUntil(lambda: window.search.result() is not None)
    assert groups(window) == ["Planen for Testregionen (1)", "Goals (1)"]


def test_a_vanished_file_shows_a_message_in_the_viewer(
    qtbot: QtBot, window: MainWindow, indexed_library: tuple[Path, Path]
) -> None:
    library, _ = indexed_library
    pdf = library / "avtalen.pdf"
    moved = pdf.rename(library / "avtalen.moved")
    try:
        type_query(qtbot, window, "bolig", enter=True)
        click_hit(qtbot, window, hit_index(window, "Avtalen om vekst"))
        assert "Cannot find the file" in window.pdf_viewer.message()
        assert not window.linking_goals.isVisible()
    finally:
        moved.rename(pdf)


def test_without_an_index_the_search_waits_for_one(
    qtbot: QtBot, window: MainWindow, indexed_library: tuple[Path, Path], tmp_path: Path
) -> None:
    window.search.set_index_dir(tmp_path / "no-index-yet")
    type_query(qtbot, window, "bolig", enter=True)
    assert "The search index is not ready yet" in window.results_view.message_text()
    assert window.search.is_pending()
    window.search.set_engine(SearchEngine(indexed_library[1]))  # as an indexing job does when done
    assert window.search.result() is not None and window.search.result().total == 3
    assert not window.search.is_pending()


def test_results_in_bokmal(qtbot: QtBot, window: MainWindow, qapp: QApplication) -> None:
    type_query(qtbot, window, "klimatilpasning OR bolig", enter=True)
    install_translators(qapp, "nb")
    qtbot.waitUntil(lambda: window.results_header.text().startswith("5 treff"))
    assert re.fullmatch(r"5 treff · 3 sider i 2 dokumenter · 2 mål \(\d+ ms\)", window.results_header.text())
    assert groups(window)[-1] == "Mål (2)"
    assert hit_index(window, "Planen for Testregionen").data(HEADING_ROLE).startswith("s. 2 · ")
    assert hit_index(window, "Mål").data(HIT_ROLE).kind == "goal"
