"""Compounds split with the index's own words: what the word list alone cannot split.

The `parts` field is written from the bundled word list only, page by page, so that a
page's terms never depend on what else is indexed (an incremental index must equal a
clean rebuild). The words of the plans themselves (names, new coinages, Nynorsk forms
such as eigedom or fylkeskommunane) fill the list's gaps at search time instead: a query
word also finds the indexed words that contain it and that the splitter, knowing the
index's words as well, splits with it as a component. The result depends only on the
words of the pages and goals in the index, so it is the same however the index was built.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from whoosh.system import pack_ushort

from tromsvekst_desktop.core.analysis import word_key
from tromsvekst_desktop.core.compounds import (
    MIN_UNLISTED_PART_CHARS,
    UNLISTED_LOG_FREQ,
    CompoundSplitter,
    default_splitter,
)

# The index's unstemmed words: Whoosh's spelling list of the page and goal texts.
SPELLING_FIELD = "spell_content"
# The words of each page and goal the word list lacks (``index.UnlistedWordsField``).
UNLISTED_FIELD = "unlisted"
# A query word of a common stem ("plan") is contained in thousands of words: the splitter
# looks at the ones with an unlisted word inside; this bounds the work all the same.
MAX_CANDIDATES = 5_000
# A record of a segment's term table (whoosh.filedb.filetables, Whoosh-Reloaded 2.7.5 is
# pinned): key length and value length, then the key (field number + term) and the value.
_TERM_RECORD_LENGTHS = struct.Struct("!ii")
_FIELD_NUMBER_BYTES = 2  # whoosh.codec.whoosh3 keys a term by pack_ushort(field number) + term


class IndexWords:
    """The index's own words, for one reader (make a new one when the index changes)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._words: list[str] | None = None
        self._joined = ""
        self._unlisted: Mapping[str, float] = {}
        self._splitter: CompoundSplitter | None = None
        self._found: dict[str, tuple[str, ...]] = {}

    def compounds_with(self, key: str) -> tuple[str, ...]:
        """The stems (content field keys) of indexed words that are compounds with a part of
        stem ``key`` only by the index's own words, not by the word list alone."""
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = tuple(dict.fromkeys(self._compounds_with(key)))
        return found

    def _compounds_with(self, key: str) -> Iterable[str]:
        if len(key) < 3:
            return
        self._load()
        assert self._splitter is not None
        plain = default_splitter()
        pattern = re.compile(rf"^[^\n]*{re.escape(key)}[^\n]*$", re.MULTILINE)
        for count, match in enumerate(pattern.finditer(self._joined)):
            if count >= MAX_CANDIDATES:
                return
            word = match.group()
            if word == key or not self._has_unlisted_inside(word):
                continue
            with_index = {word_key(part) for part in self._splitter.components(word)}
            if key in with_index and key not in {word_key(part) for part in plain.components(word)}:
                yield word_key(word)

    def _has_unlisted_inside(self, word: str) -> bool:
        """Whether a proper substring of the word is one of the index's unlisted words."""
        unlisted, size = self._unlisted, len(word)
        return any(
            word[start:end] in unlisted
            for start in range(size - MIN_UNLISTED_PART_CHARS + 1)
            for end in range(start + MIN_UNLISTED_PART_CHARS, size + 1)
            if end - start < size
        )

    def _load(self) -> None:
        if self._words is not None:
            return
        self._words = self._lexicon(SPELLING_FIELD)
        self._joined = "\n".join(self._words)
        self._unlisted = _LiveWords(frozenset(self._lexicon(UNLISTED_FIELD)), self._reader)
        self._splitter = default_splitter().with_log_frequencies(self._unlisted)

    def _lexicon(self, fieldname: str) -> list[str]:
        """A field's words in all segments (deleted pages' words too, until segments merge)."""
        if fieldname not in self._reader.schema:
            return []
        leaves = self._reader.leaf_readers()
        terms = {term for leaf, _offset in leaves for term in _field_terms(leaf, fieldname)}
        return sorted(term.decode("utf-8") for term in terms)


def _field_terms(segment_reader: Any, fieldname: str) -> Iterator[bytes]:
    """A field's terms in one segment, read straight from its term table.

    Whoosh's ``lexicon()`` passes each term through four generator layers and a seek and
    read per record (6 µs a term: 0.1 s for the words of 1,000 pages); this reads the
    field's run of sorted records, keyed by field number then term, in one piece.
    """
    terms = segment_reader._terms
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None:
        return
    table = terms._tindex
    start = table.closest_key_pos(pack_ushort(fieldnum))
    if start is None:
        return
    end = table.closest_key_pos(pack_ushort(fieldnum + 1)) or table.endofdata
    data = table.dbfile.get(start, end - start)
    unpack, header = _TERM_RECORD_LENGTHS.unpack_from, _TERM_RECORD_LENGTHS.size
    position = 0
    while position < len(data):
        key_length, value_length = unpack(data, position)
        key = position + header
        yield data[key + _FIELD_NUMBER_BYTES : key + key_length]
        position = key + key_length + value_length


class _LiveWords(Mapping[str, float]):
    """The index's unlisted words as the splitter's extra vocabulary (word → log10 frequency).

    A word only deleted pages had is no longer the index's (a clean rebuild would not know
    it): where the index has deletions, a word counts once a page still has it, checked
    when the splitter first asks for it.
    """

    def __init__(self, words: frozenset[str], reader: Any) -> None:
        self._words = words
        self._reader = reader
        self._checked: dict[str, bool] | None = {} if reader.has_deletions() else None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or word not in self._words:
            return False
        if self._checked is None:
            return True
        live = self._checked.get(word)
        if live is None:
            live = self._checked[word] = self._is_live(word)
        return live

    def __getitem__(self, word: str) -> float:
        if word in self:
            return UNLISTED_LOG_FREQ
        raise KeyError(word)

    def __iter__(self) -> Iterator[str]:
        return (word for word in self._words if word in self)

    def __len__(self) -> int:
        return sum(1 for _word in self)

    def _is_live(self, word: str) -> bool:
        # The unlisted field has a posting per page (Whoosh's spelling list has one per
        # run, on document 0, so it cannot tell).
        return any(
            reader.postings(UNLISTED_FIELD, word).is_active()
            for reader, _offset in self._reader.leaf_readers()
            if (UNLISTED_FIELD, word) in reader
        )
