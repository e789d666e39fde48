"""Property-based tests: no YAML input makes the loader raise, and valid goal trees round-trip."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tromsvekst_desktop.core.catalog import DOCUMENT_KEYS
from tromsvekst_desktop.core.goals import NODE_KEYS, PLAN_KEYS
from tromsvekst_desktop.core.librarydata import LibraryData, load_library_data

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces of YAML that reach the parser's and the loader's corners more often than random text.
FRAGMENTS = [
    "plan:",
    "goals:",
    "documents:",
    "children:",
    "\n",
    "\n  ",
    "\r\n",
    "  ",
    "\t",
    "- ",
    ": ",
    "id: a",
    "id: a.b",
    "title: T",
    "page: 0",
    "page: 3",
    "levels: [A, B]",
    "related: [a]",
    "date: 2025-13-01",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&x ",
    "*x",
    "!!binary ",
    "!foo ",
    "'",
    '"',
    "|",
    ">",
    "#",
    "---",
    "...",
    "?",
    "%YAML 1.1",
    "\ufeff",
    "\x00",
    "\x85",
    "\u2028",
]
yaml_like_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=40).map("".join)


def lines_in(text: str) -> int:
    """How many lines an editor shows (an independent, looser count than YAML's own)."""
    return max(len(text.splitlines()), 1)


def check_result(data: LibraryData, text: str) -> None:
    last = lines_in(text)
    for problem in data.problems:
        assert problem.line is None or 1 <= problem.line <= last, str(problem)
    # Every node that loaded can be found and placed under its plan.
    for node in data.goals.all_nodes():
        assert data.goals.node(node.id) is not None
        assert data.goals.breadcrumb(node.id)[-1] == node.title


@FAST
@given(text=st.text() | yaml_like_text)
def test_any_text_loads_or_gives_problems_within_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "library.yaml"
    path.write_text(text, encoding="utf-8")

    data = load_library_data([path])

    check_result(data, text)
    if not data.problems:
        assert "plan" in text or "documents" in text or "vocabulary" in text


scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-5, max_value=10**12)
    | st.floats(allow_nan=True)
    | st.text(max_size=12)
    | st.sampled_from(["a", "tva.io1", "Innsatsområde", "2025-05", "1.10", "", " "])
    | st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 1, 1))
)
keys = st.sampled_from(sorted({*NODE_KEYS, *PLAN_KEYS, *DOCUMENT_KEYS, "date", "body"})) | st.text(max_size=8)
nested: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=6),
    max_leaves=15,
)
# Mostly mappings with the right keys, so that the checks past the first one are reached.
entries = st.lists(st.dictionaries(keys, nested, max_size=6) | nested, max_size=3)


@FAST
@given(
    plan=st.dictionaries(keys, nested, max_size=8) | nested,
    goals=entries | nested,
    documents=entries | nested,
)
def test_any_structure_loads_or_gives_problems(tmp_path: Path, plan: Any, goals: Any, documents: Any) -> None:
    goal_text = yaml.safe_dump({"plan": plan, "goals": goals}, allow_unicode=True)
    catalog_text = yaml.safe_dump({"documents": documents}, allow_unicode=True)
    (tmp_path / "goals.yaml").write_text(goal_text, encoding="utf-8")
    (tmp_path / "catalog.yaml").write_text(catalog_text, encoding="utf-8")

    data = load_library_data([tmp_path / "goals.yaml", tmp_path / "catalog.yaml"])

    for problem in data.problems:
        text = goal_text if problem.path.endswith("goals.yaml") else catalog_text
        assert problem.line is None or 1 <= problem.line <= lines_in(text), str(problem)
    check_result(data, goal_text + catalog_text)


# A goal tree's shape: each node is the list of its children.
shapes: st.SearchStrategy[list[Any]] = st.recursive(
    st.just([]), lambda children: st.lists(children, max_size=4), max_leaves=25
)
# yaml.safe_dump writes YAML's own line breaks (NEL, LS, PS) unquoted, so they do not round-trip.
titles = st.text(
    st.characters(exclude_characters="\x85\u2028\u2029", exclude_categories=["Cs"]), min_size=1, max_size=30
).filter(lambda title: title.strip() != "")


def depth_of(shape: list[Any]) -> int:
    return 1 + max((depth_of(child) for child in shape), default=0)


@FAST
@given(shape=shapes, data=st.data())
def test_valid_goal_tree_round_trips(tmp_path: Path, shape: list[Any], data: st.DataObject) -> None:
    counter = itertools.count()
    depths: dict[str, int] = {}
    titles_by_id: dict[str, list[str]] = {}

    def build(children_shape: list[Any], depth: int, path_titles: list[str]) -> list[dict[str, Any]]:
        nodes = []
        for child_shape in children_shape:
            node_id = f"n.{next(counter)}"
            title = data.draw(titles)
            depths[node_id] = depth
            titles_by_id[node_id] = [*path_titles, title.strip()]
            node: dict[str, Any] = {"id": node_id, "title": title}
            if child_shape:
                node["children"] = build(child_shape, depth + 1, titles_by_id[node_id])
            nodes.append(node)
        return nodes

    levels = [f"Nivå {i}" for i in range(depth_of(shape))]
    goals = build(shape, 1, ["Planen"])
    ids = sorted(depths)
    pairs = (
        data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=5)) if ids else []
    )
    pairs = [(a, b) for a, b in pairs if a != b]
    by_id = {node["id"]: node for node in _walk(goals)}
    for a, b in pairs:
        by_id[a].setdefault("related", []).append(b)
    path = tmp_path / "plan.yaml"
    plan = {"id": "plan", "title": "Planen", "levels": levels}
    path.write_text(yaml.safe_dump({"plan": plan, "goals": goals}, allow_unicode=True), encoding="utf-8")

    loaded = load_library_data([path])

    assert loaded.problems == []
    forest = loaded.goals
    assert sorted(node.id for node in forest.all_nodes()) == sorted([*ids, "plan"])
    for node_id, depth in depths.items():
        node = forest.node(node_id)
        assert node is not None
        breadcrumb = forest.breadcrumb(node_id)
        assert len(breadcrumb) == depth + 1
        assert breadcrumb == titles_by_id[node_id]
        assert node.level == levels[depth - 1]
        expected_related = {b for a, b in pairs if a == node_id} | {a for a, b in pairs if b == node_id}
        assert set(node.related) == expected_related


def _walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for node in nodes for item in (node, *_walk(node.get("children", [])))]
