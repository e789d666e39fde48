"""Indexing, the library watcher, the problems panel and the settings dialog, for the main window."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from tromsvekst_desktop.core.copystore import CopyStore
from tromsvekst_desktop.core.index import IndexSummary, index_generation, read_root_states
from tromsvekst_desktop.core.jobs import Progress
from tromsvekst_desktop.core.library import default_index_dir, library_roots
from tromsvekst_desktop.core.librarydata import library_from
from tromsvekst_desktop.core.ocr import OcrSettings
from tromsvekst_desktop.core.offline import OfflineRoot, unreachable_reason
from tromsvekst_desktop.core.pdftext import ExtractTarget
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.core.writable import cannot_write
from tromsvekst_desktop.core.yamlsnapshot import LibrarySources, library_sources, offline_root_holding
from tromsvekst_desktop.gui.controllers.details import DetailsController
from tromsvekst_desktop.gui.controllers.search import SearchController
from tromsvekst_desktop.gui.library_state import LibraryState
from tromsvekst_desktop.gui.offline import LocalCopies, OfflineStatus
from tromsvekst_desktop.gui.problem_text import translated_os_error
from tromsvekst_desktop.gui.widgets.index_status import IndexStatus
from tromsvekst_desktop.gui.widgets.problems_panel import ProblemsPanel
from tromsvekst_desktop.gui.widgets.settings_dialog import SettingsDialog
from tromsvekst_desktop.gui.workers.indexer import IndexController
from tromsvekst_desktop.gui.workers.watcher import LibraryWatcher

log = logging.getLogger(__name__)

_Stamp = tuple[tuple[str, str, int, int], ...]
# How often the window looks for a generation committed by another process (the CLI):
# one directory listing, well under a millisecond.
GENERATION_POLL_MS = 2000
# How often the window looks whether an offline folder is back: a share mounted again makes
# no event the folder watcher sees. A stat and a listing of each offline folder.
OFFLINE_POLL_MS = 30_000


def _yaml_stamp(sources: LibrarySources) -> _Stamp:
    """Names, sizes and times of the library's YAML and where each is read from (an offline
    folder's from the index's copies): a change means the goal tree must be reloaded."""
    stamp = []
    for path in sources.yaml_files():
        source = sources.kept.get(path, path)
        try:
            stat = source.stat()
        except OSError:
            continue
        stamp.append((str(path), str(source), stat.st_size, stat.st_mtime_ns))
    return tuple(stamp)


def _looks_back(root: OfflineRoot) -> bool:
    """Whether an offline folder can be read again and is not empty (a share mounted again)."""
    path = Path(root.path)
    if unreachable_reason(path, indexed_below=True) is not None:
        return False
    if path.is_file():
        return True
    try:
        with os.scandir(path) as entries:
            return any(True for _ in entries)
    except OSError:
        return False


@dataclass(frozen=True)
class LibraryActions:
    """The window's actions that indexing serves (disabled until it is attached)."""

    update_index: QAction
    rebuild: QAction
    preferences: QAction
    problems: QAction
    add_folder: QAction


class LibraryTools(QObject):
    """The library side of the window: index controller, status bar part, problems panel, watcher.

    Dialogs open over ``window``; ``languageChosen(code)``: the settings chose another language.
    """

    languageChosen = Signal(str)

    def __init__(
        self,
        window: QWidget,
        status_bar: QStatusBar,
        actions: LibraryActions,
        search: SearchController,
        details: DetailsController,
        library: LibraryState,
        settings: Settings,
        settings_path: str | os.PathLike[str],
        index_dir: Path,
        roots: Sequence[Path],
        extract_target: ExtractTarget | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.search, self.details, self.library = window, search, details, library
        self.settings = settings
        self.settings_path = Path(settings_path)
        self.index_dir = Path(index_dir)
        roots = [Path(r) for r in roots]
        # Roots that do not come from the settings (--library): kept when the settings change.
        from_settings = library_roots(bundled=settings.include_bundled, folders=settings.library_folders)
        self._extra_roots = [r for r in roots if r not in from_settings]
        self._yaml = _yaml_stamp(library_sources(roots, self.index_dir))

        self.controller = IndexController(self.index_dir, roots, extract_target=extract_target, parent=self)
        self.controller.ocr = OcrSettings() if settings.ocr else None
        self._recognising = False  # the run is in its OCR phase, committing as pages finish
        self.controller.progress.connect(self._on_progress)
        self.status = IndexStatus(status_bar)
        self.status.watch(self.controller)
        self.status.problemsRequested.connect(self.show_problems)
        status_bar.insertPermanentWidget(0, self.status)
        self.offline_status = OfflineStatus(status_bar)
        status_bar.insertPermanentWidget(0, self.offline_status, 1)
        details.set_copies(LocalCopies(self.index_dir))
        self._show_offline(read_root_states(self.index_dir).offline())
        self.problems_panel = ProblemsPanel(window)
        self.problems_panel.passwordGiven.connect(self.read_with_password)
        self.watcher = LibraryWatcher(roots, ignore=[self.index_dir], parent=self)
        self.settings_dialog: SettingsDialog | None = None

        self.controller.finished.connect(self._on_finished)
        self._generation = index_generation(self.index_dir)
        self.generation_timer = QTimer(self)
        self.generation_timer.setInterval(GENERATION_POLL_MS)
        self.generation_timer.timeout.connect(self.poll_generation)
        self.generation_timer.start()
        self._offline_probes: dict[str, bool] = {}
        self.offline_timer = QTimer(self)
        self.offline_timer.setInterval(OFFLINE_POLL_MS)
        self.offline_timer.timeout.connect(self.poll_offline_roots)
        self.offline_timer.start()
        self.watcher.changed.connect(self.controller.start)
        for action, slot in (
            (actions.update_index, self.controller.start),
            (actions.rebuild, self.controller.rebuild),
            (actions.preferences, self.show_settings),
            (actions.problems, self.show_problems),
            (actions.add_folder, self.choose_library_folder),
        ):
            action.triggered.connect(slot)
            action.setEnabled(True)
        search.otherIndexFolderRequested.connect(self.choose_index_folder)
        self.controller.failed.connect(search.on_index_failed)
        search.set_index_dir(self.index_dir)
        # Said at once, not after a failed run: an index already there is still searched.
        unwritable = cannot_write(self.index_dir)
        self.index_writable = unwritable is None
        search.set_index_unwritable(unwritable)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def roots(self) -> list[Path]:
        return library_roots(
            self._extra_roots, bundled=self.settings.include_bundled, folders=self.settings.library_folders
        )

    @Slot(str)
    def change_index_dir(self, folder: str) -> None:
        """Keep the index in ``folder`` from now on (remembered in the settings) and build it there."""
        self.index_dir = Path(folder)
        self.settings.index_dir = folder
        try:
            self.settings.save(self.settings_path)
        except OSError as exc:  # the index still moves for this session
            log.warning("cannot save the settings to %s: %s", self.settings_path, exc)
        self.controller.set_index_dir(self.index_dir)
        self.watcher.set_roots(self.controller.roots, ignore=[self.index_dir])
        self._generation = index_generation(self.index_dir)
        self.index_writable = True
        self.search.set_index_dir(self.index_dir)
        self.details.set_copies(LocalCopies(self.index_dir))
        self.search.set_index_unwritable(None)
        self.controller.start()

    @Slot()
    def choose_index_folder(self) -> None:
        """Ask for a folder for the index until one can be written (or the user gives up)."""
        start, title = str(Path.home()), self.tr("Choose a folder for the search index")
        while True:
            folder = QFileDialog.getExistingDirectory(self.window, title, start)
            if not folder:
                return
            reason = cannot_write(Path(folder))
            if reason is None:
                self.change_index_dir(folder)
                return
            QMessageBox.warning(
                self.window,
                title,
                self.tr("Tromsvekst cannot write in %1 (%2). Choose another folder.")
                .replace("%1", folder)
                .replace("%2", translated_os_error(reason)),
            )
            start = folder

    @Slot(str, str)
    def read_with_password(self, pdf: str, password: str) -> None:
        """A password typed in the problems panel: index the protected file again with it."""
        self.controller.set_password(pdf, password)
        self.controller.start()

    @Slot()
    def show_problems(self) -> None:
        panel = self.problems_panel
        if panel.isVisible():  # behind the main window: bring it forward
            panel.raise_()
            panel.activateWindow()
        else:
            panel.show()

    @Slot()
    def show_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = SettingsDialog(
            self.settings, self.settings_path, default_index_dir(), self.window, CopyStore(self.index_dir)
        )
        dialog.accepted.connect(self._on_settings_saved)
        dialog.indexRequested.connect(self.controller.start)
        dialog.finished.connect(self._on_settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    @Slot()
    def shutdown(self) -> None:
        """Stop the index worker (and the polls) before the application's objects go away."""
        self.generation_timer.stop()
        self.offline_timer.stop()
        self.controller.shutdown()

    @Slot()
    def _on_settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    @Slot()
    def _on_settings_saved(self) -> None:
        self.search.set_compound_matching(self.settings.compound_matching)
        self.controller.ocr = OcrSettings() if self.settings.ocr else None
        self.languageChosen.emit(self.settings.language)
        self._apply_roots()

    @Slot()
    def choose_library_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Add a folder to the library"))
        if folder:
            self.add_folder(folder)

    @Slot(str)
    def add_folder(self, folder: str) -> None:
        """A folder joins the library (remembered in the settings): its goals shown, its files indexed."""
        if folder not in self.settings.library_folders:
            self.settings.library_folders.append(folder)
            self.settings.save(self.settings_path)
        self._apply_roots()

    def _apply_roots(self) -> None:
        roots = self.roots()
        if roots == self.controller.roots:
            return
        self.controller.set_roots(roots)
        self.watcher.set_roots(roots, ignore=[self.index_dir])
        self._reload_goals_if_changed()
        self.controller.start()

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self._recognising = progress.phase == "ocr"

    @Slot(object)
    def _on_finished(self, summary: IndexSummary) -> None:
        self._generation = index_generation(self.index_dir)
        # Files kept at their last readable version are listed with the problems, with that reason.
        problems = [*summary.problems, *summary.kept]
        self.problems_panel.set_problems(problems)
        self._show_offline(list(summary.offline))
        self._reload_goals_if_changed()

    def _show_offline(self, roots: list[OfflineRoot]) -> None:
        self.offline_status.set_roots(roots)
        self.library.set_offline(roots)
        self._offline_probes = {root.path: _looks_back(root) for root in roots}

    @Slot()
    def poll_offline_roots(self) -> None:
        """An offline folder that can be read again and has something in it: index it now."""
        if self.controller.is_running():
            return
        probes = {root.path: _looks_back(root) for root in self.library.offline_roots()}
        if any(back and not self._offline_probes.get(path, False) for path, back in probes.items()):
            self.controller.start()
        self._offline_probes = probes

    @Slot()
    def poll_generation(self) -> None:
        """Another process committed to the index (e.g. `tromsvekst index`): show its hits."""
        # The window's own commit arrives through finished; those of its OCR phase come as pages finish.
        if self.controller.is_running() and not self._recognising:
            return
        generation = index_generation(self.index_dir)
        if generation == self._generation:
            return
        self._generation = generation
        # The run's own OCR phase commits pages only: offline folders and goals are looked at
        # again when the run finishes, not at each of its commits.
        own_ocr_commit = self.controller.is_running()
        if not own_ocr_commit:
            self._show_offline(read_root_states(self.index_dir).offline())
        self.search.on_index_changed()
        if not own_ocr_commit:
            self._reload_goals_if_changed()

    def library_changed(self) -> None:
        """YAML in the library was written by the window: show the goals now, then index them."""
        self._reload_goals_if_changed()
        self.controller.start()

    def _reload_goals_if_changed(self) -> None:
        """Show the goals again when the YAML changed, or a folder went offline or came back."""
        sources = library_sources(self.controller.roots, self.index_dir)
        stamp = _yaml_stamp(sources)
        if stamp == self._yaml:
            return
        self._yaml = stamp
        self.library.set(*library_from(sources))

    def offline_root_holding(self, path: Path) -> Path | None:
        """The library folder out of reach now that holds ``path``, if any."""
        return offline_root_holding(path, self.controller.roots, self.index_dir)
