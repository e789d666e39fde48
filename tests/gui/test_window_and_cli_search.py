"""The window and `tromsvekst search` ask the same search service: same hits, counts and facets."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.gui.test_facets_gui import click_facet
from tests.gui.test_search_flow import indexed_library, type_query  # noqa: F401
from tests.library_factory import cli_argv
from tromsvekst_desktop.gui.controllers.search import SEARCH_LIMIT
from tromsvekst_desktop.gui.main_window import MainWindow

QUERY = "klimatilpasning OR bolig"  # planen p. 2, p. 3, avtalen p. 1; goals t.io1, t.io2
Hits = list[tuple[str, str | None, int | None, float]]


@pytest.fixture
def window(qtbot: QtBot, indexed_library: tuple[Path, Path], tmp_path: Path) -> Iterator[MainWindow]:  # noqa: F811
    library, index_dir = indexed_library
    yield shown_window(qtbot, tmp_path, [str(library)], include_bundled=False, index_dir=index_dir)


def cli_search(indexed: tuple[Path, Path], query: str, *options: str) -> dict[str, Any]:
    library, index_dir = indexed
    command = cli_argv(None, "search", query, "--json")
    command += ["--limit", str(SEARCH_LIMIT), "--no-bundled", "--library", str(library)]
    result = subprocess.run(
        [*command, "--index-dir", str(index_dir), *options], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def cli_hits(answer: dict[str, Any]) -> Hits:
    return [(h["kind"], h["node_id"] or h["doc_id"], h["page"], h["score"]) for h in answer["hits"]]


def cli_facets(answer: dict[str, Any]) -> dict[str, int]:
    return {f["id"]: f["count"] for f in (*answer["facets"]["plans"], *answer["facets"]["goals"])}


def window_hits(window: MainWindow) -> Hits:
    result = window.search.result()
    assert result is not None
    return [(h.kind, h.node_id or h.doc_id, h.page, round(h.score, 4)) for h in result.hits]


def window_facets(window: MainWindow) -> dict[str, int]:
    return {facet_id: count for facet_id, _text, count in window.facet_panel.rows()}


def in_goal(goal_id: str) -> Callable[[QtBot, MainWindow], None]:
    # As "Search only in this goal" in the goal tree's menu does.
    return lambda _qtbot, window: window.goals.context_menu(goal_id).actions()[0].trigger()


def in_facet(facet_id: str) -> Callable[[QtBot, MainWindow], None]:
    return lambda qtbot, window: click_facet(qtbot, window, facet_id)


def in_documents(*doc_ids: str) -> Callable[[QtBot, MainWindow], None]:
    # As a goal's "search in its documents" does.
    return lambda _qtbot, window: window.search.set_document_scope(list(doc_ids))


@pytest.mark.parametrize(
    ("narrow", "options"),
    [
        ([], []),
        ([in_goal("t.io2")], ["--goal", "t.io2"]),
        ([in_goal("t.s1")], ["--goal", "t.s1"]),
        ([in_facet("testplan")], ["--plan", "testplan"]),
        ([in_goal("t.io2"), in_facet("testplan")], ["--goal", "t.io2", "--plan", "testplan"]),
        ([in_documents("avtalen")], ["--doc", "avtalen"]),
    ],
    ids=["everywhere", "goal", "strategy", "plan", "goal-and-plan", "document"],
)
def test_same_hits_counts_and_facets_in_the_window_and_the_cli(
    qtbot: QtBot,
    window: MainWindow,
    indexed_library: tuple[Path, Path],  # noqa: F811
    narrow: list[Callable[[QtBot, MainWindow], None]],
    options: list[str],
) -> None:
    type_query(qtbot, window, QUERY, enter=True)
    for step in narrow:
        step(qtbot, window)
    answer = cli_search(indexed_library, QUERY, *options)
    result = window.search.result()
    assert result is not None
    assert answer["total"] == result.total > 0
    assert cli_hits(answer) == window_hits(window)  # the same hits in the same order
    assert cli_facets(answer) == window_facets(window)


def test_a_goal_facet_in_the_window_shows_the_hits_of_that_goal_in_the_cli(
    qtbot: QtBot,
    window: MainWindow,
    indexed_library: tuple[Path, Path],  # noqa: F811
) -> None:
    type_query(qtbot, window, QUERY, enter=True)
    click_facet(qtbot, window, "t.io1")
    answer = cli_search(indexed_library, QUERY, "--goal", "t.io1")
    # The same hits; the window's facets still count every match, the CLI's those in the goal.
    assert cli_hits(answer) == window_hits(window)
    assert window_facets(window) == cli_facets(cli_search(indexed_library, QUERY))


def test_compound_matching_on_and_off_in_both(
    qtbot: QtBot,
    window: MainWindow,
    indexed_library: tuple[Path, Path],  # noqa: F811
) -> None:
    type_query(qtbot, window, "tilpasning", enter=True)  # a part of «klimatilpasning»
    with_compounds = window_hits(window)
    assert with_compounds and cli_hits(cli_search(indexed_library, "tilpasning")) == with_compounds
    window.search.set_compound_matching(False)
    without = window_hits(window)
    assert without != with_compounds
    assert cli_hits(cli_search(indexed_library, "tilpasning", "--no-compounds")) == without


def test_a_query_that_cannot_run_shows_no_counts_of_the_one_before(
    qtbot: QtBot,
    window: MainWindow,
) -> None:
    type_query(qtbot, window, QUERY, enter=True)
    assert window_facets(window)
    type_query(qtbot, window, "ukjent:felt", enter=True)
    assert "unknown field 'ukjent:'" in window.results_view.message_text()
    assert window_facets(window) == {} and not window.facet_panel.chip.isVisible()
