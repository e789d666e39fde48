"""Goal trees from tables (Excel sheets, exports of Framsikt, Stratsys or Dataverse): rows → draft plans.

One row is one goal. The tree comes from a parent-id column, or from a numbering
column ("1", "1.1", "1.1.2") when there is none. Rows may belong to several plans; a
goal whose parent lies in another plan becomes a top-level goal of its own plan,
``related`` to that parent. Messy rows are reported with their row number, and the
good rows are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tromsvekst_desktop.core.goaldraft import (
    APP_WRITTEN_MARK,
    DEFAULT_LEVELS,
    DraftNode,
    DraftPlan,
    ImportProblem,
    first_line,
    is_id,
    plan_levels,
    slug,
    unique_id,
)
from tromsvekst_desktop.core.goals import tag_name
from tromsvekst_desktop.core.library import find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data
from tromsvekst_desktop.core.tables import Row, Table

# The keys a column can be mapped to (`--map KEY=COLUMN`); the last four are what
# `tromsvekst goals --csv` adds so that an exported table reads back to the same tree.
GOAL_KEYS = ("id", "parent", "title", "level", "number", "text", "plan", "document", "page", "tags")
EXTRA_GOAL_KEYS = ("plan_title", "related", "links", "source")
PLAN_TABLE_KEYS = ("id", "title", "period", "document")

# Common headers, Norwegian and English, as normalise_header() spells them.
GOAL_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "mal id", "målid", "goal id", "node id", "nodeid", "guid", "nøkkel", "key", "identifikator"),
    "parent": (
        "parent",
        "parent id",
        "parentid",
        "overordnet",
        "overordnet id",
        "overordnet mål",
        "overordnet mål id",
        "forelder",
        "forelder id",
        "hører til",
    ),
    "title": ("tittel", "navn", "title", "name", "mål", "målformulering", "overskrift", "goal"),
    "level": (
        "nivå",
        "type",
        "level",
        "nivåkode",
        "typekode",
        "typecode",
        "levelcode",
        "type code",
        "level code",
        "kategori",
        "nivå type",
    ),
    "number": ("nummer", "nr", "number", "no", "nummerering", "numbering", "målnummer"),
    "text": ("tekst", "beskrivelse", "description", "text", "utdyping", "forklaring", "omtale"),
    "plan": ("plan", "plan id", "planid", "plankode", "plan code"),
    "document": ("dokument", "document", "doc", "dokument id", "document id", "kildedokument"),
    "page": ("side", "page", "sidetall", "sidenummer", "page number", "s"),
    "tags": ("emneknagger", "emneknagg", "tags", "tag", "stikkord", "nøkkelord", "keywords"),
    "plan_title": ("plantittel", "plan tittel", "plannavn", "plan navn", "plan title", "plan name"),
    "related": ("relatert", "related", "relaterte mål", "related goals"),
    "links": ("lenker", "links", "andre dokumenter"),
    "source": ("kilde", "source"),
}
PLAN_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "plan", "plan id", "planid", "plankode", "plan code"),
    "title": ("tittel", "navn", "title", "name", "plannavn", "plan navn", "plantittel", "plan name"),
    "period": ("periode", "period", "planperiode", "plan period", "gjelder"),
    "document": ("dokument", "document", "doc", "dokument id", "document id"),
}

_PAGE_NUMBER = re.compile(r"(?:s\.?|side|p\.?|page)?\s*(\d+)", re.IGNORECASE)
_NUMBER_TRIM = re.compile(r"[\s.]+$")


def normalise_header(header: str) -> str:
    """A header as the mapping compares it: lowercase, words only ("Overordnet_ID:" → "overordnet id")."""
    words = re.sub(r"[^\wæøå]+", " ", header.lower().replace("_", " "))
    return " ".join(words.split())


def guess_mapping(headers: list[str], names: Mapping[str, tuple[str, ...]] = GOAL_HEADERS) -> dict[str, str]:
    """Key → column for the headers a table has (each column used once, the first match wins)."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for key, known in names.items():
        for header in headers:
            if header not in used and normalise_header(header) in known:
                mapping[key] = header
                used.add(header)
                break
    if names is GOAL_HEADERS:
        # Exports prefix their columns: "cr3c1_planid", "msdyn_parentgoalid", "cr3c1_goaltype".
        for key, word in (("plan", "plan"), ("parent", "parent"), ("level", "type")):
            found = [h for h in headers if h not in used and word in normalise_header(h).replace(" ", "")]
            if key not in mapping and len(found) == 1:
                mapping[key] = found[0]
                used.add(found[0])
    return mapping


@dataclass
class ImportOptions:
    """What the user decided: columns by key (beside the guessed ones), names for level codes."""

    mapping: dict[str, str] = field(default_factory=dict)
    plan_mapping: dict[str, str] = field(default_factory=dict)
    level_names: dict[str, str] = field(default_factory=dict)
    default_plan: str = "import"  # the plan id when the table has no plan column (the file's name)
    taken_ids: set[str] = field(default_factory=set)  # ids the library already uses
    known_documents: frozenset[str] | None = None  # catalogue ids; None: not checked


@dataclass
class TableImport:
    plans: list[DraftPlan]
    problems: list[ImportProblem]
    mapping: dict[str, str]  # the columns used, guessed or given
    unnamed_levels: list[str]  # level codes that still need a name (the CLI asks for --level)


@dataclass
class _Goal:
    row: int
    key: str
    title: str
    parent: str | None
    plan: str | None
    level: str
    number: str | None
    text: str
    document: str | None
    page: int | None
    tags: list[str]
    related: list[str]
    links: list[tuple[str, int | None]]
    source: str
    plan_title: str
    related_parent: str | None = None  # a parent in another plan


def column_problems(table: Table, mapping: Mapping[str, str], keys: tuple[str, ...]) -> list[ImportProblem]:
    problems = []
    for key, column in mapping.items():
        if key not in keys:
            problems.append(ImportProblem(None, f"unknown key '{key}' (use {', '.join(keys)})"))
        elif column not in table.headers:
            shown = ", ".join(table.headers)
            problems.append(ImportProblem(None, f"no column '{column}' for {key} (the columns: {shown})"))
    return problems


def import_table(table: Table, options: ImportOptions, plans_table: Table | None = None) -> TableImport:
    """Draft plans from a table's rows; every row that cannot be used as it is gets a problem."""
    # A key given as "" is unmapped on purpose (the window's "(none)"), even when a header matches.
    mapping = {
        key: column for key, column in (guess_mapping(table.headers) | options.mapping).items() if column
    }
    given = {key: column for key, column in options.mapping.items() if column}
    problems = column_problems(table, given, GOAL_KEYS + EXTRA_GOAL_KEYS)
    problems += [ImportProblem(row, message) for row, message in table.notes]
    if "title" not in mapping:
        shown = ", ".join(table.headers)
        problems.append(
            ImportProblem(None, f"no title column: name it with --map title=COLUMN (the columns: {shown})")
        )
    if not table.rows:
        problems.append(ImportProblem(None, "the table has no rows below its header"))
    if any(p.row is None for p in problems):
        return TableImport([], problems, mapping, [])
    builder = _Builder(mapping, options, problems)
    goals = builder.read_rows(table.rows)
    builder.link_parents(goals)
    plan_info = _plan_info(plans_table, options, problems) if plans_table is not None else {}
    plans = builder.plans(goals, plan_info)
    problems.sort(key=lambda problem: problem.row or 0)
    return TableImport(plans, problems, mapping, sorted(builder.unnamed_codes))


def _plan_info(
    plans_table: Table, options: ImportOptions, problems: list[ImportProblem]
) -> dict[str, dict[str, str]]:
    """The plans table's rows by plan key: title, period and document."""
    mapping = guess_mapping(plans_table.headers, PLAN_HEADERS) | options.plan_mapping
    found = column_problems(plans_table, options.plan_mapping, PLAN_TABLE_KEYS)
    if "id" not in mapping:
        found.append(
            ImportProblem(None, "the plans table has no id column: name it with --plan-map id=COLUMN")
        )
    problems += [ImportProblem(None, f"plans table: {p.message}") for p in found]
    if found:
        return {}
    info: dict[str, dict[str, str]] = {}
    for row in plans_table.rows:
        values = {key: row.values.get(column, "") for key, column in mapping.items()}
        key = _clean(values["id"])
        if key:
            info[key] = {k: v.strip() for k, v in values.items()}
    return info


def _clean(value: str) -> str:
    """An id, number or code as compared: spaces at the ends and doubled inside removed."""
    return " ".join(value.split())


def split_tags(value: str) -> list[str]:
    """ "#Trygghet; #Inkludering" or "trygghet, inkludering" → ["Trygghet", "Inkludering"]."""
    parts = re.findall(r"#[^#;,\n]+", value) if "#" in value else re.split(r"[;,\n]", value)
    return list(dict.fromkeys(name for part in parts if (name := tag_name(part))))


class _Builder:
    def __init__(
        self, mapping: dict[str, str], options: ImportOptions, problems: list[ImportProblem]
    ) -> None:
        self.mapping = mapping
        self.options = options
        self.problems = problems
        self.unnamed_codes: set[str] = set()
        self.left_out: dict[str, int] = {}  # key → row of rows that could not be used

    def problem(self, row: int, message: str) -> None:
        self.problems.append(ImportProblem(row, message))

    def value(self, row: Row, key: str) -> str:
        column = self.mapping.get(key)
        return row.values.get(column, "") if column else ""

    def read_rows(self, rows: list[Row]) -> dict[str, _Goal]:
        goals: dict[str, _Goal] = {}
        by_number: dict[str, str] = {}
        for row in rows:
            goal = self.read_row(row)
            if goal is None:
                continue
            if goal.key in goals:
                self.problem(
                    row.number, f"id '{goal.key}' is also on row {goals[goal.key].row}: row left out"
                )
                continue
            goals[goal.key] = goal
            if goal.number:
                by_number.setdefault(goal.number, goal.key)
        if "parent" not in self.mapping and "number" in self.mapping:
            for goal in goals.values():
                if goal.number and "." in goal.number:
                    parent_number = goal.number.rsplit(".", 1)[0]
                    goal.parent = by_number.get(parent_number, f"nummer {parent_number}")
        return goals

    def read_row(self, row: Row) -> _Goal | None:
        title = self.value(row, "title").strip().replace("\r\n", "\n")
        number = _NUMBER_TRIM.sub("", _clean(self.value(row, "number"))) or None
        key = _clean(self.value(row, "id")) or (number if "id" not in self.mapping else "") or ""
        if not title:
            what = f"goal '{key}'" if key else "the row"
            self.problem(row.number, f"{what} has no title: row left out")
            if key:
                self.left_out[key] = row.number
            return None
        if not key:
            if "id" in self.mapping:
                self.problem(row.number, f"'{title}' has no id: row left out")
                return None
            key = f"rad {row.number}"
        return _Goal(
            row=row.number,
            key=key,
            title=title,
            parent=_clean(self.value(row, "parent")) or None,
            plan=_clean(self.value(row, "plan")) or None,
            level=self.level(row),
            number=number,
            text=self.value(row, "text").strip().replace("\r\n", "\n"),
            document=self.document(row.number, self.value(row, "document")),
            page=self.page(row),
            tags=split_tags(self.value(row, "tags")),
            related=[_clean(v) for v in re.split(r"[;,\s]+", self.value(row, "related")) if v.strip()],
            links=self.links(row),
            source=self.value(row, "source").strip(),
            plan_title=self.value(row, "plan_title").strip(),
        )

    def level(self, row: Row) -> str:
        code = _clean(self.value(row, "level"))
        if code in self.options.level_names:
            return self.options.level_names[code]
        if code.isdigit() and len(code) > 2:
            self.unnamed_codes.add(code)
        return code

    def document(self, row: int, value: str) -> str | None:
        value = _clean(value)
        if not value:
            return None
        doc = value.lower()
        if not is_id(doc):
            self.problem(row, f"document '{value}' is not a catalogue id: link left out")
            return None
        known = self.options.known_documents
        if known is not None and doc not in known:
            self.problem(row, f"unknown document '{value}' (not in the catalogue): link left out")
            return None
        return doc

    def page(self, row: Row) -> int | None:
        value = _clean(self.value(row, "page"))
        if not value:
            return None
        match = _PAGE_NUMBER.fullmatch(value)
        if match is None or int(match.group(1)) < 1:
            self.problem(row.number, f"page '{value}' is not a page number: page left out")
            return None
        return int(match.group(1))

    def links(self, row: Row) -> list[tuple[str, int | None]]:
        links: list[tuple[str, int | None]] = []
        for part in re.split(r"[;\s]+", self.value(row, "links")):
            if not part:
                continue
            doc_text, _, page_text = part.partition(":")
            doc = self.document(row.number, doc_text)
            if doc is not None:
                links.append((doc, int(page_text) if page_text.isdigit() and int(page_text) > 0 else None))
        return links

    def link_parents(self, goals: dict[str, _Goal]) -> None:
        """Check every parent reference; rows with a parent that cannot be used go to the top level."""
        for goal in goals.values():
            if goal.parent is None:
                continue
            if goal.parent == goal.key:
                self.problem(goal.row, f"'{goal.key}' names itself as its parent: placed at the top level")
            elif goal.parent in self.left_out:
                row = self.left_out[goal.parent]
                self.problem(goal.row, f"its parent (row {row}) was left out: placed at the top level")
            elif goal.parent not in goals:
                self.problem(goal.row, f"parent '{goal.parent}' not found: placed at the top level")
            else:
                continue
            goal.parent = None
        for goal in sorted(goals.values(), key=lambda g: g.row):
            cycle = _cycle_from(goal, goals)
            if cycle:
                first = min(cycle, key=lambda g: g.row)
                rows = ", ".join(str(g.row) for g in sorted(cycle, key=lambda g: g.row))
                self.problem(
                    first.row, f"the parents form a cycle (rows {rows}): this row placed at the top level"
                )
                first.parent = None

    def plans(self, goals: dict[str, _Goal], plan_info: dict[str, dict[str, str]]) -> list[DraftPlan]:
        has_plan_column = "plan" in self.mapping
        for goal in sorted(goals.values(), key=lambda g: g.row):
            if goal.plan is None:
                goal.plan = _inherited_plan(goal, goals) if has_plan_column else self.options.default_plan
        kept = {}
        for goal in sorted(goals.values(), key=lambda g: g.row):
            if goal.plan is None:
                self.problem(goal.row, f"'{goal.title}' belongs to no plan: row left out")
                self.left_out[goal.key] = goal.row
            else:
                kept[goal.key] = goal
        for goal in kept.values():
            if goal.parent in self.left_out:
                row = self.left_out[goal.parent]
                self.problem(goal.row, f"its parent (row {row}) was left out: placed at the top level")
                goal.parent = None
            elif goal.parent is not None and kept[goal.parent].plan != goal.plan:
                goal.related_parent, goal.parent = goal.parent, None
        return self.drafts(kept, plan_info)

    def drafts(self, goals: dict[str, _Goal], plan_info: dict[str, dict[str, str]]) -> list[DraftPlan]:
        taken = set(self.options.taken_ids)
        plans: dict[str, DraftPlan] = {}
        for goal in sorted(goals.values(), key=lambda g: g.row):
            assert goal.plan is not None
            if goal.plan not in plans:
                plans[goal.plan] = self.new_plan(goal.plan, plan_info.get(goal.plan, {}), goal, taken)
        ids = {
            key: unique_id(self.node_id(goal, plans[goal.plan or ""].id), taken)
            for key, goal in goals.items()
        }
        nodes: dict[str, DraftNode] = {}
        for key, goal in goals.items():
            related = [ids.get(other, other) for other in goal.related]
            if goal.related_parent is not None:
                related.insert(0, ids[goal.related_parent])
            nodes[key] = DraftNode(
                id=ids[key],
                title=goal.title,
                level=goal.level,
                number=goal.number,
                text=goal.text,
                document=goal.document,
                page=goal.page,
                links=goal.links,
                related=[r for r in dict.fromkeys(related) if r in taken],
                tags=goal.tags,
                source=goal.source,
                row=goal.row,
            )
            for other in related:
                if other not in taken:
                    self.problem(goal.row, f"related goal '{other}' not found: left out")
        for key, goal in sorted(goals.items(), key=lambda item: item[1].row):
            plan = plans[goal.plan or ""]
            parent = goals[goal.parent] if goal.parent else None
            (nodes[parent.key].children if parent else plan.children).append(nodes[key])
            if not plan.title or plan.title == plan.id:
                plan.title = goal.plan_title or plan.title
        for plan in plans.values():
            self.report_twins(plan.children)
            for node in plan.nodes():
                self.report_twins(node.children)
            documents = {node.document for node in plan.nodes() if node.page is not None}
            if plan.document is None and len(documents) == 1:
                plan.document = documents.pop()  # the plan's pages all point into one document
            self.fill_levels(plan)
            self.check_pages(plan)
        return list(plans.values())

    def report_twins(self, siblings: list[DraftNode]) -> None:
        """Siblings with the same title are kept, but said: often a row exported twice."""
        first: dict[str, DraftNode] = {}
        for node in siblings:
            twin = first.setdefault(node.title, node)
            if twin is not node and node.row is not None:
                self.problem(node.row, f"same title as row {twin.row} under the same parent: both kept")

    def new_plan(self, key: str, info: dict[str, str], goal: _Goal, taken: set[str]) -> DraftPlan:
        plan_id = unique_id(key.lower() if is_id(key.lower()) else slug(key) or "plan", taken)
        period = info.get("period", "")
        document = self.document(goal.row, info.get("document", ""))
        return DraftPlan(
            id=plan_id,
            title=info.get("title") or goal.plan_title or key,
            document=document,
            text=f"Planperiode: {period}" if period else "",
        )

    def node_id(self, goal: _Goal, plan_id: str) -> str:
        """A row's id as the library's: kept when it is one (and not a bare number), else plan-prefixed."""
        lowered = goal.key.lower()
        if is_id(lowered) and not re.fullmatch(r"[\d.]+", lowered):
            return lowered
        return f"{plan_id}.{slug(goal.key) or goal.row}"

    def fill_levels(self, plan: DraftPlan) -> None:
        """Nodes without a level get the level most nodes at their depth have, else a default name."""
        levels = plan_levels(plan)

        def fill(node: DraftNode, depth: int) -> None:
            if not node.level:
                node.level = levels[depth] or (
                    DEFAULT_LEVELS[depth] if depth < len(DEFAULT_LEVELS) else f"Nivå {depth + 1}"
                )
            for child in node.children:
                fill(child, depth + 1)

        for node in plan.children:
            fill(node, 0)

    def check_pages(self, plan: DraftPlan) -> None:
        for node in plan.nodes():
            if node.page is not None and not node.document and not plan.document:
                self.problem(
                    node.row or 0, f"page {node.page} names no document (no document column): page left out"
                )
                node.page = None


def _inherited_plan(goal: _Goal, goals: dict[str, _Goal]) -> str | None:
    seen: set[str] = set()
    current: _Goal | None = goal
    while current is not None and current.key not in seen:
        if current.plan is not None:
            return current.plan
        seen.add(current.key)
        current = goals.get(current.parent) if current.parent else None
    return None


def _cycle_from(goal: _Goal, goals: dict[str, _Goal]) -> list[_Goal]:
    """The goals of the cycle that ``goal`` is part of (empty when it is in none)."""
    path: list[_Goal] = []
    current: _Goal | None = goal
    while current is not None and current not in path:
        path.append(current)
        current = goals.get(current.parent) if current.parent else None
    if current is goal:
        return path
    return []


def library_for_import(roots: Sequence[Path], out_dir: Path, source: Path) -> tuple[set[str], frozenset[str]]:
    """The goal ids an import must not reuse and the catalogue ids it may link to.

    Files an earlier import of the same source wrote into ``out_dir`` are left out: a new
    import of that source replaces them.
    """
    earlier = f"{APP_WRITTEN_MARK} from {source.name}."
    files = [
        path
        for path in find_library_files([*roots, out_dir]).yaml_files
        if not (path.parent.resolve() == out_dir.resolve() and first_line(path).startswith(earlier))
    ]
    data = load_library_data(files)
    return {node.id for node in data.goals.all_nodes()}, frozenset(data.catalog.documents)
