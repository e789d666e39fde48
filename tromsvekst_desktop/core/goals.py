"""Goal hierarchies (plan → focus area → sub-goal → strategy → point) and their loading."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.yamlsource import FieldReader, YamlMap, describe, read_yaml


@dataclass(frozen=True)
class GoalLink:
    """A link from a goal node to a page (1-based) of a catalogue document."""

    doc_id: str
    page: int | None = None


@dataclass(frozen=True)
class GoalNode:
    """One node of a plan's goal tree. The plan itself is the root node (level "Plan").

    ``level`` is the plan's own name for the node's level ("Innsatsområde", "Delmål",
    "Strategi", ...); ``number`` is the numbering the plan uses ("1.1"), or None when
    the plan does not number that node. ``related`` holds ids of nodes (usually in
    other plans) that speak of the same thing; the loader makes the relation symmetric.
    ``tags`` are the plan's own keywords ("Trygghet"), written without the leading "#".
    """

    id: str
    title: str
    level: str
    plan_id: str
    number: str | None = None
    text: str = ""
    links: tuple[GoalLink, ...] = ()
    related: tuple[str, ...] = ()
    source: str = ""
    tags: tuple[str, ...] = ()
    children: tuple[GoalNode, ...] = ()
    file: str = ""  # the YAML file the node was read from
    line: int = 0  # 1-based line of the node in that file

    def walk(self) -> Iterator[GoalNode]:
        """This node and all its descendants, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def label(self) -> str:
        """What a user calls the node: "Delmål 1.1", or the level name alone."""
        return f"{self.level} {self.number}" if self.number else self.level


@dataclass
class GoalForest:
    """All plans of a library with lookups by id, parent and breadcrumb."""

    plans: list[GoalNode] = field(default_factory=list)
    _by_id: dict[str, GoalNode] = field(default_factory=dict, repr=False)
    _parent: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for plan in self.plans:
            self._index(plan, None)

    def _index(self, node: GoalNode, parent: GoalNode | None) -> None:
        self._by_id[node.id] = node
        if parent is not None:
            self._parent[node.id] = parent.id
        for child in node.children:
            self._index(child, node)

    def node(self, node_id: str) -> GoalNode | None:
        return self._by_id.get(node_id)

    def parent(self, node_id: str) -> GoalNode | None:
        parent_id = self._parent.get(node_id)
        return self._by_id[parent_id] if parent_id else None

    def ancestors(self, node_id: str) -> list[GoalNode]:
        """The node's ancestors, plan first (excluding the node itself)."""
        chain: list[GoalNode] = []
        current = self.parent(node_id)
        while current is not None:
            chain.append(current)
            current = self.parent(current.id)
        return chain[::-1]

    def breadcrumb(self, node_id: str) -> list[str]:
        """Titles from the plan down to the node itself."""
        node = self._by_id[node_id]
        return [n.title for n in self.ancestors(node_id)] + [node.title]

    def all_nodes(self) -> Iterator[GoalNode]:
        for plan in self.plans:
            yield from plan.walk()

    def nodes_linking_to(self, doc_id: str, page: int | None = None) -> list[GoalNode]:
        """Nodes that link to a document (and, when given, that page of it)."""
        return [
            node
            for node in self.all_nodes()
            if any(link.doc_id == doc_id and (page is None or link.page == page) for link in node.links)
        ]


def tag_name(text: str) -> str:
    """A tag as a node keeps it: "#Trygghet " → "Trygghet"."""
    return text.strip().lstrip("#").strip()


def tag_term(tag: str) -> str:
    """A tag as `tag:` searches it: lowercase, spaces as "_" ("Grønn omstilling" → grønn_omstilling)."""
    return "_".join(tag_name(tag).lower().split())


PLAN_KEYS = ("id", "title", "document", "levels", "text", "page", "source")
NODE_KEYS = (
    "id",
    "number",
    "title",
    "level",
    "text",
    "document",
    "page",
    "links",
    "related",
    "source",
    "tags",
    "children",
)
LINK_KEYS = ("document", "page")
PLAN_LEVEL = "Plan"


def load_goal_file(path: Path) -> tuple[GoalNode | None, list[Problem]]:
    """Read one goal file: its plan as a tree (None when the plan itself is invalid).

    Ids are checked for uniqueness, and links and ``related`` for their targets, across
    the library by ``load_library_data``.
    """
    data, problems = read_yaml(path)
    if data is None:
        return None, problems
    plan, more = goal_file_from_yaml(data, path)
    return plan, problems + more


def goal_file_from_yaml(data: YamlMap, path: Path) -> tuple[GoalNode | None, list[Problem]]:
    """The plan tree of a parsed goal file. A node with an error is left out with its subtree."""
    reader = FieldReader(str(path))
    reader.check_keys(data, ("plan", "goals"), "a goal file")
    plan = data.get("plan")
    plan_ok = isinstance(plan, YamlMap)
    if not isinstance(plan, YamlMap):
        if "plan" not in data:
            reader.problem(data.line, "missing required key 'plan'")
        else:
            reader.problem(
                data.line_of("plan"), f"'plan' must be a mapping with id and title, not {describe(plan)}"
            )
        plan = YamlMap(data.line_of("plan"))
    before = len(reader.problems)
    reader.check_keys(plan, PLAN_KEYS, "the plan")
    plan_id = reader.ident(plan, "id", required=plan_ok)
    title = reader.text(plan, "title", required=plan_ok)
    document = reader.ident(plan, "document")
    page = reader.page(plan)
    if page is not None and document is None:
        reader.problem(plan.line_of("page"), "'page' needs a 'document' to point into")
    levels = reader.text_list(plan, "levels", what="level names (texts, top level first)")
    text = reader.text(plan, "text") or ""
    source = reader.text(plan, "source") or ""
    plan_ok = plan_ok and len(reader.problems) == before
    context = _Context(reader, plan_id or "", document, levels, str(path))
    # The goals are read even when the plan is left out, so that all problems show at once.
    goals = [
        node
        for item in reader.mappings(data, "goals", what="goals (mappings with id and title)")
        if (node := _node(context, item, 0, source)) is not None
    ]
    if not plan_ok or plan_id is None or title is None:
        return None, reader.problems
    root = GoalNode(
        id=plan_id,
        title=title,
        level=PLAN_LEVEL,
        plan_id=plan_id,
        text=text,
        links=(GoalLink(document, page),) if document is not None else (),
        source=source,
        children=tuple(goals),
        file=str(path),
        line=plan.line,
    )
    return root, reader.problems


@dataclass(frozen=True)
class _Context:
    """What every node of one goal file needs from the plan."""

    reader: FieldReader
    plan_id: str
    document: str | None
    levels: tuple[str, ...] | None  # None when the plan's `levels` is broken: no depth checks
    file: str


def _node(context: _Context, item: YamlMap, depth: int, parent_source: str) -> GoalNode | None:
    reader = context.reader
    before = len(reader.problems)
    reader.check_keys(item, NODE_KEYS, "a goal")
    node_id = reader.ident(item, "id", required=True)
    title = reader.text(item, "title", required=True)
    number = reader.text(item, "number")
    level = reader.text(item, "level")
    text = reader.text(item, "text") or ""
    own_document = reader.ident(item, "document")
    page = reader.page(item)
    related = reader.text_list(item, "related", what="node ids", ids=True)
    source = reader.text(item, "source") or parent_source
    tags = reader.text_list(item, "tags", what="tags (texts)", single=True)
    links = _links(context, item, own_document, page)
    if level is None and context.levels is not None:
        if depth < len(context.levels):
            level = context.levels[depth]
        else:
            named = len(context.levels)
            reader.problem(
                item.line,
                f"goal at level {depth + 1} needs its own 'level': the plan's 'levels' names {named}",
            )
    ok = len(reader.problems) == before
    # Children are read even when this node is left out, so that all problems show at once.
    children = [
        node
        for child in reader.mappings(item, "children", what="goals (mappings with id and title)")
        if (node := _node(context, child, depth + 1, source)) is not None
    ]
    if (
        not ok
        or node_id is None
        or title is None
        or level is None
        or related is None
        or links is None
        or tags is None
    ):
        return None
    return GoalNode(
        id=node_id,
        title=title,
        level=level,
        plan_id=context.plan_id,
        number=number,
        text=text,
        links=links,
        related=related,
        source=source,
        tags=tuple(dict.fromkeys(name for tag in tags if (name := tag_name(tag)))),
        children=tuple(children),
        file=context.file,
        line=item.line,
    )


def _links(
    context: _Context, item: YamlMap, own_document: str | None, page: int | None
) -> tuple[GoalLink, ...] | None:
    """The node's own `document`/`page` link, then its `links`; None after a problem."""
    reader = context.reader
    before = len(reader.problems)
    links: list[GoalLink] = []
    document = own_document or context.document
    if page is not None and document is None:
        reader.problem(item.line_of("page"), "'page' needs a 'document' (on the goal or the plan)")
    elif document is not None and (page is not None or own_document is not None):
        links.append(GoalLink(document, page))
    for entry in reader.mappings(item, "links", what="links (mappings with document and page)"):
        reader.check_keys(entry, LINK_KEYS, "a link")
        linked = reader.ident(entry, "document", required=True)
        linked_page = reader.page(entry)
        if linked is not None:
            links.append(GoalLink(linked, linked_page))
    return tuple(links) if len(reader.problems) == before else None
