"""A PDF page viewer: PyMuPDF renders in the GUI thread, search hits are marked in yellow."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import pymupdf
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.copystore import DamagedCopy
from tromsvekst_desktop.core.headings import Heading, tidy
from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.core.ocr_cache import Word, recognised_page_chars
from tromsvekst_desktop.core.pagemarks import PageChars, mark_boxes, page_chars
from tromsvekst_desktop.gui.icons import icon
from tromsvekst_desktop.gui.ocr_text import percent_text
from tromsvekst_desktop.gui.offline import LocalCopies, copy_note, is_readable

log = logging.getLogger(__name__)

# The headings of a PDF as the index knows them (the outline's or found from the layout).
ContentsSource = Callable[[Path], list[Heading]]
# The words text recognition (OCR) found on a page (path, 1-based page), and their share of known words.
RecognisedWords = Callable[[str, int], tuple[list[Word], float] | None]

# Translucent yellow on the always-white page: readable whatever the widget palette is.
HIGHLIGHT_FILL = QColor(255, 204, 0, 110)
HIGHLIGHT_EDGE = QColor(204, 150, 0, 200)
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
CACHE_SIZE = 12
# Finding the pages with hits reads each page's text (~1–2 ms a page with MuPDF): done in
# slices this long, so that neither F3 across a hundred pages without hits nor the look
# ahead after a page opens holds a frame back.
SEEK_SLICE_S = 0.010
LOOK_AHEAD_SLICE_S = 0.008
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class ZoomMode(Enum):
    FIT_WIDTH = "fit-width"
    FIT_PAGE = "fit-page"
    CUSTOM = "custom"


def ask_password(parent: QWidget, file_name: str, wrong: bool) -> str | None:
    """Ask for a PDF's password; None when the user cancels. Tests replace this function."""
    label = (
        QCoreApplication.translate("PdfViewer", "Wrong password. Try again for «%1»:")
        if wrong
        else QCoreApplication.translate("PdfViewer", "«%1» is password protected. Password:")
    ).replace("%1", file_name)
    title = QCoreApplication.translate("PdfViewer", "Password")
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


class PageCanvas(QWidget):
    """Paints one rendered page and the highlight rectangles on top of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._rects: list[QRectF] = []
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_page(self, image: QImage, rects: list[QRectF], scale: float) -> None:
        """``rects`` are in PDF points; ``scale`` converts points to logical pixels."""
        self._image = image
        self._rects = rects
        self._scale = scale
        self.setFixedSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        if self._image.isNull():
            return QSize(0, 0)
        dpr = self._image.devicePixelRatio()
        return QSize(round(self._image.width() / dpr), round(self._image.height() / dpr))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(QPoint(0, 0), self._image)
        painter.setPen(HIGHLIGHT_EDGE)
        painter.setBrush(HIGHLIGHT_FILL)
        for rect in self._rects:
            s = self._scale
            painter.drawRect(QRectF(rect.x() * s, rect.y() * s, rect.width() * s, rect.height() * s))
        painter.end()


class PdfViewer(QWidget):
    """Shows one page of a PDF at a time, with page navigation, zoom and hit highlighting.

    Pages are 1-based in this API; ``_doc_page`` is the only place that converts to
    PyMuPDF's 0-based index.
    """

    pageChanged = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: pymupdf.Document | None = None
        self._path: Path | None = None
        self._source: Path | None = None  # the file read: the path, or its local copy
        self._copies: LocalCopies | None = None
        self._page = 1
        self._section: tuple[int, str] | None = None  # (page, heading) of the hit opened
        self._highlight: MatchRule | None = None
        self._zoom = 1.0
        self._zoom_mode = ZoomMode.FIT_WIDTH
        self._cache: OrderedDict[tuple[int, float, float], QImage] = OrderedDict()
        self._texts: dict[int, PageChars] = {}
        self._contents_source: ContentsSource | None = None
        # For the current highlight: which pages have hits, and the F3 search under way
        # (direction, next offset from the page shown).
        self._hit_pages: dict[int, bool] = {}
        self._unrecognised: set[int] = set()  # pages without text, not recognised (OCR) yet
        self._seek: tuple[int, int] | None = None
        self._look_ahead = QTimer(self)
        self._look_ahead.setInterval(0)
        self._look_ahead.timeout.connect(self._look_ahead_some)
        self._recognised: RecognisedWords | None = None
        self._confidence: dict[int, float] = {}  # pages whose text was recognised (OCR)
        self._hit_rects: list[QRectF] = []
        self._message = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build_actions()
        self._build_ui()
        self._retranslate()
        self._update_controls()

    # --- construction -------------------------------------------------------------------

    def _action(self, slot: Callable[[], object], keys: list[QKeySequence], qicon: QIcon) -> QAction:
        action = QAction(qicon, "", self)
        action.setShortcuts(keys)
        # Active while the viewer (or a child) has focus, so the same keys work elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.prev_page_action = self._action(
            self.previous_page, [QKeySequence(Qt.Key.Key_PageUp)], icon("page-previous")
        )
        self.next_page_action = self._action(
            self.next_page, [QKeySequence(Qt.Key.Key_PageDown)], icon("page-next")
        )
        self.first_page_action = self._action(
            lambda: self.go_to_page(1), [QKeySequence(Qt.Key.Key_Home)], QIcon()
        )
        self.last_page_action = self._action(
            lambda: self.go_to_page(self.page_count()), [QKeySequence(Qt.Key.Key_End)], QIcon()
        )
        self.prev_hit_action = self._action(
            self.previous_hit, [QKeySequence(QKeySequence.StandardKey.FindPrevious)], icon("hit-previous")
        )
        self.next_hit_action = self._action(
            self.next_hit, [QKeySequence(QKeySequence.StandardKey.FindNext)], icon("hit-next")
        )
        self.zoom_in_action = self._action(
            self.zoom_in,
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
            icon("zoom-in"),
        )
        self.zoom_out_action = self._action(
            self.zoom_out, [QKeySequence(QKeySequence.StandardKey.ZoomOut)], icon("zoom-out")
        )
        self.fit_width_action = self._action(self.fit_width, [QKeySequence("Ctrl+0")], icon("fit-width"))
        self.fit_page_action = self._action(self.fit_page, [QKeySequence("Ctrl+9")], icon("fit-page"))
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.contents_action = self._action(self._toggle_contents, [QKeySequence("F4")], icon("contents"))
        self.contents_action.setCheckable(True)
        self.copy_text_action = self._action(self.copy_page_text, [], QIcon())
        self.open_external_action = self._action(self.open_external, [], QIcon())

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _build_ui(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)

        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_spin.valueChanged.connect(self.go_to_page)

        self.more_menu = QMenu(self)
        self.more_menu.addAction(self.copy_text_action)
        self.more_menu.addAction(self.open_external_action)
        self.more_button = QToolButton(self)
        self.more_button.setText("⋮")
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAutoRaise(True)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")

        self._buttons: dict[QAction, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for action in (self.contents_action, self.prev_page_action, self.next_page_action):
            self._buttons[action] = self._tool_button(action)
            bar.addWidget(self._buttons[action])
        bar.addWidget(self.page_spin)
        bar.addSpacing(8)
        for action in (self.prev_hit_action, self.next_hit_action):
            self._buttons[action] = self._tool_button(action)
            bar.addWidget(self._buttons[action])
        bar.addStretch(1)
        for action in (
            self.zoom_out_action,
            self.zoom_in_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            self._buttons[action] = self._tool_button(action)
            bar.addWidget(self._buttons[action])
        bar.addWidget(self.more_button)

        self.canvas = PageCanvas()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setBackgroundRole(self.palette().ColorRole.Mid)
        self.scroll_area.viewport().installEventFilter(self)

        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)

        self.copy_label = QLabel(self)
        self.copy_label.setObjectName("localCopyNote")
        self.copy_label.setWordWrap(True)
        self.copy_label.setTextFormat(Qt.TextFormat.PlainText)
        # An information bar in the colours of the page marks: readable in light and dark themes.
        self.copy_label.setStyleSheet(
            "#localCopyNote { background: #fff3c4; color: #3d3100; border: 1px solid #e6c65c;"
            " border-radius: 3px; padding: 3px 6px; }"
        )
        self.copy_label.setVisible(False)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setMargin(24)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.message_label)

        self.contents = QTreeWidget(self)
        self.contents.setHeaderHidden(True)
        self.contents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.contents.setUniformRowHeights(True)
        self.contents.itemActivated.connect(self._on_contents_item)
        self.contents.itemClicked.connect(self._on_contents_item)
        self.contents.setVisible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 500])

        header = QVBoxLayout()
        header.setContentsMargins(8, 6, 6, 2)
        header.setSpacing(4)
        header.addWidget(self.title_label)
        header.addLayout(bar)
        header.addWidget(self.copy_label)
        header.addWidget(self.note_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def _retranslate(self) -> None:
        texts = {
            self.prev_page_action: (self.tr("Previous page"), "PgUp"),
            self.next_page_action: (self.tr("Next page"), "PgDown"),
            self.first_page_action: (self.tr("First page"), "Home"),
            self.last_page_action: (self.tr("Last page"), "End"),
            self.prev_hit_action: (self.tr("Previous page with hits"), "Shift+F3"),
            self.next_hit_action: (self.tr("Next page with hits"), "F3"),
            self.zoom_in_action: (self.tr("Zoom in"), "Ctrl++"),
            self.zoom_out_action: (self.tr("Zoom out"), "Ctrl+-"),
            self.fit_width_action: (self.tr("Fit width"), "Ctrl+0"),
            self.fit_page_action: (self.tr("Fit page"), "Ctrl+9"),
            self.contents_action: (self.tr("Contents"), "F4"),
            self.copy_text_action: (self.tr("Copy page text"), ""),
            self.open_external_action: (self.tr("Open in system viewer"), ""),
        }
        for action, (text, keys) in texts.items():
            action.setText(text)
            action.setToolTip(f"{text} ({keys})" if keys else text)
            button = self._buttons.get(action)
            if button is not None:
                button.setAccessibleName(text)
        self._update_accessible_page()
        self.page_spin.setPrefix(self.tr("p. "))
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.page_spin.setToolTip(self.tr("Go to page"))
        self.more_button.setToolTip(self.tr("More actions"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self._update_note()
        self.contents.setAccessibleName(self.tr("Contents"))
        if self._doc is None and not self._message:
            self.message_label.setText(self.tr("No document is open."))
        self._update_page_suffix()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- opening ------------------------------------------------------------------------

    def open(
        self,
        path: str | Path,
        page: int = 1,
        highlight: MatchRule | None = None,
        password: str | None = None,
        title: str | None = None,
        section: str | None = None,
    ) -> bool:
        """Open a PDF at ``page`` (1-based). Failures show a message in the pane; False then.

        ``title`` (e.g. the catalogue title) is shown above the page instead of the file name.
        ``section``: the heading the hit stands under, current in the contents list while that
        page is on show (a page can hold several sections).
        """
        path = Path(path)
        self._section = (page, section) if section else None
        # A local copy on show gives way to its original as soon as that can be read again.
        copy_shown = self._source is not None and self._source != path and is_readable(path)
        if self._path is not None and self._doc is not None and path == self._path and not copy_shown:
            self._use_highlight(highlight)
            # Same file: only move and re-mark (a click on another hit of the same document).
            self._invalidate_render()
            self.go_to_page(page)
            self._sync_contents()
            self._render()
            self._show_first_hit_when_laid_out()
            return True
        self.close_document()
        self._path = path
        name = path.name
        doc, source, error = None, path, ""
        if is_readable(path):
            doc, error = self._open_file(path, name)
        if doc is None and self._copies is not None:
            # Out of reach, or cut off since it was indexed: the copy of the indexed version.
            try:
                copy = self._copies.copy_for(path)
            except DamagedCopy:
                return self._fail(
                    self.tr(
                        "«%1» cannot be read, and its local copy was damaged and has been removed. "
                        "A new copy is made when the original can be read again."
                    ).replace("%1", name)
                )
            if copy is not None:
                doc, _ = self._open_file(copy, name)
                source = copy if doc is not None else source
        if doc is None and not path.is_file():
            return self._fail(
                self.tr("Cannot find the file «%1». It may have been moved or deleted.").replace(
                    "%1", str(path)
                )
            )
        if doc is None:
            return self._fail(error or self.tr("Cannot open «%1».").replace("%1", name))
        if doc.needs_pass and not self._unlock(doc, name, password):
            doc.close()
            return self._fail(
                self.tr(
                    "«%1» is password protected. Open it again and enter the password to read it."
                ).replace("%1", name)
            )
        if doc.page_count == 0:
            doc.close()
            return self._fail(self.tr("«%1» has no pages.").replace("%1", name))
        self._doc = doc
        self._source = source
        if source != path:
            self.copy_label.setText(copy_note(source))
            self.copy_label.setToolTip(str(source))
        self.copy_label.setVisible(source != path)
        self._use_highlight(highlight)
        self.title_label.setText(title or name)
        self.title_label.setToolTip(f"{title or name}\n{path}")  # the title may be cut in a narrow pane
        self.stack.setCurrentWidget(self.scroll_area)
        self._page = min(max(page, 1), doc.page_count)
        self._fill_contents()
        self._sync_contents()
        self._render()
        self._update_controls()
        self.pageChanged.emit(self._page)
        self._show_first_hit_when_laid_out()
        return True

    def _open_file(self, source: Path, name: str) -> tuple[pymupdf.Document | None, str]:
        """The opened document with at least one page, or None and why not."""
        try:
            doc = pymupdf.open(source, filetype="pdf")
        except Exception as exc:  # MuPDF raises several types for damaged or fake files
            log.warning("cannot open %s: %s", source, exc)
            return None, self.tr("Cannot open «%1»: %2").replace("%1", name).replace("%2", str(exc))
        try:
            pages = doc.page_count
        except Exception:  # a cut-off page tree
            pages = 0
        if pages == 0 and not doc.needs_pass:
            doc.close()
            return None, self.tr("«%1» has no pages.").replace("%1", name)
        return doc, ""

    def _show_first_hit_when_laid_out(self) -> None:
        """Scroll the page's first hit into view (a hit low on a page zoomed to the width
        would be out of sight), once the scroll area has taken the new page's size."""
        self.scroll_area.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self._scroll_to_first_hit)

    def _unlock(self, doc: pymupdf.Document, name: str, password: str | None) -> bool:
        """Try the given password, then ask until the right one or a cancel."""
        if password is not None and doc.authenticate(password):
            return True
        wrong = password is not None
        while True:
            answer = ask_password(self, name, wrong)
            if answer is None:
                return False
            if doc.authenticate(answer):
                return True
            wrong = True

    def _fail(self, message: str) -> bool:
        self._message = message
        self.message_label.setText(message)
        self.stack.setCurrentWidget(self.message_label)
        self.note_label.setVisible(False)
        self.title_label.setText(self._path.name if self._path else "")
        self._update_controls()
        return False

    # --- contents -----------------------------------------------------------------------

    def set_contents_source(self, source: ContentsSource | None) -> None:
        """Where the headings of a document come from (the index); without it, or when it
        knows none, the PDF's own outline."""
        self._contents_source = source

    def contents_titles(self) -> list[tuple[int, str, int]]:
        """The contents list as (level, title, page), top to bottom."""
        found: list[tuple[int, str, int]] = []

        def walk(item: QTreeWidgetItem, level: int) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                found.append((level, child.text(0), int(child.data(0, PAGE_ROLE))))
                walk(child, level + 1)

        walk(self.contents.invisibleRootItem(), 1)
        return found

    def _headings(self) -> list[Heading]:
        assert self._doc is not None and self._path is not None
        if self._contents_source is not None:
            try:
                found = self._contents_source(self._path)
            except Exception as exc:  # the index may be busy or gone: fall back to the outline
                log.warning("no headings for %s from the index: %s", self._path, exc)
                found = []
            if found:
                return found
        try:
            toc = self._doc.get_toc(simple=True)
        except Exception:
            return []
        return [
            Heading(int(page), int(level), tidy(str(title)), 0)
            for level, title, page in toc
            if tidy(str(title)) and 1 <= int(page) <= self._doc.page_count
        ]

    def _fill_contents(self) -> None:
        """The contents list: the headings as a tree by level, each with its page."""
        self.contents.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for heading in self._headings():
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            parent = parents[-1][1] if parents else self.contents.invisibleRootItem()
            item = QTreeWidgetItem(parent, [heading.title])
            item.setData(0, PAGE_ROLE, heading.page)
            item.setToolTip(0, f"{heading.title}\n{self.tr('p. ')}{heading.page}")
            parents.append((heading.level, item))
        self.contents.expandToDepth(0)
        self._update_contents_visibility()

    def _update_contents_visibility(self) -> None:
        has_contents = self.contents.topLevelItemCount() > 0
        self.contents_action.setEnabled(has_contents)
        self.contents.setVisible(has_contents and self.contents_action.isChecked())

    def _sync_contents(self) -> None:
        """Make the heading the current page stands under the contents list's current item:
        the hit's own section on the page it was opened at, else the last heading so far."""
        section = self._section[1] if self._section is not None and self._section[0] == self._page else None
        last: QTreeWidgetItem | None = None
        named: QTreeWidgetItem | None = None
        iterator = QTreeWidgetItemIterator(self.contents)
        while iterator.value() is not None:
            item = iterator.value()
            if int(item.data(0, PAGE_ROLE)) > self._page:
                break
            last = item
            if item.text(0) == section:
                named = item
            iterator += 1
        current = named or last
        self.contents.blockSignals(True)
        if current is not None:
            self.contents.setCurrentItem(current)
            self.contents.scrollToItem(current)
        else:
            self.contents.clearSelection()
        self.contents.blockSignals(False)

    @Slot()
    def _toggle_contents(self) -> None:
        self._update_contents_visibility()
        if self.contents.isVisible():
            self.contents.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(QTreeWidgetItem)
    def _on_contents_item(self, item: QTreeWidgetItem) -> None:
        """Go to a heading: its page, scrolled so that the heading is in view."""
        self.go_to_page(int(item.data(0, PAGE_ROLE)))
        found = self._doc_page(self._page).search_for(" ".join(item.text(0).split()[:4])) if self._doc else []
        if found:
            top = found[0].y0 * self._zoom
            self.scroll_area.verticalScrollBar().setValue(max(0, round(top) - 24))

    def close_document(self) -> None:
        if self._doc is not None:
            self._doc.close()
        self._doc = None
        self._path = None
        self._source = None
        self.copy_label.setVisible(False)
        self._message = ""
        self._texts.clear()
        self._use_highlight(None)
        self._confidence.clear()
        self.contents.clear()
        self._update_contents_visibility()
        self._hit_rects = []
        self._invalidate_render()
        self.canvas.set_page(QImage(), [], 1.0)
        self.title_label.clear()
        self.note_label.setVisible(False)
        self.message_label.setText(self.tr("No document is open."))
        self.stack.setCurrentWidget(self.message_label)
        self._update_controls()

    def _invalidate_render(self) -> None:
        self._cache.clear()

    # --- state queries ------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def source(self) -> Path | None:
        """The file shown: the path itself, or its local copy when the path cannot be read."""
        return self._source

    def set_copies(self, copies: LocalCopies | None) -> None:
        """Where to find local copies of PDFs whose source cannot be read (None: nowhere)."""
        self._copies = copies

    def is_open(self) -> bool:
        return self._doc is not None

    def current_page(self) -> int:
        return self._page

    def page_count(self) -> int:
        return self._doc.page_count if self._doc is not None else 0

    def message(self) -> str:
        """The message shown instead of a page (missing file, wrong password …), or ""."""
        return self._message if self._doc is None else ""

    def zoom(self) -> float:
        return self._zoom

    def highlight_rects(self) -> list[QRectF]:
        """Highlighted word rectangles on the current page, in PDF points."""
        return list(self._hit_rects)

    def page_label(self) -> str:
        """What the page box shows, e.g. "s. 3 / 7"."""
        return self.page_spin.text()

    # --- navigation ---------------------------------------------------------------------

    @Slot(int)
    def go_to_page(self, page: int) -> None:
        if self._doc is None:
            return
        page = min(max(page, 1), self._doc.page_count)
        if page == self._page and self.page_spin.value() == page:
            return
        self._page = page
        if self._section is not None and self._section[0] != page:
            self._section = None  # paged on: the list follows the pages, not the hit any more
        self._render()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._update_controls()
        self._sync_contents()
        self.pageChanged.emit(page)

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self._page + 1)

    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self._page - 1)

    def set_recognised_words(self, lookup: RecognisedWords | None) -> None:
        """Where the words of a page without a text layer come from (the OCR cache)."""
        self._recognised = lookup
        self._texts.clear()
        self._confidence.clear()
        self._hit_pages = {}
        self._unrecognised = set()

    def set_highlight(self, rule: MatchRule | None) -> None:
        self._use_highlight(rule)
        self._render()
        self._update_controls()

    @Slot()
    def next_hit(self) -> None:
        self._jump_to_hit(+1)

    @Slot()
    def previous_hit(self) -> None:
        self._jump_to_hit(-1)

    def _jump_to_hit(self, step: int) -> None:
        """Go to the next page in ``step`` direction (wrapping) with a highlighted word."""
        if self._doc is None or self._highlight is None:
            return
        self._seek = (step, 1)
        self._continue_seek()

    @Slot()
    def _continue_seek(self) -> None:
        """Look for the page of ``_jump_to_hit`` for one slice; the event loop runs between slices."""
        if self._seek is None or self._doc is None:
            return
        step, offset = self._seek
        count = self._doc.page_count
        deadline = time.perf_counter() + SEEK_SLICE_S
        while offset <= count:
            page = (self._page - 1 + step * offset) % count + 1
            if self._has_hits(page):
                self._seek = None
                if page == self._page:
                    self.statusMessage.emit(self.tr("No other page has hits."))
                self.go_to_page(page)
                self._scroll_to_first_hit()
                return
            offset += 1
            if time.perf_counter() > deadline and offset <= count:
                self._seek = (step, offset)
                QTimer.singleShot(0, self._continue_seek)
                return
        self._seek = None
        self.statusMessage.emit(self.tr("No hits in this document."))

    def is_seeking(self) -> bool:
        """Whether F3 / Shift+F3 is still looking for the next page with hits."""
        return self._seek is not None

    def is_looking_ahead(self) -> bool:
        """Whether the pages with hits are still being found in the background after opening."""
        return self._look_ahead.isActive()

    def _use_highlight(self, rule: MatchRule | None) -> None:
        """Mark what ``rule`` matches; which pages have marks is looked up ahead, in slices."""
        if rule == self._highlight and self._doc is not None:
            return
        self._highlight = rule
        self._hit_pages = {}
        self._unrecognised = set()
        self._seek = None
        if rule and self._doc is not None:
            self._look_ahead.start()
        else:
            self._look_ahead.stop()

    @Slot()
    def _look_ahead_some(self) -> None:
        """Find the pages with hits after the one shown, a slice at a time, so F3 is instant."""
        if self._doc is None or not self._highlight:
            self._look_ahead.stop()
            return
        if self._seek is not None:  # F3 is reading pages already: one slice per turn of the event loop
            return
        count = self._doc.page_count
        deadline = time.perf_counter() + LOOK_AHEAD_SLICE_S
        for offset in range(count):
            page = (self._page - 1 + offset) % count + 1
            if page in self._hit_pages or page in self._unrecognised:
                continue
            self._has_hits(page)
            if time.perf_counter() > deadline:
                return
        self._look_ahead.stop()

    def _has_hits(self, page: int) -> bool:
        found = self._hit_pages.get(page)
        if found is None:
            found = self._page_has_hits(page)
            if found is None:  # asked again next time: OCR runs in the background
                self._unrecognised.add(page)
                return False
            self._hit_pages[page] = found
        return found

    def _scroll_to_first_hit(self) -> None:
        if not self._hit_rects:
            return
        scale = self._zoom
        first = min(self._hit_rects, key=lambda r: (r.y(), r.x()))
        margin = 60
        self.scroll_area.ensureVisible(
            round(first.center().x() * scale), round(first.center().y() * scale), margin, margin * 3
        )

    # --- zoom ---------------------------------------------------------------------------

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 0.01), ZOOM_STEPS[-1]))

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 0.01), ZOOM_STEPS[0]))

    @Slot()
    def fit_width(self) -> None:
        self._zoom_mode = ZoomMode.FIT_WIDTH
        self._render()
        self._update_controls()

    @Slot()
    def fit_page(self) -> None:
        self._zoom_mode = ZoomMode.FIT_PAGE
        self._render()
        self._update_controls()

    def _set_zoom(self, zoom: float) -> None:
        self._zoom_mode = ZoomMode.CUSTOM
        self._zoom = zoom
        self._render()
        self._update_controls()

    def _fitted_zoom(self, page: pymupdf.Page) -> float:
        viewport = self.scroll_area.viewport().size()
        # Leave room for the vertical scroll bar so fitting the width does not make one appear.
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        width = max(viewport.width() - bar - 8, 50)
        by_width: float = width / page.rect.width
        if self._zoom_mode == ZoomMode.FIT_WIDTH:
            return by_width
        by_height: float = max(viewport.height() - 8, 50) / page.rect.height
        return min(by_width, by_height)

    # --- rendering ----------------------------------------------------------------------

    def _doc_page(self, page: int) -> pymupdf.Page:
        """The one place where a 1-based page number becomes PyMuPDF's 0-based index."""
        assert self._doc is not None
        return self._doc[page - 1]

    def _page_chars(self, page: int) -> PageChars:
        text = self._texts.get(page)
        if text is None:
            try:
                text = page_chars(self._doc_page(page))
            except Exception as exc:  # a damaged page must not break the viewer
                log.warning("cannot read the text of %s p. %d: %s", self._path, page, exc)
                text = PageChars("", ())
            if not text.text.strip() and self._recognised is not None and self._path is not None:
                found = self._recognised(str(self._path), page)
                if found is None:
                    return text  # not recognised yet: asked again next time (OCR runs in the background)
                text, self._confidence[page] = recognised_page_chars(found[0]), found[1]
            self._texts[page] = text
        return text

    def _page_has_hits(self, page: int) -> bool | None:
        """Whether a page has marks, from its plain text (quick: F3 may look through
        hundreds of pages); a word split at a line end is checked on the page itself, and
        so is a page without text, whose text may have been recognised (OCR). None: a page
        without text that is not recognised yet."""
        if not self._highlight:
            return False
        if page not in self._texts:
            try:
                plain = self._doc_page(page).get_text()
            except Exception:
                plain = ""
            if self._highlight.spans(plain):
                return True
            if "-\n" not in plain and (plain.strip() or self._recognised is None):
                return False
        found = bool(self._page_hits(page))
        return found if found or page in self._texts else None

    def _page_hits(self, page: int) -> list[QRectF]:
        """The marks of a page: the words the snippets mark, by the same rule."""
        if not self._highlight:
            return []
        return [
            QRectF(x0, y0, x1 - x0, y1 - y0)
            for x0, y0, x1, y1 in mark_boxes(self._page_chars(page), self._highlight)
        ]

    def _render(self) -> None:
        if self._doc is None:
            return
        try:
            pdf_page = self._doc_page(self._page)
            if self._zoom_mode != ZoomMode.CUSTOM:
                self._zoom = self._fitted_zoom(pdf_page)
            image = self._page_image(pdf_page)
        except Exception as exc:
            log.warning("cannot render %s p. %d: %s", self._path, self._page, exc)
            self.message_label.setText(
                self.tr("Cannot show page %1: %2").replace("%1", str(self._page)).replace("%2", str(exc))
            )
            self.stack.setCurrentWidget(self.message_label)
            return
        self.stack.setCurrentWidget(self.scroll_area)
        self._hit_rects = self._page_hits(self._page)
        self.canvas.set_page(image, self._hit_rects, self._zoom)
        self._update_note()

    def _update_note(self) -> None:
        """Under the title: that the page has no text, or that its text was recognised (OCR)."""
        if self._doc is None:
            return
        has_text = bool(self._page_chars(self._page).text.strip())
        confidence = self._confidence.get(self._page) if has_text else None
        if confidence is not None:
            self.note_label.setText(
                self.tr(
                    "Recognised text (OCR), %1 known words: the marks show where the words were recognised."
                ).replace("%1", percent_text(confidence))
            )
        else:
            self.note_label.setText(self.tr("This page has no searchable text."))
        self.note_label.setVisible(confidence is not None or not has_text)

    def _page_image(self, pdf_page: pymupdf.Page) -> QImage:
        dpr = self.devicePixelRatioF()
        key = (self._page, round(self._zoom, 4), dpr)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        scale = self._zoom * dpr
        pix = pdf_page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        # QImage does not own pix.samples: copy before the pixmap is freed.
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
        image.setDevicePixelRatio(dpr)
        self._cache[key] = image
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return image

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.scroll_area.viewport()
            and event.type() == QEvent.Type.Resize
            and self._zoom_mode != ZoomMode.CUSTOM
            and self._doc is not None
        ):
            self._render()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def copy_page_text(self) -> None:
        if self._doc is None:
            return
        text = self._doc_page(self._page).get_text()
        QGuiApplication.clipboard().setText(text)
        self.statusMessage.emit(self.tr("Copied the text of page %1.").replace("%1", str(self._page)))

    @Slot()
    def open_external(self) -> None:
        """Open the file shown in the system's PDF viewer: the original, else the local copy."""
        if self._path is not None and is_readable(self._path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path)))
        elif self._source is not None and is_readable(self._source):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._source)))
            self.statusMessage.emit(self.copy_label.text())

    # --- controls -----------------------------------------------------------------------

    def _update_page_suffix(self) -> None:
        self.page_spin.setSuffix(f" / {self.page_count()}" if self._doc is not None else "")

    def _update_controls(self) -> None:
        is_open = self._doc is not None
        count = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(count, 1))
        self.page_spin.setValue(self._page if is_open else 1)
        self._update_page_suffix()
        self.page_spin.blockSignals(False)
        self.page_spin.setEnabled(is_open)
        # Wide enough for "s. 888 / 888" so the box does not jump when the count changes.
        self.page_spin.setMinimumWidth(self.page_spin.fontMetrics().horizontalAdvance("s. 8888 / 8888") + 12)
        self.prev_page_action.setEnabled(is_open and self._page > 1)
        self.first_page_action.setEnabled(is_open and self._page > 1)
        self.next_page_action.setEnabled(is_open and self._page < count)
        self.last_page_action.setEnabled(is_open and self._page < count)
        has_highlight = is_open and self._highlight is not None
        self.prev_hit_action.setEnabled(has_highlight)
        self.next_hit_action.setEnabled(has_highlight)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_width_action,
            self.fit_page_action,
            self.copy_text_action,
        ):
            action.setEnabled(is_open)
        self.open_external_action.setEnabled(
            any(p is not None and p.is_file() for p in (self._path, self._source))
        )
        self.fit_width_action.setChecked(self._zoom_mode == ZoomMode.FIT_WIDTH)
        self.fit_page_action.setChecked(self._zoom_mode == ZoomMode.FIT_PAGE)
        self._update_accessible_page()

    def _update_accessible_page(self) -> None:
        """A screen reader names the page area by its page ("Side 3 av 8") and its document."""
        if self._doc is None:
            name, description = self.tr("No document is open."), ""
        else:
            name = self.tr("Page %1 of %2").replace("%1", str(self._page))
            name = name.replace("%2", str(self.page_count()))
            description = self.title_label.text()
        for widget in (self.scroll_area, self.canvas):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
