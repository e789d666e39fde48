"""The detail page of one goal node: where it stands, what it says, where the documents say it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.goals import GoalForest, GoalNode, tag_term
from tromsvekst_desktop.core.saved_searches import SavedSearches
from tromsvekst_desktop.gui.contrast import muted, readable
from tromsvekst_desktop.gui.models.goal_tree import display_text


def _muted_colour(palette: QPalette) -> str:
    """Text colour blended 40 % towards the background (secondary text in light and dark themes),
    still 4.5:1 on the page background and on the window background."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return readable(muted(text, base, 0.4), palette.color(QPalette.ColorRole.Window)).name()


class GoalDetail(QWidget):
    """Shows a goal node as a small document with links to its pages and related goals.

    A click on a page link emits ``documentRequested(doc_id, page)`` (page 0 when the
    link names no page); a click on a goal emits ``goalRequested(node_id)``; the
    "search only in …" button emits ``limitSearchRequested(doc_ids)`` with the documents
    the goal and the goals under it link to. The saved searches pinned to the goal are
    listed too; a click emits ``savedSearchRequested(name)``. A click on one of the
    goal's tags emits ``searchRequested("tag:…")``.
    """

    documentRequested = Signal(str, int)
    goalRequested = Signal(str)
    limitSearchRequested = Signal(list)
    savedSearchRequested = Signal(str)
    searchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forest = GoalForest()
        self._documents: Mapping[str, Document] = {}
        self._node_id: str | None = None
        self._saved: SavedSearches | None = None
        self._pinned_names: list[str] = []
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.document().setDocumentMargin(12)
        self.limit_button = QPushButton(self)
        self.limit_button.clicked.connect(self._on_limit)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 4, 12, 10)
        buttons.addWidget(self.limit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self._retranslate()

    def set_library(self, forest: GoalForest, documents: Mapping[str, Document]) -> None:
        self._forest = forest
        self._documents = documents
        self._node_id = None
        self.browser.clear()
        self._update_limit_button()

    def node_id(self) -> str | None:
        return self._node_id

    def set_saved_searches(self, saved: SavedSearches | None) -> None:
        """The store whose searches pinned to the shown goal are listed (shown again at once)."""
        self._saved = saved
        if self._node_id:
            self.show_node(self._node_id)

    def linked_documents(self) -> list[str]:
        """Ids of the documents the shown goal and the goals under it link to, first seen first."""
        node = self._forest.node(self._node_id) if self._node_id else None
        if node is None:
            return []
        return list(dict.fromkeys(link.doc_id for n in node.walk() for link in n.links))

    def show_node(self, node_id: str) -> bool:
        """Show a node of the forest; False when the forest has no such node."""
        node = self._forest.node(node_id)
        if node is None:
            return False
        self._node_id = node_id
        self.browser.setHtml(self._html(node))
        self._update_limit_button()
        return True

    def text(self) -> str:
        return self.browser.toPlainText()

    def _retranslate(self) -> None:
        self.limit_button.setText(self.tr("Search only in these documents"))
        self._update_limit_button()

    def _update_limit_button(self) -> None:
        documents = self.linked_documents()
        self.limit_button.setEnabled(bool(documents))
        titles = ", ".join(self._doc_title(d) for d in documents)
        self.limit_button.setToolTip(
            self.tr("Limit the search to the documents this goal links to: %1").replace("%1", titles)
            if documents
            else self.tr("This goal links to no documents.")
        )

    @Slot()
    def _on_limit(self) -> None:
        documents = self.linked_documents()
        if documents:
            self.limitSearchRequested.emit(documents)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
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
            paragraphs = (p.strip() for p in node.text.split("\n") if p.strip())
            parts.extend(f"<p>{escape(p)}</p>" for p in paragraphs)
        if node.tags:
            tags = " ".join(f'<a href="tag:{escape(tag_term(tag))}">#{escape(tag)}</a>' for tag in node.tags)
            parts.append(f"<p>{escape(self.tr('Tags:'))} {tags}</p>")

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

        pinned = self._saved.pinned_to(node.id) if self._saved is not None else []
        # Links carry the position, not the name: a name may hold anything a URL would mangle.
        self._pinned_names = [s.name for s in pinned]
        if pinned:
            items = [
                f'<li><a href="saved:{i}">{escape(s.name)}</a>'
                f" <span style='color:{muted}'>({escape(s.query)})</span></li>"
                for i, s in enumerate(pinned)
            ]
            heading = escape(self.tr("Saved searches for this goal"))
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
        elif url.scheme() == "tag":
            self.searchRequested.emit(f"tag:{url.path()}")
        elif url.scheme() == "saved" and url.path().isdigit() and int(url.path()) < len(self._pinned_names):
            self.savedSearchRequested.emit(self._pinned_names[int(url.path())])


class LinkingGoalsPanel(QWidget):
    """ "Goals that point here": the goals that link to the page in the viewer; a click emits
    ``goalRequested(node_id)``.
    """

    goalRequested = Signal(str)
    MAX_TITLE_CHARS = 90
    MAX_VISIBLE_LINES = 6  # more scroll, so that the page above keeps its room

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forest = GoalForest()
        self._nodes: list[GoalNode] = []
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list_label = QLabel(self)
        self.list_label.setWordWrap(True)
        self.list_label.setTextFormat(Qt.TextFormat.RichText)
        # Lines under the heading, not centred in a box taller than they need.
        self.list_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.list_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.list_label.linkActivated.connect(self._on_link)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.list_label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.list_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the links
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area)
        self._render()

    def set_goals(self, nodes: Sequence[GoalNode], forest: GoalForest) -> None:
        self._nodes = list(nodes)
        self._forest = forest
        self._render()

    def node_ids(self) -> list[str]:
        return [node.id for node in self._nodes]

    def text(self) -> str:
        return f"{self.heading.text()}\n{self.list_label.text()}"

    def _render(self) -> None:
        self.heading.setText(self.tr("Goals that point here"))
        self.scroll_area.setAccessibleName(self.heading.text())
        self.list_label.setAccessibleName(self.heading.text())
        muted = _muted_colour(self.palette())
        if not self._nodes:
            none = escape(self.tr("No goal links to this page."))
            self.list_label.setText(f'<span style="color:{muted}">{none}</span>')
            return
        # The plan is named only when the goals come from more than one.
        several_plans = len({node.plan_id for node in self._nodes}) > 1
        items = []
        for node in self._nodes:
            title = node.title
            if len(title) > self.MAX_TITLE_CHARS:
                title = title[: self.MAX_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
            text = escape(f"{node.label}: {title}" if node.level != "Plan" else title)
            plan = self._forest.node(node.plan_id) if several_plans else None
            where = f' <span style="color:{muted}">({escape(plan.title)})</span>' if plan else ""
            items.append(f'<a href="goal:{escape(node.id)}">{text}</a>{where}')
        self.list_label.setText("<br>".join(f"· {item}" for item in items))
        self._fit_height()

    def _fit_height(self) -> None:
        lines = self.list_label.fontMetrics().lineSpacing() * self.MAX_VISIBLE_LINES
        # The height of the wrapped text at the width it has (the size hint assumes another width).
        width = self.scroll_area.viewport().width()
        needed = self.list_label.heightForWidth(width) if width > 0 else -1
        content = needed if needed > 0 else self.list_label.sizeHint().height()
        self.scroll_area.setMaximumHeight(min(content, lines) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    @Slot(str)
    def _on_link(self, href: str) -> None:
        if href.startswith("goal:"):
            self.goalRequested.emit(href.removeprefix("goal:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self._render()
        super().changeEvent(event)
