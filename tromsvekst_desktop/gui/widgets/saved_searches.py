"""The "Saved searches" list under the goal tree: a click runs one; rename and delete from its menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.saved_searches import SavedSearch
from tromsvekst_desktop.gui.contrast import mute_label

NAME_ROLE = Qt.ItemDataRole.UserRole + 50
MAX_VISIBLE_ROWS = 5


class SavedSearchesPanel(QWidget):
    """Lists saved searches; emits ``runRequested``, ``renameRequested``, ``deleteRequested`` (name).

    ``goal_label(goal_id)`` names the goal a search is pinned to (in the row's tooltip and
    after its name).
    """

    runRequested = Signal(str)
    renameRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, goal_label: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goal_label = goal_label
        self._searches: list[SavedSearch] = []
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        mute_label(self.empty)  # a hint, muted but readable
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self._retranslate()

    def set_searches(self, searches: list[SavedSearch]) -> None:
        self._searches = list(searches)
        self._render()

    def names(self) -> list[str]:
        return [s.name for s in self._searches]

    def context_menu(self, name: str) -> QMenu:
        """The menu of one saved search (run, rename, delete)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Run"), lambda: self.runRequested.emit(name))
        menu.addAction(self.tr("Rename …"), lambda: self.renameRequested.emit(name))
        menu.addAction(self.tr("Delete"), lambda: self.deleteRequested.emit(name))
        return menu

    def _render(self) -> None:
        self.list.clear()
        italic = QFont(self.list.font())
        italic.setItalic(True)
        for search in self._searches:
            text = search.name
            tip = self.tr("Search: %1").replace("%1", search.query)
            if search.goal_id:
                goal = self._goal_label(search.goal_id)
                text = f"{search.name}  ({goal})"
                tip += "\n" + self.tr("Only in: %1").replace("%1", goal)
            item = QListWidgetItem(text, self.list)
            item.setData(NAME_ROLE, search.name)
            item.setToolTip(tip)
        self.list.setVisible(bool(self._searches))
        self.empty.setVisible(not self._searches)
        rows = min(max(len(self._searches), 1), MAX_VISIBLE_ROWS)
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 2)

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        self.runRequested.emit(str(item.data(NAME_ROLE)))

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.context_menu(str(item.data(NAME_ROLE))).exec(self.list.viewport().mapToGlobal(pos))

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Saved searches"))
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.empty.setText(self.tr("None yet: Ctrl+S saves the current search."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
