"""Norwegian text analysis for the index: tokens, lowercase, Norwegian stop words, stems."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from whoosh.analysis import Analyzer, Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter, Token
from whoosh.lang import stopwords_for_language
from whoosh.lang.snowball.norwegian import NorwegianStemmer

# Words, including decimal numbers and dotted abbreviations ("2.1", "m.m."). Hyphens
# split words, so "samfunns- og næringsutvikling" yields samfunns, næringsutvikling.
TOKEN_PATTERN = r"\w+(?:\.\w+)*"

# Snowball's Norwegian stop list only: whoosh's LanguageAnalyzer("no") adds English stop
# words and so drops Norwegian "by" (city) and "is" (ice).
STOP_WORDS = frozenset(stopwords_for_language("no"))

_STEMMER = NorwegianStemmer()


def stem_norwegian(word: str) -> str:
    """Snowball Norwegian stem; a module-level function because Whoosh pickles the schema."""
    return str(_STEMMER.stem(word))


def norwegian_analyzer() -> Analyzer:
    """The analyzer of every searchable text field: æ/ø/å are kept as they are."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | StemFilter(stemfn=stem_norwegian, cachesize=100_000)
    )


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """What a word is matched on in the index (lowercase stem), for highlighting elsewhere."""
    return stem_norwegian(word.lower())


_TOKEN = re.compile(TOKEN_PATTERN)

# (position, start char, end char) of each occurrence of a term in a text.
Occurrences = list[tuple[int, int, int]]


def index_terms(text: str) -> tuple[dict[str, Occurrences], list[str]]:
    """What ``norwegian_analyzer()`` makes of a text for indexing, in one pass: ~3× faster.

    Returns each stem with its occurrences (positions renumbered over stop words,
    exactly as Whoosh's StopFilter does) and the sorted unstemmed words for the
    spelling list. Tested against the analyzer chain itself on the law corpus.
    """
    terms: dict[str, Occurrences] = {}
    words: set[str] = set()
    pos = -1
    first = True
    for index, match in enumerate(_TOKEN.finditer(text)):
        word = match.group().lower()
        if word in STOP_WORDS:
            continue
        # StopFilter keeps the first kept token's position and numbers the rest after it.
        pos = index if first else pos + 1
        first = False
        words.add(word)
        terms.setdefault(word_key(word), []).append((pos, match.start(), match.end()))
    return terms, sorted(words)


class CompoundPartsFilter(Filter):  # type: ignore[misc]
    """Replaces each indexed word by the parts it is a compound of (non-compounds vanish).

    Each part keeps the whole word's characters, so a highlighter marks the whole
    compound. Query words pass unchanged: `forvaltning` is looked up among the parts.
    The splitter (a 124,000-word list) is never pickled into the index's schema.
    """

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __getstate__(self) -> dict[str, object]:
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        pass

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        from tromsvekst_desktop.core.compounds import default_splitter

        for token in tokens:
            if token.mode == "query":
                yield token  # query words are parts already: no need to load the word list
                continue
            for part in default_splitter().components(token.text):
                token.text = part
                yield token


def compound_parts_analyzer() -> Analyzer:
    """The analyzer of the `parts` field: compound parts, stop words dropped, stemmed."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CompoundPartsFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | StemFilter(stemfn=stem_norwegian, cachesize=100_000)
    )


@lru_cache(maxsize=200_000)
def _part_keys(word: str) -> tuple[str, ...]:
    """The stems of a word's compound parts (none for a word that is not a compound);
    a page's words mostly recur on the next pages, so each is split once per process."""
    from tromsvekst_desktop.core.compounds import default_splitter

    return tuple(word_key(part) for part in default_splitter().components(word) if part not in STOP_WORDS)


def compound_part_keys(words: Iterable[str], text: str = "") -> dict[str, int]:
    """The `parts` field's terms for a text whose unique words are given: the stems of
    every compound's parts, plus the words its hanging hyphens stand for
    ("samfunns- og næringsutvikling" → samfunnsutvikling), each with its count of words.
    """
    from tromsvekst_desktop.core.compounds import default_splitter, expand_coordinations

    keys: dict[str, int] = {}
    for word in words:
        for key in _part_keys(word):
            keys[key] = keys.get(key, 0) + 1
    if "- " in text or "-\n" in text or "-," in text:
        for completed in expand_coordinations(text, default_splitter()):
            key = word_key(completed)
            keys[key] = keys.get(key, 0) + 1
    return keys
