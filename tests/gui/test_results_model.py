"""The results model: hits grouped by document, goals last, page order, roles, and Qt's model checks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from tests.gui.conftest import make_forest
from tromsvekst_desktop.core.search import Hit, SearchResult, Snippet
from tromsvekst_desktop.gui.models.results import (
    COUNT_ROLE,
    GROUP,
    HEADING_ROLE,
    HIT_ROLE,
    ROW_KIND_ROLE,
    ResultsModel,
)


def page_hit(doc_id: str, title: str, page: int, section: str = "", score: float = 1.0) -> Hit:
    text = f"Tekst om klimatilpasning på side {page}"
    return Hit(
        "page",
        title,
        doc_id,
        f"/plans/{doc_id}.pdf",
        page,
        section,
        None,
        (),
        Snippet(text, ((9, 24),)),
        score,
    )


def goal_hit(node_id: str, breadcrumb: tuple[str, ...], score: float) -> Hit:
    snippet = Snippet("Kommunene samarbeider om klimatilpasning.", ((25, 40),))
    return Hit("goal", breadcrumb[-1], "tva-doc", None, 3, "Delmål 2.1", node_id, breadcrumb, snippet, score)


# In order of score, as the engine returns them.
HITS = (
    goal_hit("tva.d2-1", ("Tromsvekstavtalen", "Samfunns- og arealplanarbeid", "God arealplanlegging"), 9.0),
    page_hit("tva-doc", "Tromsvekstavtalen", 5, "Innsatsområde 3", 8.0),
    page_hit("tv-doc", "Tromsø vil", 2, score=7.0),
    page_hit("tva-doc", "Tromsvekstavtalen", 3, "Innsatsområde 2", 6.0),
    goal_hit("gone", ("Gammel plan", "Fjernet mål"), 5.0),
)
RESULT = SearchResult("klimatilpasning", total=5, hits=HITS, suggestion=None, elapsed_ms=4.0)


def rows(model: ResultsModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def test_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = ResultsModel()
    qtmodeltester.check(model)
    model.set_result(RESULT)
    qtmodeltester.check(model)
    model.set_forest(make_forest())
    model.set_result(None)
    qtmodeltester.check(model)


def test_hits_are_grouped_by_document_in_order_of_their_best_hit_goals_last() -> None:
    model = ResultsModel()
    model.set_result(RESULT)
    groups = rows(model)
    assert [g.data(HEADING_ROLE) for g in groups] == ["Tromsvekstavtalen", "Tromsø vil", "Goals"]
    assert [g.data(COUNT_ROLE) for g in groups] == [2, 1, 2]
    assert groups[0].data() == "Tromsvekstavtalen (2)"
    assert {g.data(ROW_KIND_ROLE) for g in groups} == {GROUP}
    assert groups[0].data(HIT_ROLE) is None
    assert (model.document_count(), model.page_hit_count(), model.goal_hit_count()) == (2, 3, 2)


def test_page_hits_in_page_order_with_page_and_section() -> None:
    model = ResultsModel()
    model.set_result(RESULT)
    first_doc = rows(model)[0]
    hits = rows(model, first_doc)
    assert [h.data(HIT_ROLE).page for h in hits] == [3, 5]
    assert hits[0].data(HEADING_ROLE) == "p. 3 · Innsatsområde 2"
    assert hits[0].data(ROW_KIND_ROLE) == "page"
    assert rows(model, rows(model)[1])[0].data(HEADING_ROLE) == "p. 2"  # no section: page alone
    assert model.parent(hits[1]) == first_doc
    assert model.first_hit_index() == hits[0]


def test_goal_hits_show_where_the_goal_stands() -> None:
    model = ResultsModel()
    model.set_result(RESULT)
    goals = rows(model, rows(model)[2])
    assert [g.data(HIT_ROLE).node_id for g in goals] == ["tva.d2-1", "gone"]  # by relevance
    # Without the forest: the titles the index stored; with it: the plan's level names.
    assert (
        goals[0].data(HEADING_ROLE)
        == "Tromsvekstavtalen › Samfunns- og arealplanarbeid › God arealplanlegging"
    )
    model.set_forest(make_forest())
    assert goals[0].data(HEADING_ROLE) == "Tromsvekstavtalen › Innsatsområde 2 › Delmål 2.1"
    assert goals[1].data(HEADING_ROLE) == "Gammel plan › Fjernet mål"  # not in this forest
    assert goals[0].data(Qt.ItemDataRole.DisplayRole).endswith("Kommunene samarbeider om klimatilpasning.")


def test_an_empty_result_has_no_rows() -> None:
    model = ResultsModel()
    model.set_result(SearchResult("xyz", 0, (), "xy", 1.0))
    assert model.rowCount() == 0
    assert not model.first_hit_index().isValid()
