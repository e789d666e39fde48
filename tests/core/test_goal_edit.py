"""Editing goal trees: draft operations, app-written files rewritten, hand-written files linked in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library_factory import make_library
from tromsvekst_desktop.core.goaldraft import DraftNode, DraftPlan, write_drafts
from tromsvekst_desktop.core.goaledit import (
    GoalEditError,
    add_child,
    delete,
    edit_goal_file,
    link_page,
    merge_into_previous,
    move,
    node_in,
    shift,
    taken_ids,
)
from tromsvekst_desktop.core.library import find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data


def sample() -> DraftPlan:
    return DraftPlan(
        "p",
        "Plan",
        children=[
            DraftNode("p.1", "Oppvekst", "Mål", children=[DraftNode("p.1.1", "Barnehager", "Delmål")]),
            DraftNode("p.2", "Helse", "Mål"),
            DraftNode(
                "p.3",
                "og omsorg",
                "Mål",
                text="Mer tekst",
                children=[DraftNode("p.3.1", "Sykehjem", "Delmål")],
            ),
        ],
    )


def titles(nodes: list[DraftNode]) -> list[object]:
    return [(n.title, titles(n.children)) if n.children else n.title for n in nodes]


def test_draft_operations() -> None:
    plan = sample()
    merged = merge_into_previous(plan, "p.3")
    assert (merged.title, merged.text) == ("Helse og omsorg", "Mer tekst")
    assert titles(plan.children) == [("Oppvekst", ["Barnehager"]), ("Helse og omsorg", ["Sykehjem"])]
    move(plan, "p.3.1", "p.1", 0)
    assert titles(plan.children) == [("Oppvekst", ["Sykehjem", "Barnehager"]), "Helse og omsorg"]
    shift(plan, "p.3.1", 1)
    assert titles(plan.children)[0] == ("Oppvekst", ["Barnehager", "Sykehjem"])
    with pytest.raises(GoalEditError):
        move(plan, "p.1", "p.1.1", 0)
    with pytest.raises(GoalEditError):
        merge_into_previous(plan, "p.1")
    new = add_child(plan, "p.2", "Legevakt døgnet rundt", "Delmål", taken_ids(plan))
    assert new.id == "p.2.legevakt-dognet-rundt"
    delete(plan, "p.1")
    assert titles(plan.children) == [("Helse og omsorg", ["Legevakt døgnet rundt"])]


def test_an_app_written_file_is_edited_in_place(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    written, problems = write_drafts([sample()], library, "mal.xlsx")
    assert problems == []
    path = written[0].file

    def change(plan: DraftPlan) -> None:
        node_in(plan, "p.2").title = "Helse for alle"
        node_in(plan, "p.2").level = "Hovedmål"
        node_in(plan, "p.2").text = "Ny tekst."
        delete(plan, "p.1.1")

    edit_goal_file(path, change)
    assert path.read_text(encoding="utf-8").startswith("# Written by Tromsvekst Desktop from mal.xlsx.")
    assert link_page(path, "p.2", "planen", 3) is True
    assert link_page(path, "p.2", "planen", 3) is False
    data = load_library_data(find_library_files([library]).yaml_files)
    assert data.problems == []
    goal = data.goals.node("p.2")
    assert goal is not None
    assert (goal.title, goal.level, goal.text) == ("Helse for alle", "Hovedmål", "Ny tekst.")
    assert [(link.doc_id, link.page) for link in goal.links] == [("planen", 3)]
    assert data.goals.node("p.1.1") is None
    assert goal in data.goals.nodes_linking_to("planen", 3)


def test_a_hand_written_file_gets_a_link_without_losing_a_comment(tmp_path: Path) -> None:
    library = make_library(tmp_path / "lib")
    path = library / "goals.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "  - id: t.io2\n", "  # Skrevet for hånd: denne kommentaren skal bli.\n  - id: t.io2\n"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoalEditError, match="written by hand"):
        edit_goal_file(path, lambda plan: None)
    assert link_page(path, "t.s1", "avtalen", 2) is True  # no links yet
    assert link_page(path, "t.io2", "planen", 1) is True  # links: exists
    after = path.read_text(encoding="utf-8")
    assert "# Skrevet for hånd: denne kommentaren skal bli." in after
    assert (
        after.replace(
            "            links:\n              - document: avtalen\n                page: 2\n", ""
        ).replace("      - document: planen\n        page: 1\n", "")
        == text
    )
    data = load_library_data(find_library_files([library]).yaml_files)
    assert data.problems == []
    assert [n.id for n in data.goals.nodes_linking_to("avtalen", 2)] == ["t.s1"]
    assert {n.id for n in data.goals.nodes_linking_to("planen", 1)} == {"t.io2"}


def test_a_hand_written_file_in_flow_style_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    original = "plan: {id: f, title: F, document: d}\ngoals:\n  - {id: f.1, title: Et mål, page: 1}\n"
    path.write_text(original, encoding="utf-8")
    with pytest.raises(GoalEditError):
        link_page(path, "f.1", "d", 2)
    assert path.read_text(encoding="utf-8") == original
