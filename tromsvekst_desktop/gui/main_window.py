"""The main window: search field on top, goal tree | results | detail pane in a splitter."""

from __future__ import annotations

import itertools
import platform
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop import __version__
from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.export import citation, results_csv
from tromsvekst_desktop.core.facets import Facets
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.headings import Heading
from tromsvekst_desktop.core.index import index_exists
from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.core.ocr_cache import recognised_words
from tromsvekst_desktop.core.saved_searches import SAVED_SEARCHES_FILE, SavedSearchError, SavedSearches
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
from tromsvekst_desktop.core.writable import cannot_write
from tromsvekst_desktop.gui.contrast import mute_label
from tromsvekst_desktop.gui.i18n import LANGUAGES
from tromsvekst_desktop.gui.icons import icon
from tromsvekst_desktop.gui.models.goal_tree import NODE_ID_ROLE, GoalFilterModel, GoalTreeModel
from tromsvekst_desktop.gui.problem_text import translated_os_error
from tromsvekst_desktop.gui.widgets.facet_panel import FacetPanel
from tromsvekst_desktop.gui.widgets.goal_detail import GoalDetail, LinkingGoalsPanel
from tromsvekst_desktop.gui.widgets.index_status import count_text
from tromsvekst_desktop.gui.widgets.notice_bar import NoticeBar
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer
from tromsvekst_desktop.gui.widgets.results_view import ResultsView
from tromsvekst_desktop.gui.widgets.saved_searches import SavedSearchesPanel
from tromsvekst_desktop.gui.widgets.shortcuts_dialog import ShortcutsDialog, action_rows
from tromsvekst_desktop.gui.window_fit import (
    MIN_DETAIL_WIDTH,
    MIN_RESULTS_WIDTH,
    MIN_TREE_WIDTH,
    pane_sizes,
    restore_geometry,
    save_geometry,
)
from tromsvekst_desktop.gui.workers.generation import FollowedGeneration, GenerationFollower

MAX_RECENT_SEARCHES = 15
SEARCH_DEBOUNCE_MS = 250
# Enough hits to group by document; measured at 5–40 ms on the bundled index (see the report).
SEARCH_LIMIT = 200
MAX_SCOPE_TITLE_CHARS = 40


def _pane_header(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(2, 0, 0, 0)
    return label


class MainWindow(QMainWindow):
    """Composes the panes; indexing is wired in from outside through the signals.

    ``searchRequested(text)`` fires on Enter, on a recent search picked from the list,
    and ~250 ms after typing stops; an empty text means "back to the start page". The
    window asks its ``search_service`` (core), on the GUI thread, with the narrowing its
    widgets set; the service opens the index of ``set_index_dir`` at the first search or
    uses the engine handed in with ``set_search_engine``. The window renders the outcome.
    ``window_state`` is where geometry, splitter sizes and recent searches persist
    (QSettings() of the application when None); ``saved_searches`` holds the saved searches
    (by default a file beside the window state).
    """

    searchRequested = Signal(str)
    languageChangeRequested = Signal(str)
    preferencesRequested = Signal()
    libraryFolderAdded = Signal(str)
    reindexRequested = Signal()
    updateIndexRequested = Signal()
    # After ``on_index_changed``: the window shows what the new index generation has.
    indexFollowed = Signal()
    indexFolderChosen = Signal(str)  # another index folder, one that can be written

    def __init__(
        self,
        forest: GoalForest | None = None,
        documents: Mapping[str, Document] | None = None,
        window_state: QSettings | None = None,
        language: str = "nb",
        parent: QWidget | None = None,
        saved_searches: SavedSearches | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = window_state if window_state is not None else QSettings()
        self.saved_searches = saved_searches or SavedSearches(
            Path(self._state.fileName()).with_name(SAVED_SEARCHES_FILE)
        )
        self._forest = forest or GoalForest()
        # The engine and the narrowing (documents or goal, facet, compounds, expansion undone).
        self.search_service = SearchService(forest=self._forest, narrowing=Narrowing(limit=SEARCH_LIMIT))
        self._documents: Mapping[str, Document] = documents or {}
        # Adders of entries to a goal's context menu (the goal editing of gui/goal_tools.py).
        self.goal_menu_extensions: list[Callable[[QMenu, str], None]] = []
        self._language = language
        self._result: SearchResult | None = None
        self._viewer_doc_id: str | None = None
        self._awaiting_index = False  # a query waits for an index to exist
        self._index_damage: str | None = None  # what is wrong with the damaged index on show
        self._index_unwritable: str | None = None  # why the index folder cannot be written
        self._index_failure: str | None = None  # why the index could not be made
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._emit_search)
        # A new index generation is opened, and the query on screen answered from it, off
        # the GUI thread; searches asked for meanwhile wait for it (``_search_after_follow``).
        self._follower = GenerationFollower(self)
        self._follower.ready.connect(self._on_generation_followed)
        self._search_after_follow = False
        self._keeping_viewer_page = False  # hits of a new generation are swapping in

        self._build_search_bar()
        self._build_tree_pane()
        self._build_results_pane()
        self._build_detail_pane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        # Panes are hidden from the View menu, never dragged down to a sliver.
        self.splitter.setChildrenCollapsible(False)
        for pane, minimum in (
            (self.tree_pane, MIN_TREE_WIDTH),
            (self.results_pane, MIN_RESULTS_WIDTH),
            (self.detail_pane, MIN_DETAIL_WIDTH),
        ):
            pane.setMinimumWidth(minimum)
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(8)
        layout.addLayout(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.library_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.library_label)
        self._build_menus()
        self._build_hit_keys()
        self.searchRequested.connect(self.run_search)
        self.setWindowIcon(icon("tromsvekst"))
        self._retranslate()
        self.set_library(self._forest, self._documents)
        self._restore_state()
        self._set_tab_order()

    # --- construction -------------------------------------------------------------------

    def _build_search_bar(self) -> None:
        self.search_box = QComboBox(self)
        self.search_box.setEditable(True)
        self.search_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.search_box.setMaxCount(MAX_RECENT_SEARCHES)
        self.search_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_box.setMinimumContentsLength(20)
        line_edit = self.search_box.lineEdit()
        assert line_edit is not None  # an editable combo box always has one
        self.search_edit: QLineEdit = line_edit
        line_edit.setClearButtonEnabled(True)
        magnifier = line_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        magnifier.triggered.connect(self.search_now)  # a click on it searches, as screen readers announce it
        line_edit.textEdited.connect(self._on_search_edited)
        # Enter is taken in ``eventFilter``: through returnPressed it searched twice, as the
        # combo box also emits ``activated`` for a text that is in the recent list.
        line_edit.installEventFilter(self)
        self.search_box.activated.connect(self._on_recent_chosen)
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search_now)
        self.search_bar = QHBoxLayout()
        self.search_bar.setSpacing(6)
        self.search_bar.addWidget(self.search_box, 1)
        self.search_bar.addWidget(self.search_button)

    def _build_tree_pane(self) -> None:
        self.goal_model = GoalTreeModel(parent=self)
        self.goal_filter = GoalFilterModel(self)
        self.goal_filter.setSourceModel(self.goal_model)

        self.tree_header = _pane_header(self)
        self.tree_filter = QLineEdit(self)
        self.tree_filter.setClearButtonEnabled(True)
        self.tree_filter.textChanged.connect(self._on_tree_filter)
        self.expand_button = self._small_button("expand-all")
        self.collapse_button = self._small_button("collapse-all")

        self.goal_tree = QTreeView(self)
        self.goal_tree.setModel(self.goal_filter)
        self.goal_tree.setHeaderHidden(True)
        self.goal_tree.setUniformRowHeights(True)
        self.goal_tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.goal_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_tree.selectionModel().currentChanged.connect(self._on_goal_current)
        self.goal_tree.activated.connect(self._on_goal_activated)
        self.goal_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.goal_tree.customContextMenuRequested.connect(self._on_goal_context_menu)
        self.expand_button.clicked.connect(self.goal_tree.expandAll)
        self.collapse_button.clicked.connect(self._collapse_tree)

        filter_row = QHBoxLayout()
        filter_row.setSpacing(2)
        filter_row.addWidget(self.tree_filter, 1)
        filter_row.addWidget(self.expand_button)
        filter_row.addWidget(self.collapse_button)

        self.tree_pane = QWidget(self)
        layout = QVBoxLayout(self.tree_pane)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.tree_header)
        layout.addLayout(filter_row)
        layout.addWidget(self.goal_tree, 1)
        self._build_saved_searches(layout)

    def _small_button(self, icon_name: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setAutoRaise(True)
        return button

    def _build_results_pane(self) -> None:
        self.results_header = _pane_header(self)
        # A long summary is cut (its tooltip has it whole) rather than widen the pane.
        self.results_header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.guide_page = QTextBrowser(self)
        self.guide_page.setOpenLinks(False)
        self.guide_page.document().setDocumentMargin(12)
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.guide_page)
        self.results_view = ResultsView(self)
        self.results_view.summaryChanged.connect(self._on_results_summary)
        self.results_view.hitSelected.connect(self.open_hit)
        self.results_view.hitActivated.connect(self._on_hit_activated)
        self.results_view.suggestionActivated.connect(self._run_suggestion)
        self.results_view.expansionUndone.connect(self._undo_expansion)
        self.results_view.scopeCleared.connect(self.clear_search_scope)
        self.results_view.tipsRequested.connect(self.show_start_page)
        self.results_stack.addWidget(self.results_view)

        self.results_pane = QWidget(self)
        layout = QVBoxLayout(self.results_pane)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.results_header)
        self.facet_panel = FacetPanel(self)
        self.facet_panel.facetChosen.connect(self.set_facet)
        self.facet_panel.facetCleared.connect(self.clear_facet)
        layout.addWidget(self.facet_panel)
        self.index_notice = NoticeBar(self.results_pane)
        self.index_notice.acted.connect(self.choose_index_folder)
        layout.addWidget(self.index_notice)
        layout.addWidget(self.results_stack, 1)
        # Shown under the "index is damaged" notice: one click starts the rebuild.
        self.rebuild_button = QPushButton(self.results_pane)
        self.rebuild_button.setVisible(False)
        self.rebuild_button.clicked.connect(self._rebuild_damaged_index)
        layout.addWidget(self.rebuild_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_detail_pane(self) -> None:
        self.detail_header = _pane_header(self)
        self.detail_empty = QLabel(self)
        self.detail_empty.setWordWrap(True)
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_empty.setMargin(24)
        mute_label(self.detail_empty)
        self.pdf_viewer = PdfViewer(self)
        self.pdf_viewer.statusMessage.connect(self._show_status)
        self.pdf_viewer.set_contents_source(self._document_headings)
        self.goal_detail = GoalDetail(self)
        self.goal_detail.goalRequested.connect(self.show_goal)
        self.goal_detail.documentRequested.connect(self.show_document)
        self.goal_detail.limitSearchRequested.connect(self.set_search_scope)
        self.goal_detail.savedSearchRequested.connect(self.run_saved_search)
        self.goal_detail.searchRequested.connect(self.search_for)
        self.goal_detail.set_saved_searches(self.saved_searches)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.setFrameShape(QFrame.Shape.StyledPanel)
        for widget in (self.detail_empty, self.pdf_viewer, self.goal_detail):
            self.detail_stack.addWidget(widget)
        self.linking_goals = LinkingGoalsPanel(self)
        self.linking_goals.goalRequested.connect(self.show_goal)
        self.linking_goals.setVisible(False)
        self.pdf_viewer.pageChanged.connect(self._update_linking_goals)
        self.detail_stack.currentChanged.connect(self._update_linking_goals)

        self.detail_pane = QWidget(self)
        layout = QVBoxLayout(self.detail_pane)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.detail_header)
        layout.addWidget(self.detail_stack, 1)
        layout.addWidget(self.linking_goals)

    def _add_action(
        self, menu: QMenu, keys: Sequence[QKeySequence | QKeySequence.StandardKey] = ()
    ) -> QAction:
        action = menu.addAction("")
        action.setShortcuts([QKeySequence(k) for k in keys])
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        sk = QKeySequence.StandardKey
        self.file_menu = bar.addMenu("")
        self.open_action = self._add_action(self.file_menu, [sk.Open])
        self.open_action.triggered.connect(self._open_pdf)
        self.export_action = self._add_action(self.file_menu, [QKeySequence("Ctrl+E")])
        self.export_action.triggered.connect(self.export_results)
        self.file_menu.addSeparator()
        self.quit_action = self._add_action(self.file_menu, [sk.Quit, QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.edit_menu = bar.addMenu("")
        self.find_action = self._add_action(self.edit_menu, [sk.Find, QKeySequence("Ctrl+L")])
        self.find_action.triggered.connect(self.focus_search)
        self.filter_action = self._add_action(self.edit_menu, [QKeySequence("Ctrl+Shift+F")])
        self.filter_action.triggered.connect(self._focus_tree_filter)
        self.edit_menu.addSeparator()
        self.copy_citation_action = self._add_action(self.edit_menu, [QKeySequence("Ctrl+Shift+C")])
        self.copy_citation_action.triggered.connect(self.copy_citation)
        self.save_search_action = self._add_action(self.edit_menu, [QKeySequence("Ctrl+S")])
        self.save_search_action.triggered.connect(lambda: self.save_search(self.goal_scope()))
        self.results_view.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.results_view.tree.addAction(self.copy_citation_action)
        self.edit_menu.addSeparator()
        self.preferences_action = self._add_action(self.edit_menu, [sk.Preferences, QKeySequence("Ctrl+,")])
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.preferencesRequested)
        self.preferences_action.setEnabled(False)  # enabled once a preferences dialog is connected

        self.view_menu = bar.addMenu("")
        self.show_tree_action = self._add_action(self.view_menu, [QKeySequence("Ctrl+1")])
        self.show_detail_action = self._add_action(self.view_menu, [QKeySequence("Ctrl+3")])
        for action, pane in (
            (self.show_tree_action, self.tree_pane),
            (self.show_detail_action, self.detail_pane),
        ):
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(pane.setVisible)
        self.view_menu.addSeparator()
        self.expand_action = self._add_action(self.view_menu)
        self.expand_action.triggered.connect(self.goal_tree.expandAll)
        self.collapse_action = self._add_action(self.view_menu)
        self.collapse_action.triggered.connect(self._collapse_tree)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)  # each language in its own name
            action.setCheckable(True)
            action.setChecked(code == self._language)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._on_language_action)

        self.library_menu = bar.addMenu("")
        self.add_folder_action = self._add_action(self.library_menu)
        self.add_folder_action.triggered.connect(self._add_library_folder)
        self.update_index_action = self._add_action(self.library_menu, [sk.Refresh])
        self.update_index_action.triggered.connect(self.updateIndexRequested)
        self.reindex_action = self._add_action(self.library_menu, [QKeySequence("Ctrl+F5")])
        self.reindex_action.triggered.connect(self.reindexRequested)
        for action in (self.update_index_action, self.reindex_action):
            action.setEnabled(False)  # enabled once an index job can be started
        # The problems panel without the mouse (the status bar's button is not in the Tab chain).
        self.problems_action = self._add_action(self.library_menu, [QKeySequence("Ctrl+Shift+P")])
        self.problems_action.setEnabled(False)  # enabled once a problems panel is connected

        self.help_menu = bar.addMenu("")
        self.syntax_action = self._add_action(self.help_menu, [sk.HelpContents])
        self.syntax_action.triggered.connect(self.show_start_page)
        self.shortcuts_action = self._add_action(self.help_menu)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addSeparator()
        self.about_action = self._add_action(self.help_menu)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = self._add_action(self.help_menu)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def _build_hit_keys(self) -> None:
        """F3 / Shift+F3 reach the viewer's hits from the search field and the results too.

        The viewer has its own F3 for when it has focus; these are limited to the other
        widgets so that the keys are never ambiguous.
        """
        self.next_hit_action = QAction(self)
        self.next_hit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.next_hit_action.triggered.connect(self.pdf_viewer.next_hit)
        self.previous_hit_action = QAction(self)
        self.previous_hit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.previous_hit_action.triggered.connect(self.pdf_viewer.previous_hit)
        for action in (self.next_hit_action, self.previous_hit_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.results_pane.addAction(action)
            self.search_box.addAction(action)

    def _retranslate(self) -> None:
        self.setWindowTitle("Tromsvekst")
        self.rebuild_button.setText(self.tr("Rebuild the index"))
        self.index_notice.button.setText(self.tr("Choose another folder …"))
        self._update_index_notice()
        self.search_edit.setPlaceholderText(self.tr("Search in plans and goals …"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.pdf_viewer.setAccessibleName(self.tr("Page viewer"))
        for line_edit, clear_text in (
            (self.search_edit, self.tr("Clear the search field")),
            (self.tree_filter, self.tr("Clear the filter")),
        ):
            for action in line_edit.findChildren(QAction):  # the magnifier and Qt's own clear button
                action.setText(clear_text if action.objectName() else self.tr("Search"))
        self.guide_page.setAccessibleName(self.tr("Search tips"))
        self.search_box.setToolTip(self.tr("Search in plans and goals (Ctrl+F)"))
        self.search_button.setText(self.tr("Search"))
        self.tree_header.setText(self.tr("Goals and strategies"))
        self.tree_filter.setPlaceholderText(self.tr("Filter …"))
        self.tree_filter.setAccessibleName(self.tr("Filter goals"))
        self.tree_filter.setToolTip(self.tr("Show only goals whose number, title or text contains this"))
        self.goal_tree.setAccessibleName(self.tr("Goals and strategies"))
        for button, text in (
            (self.expand_button, self.tr("Expand all")),
            (self.collapse_button, self.tr("Collapse all")),
        ):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.results_header.setText(self.tr("Hits"))
        self.detail_header.setText(self.tr("Details"))
        self.detail_empty.setText(self.tr("Choose a goal in the tree or a hit in the list to see it here."))

        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open PDF …"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Search"))
        self.filter_action.setText(self.tr("&Filter goals"))
        self.preferences_action.setText(self.tr("&Preferences …"))
        self.view_menu.setTitle(self.tr("&View"))
        self.show_tree_action.setText(self.tr("&Goals and strategies"))
        self.show_detail_action.setText(self.tr("&Details"))
        self.expand_action.setText(self.tr("&Expand all goals"))
        self.collapse_action.setText(self.tr("&Collapse all goals"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.library_menu.setTitle(self.tr("&Library"))
        self.add_folder_action.setText(self.tr("&Add folder …"))
        self.update_index_action.setText(self.tr("&Update index"))
        self.reindex_action.setText(self.tr("&Rebuild index"))
        self.problems_action.setText(self.tr("&Problems in the library …"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.syntax_action.setText(self.tr("&Search tips"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Tromsvekst"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self._retranslate_results_tools()
        self._update_guide()
        self._update_library_label()
        self._retranslate_scope()
        if self.results_stack.currentWidget() is self.results_view:
            self._on_results_summary(self.results_view.summary())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- library ------------------------------------------------------------------------

    def set_library(self, forest: GoalForest, documents: Mapping[str, Document] | None = None) -> None:
        """Show a (re)loaded library: fills the goal tree and the start page's plan list."""
        self._forest = forest
        self._documents = documents or {}
        self.search_service.set_forest(forest)
        self._retranslate_scope()  # a goal the library no longer has limits nothing any more
        self.goal_model.set_forest(forest)
        self.goal_detail.set_library(forest, self._documents)
        self.results_view.model.set_forest(forest)
        self._show_saved_searches()
        self.goal_tree.expandToDepth(0)
        if self.detail_stack.currentWidget() is self.goal_detail:
            # The goal on show stays (with its new details) when it is still there.
            node_id = self.goal_detail.node_id()
            if node_id is None or not self.goal_detail.show_node(node_id):
                self.detail_stack.setCurrentWidget(self.detail_empty)
        self._update_linking_goals()
        self._update_guide()
        self._update_library_label()

    def _update_library_label(self) -> None:
        plans = len(self._forest.plans)
        goals = sum(1 for _ in self._forest.all_nodes()) - plans
        # The counts' words are the same everywhere: plans, goals, documents in the catalogue;
        # the index status counts PDF files and pages.
        self.library_label.setText(
            " · ".join(
                (
                    count_text(plans, self.tr("%1 plan"), self.tr("%1 plans")),
                    count_text(goals, self.tr("%1 goal"), self.tr("%1 goals")),
                    count_text(
                        len(self._documents),
                        self.tr("%1 document in the catalogue"),
                        self.tr("%1 documents in the catalogue"),
                    ),
                )
            )
        )
        self.library_label.setToolTip(
            self.tr(
                "The plans and goals of the goal files, and the plan documents the catalogue lists "
                "(with or without a PDF here)"
            )
        )

    def _update_guide(self) -> None:
        # The examples are translated too: the nb parser takes ELLER/IKKE beside OR/NOT.
        rows = [
            ("klimatilpasning", self.tr("the word, also in other forms (klimatilpasningen)")),
            ("grønn omstilling", self.tr("pages and goals with both words")),
            ('"grønn omstilling"', self.tr("the exact phrase")),
            (self.tr("housing OR homes"), self.tr("either word")),
            (self.tr("climate NOT transport"), self.tr("leave out what contains the word after NOT")),
            ("areal*", self.tr("words that begin with “areal”")),
            ("besøksforvaltning~", self.tr("also similar spellings")),
            (self.tr("year:2024"), self.tr("only documents that concern the year 2024")),
        ]
        table = "".join(
            f"<tr><td style='padding:3px 14px 3px 0'><code>{escape(q)}</code></td>"
            f"<td style='padding:3px 0'>{escape(d)}</td></tr>"
            for q, d in rows
        )
        if self._forest.plans:
            plans = "".join(f"<li>{escape(plan.title)}</li>" for plan in self._forest.plans)
            heading = escape(self.tr("Plans in the library"))
            plan_part = f"<h4>{heading}</h4><ul>{plans}</ul>"
        else:
            plan_part = "<p><i>{}</i></p>".format(escape(self.tr("No plans are loaded yet.")))
        title = escape(self.tr("Search in plans and goals"))
        intro = escape(
            self.tr(
                "Type in the field above. Tromsvekst finds pages in the plan documents and goals "
                "in the plans, and marks the words it found."
            )
        )
        self.guide_page.setHtml(f"<h3>{title}</h3><p>{intro}</p><table>{table}</table>{plan_part}")

    # --- search field -------------------------------------------------------------------

    def search_text(self) -> str:
        return self.search_box.currentText().strip()

    def set_search_text(self, text: str) -> None:
        self.search_box.setEditText(text)

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot(str)
    def search_for(self, query: str) -> None:
        """Put a query into the search box and run it (a click on a goal's tag)."""
        self.set_search_text(query)
        self.search_now()

    @Slot()
    def search_now(self) -> None:
        """Search at once (Enter, the Search button) and remember the query."""
        self._search_timer.stop()
        text = self.search_text()
        if text:
            self._remember_search(text)
        self._emit_search()

    def recent_searches(self) -> list[str]:
        return [self.search_box.itemText(i) for i in range(self.search_box.count())]

    def _remember_search(self, text: str) -> None:
        current = self.search_box.currentText()
        existing = self.search_box.findText(
            text, Qt.MatchFlag.MatchFixedString | Qt.MatchFlag.MatchCaseSensitive
        )
        if existing != 0:
            if existing > 0:
                self.search_box.removeItem(existing)
            self.search_box.insertItem(0, text)
        self.search_box.setEditText(current)  # inserting must not replace what is typed

    @Slot(str)
    def _on_search_edited(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.show_start_page()
            self.searchRequested.emit("")

    @Slot(int)
    def _on_recent_chosen(self, index: int) -> None:
        self.search_now()

    @Slot()
    def _emit_search(self) -> None:
        text = self.search_text()
        if not text:
            self.show_start_page()
        self.searchRequested.emit(text)

    def clear_search(self) -> None:
        self._search_timer.stop()
        self.search_box.setEditText("")
        self.show_start_page()
        self.searchRequested.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Escape and self.search_box.currentText():
                self.clear_search()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()
                return True
        return super().eventFilter(watched, event)

    # --- results and details ------------------------------------------------------------

    def set_results_view(self, widget: QWidget) -> None:
        """Put the search results view into the centre pane (replacing the start page)."""
        if self.results_stack.indexOf(widget) < 0:
            self.results_stack.addWidget(widget)
        self.results_stack.setCurrentWidget(widget)

    def set_results_header(self, text: str) -> None:
        """E.g. "14 treff i 3 dokumenter (18 ms)"."""
        self.results_header.setText(text)

    # --- searching ----------------------------------------------------------------------

    def set_index_dir(self, index_dir: Path | None) -> None:
        """The index folder to search; opened at the first search (a missing index is no error)."""
        if index_dir != self.search_service.index_dir:
            self.search_service.set_index_dir(index_dir)
            # The words text recognition found on scanned pages live beside the index.
            self.pdf_viewer.set_recognised_words(partial(recognised_words, index_dir) if index_dir else None)

    def set_search_engine(self, engine: SearchEngine | None) -> None:
        """Search with ``engine`` from now on (the window closes the one it had) and run the
        current query again, so that fresh hits replace stale ones.

        For an indexing job that has committed (call it on the GUI thread). None drops the
        engine; the next search opens the index folder again.
        """
        self.search_service.adopt(engine)
        if engine is not None and self.results_stack.currentWidget() is self.results_view:
            self.run_search(self.search_text())

    def search_engine(self) -> SearchEngine | None:
        """The engine, opened from the index folder on first use; None while there is no index."""
        return self.search_service.engine()

    @Slot()
    def on_index_changed(self) -> None:
        """A new index generation was committed: show hits from it for the query on screen.

        A worker thread opens the generation and answers the query on screen; the results
        swap in when ready (``_on_generation_followed``), the hit selected and the page in
        the viewer stay. A window that had no index yet opens it this way too.
        """
        index_dir = self.search_service.index_dir
        if index_dir is None or not index_exists(index_dir):
            if self._query_on_screen():
                self.run_search(self.search_text())
            self.indexFollowed.emit()
            return
        query = self._query_on_screen()
        self._follower.follow(index_dir, self.search_service.request(query) if query else None)

    def _query_on_screen(self) -> str:
        """The query whose hits (or notice) the results pane shows; "" for the start page."""
        return self.search_text() if self.results_stack.currentWidget() is self.results_view else ""

    @Slot(object)
    def _on_generation_followed(self, followed: FollowedGeneration) -> None:
        """The engine of the new generation (and the answer to the query on screen) is ready."""
        waiting, self._search_after_follow = self._search_after_follow, False
        shown = self._result
        if followed.engine is None:
            # It could not be opened: the next search opens it here and says why (damage …).
            self.set_search_engine(None)
            if self._query_on_screen():
                self.run_search(self.search_text())
            self.indexFollowed.emit()
            return
        self.search_service.adopt(followed.engine)
        query = self._query_on_screen()
        current = self.search_service.request(query) if query else None
        if isinstance(followed.outcome, Found) and current == followed.request:
            # The hit the user was on stays current; the viewer stays on the page being read.
            self._keeping_viewer_page = True
            try:
                self._show_outcome(followed.outcome)
            finally:
                self._keeping_viewer_page = False
            if shown is None or shown.rule != followed.outcome.result.rule:
                self._keep_viewer_marks()
        elif query or waiting:
            self.run_search(self.search_text())
        self.indexFollowed.emit()

    def _keep_viewer_marks(self) -> None:
        """A page of the new result's hits is marked with the new result's words (the
        generation may have brought new words that the query matches)."""
        result = self._result
        if result is not None and self.pdf_viewer.is_open() and self.results_view.current_hit() is not None:
            self.pdf_viewer.set_highlight(result.rule)

    def is_following_generation(self) -> bool:
        """Whether a new index generation is being opened in the background."""
        return self._follower.is_busy()

    def search_result(self) -> SearchResult | None:
        """The result on show (None before a search, for an empty query, or after an error)."""
        return self._result

    @Slot(str)
    def run_search(self, query: str) -> None:
        """Search on the GUI thread (tens of ms on a plan library) and show the hits.

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
            self.results_view.clear()
            self.search_service.narrow(facet=None)
            self.facet_panel.set_facets(Facets((), ()))
            self.facet_panel.set_active(None)
            if self._is_scoped():
                self.set_results_view(self.results_view)
                self.results_view.show_notice(self._scope_prompt)
            else:
                self.show_start_page()
            return
        self.set_results_view(self.results_view)
        self._show_outcome(self.search_service.search(query))

    def _show_outcome(self, outcome: SearchOutcome) -> None:
        """The hits with their facet counts, or what stands in the way: no index yet (or
        one that cannot be made), damage, a query that cannot run."""
        self._index_damage = outcome.detail if isinstance(outcome, DamagedIndex) else None
        if isinstance(outcome, Found):
            self._result = outcome.result
            self._awaiting_index = False
            self.rebuild_button.setVisible(False)
            self.facet_panel.set_facets(outcome.facets)
            self.facet_panel.set_active(self.facet())
            self.results_view.show_result(outcome.result)
            return
        # No counts of an earlier query beside a notice (a facet chosen applies again with hits).
        self.facet_panel.set_facets(Facets((), ()))
        self.facet_panel.set_active(None)
        if isinstance(outcome, BadQuery):
            self.results_view.show_error(outcome.message)
        elif isinstance(outcome, NoIndex):
            if self._index_unwritable is not None or self._index_failure is not None:
                self.results_view.show_notice(self._cannot_index_text)  # no wait: it cannot come
                return
            self._awaiting_index = True
            self.results_view.show_notice(self._no_index_text)
        else:
            self._awaiting_index = True  # the rebuild's new generation answers the query
            self._show_index_damage()

    def set_compound_matching(self, on: bool) -> None:
        """Whether a word also finds the compounds it is part of; runs the search again."""
        if on != self.search_service.narrowing.compounds:
            self.search_service.narrow(compounds=on)
            if self.search_text():
                self.run_search(self.search_text())

    @Slot()
    def _undo_expansion(self) -> None:
        """Search the current query without its abbreviations and synonyms."""
        self.search_service.narrow(typed_only=self.search_text().strip())
        self.run_search(self.search_text())

    def _show_index_damage(self) -> None:
        detail = self._index_damage or ""
        self.results_view.show_notice(
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
        self.results_view.show_notice(self._no_index_text)
        self.reindex_action.trigger()

    def is_search_pending(self) -> bool:
        """Whether a query is typed but not answered yet (debounce running, or no index yet),
        or the query on screen is being answered from a new index generation."""
        if self._search_timer.isActive() or self._search_after_follow:
            return True
        if self._follower.is_busy() and self._query_on_screen():
            return True
        if not self.search_text():
            return False
        return self.results_stack.currentWidget() is self.results_view and self._awaiting_index

    def open_first_hit(self) -> bool:
        """Select the first hit, which shows it; False when there is none."""
        return self.results_view.select_first_hit()

    @Slot(object)
    def open_hit(self, hit: Hit) -> None:
        """A goal hit: the goal in the tree and its details; a page hit: the page, words marked."""
        if self._keeping_viewer_page:  # the same hit, answered again from a new index generation
            return
        if hit.kind == "goal":
            if hit.node_id and self._forest.node(hit.node_id) is not None:
                self.show_goal(hit.node_id)
            else:
                self._show_status(self.tr("This goal is not in the library any more."))
            return
        if hit.path:
            highlight = self._result.rule if self._result is not None else None
            self.show_document_page(hit.path, hit.page or 1, highlight, title=hit.title, doc_id=hit.doc_id)

    @Slot(object)
    def _on_hit_activated(self, hit: Hit) -> None:
        """Enter on a hit: show it and move the focus there (F3, PgDn work in the viewer)."""
        self.open_hit(hit)
        if hit.kind == "goal":
            self.goal_tree.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.pdf_viewer.is_open():
            self.pdf_viewer.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _run_suggestion(self, text: str) -> None:
        self.set_search_text(text)
        self.search_now()

    @Slot(list)
    def set_search_scope(self, doc_ids: Sequence[str]) -> None:
        """Search only in these documents (and goals linking to them) until the limit is removed."""
        self.search_service.narrow(documents=tuple(doc_ids), goal=None)
        self._retranslate_scope()
        self.run_search(self.search_text())
        if doc_ids and not self.search_text():
            self.focus_search()

    @Slot()
    def clear_search_scope(self) -> None:
        self.set_search_scope(())

    def search_scope(self) -> tuple[str, ...]:
        return self.search_service.narrowing.documents

    def _is_scoped(self) -> bool:
        """Whether the search is limited to documents or to a goal's subtree."""
        return bool(self.search_scope() or self.goal_scope())

    def _scope_titles(self) -> str:
        goal = self.goal_scope()
        node = self._forest.node(goal) if goal else None
        if node is not None:
            title = node.title
            if len(title) > MAX_SCOPE_TITLE_CHARS:
                title = title[:MAX_SCOPE_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
            return title if node.id == node.plan_id else f"{node.label}: {title}"
        return ", ".join(self._documents[d].title if d in self._documents else d for d in self.search_scope())

    def _retranslate_scope(self) -> None:
        self.results_view.set_scope(self._scope_titles() if self._is_scoped() else None)

    def _scope_prompt(self) -> str:
        return self.tr("Type in the search field to search only in %1.").replace("%1", self._scope_titles())

    def _no_index_text(self) -> str:
        return self.tr(
            "The search index is not ready yet. It is made when the library is indexed; "
            "your search runs as soon as it is ready."
        )

    @Slot(str)
    def _on_results_summary(self, text: str) -> None:
        self.results_header.setText(text or self.tr("Hits"))
        self.results_header.setToolTip(text)  # cut when the pane is narrow

    def viewer_page(self) -> tuple[str, int] | None:
        """The catalogued document and the page the viewer shows (None: none, or not catalogued)."""
        if self._viewer_doc_id is None or not self.pdf_viewer.is_open():
            return None
        return self._viewer_doc_id, self.pdf_viewer.current_page()

    def forest(self) -> GoalForest:
        return self._forest

    def documents(self) -> Mapping[str, Document]:
        return self._documents

    @Slot(int)
    def _update_linking_goals(self, _unused: int = 0) -> None:
        """List the goals that link to the viewer's page (only for catalogued documents)."""
        doc_id = self._viewer_doc_id
        showing = (
            doc_id is not None
            and self.detail_stack.currentWidget() is self.pdf_viewer
            and self.pdf_viewer.is_open()
        )
        if showing:
            assert doc_id is not None
            page = self.pdf_viewer.current_page()
            self.linking_goals.set_goals(self._forest.nodes_linking_to(doc_id, page), self._forest)
        self.linking_goals.setVisible(showing)

    @Slot()
    def show_start_page(self) -> None:
        self.results_stack.setCurrentWidget(self.guide_page)
        self.results_header.setText(self.tr("Hits"))

    def _document_headings(self, path: Path) -> list[Heading]:
        """A PDF's headings as the index holds them (for the viewer's contents list)."""
        engine = self.search_engine()
        return engine.headings(str(path)) if engine is not None else []

    def show_document_page(
        self,
        path: str | Path,
        page: int = 1,
        highlight: MatchRule | None = None,
        title: str | None = None,
        doc_id: str | None = None,
    ) -> bool:
        """Show a PDF page in the detail pane (1-based page); False when it could not open.

        With the catalogue's ``doc_id``, the goals that link to the page are listed below it.
        """
        self._viewer_doc_id = doc_id
        self.show_detail_action.setChecked(True)
        self.detail_stack.setCurrentWidget(self.pdf_viewer)
        opened = self.pdf_viewer.open(path, page, highlight, title=title)
        self._update_linking_goals()
        return opened

    @Slot(str, int)
    def show_document(self, doc_id: str, page: int = 0) -> None:
        """Open a catalogue document by id at ``page`` (0 or less: the first page)."""
        document = self._documents.get(doc_id)
        if document is None or document.file is None:
            self._show_status(self.tr("No local PDF for %1.").replace("%1", doc_id))
            return
        self.show_document_page(document.file, max(page, 1), title=document.title, doc_id=doc_id)

    @Slot(str)
    def show_goal(self, node_id: str) -> None:
        """Select a goal in the tree (clearing a filter that hides it) and show its details."""
        source = self.goal_model.index_for_node(node_id)
        if not source.isValid():
            return
        index = self.goal_filter.mapFromSource(source)
        if not index.isValid():
            self.tree_filter.clear()
            index = self.goal_filter.mapFromSource(source)
        self.goal_tree.setCurrentIndex(index)
        self.goal_tree.scrollTo(index)
        self._show_goal_detail(node_id)

    def _show_goal_detail(self, node_id: str) -> None:
        if self.goal_detail.show_node(node_id):
            self.show_detail_action.setChecked(True)
            self.detail_stack.setCurrentWidget(self.goal_detail)

    @Slot(QModelIndex, QModelIndex)
    def _on_goal_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self._show_goal_detail(current.data(NODE_ID_ROLE))

    @Slot(QModelIndex)
    def _on_goal_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a goal: open the first page it links to."""
        node = self._forest.node(index.data(NODE_ID_ROLE))
        if node is None:
            return
        for link in node.links:
            document = self._documents.get(link.doc_id)
            if document is not None and document.file is not None:
                self.show_document(link.doc_id, link.page or 1)
                return

    @Slot(str)
    def _on_tree_filter(self, text: str) -> None:
        self.goal_filter.setFilterFixedString(text.strip())
        if text.strip():
            self.goal_tree.expandAll()
        else:
            self._collapse_tree()

    @Slot()
    def _collapse_tree(self) -> None:
        self.goal_tree.collapseAll()
        self.goal_tree.expandToDepth(0)

    @Slot()
    def _focus_tree_filter(self) -> None:
        self.show_tree_action.setChecked(True)
        self.tree_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tree_filter.selectAll()

    @Slot(str)
    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    # --- facets, goal scope, export, saved searches -------------------------------------

    def _build_saved_searches(self, layout: QVBoxLayout) -> None:
        self.saved_panel = SavedSearchesPanel(self._goal_label, self)
        self.saved_panel.runRequested.connect(self.run_saved_search)
        self.saved_panel.renameRequested.connect(self.rename_saved_search)
        self.saved_panel.deleteRequested.connect(self.delete_saved_search)
        layout.addWidget(self.saved_panel)

    def _retranslate_results_tools(self) -> None:
        self.export_action.setText(self.tr("&Export hits …"))
        self.copy_citation_action.setText(self.tr("Copy &citation"))
        self.save_search_action.setText(self.tr("Sa&ve search …"))

    @Slot(str)
    def set_facet(self, facet_id: str) -> None:
        """Show only the hits of a plan or top-level goal (a second click shows all again)."""
        try:
            self.search_service.narrow(facet=None if facet_id == self.facet() else facet_id)
        except UnknownScope:  # a facet of the library before it was reloaded
            return
        if self._result is not None:
            self.run_search(self._result.query)

    @Slot()
    def clear_facet(self) -> None:
        self.search_service.narrow(facet=None)
        if self._result is not None:
            self.run_search(self._result.query)

    def facet(self) -> str | None:
        return self.search_service.narrowing.facet

    @Slot(str)
    def set_goal_scope(self, node_id: str | None) -> None:
        """Search only in a goal's subtree (None: everywhere again); the ✕ above the hits removes it."""
        goal = node_id if node_id and self._forest.node(node_id) else None
        self.search_service.narrow(documents=(), goal=goal)
        self._retranslate_scope()
        self.run_search(self.search_text())
        if goal and not self.search_text():
            self.focus_search()

    def goal_scope(self) -> str | None:
        return self.search_service.narrowing.goal

    def goal_context_menu(self, node_id: str) -> QMenu:
        """The goal tree's menu for one goal."""
        menu = QMenu(self)
        limit = menu.addAction(self.tr("Search only in this goal"))
        limit.triggered.connect(lambda: self.set_goal_scope(node_id))
        save = menu.addAction(self.tr("Save search here …"))
        save.setEnabled(bool(self.search_text()))
        save.triggered.connect(lambda: self.save_search(node_id))
        for extend in self.goal_menu_extensions:
            extend(menu, node_id)
        return menu

    @Slot(QPoint)
    def _on_goal_context_menu(self, pos: QPoint) -> None:
        index = self.goal_tree.indexAt(pos)
        if index.isValid():
            self.goal_context_menu(index.data(NODE_ID_ROLE)).exec(self.goal_tree.viewport().mapToGlobal(pos))

    @Slot()
    def export_results(self) -> None:
        """Write the hits on show (narrowed as shown) to a CSV file the user chooses."""
        result = self.results_view.result()
        if result is None or not result.hits:
            self._show_status(self.tr("No hits to export."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export hits"), self.tr("hits.csv"), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(results_csv(result, self._forest, self._documents))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export hits"),
                self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)),
            )
            return
        self._show_status(
            self.tr("%1 hits exported to %2").replace("%1", str(len(result.hits))).replace("%2", path)
        )

    @Slot()
    def copy_citation(self) -> None:
        """Put a citation of the current hit on the clipboard ("… for Tromsøregionen, s. 3")."""
        hit = self.results_view.current_hit()
        if hit is None:
            self._show_status(self.tr("Choose a hit to cite."))
            return
        text = citation(hit, self._documents, self._forest)
        QGuiApplication.clipboard().setText(text)
        self._show_status(self.tr("Copied: %1").replace("%1", text))

    def _goal_label(self, node_id: str) -> str:
        node = self._forest.node(node_id)
        if node is None:
            return node_id
        return node.title if node.id == node.plan_id else node.label

    def _show_saved_searches(self) -> None:
        self.saved_panel.set_searches(self.saved_searches.all())
        self.goal_detail.set_saved_searches(self.saved_searches)

    def save_search(self, goal_id: str | None = None) -> None:
        """Ask for a name and save the query in the search field (pinned to ``goal_id``)."""
        query = self.search_text()
        if not query:
            self._show_status(self.tr("Type a search first, then save it."))
            return
        prompt = self.tr("Name of the saved search:")
        if goal_id:
            prompt = self.tr("Name of the search saved for %1:").replace("%1", self._goal_label(goal_id))
        name, ok = QInputDialog.getText(self, self.tr("Save search"), prompt, text=query)
        if not ok or not name.strip():
            return
        replace = False
        if self.saved_searches.get(name.strip()) is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Save search"),
                self.tr("Replace the saved search «%1»?").replace("%1", name.strip()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        try:
            self.saved_searches.add(name, query, goal_id, replace_existing=replace)
        except (SavedSearchError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save search"), str(exc))
            return
        self._show_saved_searches()
        self._show_status(self.tr("Search saved as «%1».").replace("%1", name.strip()))

    @Slot(str)
    def run_saved_search(self, name: str) -> None:
        """Run a saved search as it was saved: in its goal's subtree, or everywhere."""
        saved = self.saved_searches.get(name)
        if saved is None:
            return
        self.set_search_text(saved.query)
        goal = saved.goal_id if saved.goal_id and self._forest.node(saved.goal_id) else None
        self.search_service.narrow(documents=(), goal=goal)
        self._retranslate_scope()
        self.search_now()

    @Slot(str)
    def rename_saved_search(self, name: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename saved search"), self.tr("New name:"), text=name)
        if not ok or not new.strip() or new.strip() == name:
            return
        try:
            self.saved_searches.rename(name, new)
        except (SavedSearchError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Rename saved search"), str(exc))
            return
        self._show_saved_searches()

    @Slot(str)
    def delete_saved_search(self, name: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete saved search"), self.tr("Delete the saved search «%1»?").replace("%1", name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.saved_searches.delete(name)
        except (SavedSearchError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Delete saved search"), str(exc))
            return
        self._show_saved_searches()

    # --- dialogs ------------------------------------------------------------------------

    @Slot()
    def _open_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open PDF"), "", self.tr("PDF documents (*.pdf)"))
        if path:
            self.show_document_page(path)

    @Slot()
    def _add_library_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to the library"))
        if folder:
            self.libraryFolderAdded.emit(folder)

    @Slot(QAction)
    def _on_language_action(self, action: QAction) -> None:
        code = action.data()
        if code != self._language:
            self._language = code
            self.languageChangeRequested.emit(code)

    def about_text(self) -> str:
        summary = self.tr(
            "Offline search in the plan documents of the Tromsø region, beside their goals and strategies."
        )
        licence = self.tr(
            "Licence: GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later)."
        )
        built_with = self.tr("Built with:")
        return (
            f"<h3>Tromsvekst Desktop {escape(__version__)}</h3>"
            f"<p>{escape(summary)}</p><p>{escape(licence)}</p><p>{escape(built_with)}</p><ul>"
            f"<li>Qt {escape(qVersion())} / PySide6 {escape(pyside_version)} — LGPL-3.0</li>"
            "<li>PyMuPDF (MuPDF) — AGPL-3.0</li>"
            "<li>Whoosh — BSD</li>"
            "<li>PyYAML — MIT</li>"
            f"<li>Python {escape(platform.python_version())} — PSF</li></ul>"
        )

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Tromsvekst"), self.about_text())

    # --- an index that cannot be made --------------------------------------------------

    def set_index_unwritable(self, reason: str | None) -> None:
        """The index folder cannot be written (``reason`` from the system), or can again (None).

        Says so at once above the hits, with a button for another folder; an index already
        in the folder is still searched.
        """
        self._index_unwritable = reason
        self._index_failure = None
        self._update_index_notice()
        if self.search_text() and self.results_stack.currentWidget() is self.results_view:
            self.run_search(self.search_text())

    @Slot(str)
    def on_index_failed(self, message: str) -> None:
        """Indexing failed: a query waiting for a first index gets the reason instead of waiting."""
        if self._awaiting_index and self._index_damage is None:
            self._index_failure = message
            self.run_search(self.search_text())

    def _update_index_notice(self) -> None:
        if self._index_unwritable is None:
            self.index_notice.setVisible(False)
            return
        index_dir = self.search_service.index_dir
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
                .replace("%1", str(self.search_service.index_dir))
                .replace("%2", translated_os_error(self._index_unwritable))
                + " "
                + self.tr("Choose another folder above.")
            )
        return self.tr("The search index could not be made: %1").replace("%1", self._index_failure or "")

    @Slot()
    def choose_index_folder(self) -> None:
        """Ask for a folder for the index until one can be written (or the user gives up)."""
        start, title = str(Path.home()), self.tr("Choose a folder for the search index")
        while True:
            folder = QFileDialog.getExistingDirectory(self, title, start)
            if not folder:
                return
            reason = cannot_write(Path(folder))
            if reason is None:
                self.indexFolderChosen.emit(folder)
                return
            QMessageBox.warning(
                self,
                title,
                self.tr("Tromsvekst cannot write in %1 (%2). Choose another folder.")
                .replace("%1", folder)
                .replace("%2", translated_os_error(reason)),
            )
            start = folder

    # --- keyboard -----------------------------------------------------------------------

    def _set_tab_order(self) -> None:
        """Tab goes as the eye does: search, hits per plan, hits, the page, then the goal tree."""
        chain: list[QWidget] = [
            self.search_box,
            self.search_button,
            self.facet_panel.tree,
            self.facet_panel.chip_clear,
            self.results_view.tree,
            self.results_view.message,
            self.guide_page,
            self.pdf_viewer.page_spin,
            self.pdf_viewer.scroll_area,
            self.goal_detail,
            self.linking_goals,
            self.tree_filter,
            self.goal_tree,
            self.saved_panel,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def shortcut_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """What Hjelp → Hurtigtaster lists: moving about, then the keys of the menus and the viewer."""
        moving = [
            ("Tab, Shift+Tab", self.tr("Next or previous part: search, hits per plan, hits, page, goals")),
            (self.tr("Enter"), self.tr("In the search field: search at once. On a hit or goal: open it")),
            (self.tr("Esc"), self.tr("Clear the search field")),
            ("↑ ↓, Home, End", self.tr("Previous, next, first or last hit")),
            ("Alt+↓", self.tr("Recent searches")),
            (self.tr("Menu key"), self.tr("The menu of a hit or a goal")),
            ("F3, Shift+F3", self.tr("Next or previous page with hits")),
        ]
        menus = (self.file_menu, self.edit_menu, self.view_menu, self.library_menu, self.help_menu)
        return [
            (self.tr("Moving about"), moving),
            (self.tr("Menus"), action_rows(a for menu in menus for a in menu.actions())),
            (self.tr("The page"), action_rows(self.pdf_viewer.actions())),
        ]

    @Slot()
    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.shortcut_sections(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- window state -------------------------------------------------------------------

    def _restore_state(self) -> None:
        restore_geometry(self, self._state)
        splitter = self._state.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            margins = self.centralWidget().contentsMargins()
            handles = 2 * self.splitter.handleWidth()
            self.splitter.setSizes(pane_sizes(self.width() - margins.left() - margins.right() - handles))
        recent: list[object] = list(self._state.value("search/recent", [], type=list))  # type: ignore[call-overload]
        for text in recent[:MAX_RECENT_SEARCHES]:
            if text:
                self.search_box.addItem(str(text))
        self.search_box.setEditText("")
        self.show_tree_action.setChecked(not self.tree_pane.isHidden())
        self.show_detail_action.setChecked(not self.detail_pane.isHidden())

    def save_state(self) -> None:
        save_geometry(self, self._state)
        self._state.setValue("window/splitter", self.splitter.saveState())
        self._state.setValue("search/recent", self.recent_searches())
        self._state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.pdf_viewer.close_document()
        self._follower.shutdown()
        self.set_search_engine(None)
        super().closeEvent(event)
