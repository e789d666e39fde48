"""Goals as facets: hit counts per plan and top-level goal, narrowing, and a goal's search scope.

Which hits belong to a goal: a goal hit belongs to its own plan and its top-level goal
(the plan's first level: innsatsområde, fokusområde, hovedmål …). A page hit belongs to
every plan and top-level goal with a node in its subtree that links to that page. A link
with a page matches that page only; a link without a page matches every page of the
document (the goal speaks of the document as a whole).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tromsvekst_desktop.core.goals import GoalForest, GoalNode
from tromsvekst_desktop.core.search import Hit


@dataclass(frozen=True)
class FacetCount:
    """A plan or top-level goal and how many hits fall under it.

    ``label`` is what a user calls the goal ("Innsatsområde 3"; the plan's title for a plan).
    """

    id: str
    title: str
    label: str
    plan_id: str
    count: int


@dataclass(frozen=True)
class Facets:
    """Facet counts of one set of hits, each list sorted by count (largest first)."""

    plans: tuple[FacetCount, ...]
    goals: tuple[FacetCount, ...]

    def get(self, facet_id: str) -> FacetCount | None:
        return next((f for f in (*self.plans, *self.goals) if f.id == facet_id), None)


class SubtreeScope(NamedTuple):
    """What a search limited to a goal's subtree may show.

    ``pages`` holds (doc_id, page) for links with a page and (doc_id, None) for links to
    a whole document.
    """

    doc_ids: tuple[str, ...]
    pages: frozenset[tuple[str, int | None]]
    node_ids: frozenset[str]

    def contains(self, hit: Hit) -> bool:
        """Whether a hit is inside the scope: a goal of the subtree or a page its goals link to."""
        if hit.kind == "goal":
            return hit.node_id in self.node_ids
        if hit.doc_id is None:
            return False
        return (hit.doc_id, hit.page) in self.pages or (hit.doc_id, None) in self.pages


def _top_level(node: GoalNode, forest: GoalForest) -> GoalNode | None:
    """The node's ancestor on the plan's first level (the node itself when it is there)."""
    chain = [*forest.ancestors(node.id), node]
    return chain[1] if len(chain) > 1 else None


class _LinkIndex:
    """Per document, the links of every node with the plan and top-level goal they count for."""

    def __init__(self, forest: GoalForest) -> None:
        self.forest = forest
        self._by_doc: dict[str, list[tuple[int | None, set[str]]]] = {}
        for plan in forest.plans:
            self._add(plan, {plan.id})
            for top in plan.children:
                for node in top.walk():
                    self._add(node, {plan.id, top.id})

    def _add(self, node: GoalNode, ids: set[str]) -> None:
        for link in node.links:
            self._by_doc.setdefault(link.doc_id, []).append((link.page, ids))

    def facet_ids(self, hit: Hit) -> set[str]:
        if hit.kind == "goal":
            node = self.forest.node(hit.node_id) if hit.node_id else None
            if node is None:
                return set()
            top = _top_level(node, self.forest)
            return {node.plan_id} | ({top.id} if top is not None else set())
        found: set[str] = set()
        for page, ids in self._by_doc.get(hit.doc_id or "", ()):
            if page is None or page == hit.page:
                found |= ids
        return found


def facet_ids(hit: Hit, forest: GoalForest) -> set[str]:
    """Ids of the plans and top-level goals a hit belongs to (see the module docstring)."""
    return _LinkIndex(forest).facet_ids(hit)


def _by_count(counts: Iterable[FacetCount]) -> tuple[FacetCount, ...]:
    return tuple(sorted(counts, key=lambda f: -f.count))  # stable: ties keep the plan's order


def facets(hits: Sequence[Hit], forest: GoalForest) -> Facets:
    """Counts per plan and per top-level goal of ``hits``; facets without hits are left out."""
    index = _LinkIndex(forest)
    counts: dict[str, int] = {}
    for hit in hits:
        for facet_id in index.facet_ids(hit):
            counts[facet_id] = counts.get(facet_id, 0) + 1
    plans = [FacetCount(p.id, p.title, p.title, p.id, counts[p.id]) for p in forest.plans if p.id in counts]
    goals = [
        FacetCount(top.id, top.title, top.label, plan.id, counts[top.id])
        for plan in forest.plans
        for top in plan.children
        if top.id in counts
    ]
    return Facets(_by_count(plans), _by_count(goals))


def hits_in_facet(hits: Sequence[Hit], forest: GoalForest, facet_id: str) -> list[Hit]:
    """The hits that belong to a plan or top-level goal, in their order."""
    index = _LinkIndex(forest)
    return [hit for hit in hits if facet_id in index.facet_ids(hit)]


def goals_for_hit(hit: Hit, forest: GoalForest) -> list[GoalNode]:
    """The goals a hit stands for: a goal hit's own node; for a page hit, the goals linking to it.

    For a page hit, goals that link to that very page come first, then goals that link to
    the whole document. A plan's link to its own document is left out: it says which
    document the plan is, not which goal a page serves.
    """
    if hit.kind == "goal":
        node = forest.node(hit.node_id) if hit.node_id else None
        return [node] if node is not None else []
    if hit.doc_id is None:
        return []
    on_page = forest.nodes_linking_to(hit.doc_id, hit.page) if hit.page is not None else []
    whole = [
        node
        for node in forest.all_nodes()
        if node.id != node.plan_id
        and node not in on_page
        and any(link.doc_id == hit.doc_id and link.page is None for link in node.links)
    ]
    return on_page + whole


def subtree_scope(node_id: str, forest: GoalForest) -> SubtreeScope:
    """The documents, pages and goals of a goal's subtree (empty for an unknown id)."""
    node = forest.node(node_id)
    if node is None:
        return SubtreeScope((), frozenset(), frozenset())
    nodes = list(node.walk())
    links = [link for n in nodes for link in n.links]
    return SubtreeScope(
        tuple(dict.fromkeys(link.doc_id for link in links)),
        frozenset((link.doc_id, link.page) for link in links),
        frozenset(n.id for n in nodes),
    )
