"""Saved searches (save, run, rename, delete), CSV export of the hits and citations of a hit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from tromsvekst_desktop.core.export import citation, results_csv
from tromsvekst_desktop.core.saved_searches import SavedSearchError, SavedSearches
from tromsvekst_desktop.gui.controllers.search import SearchController
from tromsvekst_desktop.gui.library_state import LibraryState
from tromsvekst_desktop.gui.widgets.goal_detail import GoalDetail
from tromsvekst_desktop.gui.widgets.saved_searches import SavedSearchesPanel


class SavedSearchController(QObject):
    """Keeps ``store`` and shows it in ``panel`` and a goal's details; dialogs open over ``dialog_parent``.

    ``statusMessage(text)``: a short word for the status bar.
    """

    statusMessage = Signal(str)

    def __init__(
        self,
        store: SavedSearches,
        panel: SavedSearchesPanel,
        goal_detail: GoalDetail,
        search: SearchController,
        library: LibraryState,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.panel, self.goal_detail = store, panel, goal_detail
        self.search, self.library, self.dialog_parent = search, library, dialog_parent
        panel.runRequested.connect(self.run)
        panel.renameRequested.connect(self.rename)
        panel.deleteRequested.connect(self.delete)
        goal_detail.savedSearchRequested.connect(self.run)
        library.changed.connect(self._show)
        self._show()

    @Slot()
    def _show(self) -> None:
        self.panel.set_searches(self.store.all())
        self.goal_detail.set_saved_searches(self.store)

    def save(self, goal_id: str | None = None) -> None:
        """Ask for a name and save the query in the search field (pinned to ``goal_id``)."""
        query = self.search.text()
        if not query:
            self.statusMessage.emit(self.tr("Type a search first, then save it."))
            return
        prompt = self.tr("Name of the saved search:")
        if goal_id:
            prompt = self.tr("Name of the search saved for %1:").replace(
                "%1", self.library.goal_label(goal_id)
            )
        name, ok = QInputDialog.getText(self.dialog_parent, self.tr("Save search"), prompt, text=query)
        if not ok or not name.strip():
            return
        replace = False
        if self.store.get(name.strip()) is not None:
            answer = QMessageBox.question(
                self.dialog_parent,
                self.tr("Save search"),
                self.tr("Replace the saved search «%1»?").replace("%1", name.strip()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        try:
            self.store.add(name, query, goal_id, replace_existing=replace)
        except (SavedSearchError, OSError) as exc:
            QMessageBox.warning(self.dialog_parent, self.tr("Save search"), str(exc))
            return
        self._show()
        self.statusMessage.emit(self.tr("Search saved as «%1».").replace("%1", name.strip()))

    @Slot()
    def save_in_scope(self) -> None:
        """Save the query, pinned to the goal the search is limited to (Ctrl+S)."""
        self.save(self.search.goal_scope())

    @Slot(str)
    def run(self, name: str) -> None:
        """Run a saved search as it was saved: in its goal's subtree, or everywhere."""
        saved = self.store.get(name)
        if saved is not None:
            self.search.search_within(saved.query, saved.goal_id)

    @Slot(str)
    def rename(self, name: str) -> None:
        new, ok = QInputDialog.getText(
            self.dialog_parent, self.tr("Rename saved search"), self.tr("New name:"), text=name
        )
        if not ok or not new.strip() or new.strip() == name:
            return
        try:
            self.store.rename(name, new)
        except (SavedSearchError, OSError) as exc:
            QMessageBox.warning(self.dialog_parent, self.tr("Rename saved search"), str(exc))
            return
        self._show()

    @Slot(str)
    def delete(self, name: str) -> None:
        answer = QMessageBox.question(
            self.dialog_parent,
            self.tr("Delete saved search"),
            self.tr("Delete the saved search «%1»?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete(name)
        except (SavedSearchError, OSError) as exc:
            QMessageBox.warning(self.dialog_parent, self.tr("Delete saved search"), str(exc))
            return
        self._show()

    def extend_goal_menu(self, menu: QMenu, node_id: str) -> None:
        """The goal tree's menu: save the query in the field for this goal."""
        save = menu.addAction(self.tr("Save search here …"))
        save.setEnabled(bool(self.search.text()))
        save.triggered.connect(lambda: self.save(node_id))

    # --- export and citations -----------------------------------------------------------

    @Slot()
    def export_results(self) -> None:
        """Write the hits on show (narrowed as shown) to a CSV file the user chooses."""
        result = self.search.shown_result()
        if result is None or not result.hits:
            self.statusMessage.emit(self.tr("No hits to export."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Export hits"), self.tr("hits.csv"), self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(results_csv(result, self.library.forest(), self.library.documents()))
        except OSError as exc:
            QMessageBox.warning(
                self.dialog_parent,
                self.tr("Export hits"),
                self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)),
            )
            return
        self.statusMessage.emit(
            self.tr("%1 hits exported to %2").replace("%1", str(len(result.hits))).replace("%2", path)
        )

    @Slot()
    def copy_citation(self) -> None:
        """Put a citation of the current hit on the clipboard ("… for Tromsøregionen, s. 3")."""
        hit = self.search.current_hit()
        if hit is None:
            self.statusMessage.emit(self.tr("Choose a hit to cite."))
            return
        text = citation(hit, self.library.documents(), self.library.forest())
        QGuiApplication.clipboard().setText(text)
        self.statusMessage.emit(self.tr("Copied: %1").replace("%1", text))
