"""One search for the window and the CLI: the engine's life, the narrowing, one outcome.

The window and the `tromsvekst search` command both ask a ``SearchService``. It opens the
index folder's ``SearchEngine`` at the first search (and again after damage or a rebuild),
holds what the search is narrowed to (``Narrowing``: documents, a goal's subtree, a facet,
compound matching, synonym expansion undone, limit) and answers every query with one
``SearchOutcome``: ``Found`` (hits and facet counts), ``NoIndex``, ``DamagedIndex`` or
``BadQuery``. What counts as damage is decided here and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tromsvekst_desktop.core.facets import Facets, facet_scopes, facets, subtree_scope
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.index import IndexDamaged, IndexError_
from tromsvekst_desktop.core.search import QueryError, SearchEngine, SearchResult, SubtreeScope

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class Narrowing:
    """What a search is limited to and how its words match, as the user has set it.

    ``goal``: a goal whose subtree (its goals and the pages they link to) limits the search;
    the facets then count inside it. ``facet``: a plan or top-level goal the hits are
    narrowed to while the facets count all the matches. ``typed_only``: the query that is
    searched for as typed, without the vocabulary's abbreviations and synonyms.
    """

    documents: tuple[str, ...] = ()
    goal: str | None = None
    facet: str | None = None
    kind: str | None = None  # "page" or "goal": only hits of that kind
    compounds: bool = True  # a word also finds the compounds it is part of
    typed_only: str | None = None
    limit: int = DEFAULT_LIMIT


class UnknownScope(ValueError):
    """A goal or facet id that is not in the library; ``field`` is "goal" or "facet"."""

    def __init__(self, field_name: str, node_id: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.node_id = node_id


@dataclass(frozen=True)
class Found:
    """The hits of a query and how all its matches fall into plans and top-level goals."""

    result: SearchResult
    facets: Facets


@dataclass(frozen=True)
class NoIndex:
    """There is no index to search (yet), or one of another version: indexing makes it."""

    index_dir: Path | None
    reason: str


@dataclass(frozen=True)
class DamagedIndex:
    """The index cannot be read: it must be rebuilt from the library (``detail`` says why)."""

    index_dir: Path
    detail: str

    @property
    def message(self) -> str:
        return f"the index in {self.index_dir} is damaged ({self.detail}): run `tromsvekst index --rebuild`"


@dataclass(frozen=True)
class BadQuery:
    """The query cannot be run; ``message`` says why, in one line."""

    message: str


SearchOutcome = Found | NoIndex | DamagedIndex | BadQuery


@dataclass(frozen=True)
class SearchRequest:
    """One query with its narrowing, the goal scopes resolved: what ``answer`` runs on an engine.

    Equal requests give equal answers from the same index generation (a worker that answers
    a request can be checked against the one on screen).
    """

    query: str
    narrowing: Narrowing
    scope: SubtreeScope | None
    facet_scopes: Mapping[str, SubtreeScope]
    forest: GoalForest = field(compare=False)

    def search_options(self) -> dict[str, Any]:
        """The options of ``SearchEngine.search`` for this request."""
        narrowing = self.narrowing
        return {
            "limit": narrowing.limit,
            "kind": narrowing.kind,
            "docs": narrowing.documents or None,
            "compounds": narrowing.compounds,
            "expand": self.query != narrowing.typed_only,
            "scope": self.scope,
            "count_in": self.facet_scopes,
            "narrow_to": self.facet_scopes.get(narrowing.facet) if narrowing.facet else None,
        }

    def answer(self, engine: SearchEngine) -> Found | DamagedIndex | BadQuery:
        """The outcome of the request on ``engine``; any failure but a bad query is damage."""
        try:
            result = engine.search(self.query, **self.search_options())
        except QueryError as exc:
            return BadQuery(str(exc))
        except Exception as exc:  # garbage inside a segment surfaces only when a query reads it
            log.exception("search for %r failed", self.query)
            return DamagedIndex(engine.index_dir, f"{type(exc).__name__}: {exc}")
        return Found(result, facets(result.scope_counts, self.forest))


class SearchService:
    """Searches one index folder with the narrowing set; owns the engine it opens.

    Not thread-safe: one thread uses a service (the GUI thread, or the CLI's). An engine
    opened elsewhere (e.g. by a worker, for a new index generation) is handed over with
    ``adopt``.
    """

    def __init__(
        self,
        index_dir: Path | None = None,
        forest: GoalForest | None = None,
        narrowing: Narrowing | None = None,
    ) -> None:
        self._index_dir = index_dir
        self._forest = forest or GoalForest()
        self._facet_scopes = facet_scopes(self._forest)
        self._narrowing = Narrowing()
        self._engine: SearchEngine | None = None
        if narrowing is not None:
            self.narrow(**_fields(narrowing))

    # --- the engine -----------------------------------------------------------------

    @property
    def index_dir(self) -> Path | None:
        return self._index_dir

    def set_index_dir(self, index_dir: Path | None) -> None:
        """Search another index folder from now on (opened at the next search)."""
        if index_dir != self._index_dir:
            self._index_dir = index_dir
            self.close()

    def engine(self) -> SearchEngine | None:
        """The engine, opened from the index folder on first use; None while it cannot be opened."""
        opened = self._open()
        return opened if isinstance(opened, SearchEngine) else None

    def adopt(self, engine: SearchEngine | None) -> None:
        """Search with ``engine`` from now on; the one the service had is closed.

        None drops the engine: the next search opens the index folder again (after a rebuild).
        """
        if self._engine is not None and self._engine is not engine:
            self._engine.close()
        self._engine = engine

    def close(self) -> None:
        self.adopt(None)

    def __enter__(self) -> SearchService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _open(self) -> SearchEngine | NoIndex | DamagedIndex:
        if self._engine is not None:
            return self._engine
        index_dir = self._index_dir
        if index_dir is None:
            return NoIndex(None, "no index folder is set")
        try:
            self._engine = SearchEngine(index_dir)
        except IndexDamaged as exc:  # also index files whose table of contents is gone
            log.warning("cannot open the index: %s", exc)
            return DamagedIndex(index_dir, exc.detail)
        except IndexError_ as exc:  # none yet, or made by another version: indexing makes it
            log.info("cannot open the index: %s", exc)
            return NoIndex(index_dir, str(exc))
        return self._engine

    # --- the library and the narrowing ----------------------------------------------

    @property
    def forest(self) -> GoalForest:
        return self._forest

    def set_forest(self, forest: GoalForest) -> None:
        """The goals of a (re)loaded library: goal scopes and facets are taken from them.

        A goal or facet the new library no longer has stops narrowing the search.
        """
        self._forest = forest
        self._facet_scopes = facet_scopes(forest)
        goal, facet = self._narrowing.goal, self._narrowing.facet
        self._narrowing = replace(
            self._narrowing,
            goal=goal if goal is not None and forest.node(goal) is not None else None,
            facet=facet if facet in self._facet_scopes else None,
        )

    @property
    def narrowing(self) -> Narrowing:
        return self._narrowing

    def narrow(self, **changes: Any) -> Narrowing:
        """Change some of the narrowing (the fields of ``Narrowing``); the rest stays.

        UnknownScope for a goal or facet the library does not have (nothing changes then).
        """
        narrowing = replace(self._narrowing, **changes)
        if narrowing.goal is not None and self._forest.node(narrowing.goal) is None:
            raise UnknownScope("goal", narrowing.goal, f"no goal '{narrowing.goal}' in the library")
        if narrowing.facet is not None and narrowing.facet not in self._facet_scopes:
            raise UnknownScope(
                "facet",
                narrowing.facet,
                f"'{narrowing.facet}' is neither a plan nor a top-level goal of the library",
            )
        self._narrowing = narrowing
        return narrowing

    # --- searching ------------------------------------------------------------------

    def request(self, query: str) -> SearchRequest:
        """The request ``search(query)`` runs, with the narrowing as it is now."""
        goal = self._narrowing.goal
        return SearchRequest(
            query.strip(),
            self._narrowing,
            subtree_scope(goal, self._forest) if goal else None,
            self._facet_scopes,
            self._forest,
        )

    def search(self, query: str) -> SearchOutcome:
        """Search the index with the narrowing set; a damaged index is closed, and opened
        and checked again at the next search."""
        opened = self._open()
        if not isinstance(opened, SearchEngine):
            return opened
        outcome = self.request(query).answer(opened)
        if isinstance(outcome, DamagedIndex):
            self.close()
        return outcome


def _fields(narrowing: Narrowing) -> dict[str, Any]:
    return {name: getattr(narrowing, name) for name in Narrowing.__dataclass_fields__}
