"""The window on the bundled plans: abbreviations searched as well (and undone), compounds on/off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.gui.test_search_flow import type_query
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.library import bundled_library_dir
from tromsvekst_desktop.gui.main_window import MainWindow


@pytest.fixture(scope="module")
def bundled_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("bundled") / "index"
    update_index(index_dir, [bundled_library_dir()])
    return index_dir


@pytest.fixture
def window(qtbot: QtBot, bundled_index: Path, tmp_path: Path) -> Iterator[MainWindow]:
    yield shown_window(qtbot, tmp_path, [], include_bundled=True, index_dir=bundled_index)


def test_abbreviation_shows_what_else_was_searched_and_can_be_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_query(qtbot, window, "EYC", enter=True)
    label = window.results_view.expansion_label
    assert label.isVisible()
    assert "Also searched for: europeisk ungdomshovedstad" in label.text()
    expanded_total = window.search.result().total  # type: ignore[union-attr]
    label.linkActivated.emit("undo")
    qtbot.waitUntil(lambda: not label.isVisible())
    result = window.search.result()
    assert result is not None and result.expanded == () and result.total < expanded_total


def test_compound_setting_changes_what_a_word_finds(qtbot: QtBot, window: MainWindow) -> None:
    type_query(qtbot, window, "forvaltning", enter=True)
    with_compounds = window.search.result().total  # type: ignore[union-attr]
    window.search.set_compound_matching(False)
    qtbot.waitUntil(
        lambda: window.search.result() is not None and window.search.result().total < with_compounds
    )  # type: ignore[union-attr]
