"""Hjelp → Hurtigtaster: every key the window answers to, read from its actions where they have one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) of every action that has a shortcut, in the order given."""
    rows = []
    for action in actions:
        native = QKeySequence.SequenceFormat.NativeText
        keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((", ".join(dict.fromkeys(keys)), action.text().replace("&", "").rstrip(" …")))
    return rows


class ShortcutsDialog(QDialog):
    """A list of keys per part of the window; ``sections`` is [(heading, [(keys, what)])]."""

    def __init__(
        self, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setColumnCount(2)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.set_sections(sections)
        self._retranslate()
        self.resize(560, 520)

    def set_sections(self, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        self.table.clear()
        for heading, rows in sections:
            group = QTreeWidgetItem(self.table, [heading, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, what in rows:
                QTreeWidgetItem(group, [keys, what])
        self.table.expandAll()

    def rows(self) -> list[tuple[str, str]]:
        """Every (keys, what) listed, over all sections."""
        root = self.table.invisibleRootItem()
        return [
            (child.text(0), child.text(1))
            for group in (root.child(i) for i in range(root.childCount()))
            for child in (group.child(j) for j in range(group.childCount()))
        ]

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr(
                "Everything in the window can be reached with the keyboard. Tab moves from the search "
                "field to the hits per plan, the hits, the page and the goal tree."
            )
        )
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
