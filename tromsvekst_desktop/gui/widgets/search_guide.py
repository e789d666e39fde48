"""The start page of the hits pane: how to search, with examples, and the plans in the library."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from tromsvekst_desktop.core.goals import GoalForest


class SearchGuide(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(12)
        self._plan_titles: list[str] = []
        self._render()

    def set_plans(self, forest: GoalForest) -> None:
        self._plan_titles = [plan.title for plan in forest.plans]
        self._render()

    def _render(self) -> None:
        self.setAccessibleName(self.tr("Search tips"))
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
        if self._plan_titles:
            plans = "".join(f"<li>{escape(title)}</li>" for title in self._plan_titles)
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
        self.setHtml(f"<h3>{title}</h3><p>{intro}</p><table>{table}</table>{plan_part}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
