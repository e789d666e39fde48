"""Goals as facets: which plan and top-level goal each hit counts for, narrowing, subtree scope."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.library_factory import make_library
from tromsvekst_desktop.core.facets import facet_scopes, facets, goals_for_hit, subtree_scope
from tromsvekst_desktop.core.goals import GoalForest, GoalLink, GoalNode
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.library import bundled_library_dir, find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data
from tromsvekst_desktop.core.search import Hit, SearchEngine, SearchResult, Snippet


def page(doc_id: str, number: int) -> Hit:
    return Hit("page", doc_id.title(), doc_id, f"/{doc_id}.pdf", number, "", None, (), Snippet("tekst"), 1.0)


def goal(node_id: str) -> Hit:
    return Hit("goal", node_id, "planen", None, None, "", node_id, (), Snippet("mål"), 1.0)


@pytest.fixture(scope="module")
def forest(tmp_path_factory: pytest.TempPathFactory) -> GoalForest:
    library = make_library(tmp_path_factory.mktemp("facets") / "lib")
    data = load_library_data(find_library_files([library]).yaml_files)
    assert not data.problems
    return data.goals


# The test plan links to the whole of "planen"; 1 and 1.1 to page 2, strategy 1.1 a to page 3;
# focus area 2 to page 3 and to page 1 of "avtalen".
HITS = [page("planen", 1), page("planen", 2), page("planen", 3), page("avtalen", 1), page("avtalen", 2)]


def counts_of(hits: list[Hit], forest: GoalForest) -> dict[str, int]:
    return {key: sum(scope.contains(h) for h in hits) for key, scope in facet_scopes(forest).items()}


def test_counts_per_plan_and_top_level_goal_sorted_by_count(forest: GoalForest) -> None:
    result = facets(counts_of([*HITS, goal("t.s1")], forest), forest)
    assert [(f.id, f.count) for f in result.plans] == [("testplan", 5)]  # avtalen p. 2: no goal
    assert [(f.id, f.label, f.title, f.plan_id, f.count) for f in result.goals] == [
        ("t.io1", "Innsatsområde 1", "Klimatilpasning og beredskap", "testplan", 3),  # p. 2, p. 3, t.s1
        ("t.io2", "Innsatsområde 2", "Bolig og byutvikling", "testplan", 2),  # p. 3, avtalen p. 1
    ]


def test_a_page_counts_once_per_facet_even_when_several_goals_link_to_it(forest: GoalForest) -> None:
    # Page 3 is linked from strategy 1.1 a (under 1) and from focus area 2.
    result = facets(counts_of([page("planen", 3)], forest), forest)
    assert {(f.id, f.count) for f in result.goals} == {("t.io1", 1), ("t.io2", 1)}
    assert result.get("testplan") is not None and result.get("testplan").count == 1  # type: ignore[union-attr]


def test_no_hits_no_facets(forest: GoalForest) -> None:
    assert (
        facets({}, forest).plans == () and facets(counts_of([page("avtalen", 2)], forest), forest).goals == ()
    )


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    root = tmp_path_factory.mktemp("facet-search")
    update_index(root / "index", [make_library(root / "lib")])
    with SearchEngine(root / "index") as engine:
        yield engine


def located(result: SearchResult) -> list[tuple[str | None, int | None] | str | None]:
    return [(h.doc_id, h.page) if h.kind == "page" else h.node_id for h in result.hits]


def test_the_search_counts_every_match_per_facet_not_only_the_hits_returned(
    engine: SearchEngine, forest: GoalForest
) -> None:
    query = "klimatilpasning ELLER bolig ELLER skredsikring"
    everything = engine.search(query, limit=100, count_in=facet_scopes(forest))
    one = engine.search(query, limit=1, count_in=facet_scopes(forest))
    assert len(one.hits) == 1 and everything.total > 3
    assert one.scope_counts == everything.scope_counts == counts_of(list(everything.hits), forest)
    assert everything.scope_counts["t.io1"] > 1 and everything.scope_counts["t.io2"] > 1


def test_narrowing_to_a_facet_keeps_the_order_and_the_counts(
    engine: SearchEngine, forest: GoalForest
) -> None:
    query = "klimatilpasning ELLER bolig ELLER skredsikring"
    scopes = facet_scopes(forest)
    everything = engine.search(query, limit=100, count_in=scopes)
    narrowed = engine.search(query, limit=100, count_in=scopes, narrow_to=scopes["t.io2"])
    assert narrowed.scope_counts == everything.scope_counts
    assert narrowed.total == everything.scope_counts["t.io2"] == len(narrowed.hits)
    assert narrowed.hits == tuple(h for h in everything.hits if scopes["t.io2"].contains(h))


def test_a_search_in_a_goals_subtree_finds_only_its_goals_and_linked_pages(
    engine: SearchEngine, forest: GoalForest
) -> None:
    scope = subtree_scope("t.io1", forest)
    result = engine.search("klimatilpasning ELLER bolig ELLER skredsikring", limit=100, scope=scope)
    assert result.hits and all(scope.contains(h) for h in result.hits)
    assert set(located(result)) >= {("planen", 2), ("planen", 3)}
    assert ("avtalen", 1) not in located(result)


def test_a_link_without_a_page_matches_every_page_of_the_document() -> None:
    node = GoalNode("p.a", "Mål A", "Hovedmål", "p", links=(GoalLink("doc"),))
    plan = GoalNode("p", "Planen", "Plan", "p", children=(node,))
    forest = GoalForest([plan])
    assert [f.id for f in facets(counts_of([page("doc", 7)], forest), forest).goals] == ["p.a"]
    assert [n.id for n in goals_for_hit(page("doc", 7), forest)] == ["p.a"]


def test_page_hits_show_the_goals_that_link_to_their_page(forest: GoalForest) -> None:
    assert [n.id for n in goals_for_hit(page("planen", 3), forest)] == ["t.s1", "t.io2"]
    # The plan's own link to its document says which document the plan is: not listed.
    assert goals_for_hit(page("planen", 1), forest) == []
    assert [n.id for n in goals_for_hit(goal("t.d1"), forest)] == ["t.d1"]


def test_subtree_scope_has_the_subtrees_documents_pages_and_goals(forest: GoalForest) -> None:
    scope = subtree_scope("t.io1", forest)
    assert scope.doc_ids == ("planen",)
    assert scope.pages == {("planen", 2), ("planen", 3)}
    assert scope.node_ids == {"t.io1", "t.d1", "t.s1"}
    kept = [h for h in [*HITS, goal("t.s1"), goal("t.io2")] if scope.contains(h)]
    assert kept == [page("planen", 2), page("planen", 3), goal("t.s1")]
    assert subtree_scope("missing", forest).node_ids == frozenset()


def test_bundled_plans_give_facets_for_their_focus_areas() -> None:
    data = load_library_data(find_library_files([bundled_library_dir()]).yaml_files)
    result = facets(counts_of([page("tromsvekstavtalen", 6)], data.goals), data.goals)
    assert [f.id for f in result.plans] == ["tromsvekstavtalen"]
    assert "Innsatsområde 4" in [f.label for f in result.goals]
