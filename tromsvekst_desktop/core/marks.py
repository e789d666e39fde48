"""Which words of a text a query matched, marked the same way in snippets and on the page.

A ``MatchRule`` holds what a search found: word keys (lowercase stems) marked wherever
they stand, compound parts (a word holding one is marked whole) and phrases (marked only
where the whole phrase stands, as an expansion "regional transportplan" of RTP). Marks
cover words only, never the punctuation around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from whoosh.query import MultiTerm, Phrase, Query, Term

from tromsvekst_desktop.core.analysis import STOP_WORDS, TOKEN_PATTERN, word_key
from tromsvekst_desktop.core.compounds import default_splitter

_TOKEN = re.compile(TOKEN_PATTERN)
# Compound parts count for less than whole words when the best passage is chosen.
PART_WEIGHT = 0.1
ELLIPSIS = "…"

Span = tuple[int, int]


@lru_cache(maxsize=200_000)
def _key(word: str) -> str:
    return word_key(word)


@lru_cache(maxsize=50_000)
def _part_keys(word: str) -> frozenset[str]:
    return frozenset(_key(part) for part in default_splitter().components(word.lower()))


@dataclass(frozen=True)
class Match:
    """One marked stretch of a text and the key it was found by."""

    start: int
    end: int
    key: str
    weight: float


@dataclass(frozen=True)
class MatchRule:
    """What to mark: word keys, compound-part keys and phrases (tuples of word keys)."""

    words: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.parts or self.phrases)

    def matches(self, text: str) -> list[Match]:
        """The marked stretches of ``text`` in order: whole words, or whole phrases.

        Only the words that may match are stemmed: a stem is the start of its word, so a
        word is a candidate when it starts like a searched word (or holds a part's start).
        """
        candidates = self._candidates
        if candidates is None:
            return []
        found: list[Match] = []
        reached = 0
        for candidate in candidates.finditer(text):
            start, end = candidate.span()
            word = candidate.group()
            if start < reached or word.lower() in STOP_WORDS:
                continue
            key = _key(word)
            phrase_end = self._phrase_end(text, end, key)
            if phrase_end is not None:
                found.append(Match(start, phrase_end[0], phrase_end[1], 1.0))
                reached = phrase_end[0]
            elif key in self.words:
                found.append(Match(start, end, key, 1.0))
            elif self.parts and not _part_keys(word).isdisjoint(self.parts):
                found.append(Match(start, end, key, PART_WEIGHT))
        return found

    @cached_property
    def _candidates(self) -> re.Pattern[str] | None:
        starts = {key[:3] for key in self.words} | {phrase[0][:3] for phrase in self.phrases}
        inside = {key[:3] for key in self.parts}
        choices = [f"(?:{'|'.join(map(re.escape, sorted(starts)))})"] if starts else []
        choices += [rf"\w*?(?:{'|'.join(map(re.escape, sorted(inside)))})"] if inside else []
        if not choices:
            return None
        return re.compile(rf"(?<!\w)(?:{'|'.join(choices)})\w*(?:\.\w+)*", re.IGNORECASE)

    def _phrase_end(self, text: str, end: int, key: str) -> tuple[int, str] | None:
        """Where the longest phrase that starts with the word ``key`` (ending at ``end``)
        ends, and the phrase; None when none stands there whole."""
        for phrase in self.phrases:
            if phrase[0] != key:
                continue
            reached, rest = end, list(phrase[1:])
            for token in _TOKEN.finditer(text, end):
                if token.group().lower() in STOP_WORDS:
                    continue
                if _key(token.group()) != rest[0]:
                    break
                reached = token.end()
                rest.pop(0)
                if not rest:
                    return reached, " ".join(phrase)
        return None

    def spans(self, text: str) -> list[Span]:
        return [(match.start, match.end) for match in self.matches(text)]


def rule_for(
    query: Query, matched: Iterable[tuple[str, str]], word_fields: Sequence[str], parts_field: str
) -> MatchRule:
    """The rule for a parsed query and the (field, term) pairs it matched in the hits.

    Words that the query holds only inside phrases are marked only as those phrases.
    """
    phrases: list[tuple[str, ...]] = []
    single: set[str] = set()
    for leaf in _leaves(query):
        if isinstance(leaf, Phrase) and leaf.fieldname in word_fields:
            phrase = tuple(leaf.words)
            if len(phrase) == 1:
                single.add(phrase[0])
            elif phrase not in phrases:
                phrases.append(phrase)
        elif isinstance(leaf, (Term, MultiTerm)) and leaf.fieldname in word_fields:
            single.add("*" if isinstance(leaf, MultiTerm) else str(leaf.text))
    in_phrases = {word for phrase in phrases for word in phrase}
    words: set[str] = set()
    parts: set[str] = set()
    for fieldname, text in matched:
        if fieldname == parts_field:
            parts.add(text)
        elif fieldname in word_fields and (text not in in_phrases or text in single or "*" in single):
            words.add(text)
    # Longest phrases first, so that a phrase inside another is not marked alone.
    return MatchRule(frozenset(words), frozenset(parts), tuple(sorted(phrases, key=len, reverse=True)))


def _leaves(query: Query) -> Iterable[Query]:
    if isinstance(query, (Phrase, MultiTerm)) or query.is_leaf():
        yield query
        return
    for child in query.children():
        yield from _leaves(child)


# --- snippets ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """A stretch of a text and the marks in it (offsets in the whole text)."""

    start: int
    end: int
    marks: tuple[Match, ...] = field(default_factory=tuple)


def best_match(matches: Sequence[Match], width: int) -> int | None:
    """The index of the match that opens the best passage of ``width`` characters: the most
    weight of different keys in it, then the most matches, then the first."""
    best: tuple[float, int] | None = None
    chosen = None
    for i, first in enumerate(matches):
        keys: dict[str, float] = {}
        count = 0
        for match in matches[i:]:
            if match.end - first.start > width:
                break
            keys[match.key] = match.weight
            count += 1
        score = (sum(keys.values()), count)
        if best is None or score > best:
            best, chosen = score, i
    return chosen


def passage(text: str, matches: Sequence[Match], first: int, width: int, lead: int) -> Passage:
    """The passage of about ``width`` characters that holds ``matches[first]`` and what
    follows it within reach, starting ``lead`` characters before it, at word boundaries."""
    anchor = matches[first].start
    start = max(0, anchor - lead)
    if start > 0:
        space = _space_before(text, start, anchor)
        start = space if space is not None else start
    end = min(len(text), max(start + width, matches[first].end))
    if end < len(text):
        space = text.rfind(" ", matches[first].end, end + 1)
        newline = text.rfind("\n", matches[first].end, end + 1)
        cut = max(space, newline)
        end = cut if cut > 0 else end
    inside = tuple(m for m in matches if m.start >= start and m.end <= end)
    return Passage(start, end, inside)


def _space_before(text: str, start: int, anchor: int) -> int | None:
    """The first character of the word that the position ``start`` falls in or before."""
    for i in range(start, anchor):
        if text[i].isspace():
            return i + 1
    return None


def snippet_parts(text: str, passages: Sequence[Passage]) -> tuple[str, tuple[Span, ...]]:
    """The passages as one line of text, "…" where text is left out, and the marks' spans in it."""
    pieces: list[tuple[str, bool]] = []
    for number, part in enumerate(passages):
        if part.start > 0 or number > 0:
            pieces.append((f" {ELLIPSIS} ", False))
        cursor = part.start
        for mark in part.marks:
            pieces += [(text[cursor : mark.start], False), (text[mark.start : mark.end], True)]
            cursor = mark.end
        pieces.append((text[cursor : part.end], False))
    if passages and passages[-1].end < len(text):
        pieces.append((f" {ELLIPSIS}", False))
    return _flattened(pieces)


def _flattened(pieces: Iterable[tuple[str, bool]]) -> tuple[str, tuple[Span, ...]]:
    """Pieces of text joined on one line, each run of whitespace one space; the spans of the
    marked pieces in the result."""
    out: list[str] = []
    spans: list[Span] = []
    pending = False
    for chunk, marked in pieces:
        start = None
        for ch in chunk:
            if ch.isspace():
                pending = bool(out)
                continue
            if pending:
                out.append(" ")
                pending = False
            if marked and start is None:
                start = len(out)
            out.append(ch)
        if marked and start is not None:
            spans.append((start, len(out)))
    return "".join(out), tuple(spans)
