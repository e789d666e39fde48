"""Local copies of the indexed PDFs, so that every indexed page opens when its source cannot be read.

The store is a folder beside the index (``<index>/copies``) holding one file per distinct
content, named by its SHA-256: a renamed or duplicated PDF costs nothing. Copies are
written to a temporary file, checked against the hash the index recorded and only then
renamed into place, so a copy is either whole and right or absent. The store keeps within
a size budget (default 2 GB; "all" or "none"); a copy's access time records when it was
last opened, and the least recently opened go first when room is needed.

Only the process that holds the index's write lock adds and removes copies; readers only
verify a copy and mark it opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tromsvekst_desktop.core.jsonfile import write_json_atomically
from tromsvekst_desktop.core.pdftext import file_sha256

STORE_DIR = "copies"
BUDGET_FILE = "budget.json"
DEFAULT_BUDGET = 2 * 1000**3
_SUFFIX = ".pdf"
_HASH = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3, "gb": 1000**3}

# The budget: a number of bytes, None for "all" (no limit), 0 for "none" (no copies).
Budget = int | None


def parse_budget(text: str) -> Budget:
    """ "all", "none", or a size such as "2GB", "500 MB", "1.5G", "300000000"; ValueError otherwise."""
    cleaned = text.strip().lower().replace(",", ".")
    if cleaned in ("all", "alle"):
        return None
    if cleaned in ("none", "ingen", "0"):
        return 0
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmg]?b?)", cleaned)
    if match is None or match.group(2) not in _UNITS:
        raise ValueError(f"not a size: {text!r} (use e.g. 2GB, 500MB, all or none)")
    return int(float(match.group(1)) * _UNITS[match.group(2)])


def budget_text(budget: Budget) -> str:
    """The budget as the command line and the settings file write it: "all", "none", "2GB"."""
    if budget is None:
        return "all"
    if budget == 0:
        return "none"
    for unit, size in (("GB", 1000**3), ("MB", 1000**2)):
        if budget % size == 0:
            return f"{budget // size}{unit}"
    return str(budget)


@dataclass(frozen=True)
class CopyEntry:
    """One stored copy: its content hash, size and when it was last opened (or made)."""

    digest: str
    path: Path
    size: int
    opened: float


def sha256_copy(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target`` (fsynced) and return the SHA-256 of the bytes copied."""
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest()


class CopyStore:
    """The copies beside one index folder."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir).absolute()
        self.root = self.index_dir / STORE_DIR

    # ------------------------------------------------------------ budget

    def budget(self) -> Budget:
        """The size budget the user chose; the default when none was chosen or the file is unreadable."""
        try:
            raw = json.loads((self.root / BUDGET_FILE).read_text(encoding="utf-8"))
            return parse_budget(str(raw["budget"]))
        except (OSError, ValueError, KeyError, TypeError):
            return DEFAULT_BUDGET

    def set_budget(self, budget: Budget) -> None:
        write_json_atomically(self.root / BUDGET_FILE, {"budget": budget_text(budget)})

    # ------------------------------------------------------------ reading

    def path_for(self, digest: str) -> Path:
        return self.root / f"{digest}{_SUFFIX}"

    def copy_of(self, digest: str | None) -> Path | None:
        """The copy of this content when the store has one (not verified: see open_copy)."""
        if not digest:
            return None
        path = self.path_for(digest)
        return path if path.is_file() else None

    def open_copy(self, digest: str) -> Path | None:
        """The verified copy, marked as just opened; None when there is none.

        Raises DamagedCopy (after deleting it) when the copy's bytes no longer match its hash.
        """
        path = self.copy_of(digest)
        if path is None:
            return None
        try:
            good = file_sha256(path) == digest
            info = path.stat()
        except OSError:
            return None
        if not good:
            path.unlink(missing_ok=True)
            raise DamagedCopy(path)
        try:
            os.utime(path, (time.time(), info.st_mtime))
        except OSError:  # a read-only store: the copy still opens, only its rank is not updated
            pass
        return path

    def entries(self) -> dict[str, CopyEntry]:
        found: dict[str, CopyEntry] = {}
        try:
            listing = list(os.scandir(self.root))
        except OSError:
            return found
        for entry in listing:
            digest = entry.name.removesuffix(_SUFFIX)
            if not entry.name.endswith(_SUFFIX) or not _HASH.fullmatch(digest):
                continue
            try:
                info = entry.stat()
            except OSError:
                continue
            found[digest] = CopyEntry(digest, Path(entry.path), info.st_size, info.st_atime)
        return found

    def usage(self) -> tuple[int, int]:
        """How many copies the store holds and how many bytes they take."""
        entries = self.entries().values()
        return len(entries), sum(e.size for e in entries)

    # ------------------------------------------------------------ writing (index writer only)

    def add(self, source: Path, digest: str) -> bool:
        """Copy ``source`` in when its bytes have ``digest``; False when they do not or it cannot be read."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=_SUFFIX, dir=self.root)
        except OSError:  # e.g. a read-only index folder: no copies, the index itself is unaffected
            return False
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            if sha256_copy(source, tmp) != digest:  # changed since it was indexed
                return False
            now = time.time()
            os.utime(tmp, (now, now))
            tmp.chmod(0o644)  # as readable as the index beside it (mkstemp makes it private)
            os.replace(tmp, self.path_for(digest))
            return True
        except OSError:
            return False
        finally:
            tmp.unlink(missing_ok=True)

    def remove(self, digests: Iterable[str]) -> int:
        """Delete these copies; the bytes freed."""
        freed = 0
        for digest in digests:
            path = self.path_for(digest)
            try:
                freed += path.stat().st_size
                path.unlink()
            except OSError:
                continue
        return freed

    def clear_leftovers(self) -> None:
        """Delete temporary files of copies a killed run left half written."""
        try:
            listing = list(os.scandir(self.root))
        except OSError:
            return
        for entry in listing:
            if entry.name.startswith(".tmp-"):
                Path(entry.path).unlink(missing_ok=True)

    def reconcile(self, wanted: Mapping[str, int]) -> None:
        """Keep only copies of ``wanted`` contents (hash → size) with that size, within the budget.

        A copy of another size is damaged and goes (the next run copies it again from its
        source); when over budget the least recently opened go first.
        """
        self.clear_leftovers()
        entries = self.entries()
        stale = [d for d, e in entries.items() if d not in wanted or wanted[d] != e.size]
        self.remove(stale)
        for digest in stale:
            entries.pop(digest)
        budget = self.budget()
        if budget is None:
            return
        self.evict_least_recent(entries, sum(e.size for e in entries.values()), budget)

    def evict_least_recent(self, entries: dict[str, CopyEntry], used: int, limit: int) -> int:
        """Delete the least recently opened of ``entries`` (taking them out of it) until the
        ``used`` bytes are within ``limit``; the bytes used then."""
        for entry in sorted(entries.values(), key=lambda e: e.opened):
            if used <= limit:
                break
            used -= self.remove([entry.digest])
            del entries[entry.digest]
        return used


class DamagedCopy(Exception):
    """A local copy whose bytes no longer match its content hash (it has been deleted)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"the local copy {path} was damaged and has been deleted")
        self.path = path


@dataclass
class _Pending:
    source: Path
    digest: str
    size: int
    may_evict: bool


@dataclass
class CopyFeeder:
    """Makes copies in a background thread of the indexing process while the text is indexed.

    ``offer_new`` takes a file indexed in this run (it may push out the least recently
    opened copies of earlier runs); ``offer_missing`` a file indexed before whose copy is
    missing (copied only into free room, so that files do not push each other out run
    after run). Copying reads and writes in large chunks, which release the GIL: the
    writer thread goes on meanwhile.
    """

    store: CopyStore
    _queue: queue.Queue[_Pending | None] = field(default_factory=queue.Queue)
    _thread: threading.Thread | None = None
    _stopped: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._budget = self.store.budget()
        self._entries = self.store.entries() if self._budget != 0 else {}
        self._made: set[str] = set()
        self._used = sum(e.size for e in self._entries.values())
        if self._budget != 0:
            self._thread = threading.Thread(target=self._run, name="tromsvekst-copies", daemon=True)
            self._thread.start()

    def offer_new(self, source: str, digest: str, size: int) -> None:
        self._offer(_Pending(Path(source), digest, size, may_evict=True))

    def offer_missing(self, source: str, digest: str, size: int) -> None:
        self._offer(_Pending(Path(source), digest, size, may_evict=False))

    def _offer(self, item: _Pending) -> None:
        stored = self._entries.get(item.digest)
        if stored is not None and stored.size == item.size:  # else damaged: copied again
            return
        if self._thread is not None and item.digest not in self._made:
            self._made.add(item.digest)  # offered once per run (a duplicate file is the same copy)
            self._queue.put(item)

    def finish(self, wanted: Mapping[str, int] | None) -> None:
        """Wait for the copies offered; then keep only ``wanted`` (hash → size), within the budget.

        None (a cancelled run) stops at once and leaves the store as it is.
        """
        if self._thread is not None:
            if wanted is None:
                self._stopped.set()
            self._queue.put(None)
            self._thread.join()
        if wanted is not None:
            self.store.reconcile(wanted)

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._stopped.is_set():
                continue
            if self._make_room(item) and self.store.add(item.source, item.digest):
                self._used += item.size

    def _make_room(self, item: _Pending) -> bool:
        if self._budget is None or self._used + item.size <= self._budget:
            return True
        if not item.may_evict or item.size > self._budget:
            return False
        self._used = self.store.evict_least_recent(self._entries, self._used, self._budget - item.size)
        return self._used + item.size <= self._budget
