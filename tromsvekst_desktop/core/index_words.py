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
from collections.abc import Iterable
from typing import Any

from tromsvekst_desktop.core.analysis import word_key
from tromsvekst_desktop.core.compounds import CompoundSplitter, bundled_log_frequencies, default_splitter

# The index's unstemmed words: Whoosh's spelling list of the page and goal texts.
SPELLING_FIELD = "spell_content"
# Only words of this length fill gaps in the word list: shorter unlisted words are mostly
# abbreviations and fragments, and the splitter takes short parts only when frequent.
MIN_INDEX_PART_CHARS = 6
# A query word of a common stem ("plan") is contained in thousands of words: the splitter
# looks at the ones with an unlisted word inside; this bounds the work all the same.
MAX_CANDIDATES = 5_000


def unlisted_words(words: Iterable[str]) -> frozenset[str]:
    """The words that fill gaps in the word list: not in it, long enough, letters only."""
    listed = bundled_log_frequencies()
    return frozenset(w for w in words if len(w) >= MIN_INDEX_PART_CHARS and w.isalpha() and w not in listed)


class IndexWords:
    """The index's own words, for one reader (make a new one when the index changes)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._words: list[str] | None = None
        self._joined = ""
        self._unlisted: frozenset[str] = frozenset()
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
            for start in range(size - MIN_INDEX_PART_CHARS + 1)
            for end in range(start + MIN_INDEX_PART_CHARS, size + 1)
            if end - start < size
        )

    def _load(self) -> None:
        if self._words is not None:
            return
        words = [w.decode("utf-8") for w in self._reader.lexicon(SPELLING_FIELD)] if self._has_field() else []
        unlisted = unlisted_words(words)
        if self._reader.has_deletions():
            # A word only deleted pages had is no longer the index's: a clean rebuild would not know it.
            unlisted = frozenset(w for w in unlisted if self._is_live(w))
        self._words = words
        self._joined = "\n".join(words)
        self._unlisted = unlisted
        self._splitter = default_splitter().with_words(unlisted)

    def _has_field(self) -> bool:
        return SPELLING_FIELD in self._reader.schema

    def _is_live(self, word: str) -> bool:
        return any(
            reader.postings(SPELLING_FIELD, word).is_active()
            for reader, _offset in self._reader.leaf_readers()
            if (SPELLING_FIELD, word) in reader
        )
