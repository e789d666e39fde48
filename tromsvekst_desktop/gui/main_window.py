"""The main window: search field on top, goal tree | results | detail pane in a splitter.

The window builds the widgets, the menus and the controllers and connects them; what
happens lives in the controllers (``gui/controllers``): ``search`` (the query, its
narrowing, the hits), ``goals`` (the goal tree), ``details`` (a page or a goal),
``saved`` (saved searches, export, citations). ``library`` is the goal forest and the
catalogue they all show. Indexing is attached with ``attach_library``.
"""

from __future__ import annotations

import itertools
import os
import platform
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop import __version__
from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.pdftext import ExtractTarget
from tromsvekst_desktop.core.saved_searches import SAVED_SEARCHES_FILE, SavedSearches
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.contrast import mute_label
from tromsvekst_desktop.gui.controllers.details import DetailsController
from tromsvekst_desktop.gui.controllers.goal_tree import GoalTreeController
from tromsvekst_desktop.gui.controllers.saved_searches import SavedSearchController
from tromsvekst_desktop.gui.controllers.search import SearchController
from tromsvekst_desktop.gui.goal_tools import GoalTools
from tromsvekst_desktop.gui.i18n import LANGUAGES
from tromsvekst_desktop.gui.icons import icon
from tromsvekst_desktop.gui.library_state import LibraryState
from tromsvekst_desktop.gui.library_wiring import LibraryActions, LibraryTools
from tromsvekst_desktop.gui.widgets.facet_panel import FacetPanel
from tromsvekst_desktop.gui.widgets.goal_detail import GoalDetail, LinkingGoalsPanel
from tromsvekst_desktop.gui.widgets.library_counts import LibraryCounts
from tromsvekst_desktop.gui.widgets.notice_bar import NoticeBar
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer
from tromsvekst_desktop.gui.widgets.results_view import ResultsView
from tromsvekst_desktop.gui.widgets.saved_searches import SavedSearchesPanel
from tromsvekst_desktop.gui.widgets.search_bar import SearchBar
from tromsvekst_desktop.gui.widgets.search_guide import SearchGuide
from tromsvekst_desktop.gui.widgets.shortcuts_dialog import ShortcutsDialog, action_rows
from tromsvekst_desktop.gui.window_fit import (
    MIN_DETAIL_WIDTH,
    MIN_RESULTS_WIDTH,
    MIN_TREE_WIDTH,
    pane_sizes,
    restore_geometry,
    save_geometry,
)

STATUS_MESSAGE_MS = 5000


def _pane_header(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(2, 0, 0, 0)
    return label


class MainWindow(QMainWindow):
    """Composes the panes and their controllers.

    ``window_state`` is where geometry, splitter sizes and recent searches persist
    (QSettings() of the application when None); ``saved_searches`` holds the saved searches
    (by default a file beside the window state). ``languageChangeRequested(code)``: the
    user chose another language in the View menu (the application installs it).
    """

    languageChangeRequested = Signal(str)

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
        self._language = language
        self.library = LibraryState(forest, documents, self)
        self.goal_tools: GoalTools | None = None  # with indexing (``attach_library``)

        self.search_bar = SearchBar(self)
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
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.library_counts = LibraryCounts(self)
        self.statusBar().addPermanentWidget(self.library_counts)
        self._build_menus()

        self.search = SearchController(
            self.search_bar,
            self.results_stack,
            self.guide_page,
            self.results_view,
            self.results_header,
            self.facet_panel,
            self.index_notice,
            self.rebuild_button,
            self.reindex_action,
            self.library,
            self,
        )
        self.goals = GoalTreeController(
            self.goal_tree,
            self.tree_filter,
            self.expand_button,
            self.collapse_button,
            self.show_tree_action,
            self.library,
            self,
        )
        self.details = DetailsController(
            self.detail_stack,
            self.detail_empty,
            self.pdf_viewer,
            self.goal_detail,
            self.linking_goals,
            self.show_detail_action,
            self.library,
            self.search.engine,
            self,
        )
        self.saved = SavedSearchController(
            saved_searches or SavedSearches(Path(self._state.fileName()).with_name(SAVED_SEARCHES_FILE)),
            self.saved_panel,
            self.goal_detail,
            self.search,
            self.library,
            self,
            self,
        )
        self._connect_controllers()
        self._connect_menus()
        self._build_hit_keys()
        self.setWindowIcon(icon("tromsvekst"))
        self._retranslate()
        self.library.changed.connect(self._on_library_changed)
        self._on_library_changed()
        self._restore_state()
        self._set_tab_order()
        self.search_bar.edit.setFocus(Qt.FocusReason.OtherFocusReason)  # a search app opens ready to type

    # --- construction -------------------------------------------------------------------

    def _build_tree_pane(self) -> None:
        self.tree_header = _pane_header(self)
        self.tree_filter = QLineEdit(self)
        self.expand_button = self._small_button("expand-all")
        self.collapse_button = self._small_button("collapse-all")
        self.goal_tree = QTreeView(self)
        self.saved_panel = SavedSearchesPanel(self.library.goal_label, self)
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
        layout.addWidget(self.saved_panel)

    def _small_button(self, icon_name: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setAutoRaise(True)
        return button

    def _build_results_pane(self) -> None:
        self.results_header = _pane_header(self)
        # A long summary is cut (its tooltip has it whole) rather than widen the pane.
        self.results_header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.guide_page = SearchGuide(self)
        self.results_view = ResultsView(self)
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.guide_page)
        self.results_stack.addWidget(self.results_view)
        self.facet_panel = FacetPanel(self)
        self.results_pane = QWidget(self)
        self.index_notice = NoticeBar(self.results_pane)
        # Shown under the "index is damaged" notice: one click starts the rebuild.
        self.rebuild_button = QPushButton(self.results_pane)
        layout = QVBoxLayout(self.results_pane)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.results_header)
        layout.addWidget(self.facet_panel)
        layout.addWidget(self.index_notice)
        layout.addWidget(self.results_stack, 1)
        layout.addWidget(self.rebuild_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_detail_pane(self) -> None:
        self.detail_header = _pane_header(self)
        self.detail_empty = QLabel(self)
        self.detail_empty.setWordWrap(True)
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_empty.setMargin(24)
        mute_label(self.detail_empty)
        self.pdf_viewer = PdfViewer(self)
        self.goal_detail = GoalDetail(self)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.setFrameShape(QFrame.Shape.StyledPanel)
        self.linking_goals = LinkingGoalsPanel(self)
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
        self.export_action = self._add_action(self.file_menu, [QKeySequence("Ctrl+E")])
        self.file_menu.addSeparator()
        self.quit_action = self._add_action(self.file_menu, [sk.Quit, QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu("")
        self.find_action = self._add_action(self.edit_menu, [sk.Find, QKeySequence("Ctrl+L")])
        self.filter_action = self._add_action(self.edit_menu, [QKeySequence("Ctrl+Shift+F")])
        self.edit_menu.addSeparator()
        self.copy_citation_action = self._add_action(self.edit_menu, [QKeySequence("Ctrl+Shift+C")])
        self.save_search_action = self._add_action(self.edit_menu, [QKeySequence("Ctrl+S")])
        self.results_view.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.results_view.tree.addAction(self.copy_citation_action)
        self.edit_menu.addSeparator()
        self.preferences_action = self._add_action(self.edit_menu, [sk.Preferences, QKeySequence("Ctrl+,")])
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

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
        self.collapse_action = self._add_action(self.view_menu)
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
        self.update_index_action = self._add_action(self.library_menu, [sk.Refresh])
        self.reindex_action = self._add_action(self.library_menu, [QKeySequence("Ctrl+F5")])
        # The problems panel without the mouse (the status bar's button is not in the Tab chain).
        self.problems_action = self._add_action(self.library_menu, [QKeySequence("Ctrl+Shift+P")])
        # Enabled once indexing is attached (``attach_library``).
        for action in (
            self.preferences_action,
            self.add_folder_action,
            self.update_index_action,
            self.reindex_action,
            self.problems_action,
        ):
            action.setEnabled(False)

        self.help_menu = bar.addMenu("")
        self.syntax_action = self._add_action(self.help_menu, [sk.HelpContents])
        self.shortcuts_action = self._add_action(self.help_menu)
        self.help_menu.addSeparator()
        self.about_action = self._add_action(self.help_menu)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._add_action(self.help_menu)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _connect_menus(self) -> None:
        self.open_action.triggered.connect(self._open_pdf)
        self.export_action.triggered.connect(self.saved.export_results)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self.search.focus)
        self.filter_action.triggered.connect(self.goals.focus_filter)
        self.copy_citation_action.triggered.connect(self.saved.copy_citation)
        self.save_search_action.triggered.connect(self.saved.save_in_scope)
        self.expand_action.triggered.connect(self.goal_tree.expandAll)
        self.collapse_action.triggered.connect(self.goals.collapse)
        self.syntax_action.triggered.connect(self.search.show_start_page)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def _connect_controllers(self) -> None:
        """What one part asks of another: a hit opens in the details, a goal of the details
        in the tree, a goal's tag searches …"""
        self.search.hitOpened.connect(self.details.open_hit)
        self.search.hitActivated.connect(self.details.activate_hit)
        self.search.viewerMarksChanged.connect(self.details.set_viewer_marks)
        self.search.indexDirChanged.connect(self.details.set_index_dir)
        self.goals.goalChosen.connect(self.details.show_goal_detail)
        self.goals.goalActivated.connect(self.details.open_goal_page)
        self.details.goalRequested.connect(self.goals.show_goal)
        self.goal_detail.goalRequested.connect(self.goals.show_goal)
        self.linking_goals.goalRequested.connect(self.goals.show_goal)
        self.goal_detail.limitSearchRequested.connect(self.search.set_document_scope)
        self.goal_detail.searchRequested.connect(self.search.search_for)
        self.goals.menu_extensions += [self.search.extend_goal_menu, self.saved.extend_goal_menu]
        for controller in (self.details, self.saved):
            controller.statusMessage.connect(self.show_status)

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
            self.search_bar.addAction(action)

    def _retranslate(self) -> None:
        self.setWindowTitle("Tromsvekst")
        self.search.retranslate()
        self.pdf_viewer.setAccessibleName(self.tr("Page viewer"))
        for action in self.tree_filter.findChildren(QAction):  # Qt's clear button
            action.setText(self.tr("Clear the filter"))
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
        self.detail_header.setText(self.tr("Details"))
        self.detail_empty.setText(self.tr("Choose a goal in the tree or a hit in the list to see it here."))

        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open PDF …"))
        self.export_action.setText(self.tr("&Export hits …"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Search"))
        self.filter_action.setText(self.tr("&Filter goals"))
        self.copy_citation_action.setText(self.tr("Copy &citation"))
        self.save_search_action.setText(self.tr("Sa&ve search …"))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @Slot()
    def _on_library_changed(self) -> None:
        self.library_counts.set_library(self.library.forest(), self.library.documents())

    # --- indexing -----------------------------------------------------------------------

    def attach_library(
        self,
        settings: Settings,
        settings_path: str | os.PathLike[str],
        index_dir: Path,
        roots: Sequence[Path],
        *,
        extract_target: ExtractTarget | None = None,
        start: bool = True,
    ) -> LibraryTools:
        """Give the window its indexing: status bar part, problems panel, settings, watcher, and
        goal import and editing.

        With ``start`` the index is brought up to date at once: built on the first start,
        otherwise an incremental (cheap) run that picks up files changed while the
        application was closed. ``extract_target`` (tests) replaces the PDF reader of the
        extraction workers.
        """
        actions = LibraryActions(
            update_index=self.update_index_action,
            rebuild=self.reindex_action,
            preferences=self.preferences_action,
            problems=self.problems_action,
            add_folder=self.add_folder_action,
        )
        tools = LibraryTools(
            self,
            self.statusBar(),
            actions,
            self.search,
            self.details,
            self.library,
            settings,
            settings_path,
            index_dir,
            roots,
            extract_target,
        )
        tools.languageChosen.connect(self._choose_language)
        tools.controller.indexChanged.connect(self.search.on_index_changed)
        self.goal_tools = GoalTools(
            self,
            self.file_menu,
            self.quit_action,
            self.library_menu,
            self.update_index_action,
            self.goals,
            self.details,
            self.library,
            tools,
            self.statusBar(),
        )
        if start and tools.index_writable:
            tools.controller.start()
        return tools

    # --- dialogs ------------------------------------------------------------------------

    @Slot(str)
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    @Slot()
    def _open_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open PDF"), "", self.tr("PDF documents (*.pdf)"))
        if path:
            self.details.show_document_page(path)

    @Slot(QAction)
    def _on_language_action(self, action: QAction) -> None:
        code = action.data()
        if code != self._language:
            self._language = code
            self.languageChangeRequested.emit(code)

    @Slot(str)
    def _choose_language(self, code: str) -> None:
        """A language chosen in the settings: as if from the View menu (check marks, translators)."""
        action = self.language_actions.get(code)
        if action is not None and not action.isChecked():
            action.trigger()

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

    # --- keyboard -----------------------------------------------------------------------

    def _set_tab_order(self) -> None:
        """Tab goes as the eye does: search, hits per plan, hits, the page, then the goal tree."""
        chain: list[QWidget] = [
            self.search_bar.box,
            self.search_bar.button,
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
        self.search_bar.set_recent_searches([str(text) for text in recent])
        self.show_tree_action.setChecked(not self.tree_pane.isHidden())
        self.show_detail_action.setChecked(not self.detail_pane.isHidden())

    def save_state(self) -> None:
        save_geometry(self, self._state)
        self._state.setValue("window/splitter", self.splitter.saveState())
        self._state.setValue("search/recent", self.search_bar.recent_searches())
        self._state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.details.shutdown()
        self.search.shutdown()
        super().closeEvent(event)
