"""Loading and checking the library's YAML: catalogues, goal files and the problems they report."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.conftest import RESOURCES
from tromsvekst_desktop.core.catalog import load_catalog
from tromsvekst_desktop.core.goals import load_goal_file
from tromsvekst_desktop.core.librarydata import LibraryData, load_library_data
from tromsvekst_desktop.core.yamlsource import years_in

CATALOG = """\
documents:
  - id: tva
    title: Tromsvekstavtalen for Tromsøregionen
    owner: [Troms fylkeskommune, Tromsøregionens IPR]
    kind: avtale
    period: 2025–2028
    adoption:
      - date: 2025-05-14
        body: Tromsøregionens IPR
        case: 94/24
      - date: 2024-06
        body: Kommunestyret
  - id: tromso-vil
    title: Tromsø vil
    owner: Tromsø kommune
    kind: samfunnsplan
"""

GOALS = """\
plan:
  id: tva-plan
  title: Tromsvekstavtalen
  document: tva
  levels: [Innsatsområde, Delmål]
  source: Avtalen
goals:
  - id: tva.io1
    number: 1.10
    title: Befolkningsutvikling
    page: 3
    links:
      - document: tromso-vil
        page: 12
    children:
      - id: tva.d1-1
        title: Flere innbyggere
        source: Kap. 4
        children:
          - id: tva.s1
            level: Strategi
            title: Boliger
  - id: tva.io2
    title: Næringsutvikling
"""


def write(folder: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        paths.append(path)
    return paths


def load(folder: Path, files: dict[str, str]) -> LibraryData:
    return load_library_data(write(folder, files))


def found(data: LibraryData) -> list[tuple[str, int | None, str]]:
    """The problems as (file name, line, message)."""
    return [(Path(problem.path).name, problem.line, problem.reason) for problem in data.problems]


# A catalogue with the document "d" that goal files in these tests point to.
CATALOG_D = "documents:\n  - {id: d, title: D, owner: X, kind: avtale}\n"


def goal_file(goals: str, plan: str = "plan: {id: p, title: P, levels: [Mål, Delmål]}\n") -> str:
    return plan + "goals:\n" + textwrap.indent(textwrap.dedent(goals), "  ")


def test_valid_library_loads_with_all_fields(tmp_path: Path) -> None:
    data = load(tmp_path, {"catalog.yaml": CATALOG, "goals/tva.yaml": GOALS})

    assert data.problems == []
    tva = data.catalog.documents["tva"]
    assert tva.owners == ("Troms fylkeskommune", "Tromsøregionens IPR")
    assert [(a.date, a.body, a.case) for a in tva.adoptions] == [
        ("2025-05-14", "Tromsøregionens IPR", "94/24"),
        ("2024-06", "Kommunestyret", None),
    ]
    assert tva.years() == (2024, 2025, 2026, 2027, 2028)
    assert data.catalog.documents["tromso-vil"].owners == ("Tromsø kommune",)

    forest = data.goals
    plan = forest.plans[0]
    assert (plan.level, plan.plan_id, plan.line) == ("Plan", "tva-plan", 2)
    io1 = forest.node("tva.io1")
    assert io1 is not None
    assert io1.number == "1.10"  # as written, not the float 1.1
    assert io1.level == "Innsatsområde"
    assert io1.plan_id == "tva-plan"
    assert [(link.doc_id, link.page) for link in io1.links] == [("tva", 3), ("tromso-vil", 12)]
    assert io1.source == "Avtalen"  # inherited from the plan
    assert (io1.file, io1.line) == (str(tmp_path / "goals/tva.yaml"), 8)
    d11 = forest.node("tva.d1-1")
    assert d11 is not None and d11.level == "Delmål" and d11.links == ()
    strategy = forest.node("tva.s1")
    assert strategy is not None
    assert strategy.level == "Strategi"
    assert strategy.source == "Kap. 4"  # inherited from its parent, not the plan
    assert forest.breadcrumb("tva.s1") == [
        "Tromsvekstavtalen",
        "Befolkningsutvikling",
        "Flere innbyggere",
        "Boliger",
    ]
    assert [node.id for node in forest.nodes_linking_to("tva", 3)] == ["tva.io1"]


def test_single_file_loaders(tmp_path: Path) -> None:
    catalog_path, goals_path = write(tmp_path, {"catalog.yaml": CATALOG, "tva.yaml": GOALS})

    documents, problems = load_catalog(catalog_path)
    assert [doc.id for doc in documents] == ["tva", "tromso-vil"]
    assert problems == []
    plan, problems = load_goal_file(goals_path)
    assert plan is not None and problems == []
    assert [node.id for node in plan.walk()] == ["tva-plan", "tva.io1", "tva.d1-1", "tva.s1", "tva.io2"]


def test_problem_names_file_as_given_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"goals/a.yaml": "plan:\n  id: p\n  title: P\n  tittel: x\n"})

    data = load_library_data([Path("goals/a.yaml")])

    assert [str(p) for p in data.problems] == [
        "goals/a.yaml:4: unknown key 'tittel' in the plan (did you mean 'title'?)"
    ]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("plan:\n  id: p\n  title: [P\n  levels: x\n", 4, "expected ',' or ']', but got ':'"),
        ("plan:\n  id: p\n  title: P\n   x: 1\n", 4, "mapping values are not allowed here"),
        ('plan:\n  id: p\n  title: "P\n', 3, "found unexpected end of stream"),
    ],
)
def test_syntax_error_reports_line(tmp_path: Path, text: str, line: int, reason: str) -> None:
    data = load(tmp_path, {"a.yaml": text})

    assert found(data) == [("a.yaml", line, f"YAML syntax error: {reason}")]
    assert data.goals.plans == []


def test_tab_indentation_is_a_syntax_error(tmp_path: Path) -> None:
    data = load(tmp_path, {"a.yaml": "plan:\n\tid: p\n"})

    assert found(data) == [
        ("a.yaml", 2, "YAML syntax error: found character '\\t' that cannot start any token")
    ]


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (b"", None, "the file is empty"),
        (b"# only a comment\n", None, "the file is empty"),
        (b"plan:\n  title: \xe6\xf8\n", 2, "the file is not UTF-8 text"),
        (
            b"- id: x\n",
            1,
            "the top level must be a mapping with 'documents:', 'plan:' or 'vocabulary:', not a list",
        ),
        (
            b"just text\n",
            1,
            "the top level must be a mapping with 'documents:', 'plan:' or 'vocabulary:', "
            "not text 'just text'",
        ),
        (
            b"goals: []\n",
            1,
            "neither a catalogue (documents:), a goal file (plan:) nor a vocabulary (vocabulary:)",
        ),
        (b"plan: [a]\n", 1, "'plan' must be a mapping with id and title, not a list"),
        (
            b"documents: x\n",
            1,
            "'documents' must be a list of documents (mappings with id, title, ...), not text 'x'",
        ),
    ],
)
def test_whole_file_problems(tmp_path: Path, content: bytes, line: int | None, reason: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(content)

    data = load_library_data([path])

    assert found(data) == [("a.yaml", line, reason)]
    assert data.files == [path]


def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    data = load_library_data([tmp_path / "missing.yaml", tmp_path])

    reasons = sorted(reason for _, _, reason in found(data))
    assert reasons == [
        "cannot read the file: Is a directory",
        "cannot read the file: No such file or directory",
    ]


def test_broken_file_does_not_hide_others(tmp_path: Path) -> None:
    data = load(tmp_path, {"catalog.yaml": CATALOG, "a.yaml": "plan: [\n", "tva.yaml": GOALS})

    assert [name for name, _, _ in found(data)] == ["a.yaml"]
    assert [plan.id for plan in data.goals.plans] == ["tva-plan"]
    assert len(data.catalog.documents) == 2


def test_unknown_keys_with_and_without_hint(tmp_path: Path) -> None:
    goals = """\
        - id: a
          title: A
          chidren: []
          colour: red
        """
    data = load(tmp_path, {"a.yaml": goal_file(goals)})

    assert found(data)[0] == ("a.yaml", 5, "unknown key 'chidren' in a goal (did you mean 'children'?)")
    _, line, reason = found(data)[1]
    assert line == 6
    assert reason.startswith("unknown key 'colour' in a goal (allowed: id, number, title, level,")


def test_missing_required_keys(tmp_path: Path) -> None:
    catalog = """\
        documents:
          - id: a
          - title: B
            owner: x
            kind: avtale
        """
    goals = """\
        - title: No id
        - id: no-title
        """
    data = load(tmp_path, {"catalog.yaml": catalog, "goals.yaml": goal_file(goals)})

    assert found(data) == [
        ("catalog.yaml", 2, "missing required key 'title'"),
        ("catalog.yaml", 2, "missing required key 'owner'"),
        ("catalog.yaml", 2, "missing required key 'kind'"),
        ("catalog.yaml", 3, "missing required key 'id'"),
        ("goals.yaml", 3, "missing required key 'id'"),
        ("goals.yaml", 4, "missing required key 'title'"),
    ]
    assert data.catalog.documents == {}
    assert data.goals.plans[0].children == ()


def test_empty_title_and_owner(tmp_path: Path) -> None:
    catalog = """\
        documents:
          - id: a
            title: "  "
            owner: []
            kind: avtale
        """
    data = load(tmp_path, {"catalog.yaml": catalog, "goals.yaml": goal_file("- id: x\n  title:\n")})

    assert found(data) == [
        ("catalog.yaml", 3, "'title' is empty"),
        ("catalog.yaml", 4, "'owner' is empty"),
        ("goals.yaml", 4, "'title' is empty"),
    ]


def test_wrong_types(tmp_path: Path) -> None:
    goals = """\
        - id: a
          title: [A, B]
        - id: b
          title: yes
        - id: c
          title: Text
          text: {a: 1}
        - id: 2030
          title: 2030
          number: 3
        """
    data = load(tmp_path, {"a.yaml": goal_file(goals)})

    assert found(data) == [
        ("a.yaml", 4, "'title' must be text, not a list"),
        ("a.yaml", 6, "'title' must be text, not a true/false value (true)"),
        ("a.yaml", 9, "'text' must be text, not a mapping"),
    ]
    # Numbers where text is expected are taken as written.
    node = data.goals.node("2030")
    assert node is not None and (node.title, node.number) == ("2030", "3")


@pytest.mark.parametrize("bad", ["Tva.1", "tva 1", "tva/1", "tromsø", "'[a]'"])
def test_invalid_ids(tmp_path: Path, bad: str) -> None:
    data = load(tmp_path, {"a.yaml": goal_file(f"- id: {bad}\n  title: A\n")})

    shown = bad.strip("'")
    expected = f"invalid id '{shown}': use only lowercase letters, digits, '-', '_' and '.'"
    assert found(data) == [("a.yaml", 3, expected)]
    assert data.goals.plans[0].children == ()


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("0", "a number (0)"),
        ("-2", "a number (-2)"),
        ("2.5", "a number (2.5)"),
        ('"3"', "text '3'"),
        ("true", "a true/false value (true)"),
        ("[3]", "a list"),
    ],
)
def test_bad_page_numbers(tmp_path: Path, page: str, shown: str) -> None:
    plan = "plan: {id: p, title: P, document: d, levels: [Mål]}\n"
    goals = goal_file(f"- id: a\n  title: A\n  page: {page}\n", plan)
    data = load(tmp_path, {"a.yaml": goals, "catalog.yaml": CATALOG_D})

    assert found(data) == [("a.yaml", 5, f"'page' must be a whole number ≥ 1, not {shown}")]


def test_page_in_links_is_checked(tmp_path: Path) -> None:
    goals = """\
        - id: a
          title: A
          links:
            - document: d
              page: 0
        """
    data = load(tmp_path, {"a.yaml": goal_file(goals), "catalog.yaml": CATALOG_D})

    assert found(data) == [("a.yaml", 7, "'page' must be a whole number ≥ 1, not a number (0)")]


def test_page_without_any_document(tmp_path: Path) -> None:
    data = load(tmp_path, {"a.yaml": goal_file("- id: a\n  title: A\n  page: 4\n")})

    assert found(data) == [("a.yaml", 5, "'page' needs a 'document' (on the goal or the plan)")]


@pytest.mark.parametrize(
    ("levels", "reason"),
    [
        ("Mål", "'levels' must be a list of level names (texts, top level first), not text 'Mål'"),
        (
            "[Mål, [Delmål]]",
            "'levels' must be a list of level names (texts, top level first), but holds a list",
        ),
    ],
)
def test_levels_must_be_a_list_of_texts(tmp_path: Path, levels: str, reason: str) -> None:
    data = load(tmp_path, {"a.yaml": f"plan:\n  id: p\n  title: P\n  levels: {levels}\ngoals: []\n"})

    assert found(data) == [("a.yaml", 4, reason)]
    assert data.goals.plans == []


def test_node_deeper_than_levels_needs_its_own_level(tmp_path: Path) -> None:
    goals = """\
        - id: a
          title: A
          children:
            - id: b
              title: B
              children:
                - id: c
                  title: C
                - id: d
                  level: Punkt
                  title: D
        """
    data = load(tmp_path, {"a.yaml": goal_file(goals)})

    assert found(data) == [
        ("a.yaml", 9, "goal at level 3 needs its own 'level': the plan's 'levels' names 2")
    ]
    assert data.goals.node("c") is None
    d = data.goals.node("d")
    assert d is not None and d.level == "Punkt"


def test_related_checks_and_symmetry(tmp_path: Path) -> None:
    first = """\
        - id: a
          title: A
          related: [b, a, nowhere, b]
        - id: c
          title: C
          related: b
        """
    second = "plan: {id: q, title: Q, levels: [Mål]}\ngoals:\n  - {id: b, title: B}\n"
    data = load(tmp_path, {"a.yaml": goal_file(first), "b.yaml": second})

    assert found(data) == [
        ("a.yaml", 3, "'related' names the goal itself ('a')"),
        ("a.yaml", 3, "'related': unknown goal 'nowhere'"),
        ("a.yaml", 8, "'related' must be a list of node ids, not text 'b'"),
    ]
    a, b = data.goals.node("a"), data.goals.node("b")
    assert a is not None and b is not None
    assert a.related == ("b",)
    assert b.related == ("a",)  # made symmetric


def test_related_items_must_be_ids(tmp_path: Path) -> None:
    data = load(tmp_path, {"a.yaml": goal_file("- id: a\n  title: A\n  related: [B C]\n")})

    expected = "invalid id in 'related' 'B C': use only lowercase letters, digits, '-', '_' and '.'"
    assert found(data) == [("a.yaml", 5, expected)]


def test_document_file_missing_keeps_entry(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "there.pdf").write_bytes(b"%PDF-1.7\n")
    catalog = """\
        documents:
          - {id: a, title: A, owner: X, kind: avtale, file: docs/there.pdf}
          - {id: b, title: B, owner: X, kind: avtale, file: docs/gone.pdf}
        """
    data = load(tmp_path, {"catalog.yaml": catalog})

    assert found(data) == [
        ("catalog.yaml", 3, "'file': 'docs/gone.pdf' does not exist (next to this catalogue)")
    ]
    assert data.catalog.documents["a"].file == (tmp_path / "docs" / "there.pdf").resolve()
    assert data.catalog.documents["b"].file is None


@pytest.mark.parametrize(
    ("date", "stored"),
    [("2025-05-14", "2025-05-14"), ("'2025-05-14'", "2025-05-14"), ("2025-05", "2025-05"), ("2025", "2025")],
)
def test_valid_dates(tmp_path: Path, date: str, stored: str) -> None:
    catalog = (
        f"documents:\n  - {{id: a, title: A, owner: X, kind: k, adoption: [{{date: {date}, body: B}}]}}\n"
    )
    data = load(tmp_path, {"catalog.yaml": catalog})

    assert data.problems == []
    assert data.catalog.documents["a"].adoptions[0].date == stored


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ("2025-13-01", "text '2025-13-01'"),
        ("2025-02-30", "text '2025-02-30'"),
        ("14.05.2025", "text '14.05.2025'"),
        ("2025-5-4", "text '2025-5-4'"),
        ("2025-05-14 10:00", "text '2025-05-14 10:00'"),
        ("[2025]", "a list"),
    ],
)
def test_bad_dates(tmp_path: Path, date: str, shown: str) -> None:
    catalog = (
        "documents:\n  - id: a\n    title: A\n    owner: X\n    kind: k\n"
        f"    adoption:\n      - date: {date}\n        body: B\n"
    )
    data = load(tmp_path, {"catalog.yaml": catalog})

    if shown == "a list":
        expected = "'date' must be text, not a list"
    else:
        expected = f"'date' must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not {shown}"
    assert found(data) == [("catalog.yaml", 7, expected)]
    assert data.catalog.documents == {}  # an entry with an error is left out


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    extra_catalog = "documents:\n  - {id: tva, title: Again, owner: X, kind: avtale}\n"
    second = """\
        plan: {id: q, title: Q, levels: [Mål, Delmål]}
        goals:
          - id: tva.io1
            title: Again
            children:
              - {id: only-here, title: Lost with its parent}
          - {id: fresh, title: Fresh}
        """
    data = load(
        tmp_path,
        {
            "catalog.yaml": CATALOG,
            "catalog2.yaml": extra_catalog,
            "goals/a.yaml": GOALS,
            "goals/b.yaml": second,
        },
    )

    catalog_path = tmp_path / "catalog.yaml"
    assert [str(p) for p in data.problems] == [
        f"{tmp_path / 'catalog2.yaml'}:2: duplicate id 'tva' (also at {catalog_path}:2)",
        f"{tmp_path / 'goals/b.yaml'}:3: duplicate id 'tva.io1' (also at {tmp_path / 'goals/a.yaml'}:8)",
    ]
    assert data.catalog.documents["tva"].title == "Tromsvekstavtalen for Tromsøregionen"
    assert data.goals.node("only-here") is None
    assert data.goals.node("fresh") is not None


def test_duplicate_key_in_a_mapping(tmp_path: Path) -> None:
    data = load(tmp_path, {"a.yaml": "plan:\n  id: p\n  title: P\n  title: Q\n"})

    assert found(data) == [("a.yaml", 4, "duplicate key 'title' (also on line 3)")]


def test_links_to_unknown_documents_are_dropped(tmp_path: Path) -> None:
    goals = """\
        - id: a
          title: A
          document: tva
          links: [{document: kpa-2025, page: 2}]
        """
    data = load(tmp_path, {"catalog.yaml": CATALOG, "a.yaml": goal_file(goals)})

    assert found(data) == [("a.yaml", 3, "unknown document 'kpa-2025'")]
    node = data.goals.node("a")
    assert node is not None and [link.doc_id for link in node.links] == ["tva"]


def test_error_drops_node_with_subtree_but_keeps_siblings(tmp_path: Path) -> None:
    goals = """\
        - id: a
          title: A
          page: x
          children:
            - {id: a1, title: A1, page: -1}
        - id: b
          title: B
        """
    plan = "plan: {id: p, title: P, document: d, levels: [Mål, Delmål]}\n"
    data = load(tmp_path, {"a.yaml": goal_file(goals, plan), "catalog.yaml": CATALOG_D})

    # The child's own problem is reported too, although it goes with its parent.
    assert [line for _, line, _ in found(data)] == [5, 7]
    assert [node.id for node in data.goals.all_nodes()] == ["p", "b"]


def test_plans_in_file_name_order_and_each_file_once(tmp_path: Path) -> None:
    paths = write(
        tmp_path,
        {
            "b.yaml": "plan: {id: b, title: B}\n",
            "a.yaml": "plan: {id: a, title: A}\n",
            "c.yaml": "plan: {id: c, title: C}\n",
        },
    )

    data = load_library_data([*paths, tmp_path / "x" / ".." / "a.yaml"])

    assert data.problems == []
    assert [plan.id for plan in data.goals.plans] == ["a", "b", "c"]
    assert [path.name for path in data.files] == ["a.yaml", "b.yaml", "c.yaml"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("plan: &a\n  id: p\n  title: P\n  text: *a\n", "an alias refers to itself"),
        (
            "a: &a [x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 8)}]\n" for i in range(8)
            ),
            "the file expands to more than 200000 values (aliases?)",
        ),
        ("plan: " + "[" * 150 + "]" * 150 + "\n", "nested more than 100 levels deep"),
        ("plan: " + "[" * 1000 + "]" * 1000 + "\n", "the file is nested too deeply to read"),
    ],
    ids=["self-alias", "alias-bomb", "deep-nesting", "deeper-than-the-parser-goes"],
)
def test_hostile_yaml_gives_problems(tmp_path: Path, text: str, reason: str) -> None:
    data = load(tmp_path, {"a.yaml": text})

    assert [r for _, _, r in found(data)] == [reason]


def test_years_in() -> None:
    assert years_in("2020–2032", span=True) == list(range(2020, 2033))
    assert years_in("2020 - 2022", span=True) == [2020, 2021, 2022]
    assert years_in("2022–", span=True) == [2022]
    assert years_in("2020–2032", span=False) == [2020, 2032]
    assert years_in("2025-05-14", span=True) == [2025]
    assert years_in("1900–2100", span=True) == [1900, 2100]  # too long to expand
    assert years_in("sak 94/24, 12345", span=True) == []


def test_bundled_library_loads_cleanly() -> None:
    files = sorted((RESOURCES / "goals").glob("*.yaml"))
    if not files:
        pytest.skip("no bundled goal files yet")
    data = load_library_data([RESOURCES / "catalog.yaml", *files])

    assert [str(problem) for problem in data.problems] == []
    assert len(data.goals.plans) == len(files)
