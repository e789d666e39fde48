"""Follows a new index generation off the GUI thread: opens it and re-runs the search on screen.

Opening a generation and answering the first search from it (filter sets, word lists,
length norms all start cold) took the GUI thread up to 0.8 s. Here a worker thread
opens a new SearchEngine and runs the window's query with it; the engine and the result
then reach the GUI thread together, and from then on only the GUI thread uses that
engine. The engine the window already has is never touched by the worker, so no Whoosh
searcher is ever used by two threads.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from tromsvekst_desktop.core.search import SearchEngine
from tromsvekst_desktop.core.search_service import SearchOutcome, SearchRequest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FollowedGeneration:
    """What the worker made: the engine of the latest generation (None when it could not
    be opened, see ``error``) and the outcome of ``request`` on it (None without a request)."""

    engine: SearchEngine | None
    request: SearchRequest | None
    outcome: SearchOutcome | None = None
    error: Exception | None = None


class GenerationFollower(QObject):
    """Opens the latest generation of an index in a worker thread, one at a time.

    ``follow()`` while a worker runs queues one more (the latest request wins): a
    generation committed meanwhile is then picked up too. ``ready(FollowedGeneration)``
    is emitted on the GUI thread; the receiver owns the engine from then on.
    """

    ready = Signal(object)
    _done = Signal(object)  # emitted in the worker thread, delivered to ``_on_done`` (queued)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: threading.Thread | None = None
        self._queued: tuple[Path, SearchRequest | None] | None = None
        self._closed = False
        self._done.connect(self._on_done)

    def is_busy(self) -> bool:
        """Whether a worker is opening a generation (or one is queued)."""
        return self._worker is not None

    def follow(self, index_dir: Path, request: SearchRequest | None) -> None:
        """Open the index's latest generation and run ``request`` with it, in the background."""
        if self._closed:
            return
        if self._worker is not None:
            self._queued = (index_dir, request)
            return
        self._worker = threading.Thread(
            target=self._work, args=(index_dir, request), name="tromsvekst-generation", daemon=True
        )
        self._worker.start()

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Emit nothing more; wait for a running worker (its engine is closed, not handed over)."""
        self._closed = True
        self._queued = None
        worker = self._worker
        if worker is not None:
            worker.join(timeout_s)

    def _work(self, index_dir: Path, request: SearchRequest | None) -> None:  # in the worker thread
        try:
            engine = SearchEngine(index_dir)
        except Exception as exc:  # damaged, vanished or of another version: the window says so
            log.warning("cannot open the new index generation in %s: %s", index_dir, exc)
            self._hand_over(FollowedGeneration(None, request, error=exc))
            return
        if request is None:
            self._hand_over(FollowedGeneration(engine, None))
            return
        # Damage or a bad query is an outcome too: the window then runs the query itself and shows why.
        self._hand_over(FollowedGeneration(engine, request, outcome=request.answer(engine)))

    def _hand_over(self, followed: FollowedGeneration) -> None:  # in the worker thread
        if self._closed:
            _close(followed)
            return
        self._done.emit(followed)

    @Slot(object)
    def _on_done(self, followed: FollowedGeneration) -> None:
        self._worker = None
        queued, self._queued = self._queued, None
        if self._closed or queued is not None:
            # Superseded: a newer generation (or request) is on its way.
            _close(followed)
            if queued is not None and not self._closed:
                self.follow(*queued)
            return
        self.ready.emit(followed)


def _close(followed: FollowedGeneration) -> None:
    if followed.engine is not None:
        followed.engine.close()
