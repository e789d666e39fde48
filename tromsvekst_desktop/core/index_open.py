"""Opening the index: for searching (checked), for writing (created or rebuilt when needed),
and the write lock shared with other processes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError
from whoosh.util.filelock import try_for
from whoosh.writing import IndexWriter

from tromsvekst_desktop import __version__
from tromsvekst_desktop.core.index_integrity import CHECKSUM_FILE, find_damage
from tromsvekst_desktop.core.index_schema import INDEX_NAME, META_FILE, SCHEMA_VERSION, make_schema
from tromsvekst_desktop.core.jobs import Progress
from tromsvekst_desktop.core.whoosh_ext import TermGroupedWriter, install

ProgressCallback = Callable[[Progress], None]


class IndexError_(Exception):
    """Base of the index's domain errors (named so as not to shadow the builtin)."""


class IndexBusy(IndexError_):
    """Another process is writing the index and did not finish within the wait."""


class IndexDamaged(IndexError_):
    """Index files are missing, truncated or garbled: the index must be rebuilt.

    ``detail`` says what is wrong, e.g. "MAIN_x.seg has 1000 bytes, 563455 were written".
    """

    def __init__(self, index_dir: Path, detail: str) -> None:
        super().__init__(f"the index in {index_dir} is damaged ({detail}): run `tromsvekst index --rebuild`")
        self.detail = detail


def index_exists(index_dir: Path) -> bool:
    """Whether a table of contents is there (not opened: a garbled one is damage, see check_index)."""
    return index_dir.is_dir() and index_generation(index_dir) >= 0


def _read_meta(index_dir: Path) -> dict[str, Any]:
    try:
        meta = json.loads((index_dir / META_FILE).read_text(encoding="utf-8"))
        return meta if isinstance(meta, dict) else {}
    except (OSError, ValueError):
        return {}


def _clear_index_files(index_dir: Path) -> None:
    """Delete this index's files, leaving anything else in the folder (e.g. a README).

    The lock file stays: another process may hold a lock on it, and deleting it would let
    a third lock a new file of the same name while the second still writes.
    """
    for entry in index_dir.iterdir():
        if entry.name == f"{INDEX_NAME}_WRITELOCK" or not entry.is_file():
            continue
        if entry.name.startswith((f"_{INDEX_NAME}_", f"{INDEX_NAME}_")) or entry.name in (
            META_FILE,
            CHECKSUM_FILE,
        ):
            entry.unlink()


def _has_index_files(index_dir: Path) -> bool:
    """Whether segment files or our metadata are there (an index whose table of contents vanished)."""
    try:
        return any(
            entry.name.endswith(".seg") or entry.name == META_FILE
            for entry in index_dir.iterdir()
            if entry.name.startswith(f"{INDEX_NAME}_") or entry.name == META_FILE
        )
    except OSError:
        return False


def index_generation(index_dir: Path) -> int:
    """The number of the latest committed generation (-1: none); a directory listing, no reads."""
    try:
        return int(whoosh_index.TOC._latest_generation(FileStorage(str(index_dir)), INDEX_NAME))
    except OSError:
        return -1


def check_index(index_dir: Path) -> FileIndex:
    """The index in ``index_dir``, checked; IndexDamaged (with the reason) when it is damaged.

    A writer that commits meanwhile may delete the segments just looked at: a failed
    check is repeated once the generation has moved on before it counts as damage.
    """
    generation = -2
    while True:
        ix, damage = find_damage(index_dir)
        if ix is not None:
            return ix
        latest = index_generation(index_dir)
        if latest == generation or latest < 0:
            raise IndexDamaged(index_dir, str(damage))
        generation = latest


def open_index(index_dir: Path) -> FileIndex:
    """Open an existing index with the current schema version (for searching)."""
    if not index_exists(index_dir):
        if _has_index_files(index_dir):
            raise IndexDamaged(index_dir, "its table of contents is missing")
        raise IndexError_(f"no index in {index_dir}: run `tromsvekst index` first")
    if _read_meta(index_dir).get("schema_version") != SCHEMA_VERSION:
        raise IndexError_(
            f"the index in {index_dir} was made by another version: run `tromsvekst index` to rebuild it"
        )
    return check_index(index_dir)


def open_or_create(
    index_dir: Path, report: ProgressCallback, lock_timeout_s: float
) -> tuple[FileIndex, bool]:
    """The index for writing; created (or recreated on a schema change or damage) when needed.

    Files are only cleared under the write lock, and after a second look: another process
    may have created or repaired the index meanwhile, or may be writing it right now.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    damage = None
    if _usable(index_dir):
        try:
            return check_index(index_dir), False
        except IndexDamaged as exc:
            damage = exc.detail
    elif _has_index_files(index_dir) and not index_exists(index_dir):
        damage = "its table of contents is missing"
    lock = FileStorage(str(index_dir)).lock(f"{INDEX_NAME}_WRITELOCK")
    if not lock.acquire(blocking=False):
        report(Progress("wait", 0, 0, 0, 0.0, None, "another process is writing the index"))
        if not try_for(lock.acquire, timeout=lock_timeout_s, delay=0.25):
            raise IndexBusy(
                f"another process has been writing the index for more than {lock_timeout_s:.0f} s; "
                "try again later"
            )
    try:
        if _usable(index_dir):
            try:
                return check_index(index_dir), False
            except IndexDamaged as exc:
                damage = exc.detail
        if damage is not None:
            report(Progress("repair", 0, 0, 0, 0.0, None, f"the index was damaged ({damage})"))
        return _create(index_dir), True
    finally:
        lock.release()


def _usable(index_dir: Path) -> bool:
    """An index is there, made with this schema version."""
    return index_exists(index_dir) and _read_meta(index_dir).get("schema_version") == SCHEMA_VERSION


def _create(index_dir: Path) -> FileIndex:
    install()
    _clear_index_files(index_dir)
    ix = whoosh_index.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME)
    meta = {"schema_version": SCHEMA_VERSION, "created_by": f"tromsvekst-desktop {__version__}"}
    tmp = index_dir / f"{META_FILE}.tmp"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, index_dir / META_FILE)
    return ix


def open_writer(ix: FileIndex, lock_timeout_s: float, on_progress: ProgressCallback) -> IndexWriter:
    try:
        return TermGroupedWriter(ix, timeout=0.0, limitmb=256)
    except LockError:
        pass
    on_progress(Progress("wait", 0, 0, 0, 0.0, None, "another process is writing the index"))
    try:
        return TermGroupedWriter(ix, timeout=lock_timeout_s, limitmb=256)
    except LockError:
        raise IndexBusy(
            f"another process has been writing the index for more than {lock_timeout_s:.0f} s; "
            "try again later"
        ) from None
