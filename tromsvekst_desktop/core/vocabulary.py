"""The planning vocabulary: abbreviations and synonyms a query for one form also searches."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tromsvekst_desktop.core.library import bundled_library_dir
from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.yamlsource import FieldReader, YamlMap, describe, read_yaml

VOCABULARY_FILE = "vocabulary.yaml"  # the built-in vocabulary, in the bundled library
GROUP_KEYS = ("terms", "note", "exact_case")
# Words of a query or a term: letters and digits ("U4SSC", "IMDi", "plan- og bygningsloven").
_WORD = re.compile(r"[^\W_]+")
# What a query holds besides plain words, which is never expanded: quoted phrases (the
# user's way to ask for exactly that), and field names and values (doc:kpa).
_NOT_EXPANDED = re.compile(r'"[^"]*"?|[^\W_]+:\S*')


@dataclass(frozen=True)
class TermGroup:
    """Terms that mean the same (an abbreviation and what it stands for), where they stand."""

    terms: tuple[str, ...]
    note: str = ""
    exact_case: bool = False  # for abbreviations that are ordinary words in lowercase (BRA/bra)
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Expansion:
    """Words of a query and the other terms that were searched for them.

    ``start``/``end`` are the character span of ``original`` in the query.
    """

    original: str
    alternatives: tuple[str, ...]
    start: int
    end: int

    def as_query(self) -> str:
        """The query syntax that searches all forms: (KPA OR "kommuneplanens arealdel")."""
        forms = [self.original, *self.alternatives]
        return "(" + " OR ".join(_quoted(form) for form in forms) + ")"


def _quoted(term: str) -> str:
    words = _WORD.findall(term)
    return words[0] if len(words) == 1 and words[0] == term else f'"{term}"'


class Vocabulary:
    """Groups of terms; a term found in a query brings in the other terms of its groups.

    Matching compares word by word, so punctuation and hyphens do not matter ("plan og
    bygningsloven" matches "plan- og bygningsloven"), and ignores case (kpa finds KPA)
    except in groups marked ``exact_case`` (BRA, not "bra"). A term in several groups
    brings in the terms of all of them: a user file can add a synonym to a built-in
    group by naming one of its terms.
    """

    def __init__(self, groups: Iterable[TermGroup] = ()) -> None:
        self.groups: tuple[TermGroup, ...] = tuple(groups)
        # (exact_case, words) → the other terms; words lowercased unless exact_case.
        self._others: dict[tuple[bool, tuple[str, ...]], list[str]] = {}
        for group in self.groups:
            for term in group.terms:
                words = _words(term, group.exact_case)
                others = self._others.setdefault((group.exact_case, words), [])
                others.extend(other for other in group.terms if _words(other) != _words(term))
        self._longest = max((len(words) for _, words in self._others), default=0)

    def __len__(self) -> int:
        return len(self.groups)

    def merge(self, *others: Vocabulary) -> Vocabulary:
        """This vocabulary and the others' groups together (the built-in one first)."""
        return Vocabulary([*self.groups, *(group for other in others for group in other.groups)])

    def alternatives(self, term: str, key: Callable[[str], str] | None = None) -> tuple[str, ...]:
        """The other terms for a term ("KPA" → ("kommuneplanens arealdel",)); () if none."""
        return tuple(dict.fromkeys(self._lookup(_words(term, exact_case=True), key)))

    def expansions(self, query: str, key: Callable[[str], str] | None = None) -> list[Expansion]:
        """The terms a query names, left to right, the longest match first, without overlaps.

        ``key`` maps a lowercase word to what it is compared on: pass the index's stemmer
        so that inflected forms match too ("kommuneplanen arealdel"). Quoted phrases and
        field filters (doc:kpa) are left alone.
        """
        found: list[Expansion] = []
        for start, end in _plain_stretches(query):
            spans = [(m.start(), m.end()) for m in _WORD.finditer(query, start, end)]
            index = 0
            while index < len(spans):
                for size in range(min(self._longest, len(spans) - index), 0, -1):
                    chunk = spans[index : index + size]
                    words = tuple(query[a:b] for a, b in chunk)
                    alternatives = tuple(dict.fromkeys(self._lookup(words, key)))
                    if alternatives:
                        first, last = chunk[0][0], chunk[-1][1]
                        found.append(Expansion(query[first:last], alternatives, first, last))
                        index += size
                        break
                else:
                    index += 1
        return found

    def _lookup(self, words: tuple[str, ...], key: Callable[[str], str] | None) -> list[str]:
        """The other terms for words as written in a query."""
        found = list(self._others.get((True, words), []))
        lowered = tuple(word.lower() for word in words)
        if key is None:
            return found + self._others.get((False, lowered), [])
        wanted = tuple(key(word) for word in lowered)
        for (exact, term_words), others in self._others.items():
            if not exact and len(term_words) == len(wanted):
                if tuple(key(word) for word in term_words) == wanted:
                    found.extend(others)
        return found


def _words(term: str, exact_case: bool = False) -> tuple[str, ...]:
    words = _WORD.findall(term)
    return tuple(words if exact_case else (word.lower() for word in words))


def _plain_stretches(query: str) -> list[tuple[int, int]]:
    """The character ranges of a query outside quoted phrases and field filters."""
    stretches: list[tuple[int, int]] = []
    last = 0
    for match in _NOT_EXPANDED.finditer(query):
        stretches.append((last, match.start()))
        last = match.end()
    stretches.append((last, len(query)))
    return [(start, end) for start, end in stretches if start < end]


def vocabulary_from_yaml(data: YamlMap, path: Path) -> tuple[Vocabulary, list[Problem]]:
    """The groups of a parsed vocabulary file; a group with an error is left out."""
    reader = FieldReader(str(path))
    reader.check_keys(data, ("vocabulary",), "a vocabulary file")
    if "vocabulary" not in data:
        reader.problem(data.line, "missing required key 'vocabulary'")
    groups: list[TermGroup] = []
    for entry in reader.mappings(data, "vocabulary", what="term groups (mappings with terms)"):
        group = _group(reader, entry, path)
        if group is not None:
            groups.append(group)
    return Vocabulary(groups), sorted(reader.problems, key=lambda problem: problem.line or 0)


def _group(reader: FieldReader, entry: YamlMap, path: Path) -> TermGroup | None:
    before = len(reader.problems)
    reader.check_keys(entry, GROUP_KEYS, "a term group")
    if "terms" not in entry:
        reader.problem(entry.line, "missing required key 'terms'")
    terms = reader.text_list(entry, "terms", what="terms")
    note = reader.text(entry, "note") or ""
    exact_case = _flag(reader, entry, "exact_case")
    if terms is not None and "terms" in entry:
        line = entry.line_of("terms")
        seen: set[tuple[str, ...]] = set()
        for term in terms:
            words = _words(term)
            if not words:
                reader.problem(line, f"the term '{term}' has no letters or digits")
            elif words in seen:
                reader.problem(line, f"the term '{term}' is given twice")
            else:
                seen.add(words)
        if len(terms) < 2:
            reader.problem(line, "'terms' needs at least two terms")
    if len(reader.problems) > before or terms is None:
        return None
    return TermGroup(terms=terms, note=note, exact_case=exact_case, path=str(path), line=entry.line)


def _flag(reader: FieldReader, entry: YamlMap, key: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        reader.problem(entry.line_of(key), f"'{key}' must be true or false, not {describe(value)}")
        return False
    return value


def load_vocabulary(path: Path) -> tuple[Vocabulary, list[Problem]]:
    """Read one vocabulary file: its valid groups, and problems with their lines."""
    data, problems = read_yaml(path)
    if data is None:
        return Vocabulary(), problems
    vocabulary, more = vocabulary_from_yaml(data, path)
    return vocabulary, problems + more


def builtin_vocabulary_path() -> Path:
    """The built-in vocabulary file (in the bundled library)."""
    return bundled_library_dir() / VOCABULARY_FILE


def builtin_vocabulary() -> tuple[Vocabulary, list[Problem]]:
    """The built-in vocabulary, read again only when the file changes."""
    path = builtin_vocabulary_path()
    try:
        stat = path.stat()
    except OSError:
        return Vocabulary(), [Problem(str(path), "the built-in vocabulary is missing")]
    return _cached_vocabulary(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _cached_vocabulary(path: Path, mtime_ns: int, size: int) -> tuple[Vocabulary, list[Problem]]:
    vocabulary, problems = load_vocabulary(path)
    return vocabulary, problems
