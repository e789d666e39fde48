"""The index's schema and what goes into its fields: page and goal documents, analysed ahead.

The extraction workers analyse a page's text for the content, parts and unlisted fields
(``prepare_pages``), so that the process writing the index only adds postings.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.system import pack_uint

from tromsvekst_desktop.core.analysis import (
    TOKEN_PATTERN,
    compound_part_keys,
    compound_parts_analyzer,
    index_terms,
    norwegian_analyzer,
)
from tromsvekst_desktop.core.catalog import Catalog
from tromsvekst_desktop.core.compounds import unlisted_words
from tromsvekst_desktop.core.goals import GoalForest, GoalNode, tag_term
from tromsvekst_desktop.core.pdftext import ExtractedPdf

# Bump whenever the schema, the analyzer or what goes into a field changes: an index
# with another version is rebuilt from scratch.
SCHEMA_VERSION = 6


META_FILE = "tromsvekst-index.json"


INDEX_NAME = "MAIN"


@dataclass(frozen=True)
class PreparedText:
    """A page's text already analysed for a PreparedTEXT field: postings and spelling words."""

    items: tuple[tuple[bytes, int, float, bytes], ...]
    spellable: tuple[str, ...]


class PreparedTEXT(TEXT):  # type: ignore[misc]
    """A TEXT field that also accepts a PreparedText, analysed ahead of time in a worker.

    Analysis is a third of the writer's work; the extraction workers do it instead (see
    ``prepare_pages``), while the process that writes the index only adds postings.
    The postings are exactly those ``TEXT.index`` gives, so the index is the same.
    """

    def index(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, PreparedText):
            return value.items
        return super().index(value, **kwargs)

    def spellable_words(self, value: Any) -> Any:
        if isinstance(value, PreparedText):
            return iter(value.spellable)
        return super().spellable_words(value)

    def prepare(self, text: str) -> PreparedText:
        """The postings and spelling words of ``text``: what ``index`` and ``spellable_words`` give."""
        terms, words = index_terms(text)
        boost, encode = self.format.field_boost, self.format.encode
        items = tuple(
            (stem.encode("utf-8"), len(found), len(found) * 1.0 * boost, encode(found))
            for stem, found in terms.items()
        )
        return PreparedText(items, tuple(words))


class CompoundPartsTEXT(TEXT):  # type: ignore[misc]
    """The `parts` field: the parts of every compound word of a text (no positions).

    Indexed from the text's words by ``analysis.compound_part_keys`` (which also completes
    hanging hyphens: "samfunns- og næringsutvikling" gives samfunnsutvikling); its
    analyzer serves query parsing and highlighting, where each part carries the whole
    compound's characters. Queried with a low boost, so exact matches rank first.
    """

    def __init__(self) -> None:
        super().__init__(analyzer=compound_parts_analyzer(), phrase=False)

    def index(self, value: Any, **kwargs: Any) -> Any:
        return (value if isinstance(value, PreparedText) else self.prepare(value)).items

    def prepare(self, text: str, words: Iterable[str] | None = None) -> PreparedText:
        """The field's postings for ``text``, whose distinct lowercase words may be given."""
        words = {match.group().lower() for match in _WORD.finditer(text)} if words is None else words
        keys = compound_part_keys(words, text)
        boost = self.format.field_boost
        return PreparedText(
            tuple((key.encode("utf-8"), n, n * boost, pack_uint(n)) for key, n in keys.items()), ()
        )


class UnlistedWordsField(KEYWORD):  # type: ignore[misc]
    """The `unlisted` field: the words of a text the bundled word list lacks (never searched).

    Their union over the live pages is the index's own vocabulary for splitting compounds
    (``index_words``): a posting per page tells whether a word is still in the index once
    pages are deleted, which Whoosh's spelling list (a posting per run) cannot.
    """

    def __init__(self) -> None:
        super().__init__(scorable=False)

    def index(self, value: Any, **kwargs: Any) -> Any:
        return (value if isinstance(value, PreparedText) else self.prepare(value)).items

    def prepare(self, text: str, words: Iterable[str] | None = None) -> PreparedText:
        """The field's postings for ``text``, whose distinct lowercase words may be given."""
        if words is None:
            words = {match.group().lower() for match in _WORD.finditer(text)}
        words = unlisted_words(words)
        value = pack_uint(1)  # a frequency of 1, as Whoosh's Frequency format writes it
        return PreparedText(tuple((word.encode("utf-8"), 1, 1.0, value) for word in sorted(words)), ())


_WORD = re.compile(TOKEN_PATTERN)


def make_schema() -> Schema:
    text = norwegian_analyzer()
    return Schema(
        uid=ID(unique=True, stored=True),
        type=ID(stored=True),  # page | goal | file | goalset
        doc=KEYWORD(stored=True, lowercase=True),  # document id (pages); linked document ids (goals)
        doctitle=STORED(),
        kind=KEYWORD(lowercase=True),  # hit type plus document kind or goal level: "page avtale"
        plan=KEYWORD(lowercase=True),  # plan ids
        tag=KEYWORD(lowercase=True),  # goal tags as tag_term() spells them
        year=KEYWORD(),
        path=ID(stored=True),
        file_hash=ID(stored=True),
        page=NUMERIC(stored=True),
        node=ID(stored=True),
        breadcrumb=STORED(),
        meta=STORED(),
        title=TEXT(analyzer=text, stored=True, field_boost=3.0),
        section=TEXT(analyzer=text, stored=True, field_boost=1.2),
        # A page's own headings as (offset in content, title): with the stored section (the
        # one it starts in) they give the section a hit's best match stands under.
        headings=STORED(),
        content=PreparedTEXT(analyzer=text, stored=True, chars=True, spelling=True),
        parts=CompoundPartsTEXT(),
        unlisted=UnlistedWordsField(),
    )


@dataclass(frozen=True)
class DocInfo:
    """How a PDF appears in the index: its document id, title and filter values."""

    doc_id: str
    title: str
    kind: str
    years: tuple[int, ...]
    plans: tuple[str, ...]

    def signature(self) -> str:
        return hashlib.sha1(repr(self).encode()).hexdigest()


def page_fields(
    info: DocInfo,
    title: str,
    path: str,
    file_hash: str,
    page: int,
    section: str,
    text: str,
    prepared: tuple[PreparedText, PreparedText, PreparedText] | None = None,
    headings: Sequence[tuple[int, str]] = (),
) -> dict[str, Any]:
    """The fields of a page; ``section`` is the heading it starts under, ``headings`` those
    on it, (offset in ``text``, title). A page is found by the titles of the sections it
    holds text of (``section:`` searches and words of a title)."""
    carried = section if not headings or text[: headings[0][0]].strip() else ""
    return {
        "uid": f"page:{path}#{page}",
        "type": "page",
        "doc": info.doc_id,
        "doctitle": title,
        "kind": f"page {info.kind}".strip(),
        "plan": " ".join(info.plans),
        "year": " ".join(str(y) for y in info.years),
        "path": path,
        "file_hash": file_hash,
        "page": page,
        "section": "\n".join(title for title in (carried, *(title for _offset, title in headings)) if title),
        "_stored_section": section,
        "headings": [list(heading) for heading in headings],
        "content": text if prepared is None else prepared[0],
        "parts": text if prepared is None else prepared[1],
        "unlisted": text if prepared is None else prepared[2],
        "_stored_content": text,
    }


def goal_fields(node: GoalNode, forest: GoalForest, catalog: Catalog, years: Iterable[int]) -> dict[str, Any]:
    first = node.links[0] if node.links else None
    document = catalog.documents.get(first.doc_id) if first else None
    return {
        "uid": f"goal:{node.id}",
        "type": "goal",
        "node": node.id,
        "doc": " ".join(dict.fromkeys(link.doc_id for link in node.links)),
        "doctitle": document.title if document else "",
        "kind": "goal " + node.level.lower().replace(" ", "-"),
        "plan": node.plan_id,
        "tag": " ".join(tag_term(tag) for tag in node.tags),
        "year": " ".join(str(y) for y in years),
        "path": str(document.file) if document and document.file else "",
        "page": first.page if first and first.page else 0,
        "breadcrumb": forest.breadcrumb(node.id),
        "section": node.label,
        "title": f"{node.label} {node.title}" if node.level != "Plan" else node.title,
        "content": f"{node.title}\n{node.text}".strip(),
        "parts": f"{node.title}\n{node.text}".strip(),
        "unlisted": f"{node.title}\n{node.text}".strip(),
    }


@lru_cache(maxsize=1)
def _parts_field() -> CompoundPartsTEXT:
    field = make_schema()["parts"]
    assert isinstance(field, CompoundPartsTEXT)
    return field


@lru_cache(maxsize=1)
def _unlisted_field() -> UnlistedWordsField:
    field = make_schema()["unlisted"]
    assert isinstance(field, UnlistedWordsField)
    return field


@lru_cache(maxsize=1)
def _content_field() -> PreparedTEXT:
    field = make_schema()["content"]
    assert isinstance(field, PreparedTEXT)
    return field


def prepare_pages(pdf: ExtractedPdf) -> ExtractedPdf:
    """Analyse every page's text for the index; runs in the extraction worker (ExtractJob.prepare).

    Each page is pickled on its own: the indexing thread then unpickles a page at a
    time instead of a whole document in one call that holds the GIL (and would stall
    the window) for a tenth of a second.
    """
    prepared = tuple(_prepared_page(page.text) if page.text.strip() else None for page in pdf.pages)
    return replace(pdf, prepared=prepared)


def _prepared_page(text: str) -> bytes:
    """The pickled content, parts and unlisted fields of one page; the words the content
    analysis found (stop words aside) serve the other two."""
    content = _content_field().prepare(text)
    words = content.spellable
    return pickle.dumps(
        (content, _parts_field().prepare(text, words), _unlisted_field().prepare(text, words))
    )
