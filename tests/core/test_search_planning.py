"""Planning Norwegian on the bundled plans: compounds, hanging hyphens, abbreviations and synonyms."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.library_factory import cli_argv
from tromsvekst_desktop.core.search import SearchEngine, SearchResult


def marked_words(result: SearchResult) -> set[str]:
    return {hit.snippet.text[a:b].lower() for hit in result.hits for a, b in hit.snippet.spans}


def test_a_word_finds_the_compounds_it_is_part_of(bundled: SearchEngine) -> None:
    result = bundled.search("forvaltning", limit=100)
    words = marked_words(result)
    assert {"besøksforvaltning", "forvaltningsorganer"} <= words  # the whole compound is marked
    text = "arealforvaltning i samarbeid"
    assert [text[a:b] for a, b in result.rule.spans(text)] == ["arealforvaltning"]
    klima = marked_words(bundled.search("klima", limit=100))
    assert {"klimatilpasning", "klimagassutslipp"} <= klima


def test_exact_matches_rank_above_compound_matches(bundled: SearchEngine) -> None:
    exact = {
        (h.kind, h.doc_id, h.page, h.node_id)
        for h in bundled.search("forvaltning", compounds=False, limit=100).hits
    }
    both = [(h.kind, h.doc_id, h.page, h.node_id) for h in bundled.search("forvaltning", limit=100).hits]
    assert exact and len(both) > len(exact)
    assert set(both[: len(exact)]) == exact


def test_compounds_can_be_switched_off_per_search_and_per_word(bundled: SearchEngine) -> None:
    off = bundled.search("forvaltning", compounds=False, limit=100)
    assert "besøksforvaltning" not in marked_words(off)
    assert bundled.search("=forvaltning", limit=100).total == off.total
    assert bundled.search("=forvaltning", limit=100).total < bundled.search("forvaltning", limit=100).total


def test_hanging_hyphen_is_understood(bundled: SearchEngine) -> None:
    # Delmål 2.1: "… bærekraftig samfunns- og næringsutvikling i Tromsøregionen."
    assert "tva.d2-1" in {h.node_id for h in bundled.search("samfunnsutvikling", kind="goal", limit=100).hits}
    assert "tva.d2-1" in {h.node_id for h in bundled.search("næringsutvikling", kind="goal", limit=100).hits}
    # «Folkehelse …»: "gode gang- og sykkelstier"
    assert bundled.search("gangstier").total >= 1


def test_an_abbreviation_finds_what_it_stands_for_and_back(bundled: SearchEngine) -> None:
    abbreviation = bundled.search("EYC", limit=100)
    assert [(e.original, e.alternatives[0]) for e in abbreviation.expanded] == [
        ("EYC", "europeisk ungdomshovedstad")
    ]
    assert "europeisk ungdomshovedstad" in marked_words(abbreviation)  # the phrase, marked whole
    spelled_out = bundled.search("kommuneplanens arealdel", limit=100)
    assert "KPA" in spelled_out.expanded[0].alternatives
    assert "kpa" in marked_words(spelled_out)


def test_expansion_can_be_undone(bundled: SearchEngine) -> None:
    only = bundled.search("EYC", expand=False, limit=100)
    assert only.expanded == ()
    assert only.total < bundled.search("EYC", limit=100).total


def test_cli_json_lists_expansions_and_compound_matches(bundled_index: Path) -> None:
    def search(*args: str) -> dict[str, object]:
        result = subprocess.run(
            cli_argv(bundled_index, "search", *args, "--json"), capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    kpa = search("KPA")
    assert kpa["expanded"] == [{"original": "KPA", "alternatives": ["kommuneplanens arealdel", "arealdelen"]}]
    assert search("KPA", "--no-expand")["expanded"] == []
    compounds = search("forvaltning", "--limit", "100")
    assert any("[[besøksforvaltning]]" in str(hit["snippet"]) for hit in compounds["hits"])  # type: ignore[union-attr]
    exact = search("forvaltning", "--limit", "100", "--no-compounds")
    assert exact["total"] < compounds["total"]  # type: ignore[operator]
