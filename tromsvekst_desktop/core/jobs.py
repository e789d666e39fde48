"""Progress reports and cancellation for long-running core work (indexing)."""

from __future__ import annotations

import threading
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside a job when its CancelToken was set."""


class CancelToken:
    """A thread-safe flag a caller sets to stop a running job at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class Progress:
    """A snapshot of an indexing run, for a progress bar.

    ``files_done``/``files_total`` count files to extract (unchanged files are not
    counted); ``pages_done`` counts pages extracted so far; ``eta_s`` is None until
    there is enough data for an estimate. In the "ocr" phase (text recognition of scanned
    pages, after the commit) ``files_done``/``files_total`` count pages.
    """

    phase: str  # "scan" | "extract" | "commit" | "ocr" | "done"
    files_done: int
    files_total: int
    pages_done: int
    pages_per_s: float
    eta_s: float | None
    current: str = ""
