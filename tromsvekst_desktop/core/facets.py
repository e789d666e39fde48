"""Goals as facets: hit counts per plan and top-level goal, and a goal's search scope.

Which hits belong to a goal (its ``subtree_scope``): the goals of its subtree, and every
page a goal of the subtree links to. A link with a page matches that page only; a link
without a page matches every page of the document (the goal speaks of the document as a
whole). A plan's facet is the plan's subtree; a top-level goal's (the plan's first level:
innsatsområde, fokusområde, hovedmål …) is its own. The search engine counts all of a
query's matches in each facet (``SearchEngine.search(count_in=...)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tromsvekst_desktop.core.goals import GoalForest, GoalNode
from tromsvekst_desktop.core.search import Hit, SubtreeScope


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


def _by_count(counts: Iterable[FacetCount]) -> tuple[FacetCount, ...]:
    return tuple(sorted(counts, key=lambda f: -f.count))  # stable: ties keep the plan's order


def facet_scopes(forest: GoalForest) -> dict[str, SubtreeScope]:
    """The scope of each plan and top-level goal, to count a search's matches in."""
    return {
        node.id: subtree_scope(node.id, forest) for plan in forest.plans for node in (plan, *plan.children)
    }


def facets(counts: Mapping[str, int], forest: GoalForest) -> Facets:
    """Facets from the count of matches per plan and top-level goal (``facet_scopes``);
    facets without matches are left out."""
    plans = [FacetCount(p.id, p.title, p.title, p.id, counts[p.id]) for p in forest.plans if counts.get(p.id)]
    goals = [
        FacetCount(top.id, top.title, top.label, plan.id, counts[top.id])
        for plan in forest.plans
        for top in plan.children
        if counts.get(top.id)
    ]
    return Facets(_by_count(plans), _by_count(goals))


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
