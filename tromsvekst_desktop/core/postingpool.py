"""The Whoosh writer's posting pool, kept grouped by term (Whoosh-Reloaded 2.7.5 is pinned).

Whoosh collects a segment's postings as one list of (field, term, document, weight,
value) tuples, sorts it when it commits and, past its memory limit, spills sorted runs to
disk a posting at a time with pickle, merging them back with ``heapq.merge``: at 10,000
pages that is 2 million postings and about half of the commit. Postings of one term arrive
in document order (documents are numbered as they are added, and segments being merged
in are added one after another), so grouping them by term leaves only the distinct
terms to sort; a spilled run is written in blocks with marshal, and runs are merged
term by term, a term's postings from later runs following those of earlier ones.

The segment's postings are then written a term at a time (``flush_segment``): each block
of a term is filled in one step where Whoosh's ``add_postings`` takes a posting at a
time through four calls and five type checks; the files written are the same.
"""

from __future__ import annotations

import heapq
import marshal
import struct
from array import array
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby, pairwise
from operator import itemgetter
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool

# (document number, weight, value bytes or None)
Posting = tuple[int, float, bytes | None]
# (field name, term bytes, its postings in document order)
TermPostings = tuple[str, bytes, list[Posting]]

# Estimated bytes in memory: a new term (dict entry, key tuple, list), and a posting
# (tuple, float) besides its value bytes.
TERM_BYTES = 250
POSTING_BYTES = 120
# Postings per marshal block of a spilled run (a block ends with a whole term): merging
# holds a block of each run in memory, ~8 MB each.
RUN_BLOCK_POSTINGS = 50_000
# A block's size precedes it: marshal.load on a file reads a value at a time, 20x slower
# than marshal.loads on the block's bytes.
_BLOCK_SIZE = struct.Struct("<Q")

_term_key = itemgetter(0, 1)


class TermGroupedPool(PostingPool):  # type: ignore[misc]
    """A drop-in for Whoosh's ``PostingPool`` (``SegmentWriter`` creates it by that name)."""

    runs: list[str]  # Whoosh's names of the spilled runs, in the order they were written

    def __init__(self, tempstore: Any, segment: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self._terms: dict[tuple[str, bytes], list[Posting]] = {}
        # Terms whose postings did not arrive in document order, or with a document twice
        # (Whoosh adds a spelling word on document 0 for every document that has it):
        # sorted as whole postings, as Whoosh sorts them.
        self._unordered: set[tuple[str, bytes]] = set()

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        fieldname, text, docnum, weight, value = item
        key = (fieldname, text)
        postings = self._terms.get(key)
        if postings is None:
            postings = self._terms[key] = []
            self.currentsize += TERM_BYTES + len(text)
        elif docnum <= postings[-1][0]:
            self._unordered.add(key)
        postings.append((docnum, weight, value))
        self.currentsize += POSTING_BYTES + (len(value) if value else 0)
        if self.currentsize > self.limit:
            self.save()

    def save(self) -> None:
        """Write the pool's terms, sorted, as a run on disk and start empty."""
        if self._terms:
            path, stream = self._new_run()
            try:
                block: list[TermPostings] = []
                size = 0
                for entry in self._sorted_terms():
                    block.append(entry)
                    size += len(entry[2])
                    if size >= RUN_BLOCK_POSTINGS:
                        _write_block(stream, block)
                        block, size = [], 0
                if block:
                    _write_block(stream, block)
            finally:
                stream.close()
            self._add_run(path)
            self._terms = {}
            self._unordered = set()
        self.currentsize = 0

    def items(self, maxfiles: int = 128) -> Iterator[tuple[str, bytes, int, float, bytes | None]]:
        """Every posting in (field, term, document) order, as Whoosh's ``add_postings`` takes them."""
        for fieldname, text, postings in self.terms():
            for docnum, weight, value in postings:
                yield fieldname, text, docnum, weight, value

    def cleanup(self) -> None:
        for path in self.runs:
            try:
                self._remove_run(path)
            except OSError:
                pass
        self.runs = []

    def _sorted_terms(self) -> Iterator[TermPostings]:
        for key in sorted(self._terms):
            postings = self._terms[key]
            if key in self._unordered:
                postings.sort()
            yield key[0], key[1], postings

    def terms(self) -> Iterator[TermPostings]:
        """Every term with its postings, in (field, term) order: the runs and the pool merged."""
        if not self.runs:
            yield from self._sorted_terms()
            return
        # Earlier runs first: heapq.merge keeps equal terms in the order of its inputs.
        sources: list[Iterable[TermPostings]] = [self._read_run(path) for path in self.runs]
        sources.append(self._sorted_terms())
        merged = heapq.merge(*sources, key=_term_key)
        for (fieldname, text), group in groupby(merged, key=_term_key):
            parts = [part for _field, _text, part in group]
            postings = [posting for part in parts for posting in part]
            if any(later[0][0] <= earlier[-1][0] for earlier, later in pairwise(parts)):
                postings.sort()
            yield fieldname, text, postings

    def _read_run(self, path: str) -> Iterator[TermPostings]:
        stream = self._open_run(path)
        try:
            while header := stream.read(_BLOCK_SIZE.size):
                (size,) = _BLOCK_SIZE.unpack(header)
                block: list[TermPostings] = marshal.loads(stream.read(size))
                yield from block
        finally:
            stream.close()


def _write_block(stream: Any, block: list[TermPostings]) -> None:
    data = marshal.dumps(block)
    stream.write(_BLOCK_SIZE.pack(len(data)))
    stream.write(data)


def flush_segment(segment_writer: Any) -> None:
    """``SegmentWriter._flush_segment`` with the postings written a term at a time."""
    segment_writer.perdocwriter.close()
    lengths = segment_writer.per_document_reader() if segment_writer.codec.length_stats else None
    write_postings(segment_writer.fieldwriter, segment_writer.schema, lengths, segment_writer.pool.terms())
    segment_writer.fieldwriter.close()
    if lengths:
        lengths.close()


def write_postings(fieldwriter: Any, schema: Any, lengths: Any, terms: Iterable[TermPostings]) -> None:
    """What ``FieldWriter.add_postings`` writes for these terms, a block at a time (W3 codec)."""
    for fieldname, field_terms in groupby(terms, key=itemgetter(0)):
        fieldwriter.start_field(fieldname, schema[fieldname])
        length_of = _field_lengths(lengths, fieldname)
        for _fieldname, text, postings in field_terms:
            fieldwriter.start_term(text)
            writer = fieldwriter._postwriter
            limit = writer._blocklimit
            for start in range(0, len(postings), limit):
                if start:
                    writer._write_block()
                _fill_block(writer, postings[start : start + limit], length_of)
            fieldwriter.finish_term()
        fieldwriter.finish_field()


def _field_lengths(lengths: Any, fieldname: str) -> Callable[[int], int | None]:
    """Document → the field's length as ``doc_field_length`` gives it (0 without lengths)."""
    column = lengths._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN) if lengths else None
    if column is None:
        return lambda _docnum: 0
    return lambda docnum: _BYTE_LENGTHS[column[docnum]]


_BYTE_LENGTHS: list[int | None] = [None] + [byte_to_length(byte) for byte in range(1, 256)]


def _fill_block(writer: Any, postings: list[Posting], length_of: Callable[[int], int | None]) -> None:
    """Set a new, empty block buffer of a W3 postings writer as ``add_posting`` would fill it."""
    ids = [docnum for docnum, _weight, _value in postings]
    weights = [weight for _docnum, weight, _value in postings]
    writer._ids = array("I", ids)
    writer._weights = array("f", weights)
    writer._maxweight = max(0, *weights)
    writer._values = [value for _docnum, _weight, value in postings if value]
    lengths = [length for length in map(length_of, ids) if length]
    if lengths:
        writer._minlength = min(lengths)
        writer._maxlength = max(lengths)
