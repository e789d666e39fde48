"""The detail page of one goal node: where it stands, what it says, where the documents say it."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.goals import GoalForest, GoalNode
from tromsvekst_desktop.gui.models.goal_tree import display_text


def _muted_colour(palette: QPalette) -> str:
    """Text colour blended 40 % towards the background: secondary text in light and dark themes."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mixed = QColor.fromRgbF(
        text.redF() * 0.6 + base.redF() * 0.4,
        text.greenF() * 0.6 + base.greenF() * 0.4,
        text.blueF() * 0.6 + base.blueF() * 0.4,
    )
    return mixed.name()


class GoalDetail(QWidget):
    """Shows a goal node as a small document with links to its pages and related goals.

    A click on a page link emits ``documentRequested(doc_id, page)`` (page 0 when the
    link names no page); a click on a goal emits ``goalRequested(node_id)``.
    """

    documentRequested = Signal(str, int)
    goalRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forest = GoalForest()
        self._documents: Mapping[str, Document] = {}
        self._node_id: str | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def set_library(self, forest: GoalForest, documents: Mapping[str, Document]) -> None:
        self._forest = forest
        self._documents = documents
        self._node_id = None
        self.browser.clear()

    def node_id(self) -> str | None:
        return self._node_id

    def show_node(self, node_id: str) -> bool:
        """Show a node of the forest; False when the forest has no such node."""
        node = self._forest.node(node_id)
        if node is None:
            return False
        self._node_id = node_id
        self.browser.setHtml(self._html(node))
        return True

    def text(self) -> str:
        return self.browser.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange) and self._node_id:
            self.show_node(self._node_id)
        super().changeEvent(event)

    def _doc_title(self, doc_id: str) -> str:
        document = self._documents.get(doc_id)
        return document.title if document is not None else doc_id

    def _html(self, node: GoalNode) -> str:
        muted = _muted_colour(self.palette())
        parts: list[str] = []
        ancestors = self._forest.ancestors(node.id)
        if ancestors:
            crumbs = " › ".join(escape(display_text(a)) for a in ancestors)
            parts.append(f'<p style="color:{muted}; margin-bottom:2px">{crumbs}</p>')
        if node.level != "Plan":
            parts.append(f'<p style="color:{muted}; margin:0"><b>{escape(node.label)}</b></p>')
        parts.append(f'<h2 style="margin-top:2px">{escape(node.title)}</h2>')
        if node.text:
            paragraphs = (p.strip() for p in node.text.split("\n\n") if p.strip())
            parts.extend(f"<p>{escape(p)}</p>" for p in paragraphs)

        if node.links:
            no_pdf = escape(self.tr("no local PDF"))
            items = []
            for link in node.links:
                page_text = self.tr("p. %1").replace("%1", str(link.page)) if link.page else ""
                label = escape(", ".join(filter(None, (self._doc_title(link.doc_id), page_text))))
                document = self._documents.get(link.doc_id)
                if document is not None and document.file is not None:
                    href = f"doc:{link.doc_id}#{link.page or 0}"
                    items.append(f'<li><a href="{escape(href)}">{label}</a></li>')
                else:
                    items.append(f"<li>{label} <i>({no_pdf})</i></li>")
            heading = escape(self.tr("In the documents"))
            parts.append(f"<h4>{heading}</h4><ul>{''.join(items)}</ul>")

        if node.children:
            items = [
                f'<li><a href="goal:{escape(child.id)}">{escape(display_text(child))}</a></li>'
                for child in node.children
            ]
            heading = escape(self.tr("Contains"))
            parts.append(f"<h4>{heading}</h4><ul>{''.join(items)}</ul>")

        related = [r for r in (self._forest.node(i) for i in node.related) if r is not None]
        if related:
            items = []
            for other in related:
                plan = self._forest.ancestors(other.id)[:1]
                where = f" <span style='color:{muted}'>({escape(plan[0].title)})</span>" if plan else ""
                items.append(
                    f'<li><a href="goal:{escape(other.id)}">{escape(display_text(other))}</a>{where}</li>'
                )
            heading = escape(self.tr("Related goals"))
            parts.append(f"<h4>{heading}</h4><ul>{''.join(items)}</ul>")

        if node.source:
            source = escape(self.tr("Source: %1").replace("%1", node.source))
            parts.append(f'<p style="color:{muted}"><small>{source}</small></p>')
        return "".join(parts)

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "doc":
            page = int(url.fragment()) if url.fragment().isdigit() else 0
            self.documentRequested.emit(url.path(), page)
        elif url.scheme() == "goal":
            self.goalRequested.emit(url.path())
