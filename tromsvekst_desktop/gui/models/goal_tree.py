"""A tree model over the goal forest (plans → goals), and a filter that keeps ancestors of matches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from tromsvekst_desktop.core.goals import GoalForest, GoalNode
from tromsvekst_desktop.core.offline import OfflineRoot, offline_root_of
from tromsvekst_desktop.gui.offline import offline_note

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3

_AnyIndex = QModelIndex | QPersistentModelIndex


class _Item:
    """A node with its parent and row; the model owns these so internal pointers stay valid."""

    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: GoalNode | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []


def display_text(node: GoalNode) -> str:
    """ "1.1 Tromsøregionen skal …" for a numbered goal, the plain title otherwise."""
    return f"{node.number} {node.title}" if node.number else node.title


class GoalTreeModel(QAbstractItemModel):
    """One column: each plan of the forest is a top-level row, its goals below it."""

    def __init__(self, forest: GoalForest | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Item(None, None, 0)
        self._by_id: dict[str, _Item] = {}
        self._offline: list[OfflineRoot] = []
        if forest is not None:
            self._build(forest)

    def set_forest(self, forest: GoalForest) -> None:
        self.beginResetModel()
        self._build(forest)
        self.endResetModel()

    def set_offline(self, roots: Sequence[OfflineRoot]) -> None:
        """The library folders out of reach: their goals are set in italics, a note in their tooltip."""
        self._offline = list(roots)
        self._rows_changed(QModelIndex())

    def _rows_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 0, parent))
        for row in range(rows):
            self._rows_changed(self.index(row, 0, parent))

    def _build(self, forest: GoalForest) -> None:
        self._root = _Item(None, None, 0)
        self._by_id = {}
        for row, plan in enumerate(forest.plans):
            self._add(plan, self._root, row)

    def _add(self, node: GoalNode, parent: _Item, row: int) -> None:
        item = _Item(node, parent, row)
        parent.children.append(item)
        self._by_id[node.id] = item
        for child_row, child in enumerate(node.children):
            self._add(child, item, child_row)

    def _item(self, index: _AnyIndex) -> _Item:
        return index.internalPointer() if index.isValid() else self._root

    def node(self, index: _AnyIndex) -> GoalNode | None:
        """The goal node behind an index of this model (None for an invalid index)."""
        return self._item(index).node

    def index_for_node(self, node_id: str) -> QModelIndex:
        """The index of a node by id, or an invalid index when the forest has no such node."""
        item = self._by_id.get(node_id)
        if item is None:
            return QModelIndex()
        return self.createIndex(item.row, 0, item)

    def index(self, row: int, column: int, parent: _AnyIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._item(parent).children[row])

    def parent(self, index: _AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._item(index).node
        assert node is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The level name ("Delmål 1.1") is not in the display text, so the tooltip carries it.
            tip = f"{node.label}: {node.title}" if node.level != "Plan" else node.title
            offline = self._offline_root(node)
            return tip if offline is None else f"{tip}\n{offline_note(offline)}"
        if role == Qt.ItemDataRole.FontRole:
            offline = self._offline_root(node) is not None
            if node.level != "Plan" and not offline:
                return None
            font = QFont()
            font.setBold(node.level == "Plan")
            font.setItalic(offline)  # from a folder out of reach: as last indexed
            return font
        if role == NODE_ID_ROLE:
            return node.id
        if role == LEVEL_ROLE:
            return node.level
        if role == SEARCH_TEXT_ROLE:
            return "\n".join(filter(None, (node.label, node.number, node.title, node.text)))
        return None

    def _offline_root(self, node: GoalNode) -> OfflineRoot | None:
        return offline_root_of(node.file, self._offline) if self._offline and node.file else None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GoalFilterModel(QSortFilterProxyModel):
    """Case-insensitive filter on number, title and text.

    Ancestors of a match stay visible (to show where it stands), and so do its
    descendants (a matching plan or focus area shows what it contains).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterRole(SEARCH_TEXT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
