"""Watches the library folders (recursively) and reports real changes to PDFs and YAML, debounced."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from tromsvekst_desktop.core.library import PDF_SUFFIXES, YAML_SUFFIXES

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1500
_LIBRARY_SUFFIXES = PDF_SUFFIXES | YAML_SUFFIXES

# path → (size, mtime_ns): what a library file looked like at the last look.
_Snapshot = dict[str, tuple[int, int]]


class LibraryWatcher(QObject):
    """Emits ``changed()`` once things settle after library files were added, changed or removed.

    Every folder under the roots is watched (new sub-folders are picked up on the next
    look), and so is every PDF and YAML file (directory watches do not see a file's
    content change). Events only start a timer: when it fires, the watcher looks at the
    library files again and emits only if their sizes, times or names differ, so noise
    such as an editor's temporary files or the index folder (never watched) triggers
    nothing. Hidden files and folders are skipped, as the indexer skips them.
    """

    changed = Signal()

    def __init__(
        self,
        roots: Sequence[Path] = (),
        *,
        ignore: Sequence[Path] = (),
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_event)
        self._watcher.fileChanged.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._look)
        self._roots: list[Path] = []
        self._ignore: list[Path] = []
        self._snapshot: _Snapshot = {}
        self.set_roots(roots, ignore=ignore)

    def set_roots(self, roots: Sequence[Path], *, ignore: Sequence[Path] = ()) -> None:
        """Watch these folders (and files) instead; ``ignore`` folders are never watched."""
        self._roots = [Path(r).expanduser().absolute() for r in roots]
        self._ignore = [Path(p).expanduser().absolute() for p in ignore]
        self._timer.stop()
        self._snapshot = self._rewatch()

    def watched_folders(self) -> list[str]:
        return sorted(self._watcher.directories())

    @Slot(str)
    def _on_event(self, _path: str) -> None:
        self._timer.start()  # restarts: a burst of events gives one look at the end

    @Slot()
    def _look(self) -> None:
        snapshot = self._rewatch()
        if snapshot != self._snapshot:
            self._snapshot = snapshot
            self.changed.emit()

    def _rewatch(self) -> _Snapshot:
        """Walk the roots, watch what is there now, and return the library files' snapshot."""
        folders, snapshot = self._scan()
        wanted = set(folders) | set(snapshot)
        # Also watch a missing root's nearest existing parent: creating the root is a change.
        for root in self._roots:
            if not root.exists() and root.parent.is_dir():
                wanted.add(str(root.parent))
        current = set(self._watcher.directories()) | set(self._watcher.files())
        stale = sorted(current - wanted)
        new = sorted(wanted - current)
        if stale:
            self._watcher.removePaths(stale)
        if new:
            # Only existing paths are passed; the rest would be refused with a warning.
            failed = self._watcher.addPaths([p for p in new if os.path.exists(p)])
            if failed:
                log.info("cannot watch %d paths (e.g. %s)", len(failed), failed[0])
        return snapshot

    def _scan(self) -> tuple[list[str], _Snapshot]:
        folders: list[str] = []
        snapshot: _Snapshot = {}
        for root in self._roots:
            if root.is_file():
                _add_file(snapshot, root)
            elif root.is_dir() and not self._ignored(root):
                for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
                    dirnames[:] = [
                        d for d in dirnames if not d.startswith(".") and not self._ignored(Path(dirpath, d))
                    ]
                    folders.append(dirpath)
                    _add_files(snapshot, dirpath, filenames)
        return folders, snapshot

    def _ignored(self, folder: Path) -> bool:
        return any(folder == ignored or ignored in folder.parents for ignored in self._ignore)


def _add_files(snapshot: _Snapshot, folder: str, names: Iterable[str]) -> None:
    for name in names:
        if not name.startswith(".") and Path(name).suffix.lower() in _LIBRARY_SUFFIXES:
            _add_file(snapshot, Path(folder, name))


def _add_file(snapshot: _Snapshot, path: Path) -> None:
    try:
        stat = path.stat()
    except OSError:
        return  # gone between listing and looking: the next look sees it missing
    snapshot[str(path)] = (stat.st_size, stat.st_mtime_ns)
