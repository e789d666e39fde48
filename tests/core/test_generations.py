"""An engine kept open across index generations answers exactly as a freshly opened one."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests.library_factory import make_library, write_pdf
from tromsvekst_desktop.core.facets import facet_scopes
from tromsvekst_desktop.core.index import INDEX_NAME, update_index
from tromsvekst_desktop.core.library import bundled_library_dir, find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data
from tromsvekst_desktop.core.search import SearchEngine, SearchResult, SubtreeScope
from tromsvekst_desktop.soak import open_index_files

QUERIES = ("bolig", "soakside", "sentrum OR havbruk", "bolig*", "soaksde~")


def answer(result: SearchResult) -> tuple[object, ...]:
    hits = tuple((h.kind, h.doc_id, h.page, h.node_id, round(h.score, 4)) for h in result.hits)
    return result.total, hits, dict(result.scope_counts)


def fresh_answers(index_dir: Path, queries: tuple[str, ...], **options: object) -> list[tuple[object, ...]]:
    with SearchEngine(index_dir) as fresh:
        return [answer(fresh.search(q, **options)) for q in queries]  # type: ignore[arg-type]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib")


def test_removed_and_replaced_documents_leave_the_results(library: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    write_pdf(library / "soakcopy000.pdf", ["Soakside om bolig i sentrum."])
    update_index(index_dir, [library])
    facet = SubtreeScope(("planen",), frozenset({("planen", None)}), frozenset())
    with SearchEngine(index_dir) as engine:
        assert engine.search("doc:soakcopy000").total == 1
        # Warm every cache the engine keeps per searcher: filter sets, scopes, fuzzy words.
        for query in QUERIES:
            engine.search(query, count_in={"plan": facet})
            engine.search(query, kind="page")
        (library / "soakcopy000.pdf").unlink()
        write_pdf(library / "soakcopy001.pdf", ["Soakside om havbruk."])
        write_pdf(library / "avtalen.pdf", ["Avtalen handler nå bare om havbruk."], title="Avtalen")
        update_index(index_dir, [library])

        assert engine.search("doc:soakcopy000").total == 0
        assert engine.search("doc:soakcopy001").total == 1
        assert ("avtalen", 1) not in {(h.doc_id, h.page) for h in engine.search("kollektivtransport").hits}
        got = [answer(engine.search(q, count_in={"plan": facet})) for q in QUERIES]
        assert got == fresh_answers(index_dir, QUERIES, count_in={"plan": facet})
        got = [answer(engine.search(q, kind="page")) for q in QUERIES]
        assert got == fresh_answers(index_dir, QUERIES, kind="page")


def test_no_file_of_an_older_generation_stays_open(library: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    with SearchEngine(index_dir) as engine:
        for number in range(12):  # enough commits for Whoosh to merge segments away
            write_pdf(library / f"soakcopy{number:03d}.pdf", [f"Soakside {number} om bolig."])
            if number:
                (library / f"soakcopy{number - 1:03d}.pdf").unlink()
            update_index(index_dir, [library])
            assert engine.search("soakside").total == 1
            gc.collect()  # the in-process writer's own readers are garbage, not the engine's
            live = {p.name for p in index_dir.glob(f"{INDEX_NAME}_*.seg")}
            held = open_index_files(index_dir)
            assert held and all(not name.endswith(" (deleted)") for name in held)
            assert {Path(name).name for name in held} <= live
            assert len(engine.held_segments()) == len(live)
    gc.collect()
    assert open_index_files(index_dir) == []


def test_a_fresh_engine_counts_every_facet_as_its_hits_fall(tmp_path: Path) -> None:
    """The facets of a cold engine (the first search after a new generation) count exactly
    the hits inside each plan and top-level goal."""
    roots = [bundled_library_dir()]
    update_index(tmp_path / "index", roots)
    scopes = facet_scopes(load_library_data(find_library_files(roots).yaml_files).goals)
    for query in ("klimatilpasning", "bolig*", "kind:goal", "samarbeid OR transport"):
        with SearchEngine(tmp_path / "index") as engine:
            result = engine.search(query, limit=10_000, count_in=scopes)
        assert result.total == len(result.hits) > 0
        by_hits = {key: sum(scope.contains(hit) for hit in result.hits) for key, scope in scopes.items()}
        assert dict(result.scope_counts) == by_hits
        assert any(by_hits.values())
