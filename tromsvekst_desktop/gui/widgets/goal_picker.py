"""Choose one goal of the library: a filterable goal tree in a small dialog ("Knytt siden til mål …")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.gui.models.goal_tree import NODE_ID_ROLE, GoalFilterModel, GoalTreeModel


class GoalPickerDialog(QDialog):
    """A goal tree with a filter; OK is enabled when a goal (or, with ``allow_plans``, a plan) is chosen."""

    def __init__(
        self, forest: GoalForest, prompt: str, parent: QWidget | None = None, *, allow_plans: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalPickerDialog")
        self._forest = forest
        self._allow_plans = allow_plans
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.model = GoalTreeModel(forest, self)
        self.filter_model = GoalFilterModel(self)
        self.filter_model.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.filter_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.expandToDepth(0)
        self.tree.doubleClicked.connect(self._on_double_click)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        selection = self.tree.selectionModel()
        selection.currentChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._update_ok()
        self.filter_edit.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(560, 520)

    def node_id(self) -> str | None:
        """The goal chosen (None for none, or for a plan unless plans are allowed)."""
        index = self.tree.currentIndex()
        node_id = index.data(NODE_ID_ROLE) if index.isValid() else None
        node = self._forest.node(node_id) if node_id else None
        if node is None or (node.id == node.plan_id and not self._allow_plans):
            return None
        return node.id

    def choose(self, node_id: str) -> None:
        index = self.filter_model.mapFromSource(self.model.index_for_node(node_id))
        self.tree.setCurrentIndex(index)

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        self.filter_model.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    @Slot(QModelIndex)
    def _on_double_click(self, _index: QModelIndex) -> None:
        if self.node_id() is not None:
            self.accept()

    @Slot()
    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.node_id() is not None)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose a goal"))
        self.filter_edit.setPlaceholderText(self.tr("Filter …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
