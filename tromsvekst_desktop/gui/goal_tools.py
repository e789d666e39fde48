"""Goal import, goal editing, page linking and goal export, for the main window.

- Bibliotek → Importer mål …: the import dialog; the folder it saved in joins the library.
- The goal tree's context menu: goals of files the app wrote are edited in place (add a
  goal under it, rename, text, level, move, delete); a goal of a hand-written file opens
  that file in the user's editor (its comments and layout are the author's).
- The viewer's "Knytt siden til mål …" links the page on show to a goal (in any goal
  file: a hand-written one gets the link lines inserted in place).
- Fil → Eksporter mål …: the goal trees as a CSV table the importer reads back.

A goal whose file lies in an offline folder is shown as last indexed (a copy kept by the
index): it is not changed until the folder is back, and the user is told so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QStatusBar, QWidget

from tromsvekst_desktop.core.goaldraft import DraftPlan, is_app_written
from tromsvekst_desktop.core.goaledit import (
    GoalEditError,
    add_child,
    delete,
    edit_goal_file,
    link_page,
    move,
    node_in,
    shift,
    taken_ids,
)
from tromsvekst_desktop.core.goalexport import goals_csv
from tromsvekst_desktop.core.goals import GoalForest, GoalNode
from tromsvekst_desktop.core.library import bundled_library_dir
from tromsvekst_desktop.gui.controllers.details import DetailsController
from tromsvekst_desktop.gui.controllers.goal_tree import GoalTreeController
from tromsvekst_desktop.gui.library_state import LibraryState
from tromsvekst_desktop.gui.library_wiring import LibraryTools
from tromsvekst_desktop.gui.widgets.goal_import_dialog import GoalImportDialog
from tromsvekst_desktop.gui.widgets.goal_picker import GoalPickerDialog


class GoalTools(QObject):
    """Import and export in the window's menus, editing in the goal tree's menu, linking in the
    viewer's; dialogs open over ``window``."""

    def __init__(
        self,
        window: QWidget,
        file_menu: QMenu,
        quit_action: QAction,
        library_menu: QMenu,
        update_index_action: QAction,
        goals: GoalTreeController,
        details: DetailsController,
        state: LibraryState,
        library: LibraryTools,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(window)
        self.window, self.goals, self.details, self.state = window, goals, details, state
        self.library, self.status_bar = library, status_bar
        self.import_dialog: GoalImportDialog | None = None
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.show_import_dialog)
        library_menu.insertAction(update_index_action, self.import_action)
        library_menu.insertSeparator(update_index_action)
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.export_goals)
        file_menu.insertAction(quit_action, self.export_action)
        file_menu.insertSeparator(quit_action)
        viewer = details.viewer
        self.link_action = QAction(viewer)
        self.link_action.setShortcut(QKeySequence("Ctrl+K"))
        self.link_action.triggered.connect(self.link_viewer_page)
        viewer.addAction(self.link_action)
        viewer.more_menu.insertAction(viewer.copy_text_action, self.link_action)
        viewer.more_menu.aboutToShow.connect(self._update_link_action)
        goals.menu_extensions.append(self.extend_goal_menu)
        self.retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @Slot()
    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import &goals …"))
        self.export_action.setText(self.tr("Export goa&ls …"))
        self.link_action.setText(self.tr("Link this page to a goal …"))

    # --- import ------------------------------------------------------------------------

    def _folders(self) -> list[str]:
        return [str(root) for root in self.library.roots() if root != bundled_library_dir()]

    @Slot()
    def show_import_dialog(self) -> GoalImportDialog:
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            return self.import_dialog
        documents = self.state.documents()
        dialog = GoalImportDialog(self._folders(), self.library.roots(), frozenset(documents), self.window)
        dialog.accepted.connect(self._on_imported)
        dialog.finished.connect(self._on_import_closed)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_imported(self) -> None:
        dialog = self.import_dialog
        if dialog is None or not dialog.written:
            return
        folder = dialog.folder()
        if str(folder) in {str(root) for root in self.library.roots()}:
            self.library.library_changed()
        else:
            self.library.add_folder(str(folder))  # joins the library: shown and indexed
        self.goals.show_goal(dialog.written[0].id)
        self.status_bar.showMessage(
            self.tr("Imported into %3 (plans: %1, goals: %2)")
            .replace("%1", str(len(dialog.written)))
            .replace("%2", str(sum(plan.nodes for plan in dialog.written)))
            .replace("%3", str(folder)),
            8000,
        )

    @Slot()
    def _on_import_closed(self) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
            self.import_dialog = None

    # --- export ------------------------------------------------------------------------

    @Slot()
    def export_goals(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export goals"), str(Path.home() / "mål.csv"), self.tr("CSV table (*.csv)")
        )
        if name:
            self.write_goals_table(Path(name))

    def write_goals_table(self, path: Path) -> bool:
        try:
            path.write_text(goals_csv(self.state.forest()), encoding="utf-8", newline="")
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Export goals"),
                self.tr("Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        self.status_bar.showMessage(self.tr("Goals exported to %1").replace("%1", str(path)), 6000)
        return True

    # --- linking -----------------------------------------------------------------------

    @Slot()
    def _update_link_action(self) -> None:
        self.link_action.setEnabled(self.details.viewer_page() is not None)

    @Slot()
    def link_viewer_page(self) -> None:
        where = self.details.viewer_page()
        if where is None:
            QMessageBox.information(
                self.window,
                self.tr("Link this page to a goal"),
                self.tr("Only pages of documents in the catalogue can be linked to goals."),
            )
            return
        doc_id, page = where
        title = self.state.documents()[doc_id].title if doc_id in self.state.documents() else doc_id
        picker = GoalPickerDialog(
            self.state.forest(),
            self.tr("Which goal does page %1 of «%2» belong to?")
            .replace("%1", str(page))
            .replace("%2", title),
            self.window,
        )
        current = self.details.current_goal()
        if current:
            picker.choose(current)
        if picker.exec() != GoalPickerDialog.DialogCode.Accepted or picker.node_id() is None:
            return
        node_id = picker.node_id()
        assert node_id is not None
        self.link_page_to(node_id, doc_id, page)

    def link_page_to(self, node_id: str, doc_id: str, page: int) -> bool:
        node = self.state.forest().node(node_id)
        if node is None or not self._can_change(node_id):
            return False
        try:
            link_page(Path(node.file), node_id, doc_id, page)
        except (GoalEditError, OSError) as exc:
            self._cannot_edit(node, str(exc))
            return False
        self.library.library_changed()
        return True

    # --- editing -----------------------------------------------------------------------

    def extend_goal_menu(self, menu: QMenu, node_id: str) -> None:
        node = self.state.forest().node(node_id)
        if node is None or not node.file:
            return
        menu.addSeparator()
        path = Path(node.file)
        if self.library.offline_root_holding(path) is not None:
            menu.addAction(
                self.tr("Its folder is offline: it can be changed when the folder is back")
            ).setEnabled(False)
            return
        if not is_app_written(path):
            opener = menu.addAction(self.tr("Open the goal file in your editor"))
            opener.setToolTip(self.tr("Written by hand: the app does not rewrite it, so its comments stay"))
            opener.triggered.connect(lambda: self.open_in_editor(path))
            return
        is_plan = node.id == node.plan_id
        entries: list[tuple[str, Callable[[], object]]] = [
            (self.tr("Add a goal under it …"), lambda: self.add_goal(node_id)),
        ]
        if not is_plan:
            entries += [
                (self.tr("Rename …"), lambda: self.rename_goal(node_id)),
                (self.tr("Edit text …"), lambda: self.edit_text(node_id)),
                (self.tr("Set level …"), lambda: self.set_level(node_id)),
                (self.tr("Move up"), lambda: self.edit(node_id, lambda plan: shift(plan, node_id, -1))),
                (self.tr("Move down"), lambda: self.edit(node_id, lambda plan: shift(plan, node_id, 1))),
                (self.tr("Move under another goal …"), lambda: self.move_goal(node_id)),
                (self.tr("Delete …"), lambda: self.delete_goal(node_id)),
            ]
        for text, slot in entries:
            menu.addAction(text).triggered.connect(slot)

    def open_in_editor(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def edit(self, node_id: str, change: Callable[[DraftPlan], object]) -> bool:
        """Apply a change to the app-written file holding a goal, and show the result."""
        node = self.state.forest().node(node_id)
        if node is None or not self._can_change(node_id):
            return False
        try:
            edit_goal_file(Path(node.file), change)
        except (GoalEditError, OSError) as exc:
            self._cannot_edit(node, str(exc))
            return False
        self.library.library_changed()
        if self.state.forest().node(node_id) is not None:
            self.goals.show_goal(node_id)
        return True

    def _ask(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def _can_change(self, node_id: str) -> bool:
        """Whether the goal's file can be written now; if its folder is offline, say so."""
        node = self.state.forest().node(node_id)
        folder = self.library.offline_root_holding(Path(node.file)) if node is not None else None
        if folder is None:
            return True
        QMessageBox.information(
            self.window,
            self.tr("The goal was not changed"),
            self.tr(
                "The folder %1 is offline, so «%2» is shown as it was when the folder was last indexed. "
                "The goal can be changed when the folder is back."
            )
            .replace("%1", str(folder))
            .replace("%2", node.title if node is not None else node_id),
        )
        return False

    def add_goal(self, parent_id: str) -> None:
        if not self._can_change(parent_id):
            return
        title = self._ask(self.tr("Add a goal"), self.tr("Title of the new goal:"), "")
        if title is None:
            return
        node = self.state.forest().node(parent_id)
        assert node is not None
        children = node.children
        level = children[0].level if children else self.tr("Goal")
        added: list[str] = []

        def change(plan: DraftPlan) -> None:
            parent = None if parent_id == plan.id else parent_id
            taken = taken_ids(plan) | {n.id for n in self.state.forest().all_nodes()}
            added.append(add_child(plan, parent, title, level, taken).id)

        if self.edit(parent_id, change) and added:
            self.goals.show_goal(added[0])

    def rename_goal(self, node_id: str) -> None:
        if not self._can_change(node_id):
            return
        node = self.state.forest().node(node_id)
        title = self._ask(self.tr("Rename"), self.tr("Title:"), node.title if node else "")
        if title is not None:
            self.edit(node_id, lambda plan: setattr(node_in(plan, node_id), "title", title))

    def edit_text(self, node_id: str) -> None:
        if not self._can_change(node_id):
            return
        node = self.state.forest().node(node_id)
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Edit text"), self.tr("Text:"), node.text if node else ""
        )
        if ok:
            self.edit(node_id, lambda plan: setattr(node_in(plan, node_id), "text", text.strip()))

    def set_level(self, node_id: str) -> None:
        if not self._can_change(node_id):
            return
        node = self.state.forest().node(node_id)
        levels = sorted({n.level for n in self.state.forest().all_nodes() if n.level != "Plan"})
        current = levels.index(node.level) if node is not None and node.level in levels else 0
        level, ok = QInputDialog.getItem(
            self.window, self.tr("Set level"), self.tr("Level:"), levels, current, True
        )
        if ok and level.strip():
            self.edit(node_id, lambda plan: setattr(node_in(plan, node_id), "level", level.strip()))

    def move_goal(self, node_id: str) -> None:
        """Move a goal (with its subtree) under another goal of its plan, or to the plan's top level."""
        node = self.state.forest().node(node_id)
        plan = self.state.forest().node(node.plan_id) if node is not None else None
        if node is None or plan is None or not self._can_change(node_id):
            return
        picker = GoalPickerDialog(
            GoalForest(plans=[plan]),
            self.tr("Move «%1» under which goal? (Choose the plan for its top level.)").replace(
                "%1", node.title
            ),
            self.window,
            allow_plans=True,
        )
        if picker.exec() != GoalPickerDialog.DialogCode.Accepted or picker.node_id() is None:
            return
        target = picker.node_id()

        def change(draft: DraftPlan) -> None:
            parent = None if target == draft.id else target
            siblings = draft.children if parent is None else node_in(draft, parent).children
            move(draft, node_id, parent, len(siblings))

        self.edit(node_id, change)

    def delete_goal(self, node_id: str) -> None:
        node = self.state.forest().node(node_id)
        if node is None or not self._can_change(node_id):
            return
        below = sum(1 for _ in node.walk()) - 1
        question = self.tr("Delete «%1»?").replace("%1", node.title)
        if below:
            question += " " + self.tr("The %1 goals under it are deleted too.").replace("%1", str(below))
        answer = QMessageBox.question(self.window, self.tr("Delete goal"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.edit(node_id, lambda plan: delete(plan, node_id))

    def _cannot_edit(self, node: GoalNode, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("The goal was not changed"), reason, parent=self.window
        )
        box.addButton(QMessageBox.StandardButton.Close)
        open_button = box.addButton(self.tr("Open in your editor"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_in_editor(Path(node.file))
