"""Matching and scoring a posting list at a time (core/ranking.py) agrees with Whoosh.

The index has two segments and deleted pages (a PDF was changed after the first run),
which is where reading Whoosh's posting blocks directly could go wrong.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    FuzzyTerm,
    MultiTerm,
    Not,
    Or,
    Prefix,
    Query,
    Require,
    Term,
    Wildcard,
)

from tests.conftest import RESOURCES
from tests.library_factory import PLAN_PAGES, make_library, write_pdf
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.ranking import _any_between
from tromsvekst_desktop.core.search import QueryError, SearchEngine

WORDS = [
    "bolig", "boliger", "klima", "klimatilpasning", "strategi", "strategiene", "tromsø",
    "byutvikling", "kollektivtransport", "næringsliv", "samarbeid", "regionen", "sentrum",
    "utvikling", "plan", "kommunen", "mål", "flomvern", "skredsikring", "helse",
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    root = tmp_path_factory.mktemp("ranking")
    library = make_library(root / "lib")
    index_dir = root / "index"
    update_index(index_dir, [library, RESOURCES])
    changed = [PLAN_PAGES[0] + "\nForeldet tekst om sentrum.", *PLAN_PAGES[1:]]
    write_pdf(library / "planen.pdf", changed, title="Planen")
    update_index(index_dir, [library, RESOURCES])
    with SearchEngine(index_dir) as engine:
        yield engine


def _reference(engine: SearchEngine, query: Query, universe: frozenset[int]) -> set[int]:
    """The documents a query matches by set algebra over what Whoosh finds for each leaf."""
    searcher = engine._current_searcher()
    if isinstance(query, And):
        subs = [_reference(engine, q, universe) for q in query.subqueries]
        return set.intersection(*subs) if subs else set()
    if type(query).__name__ in ("Or", "DefaultOr"):
        return set().union(*(_reference(engine, q, universe) for q in query.subqueries))
    if isinstance(query, AndNot):
        return _reference(engine, query.a, universe) - _reference(engine, query.b, universe)
    if isinstance(query, (AndMaybe,)):
        return _reference(engine, query.a, universe)
    if isinstance(query, Require):
        return _reference(engine, query.a, universe) & _reference(engine, query.b, universe)
    if isinstance(query, Not):
        return set(universe) - _reference(engine, query.query, universe)
    if isinstance(query, MultiTerm):
        # Expanded over the whole index: the words of every segment.
        texts = {t for reader, _offset in searcher.reader().leaf_readers() for t in query._btexts(reader)}
        query = Or([Term(query.field(), text) for text in texts])
    return set(searcher.docs_for_query(query)) & universe


def test_the_index_under_test_has_segments_and_deletions(engine: SearchEngine) -> None:
    searcher = engine._current_searcher()
    assert len(searcher.leaf_searchers()) > 1
    assert searcher.doc_count() < searcher.doc_count_all()


def test_deleted_pages_are_never_found(engine: SearchEngine) -> None:
    result = engine.search("foreldet", limit=100)
    assert [(h.doc_id, h.page) for h in result.hits] == [("planen", 1)]
    assert result.total == 1


query_words = st.sampled_from(WORDS)
query_strings = st.one_of(
    query_words,
    st.builds(lambda a, b: f"{a} {b}", query_words, query_words),
    st.builds(lambda a, b: f"{a} OR {b}", query_words, query_words),
    st.builds(lambda a, b: f"{a} -{b}", query_words, query_words),
    st.builds(lambda a, b: f"{a} IKKE {b}", query_words, query_words),
    st.builds(lambda a, b, c: f"({a} ELLER {b}) {c}", query_words, query_words, query_words),
    st.builds(lambda a, b: f'"{a} {b}"', query_words, query_words),
    st.builds(lambda a: f"{a[:4]}*", query_words),
    st.builds(lambda a: f"{a[:-1]}x~", query_words),
    st.builds(lambda a: f"=({a})", query_words),
    st.builds(lambda a: f"doc:avtalen {a}", query_words),
    st.builds(lambda a: f"kind:goal {a}", query_words),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query_strings)
def test_matches_are_what_whoosh_finds_for_each_term_combined(engine: SearchEngine, text: str) -> None:
    try:
        parsed = engine.parse(text)
    except QueryError:
        return
    searcher = engine._current_searcher()
    universe = frozenset(d for d in range(searcher.doc_count_all()) if not searcher.reader().is_deleted(d))
    matches = engine._scorer.evaluate(parsed, universe)
    assert set(matches.scores) == _reference(engine, parsed, universe)
    assert engine.search(text, limit=0).total == len(
        {d for d in matches.scores if searcher.stored_fields(d)["type"] in ("page", "goal")}
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        query_words,
        st.builds(lambda a, b: f"{a} {b}", query_words, query_words),
        st.builds(lambda a, b: f"{a} OR {b}", query_words, query_words),
        st.builds(lambda a, b: f'"{a} {b}"', query_words, query_words),
        st.builds(lambda a: f"doc:avtalen {a}", query_words),
        st.builds(lambda a: f"kind:goal OR {a}", query_words),
    )
)
def test_scores_and_order_are_whooshs_bm25f(engine: SearchEngine, text: str) -> None:
    parsed = engine.parse(text, compounds=True)
    searcher = engine._current_searcher()
    universe = frozenset(d for d in range(searcher.doc_count_all()) if not searcher.reader().is_deleted(d))
    ours = engine._scorer.evaluate(parsed, universe)
    whoosh = searcher.search(parsed, limit=None)
    assert {h.docnum: pytest.approx(h.score) for h in whoosh} == ours.scores
    assert [d for d, _score in ours.top(10)] == [h.docnum for h in whoosh[:10]]


def _live(engine: SearchEngine) -> frozenset[int]:
    searcher = engine._current_searcher()
    return frozenset(d for d in range(searcher.doc_count_all()) if not searcher.reader().is_deleted(d))


@pytest.mark.parametrize(
    "pattern",
    [
        Prefix("content", "klima"),
        Prefix("content", "strategi", boost=2.5),
        Wildcard("content", "b?lig*"),
        FuzzyTerm("content", "klimx", maxdist=1),
        FuzzyTerm("content", "strategx", maxdist=1, boost=0.5),
    ],
    ids=repr,
)
def test_a_pattern_scores_as_the_or_of_the_words_it_expands_to(engine: SearchEngine, pattern: Query) -> None:
    searcher = engine._current_searcher()
    words = {t for reader, _offset in searcher.reader().leaf_readers() for t in pattern._btexts(reader)}
    assert len(words) >= 1
    expected: dict[int, float] = {}
    for word in words:  # each word as Whoosh's own BM25F scores it
        for hit in searcher.search(Term(pattern.field(), word), limit=None):
            expected[hit.docnum] = expected.get(hit.docnum, 0.0) + hit.score * pattern.boost
    ours = engine._scorer.evaluate(pattern, _live(engine)).scores
    assert ours == {docnum: pytest.approx(score) for docnum, score in expected.items()}


def test_more_words_of_a_pattern_on_a_page_score_higher(engine: SearchEngine) -> None:
    searcher = engine._current_searcher()
    ours = engine._scorer.evaluate(Prefix("content", "klima"), _live(engine)).scores
    words_on = {d: len(searcher.stored_fields(d).get("content", "").lower().split("klima")) - 1 for d in ours}
    most, fewest = max(ours, key=words_on.__getitem__), min(ours, key=words_on.__getitem__)
    assert words_on[most] > words_on[fewest]
    assert ours[most] > ours[fewest]  # Whoosh 2.7.5 gives both a flat 1.0 in a small segment


@pytest.mark.parametrize("filter_term", [Term("doc", "avtalen"), Term("kind", "goal"), Term("type", "page")])
def test_a_keyword_field_scores_its_weight_as_whoosh_does(engine: SearchEngine, filter_term: Term) -> None:
    searcher = engine._current_searcher()
    whoosh = {hit.docnum: hit.score for hit in searcher.search(filter_term, limit=None)}
    ours = engine._scorer.evaluate(filter_term, _live(engine)).scores
    assert whoosh and ours == whoosh
    assert set(ours.values()) == {1.0}  # a filter adds the same to every document it lets through


def test_a_hit_beyond_the_first_twenty_is_counted_and_reachable(engine: SearchEngine) -> None:
    everything = engine.search("tromsø OR klima OR bolig", limit=1000)
    first = engine.search("tromsø OR klima OR bolig", limit=5)
    assert first.total == everything.total == len(everything.hits) > 5
    assert [h.snippet.marked() for h in first.hits] == [h.snippet.marked() for h in everything.hits[:5]]


def test_snippets_mark_the_words_found(engine: SearchEngine) -> None:
    result = engine.search("skredsikring ELLER klimatilpasning ELLER bolig*", limit=50)
    marked = [h.snippet.text[start:end].lower() for h in result.hits for start, end in h.snippet.spans]
    assert len(marked) >= len(result.hits) > 3
    assert all(word.startswith(("skredsikring", "klimatilpasning", "bolig")) for word in marked)


DOCUMENTS = ("alfa", "beta", "gamma", "delta", "epsilon")


@pytest.fixture(scope="module")
def long_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    """Five documents of 130 pages, the word "tiltak" on every page: its postings span
    six blocks of 128, most of which a filter to one document lets the search skip."""
    root = tmp_path_factory.mktemp("long")
    library = root / "lib"
    library.mkdir()
    for name in DOCUMENTS:
        pages = [f"Tiltak {n} i {name}. Kommunen vurderer tiltak nummer {n}." for n in range(1, 131)]
        write_pdf(library / f"{name}.pdf", pages, title=name.title())
    update_index(root / "index", [library])
    with SearchEngine(root / "index") as engine:
        yield engine


@pytest.mark.parametrize("query", ["tiltak", "tiltak kommunen", '"vurderer tiltak"', "tilt*", "tiltek~"])
def test_a_narrow_filter_finds_what_the_unfiltered_search_finds_there(
    long_engine: SearchEngine, query: str
) -> None:
    everything = long_engine.search(query, limit=1000)
    assert everything.total == 650
    for doc_id in DOCUMENTS:
        in_doc = [(h.doc_id, h.page, round(h.score, 9)) for h in everything.hits if h.doc_id == doc_id]
        filtered = long_engine.search(f"doc:{doc_id} {query}", limit=1000)
        by_argument = long_engine.search(query, doc=doc_id, limit=1000)
        assert filtered.total == by_argument.total == len(in_doc) == 130
        assert {(h.doc_id, h.page) for h in filtered.hits} == {(d, p) for d, p, _s in in_doc}
        assert [(h.doc_id, h.page, round(h.score, 9)) for h in by_argument.hits] == in_doc


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (0, 4, False),
        (0, 5, True),
        (5, 5, True),
        (6, 9, False),
        (9, 10, True),
        (12, 20, True),
        (21, 99, False),
    ],
)
def test_a_block_is_read_when_a_wanted_document_falls_in_its_range(
    first: int, last: int, expected: bool
) -> None:
    assert _any_between([5, 10, 20], first, last) is expected
