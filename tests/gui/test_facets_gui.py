"""Facets, a goal's subtree as scope, export, citations and saved searches, driven in the window."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.gui.test_search_flow import hit_index, indexed_library, type_query  # noqa: F401
from tromsvekst_desktop.core.saved_searches import SavedSearches
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.models.results import GOALS_ROLE

QUERY = "klimatilpasning OR bolig"  # planen p. 2, p. 3, avtalen p. 1; goals t.io1, t.io2


@pytest.fixture
def window(qtbot: QtBot, indexed_library: tuple[Path, Path], tmp_path: Path) -> Iterator[MainWindow]:  # noqa: F811
    library, index_dir = indexed_library
    yield shown_window(
        qtbot, tmp_path, [str(library)], include_bundled=False, index_dir=index_dir, language="nb"
    )


def shown_hits(window: MainWindow) -> list[tuple[str, str | None, int | None]]:
    result = window.results_view.result()
    assert result is not None
    return [(h.kind, h.node_id or h.doc_id, h.page) for h in result.hits]


def click_facet(qtbot: QtBot, window: MainWindow, facet_id: str) -> None:
    tree = window.facet_panel.tree
    item = window.facet_panel.item(facet_id)
    assert item is not None
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def test_facet_counts_show_and_a_click_narrows_the_hits(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, QUERY, enter=True)
    assert window.facet_panel.isVisible()
    assert [(i, n) for i, _, n in window.facet_panel.rows()] == [("testplan", 5), ("t.io1", 3), ("t.io2", 3)]
    assert len(shown_hits(window)) == 5

    click_facet(qtbot, window, "t.io1")  # Klimatilpasning og beredskap: pages 2 and 3, goal t.io1
    assert sorted(shown_hits(window)) == [("goal", "t.io1", 2), ("page", "planen", 2), ("page", "planen", 3)]
    assert window.facet_panel.chip.isVisible()
    assert window.facet_panel.chip_label() == "Only: Innsatsområde 1 (3)"
    assert window.results_header.text().startswith("3 hits")

    type_query(qtbot, window, "bolig", enter=True)  # a new search keeps the narrowing, with new counts
    assert window.search.facet() == "t.io1"
    assert all(hit[2] in (2, 3) for hit in shown_hits(window))

    qtbot.mouseClick(window.facet_panel.chip_clear, Qt.MouseButton.LeftButton)
    assert window.search.facet() is None and not window.facet_panel.chip.isVisible()
    assert ("page", "avtalen", 1) in shown_hits(window)


def test_page_hits_show_the_goals_linking_to_their_page(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "skredsikring", enter=True)
    page = hit_index(window, "Planen for Testregionen")
    assert page.data(GOALS_ROLE) == "Strategi, Innsatsområde 2"
    assert "Innsatsområde 2: Bolig og byutvikling" in page.data(Qt.ItemDataRole.ToolTipRole)


def test_goal_context_menu_limits_the_search_to_the_subtree(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, QUERY, enter=True)
    menu = window.goals.context_menu("t.io1")
    limit = next(a for a in menu.actions() if a.text() == "Search only in this goal")
    limit.trigger()
    assert window.search.goal_scope() == "t.io1"
    assert sorted(shown_hits(window)) == [("goal", "t.io1", 2), ("page", "planen", 2), ("page", "planen", 3)]
    assert window.results_view.scope_bar.isVisible()
    assert "Innsatsområde 1: Klimatilpasning og beredskap" in window.results_view.scope_text.text()
    qtbot.mouseClick(window.results_view.scope_clear, Qt.MouseButton.LeftButton)
    assert window.search.goal_scope() is None and len(shown_hits(window)) == 5


def test_export_writes_the_shown_hits_as_csv(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "treff.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), "CSV (*.csv)"))
    type_query(qtbot, window, QUERY, enter=True)
    click_facet(qtbot, window, "t.io2")
    window.export_action.trigger()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:5] == ["Dokument", "Side", "Seksjon", "Utdrag", "Mål"]
    # Only the narrowed hits, as on screen: focus area 2 links to planen p. 3 and avtalen p. 1.
    assert sorted((r[0], r[1], r[5]) for r in rows[1:]) == [
        ("Avtalen om vekst", "1", "page"),
        ("Planen for Testregionen", "3", "goal"),
        ("Planen for Testregionen", "3", "page"),
    ]


def test_copy_citation_of_the_current_hit(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, QUERY, enter=True)
    tree = window.results_view.tree
    tree.setCurrentIndex(hit_index(window, "Planen for Testregionen", 1))
    tree.setFocus()
    qtbot.keyClick(
        tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.clipboard().text() == "Planen for Testregionen, s. 3"
    assert window.copy_citation_action in tree.actions()  # also in the hit's context menu


def test_save_run_rename_delete_a_saved_search(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([("Klima og bolig", True), ("Bolig her", True), ("Boliger", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: next(answers))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    type_query(qtbot, window, QUERY, enter=True)
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.saved_panel.names() == ["Klima og bolig"]

    type_query(qtbot, window, "bolig", enter=True)
    next(
        a for a in window.goals.context_menu("t.io2").actions() if a.text() == "Save search here …"
    ).trigger()
    saved = SavedSearches(window.saved.store.path)  # written to disk at once
    assert [(s.name, s.query, s.goal_id) for s in saved.all()] == [
        ("Klima og bolig", QUERY, None),
        ("Bolig her", "bolig", "t.io2"),
    ]
    window.goals.show_goal("t.io2")
    assert "Saved searches for this goal" in window.goal_detail.text()
    assert "Bolig her" in window.goal_detail.text()

    first = window.saved_panel.list.item(0)
    qtbot.mouseClick(
        window.saved_panel.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.saved_panel.list.visualItemRect(first).center(),
    )
    assert window.search.text() == QUERY and window.search.goal_scope() is None
    assert len(shown_hits(window)) == 5

    window.goal_detail.savedSearchRequested.emit("Bolig her")  # as a click on it in the goal's details
    assert window.search.text() == "bolig" and window.search.goal_scope() == "t.io2"

    window.saved.rename("Bolig her")
    window.saved.delete("Klima og bolig")
    assert window.saved_panel.names() == ["Boliger"]
    assert [s.name for s in SavedSearches(window.saved.store.path).all()] == ["Boliger"]


def test_facets_and_menus_in_bokmal(qtbot: QtBot, window: MainWindow, qapp: QApplication) -> None:
    type_query(qtbot, window, QUERY, enter=True)
    click_facet(qtbot, window, "t.io1")
    install_translators(qapp, "nb")
    try:
        qtbot.waitUntil(lambda: window.facet_panel.heading.text() == "Treff per plan og mål")
        assert window.facet_panel.chip_label() == "Bare: Innsatsområde 1 (3)"
        assert window.export_action.text() == "&Eksporter treff …"
        assert window.copy_citation_action.text() == "Kopier &kildehenvisning"
        texts = [a.text() for a in window.goals.context_menu("t.io1").actions()]
        assert texts == ["Søk bare i dette målet", "Lagre søk her …"]
        assert window.saved_panel.heading.text() == "Lagrede søk"
    finally:
        install_translators(qapp, "en")
