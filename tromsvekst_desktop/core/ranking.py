"""Finding and scoring every document a parsed query matches, a posting list at a time.

Whoosh evaluates a query with a tree of matchers that advance document by document:
about ten Python calls per posting, so `bygg*` (hundreds of terms, half the pages) took
0.7 s at 10,000 pages and counting the matches as long again. Here each term's postings
are read a block at a time into a dict {docnum: score} and the query tree is evaluated
with dict and set operations, which gives every match with its score at once: the count,
the top hits and the facet counts come from the same pass.

What a document scores, by kind of query (tests/core/test_ranking.py checks each):

- a word: Whoosh's BM25F (B=0.75, K1=1.2; a field's boost is in its weights, the
  query's boost multiplies), exactly as Whoosh's own matcher scores it;
- AND, OR, phrases: the sum of their parts' scores, as Whoosh's matchers add them
  (a phrase: the sum of its words' scores where they stand in sequence);
- prefix, wildcard and fuzzy words (`bygg*`, `str?tegi`, `klimx~`): the sum of the BM25F
  scores of the words they expand to that the document has, times the query's boost:
  the same as an OR of those words. This is a choice: Whoosh 2.7.5 gives a flat 1.0 per
  document to expansions of many words in a small segment and drops the boost of a
  one-word expansion, so a page that says "byggesak" five times would rank with one
  that says "bygg" once, and `=`-exact or boosted patterns would lose their weight;
- keyword fields (`doc:`, `kind:`, `plan:`, `year:`): the posting's weight (1) times the
  boost, as Whoosh scores fields without lengths: a filter says where, not how well, so
  it adds the same to every document it lets through.

This reads Whoosh's posting blocks directly (Whoosh-Reloaded 2.7.5 is pinned); tests
compare the matches with Whoosh's own matchers on many queries.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    DefaultOr,
    Every,
    MultiTerm,
    Not,
    NullQuery,
    Or,
    Phrase,
    PreloadedOr,
    Query,
    Require,
    SplitOr,
    Term,
)
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

B = 0.75
K1 = 1.2
# A universe of fewer than 1 in this many documents is narrow enough to skip blocks by.
SPARSE_UNIVERSE = 4

Scores = dict[int, float]
TermKey = tuple[str, bytes]


class PostingScorer:
    """Evaluates queries over one searcher (build a new one when the searcher is refreshed)."""

    def __init__(self, searcher: Searcher) -> None:
        if not isinstance(searcher.weighting, BM25F) or (searcher.weighting.B, searcher.weighting.K1) != (
            B,
            K1,
        ):
            raise ValueError("PostingScorer scores like BM25F(B=0.75, K1=1.2)")
        self._searcher = searcher
        self._reader = searcher.reader()
        self._leaves = list(self._reader.leaf_readers())
        self._length_norms: dict[str, list[float]] = {}
        self._wanted: list[int] | None = None  # the universe, sorted, when it is narrow

    def evaluate(self, query: Query, universe: Collection[int]) -> Matches:
        """The documents of ``universe`` that ``query`` matches, with their scores.

        ``universe`` is the set of documents a search may return (live pages and goals,
        narrowed by filters): negations are taken within it, and no deleted document
        is ever in it.
        """
        terms: list[TermPostings] = []
        # A narrow universe (a document, a goal's pages) lets whole posting blocks be skipped.
        self._wanted = (
            sorted(universe) if len(universe) * SPARSE_UNIVERSE < self._reader.doc_count_all() else None
        )
        found = _Evaluation(self, universe, terms).scores(query)
        return Matches(
            {doc: score for doc, score in found.items() if doc in universe}, terms, self._reader.schema
        )

    # --- postings --------------------------------------------------------------------

    def postings(self, fieldname: str, btext: bytes, boost: float) -> TermPostings:
        """A term's documents with their BM25F score × boost, over all segments."""
        term = TermPostings((fieldname, btext))
        if fieldname not in self._reader.schema or (fieldname, btext) not in self._reader:
            return term
        schema_field = self._reader.schema[fieldname]
        scores = term.scores
        if schema_field.scorable:
            factor = self._searcher.idf(fieldname, btext) * boost * (K1 + 1)
            norms = self._norms(fieldname)

            def score_block(docnums: Sequence[int], weights: Sequence[float]) -> None:
                scores.update({d: factor * w / (w + norms[d]) for d, w in zip(docnums, weights, strict=True)})

        else:  # a keyword field (doc:, kind:, plan:, year:) says where, not how well

            def score_block(docnums: Sequence[int], weights: Sequence[float]) -> None:
                scores.update({d: w * boost for d, w in zip(docnums, weights, strict=True)})

        for reader, offset in self._leaves:
            if (fieldname, btext) not in reader:
                continue
            # The raw postings, deleted documents included: the universe leaves them out.
            matcher = reader._terms.matcher(fieldname, btext, schema_field.format)
            for docnums, weights, values in _blocks(matcher, offset, self._wanted):
                score_block(docnums, weights)
                term.blocks.append((docnums, values))
        return term

    def _norms(self, fieldname: str) -> list[float]:
        """Per document, BM25's length normalisation K1 × (1 − B + B × length / average)."""
        norms = self._length_norms.get(fieldname)
        if norms is None:
            average = self._searcher.avg_field_length(fieldname) or 1
            by_byte = [K1 * ((1 - B) + B * byte_to_length(b) / average) for b in range(256)]
            norms = []
            for reader, _offset in self._leaves:
                lengths = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
                count = reader.doc_count_all()
                norms.extend(by_byte[lengths[d]] if lengths is not None else by_byte[0] for d in range(count))
            self._length_norms[fieldname] = norms
        return norms


def _blocks(
    matcher: Any, offset: int, wanted: list[int] | None
) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[bytes]]]:
    """(docnums, weights, values) of each posting block, docnums counted over all segments.

    With ``wanted`` (sorted docnums) a block none of them can be in is not decoded: its
    header says up to which document it reaches, and it starts after the previous one.
    """
    if isinstance(matcher, W3LeafMatcher):
        first = offset
        while not matcher._atend:
            last = matcher._maxid + offset
            if wanted is None or _any_between(wanted, first, last):
                matcher._read_ids()
                matcher._read_weights()
                matcher._read_values()  # one unpickled tuple holds all three
                docnums = [docnum + offset for docnum in matcher._ids] if offset else matcher._ids
                yield docnums, matcher._weights, matcher._values
            first = last + 1
            matcher._next_block()
    else:  # postings inlined in the term info: a ListMatcher
        docnums = [docnum + offset for docnum in matcher._ids] if offset else matcher._ids
        yield docnums, matcher._weights or [1.0] * len(docnums), matcher._values


def _any_between(wanted: list[int], first: int, last: int) -> bool:
    i = bisect_left(wanted, first)
    return i < len(wanted) and wanted[i] <= last


@dataclass
class TermPostings:
    """One term's matches: score per document, and its posting blocks for the values."""

    term: TermKey
    scores: Scores = field(default_factory=dict)
    blocks: list[tuple[Sequence[int], Sequence[bytes]]] = field(default_factory=list)

    def value(self, doc: int) -> bytes:
        """The encoded posting value (positions, characters) of a document that has the term."""
        for docnums, values in self.blocks:
            if docnums[0] <= doc <= docnums[-1]:
                i = bisect_left(docnums, doc)
                if docnums[i] == doc:
                    return values[i]
        raise KeyError(doc)


@dataclass
class Matches:
    """Every document a query matched, with its score, and the terms it was found by."""

    scores: Scores
    terms: list[TermPostings]
    schema: Any

    def __len__(self) -> int:
        return len(self.scores)

    def count_in(self, docs: Collection[int]) -> int:
        """How many of the matches are among ``docs``."""
        scores = self.scores
        if len(docs) < len(scores):
            return sum(1 for d in docs if d in scores)
        return sum(1 for d in scores if d in docs)

    def within(self, docs: Collection[int]) -> Matches:
        """The matches that are among ``docs``."""
        return Matches({d: s for d, s in self.scores.items() if d in docs}, self.terms, self.schema)

    def top(self, limit: int) -> list[tuple[int, float]]:
        """The ``limit`` best (docnum, score): highest score first, ties in index order."""
        return heapq.nsmallest(limit, self.scores.items(), key=lambda item: (-item[1], item[0]))

    def terms_in(self, docs: Collection[int]) -> dict[TermKey, list[int]]:
        """For each term found in some of ``docs``, those documents."""
        found: dict[TermKey, list[int]] = {}
        for term in self.terms:
            scores = term.scores
            small = len(scores) <= len(docs)
            in_docs = [d for d in scores if d in docs] if small else [d for d in docs if d in scores]
            if in_docs:
                found.setdefault(term.term, []).extend(in_docs)
        return found


class _Evaluation:
    """One query's evaluation: the query tree walked with dicts of scores."""

    def __init__(self, scorer: PostingScorer, universe: Collection[int], terms: list[TermPostings]) -> None:
        self._scorer = scorer
        self._universe = universe
        self._terms = terms
        self._reader = scorer._reader

    def scores(self, query: Query) -> Scores:
        handler = _HANDLERS.get(type(query))
        if handler is None:
            # Prefix, wildcard, fuzzy, range and the like expand to terms in one field.
            handler = _Evaluation._multi_term if isinstance(query, MultiTerm) else _Evaluation._whoosh_matcher
        return handler(self, query)

    def _term(self, query: Term) -> Scores:
        if query.fieldname not in self._reader.schema:
            return {}
        try:
            btext = self._reader.schema[query.fieldname].to_bytes(query.text)
        except ValueError:
            return {}
        return self._recorded(query.fieldname, btext, query.boost)

    def _recorded(self, fieldname: str, btext: bytes, boost: float) -> Scores:
        term = self._scorer.postings(fieldname, btext, boost)
        if term.scores:
            self._terms.append(term)
        return term.scores

    def _multi_term(self, query: MultiTerm) -> Scores:
        fieldname = query.field()
        if fieldname not in self._reader.schema:
            return {}
        total: Scores = {}
        to_bytes = self._reader.schema[fieldname].to_bytes
        # Expanded segment by segment: a segment walks its word graph, while the
        # whole index's reader would compare the query with every word (10× slower).
        texts = dict.fromkeys(
            to_bytes(t) for reader, _offset in self._scorer._leaves for t in query._btexts(reader)
        )
        for btext in texts:
            _add_into(total, self._recorded(fieldname, btext, query.boost))
        return total

    def _phrase(self, query: Phrase) -> Scores:
        if query.fieldname not in self._reader.schema or not query.words:
            return {}
        schema_field = self._reader.schema[query.fieldname]
        words = [
            self._scorer.postings(query.fieldname, schema_field.to_bytes(w), query.boost) for w in query.words
        ]
        candidates = _intersection([word.scores for word in words])
        if len(words) > 1:
            decode = schema_field.format.decode_positions
            candidates = {
                d
                for d in candidates
                if _in_sequence([frozenset(decode(word.value(d))) for word in words], query.slop)
            }
        scores = {d: sum(word.scores[d] for word in words) for d in candidates}
        for word in words:
            self._terms.append(TermPostings(word.term, {d: word.scores[d] for d in candidates}, word.blocks))
        return scores

    def _or(self, query: Or) -> Scores:
        if getattr(query, "minmatch", 0) or getattr(query, "scale", None):
            return self._whoosh_matcher(query)
        total: Scores = {}
        for sub in query.subqueries:
            _add_into(total, self.scores(sub))
        return _boosted(total, query.boost)

    def _and(self, query: And) -> Scores:
        # The rarest part first: when it matches few documents (a doc: filter, a rare
        # word), the other parts' posting blocks without any of those are skipped.
        ordered = sorted(query.subqueries, key=self._size)
        subs = [self.scores(ordered[0])]
        wanted = self._scorer._wanted
        if len(subs[0]) * SPARSE_UNIVERSE < self._reader.doc_count_all() and (
            wanted is None or len(subs[0]) < len(wanted)
        ):
            self._scorer._wanted = sorted(subs[0])
        try:
            subs += [self.scores(sub) for sub in ordered[1:]]
        finally:
            self._scorer._wanted = wanted
        common = _intersection(subs)
        return _boosted({d: sum(sub[d] for sub in subs) for d in common}, query.boost)

    def _size(self, query: Query) -> float:
        """About how many documents a query matches, cheaply (no expansion of patterns)."""
        if isinstance(query, Term):
            try:
                return float(self._reader.doc_frequency(query.fieldname, query.text))
            except Exception:  # a field the index lacks, a value its field cannot hold
                return 0.0
        if type(query) in (Or, DefaultOr, PreloadedOr, SplitOr):
            return sum(self._size(sub) for sub in query.subqueries)
        if isinstance(query, (And, Phrase)):
            subs = (
                query.subqueries
                if isinstance(query, And)
                else [Term(query.fieldname, w) for w in query.words]
            )
            return min((self._size(sub) for sub in subs), default=0.0)
        return math.inf

    def _and_not(self, query: AndNot) -> Scores:
        positive, negative = self.scores(query.a), self.scores(query.b)
        return {d: s for d, s in positive.items() if d not in negative}

    def _and_maybe(self, query: AndMaybe) -> Scores:
        required, optional = self.scores(query.a), self.scores(query.b)
        return {d: s + optional.get(d, 0.0) for d, s in required.items()}

    def _require(self, query: Require) -> Scores:
        scored, required = self.scores(query.a), self.scores(query.b)
        return {d: s for d, s in scored.items() if d in required}

    def _not(self, query: Not) -> Scores:
        excluded = self.scores(query.query)
        return {d: query.boost for d in self._universe if d not in excluded}  # as Whoosh scores a NOT

    def _every(self, query: Every) -> Scores:
        return {d: query.boost for d in self._universe}

    def _whoosh_matcher(self, query: Query) -> Scores:
        """Any other kind of query (numeric ranges, span queries): Whoosh's own matcher."""
        matcher = query.matcher(self._scorer._searcher)
        scores: Scores = {}
        while matcher.is_active():
            scores[matcher.id()] = matcher.score()
            matcher.next()
        return scores


# By exact type: a subclass may mean something else (Ordered is an And in order). Plain
# functions, not bound methods kept on each evaluation: those made a reference cycle per
# search that held the searcher, and so its segment files, until the cyclic collector ran.
_HANDLERS: dict[type, Callable[[_Evaluation, Any], Scores]] = {
    Term: _Evaluation._term,
    Phrase: _Evaluation._phrase,
    And: _Evaluation._and,
    Or: _Evaluation._or,
    DefaultOr: _Evaluation._or,
    PreloadedOr: _Evaluation._or,
    SplitOr: _Evaluation._or,
    AndNot: _Evaluation._and_not,
    AndMaybe: _Evaluation._and_maybe,
    Require: _Evaluation._require,
    Not: _Evaluation._not,
    Every: _Evaluation._every,
    type(NullQuery): lambda _evaluation, _query: {},
}


def _add_into(total: Scores, scores: Scores) -> None:
    if not total:
        total.update(scores)
        return
    get = total.get
    total.update({doc: get(doc, 0.0) + score for doc, score in scores.items()})


def _boosted(scores: Scores, boost: float) -> Scores:
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}


def _intersection(subs: list[Scores]) -> set[int]:
    if not subs:
        return set()
    smallest: Scores = min(subs, key=len)
    common = set(smallest)
    for sub in subs:
        common.intersection_update(sub.keys())
    return common


def _in_sequence(positions: list[frozenset[int]], slop: int) -> bool:
    """Whether the words stand in order, each within ``slop`` positions after the one before."""
    reached = positions[0]
    for following in positions[1:]:
        reached = frozenset(p for p in following if any(p - gap in reached for gap in range(1, slop + 1)))
        if not reached:
            return False
    return True
