"""The details pane: a PDF page with its hits marked, or a goal's details, and the goals linking to a page."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStackedWidget

from tromsvekst_desktop.core.headings import Heading
from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.core.ocr_cache import recognised_words
from tromsvekst_desktop.core.search import Hit, SearchEngine
from tromsvekst_desktop.gui.library_state import LibraryState
from tromsvekst_desktop.gui.offline import LocalCopies
from tromsvekst_desktop.gui.widgets.goal_detail import GoalDetail, LinkingGoalsPanel
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer

# The search engine of the index on show (None while there is none): the headings of a PDF.
EngineSource = Callable[[], SearchEngine | None]


class DetailsController(QObject):
    """Shows pages and goals in ``stack`` (``empty`` until there is something to show).

    ``goalRequested(node_id, focus)``: a goal hit was opened (with ``focus`` on Enter) and
    the goal tree should select it. ``statusMessage(text)``: a short word for the status bar.
    """

    goalRequested = Signal(str, bool)
    statusMessage = Signal(str)

    def __init__(
        self,
        stack: QStackedWidget,
        empty: QLabel,
        viewer: PdfViewer,
        goal_detail: GoalDetail,
        linking_goals: LinkingGoalsPanel,
        show_pane_action: QAction,
        library: LibraryState,
        engine: EngineSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stack, self.empty, self.viewer, self.goal_detail = stack, empty, viewer, goal_detail
        self.linking_goals, self.show_pane_action, self.library = linking_goals, show_pane_action, library
        self._engine = engine
        self._viewer_doc_id: str | None = None
        for widget in (empty, viewer, goal_detail):
            stack.addWidget(widget)
        viewer.statusMessage.connect(self.statusMessage)
        viewer.set_contents_source(self._document_headings)
        viewer.pageChanged.connect(self._update_linking_goals)
        stack.currentChanged.connect(self._update_linking_goals)
        goal_detail.documentRequested.connect(self.show_document)
        linking_goals.setVisible(False)
        library.changed.connect(self._on_library_changed)
        self._on_library_changed()

    @Slot()
    def _on_library_changed(self) -> None:
        self.goal_detail.set_library(self.library.forest(), self.library.documents())
        if self.stack.currentWidget() is self.goal_detail:
            # The goal on show stays (with its new details) when it is still there.
            node_id = self.goal_detail.node_id()
            if node_id is None or not self.goal_detail.show_node(node_id):
                self.stack.setCurrentWidget(self.empty)
        self._update_linking_goals()

    def set_index_dir(self, index_dir: Path | None) -> None:
        # The words text recognition found on scanned pages live beside the index.
        self.viewer.set_recognised_words(partial(recognised_words, index_dir) if index_dir else None)

    def set_copies(self, copies: LocalCopies | None) -> None:
        """Where the viewer finds the local copy of a PDF whose original cannot be read."""
        self.viewer.set_copies(copies)

    def _document_headings(self, path: Path) -> list[Heading]:
        """A PDF's headings as the index holds them (for the viewer's contents list)."""
        engine = self._engine()
        return engine.headings(str(path)) if engine is not None else []

    # --- pages --------------------------------------------------------------------------

    def show_document_page(
        self,
        path: str | Path,
        page: int = 1,
        highlight: MatchRule | None = None,
        title: str | None = None,
        doc_id: str | None = None,
        section: str | None = None,
    ) -> bool:
        """Show a PDF page (1-based); False when it could not open.

        With the catalogue's ``doc_id``, the goals that link to the page are listed below it.
        """
        self._viewer_doc_id = doc_id
        self.show_pane_action.setChecked(True)
        self.stack.setCurrentWidget(self.viewer)
        opened = self.viewer.open(path, page, highlight, title=title, section=section)
        self._update_linking_goals()
        return opened

    @Slot(str, int)
    def show_document(self, doc_id: str, page: int = 0) -> None:
        """Open a catalogue document by id at ``page`` (0 or less: the first page)."""
        document = self.library.documents().get(doc_id)
        if document is None or document.file is None:
            self.statusMessage.emit(self.tr("No local PDF for %1.").replace("%1", doc_id))
            return
        self.show_document_page(document.file, max(page, 1), title=document.title, doc_id=doc_id)

    def viewer_page(self) -> tuple[str, int] | None:
        """The catalogued document and the page the viewer shows (None: none, or not catalogued)."""
        if self._viewer_doc_id is None or not self.viewer.is_open():
            return None
        return self._viewer_doc_id, self.viewer.current_page()

    @Slot(object)
    def set_viewer_marks(self, rule: MatchRule | None) -> None:
        """Mark the page on show with ``rule``'s words (a hit answered again)."""
        if self.viewer.is_open():
            self.viewer.set_highlight(rule)

    @Slot(int)
    def _update_linking_goals(self, _unused: int = 0) -> None:
        """List the goals that link to the viewer's page (only for catalogued documents)."""
        where = self.viewer_page() if self.stack.currentWidget() is self.viewer else None
        if where is not None:
            self.linking_goals.set_goals(
                self.library.forest().nodes_linking_to(*where), self.library.forest()
            )
        self.linking_goals.setVisible(where is not None)

    # --- hits and goals -----------------------------------------------------------------

    @Slot(object, object)
    def open_hit(self, hit: Hit, rule: MatchRule | None = None) -> None:
        """A goal hit: the goal in the tree and its details; a page hit: the page, ``rule``'s words marked."""
        self._open_hit(hit, rule, focus=False)

    @Slot(object, object)
    def activate_hit(self, hit: Hit, rule: MatchRule | None = None) -> None:
        """Enter on a hit: show it and move the focus there (F3, PgDn work in the viewer)."""
        self._open_hit(hit, rule, focus=True)
        if hit.kind != "goal" and self.viewer.is_open():
            self.viewer.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_hit(self, hit: Hit, rule: MatchRule | None, focus: bool) -> None:
        if hit.kind == "goal":
            if hit.node_id and self.library.forest().node(hit.node_id) is not None:
                self.goalRequested.emit(hit.node_id, focus)
            else:
                self.statusMessage.emit(self.tr("This goal is not in the library any more."))
            return
        if hit.path:
            page = hit.page or 1
            self.show_document_page(
                hit.path, page, rule, title=hit.title, doc_id=hit.doc_id, section=hit.section
            )

    @Slot(str)
    def show_goal_detail(self, node_id: str) -> None:
        if self.goal_detail.show_node(node_id):
            self.show_pane_action.setChecked(True)
            self.stack.setCurrentWidget(self.goal_detail)

    def current_goal(self) -> str | None:
        """The goal whose details are on show (or were last)."""
        return self.goal_detail.node_id()

    @Slot(str)
    def open_goal_page(self, node_id: str) -> None:
        """The first page a goal links to that has a PDF here (Enter on a goal)."""
        node = self.library.forest().node(node_id)
        if node is None:
            return
        documents = self.library.documents()
        for link in node.links:
            document = documents.get(link.doc_id)
            if document is not None and document.file is not None:
                self.show_document(link.doc_id, link.page or 1)
                return

    def shutdown(self) -> None:
        self.viewer.close_document()
