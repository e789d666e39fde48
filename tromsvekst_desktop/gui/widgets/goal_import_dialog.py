"""Bibliotek → Importer mål …: a table or PDF, its columns, a live and editable preview, a folder.

The file is read (and a PDF's proposal made) in a worker process; the mapping of a
table's columns is then applied on the GUI thread at once, so the preview follows every
change. The preview edits the draft plans directly (rename, level, move by drag and
drop or the buttons, merge, delete, add); nothing is written before "Import".
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDropEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.goaldraft import DraftNode, DraftPlan, ImportProblem, WrittenPlan, write_drafts
from tromsvekst_desktop.core.goaledit import (
    GoalEditError,
    add_child,
    delete,
    find_node,
    merge_into_previous,
    move,
    shift,
    taken_ids,
)
from tromsvekst_desktop.core.goalimport import (
    GOAL_KEYS,
    ImportOptions,
    guess_mapping,
    library_for_import,
)
from tromsvekst_desktop.core.goalsource import GoalSource, read_goal_source
from tromsvekst_desktop.core.tables import TABLE_SUFFIXES
from tromsvekst_desktop.gui.problem_text import translated_reason

ID_ROLE = Qt.ItemDataRole.UserRole
POLL_MS = 100


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


class DraftTree(QTreeWidget):
    """The preview tree; a drop (a goal moved with the mouse) emits ``moved`` once it is done."""

    moved = Signal()

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.moved.emit()


class GoalImportDialog(QDialog):
    """Imports goal trees from a table or a PDF into a library folder.

    The goal files of ``roots`` and of the chosen folder hold the ids an import must not
    reuse (an earlier import of the same source into that folder is replaced); links go
    only to the ``known_documents`` of the catalogue. After "Import", ``written`` holds the plans
    written and ``folder()`` the folder they were written to.
    """

    def __init__(
        self,
        folders: Sequence[str],
        roots: Sequence[Path],
        known_documents: frozenset[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalImportDialog")
        self.setSizeGripEnabled(True)
        self._roots = list(roots)
        self._taken: set[str] = set()
        self._taken_folder: Path | None = None  # the folder ``_taken`` is for
        self._loading_folder: Path | None = None
        # The ids of another folder are gathered in a thread: no Qt or MuPDF, and the
        # dialog stays usable (the worker process's jobs lock the form while they run).
        self._taken_executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._taken_job: tuple[Path, concurrent.futures.Future[tuple[set[str], frozenset[str]]]] | None = None
        self._known_documents = known_documents
        self._source: Path | None = None
        self._loaded: GoalSource | None = None
        self._plans: list[DraftPlan] = []
        self._problems: list[ImportProblem] = []
        self._level_names: dict[str, str] = {}
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._future: concurrent.futures.Future[Any] | None = None
        self._done: Callable[[Any], None] = lambda result: None
        self._busy_text = ""
        self._rendering = False
        self.written: list[WrittenPlan] = []

        self.source_label = QLabel(self)
        self.source_edit = QLineEdit(self)
        self.source_edit.setReadOnly(True)
        self.source_button = QPushButton(self)
        self.source_button.clicked.connect(self.choose_source)
        self.plans_label = QLabel(self)
        self.plans_edit = QLineEdit(self)
        self.plans_edit.setReadOnly(True)
        self.plans_button = QPushButton(self)
        self.plans_button.clicked.connect(self.choose_plans_table)
        files = QFormLayout()
        files.addRow(self.source_label, self._row(self.source_edit, self.source_button))
        files.addRow(self.plans_label, self._row(self.plans_edit, self.plans_button))

        self.columns_box = QGroupBox(self)
        self.column_combos: dict[str, QComboBox] = {}
        self.column_labels: dict[str, QLabel] = {}
        form = QFormLayout(self.columns_box)
        for key in GOAL_KEYS:
            combo = QComboBox(self.columns_box)
            combo.currentIndexChanged.connect(self._schedule)
            label = QLabel(self.columns_box)
            label.setBuddy(combo)
            self.column_combos[key], self.column_labels[key] = combo, label
            form.addRow(label, combo)
        self.levels_box = QGroupBox(self)
        self.levels_table = QTableWidget(0, 2, self.levels_box)
        self.levels_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.levels_table.verticalHeader().setVisible(False)
        self.levels_table.itemChanged.connect(self._on_level_named)
        QVBoxLayout(self.levels_box).addWidget(self.levels_table)
        self.mapping_panel = left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.columns_box)
        left_layout.addWidget(self.levels_box, 1)

        self.preview_label = QLabel(self)
        font = self.preview_label.font()
        font.setBold(True)
        self.preview_label.setFont(font)
        self.summary_label = QLabel(self)
        self.tree = DraftTree(self)
        self.tree.setColumnCount(4)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsEnabled)  # goals stay inside a plan
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.moved.connect(self._on_moved)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_goal)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_goal)
        self.merge_button = QPushButton(self)
        self.merge_button.clicked.connect(self.merge_goal)
        self.up_button = QPushButton("↑", self)
        self.up_button.clicked.connect(lambda: self.shift_goal(-1))
        self.down_button = QPushButton("↓", self)
        self.down_button.clicked.connect(lambda: self.shift_goal(1))
        self.indent_button = QPushButton(self)
        self.indent_button.clicked.connect(self.indent_goal)
        self.outdent_button = QPushButton(self)
        self.outdent_button.clicked.connect(self.outdent_goal)
        edit_bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.delete_button,
            self.merge_button,
            self.up_button,
            self.down_button,
            self.outdent_button,
            self.indent_button,
        ):
            edit_bar.addWidget(button)
        edit_bar.addStretch(1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree, self.delete_goal)
        self.problems_label = QLabel(self)
        self.problems_list = QListWidget(self)
        self.problems_list.setMaximumHeight(110)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.preview_label)
        title_row.addStretch(1)
        title_row.addWidget(self.summary_label)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.tree, 1)
        right_layout.addLayout(edit_bar)
        right_layout.addWidget(self.problems_label)
        right_layout.addWidget(self.problems_list)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 650])

        self.folder_label = QLabel(self)
        self.folder_combo = QComboBox(self)
        self.folder_combo.setEditable(True)
        self.folder_combo.addItems(list(folders) or [str(Path.home() / "Tromsvekst")])
        self.folder_combo.setSizePolicy(self.source_edit.sizePolicy())
        self._folder_changed = QTimer(self)
        self._folder_changed.setSingleShot(True)
        self._folder_changed.setInterval(300)  # typing a path: once it rests
        self._folder_changed.timeout.connect(self._follow_folder)
        self.folder_combo.currentTextChanged.connect(self._folder_changed.start)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QFormLayout()
        folder_row.addRow(self.folder_label, self._row(self.folder_combo, self.folder_button))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(files)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.buttons)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(150)
        self._refresh.timeout.connect(self._apply_mapping)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_worker)
        self._taken_poll = QTimer(self)
        self._taken_poll.setInterval(POLL_MS)
        self._taken_poll.timeout.connect(self._check_taken)
        self._retranslate()
        self._show_source_kind(table=True)
        self._render()

    def sizeHint(self) -> QSize:
        return QSize(1000, 680)

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit | QComboBox) else 0)
        return row

    # --- the source --------------------------------------------------------------------

    @Slot()
    def choose_source(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in (*TABLE_SUFFIXES, ".pdf"))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a table or a PDF"),
            "",
            self.tr("Tables and PDFs (%1)").replace("%1", patterns),
        )
        if name:
            self.load_source(Path(name))

    @Slot()
    def choose_plans_table(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in TABLE_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a table of the plans"), "", self.tr("Tables (%1)").replace("%1", patterns)
        )
        if name:
            self.plans_edit.setText(name)
            if self._source is not None:
                self.load_source(self._source)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the goals in"), self.folder_combo.currentText()
        )
        if folder:
            self.folder_combo.setEditText(folder)

    def load_source(self, path: Path) -> None:
        """Read a table or make a PDF's proposal in a worker process; the preview follows."""
        self._source = path
        self._loaded = None
        self._plans, self._problems = [], []
        self.source_edit.setText(str(path))
        is_pdf = path.suffix.lower() == ".pdf"
        self._show_source_kind(table=not is_pdf)
        plans = Path(self.plans_edit.text()) if self.plans_edit.text() and not is_pdf else None
        options = ImportOptions(default_plan=path.stem, known_documents=self._known_documents)
        self._loading_folder = self.folder()
        self._busy_text = self.tr("Reading …")
        self._start(
            self._on_loaded, read_goal_source, path, plans, options, self._roots, self._loading_folder
        )
        self._render()

    def is_busy(self) -> bool:
        """Whether the worker is reading the source or saving the goals."""
        return self._future is not None

    def _start(self, done: Callable[[Any], None], function: Callable[..., Any], *args: Any) -> None:
        """Run ``function(*args)`` in the worker process; ``done`` gets its result or its exception.

        The worker lives as long as the dialog; a job still running when another starts is
        left to finish in a worker of its own, its result unused.
        """
        if self._future is not None:
            self._cancel_worker()
        if self._executor is None:
            self._executor = concurrent.futures.ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )
        self._future = self._executor.submit(function, *args)
        self._done = done
        self._poll.start()

    @Slot()
    def _check_worker(self) -> None:
        if self._future is None or not self._future.done():
            return
        future, self._future = self._future, None
        self._poll.stop()
        try:
            result = future.result()
        except Exception as exc:  # the worker died (a crash in MuPDF): say so, keep the dialog
            result = exc
            self._shutdown_executor()  # a broken pool takes no more jobs
        self._done(result)

    def _on_loaded(self, loaded: GoalSource | Exception) -> None:
        if isinstance(loaded, Exception):
            loaded = GoalSource(error=f"{self._source}: {type(loaded).__name__}: {loaded}")
        self._loaded = loaded
        self._taken, self._taken_folder = loaded.taken, self._loading_folder
        if loaded.table is not None:
            self._fill_column_combos(loaded.table.headers)
            self._apply_mapping()
        else:
            result = loaded.result(self._options())
            self._plans, self._problems = result.plans, result.problems
            self._render()

    @Slot()
    def _follow_folder(self) -> None:
        """Gather the ids the import must not reuse for the folder now chosen."""
        if self._loaded is None or self._source is None or self.folder() == self._taken_folder:
            return
        if self._taken_executor is None:
            self._taken_executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        folder = self.folder()
        self._taken_job = (
            folder,
            self._taken_executor.submit(library_for_import, self._roots, folder, self._source),
        )
        self._taken_poll.start()

    @Slot()
    def _check_taken(self) -> None:
        if self._taken_job is None or not self._taken_job[1].done():
            return
        (folder, future), self._taken_job = self._taken_job, None
        self._taken_poll.stop()
        try:
            taken = future.result()[0]
        except Exception:  # an unreadable folder: the ids gathered when reading the source stay
            return
        if folder != self.folder() or self.is_busy() or self._loaded is None or self._source is None:
            return  # another folder (a later change follows it) or another source (it brings its own)
        self._taken, self._taken_folder = taken, folder
        if not any(id_ in taken for plan in self._plans for id_ in taken_ids(plan)):
            return  # the preview and its edits stay as they are
        # The preview reuses ids of this folder's library: it is made again for it.
        if self._loaded.table is not None:
            self._apply_mapping()
        else:
            self.load_source(self._source)

    def _cancel_worker(self) -> None:
        self._poll.stop()
        if self._future is not None:
            self._future.cancel()
            self._future = None
        self._shutdown_executor()

    def _shutdown_executor(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def done(self, result: int) -> None:
        self._cancel_worker()
        self._taken_poll.stop()
        self._taken_job = None
        if self._taken_executor is not None:
            self._taken_executor.shutdown(wait=False, cancel_futures=True)
            self._taken_executor = None
        super().done(result)

    def _show_source_kind(self, table: bool) -> None:
        for widget in (self.plans_label, self.plans_edit, self.plans_button, self.mapping_panel):
            widget.setVisible(table)
        self.levels_box.setVisible(self.levels_table.rowCount() > 0)

    # --- mapping -----------------------------------------------------------------------

    def _fill_column_combos(self, headers: list[str]) -> None:
        guessed = guess_mapping(headers)
        for key, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(key, ""))))
            combo.blockSignals(False)
        self._level_names = {}

    def mapping(self) -> dict[str, str]:
        return {key: combo.currentData() or "" for key, combo in self.column_combos.items()}

    def set_column(self, key: str, column: str) -> None:
        """Map a key to a column by hand (as choosing it in the list does)."""
        combo = self.column_combos[key]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    @Slot()
    def _schedule(self) -> None:
        self._refresh.start()

    @Slot()
    def _apply_mapping(self) -> None:
        loaded = self._loaded
        if loaded is None or loaded.table is None or self._source is None:
            return
        result = loaded.result(self._options())
        self._plans, self._problems = result.plans, result.problems
        self._fill_levels(result.unnamed_levels)
        self._render()

    def _options(self) -> ImportOptions:
        """How the source is drafted: the mapping and level names chosen, the ids taken."""
        return ImportOptions(
            mapping=self.mapping(),
            level_names=dict(self._level_names),
            default_plan=self._source.stem if self._source is not None else "",
            taken_ids=set(self._taken),
            known_documents=self._known_documents,
        )

    def _fill_levels(self, unnamed: list[str]) -> None:
        codes = sorted(set(unnamed) | set(self._level_names))
        self.levels_table.blockSignals(True)
        self.levels_table.setRowCount(len(codes))
        for row, code in enumerate(codes):
            code_item = QTableWidgetItem(code)
            code_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.levels_table.setItem(row, 0, code_item)
            self.levels_table.setItem(row, 1, QTableWidgetItem(self._level_names.get(code, "")))
        self.levels_table.blockSignals(False)
        self.levels_box.setVisible(bool(codes))

    def name_level(self, code: str, name: str) -> None:
        """Give a level code its name (as typing it into the table does)."""
        self._level_names[code] = name.strip()
        if not self._level_names[code]:
            del self._level_names[code]
        self._apply_mapping()

    @Slot(QTableWidgetItem)
    def _on_level_named(self, item: QTableWidgetItem) -> None:
        code = self.levels_table.item(item.row(), 0)
        if item.column() == 1 and code is not None:
            self.name_level(code.text(), item.text())

    # --- the preview -------------------------------------------------------------------

    def plans(self) -> list[DraftPlan]:
        return self._plans

    def problems(self) -> list[ImportProblem]:
        return self._problems

    def _render(self) -> None:
        current = self.selected_id()
        self._rendering = True
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for plan in self._plans:
            item = QTreeWidgetItem([plan.title, self.tr("Plan"), "", ""])
            item.setData(0, ID_ROLE, plan.id)
            item.setFont(0, bold)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDropEnabled
            )
            self.tree.addTopLevelItem(item)
            self._add_items(item, plan.children)
        self.tree.expandAll()
        self._rendering = False
        if current is not None:
            self.select(current)
        self._show_summary()
        self._update_buttons()

    def _add_items(self, parent: QTreeWidgetItem, nodes: list[DraftNode]) -> None:
        for node in nodes:
            item = QTreeWidgetItem(
                [node.title, node.level, node.number or "", str(node.page) if node.page is not None else ""]
            )
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, node.text or node.title)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled
            )
            parent.addChild(item)
            self._add_items(item, node.children)

    def _show_summary(self) -> None:
        goals = sum(1 for plan in self._plans for _ in plan.nodes())
        if self._future is not None:
            text = self._busy_text
        elif self._source is None:
            text = self.tr("Choose a table (CSV, Excel, JSON) or a plan PDF.")
        else:
            text = (
                self.tr("Plans: %1 · Goals: %2")
                .replace("%1", str(len(self._plans)))
                .replace("%2", str(goals))
            )
        self.summary_label.setText(text)
        self.problems_list.clear()
        for problem in self._problems:
            message = translated_reason(problem.message)
            if problem.row is None:
                self.problems_list.addItem(message)
            else:
                self.problems_list.addItem(
                    self.tr("Row %1: %2").replace("%1", str(problem.row)).replace("%2", message)
                )
        self.problems_label.setText(self.tr("Problems (%1)").replace("%1", str(len(self._problems))))
        self.problems_label.setVisible(bool(self._problems))
        self.problems_list.setVisible(bool(self._problems))
        busy = self._future is not None
        self.import_button.setEnabled(bool(self._plans) and not busy)
        for widget in (
            self.tree,
            self.mapping_panel,
            self.folder_combo,
            self.folder_button,
            self.source_button,
        ):
            widget.setEnabled(not busy)  # what is being read or saved is not changed meanwhile

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, node_id: str) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == node_id:
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> Iterator[QTreeWidgetItem]:
        stack = _children(self.tree.invisibleRootItem())
        while stack:
            item = stack.pop(0)
            yield item
            stack[0:0] = _children(item)

    def _plan_of(self, node_id: str) -> DraftPlan | None:
        for plan in self._plans:
            if plan.id == node_id or any(node.id == node_id for node in plan.nodes()):
                return plan
        return None

    def _selected(self) -> tuple[DraftPlan, str] | None:
        """The plan and the id of the selected goal (the plan's own id when the plan is selected)."""
        node_id = self.selected_id()
        plan = self._plan_of(node_id) if node_id is not None else None
        return (plan, node_id) if plan is not None and node_id is not None else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self._selected()
        is_goal = chosen is not None and chosen[1] != chosen[0].id
        self.add_button.setEnabled(chosen is not None)
        for button in (
            self.delete_button,
            self.merge_button,
            self.up_button,
            self.down_button,
            self.indent_button,
            self.outdent_button,
        ):
            button.setEnabled(is_goal)

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._rendering:
            return
        node_id = str(item.data(0, ID_ROLE))
        plan = self._plan_of(node_id)
        if plan is None:
            return
        text = item.text(column)
        if not text.strip():
            self._render()  # an empty title or level is not taken
            return
        if plan.id == node_id:
            if column == 0:
                plan.title = text
            return
        siblings, index = find_node(plan, node_id)
        if column == 0:
            siblings[index].title = text
        elif column == 1:
            siblings[index].level = text.strip()

    @Slot()
    def _on_moved(self) -> None:
        """Read the tree's new shape back into the drafts after a drag and drop."""
        nodes = {node.id: node for plan in self._plans for node in plan.nodes()}

        def children(item: QTreeWidgetItem) -> list[DraftNode]:
            result = []
            for child in _children(item):
                node = nodes[str(child.data(0, ID_ROLE))]
                node.children = children(child)
                result.append(node)
            return result

        for plan, item in zip(self._plans, _children(self.tree.invisibleRootItem()), strict=True):
            plan.children = children(item)
        self._render()

    @Slot()
    def add_goal(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        plan, node_id = chosen
        parent = None if node_id == plan.id else node_id
        level = self.tr("Goal")
        taken = self._taken | {id_ for p in self._plans for id_ in taken_ids(p)}
        node = add_child(plan, parent, self.tr("New goal"), level, taken)
        self._render()
        self.select(node.id)
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, 0)

    @Slot()
    def delete_goal(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[1] == chosen[0].id:
            return
        delete(*chosen)
        self._render()

    @Slot()
    def merge_goal(self) -> None:
        self._goal_edit(lambda plan, node_id: merge_into_previous(plan, node_id).id)

    def shift_goal(self, step: int) -> None:
        self._goal_edit(lambda plan, node_id: shift(plan, node_id, step))

    @Slot()
    def indent_goal(self) -> None:
        """Make the goal the last child of the goal above it."""

        def indent(plan: DraftPlan, node_id: str) -> None:
            siblings, index = find_node(plan, node_id)
            if index == 0:
                raise GoalEditError(self.tr("There is no goal above it to move it under."))
            move(plan, node_id, siblings[index - 1].id, len(siblings[index - 1].children))

        self._goal_edit(indent)

    @Slot()
    def outdent_goal(self) -> None:
        """Move the goal out of its parent, right after it."""

        def outdent(plan: DraftPlan, node_id: str) -> None:
            parent = next((n for n in plan.nodes() if any(c.id == node_id for c in n.children)), None)
            if parent is None:
                raise GoalEditError(self.tr("The goal is already at the top level."))
            grand = next((n for n in plan.nodes() if parent in n.children), None)
            siblings = grand.children if grand is not None else plan.children
            move(plan, node_id, grand.id if grand is not None else None, siblings.index(parent) + 1)

        self._goal_edit(outdent)

    def _goal_edit(self, change: Callable[[DraftPlan, str], object]) -> None:
        """Apply a change to the selected goal; the goal it returns (an id) is selected after."""
        chosen = self._selected()
        if chosen is None or chosen[1] == chosen[0].id:
            return
        try:
            selected = change(*chosen)
        except GoalEditError as exc:
            QMessageBox.information(self, self.windowTitle(), str(exc))
            return
        self._render()
        self.select(selected if isinstance(selected, str) else chosen[1])

    # --- saving ------------------------------------------------------------------------

    def folder(self) -> Path:
        return Path(self.folder_combo.currentText().strip()).expanduser()

    def accept(self) -> None:
        if not self.folder_combo.currentText().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose the folder to save the goals in."))
            return
        if self.is_busy():
            return
        # Checking that every file loads reads it back: seconds for thousands of goals.
        source = self._source.name if self._source is not None else ""
        self._busy_text = self.tr("Saving …")
        self._start(self._on_saved, write_drafts, self._plans, self.folder(), source)
        self._show_summary()

    def _on_saved(self, result: tuple[list[WrittenPlan], list[ImportProblem]] | Exception) -> None:
        written, problems = (
            ([], [ImportProblem(None, str(result))]) if isinstance(result, Exception) else result
        )
        self._show_summary()
        if problems:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Nothing was saved:")
                + "\n\n"
                + "\n".join(translated_reason(p.message) for p in problems[:10]),
            )
            return
        self.written = written
        super().accept()

    # --- text --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import goals"))
        self.source_label.setText(self.tr("&File:"))
        self.source_label.setBuddy(self.source_button)
        self.source_button.setText(self.tr("Choose …"))
        self.plans_label.setText(self.tr("Plans table (optional):"))
        self.plans_button.setText(self.tr("Choose …"))
        self.columns_box.setTitle(self.tr("Columns"))
        labels = {
            "id": self.tr("Id"),
            "parent": self.tr("Parent"),
            "title": self.tr("Title"),
            "level": self.tr("Level"),
            "number": self.tr("Number"),
            "text": self.tr("Text"),
            "plan": self.tr("Plan"),
            "document": self.tr("Document"),
            "page": self.tr("Page"),
            "tags": self.tr("Tags"),
        }
        for key, label in self.column_labels.items():
            label.setText(labels[key])
        self.levels_box.setTitle(self.tr("Names of level codes"))
        self.levels_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name")])
        self.preview_label.setText(self.tr("Preview"))
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Level"), self.tr("No."), self.tr("Page")])
        self.add_button.setText(self.tr("Add goal"))
        self.add_button.setToolTip(self.tr("Add a goal under the selected one"))
        self.delete_button.setText(self.tr("Delete"))
        self.merge_button.setText(self.tr("Merge with the one above"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.indent_button.setText("→")
        self.indent_button.setToolTip(self.tr("Move under the goal above"))
        self.outdent_button.setText("←")
        self.outdent_button.setToolTip(self.tr("Move out of its parent"))
        self.tree.setToolTip(self.tr("Double-click a title or level to change it; drag a goal to move it."))
        self.folder_label.setText(self.tr("Save in &folder:"))
        self.folder_label.setBuddy(self.folder_combo)
        self.folder_button.setText(self.tr("Choose …"))
        self.import_button.setText(self.tr("&Import"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
