"""The search side of the window: the query, its narrowing, the hits and what stands in their way.

The controller asks the core's ``SearchService`` on the GUI thread (tens of ms on a plan
library) with the narrowing the user set (documents or a goal's subtree, a facet,
compounds, expansions undone) and renders its one outcome: hits with facet counts, no
index yet (or one that cannot be made), a damaged index, or a query that cannot run.
A new index generation is opened, and the query on screen answered from it, off the GUI
thread; searches asked for meanwhile wait for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QStackedWidget

from tromsvekst_desktop.core.facets import Facets
from tromsvekst_desktop.core.index import index_exists
from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.core.search import Hit, SearchEngine, SearchResult
from tromsvekst_desktop.core.search_service import (
    BadQuery,
    DamagedIndex,
    Found,
    Narrowing,
    NoIndex,
    SearchOutcome,
    SearchService,
    UnknownScope,
)
from tromsvekst_desktop.gui.library_state import LibraryState
from tromsvekst_desktop.gui.problem_text import translated_os_error
from tromsvekst_desktop.gui.widgets.facet_panel import FacetPanel
from tromsvekst_desktop.gui.widgets.notice_bar import NoticeBar
from tromsvekst_desktop.gui.widgets.results_view import ResultsView
from tromsvekst_desktop.gui.widgets.search_bar import SearchBar
from tromsvekst_desktop.gui.widgets.search_guide import SearchGuide
from tromsvekst_desktop.gui.workers.generation import FollowedGeneration, GenerationFollower

# Enough hits to group by document; measured at 5–40 ms on the bundled index (see the report).
SEARCH_LIMIT = 200
MAX_SCOPE_TITLE_CHARS = 40


class SearchController(QObject):
    """Runs the searches of ``bar`` and shows them in ``results`` (the guide when there is no query).

    ``hitOpened(hit, rule)`` fires when a hit is selected, ``hitActivated(hit, rule)`` on
    Enter; ``rule`` marks the matched words on a page. ``viewerMarksChanged(rule)``: the
    hit on show stays, answered again with new words to mark. ``indexFollowed`` fires when
    a new index generation is on show (``on_index_changed``). ``otherIndexFolderRequested``:
    the user wants the index elsewhere (the notice's button).
    """

    hitOpened = Signal(object, object)
    hitActivated = Signal(object, object)
    viewerMarksChanged = Signal(object)
    indexFollowed = Signal()
    indexDirChanged = Signal(object)  # Path or None
    otherIndexFolderRequested = Signal()

    def __init__(
        self,
        bar: SearchBar,
        stack: QStackedWidget,
        guide: SearchGuide,
        results: ResultsView,
        header: QLabel,
        facets: FacetPanel,
        index_notice: NoticeBar,
        rebuild_button: QPushButton,
        rebuild_action: QAction,
        library: LibraryState,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bar, self.stack, self.guide, self.results = bar, stack, guide, results
        self.header, self.facets, self.index_notice = header, facets, index_notice
        self.rebuild_button, self.rebuild_action, self.library = rebuild_button, rebuild_action, library
        # The engine and the narrowing (documents or goal, facet, compounds, expansion undone).
        self.service = SearchService(forest=library.forest(), narrowing=Narrowing(limit=SEARCH_LIMIT))
        self._result: SearchResult | None = None
        self._awaiting_index = False  # a query waits for an index to exist
        self._index_damage: str | None = None  # what is wrong with the damaged index on show
        self._index_unwritable: str | None = None  # why the index folder cannot be written
        self._index_failure: str | None = None  # why the index could not be made
        self._follower = GenerationFollower(self)
        self._follower.ready.connect(self._on_generation_followed)
        self._search_after_follow = False
        self._keeping_viewer_page = False  # hits of a new generation are swapping in

        bar.searchRequested.connect(self.run)
        results.summaryChanged.connect(self._show_summary)
        results.hitSelected.connect(self._on_hit_selected)
        results.hitActivated.connect(self._on_hit_activated)
        results.suggestionActivated.connect(self.search_for)
        results.expansionUndone.connect(self._undo_expansion)
        results.scopeCleared.connect(self.clear_scope)
        results.tipsRequested.connect(self.show_start_page)
        facets.facetChosen.connect(self.set_facet)
        facets.facetCleared.connect(self.clear_facet)
        index_notice.acted.connect(self.otherIndexFolderRequested)
        rebuild_button.setVisible(False)
        rebuild_button.clicked.connect(self._rebuild_damaged_index)
        library.changed.connect(self._on_library_changed)
        library.offlineChanged.connect(self._on_offline_changed)
        self._on_library_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.rebuild_button.setText(self.tr("Rebuild the index"))
        self.index_notice.button.setText(self.tr("Choose another folder …"))
        self._update_index_notice()
        self._retranslate_scope()
        if self.stack.currentWidget() is self.results:
            self._show_summary(self.results.summary())
        else:
            self.header.setText(self.tr("Hits"))

    @Slot()
    def _on_library_changed(self) -> None:
        forest = self.library.forest()
        self.service.set_forest(forest)
        self._retranslate_scope()  # a goal the library no longer has limits nothing any more
        self.results.model.set_forest(forest)
        self.guide.set_plans(forest)

    @Slot()
    def _on_offline_changed(self) -> None:
        """Folders out of reach: their hits say so."""
        self.results.model.set_offline(self.library.offline_roots())

    # --- the query ----------------------------------------------------------------------

    def text(self) -> str:
        return self.bar.text()

    def set_text(self, text: str) -> None:
        self.bar.set_text(text)

    @Slot()
    def focus(self) -> None:
        self.bar.focus()

    @Slot()
    def search_now(self) -> None:
        """Search at once (Enter, the Search button) and remember the query."""
        self.bar.search_now()

    @Slot(str)
    def search_for(self, query: str) -> None:
        """Put a query into the search field and run it (a goal's tag, a suggestion)."""
        self.bar.set_text(query)
        self.bar.search_now()

    def search_within(self, query: str, goal_id: str | None) -> None:
        """Run ``query`` in a goal's subtree (everywhere with None or a goal no longer there)."""
        self.bar.set_text(query)
        self.service.narrow(documents=(), goal=self._known_goal(goal_id))
        self._retranslate_scope()
        self.bar.search_now()

    def recent_searches(self) -> list[str]:
        return self.bar.recent_searches()

    def result(self) -> SearchResult | None:
        """The result on show (None before a search, for an empty query, or after an error)."""
        return self._result

    def current_hit(self) -> Hit | None:
        return self.results.current_hit()

    def shown_result(self) -> SearchResult | None:
        """The hits as shown (narrowed by the facet on show)."""
        return self.results.result()

    def open_first_hit(self) -> bool:
        """Select the first hit, which shows it; False when there is none."""
        return self.results.select_first_hit()

    def open_hit(self, hit: Hit) -> bool:
        """Select ``hit`` in the list, which shows it; False when it is not listed."""
        return self.results.select_hit(hit)

    def is_pending(self) -> bool:
        """Whether a query is typed but not answered yet (debounce running, or no index yet),
        or the query on screen is being answered from a new index generation."""
        if self.bar.is_waiting() or self._search_after_follow:
            return True
        if self._follower.is_busy() and self._query_on_screen():
            return True
        if not self.text():
            return False
        return self.stack.currentWidget() is self.results and self._awaiting_index

    @Slot(str)
    def run(self, query: str) -> None:
        """Search and show the hits; an empty query shows the start page (or the scope's prompt).

        While a new index generation is being opened in the background the search waits
        for it (a fraction of a second) rather than open it on the GUI thread.
        """
        query = query.strip()
        if query and self._follower.is_busy():
            self._search_after_follow = True
            return
        self._result = None
        self._awaiting_index = False
        self.rebuild_button.setVisible(False)
        if not query:
            self.results.clear()
            self.service.narrow(facet=None)
            self._clear_facets()
            if self._is_scoped():
                self.stack.setCurrentWidget(self.results)
                self.results.show_notice(self._scope_prompt)
            else:
                self.show_start_page()
            return
        self.stack.setCurrentWidget(self.results)
        self._show_outcome(self.service.search(query))

    def _show_outcome(self, outcome: SearchOutcome) -> None:
        """The hits with their facet counts, or what stands in the way: no index yet (or
        one that cannot be made), damage, a query that cannot run."""
        self._index_damage = outcome.detail if isinstance(outcome, DamagedIndex) else None
        if isinstance(outcome, Found):
            self._result = outcome.result
            self._awaiting_index = False
            self.rebuild_button.setVisible(False)
            self.facets.set_facets(outcome.facets)
            self.facets.set_active(self.facet())
            self.results.show_result(outcome.result)
            return
        # No counts of an earlier query beside a notice (a facet chosen applies again with hits).
        self._clear_facets()
        if isinstance(outcome, BadQuery):
            self.results.show_error(outcome.message)
        elif isinstance(outcome, NoIndex):
            if self._index_unwritable is not None or self._index_failure is not None:
                self.results.show_notice(self._cannot_index_text)  # no wait: it cannot come
                return
            self._awaiting_index = True
            self.results.show_notice(self._no_index_text)
        else:
            self._awaiting_index = True  # the rebuild's new generation answers the query
            self._show_index_damage()

    def _clear_facets(self) -> None:
        self.facets.set_facets(Facets((), ()))
        self.facets.set_active(None)

    def _rerun(self) -> None:
        self.run(self.text())

    @Slot()
    def show_start_page(self) -> None:
        self.stack.setCurrentWidget(self.guide)
        self.header.setText(self.tr("Hits"))

    def _query_on_screen(self) -> str:
        """The query whose hits (or notice) the results pane shows; "" for the start page."""
        return self.text() if self.stack.currentWidget() is self.results else ""

    @Slot(str)
    def _show_summary(self, text: str) -> None:
        self.header.setText(text or self.tr("Hits"))
        self.header.setToolTip(text)  # cut when the pane is narrow

    # --- hits ---------------------------------------------------------------------------

    def _rule(self) -> MatchRule | None:
        return self._result.rule if self._result is not None else None

    @Slot(object)
    def _on_hit_selected(self, hit: Hit) -> None:
        if not self._keeping_viewer_page:  # else: the same hit, answered again from a new generation
            self.hitOpened.emit(hit, self._rule())

    @Slot(object)
    def _on_hit_activated(self, hit: Hit) -> None:
        self.hitActivated.emit(hit, self._rule())

    # --- narrowing ----------------------------------------------------------------------

    def set_compound_matching(self, on: bool) -> None:
        """Whether a word also finds the compounds it is part of; runs the search again."""
        if on != self.service.narrowing.compounds:
            self.service.narrow(compounds=on)
            if self.text():
                self._rerun()

    @Slot()
    def _undo_expansion(self) -> None:
        """Search the current query without its abbreviations and synonyms."""
        self.service.narrow(typed_only=self.text())
        self._rerun()

    @Slot(str)
    def set_facet(self, facet_id: str) -> None:
        """Show only the hits of a plan or top-level goal (a second click shows all again)."""
        try:
            self.service.narrow(facet=None if facet_id == self.facet() else facet_id)
        except UnknownScope:  # a facet of the library before it was reloaded
            return
        if self._result is not None:
            self.run(self._result.query)

    @Slot()
    def clear_facet(self) -> None:
        self.service.narrow(facet=None)
        if self._result is not None:
            self.run(self._result.query)

    def facet(self) -> str | None:
        return self.service.narrowing.facet

    def _known_goal(self, node_id: str | None) -> str | None:
        return node_id if node_id and self.library.forest().node(node_id) else None

    @Slot(str)
    def set_goal_scope(self, node_id: str | None) -> None:
        """Search only in a goal's subtree (None: everywhere again); the ✕ above the hits removes it."""
        goal = self._known_goal(node_id)
        self.service.narrow(documents=(), goal=goal)
        self._after_scope_change(bool(goal))

    def goal_scope(self) -> str | None:
        return self.service.narrowing.goal

    @Slot(list)
    def set_document_scope(self, doc_ids: Sequence[str]) -> None:
        """Search only in these documents (and goals linking to them) until the limit is removed."""
        self.service.narrow(documents=tuple(doc_ids), goal=None)
        self._after_scope_change(bool(doc_ids))

    def document_scope(self) -> tuple[str, ...]:
        return self.service.narrowing.documents

    @Slot()
    def clear_scope(self) -> None:
        self.set_document_scope(())

    def _after_scope_change(self, scoped: bool) -> None:
        self._retranslate_scope()
        self._rerun()
        if scoped and not self.text():
            self.focus()

    def extend_goal_menu(self, menu: QMenu, node_id: str) -> None:
        """The goal tree's menu: search only in this goal."""
        limit = menu.addAction(self.tr("Search only in this goal"))
        limit.triggered.connect(lambda: self.set_goal_scope(node_id))

    def _is_scoped(self) -> bool:
        """Whether the search is limited to documents or to a goal's subtree."""
        return bool(self.document_scope() or self.goal_scope())

    def _scope_titles(self) -> str:
        goal = self.goal_scope()
        node = self.library.forest().node(goal) if goal else None
        if node is not None:
            title = node.title
            if len(title) > MAX_SCOPE_TITLE_CHARS:
                title = title[:MAX_SCOPE_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
            return title if node.id == node.plan_id else f"{node.label}: {title}"
        documents = self.library.documents()
        return ", ".join(documents[d].title if d in documents else d for d in self.document_scope())

    def _retranslate_scope(self) -> None:
        self.results.set_scope(self._scope_titles() if self._is_scoped() else None)

    def _scope_prompt(self) -> str:
        return self.tr("Type in the search field to search only in %1.").replace("%1", self._scope_titles())

    # --- the index ----------------------------------------------------------------------

    def set_index_dir(self, index_dir: Path | None) -> None:
        """The index folder to search; opened at the first search (a missing index is no error)."""
        if index_dir != self.service.index_dir:
            self.service.set_index_dir(index_dir)
            self.indexDirChanged.emit(index_dir)

    def set_engine(self, engine: SearchEngine | None) -> None:
        """Search with ``engine`` from now on (the one it had is closed) and run the query on
        show again, so that fresh hits replace stale ones.

        For an indexing job that has committed (call it on the GUI thread). None drops the
        engine; the next search opens the index folder again.
        """
        self.service.adopt(engine)
        if engine is not None and self.stack.currentWidget() is self.results:
            self._rerun()

    def engine(self) -> SearchEngine | None:
        """The engine, opened from the index folder on first use; None while there is no index."""
        return self.service.engine()

    @Slot()
    def on_index_changed(self) -> None:
        """A new index generation was committed: show hits from it for the query on screen.

        A worker thread opens the generation and answers the query on screen; the results
        swap in when ready, the hit selected and the page in the viewer stay. A window that
        had no index yet opens it this way too.
        """
        index_dir = self.service.index_dir
        if index_dir is None or not index_exists(index_dir):
            if self._query_on_screen():
                self._rerun()
            self.indexFollowed.emit()
            return
        query = self._query_on_screen()
        self._follower.follow(index_dir, self.service.request(query) if query else None)

    def is_following_generation(self) -> bool:
        """Whether a new index generation is being opened in the background."""
        return self._follower.is_busy()

    @Slot(object)
    def _on_generation_followed(self, followed: FollowedGeneration) -> None:
        """The engine of the new generation (and the answer to the query on screen) is ready."""
        waiting, self._search_after_follow = self._search_after_follow, False
        shown = self._result
        if followed.engine is None:
            # It could not be opened: the next search opens it here and says why (damage …).
            self.set_engine(None)
            if self._query_on_screen():
                self._rerun()
            self.indexFollowed.emit()
            return
        self.service.adopt(followed.engine)
        query = self._query_on_screen()
        current = self.service.request(query) if query else None
        if isinstance(followed.outcome, Found) and current == followed.request:
            # The hit the user was on stays current; the viewer stays on the page being read.
            self._keeping_viewer_page = True
            try:
                self._show_outcome(followed.outcome)
            finally:
                self._keeping_viewer_page = False
            rule = followed.outcome.result.rule
            if (shown is None or shown.rule != rule) and self.results.current_hit() is not None:
                # The generation may have brought new words that the query matches.
                self.viewerMarksChanged.emit(rule)
        elif query or waiting:
            self._rerun()
        self.indexFollowed.emit()

    def _show_index_damage(self) -> None:
        detail = self._index_damage or ""
        self.results.show_notice(
            lambda: self.tr(
                "The search index is damaged (%1). Rebuild it from your library: "
                "your documents are not affected."
            ).replace("%1", detail)
        )
        self.rebuild_button.setVisible(True)

    @Slot()
    def _rebuild_damaged_index(self) -> None:
        """The button under the damage notice: rebuild; the search runs again when it is done."""
        self.rebuild_button.setVisible(False)
        self._index_damage = None
        self.results.show_notice(self._no_index_text)
        self.rebuild_action.trigger()

    def _no_index_text(self) -> str:
        return self.tr(
            "The search index is not ready yet. It is made when the library is indexed; "
            "your search runs as soon as it is ready."
        )

    def set_index_unwritable(self, reason: str | None) -> None:
        """The index folder cannot be written (``reason`` from the system), or can again (None).

        Says so at once above the hits, with a button for another folder; an index already
        in the folder is still searched.
        """
        self._index_unwritable = reason
        self._index_failure = None
        self._update_index_notice()
        if self._query_on_screen():
            self._rerun()

    @Slot(str)
    def on_index_failed(self, message: str) -> None:
        """Indexing failed: a query waiting for a first index gets the reason instead of waiting."""
        if self._awaiting_index and self._index_damage is None:
            self._index_failure = message
            self._rerun()

    def _update_index_notice(self) -> None:
        if self._index_unwritable is None:
            self.index_notice.setVisible(False)
            return
        index_dir = self.service.index_dir
        folder, reason = str(index_dir), translated_os_error(self._index_unwritable)
        if index_dir is not None and index_exists(index_dir):
            text = self.tr(
                "Tromsvekst cannot write in the index folder %1 (%2). Searching uses the index that is "
                "there, but new and changed files are left out until you choose a folder you can write in."
            )
        else:
            text = self.tr(
                "Tromsvekst cannot make the search index in %1 (%2). Choose another folder for the "
                "index, and it is built there."
            )
        self.index_notice.show_message(text.replace("%1", folder).replace("%2", reason))

    def _cannot_index_text(self) -> str:
        if self._index_unwritable is not None:
            return (
                self.tr("There is no search index yet, and it cannot be made in %1 (%2).")
                .replace("%1", str(self.service.index_dir))
                .replace("%2", translated_os_error(self._index_unwritable))
                + " "
                + self.tr("Choose another folder above.")
            )
        return self.tr("The search index could not be made: %1").replace("%1", self._index_failure or "")

    def shutdown(self) -> None:
        """Stop following generations and close the engine (the window is closing)."""
        self._follower.shutdown()
        self.set_engine(None)
