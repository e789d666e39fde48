"""Goal trees imported from tables: formats, tree shapes, plans, messy rows, tags and the round trip."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.core.test_cli import run
from tests.library_factory import make_library
from tromsvekst_desktop.core.goaldraft import DraftNode, DraftPlan, write_drafts
from tromsvekst_desktop.core.goalexport import goals_csv
from tromsvekst_desktop.core.goalimport import ImportOptions, TableImport, guess_mapping
from tromsvekst_desktop.core.goals import GoalNode
from tromsvekst_desktop.core.goalsource import import_goals_file
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.library import find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data
from tromsvekst_desktop.core.search import SearchEngine

HEADER = ["Id", "Overordnet", "Tittel", "Nivå", "Beskrivelse"]
ROWS = [
    ["10", "", "Trygge lokalsamfunn", "Hovedmål", "Alle skal være trygge."],
    ["11", "10", "Færre ulykker på veiene", "Delmål", ""],
    ["12", "10", "Beredskap  i hverdagen", "Delmål", "Øvelser hvert år."],
    ["20", "", "Grønn omstilling", "Hovedmål", ""],
]


def csv_text(rows: list[list[str]], delimiter: str = ";") -> str:
    return "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"


def imported(path: Path, **options: object) -> TableImport:
    return import_goals_file(path, ImportOptions(default_plan=path.stem, **options))  # type: ignore[arg-type]


def shape(nodes: list[DraftNode]) -> list[tuple[str, str, list[object]]]:
    return [(node.title, node.level, shape(node.children)) for node in nodes]


EXPECTED = [
    (
        "Trygge lokalsamfunn",
        "Hovedmål",
        [("Færre ulykker på veiene", "Delmål", []), ("Beredskap  i hverdagen", "Delmål", [])],
    ),
    ("Grønn omstilling", "Hovedmål", []),
]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ";"), ("utf-8-sig", ";"), ("utf-8-sig", ","), ("cp1252", ";"), ("utf-8", "\t")],
)
def test_csv_in_any_encoding_and_delimiter_gives_the_same_tree(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = tmp_path / "helseplan.csv"
    path.write_bytes(csv_text([HEADER, *ROWS], delimiter).encode(encoding))
    result = imported(path)
    assert result.problems == []
    [plan] = result.plans
    assert plan.id == "helseplan"
    assert shape(plan.children) == EXPECTED
    assert plan.children[0].text == "Alle skal være trygge."


def test_xlsx_with_numbers_as_cells(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([int(row[0]), int(row[1]) if row[1] else None, *row[2:]])
    path = tmp_path / "helseplan.xlsx"
    workbook.save(path)
    result = imported(path)
    assert result.problems == []
    assert shape(result.plans[0].children) == EXPECTED


def test_json_array_and_a_bad_entry_by_its_position(tmp_path: Path) -> None:
    items: list[object] = [dict(zip(HEADER, row, strict=True)) for row in ROWS]
    items.insert(2, "not a goal")
    path = tmp_path / "helseplan.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    result = imported(path)
    assert [(p.row, "not an object" in p.message) for p in result.problems] == [(3, True)]
    assert shape(result.plans[0].children) == EXPECTED


def test_tree_from_numbering_without_parent_column(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        csv_text(
            [
                ["Nummer", "Tittel"],
                ["1.1", "Barnehager"],  # before its parent: order does not matter
                ["1", "Oppvekst"],
                ["1.1.1", "Nok plasser"],
                ["2", "Helse"],
                ["3.4", "Uten forelder"],
            ]
        ),
        encoding="utf-8",
    )
    result = imported(path)
    [plan] = result.plans
    titles = [(n.number, n.title, n.level) for n in plan.nodes()]
    assert titles == [
        ("1", "Oppvekst", "Mål"),
        ("1.1", "Barnehager", "Delmål"),
        ("1.1.1", "Nok plasser", "Strategi"),
        ("2", "Helse", "Mål"),
        ("3.4", "Uten forelder", "Mål"),
    ]
    assert [(p.row, p.message) for p in result.problems] == [
        (5, "parent 'nummer 3' not found: placed at the top level")
    ]


def test_level_codes_are_named_by_the_user_or_reported(tmp_path: Path) -> None:
    path = tmp_path / "eksport.csv"
    path.write_text(
        csv_text(
            [
                ["id", "parentid", "name", "typecode"],
                ["a", "", "Mål A", "701100000"],
                ["b", "a", "Tiltak B", "701100002"],
            ]
        ),
        encoding="utf-8",
    )
    named = imported(path, level_names={"701100000": "Hovedmål", "701100002": "Tiltak"})
    assert [(n.title, n.level) for n in named.plans[0].nodes()] == [
        ("Mål A", "Hovedmål"),
        ("Tiltak B", "Tiltak"),
    ]
    assert named.problems == []
    unnamed = imported(path, level_names={"701100000": "Hovedmål"})
    assert unnamed.unnamed_levels == ["701100002"]
    assert unnamed.problems == []
    out = tmp_path / "out"
    result = run("import-goals", str(path), "--level", "701100000=Hovedmål", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["problems"] == [
        {"row": None, "message": "level code 701100002 has no name: give one with --level 701100002=NAME"}
    ]


def test_automatic_mapping_of_norwegian_english_and_export_headers() -> None:
    assert guess_mapping(["ID", "Overordnet mål", "Navn", "Type", "Plan-ID", "Side", "Emneknagger"]) == {
        "id": "ID",
        "parent": "Overordnet mål",
        "title": "Navn",
        "level": "Type",
        "plan": "Plan-ID",
        "page": "Side",
        "tags": "Emneknagger",
    }
    english = guess_mapping(["Title", "Parent", "Id", "Description", "Document", "Page", "Tags", "Number"])
    assert english == {
        "id": "Id",
        "parent": "Parent",
        "title": "Title",
        "number": "Number",
        "text": "Description",
        "document": "Document",
        "page": "Page",
        "tags": "Tags",
    }
    dataverse = guess_mapping(["cr3c1_goalid", "cr3c1_name", "cr3c1_parentgoalid", "cr3c1_planid"])
    assert dataverse["plan"] == "cr3c1_planid"
    assert dataverse["parent"] == "cr3c1_parentgoalid"


def test_manual_mapping_and_a_missing_title_column(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        csv_text([["Kode", "Formulering"], ["1", "Oppvekst"], ["1.2", "Skole"]]), encoding="utf-8"
    )
    unmapped = imported(path)
    assert unmapped.plans == []
    assert "no title column" in unmapped.problems[0].message
    assert "Kode, Formulering" in unmapped.problems[0].message
    mapped = imported(path, mapping={"title": "Formulering", "number": "Kode"})
    assert [n.title for n in mapped.plans[0].nodes()] == ["Oppvekst", "Skole"]
    wrong = imported(path, mapping={"title": "Tittel"})
    assert "no column 'Tittel' for title" in wrong.problems[0].message


MESSY = [
    ["Id", "Overordnet", "Tittel", "Plan"],
    ["1", "", "Hovedmål uten  feil", "p1"],  # row 1
    ["2", "1", "Mangler plan, arver den", ""],  # row 2: plan from its parent
    ["3", "", "Ingen plan i det hele tatt", ""],  # row 3
    ["4", "4", "Min egen forelder", "p1"],  # row 4
    ["5", "99", "Forelder finnes ikke", "p1"],  # row 5
    ["", "", "", ""],  # row 6: empty, skipped silently
    ["6", "7", "Syklus A", "p1"],  # row 7
    ["7", "6", "Syklus B", "p1"],  # row 8
    ["1", "", "Samme id igjen", "p1"],  # row 9
    ["8", "1", "", "p1"],  # row 10: no title
    ["9", "8", "Barn av en rad uten tittel", "p1"],  # row 11
    ["10", "1", "Hovedmål uten  feil", "p1"],  # row 12: a duplicate title is allowed
    [" 11 ", " 1 ", "  Mellomrom rundt  ", "p1"],  # row 13: spaces around ids, title trimmed at the ends
    ["12", "1", "Mangler plan, arver den", "p1"],  # row 14: the same title as row 2 under the same parent
]


def test_every_kind_of_messy_row_is_reported_with_its_row_and_good_rows_kept(tmp_path: Path) -> None:
    path = tmp_path / "rotete.csv"
    path.write_text(csv_text(MESSY), encoding="utf-8")
    result = imported(path)
    messages = [(p.row, p.message) for p in result.problems]
    assert messages == [
        (3, "'Ingen plan i det hele tatt' belongs to no plan: row left out"),
        (4, "'4' names itself as its parent: placed at the top level"),
        (5, "parent '99' not found: placed at the top level"),
        (7, "the parents form a cycle (rows 7, 8): this row placed at the top level"),
        (9, "id '1' is also on row 1: row left out"),
        (10, "goal '8' has no title: row left out"),
        (11, "its parent (row 10) was left out: placed at the top level"),
        (14, "same title as row 2 under the same parent: both kept"),
    ]
    [plan] = result.plans
    tree = [(n.title, [c.title for c in n.children]) for n in plan.children]
    assert tree == [
        (
            "Hovedmål uten  feil",
            ["Mangler plan, arver den", "Hovedmål uten  feil", "Mellomrom rundt", "Mangler plan, arver den"],
        ),
        ("Min egen forelder", []),
        ("Forelder finnes ikke", []),
        ("Syklus A", ["Syklus B"]),
        ("Barn av en rad uten tittel", []),
    ]


def test_several_plans_with_a_plans_table_and_cross_plan_parents(tmp_path: Path) -> None:
    goals = tmp_path / "mal.csv"
    goals.write_text(
        csv_text(
            [
                ["Id", "Overordnet", "Tittel", "Plan"],
                ["m1", "", "Et godt liv", "KPS"],
                ["m2", "m1", "Gode oppvekstvilkår", "KPS"],
                ["s1", "m2", "Barnehage for alle", "OPPV"],  # hangs under the master plan's goal
                ["s2", "s1", "Nok pedagoger", "OPPV"],
            ]
        ),
        encoding="utf-8",
    )
    plans = tmp_path / "planer.csv"
    plans.write_text(
        csv_text(
            [
                ["Plan", "Navn", "Periode"],
                ["KPS", "Kommuneplanens samfunnsdel", "2020–2032"],
                ["OPPV", "Oppvekstplan", "2024–2027"],
            ]
        ),
        encoding="utf-8",
    )
    result = import_goals_file(goals, ImportOptions(), plans)
    assert result.problems == []
    master, sector = result.plans
    assert (master.id, master.title, master.text) == (
        "kps",
        "Kommuneplanens samfunnsdel",
        "Planperiode: 2020–2032",
    )
    assert (sector.id, sector.title) == ("oppv", "Oppvekstplan")
    [top] = sector.children
    assert top.title == "Barnehage for alle"
    assert top.related == [master.children[0].children[0].id]
    assert [c.title for c in top.children] == ["Nok pedagoger"]
    out = tmp_path / "out"
    _, problems = write_drafts(result.plans, out, "mal.csv")
    assert problems == []
    data = load_library_data(find_library_files([out]).yaml_files)
    assert data.problems == []
    loaded_top = data.goals.plans[1].children[0]
    master_goal = data.goals.node(top.related[0])
    assert master_goal is not None and master_goal.title == "Gode oppvekstvilkår"
    # The relation survives loading, both ways.
    assert loaded_top.related == (master_goal.id,)
    assert master_goal.related == (loaded_top.id,)


def test_ids_never_clash_with_the_library(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        csv_text([["Id", "Tittel"], ["t.io1", "Samme id som i biblioteket"], ["2", "Nytt"]]), encoding="utf-8"
    )
    result = imported(path, taken_ids={"t.io1", "plan", "plan.2"})
    [plan] = result.plans
    assert plan.id == "plan-2"
    assert [n.id for n in plan.nodes()] == ["t.io1-2", "plan-2.2"]


def test_nothing_is_written_when_a_file_would_not_load(tmp_path: Path) -> None:
    good = DraftPlan("god", "God plan", children=[DraftNode("god.1", "Mål", "Mål")])
    broken = DraftPlan("brutt", "Brutt plan", children=[DraftNode("Ugyldig Id", "Mål", "Mål")])
    written, problems = write_drafts([good, broken], tmp_path / "out", "x.csv")
    assert written == []
    assert "invalid id 'Ugyldig Id'" in problems[0].message
    assert not (tmp_path / "out").exists()


def tagged_library(tmp_path: Path) -> Path:
    library = make_library(tmp_path / "lib")
    table = tmp_path / "tags.csv"
    table.write_text(
        csv_text(
            [
                ["Id", "Tittel", "Emneknagger", "Dokument", "Side"],
                ["1", "Trygge møteplasser", '"#Trygghet; #Inkludering"', "planen", "2"],
                ["2", "Grønne byrom", "#Grønn omstilling", "planen", "3"],
            ]
        ),
        encoding="utf-8",
    )
    result = imported(table, known_documents=frozenset({"planen", "avtalen"}))
    assert result.problems == []
    assert write_drafts(result.plans, library, "tags.csv")[1] == []
    return library


def test_tags_are_loaded_and_searchable(tmp_path: Path) -> None:
    library = tagged_library(tmp_path)
    data = load_library_data(find_library_files([library]).yaml_files)
    assert data.problems == []
    tagged = {node.title: node.tags for node in data.goals.all_nodes() if node.tags}
    assert tagged == {
        "Trygge møteplasser": ("Trygghet", "Inkludering"),
        "Grønne byrom": ("Grønn omstilling",),
    }
    update_index(tmp_path / "index", [library])
    with SearchEngine(tmp_path / "index") as engine:
        assert [hit.node_id for hit in engine.search("tag:trygghet").hits] == ["tags.1"]
        assert [hit.node_id for hit in engine.search("emneknagg:Grønn_omstilling").hits] == ["tags.2"]
        assert engine.search("tag:trygghet møteplasser").total == 1
        assert engine.search("tag:ukjent").total == 0


def tree(node: GoalNode) -> tuple[object, ...]:
    return (
        node.id,
        node.title,
        node.level,
        node.number,
        node.text,
        node.links,
        tuple(sorted(node.related)),
        node.tags,
        node.source,
        tuple(tree(child) for child in node.children),
    )


def test_cli_export_then_import_gives_the_same_tree(tmp_path: Path) -> None:
    library = tagged_library(tmp_path)
    exported = tmp_path / "mal.csv"
    result = run("goals", "--no-bundled", str(library), "--csv", str(exported))
    assert result.returncode == 0, result.stderr
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "catalog.yaml").write_text(
        (library / "catalog.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = run("import-goals", str(exported), "--out", str(copy), "--no-bundled", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["problems"] == []
    assert {plan["id"] for plan in payload["plans"]} == {"testplan", "tags"}
    before = load_library_data(find_library_files([library]).yaml_files).goals
    after = load_library_data(find_library_files([copy]).yaml_files)
    assert [p for p in after.problems if "does not exist" not in p.reason] == []
    assert sorted(p.id for p in before.plans) == sorted(p.id for p in after.goals.plans)
    for old in before.plans:
        new = after.goals.node(old.id)
        assert new is not None and new.title == old.title
        assert [tree(child) for child in old.children] == [tree(child) for child in new.children]


def test_cli_import_json_contract_and_exit_codes(tmp_path: Path) -> None:
    table = tmp_path / "rotete.csv"
    table.write_text(csv_text(MESSY), encoding="utf-8")
    out = tmp_path / "out"
    result = run("import-goals", str(table), "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"plans", "problems"}
    [plan] = payload["plans"]
    assert set(plan) == {"id", "title", "file", "nodes"}
    assert (plan["id"], plan["nodes"]) == ("p1", 10)
    assert Path(plan["file"]).is_file()
    assert {"row": 4, "message": "'4' names itself as its parent: placed at the top level"} in payload[
        "problems"
    ]
    check = run("check", str(out))
    assert check.returncode == 0, check.stdout
    empty = tmp_path / "tom.csv"
    empty.write_text("Tittel;Id\n;\n", encoding="utf-8")
    nothing = run("import-goals", str(empty), "--out", str(tmp_path / "none"), "--json")
    assert nothing.returncode == 1
    assert json.loads(nothing.stdout) == {
        "plans": [],
        "problems": [{"row": None, "message": "the table has no rows below its header"}],
    }


def test_cli_import_with_mapping_options(tmp_path: Path) -> None:
    table = tmp_path / "eksport.csv"
    table.write_text(
        csv_text([["Kol1", "Kol2", "Kol3"], ["a", "", "Mål A"], ["b", "a", "Tiltak B"]]), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run(
        "import-goals", str(table), "--map", "id=Kol1", "parent=Kol2", "title=Kol3", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "(2 goals)" in result.stdout
    bad = run("import-goals", str(table), "--map", "title", "--out", str(out))
    assert bad.returncode == 2
    assert "KEY=VALUE" in bad.stderr


# Titles and texts as planners type them: Norwegian letters, double spaces, the CSV's own
# separator and quotes, a "#" that is no tag, line breaks in texts.
_TEXT = st.text(alphabet="abcæøå ÆØÅ;,\"'#-–.1", min_size=1, max_size=30).map(str.strip).filter(bool)
_TAG = st.text(alphabet="abcæøå ", min_size=1, max_size=12).map(lambda t: " ".join(t.split())).filter(bool)


@st.composite
def draft_trees(draw: st.DrawFn, depth: int = 0) -> list[DraftNode]:
    count = draw(st.integers(0, 3 if depth < 2 else 0))
    return [
        DraftNode(
            id=f"n{depth}-{i}-{draw(st.integers(0, 10**6))}",
            title=draw(_TEXT),
            level=draw(st.sampled_from(["Mål", "Delmål", "Strategi"])),
            number=draw(st.none() | st.sampled_from(["1", "1.1", "2.10"])),
            text=draw(st.none() | st.lists(_TEXT, max_size=2).map("\n".join)) or "",
            tags=draw(st.lists(_TAG, max_size=2, unique=True)),
            children=draw(draft_trees(depth + 1)),
        )
        for i in range(count)
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(trees=draft_trees())
def test_any_goal_tree_reads_back_from_its_table(
    tmp_path_factory: pytest.TempPathFactory, trees: list[DraftNode]
) -> None:
    ids = [node.id for root in trees for node in root.walk()]
    assume(trees and len(ids) == len(set(ids)))
    folder = tmp_path_factory.mktemp("tree")
    _, problems = write_drafts([DraftPlan("plan.a", "Plan A", children=trees)], folder / "a", "x.csv")
    assert problems == []
    before = load_library_data(find_library_files([folder / "a"]).yaml_files)
    assert before.problems == []
    table = folder / "mål.csv"
    table.write_text(goals_csv(before.goals), encoding="utf-8")
    result = import_goals_file(table, ImportOptions())
    assert [p for p in result.problems if not p.message.endswith("both kept")] == []
    _, problems = write_drafts(result.plans, folder / "b", "mål.csv")
    assert problems == []
    after = load_library_data(find_library_files([folder / "b"]).yaml_files)
    assert [tree(c) for c in before.goals.plans[0].children] == [
        tree(c) for c in after.goals.plans[0].children
    ]
