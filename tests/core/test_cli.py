"""The `tromsvekst` command as a user runs it: output, JSON shapes and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.library_factory import cli_argv, make_library

INDEX_KEYS = {
    "documents",
    "pages",
    "goals",
    "added",
    "updated",
    "removed",
    "unchanged",
    "problems",
    "seconds",
}
HIT_KEYS = {"kind", "title", "doc_id", "path", "page", "section", "node_id", "breadcrumb", "snippet", "score"}


def run(
    *args: str, index_dir: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        cli_argv(index_dir, *args),
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cli")
    library = make_library(root / "lib")
    index_dir = root / "index"
    result = run("index", "--no-bundled", str(library), "--json", index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    return library, index_dir


def test_index_json_summary(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    (library / "tom.pdf").write_bytes(b"")
    result = run("index", "--no-bundled", str(library), "--json", index_dir=tmp_path / "ix")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert INDEX_KEYS <= set(summary)
    assert (summary["documents"], summary["pages"], summary["goals"], summary["added"]) == (2, 5, 5, 3)
    assert summary["problems"] == [{"path": str(library / "tom.pdf"), "reason": "empty file (0 bytes)"}]


def test_index_readable_summary_and_rerun(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    result = run("index", "--no-bundled", str(library), index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    assert "documents 2, pages 5, goals 5" in result.stdout
    assert "added 0, updated 0, removed 0, unchanged 2" in result.stdout


def test_search_json_shape(indexed: tuple[Path, Path]) -> None:
    _, index_dir = indexed
    result = run("search", "skredsikring", "--json", index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == {"query", "total", "suggestion", "expanded", "hits", "facets"}
    assert answer["total"] == 2 and answer["suggestion"] is None
    assert all(HIT_KEYS <= set(hit) for hit in answer["hits"])
    goal, page = answer["hits"]
    assert goal["kind"] == "goal" and goal["breadcrumb"][0] == "Testplanen"
    assert (goal["doc_id"], goal["page"]) == ("planen", 3)  # where the goal stands
    assert page["kind"] == "page" and page["page"] == 3 and "[[skredsikring]]" in page["snippet"]


def test_search_filters_and_limit(indexed: tuple[Path, Path]) -> None:
    _, index_dir = indexed
    answer = json.loads(
        run("search", "bolig", "--json", "--kind", "page", "--doc", "avtalen", index_dir=index_dir).stdout
    )
    assert [(h["doc_id"], h["page"]) for h in answer["hits"]] == [("avtalen", 1)]
    answer = json.loads(run("search", "bolig", "--json", "--limit", "1", index_dir=index_dir).stdout)
    assert len(answer["hits"]) == 1 and answer["total"] > 1


def test_search_suggestion(indexed: tuple[Path, Path]) -> None:
    _, index_dir = indexed
    result = run("search", "skredsikrng", index_dir=index_dir)
    assert result.returncode == 0
    assert "0 hits" in result.stdout and "Did you mean: skredsikring" in result.stdout


@pytest.mark.parametrize("query", ["", "og", "ukjent:felt"])
def test_invalid_query_exits_2_with_one_line(indexed: tuple[Path, Path], query: str) -> None:
    _, index_dir = indexed
    result = run("search", query, "--json", index_dir=index_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "invalid query" in result.stderr


def test_search_without_index_says_how_to_make_one(tmp_path: Path) -> None:
    result = run("search", "bolig", index_dir=tmp_path / "nothing")
    assert result.returncode == 1
    assert "tromsvekst index" in result.stderr and "Traceback" not in result.stderr


def test_index_dir_from_environment(indexed: tuple[Path, Path]) -> None:
    _, index_dir = indexed
    result = run("search", "skredsikring", "--json", env={"TROMSVEKST_INDEX_DIR": str(index_dir)})
    assert json.loads(result.stdout)["total"] == 2


def test_goals_json(indexed: tuple[Path, Path]) -> None:
    library, _ = indexed
    result = run("goals", "--no-bundled", str(library), "--json")
    assert result.returncode == 0, result.stderr
    [plan] = json.loads(result.stdout)["plans"]
    assert {"id", "title", "level", "text", "links", "related", "children"} <= set(plan)
    delmal = plan["children"][0]["children"][0]
    assert (delmal["id"], delmal["level"], delmal["links"]) == (
        "t.d1",
        "Delmål",
        [{"doc_id": "planen", "page": 2}],
    )


def test_check_clean_and_broken(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    clean = run("check", "--no-bundled", str(library))
    assert clean.returncode == 0 and clean.stdout.startswith("OK")
    (library / "extra.yaml").write_text("plan:\n  id: p2\n  title: P2\ngoals:\n  - id: g\n    titel: Feil\n")
    broken = run("check", "--no-bundled", str(library))
    assert broken.returncode == 1
    lines = broken.stdout.splitlines()
    assert any(line.startswith(f"{library / 'extra.yaml'}:6: ") and "titel" in line for line in lines)
    assert "Traceback" not in broken.stderr


def test_bundled_library_checks_clean() -> None:
    result = run("check")
    assert result.returncode == 0, result.stdout


def test_killed_index_run_leaves_the_last_index_usable(tmp_path: Path) -> None:
    from tests.library_factory import write_pdf

    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    assert run("index", "--no-bundled", str(library), index_dir=index_dir).returncode == 0
    for n in range(20):
        write_pdf(
            library / "arkiv" / f"sak-{n}.pdf",
            [f"Sak {n} side {p}: havbruk og fiskeri i Balsfjord." for p in range(3)],
        )
    command = cli_argv(index_dir, "index", "--no-bundled", str(library))
    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        victim.wait(timeout=1.0)
    except subprocess.TimeoutExpired:
        victim.kill()
        victim.wait()
    # What was committed before the kill is still there and searchable.
    assert json.loads(run("search", "skredsikring", "--json", index_dir=index_dir).stdout)["total"] == 2
    # The next run completes and gives the same hits as a clean rebuild.
    assert run("index", "--no-bundled", str(library), index_dir=index_dir).returncode == 0
    clean = tmp_path / "clean"
    assert run("index", "--no-bundled", str(library), index_dir=clean).returncode == 0
    from tromsvekst_desktop.core.search import SearchEngine

    with SearchEngine(index_dir) as after_kill, SearchEngine(clean) as rebuilt:
        for query in ("havbruk", "skredsikring", "bolig", "sak"):
            got, want = after_kill.search(query, limit=500), rebuilt.search(query, limit=500)
            assert got.total == want.total
            assert sorted((h.doc_id, h.page) for h in got.hits) == sorted(
                (h.doc_id, h.page) for h in want.hits
            )
