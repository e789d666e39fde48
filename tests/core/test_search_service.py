"""The search service: one outcome for every query, the engine's life, the narrowing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.library_factory import make_library
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.index import INDEX_NAME, update_index
from tromsvekst_desktop.core.library import bundled_library_dir, find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data
from tromsvekst_desktop.core.search import SearchEngine
from tromsvekst_desktop.core.search_service import (
    BadQuery,
    DamagedIndex,
    Found,
    Narrowing,
    NoIndex,
    SearchOutcome,
    SearchService,
    UnknownScope,
)

QUERY = "klimatilpasning OR bolig"  # planen p. 2, p. 3, avtalen p. 1; goals t.io1, t.io2


def forest_of(*roots: Path) -> GoalForest:
    return load_library_data(find_library_files(list(roots)).yaml_files).goals


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GoalForest]:
    root = tmp_path_factory.mktemp("service")
    library = make_library(root / "lib")
    update_index(root / "index", [library])
    return root / "index", forest_of(library)


@pytest.fixture
def service(indexed: tuple[Path, GoalForest]) -> Iterator[SearchService]:
    index_dir, forest = indexed
    with SearchService(index_dir, forest, Narrowing(limit=100)) as service:
        yield service


def found(outcome: SearchOutcome) -> Found:
    assert isinstance(outcome, Found), outcome
    return outcome


def hits(outcome: SearchOutcome) -> list[tuple[str, str | None, int | None]]:
    return [(h.kind, h.node_id or h.doc_id, h.page) for h in found(outcome).result.hits]


def facet_counts(outcome: SearchOutcome) -> list[tuple[str, int]]:
    facets = found(outcome).facets
    return [(f.id, f.count) for f in (*facets.plans, *facets.goals)]


def test_hits_come_with_the_facet_counts_of_all_matches(service: SearchService) -> None:
    outcome = service.search(QUERY)
    assert found(outcome).result.total == 5
    assert facet_counts(outcome) == [("testplan", 5), ("t.io1", 3), ("t.io2", 3)]


def test_a_facet_narrows_the_hits_and_the_counts_stay(service: SearchService) -> None:
    service.narrow(facet="t.io1")
    outcome = service.search(QUERY)
    assert sorted(hits(outcome)) == [("goal", "t.io1", 2), ("page", "planen", 2), ("page", "planen", 3)]
    assert facet_counts(outcome) == [("testplan", 5), ("t.io1", 3), ("t.io2", 3)]


def test_a_goal_subtree_limits_the_search_and_the_counts(service: SearchService) -> None:
    service.narrow(goal="t.io2")  # goal 2, planen p. 3 and avtalen p. 1
    outcome = service.search(QUERY)
    assert sorted(hits(outcome)) == [("goal", "t.io2", 3), ("page", "avtalen", 1), ("page", "planen", 3)]
    assert facet_counts(outcome) == [("testplan", 3), ("t.io2", 3), ("t.io1", 1)]


def test_documents_kind_and_limit_narrow_as_the_engine_does(service: SearchService) -> None:
    service.narrow(documents=("avtalen",), kind="page")
    assert hits(service.search("bolig")) == [("page", "avtalen", 1)]
    service.narrow(documents=(), kind=None, limit=1)
    outcome = found(service.search(QUERY))
    assert len(outcome.result.hits) == 1 and outcome.result.total == 5


def test_unknown_goal_or_facet_is_refused_and_the_narrowing_stays(service: SearchService) -> None:
    service.narrow(goal="t.io1")
    with pytest.raises(UnknownScope, match="no goal 'nope' in the library") as exc:
        service.narrow(goal="nope")
    assert exc.value.field == "goal"
    with pytest.raises(UnknownScope, match="neither a plan nor a top-level goal") as exc:
        service.narrow(facet="t.d1")  # a goal, but not a facet
    assert exc.value.field == "facet"
    assert service.narrowing.goal == "t.io1" and service.narrowing.facet is None


def test_a_bad_query_is_an_outcome_and_the_index_stays_usable(service: SearchService) -> None:
    outcome = service.search("ukjent:felt")
    assert isinstance(outcome, BadQuery) and "unknown field 'ukjent:'" in outcome.message
    assert isinstance(service.search(""), BadQuery)
    assert found(service.search("skredsikring")).result.total == 2


def test_no_index_until_one_is_made_then_it_is_opened(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    with SearchService(tmp_path / "index", forest_of(library)) as service:
        outcome = service.search("bolig")
        assert isinstance(outcome, NoIndex) and "tromsvekst index" in outcome.reason
        assert service.engine() is None
        update_index(tmp_path / "index", [library])
        assert found(service.search("bolig")).result.total == 3
    assert isinstance(SearchService().search("bolig"), NoIndex)  # no index folder at all


def test_damage_is_reported_and_the_index_reopened_after_a_rebuild(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    with SearchService(index_dir, forest_of(library)) as service:
        assert found(service.search("skredsikring")).result.total == 2
        service.close()  # the next search opens the index again and finds the damage
        segment = next(index_dir.glob(f"{INDEX_NAME}_*.seg"))
        with segment.open("r+b") as stream:
            stream.truncate(segment.stat().st_size // 2)
        outcome = service.search("skredsikring")
        assert isinstance(outcome, DamagedIndex) and segment.name in outcome.detail
        assert "tromsvekst index --rebuild" in outcome.message
        update_index(index_dir, [library], rebuild=True)
        assert found(service.search("skredsikring")).result.total == 2


def test_searching_only_the_typed_term_undoes_the_expansion_of_that_query(bundled_index: Path) -> None:
    with SearchService(bundled_index, forest_of(bundled_library_dir()), Narrowing(limit=100)) as service:
        expanded = found(service.search("EYC")).result
        assert expanded.expanded
        service.narrow(typed_only="EYC")
        typed = found(service.search(" EYC ")).result
        assert typed.expanded == () and typed.total < expanded.total
        assert found(service.search("KPA")).result.expanded  # another query expands again


def test_an_adopted_engine_replaces_the_one_opened(
    service: SearchService, indexed: tuple[Path, GoalForest]
) -> None:
    first = service.engine()
    assert first is not None and service.engine() is first  # opened once
    other = SearchEngine(indexed[0])
    service.adopt(other)
    assert service.engine() is other
    assert found(service.search("skredsikring")).result.total == 2


def test_a_reloaded_library_without_the_goal_or_facet_stops_narrowing(service: SearchService) -> None:
    service.narrow(goal="t.s1", facet="t.io1")
    forest = service.forest
    service.set_forest(forest)
    assert (service.narrowing.goal, service.narrowing.facet) == ("t.s1", "t.io1")
    service.set_forest(GoalForest())
    assert (service.narrowing.goal, service.narrowing.facet) == (None, None)
    assert found(service.search(QUERY)).result.total == 5


def test_index_files_without_their_table_of_contents_are_damage(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    for toc in index_dir.glob(f"_{INDEX_NAME}_*.toc"):
        toc.unlink()
    with SearchService(index_dir, forest_of(library)) as service:
        outcome = service.search("bolig")
        assert isinstance(outcome, DamagedIndex) and "table of contents is missing" in outcome.detail
