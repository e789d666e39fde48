"""The results pane: hits grouped by document with marked snippets, and its empty and error states."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import ClassVar

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.search import Hit, SearchResult, Snippet
from tromsvekst_desktop.gui.contrast import (
    AA_TEXT,
    SELECTION_CONTRAST,
    blend,
    contrast_ratio,
    muted,
    readable,
)
from tromsvekst_desktop.gui.models.results import (
    COUNT_ROLE,
    GOALS_ROLE,
    GROUP,
    HEADING_ROLE,
    HIT_ROLE,
    OFFLINE_ROLE,
    ROW_KIND_ROLE,
    ResultsModel,
)

# Matched words: dark text on amber, readable on light and dark rows and on the selection colour.
MARK_BACKGROUND = QColor(255, 206, 61)
MARK_FOREGROUND = QColor(20, 20, 20)
SNIPPET_LINES = 3
PAD_X, PAD_Y, LINE_GAP = 6, 5, 2
LAYOUT_CACHE_SIZE = 600

_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowColours:
    """The colours a result row is painted with; each text colour reaches 4.5:1 on ``background``."""

    background: QColor
    text: QColor  # snippets and document titles
    muted: QColor  # page and section lines, counts
    goals: QColor  # the goals that link to a page hit: tinted amber like the marks


def row_colours(palette: QPalette, group: QPalette.ColorGroup, selected: bool) -> RowColours:
    """The colours of a normal or a selected row in ``palette`` (a light or a dark one).

    A selection colour that the selected text does not stand out on well (white on the
    mid blues of Fusion, Breeze and Adwaita reaches 2–4:1) is deepened, so that the page
    line and the goals, quieter than the snippet, still reach 4.5:1.
    """
    if selected:
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        background = readable(palette.color(group, QPalette.ColorRole.Highlight), text, SELECTION_CONTRAST)
    else:
        background = palette.color(group, QPalette.ColorRole.Base)
        text = readable(palette.color(group, QPalette.ColorRole.Text), background)
    quiet = muted(text, background, 0.3 if selected else 0.42)
    tint = MARK_BACKGROUND if contrast_ratio(text, QColor(0, 0, 0)) > AA_TEXT else MARK_BACKGROUND.darker(220)
    return RowColours(background, text, quiet, readable(blend(quiet, tint, 0.45), background))


def elided_path(path: str, metrics: QFontMetrics, width: int) -> str:
    """ "Plan title › Level 1 › Goal" in ``width``: a long goal title at the end gives way
    first (the row shows it in full below), then the plan title, the levels last."""
    if metrics.horizontalAdvance(path) <= width or " › " not in path:
        return metrics.elidedText(path, Qt.TextElideMode.ElideRight, width)
    before, sep, last = path.rpartition(" › ")
    head, _sep, levels = before.partition(" › ")
    levels = sep + levels + sep if levels else sep
    least = metrics.horizontalAdvance("Tromsøregionen…")
    for head_room in (metrics.horizontalAdvance(head), least, metrics.horizontalAdvance("Tromsø…")):
        room = width - head_room - metrics.horizontalAdvance(levels)
        if room >= least:
            shown = metrics.elidedText(head, Qt.TextElideMode.ElideRight, head_room)
            return shown + levels + metrics.elidedText(last, Qt.TextElideMode.ElideRight, room)
    return _elided_levels(before if " › " in before else path, metrics, width)


def _elided_levels(path: str, metrics: QFontMetrics, width: int) -> str:
    head, sep, tail = path.partition(" › ")
    if metrics.horizontalAdvance(path) <= width or not sep:
        return metrics.elidedText(path, Qt.TextElideMode.ElideRight, width)
    room = width - metrics.horizontalAdvance(sep + tail)
    if room >= metrics.horizontalAdvance("Tromsø…"):
        return metrics.elidedText(head, Qt.TextElideMode.ElideRight, room) + sep + tail
    return metrics.elidedText(path, Qt.TextElideMode.ElideLeft, width)


def _mark_format() -> QTextCharFormat:
    mark = QTextCharFormat()
    mark.setBackground(MARK_BACKGROUND)
    mark.setForeground(MARK_FOREGROUND)
    return mark


def _laid_out(snippet: Snippet, text_end: int, font: QFont, width: int) -> QTextLayout:
    """The snippet up to ``text_end`` (then " …" when cut), wrapped at ``width``, matches marked."""
    text = snippet.text[:text_end] + (" …" if text_end < len(snippet.text) else "")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    mark = _mark_format()
    ranges = []
    for start, end in snippet.spans:
        if start >= text_end:
            break
        marked = QTextLayout.FormatRange()
        marked.start, marked.length, marked.format = start, min(end, text_end) - start, mark
        ranges.append(marked)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def fitted_snippet(snippet: Snippet, font: QFont, width: int, max_lines: int) -> QTextLayout:
    """The snippet laid out in at most ``max_lines`` lines, cut after a word with " …"."""
    layout = _laid_out(snippet, len(snippet.text), font, width)
    if layout.lineCount() <= max_lines:
        return layout
    last_line = layout.lineAt(max_lines - 1)
    end = last_line.textStart() + last_line.textLength()
    while end > 0:
        # Back off one word at a time until the text and its " …" fit (once or twice, as a rule).
        end = snippet.text.rfind(" ", 0, end - 1)
        if end <= 0:
            break
        layout = _laid_out(snippet, end, font, width)
        if layout.lineCount() <= max_lines:
            return layout
    return _laid_out(snippet, 0, font, width)


class SnippetParts:
    """A hit's laid-out snippet, top to bottom: a goal's title (bold), then its text."""

    GAP = 1.0

    def __init__(self, layouts: list[QTextLayout]) -> None:
        self.layouts = layouts

    def height(self) -> float:
        heights = [layout.boundingRect().height() for layout in self.layouts]
        return sum(heights) + self.GAP * max(len(heights) - 1, 0)

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        y = origin.y()
        for layout in self.layouts:
            layout.draw(painter, QPointF(origin.x(), y))
            y += layout.boundingRect().height() + self.GAP


def snippet_parts(hit: Hit, font: QFont, width: int, max_lines: int) -> SnippetParts:
    """A page hit's snippet in ``max_lines``; a goal's title (in bold, two lines at most) and
    below it as much of its text as the remaining lines hold."""
    if hit.title_snippet is None or not hit.title_snippet.text:
        return SnippetParts([fitted_snippet(hit.snippet, font, width, max_lines)])
    bold = QFont(font)
    bold.setBold(True)
    title = fitted_snippet(hit.title_snippet, bold, width, max_lines - 1 if hit.snippet.text else max_lines)
    if not hit.snippet.text:
        return SnippetParts([title])
    text = fitted_snippet(hit.snippet, font, width, max(max_lines - title.lineCount(), 1))
    return SnippetParts([title, text])


class SnippetDelegate(QStyledItemDelegate):
    """Paints a group row (bold title, muted count) and a hit row (muted heading over a snippet)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._layouts: OrderedDict[tuple[int, int], SnippetParts] = OrderedDict()

    def clear_cache(self) -> None:
        self._layouts.clear()

    def _text_width(self, index: _AnyIndex) -> int:
        depth = 1 if index.parent().isValid() else 0
        indent = self._view.indentation() * (depth + (1 if self._view.rootIsDecorated() else 0))
        return max(self._view.viewport().width() - indent - 2 * PAD_X, 80)

    def _snippet(self, hit: Hit, font: QFont, width: int) -> SnippetParts:
        # Keyed by the hit object: the cache is cleared whenever the model is reset.
        key = (id(hit), width)
        layout = self._layouts.get(key)
        if layout is None:
            layout = snippet_parts(hit, font, width, SNIPPET_LINES)
            self._layouts[key] = layout
            if len(self._layouts) > LAYOUT_CACHE_SIZE:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(ROW_KIND_ROLE) == GROUP:
            offline_line = metrics.height() + LINE_GAP if index.data(OFFLINE_ROLE) else 0
            return QSize(100, metrics.height() + offline_line + 2 * PAD_Y + 2)
        hit: Hit = index.data(HIT_ROLE)
        layout = self._snippet(hit, option.font, self._text_width(index))
        height = metrics.height() + LINE_GAP + math.ceil(layout.height()) + 2 * PAD_Y
        return QSize(100, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else self._view.style()
        opt.text = ""
        colours = self.colours(opt)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            if opt.state & QStyle.StateFlag.State_Selected:
                opt.palette.setColor(group, QPalette.ColorRole.Highlight, colours.background)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        font: QFont = opt.font
        metrics = QFontMetrics(font)

        painter.save()
        if index.data(ROW_KIND_ROLE) == GROUP:
            self._paint_group(painter, index, rect, font, colours)
        else:
            painter.setFont(font)
            painter.setPen(colours.muted)
            heading = str(index.data(HEADING_ROLE))
            line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
            if index.data(ROW_KIND_ROLE) == "goal":
                heading = elided_path(heading, metrics, rect.width())
            else:
                line.setWidth(rect.width() - self._paint_goals(painter, index, line, metrics, colours.goals))
                heading = metrics.elidedText(heading, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
            hit: Hit = index.data(HIT_ROLE)
            layout = self._snippet(hit, font, self._text_width(index))
            painter.setPen(colours.text)  # the colour of the words that are not marked
            layout.draw(painter, QPointF(rect.left(), rect.top() + metrics.height() + LINE_GAP))
        painter.restore()

    @staticmethod
    def colours(option: QStyleOptionViewItem) -> RowColours:
        """The colours for the row ``option`` describes (selected or not, window active or not)."""
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        return row_colours(option.palette, group, bool(option.state & QStyle.StateFlag.State_Selected))

    def _paint_goals(
        self, painter: QPainter, index: _AnyIndex, line: QRect, metrics: QFontMetrics, colour: QColor
    ) -> int:
        """The goals that link to a page hit, right-aligned on its heading line; the width used."""
        goals = str(index.data(GOALS_ROLE) or "")
        if not goals:
            return 0
        # "◎" marks goals in the tree's sense; it gives way to the page and section first.
        text = metrics.elidedText(f"◎ {goals}", Qt.TextElideMode.ElideRight, int(line.width() * 0.45))
        width = metrics.horizontalAdvance(text)
        painter.save()
        painter.setPen(colour)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
        return width + PAD_X * 2

    def _paint_group(
        self, painter: QPainter, index: _AnyIndex, rect: QRect, font: QFont, colours: RowColours
    ) -> None:
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics, metrics = QFontMetrics(bold), QFontMetrics(font)
        count = f"  {index.data(COUNT_ROLE)}"
        room = max(rect.width() - metrics.horizontalAdvance(count), 20)
        title = bold_metrics.elidedText(str(index.data(HEADING_ROLE)), Qt.TextElideMode.ElideRight, room)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # A document of an offline folder says so under its title (elided; the tooltip has it whole).
        note = index.data(OFFLINE_ROLE)
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height() + 2) if note else rect
        painter.setFont(bold)
        painter.setPen(colours.text)
        painter.drawText(line, flags, title)
        painter.setFont(font)
        painter.setPen(colours.muted)
        painter.drawText(line.adjusted(bold_metrics.horizontalAdvance(title), 0, 0, 0), flags, count)
        if note:
            plain = QFont(font)
            plain.setBold(False)
            painter.setFont(plain)
            metrics = QFontMetrics(plain)
            under = line.translated(0, line.height() + LINE_GAP)
            painter.drawText(
                under, flags, metrics.elidedText(str(note), Qt.TextElideMode.ElideRight, rect.width())
            )


class ResultsTree(QTreeView):
    """Up/Down/Home/End step over the document rows so that arrows go from hit to hit."""

    _HIT_MOVES: ClassVar[dict[QAbstractItemView.CursorAction, int]] = {
        QAbstractItemView.CursorAction.MoveDown: 1,
        QAbstractItemView.CursorAction.MoveNext: 1,
        QAbstractItemView.CursorAction.MoveUp: -1,
        QAbstractItemView.CursorAction.MovePrevious: -1,
    }

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        if action == QAbstractItemView.CursorAction.MoveHome:
            return self._hit_from(model.index(0, 0), 1) or current
        if action == QAbstractItemView.CursorAction.MoveEnd:
            last = model.index(model.rowCount() - 1, 0)
            if self.isExpanded(last):
                last = model.index(model.rowCount(last) - 1, 0, last)
            return self._hit_from(last, -1) or current
        step = self._HIT_MOVES.get(action)
        if step is None or not current.isValid():
            return super().moveCursor(action, modifiers)
        start = self.indexBelow(current) if step > 0 else self.indexAbove(current)
        return self._hit_from(start, step) or current

    def _hit_from(self, index: QModelIndex, step: int) -> QModelIndex | None:
        """The first visible hit row from ``index`` on in direction ``step``."""
        while index.isValid() and index.data(ROW_KIND_ROLE) == GROUP:
            index = self.indexBelow(index) if step > 0 else self.indexAbove(index)
        return index if index.isValid() else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Snippets wrap: a new width means new row heights.
            self.scheduleDelayedItemsLayout()


class ResultsView(QWidget):
    """Shows a SearchResult, or a calm message in its place (no hits, a bad query, no index).

    ``hitSelected(hit)`` fires when the current row becomes a hit (arrows, click);
    ``hitActivated(hit)`` on Enter or double-click. A click on the did-you-mean link emits
    ``suggestionActivated(query)``; the ✕ of the "Only in: …" bar emits ``scopeCleared``.
    ``summaryChanged(text)`` carries the line for the pane header ("14 hits · …").
    """

    hitSelected = Signal(object)
    hitActivated = Signal(object)
    suggestionActivated = Signal(str)
    scopeCleared = Signal()
    tipsRequested = Signal()
    summaryChanged = Signal(str)
    expansionUndone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: SearchResult | None = None
        self._scope_label = ""
        self._summary = ""
        self._render_message: Callable[[], str] | None = None

        self.model = ResultsModel(self)
        self.tree = ResultsTree(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setExpandsOnDoubleClick(False)
        self.delegate = SnippetDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.model.modelReset.connect(self.delegate.clear_cache)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.activated.connect(self._on_activated)

        self.message = QTextBrowser(self)
        self.message.setOpenLinks(False)
        self.message.setFrameShape(QFrame.Shape.NoFrame)
        self.message.document().setDocumentMargin(16)
        self.message.anchorClicked.connect(self._on_link)

        self.scope_text = QLabel(self)
        self.scope_text.setTextFormat(Qt.TextFormat.PlainText)
        # A long title is cut, never allowed to widen the pane (the tooltip has all of it).
        self.scope_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.scope_clear = QToolButton(self)
        self.scope_clear.setText("✕")
        self.scope_clear.setAutoRaise(True)
        self.scope_clear.clicked.connect(self.scopeCleared)
        self.scope_bar = QFrame(self)
        self.scope_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.scope_bar.setAutoFillBackground(True)
        self.scope_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        bar = QHBoxLayout(self.scope_bar)
        bar.setContentsMargins(8, 2, 2, 2)
        bar.addWidget(self.scope_text, 1)
        bar.addWidget(self.scope_clear)
        self.scope_bar.setVisible(False)

        # "Also searched for: kommuneplanens arealdel (for KPA) · Search only for «KPA»"
        self.expansion_label = QLabel(self)
        self.expansion_label.setTextFormat(Qt.TextFormat.RichText)
        self.expansion_label.setWordWrap(True)
        self.expansion_label.setContentsMargins(8, 0, 8, 0)
        self.expansion_label.linkActivated.connect(self.expansionUndone)
        self.expansion_label.setVisible(False)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.scope_bar)
        layout.addWidget(self.expansion_label)
        layout.addWidget(self.stack, 1)
        self._retranslate()

    # --- states -------------------------------------------------------------------------

    def show_result(self, result: SearchResult) -> None:
        """Show the hits (or the no-hits state with the suggestion).

        The same query answered again (the index changed, a facet was cleared) keeps the
        hit the user was on, where it is still among the hits.
        """
        previous = (
            self.current_hit() if self._result is not None and self._result.query == result.query else None
        )
        self._result = result
        self.model.set_result(result)
        self._show_expansions()
        if result.hits:
            self.tree.expandAll()
            same = self._index_of(previous) if previous is not None else QModelIndex()
            if same.isValid():
                self.tree.setCurrentIndex(same)
                self.tree.scrollTo(same)
            else:
                self.tree.scrollToTop()
            self.stack.setCurrentWidget(self.tree)
            self._render_message = None
        else:
            self._show_message(self._no_hits_html)
        self._set_summary(self._result_summary())

    def _index_of(self, hit: Hit) -> QModelIndex:
        """The row of the hit on the same page or goal as ``hit`` (invalid when there is none)."""
        key = (hit.kind, hit.doc_id, hit.page, hit.node_id)
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            for child in range(self.model.rowCount(group)):
                index = self.model.index(child, 0, group)
                other = self.model.hit(index)
                if other is not None and (other.kind, other.doc_id, other.page, other.node_id) == key:
                    return index
        return QModelIndex()

    def _show_expansions(self) -> None:
        expanded = self._result.expanded if self._result is not None else ()
        self.expansion_label.setVisible(bool(expanded))
        if not expanded:
            return
        searched = "; ".join(
            self.tr("%1 (for %2)").replace("%1", ", ".join(e.alternatives)).replace("%2", e.original)
            for e in expanded
        )
        originals = " ".join(e.original for e in expanded)
        undo = self.tr("Search only for «%1»").replace("%1", originals)
        self.expansion_label.setText(
            escape(self.tr("Also searched for: %1").replace("%1", searched))
            + f' · <a href="undo">{escape(undo)}</a>'
        )

    def show_error(self, message: str) -> None:
        """A query that cannot run: its one-line reason, with a pointer to the search tips."""
        self._clear_result()
        self._show_message(lambda: self._error_html(message))
        self._set_summary("")

    def show_notice(self, text: Callable[[], str]) -> None:
        """Any other message in place of the results; ``text`` is called again after a language change."""
        self._clear_result()
        self._show_message(lambda: f"<p>{escape(text())}</p>")
        self._set_summary("")

    def clear(self) -> None:
        self._clear_result()
        self._render_message = None
        self.stack.setCurrentWidget(self.tree)
        self._set_summary("")

    def set_scope(self, label: str | None) -> None:
        """Show "Only in: <label> ✕" above the results (None or "": no limit)."""
        self._scope_label = label or ""
        self.scope_bar.setVisible(bool(label))
        self._retranslate_scope()
        if self._render_message is not None:
            self.message.setHtml(self._render_message())

    # --- queries ------------------------------------------------------------------------

    def result(self) -> SearchResult | None:
        return self._result

    def summary(self) -> str:
        return self._summary

    def message_text(self) -> str:
        """The text of the message shown instead of hits ("" while hits are shown)."""
        return self.message.toPlainText() if self.stack.currentWidget() is self.message else ""

    def current_hit(self) -> Hit | None:
        return self.model.hit(self.tree.currentIndex())

    def select_first_hit(self) -> bool:
        """Make the first hit current (which shows it); False when there is none."""
        first = self.model.first_hit_index()
        if not first.isValid():
            return False
        self.tree.setCurrentIndex(first)
        return True

    def select_hit(self, hit: Hit) -> bool:
        """Make the row of ``hit``'s page or goal current (which shows it); False when it is not listed."""
        index = self._index_of(hit)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    # --- internals ----------------------------------------------------------------------

    def _clear_result(self) -> None:
        self._result = None
        self.model.set_result(None)
        self.expansion_label.setVisible(False)

    def _show_message(self, render: Callable[[], str]) -> None:
        self._render_message = render
        self.message.setHtml(render())
        self.stack.setCurrentWidget(self.message)

    def _set_summary(self, text: str) -> None:
        self._summary = text
        self.summaryChanged.emit(text)

    def _count(self, n: int, one: str, many: str) -> str:
        # Bokmål and English both use the singular for exactly one.
        return one if n == 1 else many.replace("%1", str(n))

    def _result_summary(self) -> str:
        result = self._result
        if result is None:
            return ""
        total = self._count(result.total, self.tr("1 hit"), self.tr("%1 hits"))
        if result.total > len(result.hits):
            total = self.tr("%1, the best %2 shown").replace("%1", total).replace("%2", str(len(result.hits)))
        parts = [total]
        pages = self.model.page_hit_count()
        if pages:
            parts.append(
                self.tr("%1 in %2")
                .replace("%1", self._count(pages, self.tr("1 page"), self.tr("%1 pages")))
                .replace(
                    "%2",
                    self._count(self.model.document_count(), self.tr("1 document"), self.tr("%1 documents")),
                )
            )
        goals = self.model.goal_hit_count()
        if goals:
            parts.append(self._count(goals, self.tr("1 goal"), self.tr("%1 goals")))
        elapsed = self.tr("%1 ms").replace("%1", str(max(round(result.elapsed_ms), 1)))
        return f"{' · '.join(parts)} ({elapsed})"

    def _no_hits_html(self) -> str:
        result = self._result
        assert result is not None
        heading = self.tr("No hits for «%1»").replace("%1", result.query)
        parts = [f"<h3>{escape(heading)}</h3>"]
        if result.suggestion:
            link = f"<a href='suggest:'>{escape(result.suggestion)}</a>"
            question = escape(self.tr("Did you mean «%1»?")).replace("%1", link)
            parts.append(f"<p style='font-size:large'>{question}</p>")
        if self._scope_label:
            parts.append(
                "<p>{} <a href='scope:clear'>{}</a></p>".format(
                    escape(self.tr("The search is limited to %1.").replace("%1", self._scope_label)),
                    escape(self.tr("Search in all documents")),
                )
            )
        parts.append(
            "<p>{} <a href='help:tips'>{}</a></p>".format(
                escape(
                    self.tr("Try fewer or other words, a word with * at the end, or ~ for similar spellings.")
                ),
                escape(self.tr("Search tips")),
            )
        )
        return "".join(parts)

    def _error_html(self, message: str) -> str:
        heading = escape(self.tr("This search cannot be run"))
        tips = escape(self.tr("Search tips"))
        return f"<h3>{heading}</h3><p>{escape(message)}</p><p><a href='help:tips'>{tips}</a></p>"

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "suggest" and self._result is not None and self._result.suggestion:
            self.suggestionActivated.emit(self._result.suggestion)
        elif url.scheme() == "scope":
            self.scopeCleared.emit()
        elif url.scheme() == "help":
            self.tipsRequested.emit()

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        hit = self.model.hit(current)
        if hit is not None:
            self.hitSelected.emit(hit)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index)
        if hit is not None:
            self.hitActivated.emit(hit)
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _retranslate_scope(self) -> None:
        self.scope_text.setText(self.tr("Only in: %1").replace("%1", self._scope_label))
        self.scope_text.setToolTip(self.scope_text.text())

    def _retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Search results"))
        self.message.setAccessibleName(self.tr("Search results"))
        self.scope_clear.setToolTip(self.tr("Search in all documents again"))
        self.scope_clear.setAccessibleName(self.tr("Remove the limit"))
        self._retranslate_scope()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.texts_changed()
            if self._render_message is not None:
                self.message.setHtml(self._render_message())
            if self._result is not None:
                self._set_summary(self._result_summary())
        elif event.type() == QEvent.Type.PaletteChange:
            self.tree.viewport().update()
            if self._render_message is not None:
                self.message.setHtml(self._render_message())
        super().changeEvent(event)
