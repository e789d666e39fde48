"""Runs the core's update_index in a spawned child process: one run at a time, cancellable, polled."""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import signal
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tromsvekst_desktop.core.index import IndexBusy, IndexSummary, update_index
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.ocr import OcrSettings
from tromsvekst_desktop.core.pdftext import ExtractionPool, ExtractTarget

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_MS = 100  # progress reaches the UI at most 10 times a second
# A GUI run gives up on a busy index soon (another window may index for minutes), so
# that cancelling and quitting never wait behind Whoosh's lock for long.
LOCK_TIMEOUT_S = 10.0
PROCESS_NAME = "tromsvekst-index"
# The child checks this often whether the window is still there (an orphan stops its run).
_PARENT_CHECK_S = 0.5

# Messages from the child, in order: ("progress", Progress)*, then one outcome:
# ("done", IndexSummary) | ("busy",) | ("oserror", detail, filename | None)
# | ("error", exception | None, str(exception), traceback text).
_Message = tuple[Any, ...]


def _index_main(
    conn: Connection,
    cancel_event: Event,
    index_dir: Path,
    roots: list[Path],
    rebuild: bool,
    lock_timeout_s: float,
    extract_target: ExtractTarget | None,
    passwords: dict[str, str],
    ocr: OcrSettings | None = None,
) -> None:  # pragma: no cover - runs in the child process
    """The child process: one update_index, its progress and outcome sent through ``conn``."""
    # Ctrl-C reaches the whole process group; the window decides (it cancels and waits).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    token = CancelToken()
    threading.Thread(target=_watch_cancel, args=(cancel_event, token), daemon=True).start()
    # A test's reader (a module-level function) reaches the extraction workers through a pool.
    pool: AbstractContextManager[ExtractionPool | None] = (
        ExtractionPool(target=extract_target) if extract_target is not None else nullcontext(None)
    )
    try:
        with pool as active:
            summary = update_index(
                index_dir,
                roots,
                rebuild=rebuild,
                passwords=passwords,
                on_progress=lambda progress: conn.send(("progress", progress)),
                cancel=token,
                lock_timeout_s=lock_timeout_s,
                pool=active,
                ocr=ocr,
            )
        outcome: _Message = ("done", summary)
    except IndexBusy:
        outcome = ("busy",)
    except OSError as exc:
        filename = None if exc.filename is None else str(exc.filename)
        outcome = ("oserror", exc.strerror or str(exc), filename)
    except Exception as exc:
        outcome = ("error", _portable(exc), str(exc), traceback.format_exc())
    try:
        conn.send(outcome)
    except OSError:  # the window is gone
        pass
    conn.close()


def _watch_cancel(cancel_event: Event, token: CancelToken) -> None:  # pragma: no cover - child process
    parent = multiprocessing.parent_process()
    while not cancel_event.wait(_PARENT_CHECK_S):
        if parent is not None and not parent.is_alive():
            break
    token.cancel()


def _portable(exc: Exception) -> Exception | None:
    """The exception itself when it survives pickling (custom __init__s often do not), else None."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return None
    return exc


class _RemoteTraceback(Exception):
    """Carries the child's traceback text, so the crash report shows where the error happened."""

    def __str__(self) -> str:
        return f'\n"""\n{self.args[0]}"""'


@dataclass
class _IndexRun:
    """One child process running update_index, and the GUI's end of its pipe."""

    process: BaseProcess
    conn: Connection
    cancel_event: Event
    cancelled: bool = False
    outcome: _Message | None = None


class IndexController(QObject):
    """Keeps the index up to date in the background; every signal is emitted on the GUI thread.

    Each run is a child process (spawned: Qt is loaded here), so the pure-Python Whoosh
    writer never holds this process's GIL. ``start()`` while a run is going queues exactly
    one follow-up run (a rebuild if any request asked for one). ``cancel()`` stops the run
    and drops the follow-up; the last committed index stays searchable, and nothing of the
    cancelled run reaches the UI except ``cancelled()``. ``indexChanged()`` follows every
    run that committed, so the window can run its current query again.

    ``extract_target`` (tests) replaces the PDF reader the child's extraction workers run;
    it must be a picklable module-level function.
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
        extract_target: ExtractTarget | None = None,
        lock_timeout_s: float = LOCK_TIMEOUT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._index_dir = Path(index_dir)
        self._roots = [Path(r) for r in roots]
        self._extract_target = extract_target
        self._lock_timeout_s = lock_timeout_s
        self._context = multiprocessing.get_context("spawn")
        self._run: _IndexRun | None = None
        self._ended: list[BaseProcess] = []  # children that reported and are exiting
        self._pending: bool | None = None  # None: no follow-up; else its ``rebuild``
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_INTERVAL_MS)
        self._poll.timeout.connect(self._poll_run)
        self.last_summary: IndexSummary | None = None
        self._passwords: dict[str, str] = {}  # for this session only: never written to disk
        self.ocr: OcrSettings | None = None  # recognise scanned pages after the text (from the settings)

    @property
    def index_dir(self) -> Path:
        return self._index_dir

    def set_index_dir(self, index_dir: Path) -> None:
        """Index into another folder from the next run on (one the user chose instead)."""
        self._index_dir = Path(index_dir)

    def set_password(self, pdf: str, password: str) -> None:
        """The password of a protected PDF, given to the next runs (which read the file again)."""
        self._passwords[str(Path(pdf).resolve())] = password

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
        self._ended = [p for p in self._ended if p.is_alive()]
        reader, writer = self._context.Pipe(duplex=False)
        cancel_event = self._context.Event()
        process = self._context.Process(
            target=_index_main,
            args=(
                writer,
                cancel_event,
                self._index_dir,
                list(self._roots),
                rebuild,
                self._lock_timeout_s,
                self._extract_target,
                dict(self._passwords),
                self.ocr,
            ),
            name=PROCESS_NAME,
            daemon=False,  # update_index starts extraction workers: a daemon may not have children
        )
        process.start()
        # Only the child holds the sending end now: its exit, however it happens, reads as EOF.
        writer.close()
        self._run = _IndexRun(process, reader, cancel_event)
        self._poll.start()
        self.started.emit()

    @Slot()
    def rebuild(self) -> None:
        self.start(rebuild=True)

    @Slot()
    def cancel(self) -> None:
        """Stop the current run (its changes are discarded) and forget a queued one."""
        self._pending = None
        run = self._run
        if run is not None:
            run.cancelled = True
            run.cancel_event.set()

    def shutdown(self, timeout_s: float = 15.0) -> None:
        """Cancel, wait for the child (then kill it) and emit nothing more: before quitting."""
        run, self._run = self._run, None
        self._pending = None
        self._poll.stop()
        deadline = time.monotonic() + timeout_s
        if run is not None:
            run.cancelled = True
            run.cancel_event.set()
            # Keep reading: a child blocked on a full pipe could never exit.
            while run.process.is_alive() and time.monotonic() < deadline:
                self._read(run)
                run.process.join(0.05)
            run.conn.close()
            self._ended.append(run.process)
        for process in self._ended:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                log.error("the index process %s did not stop within %.0f s: killed", process.pid, timeout_s)
                process.kill()
                process.join()
        self._ended = []

    def _read(self, run: _IndexRun) -> tuple[Progress | None, bool]:
        """Everything the child has sent so far: the newest progress, and whether the pipe ended."""
        latest: Progress | None = None
        try:
            while run.outcome is None and run.conn.poll():
                message: _Message = run.conn.recv()
                if message[0] == "progress":
                    latest = message[1]
                else:
                    run.outcome = message
        except (EOFError, OSError):  # the child exited (or died) and everything sent was read
            return latest, True
        return latest, False

    @Slot()
    def _poll_run(self) -> None:
        run = self._run
        if run is None:
            return
        latest, ended = self._read(run)
        if run.outcome is None and not ended:
            if latest is not None and not run.cancelled:
                self.progress.emit(latest)
            return
        self._run = None
        self._poll.stop()
        run.conn.close()
        # The child exits right after its outcome: reaped later, never waited for here.
        self._ended.append(run.process)
        self._finish(run)
        if self._pending is not None and self._run is None:
            rebuild, self._pending = self._pending, None
            self.start(rebuild)

    def _finish(self, run: _IndexRun) -> None:
        outcome = run.outcome
        summary = outcome[1] if outcome is not None and outcome[0] == "done" else None
        committed = summary is not None and not summary.cancelled
        if run.cancelled:
            self.cancelled.emit()
        elif outcome is None:
            self.failed.emit(self._died_message(run.process))
        elif summary is None:
            self.failed.emit(self._message(outcome))
        else:
            self.last_summary = summary
            self.finished.emit(summary)
        if committed:
            # Also after a cancel that came too late to stop the commit: the index did change.
            self.indexChanged.emit()

    def _died_message(self, process: BaseProcess) -> str:
        process.join(0.5)  # it has closed its pipe: it is gone or about to be
        code = process.exitcode
        log.error("the index process %s ended without a result (exit code %s)", process.pid, code)
        return self.tr(
            "Indexing stopped: the indexing process ended unexpectedly (exit code %1). "
            "Searching uses the index as it was before this update."
        ).replace("%1", str(code))

    def _message(self, outcome: _Message) -> str:
        if outcome[0] == "busy":
            return self.tr(
                "Another Tromsvekst window is updating the index. Searching uses the index as it is; "
                "try again when the other one has finished."
            )
        if outcome[0] == "oserror":
            _kind, detail, filename = outcome
            return (
                self.tr("The index could not be updated: %1 (%2)")
                .replace("%1", detail)
                .replace("%2", filename or str(self._index_dir))
            )
        _kind, value, text, details = outcome
        error: Exception = value if value is not None else RuntimeError(text)
        error.__cause__ = _RemoteTraceback(details)
        # Unexpected: the crash handler (sys.excepthook) logs it and shows the details.
        sys.excepthook(type(error), error, None)
        return self.tr("Indexing stopped because of an unexpected error: %1").replace("%1", text)
