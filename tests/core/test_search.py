"""Searching: Norwegian matching, query syntax, filters, hits, snippets, suggestions, bad input."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.library_factory import make_library
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.search import QueryError, SearchEngine, SearchResult


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    root = tmp_path_factory.mktemp("search")
    library = make_library(root / "lib")
    update_index(root / "index", [library])
    with SearchEngine(root / "index") as engine:
        yield engine


def pages(result: SearchResult) -> set[tuple[str, int | None]]:
    return {(h.doc_id or "", h.page) for h in result.hits if h.kind == "page"}


def test_inflected_forms_match(engine: SearchEngine) -> None:
    # "strategiene" (the strategies) finds "Strategier" and "Strategiene".
    assert pages(engine.search("strategiene")) == {("avtalen", 1), ("planen", 2)}
    assert ("planen", 2) in pages(engine.search("klimatilpasningen"))


def test_norwegian_letters_are_not_folded(engine: SearchEngine) -> None:
    assert ("planen", 3) in pages(engine.search("møteplasser"))
    assert engine.search("moteplasser").total == 0


def test_by_and_is_are_words_not_stop_words(engine: SearchEngine) -> None:
    assert pages(engine.search("by", compounds=False)) == {("planen", 1)}
    assert pages(engine.search("is", compounds=False)) == {("planen", 1)}
    # With compounds on, "by" also finds "byutvikling" on page 3.
    assert pages(engine.search("by")) == {("planen", 1), ("planen", 3)}


def test_words_are_anded(engine: SearchEngine) -> None:
    assert pages(engine.search("bolig kollektivtransport")) == {("avtalen", 1)}


def test_or_not_and_minus(engine: SearchEngine) -> None:
    assert pages(engine.search("midtveisevaluering OR skredsikring")) == {("avtalen", 2), ("planen", 3)}
    assert pages(engine.search("midtveisevaluering ELLER skredsikring")) == {("avtalen", 2), ("planen", 3)}
    assert ("planen", 3) not in pages(engine.search("bolig -sentrum"))
    assert ("planen", 3) not in pages(engine.search("bolig NOT sentrum"))
    assert ("planen", 3) not in pages(engine.search("bolig IKKE sentrum"))


def test_phrase_prefix_and_fuzzy(engine: SearchEngine) -> None:
    assert pages(engine.search('"flomvern og skredsikring"')) == {("planen", 3)}
    assert pages(engine.search('"skredsikring og flomvern"')) == set()
    assert ("planen", 2) in pages(engine.search("klima*"))
    assert ("planen", 3) in pages(engine.search("bærekraftg~"))


def test_field_filters(engine: SearchEngine) -> None:
    assert pages(engine.search("bolig doc:avtalen")) == {("avtalen", 1)}
    assert pages(engine.search("bolig Dokument:avtalen")) == {("avtalen", 1)}
    assert {h.kind for h in engine.search("bolig kind:goal").hits} == {"goal"}
    assert {h.doc_id for h in engine.search("bolig kind:avtale").hits} == {"avtalen"}
    assert {h.doc_id for h in engine.search("bolig kind:samfunnsplan").hits} == {"planen"}
    # The plan's period 2020–2032 covers 2030; the agreement's 2025–2028 does not.
    assert {h.doc_id for h in engine.search("bolig year:2030", kind="page").hits} == {"planen"}
    assert {h.node_id for h in engine.search("bolig plan:testplan", kind="goal").hits} == {"t.io2"}


def test_kind_and_doc_arguments(engine: SearchEngine) -> None:
    assert {h.kind for h in engine.search("bolig", kind="page").hits} == {"page"}
    assert pages(engine.search("bolig", doc="planen")) == {("planen", 3)}


def test_page_hit_has_document_page_section_and_marked_snippet(engine: SearchEngine) -> None:
    [hit] = engine.search("skredsikring", kind="page").hits
    assert (hit.title, hit.doc_id, hit.page, hit.section) == (
        "Planen for Testregionen",
        "planen",
        3,
        "Bolig og byutvikling",
    )
    assert hit.path is not None and hit.path.endswith("planen.pdf")
    assert "[[skredsikring]]" in hit.snippet.marked()
    start, end = hit.snippet.spans[0]
    assert hit.snippet.text[start:end] == "skredsikring"


def test_goal_hit_has_breadcrumb_and_ranks_above_pages(engine: SearchEngine) -> None:
    result = engine.search("flomvern")
    first = result.hits[0]
    assert first.kind == "goal" and first.node_id == "t.s1"
    assert first.breadcrumb == (
        "Testplanen",
        "Klimatilpasning og beredskap",
        "Regionen skal ha trygge lokalsamfunn",
        "Samarbeid om flomvern og skredsikring",
    )
    assert first.section == "Strategi"
    assert (first.doc_id, first.page) == ("planen", 3)


def test_goal_level_and_number_are_searchable(engine: SearchEngine) -> None:
    assert [h.node_id for h in engine.search("delmål 1.1").hits] == ["t.d1"]


def test_matched_words_include_inflections(engine: SearchEngine) -> None:
    result = engine.search("strategi")
    text = "Strategiene og strategier, for kommunene."
    assert [text[a:b] for a, b in result.rule.spans(text)] == ["Strategiene", "strategier"]


def test_did_you_mean(engine: SearchEngine) -> None:
    result = engine.search("skredsikrng")
    assert result.total == 0
    assert result.suggestion == "skredsikring"
    assert engine.search("skredsikring").suggestion is None


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("og i på", "very common words"),
        ("(((", "nothing to search for"),
        ("forfatter:Hansen", "unknown field 'forfatter:'"),
        ("x" * 1001, "too long"),
    ],
)
def test_invalid_queries_raise_a_clear_error(engine: SearchEngine, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        engine.search(query)


def test_colon_inside_quotes_is_text(engine: SearchEngine) -> None:
    assert engine.search('"forfatter:Hansen"').total == 0


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            [
                "bolig",
                "klima*",
                "bærekraftg~",
                '"',
                "(",
                ")",
                "-",
                "+",
                "*",
                "?",
                "~2",
                ":",
                "^",
                "[",
                "]",
                "{",
                "}",
                "\\",
                "/",
                "OR",
                "AND",
                "NOT",
                "IKKE",
                "doc:",
                "year:",
                "kind:goal",
                "plan:",
                "og",
                " ",
                "æøå",
                "2025",
            ]
        )
        | st.text(max_size=6),
        max_size=10,
    ).map("".join)
    | st.text(max_size=40)
)
def test_any_string_gives_results_or_a_clear_message(engine: SearchEngine, query: str) -> None:
    try:
        result = engine.search(query)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert result.total >= len(result.hits)


def test_fuzzy_distance_is_capped_so_the_search_returns(engine: SearchEngine) -> None:
    # "~9" would build an automaton too big to finish; it searches as "~2".
    assert engine.search("skredsikrig~9").total == engine.search("skredsikrig~2").total > 0


def test_total_counts_only_what_the_filters_let_through(engine: SearchEngine) -> None:
    everything = engine.search("bolig")
    goals, page_hits = engine.search("bolig", kind="goal"), engine.search("bolig", kind="page")
    assert goals.total == len(goals.hits) and page_hits.total == len(page_hits.hits)
    assert goals.total + page_hits.total == everything.total
    assert engine.search("bolig", kind="page", limit=1).total == page_hits.total
