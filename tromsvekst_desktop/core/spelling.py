"""Spelling suggestions: the word the user most likely meant, from the words of the index."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh.spelling import Corrector

from tromsvekst_desktop.core.analysis import stem_norwegian


def edit_distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap of neighbours) that turn ``a`` into ``b``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def holds_in_order(typed: str, word: str) -> bool:
    """Whether ``word`` holds every letter of ``typed`` in the same order (letters left out)."""
    letters = iter(word)
    return all(letter in letters for letter in typed)


def ranked(typed: str, candidates: list[str], frequency: Callable[[str], int]) -> list[str]:
    """The candidates, most likely meant first: the fewest edits; among equally close words
    one that holds every typed letter (a letter left out is the commonest slip), then the
    more frequent; then alphabetical order."""
    return sorted(
        candidates,
        key=lambda word: (
            edit_distance(typed, word),
            not holds_in_order(typed, word),
            -frequency(word),
            word,
        ),
    )


class WordCorrector(Corrector):  # type: ignore[misc]
    """Suggests words of a field's spelling list, ranked by ``ranked`` (Whoosh's own
    corrector ranks only by the frequency of the word as indexed, which for a stemmed field
    favours the words that are their own stem: «bærekraft» over «bærekraftig»)."""

    def __init__(self, reader: Any, fieldname: str) -> None:
        self._reader = reader
        self._fieldname = fieldname
        # The field's unstemmed words (Whoosh keeps them beside the stems of a stemmed field).
        self._words_field = reader.schema[fieldname].spelling_fieldname(fieldname)

    def suggest(self, text: str, limit: int = 5, maxdist: int = 2, prefix: int = 0) -> list[str]:
        found = [
            word.decode("utf-8") if isinstance(word, bytes) else str(word)
            for word in self._reader.terms_within(self._words_field, text, maxdist, prefix=prefix)
        ]
        candidates = [word for word in dict.fromkeys(found) if word != text]
        return ranked(text, candidates, self._frequency)[:limit]

    def _frequency(self, word: str) -> int:
        """How often the word's stem occurs in the field (all its forms together)."""
        return int(self._reader.frequency(self._fieldname, stem_norwegian(word)) or 0)
