"""Tromsvekst's extensions of Whoosh-Reloaded 2.7.5, in one place.

Whoosh-Reloaded 2.7.5 is pinned and no longer changes, so the few places where its pure
Python was too slow for a plan archive are extended here, and only here:

- ``install()`` (explicit, idempotent; the indexing and searching code call it) replaces
  two reading internals process-wide, both without changing what Whoosh returns: the
  per-document column cache of the W3 codec (remembers misses, holds field lengths in
  memory) and the file class of compound segments (reads the memory map in place).
- ``TermGroupedWriter`` is the writer the indexing code opens: a ``SegmentWriter`` whose
  posting pool is grouped by term and whose segment flush writes a term's postings a
  block at a time (``postingpool``). It is a subclass, not a patch, so Whoosh's own
  ``SegmentWriter``, ``BufferedWriter`` and multi-process writer stay exactly Whoosh's;
  with a codec other than W3 it is a plain ``SegmentWriter``.

The acceptance test is Whoosh's own suite, run with ``install()`` applied (``.ci/whoosh-suite``).
"""

from __future__ import annotations

import io
from array import array
from importlib import metadata
from typing import Any

import whoosh
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3PerDocReader
from whoosh.filedb import compound as whoosh_compound
from whoosh.filedb.structfile import BufferFile
from whoosh.writing import SegmentWriter

from tromsvekst_desktop.core.postingpool import TermGroupedPool, flush_segment

WHOOSH_DISTRIBUTION = "Whoosh-Reloaded"
WHOOSH_VERSION = "2.7.5"


class WhooshVersionError(RuntimeError):
    """The installed Whoosh is not the one these extensions were written for."""


def check_whoosh_version() -> None:
    try:
        installed = metadata.version(WHOOSH_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        installed = None
    module_version = ".".join(str(part) for part in whoosh.__version__[:3])
    if installed != WHOOSH_VERSION or module_version != WHOOSH_VERSION:
        found = f"{WHOOSH_DISTRIBUTION} {installed}" if installed else f"whoosh {module_version}"
        raise WhooshVersionError(
            f"Tromsvekst Desktop needs {WHOOSH_DISTRIBUTION}=={WHOOSH_VERSION}, found {found}: "
            f'reinstall with  pip install "{WHOOSH_DISTRIBUTION}=={WHOOSH_VERSION}"'
        )


_installed = False


def install() -> None:
    """Check the Whoosh version and apply the reading extensions (once per process)."""
    global _installed
    if _installed:
        return
    check_whoosh_version()
    W3PerDocReader._cached_reader = _cached_reader_with_misses
    # CompoundStorage.open_file creates its files by this module-level name.
    whoosh_compound.BufferFile = _UncopiedBufferFile
    _installed = True


def _cached_reader_with_misses(self: Any, fieldname: str, column: Any) -> Any:
    """W3PerDocReader._cached_reader that remembers misses and holds field lengths in memory.

    Whoosh caches only columns it found, so flushing a segment stats the disk once per
    posting of a field without a lengths column (the spelling field "spell_content"):
    ~40 % of commit time. A segment's files never change once written, so a miss
    stays a miss. Field lengths (one byte per document) are read for every posting
    written and every hit scored: one bulk read instead of a file read each time.
    """
    if fieldname not in self._readers:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        if reader is not None and column is LENGTHS_COLUMN:
            stored = reader._dbfile.get(reader._basepos, reader._count)
            reader = array("B", stored) + array("B", bytes(max(0, self._doccount - reader._count)))
        self._readers[fieldname] = reader
    return self._readers[fieldname]


class _MemoryViewReader(io.RawIOBase):
    """A read-only file over a memoryview, for io.BufferedReader (see below)."""

    def __init__(self, view: memoryview) -> None:
        super().__init__()
        self._view = view
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = max(0, min(len(buffer), len(self._view) - self._position))
        buffer[:count] = self._view[self._position : self._position + count]
        self._position += count
        return count

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        super().close()
        self._view.release()


class _UncopiedBufferFile(BufferFile):  # type: ignore[misc]
    """Whoosh's BufferFile, reading its memory-mapped segment file in place.

    Whoosh opens each file inside a compound segment file as a BytesIO of its bytes, a
    copy: the searching process held the whole postings file in memory (140 MB of 570 MB
    at 50,000 pages). Reads go through a buffered reader over the mapping instead.
    """

    def __init__(self, buf: Any, name: str | None = None, onclose: Any = None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = io.BufferedReader(_MemoryViewReader(memoryview(buf)))

    def close(self) -> None:
        # Let go of the mapping at once: a view still held keeps the segment file mapped (and
        # on disk when the file is deleted) after Whoosh has closed its segment reader.
        super().close()
        if isinstance(self._buf, memoryview):
            self._buf.release()


class TermGroupedWriter(SegmentWriter):  # type: ignore[misc]
    """Whoosh's ``SegmentWriter`` with the term-grouped pool and flush (W3 codec only)."""

    def __init__(self, ix: Any, *, limitmb: int = 128, **kwargs: Any) -> None:
        install()
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self._term_grouped = isinstance(self.codec, W3Codec)
        if self._term_grouped:
            self.pool = TermGroupedPool(self._tempstorage, self.newsegment, limitmb=limitmb)

    def _flush_segment(self) -> None:
        if self._term_grouped:
            flush_segment(self)
        else:
            super()._flush_segment()
