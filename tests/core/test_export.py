"""CSV export of hits and citations of one hit, as a user pastes them into Excel or a text."""

from __future__ import annotations

import csv
import io

from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.export import CSV_COLUMNS, citation, results_csv
from tromsvekst_desktop.core.goals import GoalForest, GoalLink, GoalNode
from tromsvekst_desktop.core.search import Hit, SearchResult, Snippet

DOCS = {"tva": Document(id="tva", title="Tromsvekstavtalen for Tromsøregionen", owners=(), kind="avtale")}
DELMAL = GoalNode(
    "tva.d1-1", "Flere skal bo i regionen", "Delmål", "tva", number="1.1", links=(GoalLink("tva", 3),)
)
STRATEGY = GoalNode("tva.s1", "Styrke boligbyggingen", "Strategi", "tva", links=(GoalLink("tva", 3),))
FOCUS = GoalNode("tva.io1", "Befolkning", "Innsatsområde", "tva", number="1", children=(DELMAL, STRATEGY))
FOREST = GoalForest([GoalNode("tva", "Tromsvekstavtalen", "Plan", "tva", children=(FOCUS,))])


def page_hit(text: str, page: int = 3, section: str = "Innsatsområde 1") -> Hit:
    spans = ((0, 5),) if text else ()
    return Hit(
        "page",
        "Tromsvekstavtalen",
        "tva",
        "/data/tva.pdf",
        page,
        section,
        None,
        (),
        Snippet(text, spans),
        2.0,
    )


GOAL_HIT = Hit(
    "goal",
    "Flere skal bo i regionen",
    "tva",
    "/data/tva.pdf",
    3,
    "Delmål 1.1",
    "tva.d1-1",
    ("Tromsvekstavtalen", "Befolkning", "Flere skal bo i regionen"),
    Snippet("Flere skal bo", ((0, 6),)),
    1.0,
)


def rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")  # Excel needs the BOM to read UTF-8
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))


def test_csv_has_the_columns_and_one_row_per_hit() -> None:
    result = SearchResult("bolig", 2, (page_hit("Bolig og vekst"), GOAL_HIT), None, 3.0)
    header, page_row, goal_row = rows(results_csv(result, FOREST, DOCS))
    assert header == list(CSV_COLUMNS)
    assert page_row == [
        "Tromsvekstavtalen for Tromsøregionen",
        "3",
        "Innsatsområde 1",
        "Bolig og vekst",
        "Delmål 1.1: Flere skal bo i regionen; Strategi: Styrke boligbyggingen",
        "page",
        "tva",
        "/data/tva.pdf",
    ]  # the snippet without [[markers]], the linked goals by label
    assert goal_row[:6] == [
        "Tromsvekstavtalen for Tromsøregionen",
        "3",
        "Tromsvekstavtalen › Innsatsområde 1",
        "Flere skal bo",
        "Delmål 1.1: Flere skal bo i regionen",
        "goal",
    ]


def test_csv_quotes_separators_quotes_and_line_breaks() -> None:
    tricky = 'Mål; "bolig"\nog æøå'
    result = SearchResult("x", 1, (page_hit(tricky, section='A;B "C"'),), None, 1.0)
    text = results_csv(result, FOREST, DOCS)
    assert '"Mål; ""bolig""\nog æøå"' in text
    assert rows(text)[1][2:4] == ['A;B "C"', tricky]
    assert text.count("\r\n") == 2  # header and one record: the inner line break stays inside


def test_csv_of_no_hits_is_the_header_only() -> None:
    assert rows(results_csv(SearchResult("x", 0, (), None, 1.0), FOREST)) == [list(CSV_COLUMNS)]


def test_citation_of_a_page_uses_the_catalogue_title_and_s() -> None:
    assert citation(page_hit("x"), DOCS) == "Tromsvekstavtalen for Tromsøregionen, s. 3"
    # A PDF outside the catalogue: the title the index has.
    assert citation(page_hit("x", page=12), {}) == "Tromsvekstavtalen, s. 12"


def test_citation_of_a_goal_names_the_goal_and_its_page() -> None:
    assert (
        citation(GOAL_HIT, DOCS, FOREST)
        == "Tromsvekstavtalen for Tromsøregionen, Delmål 1.1: Flere skal bo i regionen, s. 3"
    )
    without_page = Hit(
        "goal",
        "Befolkning",
        None,
        None,
        None,
        "",
        "tva.io1",
        ("Tromsvekstavtalen", "Befolkning"),
        Snippet(""),
        1.0,
    )
    assert citation(without_page, DOCS, FOREST) == "Tromsvekstavtalen, Innsatsområde 1: Befolkning"
