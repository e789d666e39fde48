"""The status bar's count of the library: plans, goals and catalogued documents."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.gui.widgets.index_status import count_text


class LibraryCounts(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = (0, 0, 0)
        self._render()

    def set_library(self, forest: GoalForest, documents: Mapping[str, Document]) -> None:
        plans = len(forest.plans)
        self._counts = (plans, sum(1 for _ in forest.all_nodes()) - plans, len(documents))
        self._render()

    def _render(self) -> None:
        plans, goals, documents = self._counts
        # The counts' words are the same everywhere: plans, goals, documents in the catalogue;
        # the index status counts PDF files and pages.
        self.setText(
            " · ".join(
                (
                    count_text(plans, self.tr("%1 plan"), self.tr("%1 plans")),
                    count_text(goals, self.tr("%1 goal"), self.tr("%1 goals")),
                    count_text(
                        documents,
                        self.tr("%1 document in the catalogue"),
                        self.tr("%1 documents in the catalogue"),
                    ),
                )
            )
        )
        self.setToolTip(
            self.tr(
                "The plans and goals of the goal files, and the plan documents the catalogue lists "
                "(with or without a PDF here)"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
