"""Runs the core's update_index in a worker QThread: one run at a time, cancellable, progress polled."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from tromsvekst_desktop.core.index import IndexBusy, IndexSummary, update_index
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.pdftext import ExtractionPool

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_MS = 100  # progress reaches the UI at most 10 times a second
# A GUI run gives up on a busy index soon (another window may index for minutes), so
# that cancelling and quitting never wait behind Whoosh's lock for long.
LOCK_TIMEOUT_S = 10.0

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _IndexRun(QThread):
    """One call of update_index. Touches no widget; the controller reads its results afterwards."""

    def __init__(
        self,
        index_dir: Path,
        roots: Sequence[Path],
        rebuild: bool,
        pool: ExtractionPool | None,
        lock_timeout_s: float,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.index_dir = index_dir
        self.roots = list(roots)
        self.rebuild = rebuild
        self.token = CancelToken()
        self.summary: IndexSummary | None = None
        self.error: _ExcInfo | None = None
        self._pool = pool
        self._lock_timeout_s = lock_timeout_s
        self._lock = threading.Lock()
        self._latest: Progress | None = None

    def run(self) -> None:  # the worker thread
        try:
            self.summary = update_index(
                self.index_dir,
                self.roots,
                rebuild=self.rebuild,
                on_progress=self._report,
                cancel=self.token,
                lock_timeout_s=self._lock_timeout_s,
                pool=self._pool,
            )
        except Exception:
            kind, value, tb = sys.exc_info()
            assert kind is not None and value is not None
            self.error = (kind, value, tb)

    def _report(self, progress: Progress) -> None:  # the worker thread
        # Only the newest snapshot matters: the GUI samples it on its own timer.
        with self._lock:
            self._latest = progress

    def take_progress(self) -> Progress | None:
        with self._lock:
            progress, self._latest = self._latest, None
        return progress


class IndexController(QObject):
    """Keeps the index up to date in the background; every signal is emitted on the GUI thread.

    ``start()`` while a run is going queues exactly one follow-up run (a rebuild if any
    request asked for one). ``cancel()`` stops the run and drops the follow-up; the last
    committed index stays searchable, and nothing of the cancelled run reaches the UI
    except ``cancelled()``. ``indexChanged()`` follows every run that committed, so the
    window can run its current query again.
    """

    started = Signal()
    progress = Signal(object)  # Progress
    finished = Signal(object)  # IndexSummary
    failed = Signal(str)
    cancelled = Signal()
    indexChanged = Signal()

    def __init__(
        self,
        index_dir: Path,
        roots: Sequence[Path],
        *,
        pool: ExtractionPool | None = None,
        lock_timeout_s: float = LOCK_TIMEOUT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._index_dir = Path(index_dir)
        self._roots = [Path(r) for r in roots]
        self._pool = pool
        self._lock_timeout_s = lock_timeout_s
        self._run: _IndexRun | None = None
        self._pending: bool | None = None  # None: no follow-up; else its ``rebuild``
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_INTERVAL_MS)
        self._poll.timeout.connect(self._emit_progress)
        self.last_summary: IndexSummary | None = None

    @property
    def index_dir(self) -> Path:
        return self._index_dir

    @property
    def roots(self) -> list[Path]:
        return list(self._roots)

    def set_roots(self, roots: Sequence[Path]) -> None:
        """The library to index from the next run on."""
        self._roots = [Path(r) for r in roots]

    def is_running(self) -> bool:
        return self._run is not None

    @Slot()
    def start(self, rebuild: bool = False) -> None:
        """Index now, or right after the current run when one is going."""
        if self._run is not None:
            self._pending = bool(self._pending) or rebuild
            return
        run = _IndexRun(self._index_dir, self._roots, rebuild, self._pool, self._lock_timeout_s, self)
        # A bound slot of this GUI-thread object: Qt queues the call into the GUI thread.
        run.finished.connect(self._on_run_finished)
        self._run = run
        run.start()
        self._poll.start()
        self.started.emit()

    @Slot()
    def rebuild(self) -> None:
        self.start(rebuild=True)

    @Slot()
    def cancel(self) -> None:
        """Stop the current run (its changes are discarded) and forget a queued one."""
        self._pending = None
        if self._run is not None:
            self._run.token.cancel()

    def shutdown(self, timeout_s: float = 15.0) -> None:
        """Cancel and wait for the worker (before quitting: a running QThread must not be destroyed)."""
        run = self._run
        self.cancel()
        if run is not None and not run.wait(int(timeout_s * 1000)):
            log.error("the index worker did not stop within %.0f s", timeout_s)
        self._poll.stop()

    @Slot()
    def _emit_progress(self) -> None:
        run = self._run
        if run is None or run.token.cancelled:
            return
        progress = run.take_progress()
        if progress is not None:
            self.progress.emit(progress)

    @Slot()
    def _on_run_finished(self) -> None:
        run = self._run
        if run is None:  # already handled
            return
        self._run = None
        self._poll.stop()
        run.deleteLater()
        summary = run.summary
        committed = summary is not None and not summary.cancelled
        if run.token.cancelled:
            self.cancelled.emit()
        elif run.error is not None:
            self.failed.emit(self._message(run.error))
        elif summary is not None:
            self.last_summary = summary
            self.finished.emit(summary)
        if committed:
            # Also after a cancel that came too late to stop the commit: the index did change.
            self.indexChanged.emit()
        if self._pending is not None and self._run is None:
            rebuild, self._pending = self._pending, None
            self.start(rebuild)

    def _message(self, error: _ExcInfo) -> str:
        kind, value, tb = error
        if isinstance(value, IndexBusy):
            return self.tr(
                "Another Tromsvekst window is updating the index. Searching uses the index as it is; "
                "try again when the other one has finished."
            )
        if isinstance(value, OSError):
            detail = value.strerror or str(value)
            where = value.filename or self._index_dir
            return (
                self.tr("The index could not be updated: %1 (%2)")
                .replace("%1", detail)
                .replace("%2", str(where))
            )
        # Unexpected: the crash handler (sys.excepthook) logs it and shows the details.
        sys.excepthook(kind, value, tb)
        return self.tr("Indexing stopped because of an unexpected error: %1").replace("%1", str(value))
