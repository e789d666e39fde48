"""Hits you can cite, in the window: the viewer's contents list from the outline or the found
headings, its marks, and goal hits whose path ends with the goal and whose title stands apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from tests.core.test_citations import plan_pdf
from tests.gui.conftest import shown_window
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.library import bundled_library_dir, library_roots
from tromsvekst_desktop.core.librarydata import load_library
from tromsvekst_desktop.core.search import Hit, SearchResult, Snippet
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.models.results import HEADING_ROLE, ResultsModel
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer
from tromsvekst_desktop.gui.widgets.results_view import snippet_parts

PLAN_CONTENTS = [
    (1, "1 Innledning", 1),
    (1, "2 Mål for planen", 1),
    (2, "2.1 Delmål om vekst", 1),
    (1, "3 Oppfølging", 2),
]


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A library with one plan without bookmarks, indexed."""
    root = tmp_path_factory.mktemp("citations-gui")
    (root / "lib").mkdir()
    plan_pdf(root / "lib" / "plan.pdf", outline=False)
    update_index(root / "index", [root / "lib"])
    return root / "lib", root / "index"


@pytest.fixture
def window(qtbot: QtBot, plans: tuple[Path, Path], tmp_path: Path) -> Iterator[MainWindow]:
    library, index_dir = plans
    yield shown_window(qtbot, tmp_path, [str(library)], include_bundled=False, index_dir=index_dir)


def test_contents_list_of_a_pdf_without_bookmarks_comes_from_the_index(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.search.run("epsilonord")
    [hit] = window.search.result().hits
    assert hit.section == "3 Oppfølging"
    assert window.search.open_hit(hit)
    viewer = window.pdf_viewer
    assert viewer.current_page() == 2
    # The title block and the numbered headings, found from the layout, nested by level.
    assert viewer.contents_titles()[-4:] == PLAN_CONTENTS
    assert viewer.contents_action.isEnabled() and not viewer.contents.isVisible()
    viewer.contents_action.trigger()
    assert viewer.contents.isVisible()
    item = viewer.contents.findItems("2.1 Delmål om vekst", Qt.MatchFlag.MatchRecursive)[0]
    viewer.contents.setCurrentItem(item)
    qtbot.keyClick(viewer.contents, Qt.Key.Key_Return)
    assert viewer.current_page() == 1
    # The marks are the word itself on its page, no more.
    viewer.go_to_page(2)
    [mark] = viewer.highlight_rects()
    with pymupdf.open(viewer.path) as pdf:
        text = pdf[1].get_textbox(pymupdf.Rect(mark.x(), mark.y(), mark.right(), mark.bottom()))
    assert text.strip() == "epsilonord"


@pytest.mark.parametrize(
    ("word", "section"),
    [
        ("alfaord", "1 Innledning"),
        ("betaord", "2 Mål for planen"),
        ("gammaord", "2.1 Delmål om vekst"),
        ("deltaord", "2.1 Delmål om vekst"),  # page 2 above its heading: the section of page 1
        ("epsilonord", "3 Oppfølging"),
    ],
)
def test_the_contents_list_marks_the_section_of_the_hit_opened(
    window: MainWindow, word: str, section: str
) -> None:
    window.search.run(word)
    [hit] = window.search.result().hits
    assert window.search.open_hit(hit)
    viewer = window.pdf_viewer
    assert viewer.contents.currentItem().text(0) == section
    # Paging on leaves the hit's section: the list follows the page.
    viewer.go_to_page(1 if hit.page == 2 else 2)
    viewer.go_to_page(hit.page)
    expected_on_page = {1: "2.1 Delmål om vekst", 2: "3 Oppfølging"}[hit.page]
    assert viewer.contents.currentItem().text(0) == expected_on_page


def test_contents_list_from_the_outline_without_an_index(qtbot: QtBot, tmp_path: Path) -> None:
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.open(plan_pdf(tmp_path / "plan.pdf", outline=True))
    assert viewer.contents_titles() == PLAN_CONTENTS
    viewer.open(plan_pdf(tmp_path / "bare.pdf", outline=False))
    assert viewer.contents_titles() == [] and not viewer.contents_action.isEnabled()


def goal_hit(node_id: str, title: str, text: str) -> Hit:
    return Hit(
        "goal",
        title,
        None,
        None,
        None,
        "",
        node_id,
        (title,),
        Snippet(text),
        1.0,
        title_snippet=Snippet(title),
    )


def test_goal_path_ends_with_the_goal() -> None:
    forest, _documents = load_library(library_roots(bundled=True))
    model = ResultsModel()
    model.set_forest(forest)
    numbered = forest.node("tva.d2-1")
    strategy = next(node for node in forest.all_nodes() if node.level == "Strategi" and not node.number)
    assert numbered is not None
    hits = (goal_hit(numbered.id, numbered.title, "x"), goal_hit(strategy.id, strategy.title, "y"))
    model.set_result(SearchResult("q", 2, hits, None, 1.0))
    goals = model.index(0, 0)
    paths = [model.index(row, 0, goals).data(HEADING_ROLE) for row in range(2)]
    assert paths[0] == "Tromsvekstavtalen for Tromsøregionen › Innsatsområde 2 › Delmål 2.1"
    assert paths[1].endswith(f" › {strategy.title}")
    assert not any(path.endswith("Strategi") for path in paths)


def test_goal_title_and_text_are_laid_out_apart(qapp: object) -> None:
    hit = goal_hit("g", "Klimatilpasning og beredskap", "Kommunene samarbeider om klimatilpasning.")
    parts = snippet_parts(hit, QFont(), 400, 3)
    title, text = parts.layouts
    assert title.text() == "Klimatilpasning og beredskap" and title.font().bold()
    assert text.text() == "Kommunene samarbeider om klimatilpasning." and not text.font().bold()
    assert parts.height() > title.boundingRect().height() + text.boundingRect().height()


def test_bundled_plan_contents_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    update_index(index_dir, [bundled_library_dir()])
    window = shown_window(qtbot, tmp_path, [], include_bundled=True, index_dir=index_dir)
    window.search.run("RTP")
    hit = next(h for h in window.search.result().hits if h.kind == "page" and h.page == 1)
    assert hit.section == "3. Kunnskapsgrunnlag og prosess"
    assert window.search.open_hit(hit)
    titles = [title for _level, title, _page in window.pdf_viewer.contents_titles()]
    assert titles[:3] == ["1. Innledning", "2. Overordnet mål for avtalen", "3. Kunnskapsgrunnlag og prosess"]
