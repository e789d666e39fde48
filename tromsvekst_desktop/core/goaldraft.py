"""Goal trees being imported or edited: mutable drafts, written out as goal YAML the loader accepts.

An import (from a table or a PDF) yields ``DraftPlan`` trees that the window lets the user
rename, move, merge and delete before anything is saved; ``write_drafts`` then checks
that every file would load and writes all of them, or nothing.
"""

from __future__ import annotations

import filecmp
import re
import shutil
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tromsvekst_desktop.core.goals import GoalNode, goal_file_from_yaml
from tromsvekst_desktop.core.jsonfile import write_text_atomically
from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.yamlsource import ID_PATTERN, parse_yaml

# The first line of every goal file the app writes: such files may be rewritten in place.
APP_WRITTEN_MARK = "# Written by Tromsvekst Desktop"
# Level names by depth when a table gives none.
DEFAULT_LEVELS = ("Mål", "Delmål", "Strategi", "Tiltak", "Punkt")


@dataclass(frozen=True)
class ImportProblem:
    """A row (1 = the first data row; None: the whole import) that could not be used as it was."""

    row: int | None
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}" if self.row is not None else self.message

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "message": self.message}


@dataclass
class DraftNode:
    """One goal of a draft tree; ``id`` is its library id, ``page`` a 1-based page."""

    id: str
    title: str
    level: str
    number: str | None = None
    text: str = ""
    document: str | None = None
    page: int | None = None
    links: list[tuple[str, int | None]] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    source: str = ""
    row: int | None = None  # where it came from, for messages
    children: list[DraftNode] = field(default_factory=list)

    def walk(self) -> Iterator[DraftNode]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class DraftDocument:
    """A catalogue entry written beside a goal file (a PDF the proposal was made from)."""

    id: str
    title: str
    file: str  # relative to the folder the files are written to, or absolute
    owner: str = "Ukjent"
    kind: str = "plan"


@dataclass
class DraftPlan:
    id: str
    title: str
    document: str | None = None
    page: int | None = None
    text: str = ""
    source: str = ""
    children: list[DraftNode] = field(default_factory=list)
    catalogue: list[DraftDocument] = field(default_factory=list)

    def nodes(self) -> Iterator[DraftNode]:
        for child in self.children:
            yield from child.walk()

    @property
    def file_name(self) -> str:
        return f"{self.id}.yaml"


@dataclass(frozen=True)
class WrittenPlan:
    id: str
    title: str
    file: Path
    nodes: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "file": str(self.file), "nodes": self.nodes}


_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


def slug(text: str) -> str:
    """An id made from any text: "Tromsø vil 2020" → "tromso-vil-2020" ("" when nothing is left)."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    ascii_text = plain.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9._]+", "-", ascii_text).strip("-._")


def unique_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``-3``, … when that is taken; the result is added to ``taken``."""
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    taken.add(candidate)
    return candidate


def is_id(text: str) -> bool:
    return ID_PATTERN.fullmatch(text) is not None


def plan_levels(plan: DraftPlan) -> list[str]:
    """The plan's level names by depth: the most common level of the nodes at each depth.

    Ties go to the level seen first; a depth where no node has a level gets "".
    """
    by_depth: list[Counter[str]] = []

    def visit(node: DraftNode, depth: int) -> None:
        while len(by_depth) <= depth:
            by_depth.append(Counter())
        if node.level:
            by_depth[depth][node.level] += 1
        for child in node.children:
            visit(child, depth + 1)

    for node in plan.children:
        visit(node, 0)
    return [counter.most_common(1)[0][0] if counter else "" for counter in by_depth]


def draft_from_goal(plan: GoalNode) -> DraftPlan:
    """A loaded plan as a draft (for editing an app-written file in place or exporting)."""

    def node(goal: GoalNode) -> DraftNode:
        own = goal.links[0] if goal.links and goal.links[0].page is not None else None
        return DraftNode(
            id=goal.id,
            title=goal.title,
            level=goal.level,
            number=goal.number,
            text=goal.text,
            document=own.doc_id if own else None,
            page=own.page if own else None,
            links=[(link.doc_id, link.page) for link in goal.links[1 if own else 0 :]],
            related=list(goal.related),
            tags=list(goal.tags),
            source=goal.source,
            children=[node(child) for child in goal.children],
        )

    first = plan.links[0] if plan.links else None
    return DraftPlan(
        id=plan.id,
        title=plan.title,
        document=first.doc_id if first else None,
        page=first.page if first else None,
        text=plan.text,
        source=plan.source,
        children=[node(child) for child in plan.children],
    )


# ------------------------------------------------------------------ YAML


class _Dumper(yaml.SafeDumper):
    """Block style as the hand-written files have it: list items indented under their key,
    short lists of texts on one line, texts of several lines as literal blocks (``|``)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and value == value.strip() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    flow = all(isinstance(item, str) and "\n" not in item for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_text)
_Dumper.add_representer(list, _represent_list)


def _dump(data: Any, header: str) -> str:
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=float("inf"))
    return header + body


def plan_yaml(plan: DraftPlan, source_name: str = "") -> str:
    """The goal file of a draft plan, marked as written by the app."""
    levels = plan_levels(plan)
    head: dict[str, Any] = {"id": plan.id, "title": plan.title}
    if plan.document:
        head["document"] = plan.document
    head["levels"] = levels
    if plan.text:
        head["text"] = plan.text
    if plan.page is not None and plan.document:
        head["page"] = plan.page
    if plan.source:
        head["source"] = plan.source

    def node(item: DraftNode, depth: int, parent_source: str) -> dict[str, Any]:
        out: dict[str, Any] = {"id": item.id}
        if item.number:
            out["number"] = item.number
        out["title"] = item.title
        if depth >= len(levels) or levels[depth] != item.level:
            out["level"] = item.level
        if item.text:
            out["text"] = item.text
        if item.document and (item.document != plan.document or item.page is None):
            out["document"] = item.document
        if item.page is not None and (item.document or plan.document):
            out["page"] = item.page
        if item.links:
            out["links"] = [
                {"document": doc} | ({"page": page} if page is not None else {}) for doc, page in item.links
            ]
        if item.related:
            out["related"] = list(dict.fromkeys(item.related))
        if item.tags:
            out["tags"] = list(dict.fromkeys(item.tags))
        if item.source and item.source != parent_source:
            out["source"] = item.source
        if item.children:
            source = item.source or parent_source
            out["children"] = [node(child, depth + 1, source) for child in item.children]
        return out

    data = {"plan": head, "goals": [node(child, 0, plan.source) for child in plan.children]}
    origin = f" from {source_name}" if source_name else ""
    header = (
        f"{APP_WRITTEN_MARK}{origin}. The app rewrites this file when its goals are edited\n"
        "# in the window; comments added here are not kept.\n\n"
    )
    return _dump(data, header)


def catalogue_yaml(documents: Iterable[DraftDocument]) -> str:
    entries = [
        {"id": doc.id, "title": doc.title, "owner": doc.owner, "kind": doc.kind, "file": doc.file}
        for doc in documents
    ]
    return _dump({"documents": entries}, f"{APP_WRITTEN_MARK}: the documents of imported plans.\n\n")


def first_line(path: Path) -> str:
    """A text file's first line ("" when it cannot be read)."""
    try:
        with path.open(encoding="utf-8-sig") as stream:
            return stream.readline()
    except (OSError, UnicodeDecodeError):
        return ""


def is_app_written(path: Path) -> bool:
    """Whether a goal file was written by the app (and may be rewritten without losing comments)."""
    return first_line(path).startswith(APP_WRITTEN_MARK)


def check_drafts(plans: list[DraftPlan], source_name: str = "") -> tuple[dict[str, str], list[ImportProblem]]:
    """Each goal file's text by name, and why a file would not load (nothing may be written then)."""
    texts: dict[str, str] = {}
    problems: list[ImportProblem] = []
    for plan in plans:
        name = plan.file_name
        texts[name] = plan_yaml(plan, source_name)
        data, found = parse_yaml(texts[name], name)
        if data is not None:
            found += goal_file_from_yaml(data, Path(name))[1]
        for document in plan.catalogue:
            if not is_id(document.id):
                found.append(Problem(name, f"invalid document id '{document.id}'"))
            if not document.title.strip():
                found.append(Problem(name, f"document '{document.id}' has no title"))
        problems += [ImportProblem(None, f"{p}: the file would not load") for p in found]
    return texts, problems


def write_drafts(
    plans: list[DraftPlan], out_dir: Path, source_name: str = ""
) -> tuple[list[WrittenPlan], list[ImportProblem]]:
    """Write one goal file per plan into ``out_dir``: all or nothing.

    A plan's PDF (a proposal's source) is copied into ``out_dir`` unless it is there
    already, so that the folder is indexed with it, and gets a catalogue file beside
    the goal file.
    """
    texts, problems = check_drafts(plans, source_name)
    if problems or not plans:
        return [], problems
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for plan in plans:
            if plan.catalogue:
                for document in plan.catalogue:
                    document.file = _copy_into(Path(document.file), out_dir)
                texts[f"{plan.id}-dokumenter.yaml"] = catalogue_yaml(plan.catalogue)
        for name, text in texts.items():
            write_text_atomically(out_dir / name, text)
    except OSError as exc:
        return [], [ImportProblem(None, f"cannot write to {out_dir}: {exc.strerror or exc}")]
    written = [
        WrittenPlan(plan.id, plan.title, out_dir / plan.file_name, sum(1 for _ in plan.nodes()))
        for plan in plans
    ]
    return written, []


def _copy_into(pdf: Path, folder: Path) -> str:
    """The PDF's name in ``folder``, copying it there first unless it is in it already."""
    if pdf.resolve().parent == folder.resolve():
        return pdf.name
    target, n = folder / pdf.name, 2
    while target.exists() and not filecmp.cmp(target, pdf, shallow=False):
        target, n = folder / f"{pdf.stem}-{n}{pdf.suffix}", n + 1
    if not target.exists():
        shutil.copy2(pdf, target)
    return target.name
