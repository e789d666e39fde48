"""The index's integrity: checksums of its segment files and the check for damage."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.query import Term

from tromsvekst_desktop.core.index_schema import INDEX_NAME
from tromsvekst_desktop.core.whoosh_ext import install

# Size and CRC-32 of each segment file, written after each commit: reveals garbage written
# into a segment, which Whoosh itself only notices (if at all) when a query reads it.
CHECKSUM_FILE = "tromsvekst-checksums.json"


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _segment_files(ix: FileIndex) -> list[str]:
    return [name for segment in ix._segments() for name in segment.list_files(ix.storage)]


def record_checksums(index_dir: Path, ix: FileIndex) -> None:
    """Note size and CRC-32 of the latest generation's segment files (after a commit).

    Segment files never change once written and have unique names, so an entry is
    never wrong; a run killed before this leaves segments without entries, which are
    then only checked structurally.
    """
    known = _read_checksums(index_dir)
    sums: dict[str, list[int]] = {}
    tmp = index_dir / f"{CHECKSUM_FILE}.{os.getpid()}.tmp"
    try:
        for name in _segment_files(ix):
            path = index_dir / name
            try:
                sums[name] = known[name] if name in known else [path.stat().st_size, _crc32(path)]
            except FileNotFoundError:  # merged away by a newer commit meanwhile
                continue
        tmp.write_text(json.dumps(sums), encoding="utf-8")
        os.replace(tmp, index_dir / CHECKSUM_FILE)
    except OSError:  # e.g. a full disk: the commit stands, those segments are checked structurally
        tmp.unlink(missing_ok=True)


def _read_checksums(index_dir: Path) -> dict[str, list[int]]:
    try:
        sums = json.loads((index_dir / CHECKSUM_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(sums, dict):
        return {}
    return {k: v for k, v in sums.items() if isinstance(v, list) and len(v) == 2}


class _TrackingStorage(FileStorage):  # type: ignore[misc]
    """A FileStorage that can close every file it opened: Whoosh leaves a file open when
    reading it fails, which would leak one descriptor per check of a damaged index."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.opened: list[Any] = []

    def open_file(self, name: str, **kwargs: Any) -> Any:
        stream = super().open_file(name, **kwargs)
        self.opened.append(stream)
        return stream

    def close_all(self) -> None:
        for stream in self.opened:
            if not stream.is_closed:
                stream.close()
        self.opened.clear()


def find_damage(index_dir: Path) -> tuple[FileIndex | None, str | None]:
    """Open the index and check it: (index, None) when sound, (None, what is wrong) when not."""
    install()
    storage = _TrackingStorage(str(index_dir))
    try:
        damage = _damage_with(storage, index_dir)
    finally:
        storage.close_all()
    if damage is not None:
        return None, damage
    return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME), None


def _damage_with(storage: FileStorage, index_dir: Path) -> str | None:
    """What is wrong with the index, or None.

    Checks that the table of contents loads, each segment's files exist with the
    recorded size and checksum, a reader opens, the first and last stored documents
    load and a term lookup runs (see the README for the cost).
    """
    try:
        ix = FileIndex(storage, indexname=INDEX_NAME)
        segments = ix._segments()
    except Exception as exc:  # Whoosh raises assorted errors on a garbled table of contents
        return f"the table of contents cannot be read: {type(exc).__name__}: {exc}"
    sums = _read_checksums(index_dir)
    names: list[str] = []
    for segment in segments:
        files = segment.list_files(ix.storage)
        if not files:
            return f"segment {segment.segment_id()} is missing"
        names += files
    for name in names:
        path = index_dir / name
        want = sums.get(name)
        if want is None:
            continue
        try:
            size = path.stat().st_size
            if size != want[0]:
                return f"{name} has {size} bytes, {want[0]} were written"
            if _crc32(path) != want[1]:
                return f"{name} has been overwritten (checksum differs)"
        except OSError as exc:
            return f"{name} cannot be read: {exc.strerror or exc}"
    try:
        with ix.searcher() as searcher:
            count = searcher.doc_count_all()
            if count:
                searcher.stored_fields(0)
                searcher.stored_fields(count - 1)
            searcher.search(Term("type", "goalset"), limit=1)
    except Exception as exc:  # a truncated or garbled segment fails in many ways
        return f"a segment cannot be read: {type(exc).__name__}: {exc}"
    return None
