"""Searching the index: query parsing, ranked hits with highlighted snippets, suggestions."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from whoosh.index import FileIndex
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    MultifieldParser,
    OperatorsPlugin,
    PlusMinusPlugin,
)
from whoosh.query import And, FuzzyTerm, NullQuery, Or, Phrase, Query, Term
from whoosh.searching import Searcher

from tromsvekst_desktop.core.analysis import stem_norwegian, word_key
from tromsvekst_desktop.core.headings import Heading, section_at
from tromsvekst_desktop.core.index import open_index
from tromsvekst_desktop.core.index_words import IndexWords
from tromsvekst_desktop.core.marks import (
    Match,
    MatchRule,
    Passage,
    best_match,
    passage,
    rule_for,
    snippet_parts,
)
from tromsvekst_desktop.core.ranking import PostingScorer
from tromsvekst_desktop.core.spelling import WordCorrector
from tromsvekst_desktop.core.vocabulary import Expansion, TermGroup, Vocabulary, builtin_vocabulary

SEARCH_FIELDS = ("title", "section", "content")
# Compound parts ("forvaltning" in besøksforvaltning) count for less than the word itself,
# so that exact matches rank above compound matches.
PARTS_FIELD = "parts"
PARTS_BOOST = 0.1
# "=forvaltning": this word exactly, not as a part of compounds.
_EXACT_WORD = re.compile(r'(?:^|(?<=[\s(]))=([^\s"()=]+)')
FILTER_FIELDS = ("doc", "kind", "plan", "year", "tag")
# Norwegian names a user may type for the filter and text fields.
FIELD_ALIASES = {
    "doc": ["dokument", "dok"],
    "kind": ["type", "art"],
    "year": ["år", "aar"],
    "tag": ["emneknagg"],
    "title": ["tittel"],
    "section": ["seksjon", "kapittel"],
    "content": ["tekst"],
}
KNOWN_FIELDS = frozenset(FILTER_FIELDS + SEARCH_FIELDS + tuple(a for v in FIELD_ALIASES.values() for a in v))
_FIELD_PREFIX = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_][\w]*):(?=[^\s:])")
SNIPPET_CHARS = 220
GOAL_SNIPPET_CHARS = 800
MAX_QUERY_CHARS = 1000
FILTER_CACHE_SIZE = 64
_LIVE_HITS = Or([Term("type", "page"), Term("type", "goal")])


class QueryError(ValueError):
    """A query that cannot be run; the message says why, in one line."""


@dataclass(frozen=True)
class Snippet:
    """A passage of text and the character spans of the matched words in it."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked(self, open_mark: str = "[[", close_mark: str = "]]") -> str:
        out, last = [], 0
        for start, end in self.spans:
            out += [self.text[last:start], open_mark, self.text[start:end], close_mark]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(frozen=True)
class Hit:
    """One search hit: a PDF page (kind "page") or a goal node (kind "goal")."""

    kind: str
    title: str
    doc_id: str | None
    path: str | None
    page: int | None
    section: str
    node_id: str | None
    breadcrumb: tuple[str, ...]
    snippet: Snippet
    score: float
    file_hash: str | None = None  # a page's source content (its local copy's name, see copystore)
    # A goal's title with its marks; the snippet is then its text (both as separate parts).
    title_snippet: Snippet | None = None
    # Recognised text (OCR): the page's share of known words; None for a text layer and for goals.
    ocr_confidence: float | None = None

    def to_json(self) -> dict[str, Any]:
        found = {
            "kind": self.kind,
            "title": self.title,
            "doc_id": self.doc_id,
            "path": self.path,
            "page": self.page,
            "section": self.section or None,  # null: no heading stands before the match
            "node_id": self.node_id,
            "breadcrumb": list(self.breadcrumb),
            "snippet": "\n".join(
                part.marked() for part in (self.title_snippet, self.snippet) if part is not None and part.text
            ),
            "score": round(self.score, 4),
        }
        if self.kind == "page":
            found["ocr"] = self.ocr_confidence is not None
        return found


class SubtreeScope(NamedTuple):
    """What a search limited to a goal's subtree may show (see ``facets.subtree_scope``).

    ``pages`` holds (doc_id, page) for links with a page and (doc_id, None) for links to
    a whole document.
    """

    doc_ids: tuple[str, ...]
    pages: frozenset[tuple[str, int | None]]
    node_ids: frozenset[str]

    def contains(self, hit: Hit) -> bool:
        """Whether a hit is inside the scope: a goal of the subtree or a page its goals link to."""
        if hit.kind == "goal":
            return hit.node_id in self.node_ids
        if hit.doc_id is None:
            return False
        return (hit.doc_id, hit.page) in self.pages or (hit.doc_id, None) in self.pages


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query: the total count, the first hits, and a suggestion."""

    query: str
    total: int
    hits: tuple[Hit, ...]
    suggestion: str | None
    elapsed_ms: float
    expanded: tuple[Expansion, ...] = ()  # synonyms and abbreviations searched as well
    # For each scope the search was asked to count (the facets): how many of all the
    # matches, not only of the hits returned, fall in it.
    scope_counts: Mapping[str, int] = field(default_factory=dict)
    # What the hits' snippets mark; the page viewer marks the same (``core.pagemarks``).
    rule: MatchRule = field(default_factory=MatchRule)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "expanded": [
                {"original": e.original, "alternatives": list(e.alternatives)} for e in self.expanded
            ],
            "hits": [hit.to_json() for hit in self.hits],
        }


def _plain_snippet(text: str, width: int = SNIPPET_CHARS) -> Snippet:
    flat = " ".join(text.split())
    if len(flat) > width:
        flat = flat[:width].rsplit(" ", 1)[0] + " …"
    return Snippet(flat)


class _StemmedFuzzyTerm(FuzzyTerm):  # type: ignore[misc]
    """A fuzzy term that finds the stems the index holds.

    Whoosh looks fuzzy words up in the field's spelling list, which holds the
    unstemmed words ("bærekraftig"), while the postings are under stems
    ("bærekraft"): map each word found to whichever form the field indexes.
    """

    # The words within reach, found once per search and index segment for all the fields
    # the term is looked up in (set by ``_share_fuzzy_words``): a walk of the word list
    # is the costly part of a fuzzy query.
    shared_words: dict[tuple[Any, str, int, int], tuple[str, ...]] | None = None

    def _btexts(self, ixreader: Any) -> Iterable[str]:
        seen: set[str] = set()
        for word in self._words_within(ixreader):
            for candidate in (word, stem_norwegian(word)):
                if candidate not in seen and (self.fieldname, candidate) in ixreader:
                    seen.add(candidate)
                    yield candidate

    def _words_within(self, ixreader: Any) -> tuple[str, ...]:
        key = (ixreader, self.text, self.maxdist, self.prefixlength)
        words = self.shared_words.get(key) if self.shared_words is not None else None
        if words is None:
            # The unstemmed words of all page and goal texts: titles and sections are
            # made of the same words.
            found = ixreader.terms_within("content", self.text, self.maxdist, prefix=self.prefixlength)
            words = tuple(w.decode("utf-8") if isinstance(w, bytes) else w for w in found)
            if self.shared_words is not None:
                self.shared_words[key] = words
        return words


def _share_fuzzy_words(query: Query) -> None:
    """Let the fuzzy terms of one query (one per field searched) share their word lists."""
    shared: dict[tuple[Any, str, int, int], tuple[str, ...]] = {}
    for term in query.leaves():
        if isinstance(term, _StemmedFuzzyTerm):
            term.shared_words = shared


# Whoosh builds a Levenshtein automaton whose size explodes with the distance: "ord~9"
# would freeze the window for minutes. Two edits is as far as typos go.
MAX_FUZZY_DISTANCE = 2


class _FuzzyTermPlugin(FuzzyTermPlugin):  # type: ignore[misc]
    class FuzzyTermNode(FuzzyTermPlugin.FuzzyTermNode):  # type: ignore[misc]
        qclass = _StemmedFuzzyTerm

        def query(self, parser: Any) -> Query:
            # The word as typed (lowercased), not its stem: it is compared with the
            # unstemmed word list, and stemming a misspelling mangles it further.
            return _StemmedFuzzyTerm(
                self.fieldname or parser.fieldname,
                self.text.lower(),
                boost=self.boost,
                maxdist=min(self.maxdist, MAX_FUZZY_DISTANCE),
                prefixlength=self.prefixlength,
            )


def _make_parser(schema: Any, compounds: bool) -> MultifieldParser:
    fields = [*SEARCH_FIELDS, PARTS_FIELD] if compounds and PARTS_FIELD in schema else list(SEARCH_FIELDS)
    parser = MultifieldParser(fields, schema, fieldboosts={PARTS_FIELD: PARTS_BOOST}, group=AndGroup)
    parser.add_plugin(_FuzzyTermPlugin())
    parser.add_plugin(PlusMinusPlugin())
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    # English and Norwegian operators, upper case only: "og"/"eller" are ordinary words.
    parser.replace_plugin(
        OperatorsPlugin(
            And=r"(?<=\s)(AND|OG)(?=\s)",
            Or=r"(?<=\s)(OR|ELLER)(?=\s)",
            AndNot=r"(?<=\s)(ANDNOT|OGIKKE)(?=\s)",
            AndMaybe=r"(?<=\s)(ANDMAYBE)(?=\s)",
            Not=r"(^|(?<=(\s|[()])))(NOT|IKKE)(?=\s)",
        )
    )
    return parser


class SearchEngine:
    """Answers queries over one index folder; reuses its searcher until the index changes."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._ix: FileIndex = open_index(index_dir)
        self._parsers = {on: _make_parser(self._ix.schema, on) for on in (True, False)}
        self._searcher: Searcher = self._ix.searcher()
        self._scorer = PostingScorer(self._searcher)
        self._index_words = IndexWords(self._searcher.reader())
        self._vocabulary = self._read_vocabulary()
        # Document sets of filter queries for the current searcher: Whoosh would otherwise
        # rebuild the set of every page and goal on each query (~30 ms at 10,000 pages).
        self._filter_docs: dict[Query, frozenset[int]] = {}
        self._scopes: dict[SubtreeScope, frozenset[int]] = {}

    def close(self) -> None:
        self._searcher.close()

    def __enter__(self) -> SearchEngine:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _current_searcher(self) -> Searcher:
        """The searcher of the index's latest generation, opened anew when a writer has committed.

        Not Whoosh's ``Searcher.refresh()``: in Whoosh-Reloaded 2.7.5 it keeps the readers of
        segments the new generation no longer has and of deletions since made, so removed
        documents stayed findable and their files open. A searcher opened from the new
        table of contents answers exactly as a freshly opened engine; everything computed
        from the old one goes with it, and its files (also of deleted segments) are closed.
        """
        if not self._searcher.up_to_date():
            stale, self._searcher = self._searcher, self._ix.searcher()
            self._scorer = PostingScorer(self._searcher)
            self._index_words = IndexWords(self._searcher.reader())
            self._filter_docs.clear()
            self._scopes.clear()
            self._vocabulary = self._read_vocabulary()
            stale.close()
        return self._searcher

    def held_segments(self) -> tuple[str, ...]:
        """The ids of the index segments whose files the engine holds open."""
        return tuple(
            reader.segment().segment_id() for reader, _offset in self._searcher.reader().leaf_readers()
        )

    def _read_vocabulary(self) -> Vocabulary:
        """The library's vocabulary as the last indexing run stored it, else the built-in one."""
        for fields in self._searcher.documents(type="vocabulary"):
            groups = (fields.get("meta") or {}).get("groups", [])
            return Vocabulary(TermGroup(tuple(terms), note, bool(exact)) for terms, note, exact in groups)
        return builtin_vocabulary()[0]

    def headings(self, path: str) -> list[Heading]:
        """The headings of an indexed PDF (its outline's, or those found from its layout)."""
        searcher = self._current_searcher()
        record = searcher.document(uid=f"file:{path}")
        meta = (record or {}).get("meta") or {}
        return [Heading.from_json(entry) for entry in meta.get("headings", ())]

    @property
    def vocabulary(self) -> Vocabulary:
        return self._vocabulary

    def _allowed(self, searcher: Searcher, filter_query: Query) -> frozenset[int]:
        """The documents ``filter_query`` lets through, cached until the index changes."""
        docs = self._filter_docs.get(filter_query)
        if docs is None:
            if len(self._filter_docs) >= FILTER_CACHE_SIZE:
                self._filter_docs.clear()
            docs = self._filter_docs[filter_query] = frozenset(searcher.docs_for_query(filter_query))
        return docs

    def _scope_docs(self, searcher: Searcher, scope: SubtreeScope) -> frozenset[int]:
        """The pages and goals of a goal's subtree, cached until the index changes."""
        docs = self._scopes.get(scope)
        if docs is None:
            found: list[Query] = []
            if scope.node_ids:
                goals = Or([Term("node", node_id) for node_id in sorted(scope.node_ids)])
                found.append(And([Term("type", "goal"), goals]))
            for doc_id, page in sorted(scope.pages, key=lambda link: (link[0], link[1] or 0)):
                page_of = [Term("type", "page"), Term("doc", doc_id.lower())]
                found.append(And(page_of if page is None else [*page_of, Term("page", page)]))
            if len(self._scopes) >= FILTER_CACHE_SIZE:
                self._scopes.clear()
            # Evaluated with the posting scorer, over the live pages and goals: Whoosh's own
            # matchers took ~70 ms for the facets of a plan library on a cold searcher.
            live = self._allowed(searcher, _LIVE_HITS)
            docs = frozenset(self._scorer.evaluate(Or(found), live).scores) if found else frozenset()
            self._scopes[scope] = docs
        return docs

    def parse(self, query: str, *, compounds: bool = True) -> Query:
        """The Whoosh query for a user's query string; QueryError when it cannot run.

        With ``compounds`` a word also finds the compounds it is a part of; `=word`
        switches that off for one word.
        """
        text = query.strip()
        if not text:
            raise QueryError("empty query: type one or more words")
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(f"query too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
        for match in _FIELD_PREFIX.finditer(_without_phrases(text)):
            if match.group(1).lower() not in KNOWN_FIELDS:
                raise QueryError(
                    f"unknown field '{match.group(1)}:' (use doc:, kind:, plan:, year: or tag:, "
                    "or put the words in quotes)"
                )
        text = _EXACT_WORD.sub(
            lambda m: "(" + " OR ".join(f"{f}:{m.group(1)}" for f in SEARCH_FIELDS) + ")", text
        )
        try:
            parsed = _without_part_phrases(
                self._parsers[compounds].parse(_lowercase_field_names(text))
            ).normalize()
        except Exception as exc:  # Whoosh's parser raises assorted errors on odd input
            raise QueryError(f"could not understand the query: {exc}") from None
        if parsed is NullQuery or isinstance(parsed, type(NullQuery)):
            raise QueryError(
                "nothing to search for: the query has only punctuation or very common words "
                "(such as 'og', 'i', 'på')"
            )
        return self._with_index_compounds(parsed) if compounds else parsed

    def _with_index_compounds(self, query: Query) -> Query:
        """Each compound-part term also finds the indexed compounds that only the index's
        own words split (``index_words``), at the same low boost."""
        if isinstance(query, Term) and query.fieldname == PARTS_FIELD:
            found = self._index_words.compounds_with(query.text)
            if found:
                return Or([query, *(Term("content", stem, boost=query.boost) for stem in found)])
            return query
        if query.is_leaf():
            return query
        return query.apply(self._with_index_compounds)

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        kind: str | None = None,
        doc: str | None = None,
        docs: Iterable[str] | None = None,
        compounds: bool = True,
        expand: bool = True,
        scope: SubtreeScope | None = None,
        count_in: Mapping[str, SubtreeScope] | None = None,
        narrow_to: SubtreeScope | None = None,
    ) -> SearchResult:
        """Run a query; ``kind`` (page|goal), ``doc``, ``docs`` or a goal's ``scope`` narrow it.

        ``compounds``: words also find compounds they are part of; ``expand``: terms of
        the vocabulary also find their abbreviations and synonyms (listed in ``expanded``).
        ``count_in``: scopes (facets) to count all the matches in (``scope_counts``);
        ``narrow_to``: then keep only the matches in this one.
        """
        started = time.perf_counter()
        searcher = self._current_searcher()
        expanded = tuple(
            e
            for e in (self._vocabulary.expansions(query, key=word_key) if expand else ())
            if query[e.start - 1 : e.start] != "="
        )
        rewritten = query
        for expansion in sorted(expanded, key=lambda e: e.start, reverse=True):
            rewritten = rewritten[: expansion.start] + expansion.as_query() + rewritten[expansion.end :]
        parsed = self.parse(rewritten, compounds=compounds)
        filters: list[Query] = []
        if kind:
            filters.append(Term("type", kind))
        else:
            filters.append(_LIVE_HITS)
        wanted_docs = ([doc] if doc else []) + list(docs or [])
        if wanted_docs:
            filters.append(Or([Term("doc", d.lower()) for d in wanted_docs]))
        filter_query = filters[0] if len(filters) == 1 else And(filters)
        allowed = self._allowed(searcher, filter_query)
        if scope is not None:
            allowed = allowed & self._scope_docs(searcher, scope)
        try:
            _share_fuzzy_words(parsed)
            matches = self._scorer.evaluate(parsed, allowed)
            counts = {
                key: matches.count_in(self._scope_docs(searcher, facet))
                for key, facet in (count_in or {}).items()
            }
            if narrow_to is not None:
                matches = matches.within(self._scope_docs(searcher, narrow_to))
            top = matches.top(max(limit, 1))
            # The terms the best matches hold (with none shown, the best one's): the marks' rule.
            shown = {docnum for docnum, _score in top}
            matched = [(fieldname, text.decode("utf-8")) for fieldname, text in matches.terms_in(shown)]
            rule = rule_for(parsed, matched, SEARCH_FIELDS, PARTS_FIELD)
            shown_hits = top[:limit] if limit > 0 else []
            hits = tuple(
                _hit(searcher.stored_fields(docnum), float(score), rule) for docnum, score in shown_hits
            )
        except QueryError:
            raise
        except Exception as exc:  # e.g. a wildcard that expands too far
            raise QueryError(f"the query could not be run: {exc}") from None
        total = len(matches)
        # No "did you mean" inside a scope or facet: the same words may well be found outside.
        narrowed = scope is not None or narrow_to is not None
        suggest = total < 3 and not (expanded or narrowed)
        suggestion = self._suggest(parsed, query, total, allowed) if suggest else None
        elapsed_ms = (time.perf_counter() - started) * 1000
        return SearchResult(
            query,
            total,
            hits,
            suggestion,
            elapsed_ms,
            expanded=expanded,
            scope_counts=counts,
            rule=rule,
        )

    def _suggest(self, parsed: Query, query: str, total: int, allowed: Any) -> str | None:
        """A corrected query that finds more, from the unstemmed words of the page texts.

        Only words missing from the text field are corrected (a word may well be absent
        from titles), each as the user typed it (its stem may be further from the word
        meant), with the first letter kept: both keep this fast enough to run while the
        user types.
        """
        reader = self._current_searcher().reader()
        missing = {
            token.text
            for token in parsed.all_tokens()
            if token.fieldname == "content" and ("content", token.text) not in reader
        }
        if not missing:
            return None
        corrector = WordCorrector(reader, "content")
        corrected = query
        try:
            for match in reversed(list(_TYPED_WORD.finditer(query))):
                word = match.group()
                if word_key(word) not in missing or word in _OPERATORS:
                    continue
                found = corrector.suggest(word.lower(), limit=1, maxdist=2, prefix=1)
                if found:
                    corrected = corrected[: match.start()] + found[0] + corrected[match.end() :]
            if corrected == query:
                return None
            better = len(self._scorer.evaluate(self.parse(corrected), allowed))
        except Exception:  # a suggestion is a courtesy; never fail the search for it
            return None
        return corrected if better > total else None


# A word of a query as typed: not a field name (doc:) or a field's value.
_TYPED_WORD = re.compile(r"(?<![\w:])[^\W\d_][\w]*(?![\w:])")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "OG", "ELLER", "IKKE", "OGIKKE"})


def _hit(fields: Mapping[str, Any], score: float, rule: MatchRule) -> Hit:
    content = fields.get("content", "")
    if fields["type"] == "goal":
        breadcrumb = tuple(fields.get("breadcrumb") or ())
        docs = fields.get("doc", "").split()
        title, _newline, text = content.partition("\n")
        return Hit(
            kind="goal",
            title=breadcrumb[-1] if breadcrumb else fields.get("title", ""),
            doc_id=docs[0] if docs else None,
            path=fields.get("path") or None,
            page=fields.get("page") or None,
            section=fields.get("section", ""),
            node_id=fields.get("node"),
            breadcrumb=breadcrumb,
            snippet=_best_snippet(text, rule.matches(text), GOAL_SNIPPET_CHARS)[0],
            score=score,
            title_snippet=_best_snippet(title, rule.matches(title), GOAL_SNIPPET_CHARS)[0],
        )
    snippet, best = _best_snippet(content, rule.matches(content), SNIPPET_CHARS)
    headings = [(int(offset), str(heading)) for offset, heading in fields.get("headings") or ()]
    return Hit(
        kind="page",
        title=fields.get("doctitle", ""),
        doc_id=fields.get("doc"),
        path=fields.get("path"),
        page=fields.get("page"),
        section=section_at(fields.get("section") or None, headings, best) or "",
        node_id=None,
        breadcrumb=(),
        snippet=snippet,
        score=score,
        file_hash=fields.get("file_hash"),
        ocr_confidence=_ocr_confidence(fields),
    )


# Characters of context shown before the best match, and the width of a second passage.
SNIPPET_LEAD = 60
SECOND_PASSAGE_CHARS = 140


def _best_snippet(text: str, matches: list[Match], width: int) -> tuple[Snippet, int]:
    """A snippet that shows the best match of ``text`` (and another passage when there is
    more), and the offset of that best match (0 when nothing matched)."""
    if not matches:
        return _plain_snippet(text, width), 0
    first = best_match(matches, width - SNIPPET_LEAD)
    assert first is not None
    best = matches[first].start
    if len(text) <= width:
        return Snippet(*snippet_parts(text, [Passage(0, len(text), tuple(matches))])), best
    passages = [passage(text, matches, first, width, SNIPPET_LEAD)]
    rest = [m for m in matches if m.end <= passages[0].start or m.start >= passages[0].end]
    second = best_match(rest, SECOND_PASSAGE_CHARS - 30)
    if second is not None:
        passages.append(passage(text, rest, second, SECOND_PASSAGE_CHARS, 30))
    return Snippet(*snippet_parts(text, passages)), best


def _ocr_confidence(fields: Mapping[str, Any]) -> float | None:
    """The confidence a recognised page's record holds (core.ocr_index), or None."""
    recognised = (fields.get("meta") or {}).get("ocr")
    return float(recognised["confidence"]) if recognised else None


def _without_part_phrases(query: Query) -> Query:
    """The query without phrases on the compound parts field, which has no positions."""
    if isinstance(query, Phrase) and query.fieldname == PARTS_FIELD:
        return NullQuery
    if query.is_leaf():
        return query
    return query.apply(_without_part_phrases)


def _without_phrases(text: str) -> str:
    return re.sub(r'"[^"]*"?', " ", text)


def _lowercase_field_names(text: str) -> str:
    """Field names are case-insensitive for the user: `Doc:` works like `doc:`."""
    return _FIELD_PREFIX.sub(
        lambda m: m.group(0).lower() if m.group(1).lower() in KNOWN_FIELDS else m.group(0), text
    )
