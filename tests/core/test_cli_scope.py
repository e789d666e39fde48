"""`tromsvekst search` narrowed as in the window: --goal, --plan, facet counts, options anywhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_cli import indexed, run  # noqa: F401

QUERY = "klimatilpasning OR bolig"  # planen p. 2, p. 3, avtalen p. 1; goals t.io1, t.io2


def search(index_dir: Path, library: Path, *args: str) -> dict[str, Any]:
    result = run(
        "search", QUERY, "--json", "--no-bundled", "--library", str(library), *args, index_dir=index_dir
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def hits(answer: dict[str, Any]) -> list[tuple[str, str, int]]:
    return sorted((h["kind"], h["node_id"] or h["doc_id"], h["page"]) for h in answer["hits"])


def test_facet_counts_in_json_beside_the_keys_there_were(indexed: tuple[Path, Path]) -> None:  # noqa: F811
    library, index_dir = indexed
    answer = search(index_dir, library)
    assert set(answer) == {"query", "total", "suggestion", "expanded", "hits", "facets"}
    assert answer["facets"] == {
        "plans": [{"id": "testplan", "title": "Testplanen", "count": 5}],
        "goals": [
            {"id": "t.io1", "title": "Klimatilpasning og beredskap", "count": 3},
            {"id": "t.io2", "title": "Bolig og byutvikling", "count": 3},
        ],
    }


def test_goal_limits_the_search_to_its_subtree(indexed: tuple[Path, Path]) -> None:  # noqa: F811
    library, index_dir = indexed
    answer = search(index_dir, library, "--goal", "t.io2")  # goal 2, planen p. 3, avtalen p. 1
    assert hits(answer) == [("goal", "t.io2", 3), ("page", "avtalen", 1), ("page", "planen", 3)]
    assert answer["total"] == 3
    assert [(f["id"], f["count"]) for f in answer["facets"]["goals"]] == [("t.io2", 3), ("t.io1", 1)]
    deeper = search(index_dir, library, "--goal", "t.s1")  # a strategy: its page 3 only
    assert hits(deeper) == [("page", "planen", 3)]


def test_plan_narrows_the_hits_and_the_facets_count_them_all(indexed: tuple[Path, Path]) -> None:  # noqa: F811
    library, index_dir = indexed
    everywhere = search(index_dir, library)
    answer = search(index_dir, library, "--plan", "testplan")
    # Avtalen p. 1 belongs to the plan through goal 2's link: every hit is the plan's.
    assert hits(answer) == hits(everywhere) and answer["total"] == 5
    assert answer["facets"] == everywhere["facets"]
    both = search(index_dir, library, "--plan", "testplan", "--goal", "t.io1", "--kind", "page")
    assert hits(both) == [("page", "planen", 2), ("page", "planen", 3)]


def test_text_output_shows_where_the_matches_fall(indexed: tuple[Path, Path]) -> None:  # noqa: F811
    library, index_dir = indexed
    result = run("search", QUERY, "--no-bundled", "--library", str(library), index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    assert "By plan (--plan ID): Testplanen [testplan]: 5\n" in result.stdout
    assert "By goal (--goal ID): Innsatsområde 1 [t.io1]: 3 · Innsatsområde 2 [t.io2]: 3\n" in result.stdout


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--goal", "nope", "tromsvekst: --goal: no goal 'nope' in the library"),
        ("--plan", "t.io1", "tromsvekst: --plan: no plan 't.io1' in the library (plans: testplan)"),
        ("--plan", "nope", "tromsvekst: --plan: no plan 'nope' in the library (plans: testplan)"),
    ],
)
def test_an_unknown_goal_or_plan_exits_2_with_one_line(
    indexed: tuple[Path, Path],  # noqa: F811
    option: str,
    value: str,
    message: str,
) -> None:
    library, index_dir = indexed
    result = run(
        "search", "bolig", "--no-bundled", "--library", str(library), option, value, index_dir=index_dir
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(message), result.stderr


def test_index_dir_is_taken_after_the_command_too(indexed: tuple[Path, Path], tmp_path: Path) -> None:  # noqa: F811
    library, index_dir = indexed
    after = run("search", "skredsikring", "--json", "--index-dir", str(index_dir))
    assert after.returncode == 0, after.stderr
    before = run("search", "skredsikring", "--json", index_dir=index_dir)
    assert json.loads(after.stdout)["total"] == json.loads(before.stdout)["total"] == 2
    # After the command it wins over one given before (the last one typed counts).
    both = run("search", "skredsikring", "--json", "--index-dir", str(index_dir), index_dir=tmp_path / "none")
    assert json.loads(both.stdout)["total"] == 2
    made = run("index", "--no-bundled", str(library), "--index-dir", str(tmp_path / "ix"), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["documents"] == 2
    missing = run("search", "bolig", "--index-dir", str(tmp_path / "mangler" / "ix"))
    assert missing.returncode == 2 and "--index-dir: the folder" in missing.stderr
