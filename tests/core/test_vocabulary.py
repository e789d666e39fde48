"""The planning vocabulary: loading with file:line problems, expansions, user extensions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import RESOURCES
from tromsvekst_desktop.core.analysis import word_key
from tromsvekst_desktop.core.librarydata import load_library_data
from tromsvekst_desktop.core.vocabulary import (
    TermGroup,
    Vocabulary,
    builtin_vocabulary,
    builtin_vocabulary_path,
    load_vocabulary,
)

REQUIRED = [
    ("KPS", "kommuneplanens samfunnsdel"),
    ("KPA", "kommuneplanens arealdel"),
    ("RTP", "regional transportplan"),
    ("IPR", "interkommunalt politisk råd"),
    ("EYC", "europeisk ungdomshovedstad"),
    ("U4SSC", "United for Smart Sustainable Cities"),
    ("SSB", "Statistisk sentralbyrå"),
    ("IMDi", "Integrerings- og mangfoldsdirektoratet"),
    ("UDIR", "Utdanningsdirektoratet"),
    ("NHO", "Næringslivets Hovedorganisasjon"),
    ("pbl", "plan- og bygningsloven"),
    ("ROS", "risiko- og sårbarhetsanalyse"),
]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def builtin() -> Vocabulary:
    vocabulary, problems = builtin_vocabulary()
    assert problems == []
    return vocabulary


def test_the_builtin_vocabulary_is_the_bundled_file_and_loads_cleanly() -> None:
    assert builtin_vocabulary_path() == RESOURCES / "vocabulary.yaml"
    vocabulary, problems = load_vocabulary(builtin_vocabulary_path())

    assert problems == []
    assert len(vocabulary) >= 20


@pytest.mark.parametrize(("short", "long"), REQUIRED)
def test_required_abbreviations_expand_both_ways(builtin: Vocabulary, short: str, long: str) -> None:
    assert long in builtin.alternatives(short)
    assert short in builtin.alternatives(long)


def test_a_query_reports_what_else_was_searched(builtin: Vocabulary) -> None:
    query = "KPA boligbygging"

    [expansion] = builtin.expansions(query)

    assert expansion.original == "KPA"
    assert "kommuneplanens arealdel" in expansion.alternatives
    assert query[expansion.start : expansion.end] == "KPA"
    assert expansion.as_query().startswith('(KPA OR "kommuneplanens arealdel"')


def test_a_phrase_in_a_query_is_matched_whole_and_ignores_case_and_hyphens(builtin: Vocabulary) -> None:
    query = "krav i Plan og bygningsloven til uteareal"

    [expansion] = builtin.expansions(query)

    assert expansion.original == "Plan og bygningsloven"
    assert "pbl" in expansion.alternatives
    assert query[expansion.start : expansion.end] == "Plan og bygningsloven"


@pytest.mark.parametrize("typed", ["kpa", "Kpa", "KPA", "imdi", "u4ssc"])
def test_abbreviations_match_in_any_case(builtin: Vocabulary, typed: str) -> None:
    assert builtin.expansions(typed), typed


def test_exact_case_groups_leave_everyday_words_alone(builtin: Vocabulary) -> None:
    assert builtin.expansions("bra tilbud") == []  # "bra" means good
    assert builtin.expansions("ku") == []
    assert [e.alternatives for e in builtin.expansions("BRA")] == [("bruksareal",)]


def test_inflected_forms_match_with_the_index_stemmer(builtin: Vocabulary) -> None:
    assert builtin.expansions("kommuneplanenes arealdeler") == []

    [expansion] = builtin.expansions("kommuneplanenes arealdeler", key=word_key)

    assert "KPA" in expansion.alternatives


def test_quoted_phrases_and_field_filters_are_not_expanded(builtin: Vocabulary) -> None:
    assert builtin.expansions('"KPA" doc:kpa kind:ssb') == []
    assert [e.original for e in builtin.expansions('"KPA" KPS')] == ["KPS"]


def test_several_terms_in_one_query_each_expand_once(builtin: Vocabulary) -> None:
    found = builtin.expansions("SSB OR IMDi -KPS")

    assert [e.original for e in found] == ["SSB", "IMDi", "KPS"]


def test_a_term_in_two_groups_brings_in_both() -> None:
    vocabulary = Vocabulary(
        [TermGroup(("KPA", "kommuneplanens arealdel")), TermGroup(("KPA", "arealplanen"))]
    )

    assert vocabulary.alternatives("kpa") == ("kommuneplanens arealdel", "arealplanen")
    assert vocabulary.alternatives("arealplanen") == ("KPA",)


def test_problems_carry_their_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "ord.yaml",
        "vocabulary:\n"  # 1
        "  - terms: [KPA, kommuneplanens arealdel]\n"  # 2: fine
        "  - terms: [alene]\n"  # 3: one term
        "  - terms: KPS\n"  # 4: not a list
        "  - term: [NVE, vassdragsdirektoratet]\n"  # 5: misspelt key
        "  - terms: [SSB, ssb]\n"  # 6: the same term twice
        "  - terms: [BRA, bruksareal]\n"  # 7
        "    exact_case: ja\n"  # 8: not a boolean
        "  - terms: [RTP, '---']\n"  # 9: no letters
        "  - just text\n",  # 10
    )

    vocabulary, problems = load_vocabulary(path)

    assert [(p.line, p.reason) for p in problems] == [
        (3, "'terms' needs at least two terms"),
        (4, "'terms' must be a list of terms, not text 'KPS'"),
        (5, "unknown key 'term' in a term group (did you mean 'terms'?)"),
        (5, "missing required key 'terms'"),
        (6, "the term 'ssb' is given twice"),
        (8, "'exact_case' must be true or false, not text 'ja'"),
        (9, "the term '---' has no letters or digits"),
        (10, "'vocabulary' must be a list of term groups (mappings with terms), but holds text 'just text'"),
    ]
    assert all(p.path == str(path) for p in problems)
    assert [group.terms for group in vocabulary.groups] == [("KPA", "kommuneplanens arealdel")]
    assert vocabulary.groups[0].line == 2


def test_an_unreadable_vocabulary_gives_one_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "ord.yaml", "vocabulary: [\n")

    vocabulary, problems = load_vocabulary(path)

    assert len(vocabulary) == 0
    assert [p.path for p in problems] == [str(path)]


def test_the_library_merges_user_vocabulary_with_the_builtin(tmp_path: Path) -> None:
    user = write(
        tmp_path / "mine.yaml",
        "vocabulary:\n  - terms: [KPA, arealplanen]\n  - terms: [TK, Tromsø kommune]\n",
    )

    data = load_library_data([user])

    assert data.problems == []
    assert data.vocabulary.alternatives("KPA") == ("kommuneplanens arealdel", "arealdelen", "arealplanen")
    assert data.vocabulary.alternatives("tk") == ("Tromsø kommune",)
    assert data.files == [user]


def test_the_bundled_vocabulary_is_read_once_when_the_bundled_library_is_given() -> None:
    together = load_library_data([RESOURCES / "catalog.yaml", RESOURCES / "vocabulary.yaml"])
    alone = load_library_data([RESOURCES / "catalog.yaml"])

    assert together.problems == [] and alone.problems == []
    assert len(together.vocabulary) == len(alone.vocabulary) == len(builtin_vocabulary()[0])
    assert load_library_data([], with_builtin_vocabulary=False).vocabulary.expansions("KPA") == []


def test_a_file_of_no_known_kind_names_all_three_kinds(tmp_path: Path) -> None:
    data = load_library_data([write(tmp_path / "x.yaml", "ordliste:\n  - KPA\n")])

    [problem] = data.problems
    assert problem.line == 1
    assert "vocabulary (vocabulary:)" in problem.reason and "plan:" in problem.reason
