"""The library on show: its goal forest and catalogue, shared by the window's controllers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Signal

from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.offline import OfflineRoot


class LibraryState(QObject):
    """The goal forest and the catalogue's documents; ``changed`` fires when a (re)loaded
    library replaces them (the goal tree, the start page, the hits' goals follow)."""

    changed = Signal()
    offlineChanged = Signal()  # the library folders out of reach changed (their goals say so)

    def __init__(
        self,
        forest: GoalForest | None = None,
        documents: Mapping[str, Document] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._forest = forest or GoalForest()
        self._documents: Mapping[str, Document] = documents or {}
        self._offline: list[OfflineRoot] = []

    def forest(self) -> GoalForest:
        return self._forest

    def documents(self) -> Mapping[str, Document]:
        return self._documents

    def set(self, forest: GoalForest, documents: Mapping[str, Document] | None = None) -> None:
        """Show a (re)loaded library."""
        self._forest = forest
        self._documents = documents or {}
        self.changed.emit()

    def offline_roots(self) -> list[OfflineRoot]:
        return list(self._offline)

    def set_offline(self, roots: Sequence[OfflineRoot]) -> None:
        """The library folders out of reach: their goals are shown as last indexed."""
        if list(roots) != self._offline:
            self._offline = list(roots)
            self.offlineChanged.emit()

    def goal_label(self, node_id: str) -> str:
        """A plan by its title, a goal by its number and title (the id when it is gone)."""
        node = self._forest.node(node_id)
        if node is None:
            return node_id
        return node.title if node.id == node.plan_id else node.label
