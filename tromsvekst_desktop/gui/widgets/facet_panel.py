"""Hits per plan and top-level goal above the results; a click narrows the list to one of them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.facets import FacetCount, Facets

FACET_ID_ROLE = Qt.ItemDataRole.UserRole + 40
MAX_VISIBLE_ROWS = 6  # the box grows to this many rows, then scrolls: the hits below keep their room
ROW_PADDING = 4  # pixels above and below a row's text: rows as easy to hit as the goal tree's


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]


class FacetPanel(QWidget):
    """Plans with their top-level goals and hit counts, largest first; a chip for the active one.

    A click on a row emits ``facetChosen(facet_id)``; the chip's ✕ emits ``facetCleared``.
    The window narrows the hits; this widget only shows counts and which facet is active.
    """

    facetChosen = Signal(str)
    facetCleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facets = Facets((), ())
        self._active: FacetCount | None = None

        self.heading = QLabel(self)  # in the text colour: a caption, not a disabled control
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)  # whole rows only
        self.tree.setStyleSheet(f"QTreeView::item {{ padding: {ROW_PADDING // 2}px 0px; }}")
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)

        self.chip_text = QLabel(self)
        self.chip_text.setTextFormat(Qt.TextFormat.PlainText)
        self.chip_clear = QToolButton(self)
        self.chip_clear.setText("✕")
        self.chip_clear.setAutoRaise(True)
        self.chip_clear.clicked.connect(self.facetCleared)
        self.chip = QFrame(self)
        self.chip.setFrameShape(QFrame.Shape.StyledPanel)
        self.chip.setAutoFillBackground(True)
        self.chip.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        chip_layout = QHBoxLayout(self.chip)
        chip_layout.setContentsMargins(8, 1, 2, 1)
        chip_layout.addWidget(self.chip_text, 1)
        chip_layout.addWidget(self.chip_clear)
        self.chip.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree)
        layout.addWidget(self.chip)
        self._retranslate()
        self._render()

    # --- content ------------------------------------------------------------------------

    def set_facets(self, facets: Facets) -> None:
        """The counts of a new result (the active facet stays, with its new count)."""
        self._facets = facets
        if self._active is not None:
            self._active = facets.get(self._active.id) or FacetCount(
                self._active.id, self._active.title, self._active.label, self._active.plan_id, 0
            )
        self._render()

    def set_active(self, facet_id: str | None) -> None:
        """Mark a facet as the one the hits are narrowed to (None: all hits)."""
        self._active = self._facets.get(facet_id) if facet_id else None
        self._render()

    def active_facet(self) -> str | None:
        return self._active.id if self._active is not None else None

    def _items(self) -> list[QTreeWidgetItem]:
        """Every row, plans first with their goals below."""
        items: list[QTreeWidgetItem] = []
        for plan in _children(self.tree.invisibleRootItem()):
            items += [plan, *_children(plan)]
        return items

    def rows(self) -> list[tuple[str, str, int]]:
        """(facet id, text, count) of every row, plans first with their goals below."""
        return [(i.data(0, FACET_ID_ROLE), i.text(0), int(i.text(1))) for i in self._items()]

    def item(self, facet_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, FACET_ID_ROLE) == facet_id), None)

    def chip_label(self) -> str:
        return self.chip_text.text() if self._active is not None else ""

    # --- rendering ----------------------------------------------------------------------

    def _render(self) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for plan in self._facets.plans:
            plan_item = self._add(self.tree.invisibleRootItem(), plan, plan.title)
            plan_item.setFont(0, bold)
            for goal in self._facets.goals:
                if goal.plan_id == plan.id:
                    self._add(plan_item, goal, f"{goal.label} · {goal.title}")
        self.tree.expandAll()
        active = self.item(self._active.id) if self._active is not None else None
        if active is not None:
            self.tree.setCurrentItem(active)
            self.tree.scrollToItem(active)
        else:
            self.tree.clearSelection()
        self.chip.setVisible(self._active is not None)
        self._retranslate_chip()
        rows = len(self.rows())
        self.tree.setVisible(rows > 0)
        self.heading.setVisible(rows > 0 or self._active is not None)
        shown = min(rows, MAX_VISIBLE_ROWS)
        self.tree.setFixedHeight(self._row_height() * shown + 2 * self.tree.frameWidth())

    def _row_height(self) -> int:
        first = self.tree.topLevelItem(0)
        measured = self.tree.sizeHintForRow(0) if first is not None else -1
        return max(measured, self.tree.fontMetrics().height() + ROW_PADDING)

    def visible_rows(self) -> dict[str, object]:
        """How many rows there are, how many the box shows whole, and whether it scrolls."""
        items = self._items()
        viewport = self.tree.viewport().rect()
        whole = sum(1 for i in items if viewport.contains(self.tree.visualItemRect(i)))
        cut = sum(
            1
            for i in items
            if viewport.intersects(self.tree.visualItemRect(i))
            and not viewport.contains(self.tree.visualItemRect(i))
        )
        return {
            "rows": len(items),
            "whole": whole,
            "cut": cut,
            "scrolls": self.tree.verticalScrollBar().maximum() > 0,
        }

    def _add(self, parent: QTreeWidgetItem, facet: FacetCount, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, str(facet.count)])
        item.setData(0, FACET_ID_ROLE, facet.id)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = self.tr("%1 hits in documents and pages that %2 links to. Click to show only these.")
        # The row's own text comes first: a cut label shows in full.
        item.setToolTip(0, f"{text}\n{tip.replace('%1', str(facet.count)).replace('%2', facet.title)}")
        return item

    @Slot(QTreeWidgetItem, int)
    def _on_item(self, item: QTreeWidgetItem, _column: int) -> None:
        facet_id = item.data(0, FACET_ID_ROLE)
        if facet_id:
            self.facetChosen.emit(str(facet_id))

    def _retranslate_chip(self) -> None:
        if self._active is None:
            self.chip_text.setText("")
            return
        active = self._active
        name = active.title if active.id == active.plan_id else active.label
        self.chip_text.setText(self.tr("Only: %1 (%2)").replace("%1", name).replace("%2", str(active.count)))
        self.chip_text.setToolTip(active.title)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Hits per plan and goal"))
        self.tree.setAccessibleName(self.tr("Hits per plan and goal"))
        self.chip_clear.setToolTip(self.tr("Show all hits again"))
        self.chip_clear.setAccessibleName(self.tr("Show all hits again"))
        self._retranslate_chip()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
        super().changeEvent(event)
