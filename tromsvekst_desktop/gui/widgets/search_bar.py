"""The search field with its recent searches and the Search button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from tromsvekst_desktop.gui.icons import icon

MAX_RECENT_SEARCHES = 15
SEARCH_DEBOUNCE_MS = 250


class SearchBar(QWidget):
    """``searchRequested(text)`` fires on Enter, the Search button, the magnifier, a recent
    search picked from the list, and ~250 ms after typing stops; "" (the field emptied or
    Esc) means "back to the start page". Enter and the button remember the query."""

    searchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox(self)
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.box.setMaxCount(MAX_RECENT_SEARCHES)
        self.box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.box.setMinimumContentsLength(20)
        line_edit = self.box.lineEdit()
        assert line_edit is not None  # an editable combo box always has one
        self.edit: QLineEdit = line_edit
        line_edit.setClearButtonEnabled(True)
        magnifier = line_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        magnifier.triggered.connect(self.search_now)  # a click on it searches, as screen readers announce it
        line_edit.textEdited.connect(self._on_edited)
        # Enter is taken in ``eventFilter``: through returnPressed it searched twice, as the
        # combo box also emits ``activated`` for a text that is in the recent list.
        line_edit.installEventFilter(self)
        self.box.activated.connect(self.search_now)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.search_now)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._request)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.button)
        self._retranslate()

    def text(self) -> str:
        return self.box.currentText().strip()

    def set_text(self, text: str) -> None:
        self.box.setEditText(text)

    def is_waiting(self) -> bool:
        """Whether typing has stopped less than the debounce time ago (a search is coming)."""
        return self._debounce.isActive()

    @Slot()
    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    @Slot()
    def search_now(self) -> None:
        """Search at once and remember the query."""
        self._debounce.stop()
        text = self.text()
        if text:
            self._remember(text)
        self._request()

    def clear(self) -> None:
        self._debounce.stop()
        self.box.setEditText("")
        self.searchRequested.emit("")

    def recent_searches(self) -> list[str]:
        return [self.box.itemText(i) for i in range(self.box.count())]

    def set_recent_searches(self, texts: list[str]) -> None:
        self.box.clear()
        self.box.addItems([text for text in texts[:MAX_RECENT_SEARCHES] if text])
        self.box.setEditText("")

    def _remember(self, text: str) -> None:
        current = self.box.currentText()
        existing = self.box.findText(text, Qt.MatchFlag.MatchFixedString | Qt.MatchFlag.MatchCaseSensitive)
        if existing != 0:
            if existing > 0:
                self.box.removeItem(existing)
            self.box.insertItem(0, text)
        self.box.setEditText(current)  # inserting must not replace what is typed

    @Slot(str)
    def _on_edited(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self.searchRequested.emit("")

    @Slot()
    def _request(self) -> None:
        self.searchRequested.emit(self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.box.currentText():
                self.clear()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()
                return True
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search in plans and goals …"))
        self.box.setAccessibleName(self.tr("Search"))
        self.edit.setAccessibleName(self.tr("Search"))
        for action in self.edit.findChildren(QAction):  # the magnifier and Qt's own clear button
            action.setText(self.tr("Clear the search field") if action.objectName() else self.tr("Search"))
        self.box.setToolTip(self.tr("Search in plans and goals (Ctrl+F)"))
        self.button.setText(self.tr("Search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
