"""The problems panel: every file (or YAML line, or PDF page) that could not be used, and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.gui.problem_text import Advice, advice, translated_reason
from tromsvekst_desktop.gui.widgets.index_status import count_text

FILE_COLUMN, PLACE_COLUMN, REASON_COLUMN = range(3)
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the Problem itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # place sorts by number, not as text

MAX_FILE_COLUMN_WIDTH = 340

_AnyIndex = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    """A flat table over Problem records: file name, place (line/page), reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        # What each problem tells the user, worked out once (tens of patterns each), not per
        # cell painted or per comparison when sorting; again when the language changes.
        self._advice: list[Advice] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self._advice = [advice(problem) for problem in self._problems]
        self.endResetModel()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            FILE_COLUMN: self.tr("File"),
            PLACE_COLUMN: self.tr("Place"),
            REASON_COLUMN: self.tr("Reason"),
        }.get(section)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FILE_COLUMN:
                return Path(problem.path).name or problem.path
            if column == PLACE_COLUMN:
                return self.place(problem)
            if column == REASON_COLUMN:
                return self._advice[index.row()].reason
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE_COLUMN:
                return problem.path
            if column == REASON_COLUMN:
                told = self._advice[index.row()]  # long reasons are elided in the cell
                return f"{told.reason}\n{told.next_step}"
        elif role == SORT_ROLE:
            if column == FILE_COLUMN:
                return Path(problem.path).name.casefold()
            if column == PLACE_COLUMN:
                return (problem.line or 0) * 100_000 + (problem.page or 0)
            if column == REASON_COLUMN:
                return self._advice[index.row()].reason.casefold()
        elif role == PROBLEM_ROLE:
            return problem
        return None

    def place(self, problem: Problem) -> str:
        if problem.line is not None:
            return self.tr("line %1").replace("%1", str(problem.line))
        if problem.page is not None:
            return self.tr("page %1").replace("%1", str(problem.page))
        return ""

    def retranslate(self) -> None:
        """Repaint the headers, places and reasons in the new language."""
        self._advice = [advice(problem) for problem in self._problems]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._problems:
            self.dataChanged.emit(
                self.index(0, PLACE_COLUMN), self.index(len(self._problems) - 1, REASON_COLUMN)
            )

    def as_text(self) -> str:
        """One line per problem: full path, place, reason (for a bug report or an e-mail)."""
        lines = []
        for problem in self._problems:
            place = self.place(problem)
            where = f"{problem.path} ({place})" if place else problem.path
            lines.append(f"{where}: {translated_reason(problem.reason)}")
        return "\n".join(lines)


class ProblemsPanel(QDialog):
    """A non-modal window with the sortable problem table, Copy and Open folder.

    Below the table, the selected problem in plain words with what to do about it (a password
    field for a protected PDF: ``passwordGiven(path, password)``) and the library's own message
    under "Tekniske detaljer".
    """

    passwordGiven = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.model = ProblemsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(FILE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Long reasons wrap instead of being cut off; the rows grow to fit them.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PLACE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.open_folder)

        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_all)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        self._build_detail()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(860, 520)
        self._retranslate()
        self._update_buttons()

    def _build_detail(self) -> None:
        self.detail = QFrame(self)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_reason = QLabel(self.detail)
        self.detail_reason.setWordWrap(True)
        font = self.detail_reason.font()
        font.setBold(True)
        self.detail_reason.setFont(font)
        self.detail_next = QLabel(self.detail)
        self.detail_next.setWordWrap(True)
        self.password_edit = QLineEdit(self.detail)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self._give_password)
        self.password_button = QPushButton(self.detail)
        self.password_button.clicked.connect(self._give_password)
        self.password_row = QWidget(self.detail)
        row = QHBoxLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.password_button)
        self.details_toggle = QToolButton(self.detail)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.toggled.connect(self._show_details)
        self.details_text = QLabel(self.detail)
        self.details_text.setWordWrap(True)
        self.details_text.setTextFormat(Qt.TextFormat.PlainText)
        self.details_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_text.setVisible(False)
        layout = QVBoxLayout(self.detail)
        layout.addWidget(self.detail_reason)
        layout.addWidget(self.detail_next)
        layout.addWidget(self.password_row)
        layout.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details_text)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details_text.setVisible(shown)

    @Slot()
    def _show_selected(self) -> None:
        problem = self.selected_problem()
        self.detail.setVisible(problem is not None)
        if problem is None:
            return
        told = advice(problem)
        self.detail_reason.setText(told.reason)
        self.detail_next.setText(told.next_step)
        self.password_row.setVisible(told.kind == "password")
        self.password_edit.clear()
        self.details_text.setText(told.details)

    @Slot()
    def _give_password(self) -> None:
        problem = self.selected_problem()
        password = self.password_edit.text()
        if problem is not None and password:
            self.passwordGiven.emit(problem.path, password)
            self.password_edit.clear()
            self.detail_next.setText(self.tr("Reading the file again with this password …"))

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.model.set_problems(problems)
        # Whole file names where they fit; the full path is in the tooltip.
        self.table.resizeColumnToContents(FILE_COLUMN)
        self.table.setColumnWidth(
            FILE_COLUMN, min(self.table.columnWidth(FILE_COLUMN), MAX_FILE_COLUMN_WIDTH)
        )
        self._retranslate_summary()
        self._update_buttons()
        if problems:
            self.table.selectRow(0)
        self._show_selected()

    def selected_problem(self) -> Problem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        problem = rows[0].data(PROBLEM_ROLE)
        return problem if isinstance(problem, Problem) else None

    @Slot()
    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_text())

    @Slot()
    def open_folder(self) -> None:
        """Open the folder that holds the selected problem's file in the system's file manager."""
        problem = self.selected_problem()
        if problem is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(problem.path).parent)))

    @Slot()
    def _update_buttons(self) -> None:
        self.copy_button.setEnabled(self.model.rowCount() > 0)
        self.folder_button.setEnabled(self.selected_problem() is not None)

    def _retranslate_summary(self) -> None:
        problems = self.model.problems()
        if not problems:
            self.summary_label.setText(self.tr("Every file in the library could be read."))
            return
        files = len({p.path for p in problems})
        self.summary_label.setText(
            self.tr("These files could not be used, or not completely: %1 in %2.")
            .replace("%1", count_text(len(problems), self.tr("%1 problem"), self.tr("%1 problems")))
            .replace("%2", count_text(files, self.tr("%1 file"), self.tr("%1 files")))
        )

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Problems in the library"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole list as text"))
        self.folder_button.setText(self.tr("Open folder"))
        self.folder_button.setToolTip(self.tr("Show the selected file's folder in the file manager"))
        self.table.setAccessibleName(self.tr("Problems"))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_button.setText(self.tr("Read the file again"))
        self.details_toggle.setText(self.tr("Technical details"))
        self._show_selected()
        self._retranslate_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)
