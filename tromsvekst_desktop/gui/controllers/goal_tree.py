"""The goal tree pane: filter, expand and collapse, the goal's context menu, selecting a goal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QToolButton, QTreeView

from tromsvekst_desktop.gui.library_state import LibraryState
from tromsvekst_desktop.gui.models.goal_tree import NODE_ID_ROLE, GoalFilterModel, GoalTreeModel

GoalMenuExtension = Callable[[QMenu, str], None]


class GoalTreeController(QObject):
    """``goalChosen(node_id)``: a goal became current (its details are wanted);
    ``goalActivated(node_id)``: Enter or a double click on it (its first linked page)."""

    goalChosen = Signal(str)
    goalActivated = Signal(str)

    def __init__(
        self,
        tree: QTreeView,
        filter_edit: QLineEdit,
        expand_button: QToolButton,
        collapse_button: QToolButton,
        show_pane_action: QAction,
        library: LibraryState,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tree, self.filter_edit, self.library = tree, filter_edit, library
        self.show_pane_action = show_pane_action
        # Entries of a goal's context menu in order: searching, saving, goal editing (gui/goal_tools.py).
        self.menu_extensions: list[GoalMenuExtension] = []
        self.model = GoalTreeModel(parent=self)
        self.filter_model = GoalFilterModel(self)
        self.filter_model.setSourceModel(self.model)
        tree.setModel(self.filter_model)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.selectionModel().currentChanged.connect(self._on_current)
        tree.activated.connect(self._on_activated)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._on_context_menu)
        filter_edit.setClearButtonEnabled(True)
        filter_edit.textChanged.connect(self._on_filter)
        expand_button.clicked.connect(tree.expandAll)
        collapse_button.clicked.connect(self.collapse)
        library.changed.connect(self._on_library_changed)
        library.offlineChanged.connect(self._on_offline_changed)
        self._on_library_changed()

    @Slot()
    def _on_library_changed(self) -> None:
        self.model.set_forest(self.library.forest())
        self.tree.expandToDepth(0)

    @Slot()
    def _on_offline_changed(self) -> None:
        self.model.set_offline(self.library.offline_roots())

    def show_goal(self, node_id: str, focus: bool = False) -> None:
        """Select a goal (clearing a filter that hides it); its details are shown."""
        source = self.model.index_for_node(node_id)
        if not source.isValid():
            return
        index = self.filter_model.mapFromSource(source)
        if not index.isValid():
            self.filter_edit.clear()
            index = self.filter_model.mapFromSource(source)
        if index == self.tree.currentIndex():
            self.goalChosen.emit(node_id)  # current already: no change for the selection model to tell
        else:
            self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if focus:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def context_menu(self, node_id: str) -> QMenu:
        """The goal tree's menu for one goal."""
        menu = QMenu(self.tree)
        for extend in self.menu_extensions:
            extend(menu, node_id)
        return menu

    @Slot()
    def collapse(self) -> None:
        self.tree.collapseAll()
        self.tree.expandToDepth(0)

    @Slot()
    def focus_filter(self) -> None:
        self.show_pane_action.setChecked(True)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.goalChosen.emit(current.data(NODE_ID_ROLE))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.goalActivated.emit(index.data(NODE_ID_ROLE))

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.context_menu(index.data(NODE_ID_ROLE)).exec(self.tree.viewport().mapToGlobal(pos))

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        self.filter_model.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        else:
            self.collapse()
