"""The Whoosh index: one document per PDF page and per goal node, kept up to date incrementally.

Besides page and goal documents the index holds one *file record* per library PDF
(type "file": path, size, mtime, content hash, problems) and one *goal-set record*.
They are written in the same transaction as the pages they describe, so the index
is its own manifest: a killed or cancelled run leaves the last commit consistent.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import time
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError
from whoosh.query import Every, Term
from whoosh.system import pack_uint
from whoosh.util.filelock import try_for
from whoosh.writing import CLEAR, IndexWriter

from tromsvekst_desktop import __version__
from tromsvekst_desktop.core.analysis import (
    TOKEN_PATTERN,
    compound_part_keys,
    compound_parts_analyzer,
    index_terms,
    norwegian_analyzer,
)
from tromsvekst_desktop.core.catalog import Catalog, Document
from tromsvekst_desktop.core.compounds import unlisted_words
from tromsvekst_desktop.core.copystore import CopyFeeder, CopyStore
from tromsvekst_desktop.core.goals import GoalForest, GoalNode, tag_term
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.library import find_library_files
from tromsvekst_desktop.core.librarydata import LibraryData, load_library_data
from tromsvekst_desktop.core.ocr import OcrSettings, OcrTotals
from tromsvekst_desktop.core.offline import (
    ROOTS_UID,
    OfflineRoot,
    RootStates,
    emptied_reason,
    is_under,
    now_iso,
    root_key,
    shown_path,
    unreachable_reason,
)
from tromsvekst_desktop.core.pdftext import (
    EMPTY_FILE,
    TRUNCATED,
    ExtractedPdf,
    ExtractionPool,
    ExtractJob,
    file_sha256,
)
from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.whoosh_ext import TermGroupedWriter, install

# Bump whenever the schema, the analyzer or what goes into a field changes: an index
# with another version is rebuilt from scratch.
SCHEMA_VERSION = 6
META_FILE = "tromsvekst-index.json"
# Size and CRC-32 of each segment file, written after each commit: reveals garbage written
# into a segment, which Whoosh itself only notices (if at all) when a query reads it.
CHECKSUM_FILE = "tromsvekst-checksums.json"
INDEX_NAME = "MAIN"

ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class PreparedText:
    """A page's text already analysed for a PreparedTEXT field: postings and spelling words."""

    items: tuple[tuple[bytes, int, float, bytes], ...]
    spellable: tuple[str, ...]


class PreparedTEXT(TEXT):  # type: ignore[misc]
    """A TEXT field that also accepts a PreparedText, analysed ahead of time in a worker.

    Analysis is a third of the writer's work; the extraction workers do it instead (see
    ``_prepare_pages``), while the process that writes the index only adds postings.
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


class IndexError_(Exception):
    """Base of the index's domain errors (named so as not to shadow the builtin)."""


class IndexBusy(IndexError_):
    """Another process is writing the index and did not finish within the wait."""


class IndexDamaged(IndexError_):
    """Index files are missing, truncated or garbled: the index must be rebuilt.

    ``detail`` says what is wrong, e.g. "MAIN_x.seg has 1000 bytes, 563455 were written".
    """

    def __init__(self, index_dir: Path, detail: str) -> None:
        super().__init__(f"the index in {index_dir} is damaged ({detail}): run `tromsvekst index --rebuild`")
        self.detail = detail


@dataclass(frozen=True)
class IndexSummary:
    """What an indexing run did and what the index now holds."""

    documents: int
    pages: int
    goals: int
    added: int
    updated: int
    removed: int
    unchanged: int
    problems: tuple[Problem, ...]
    seconds: float
    cancelled: bool = False
    offline: tuple[OfflineRoot, ...] = ()  # roots out of reach, their documents kept
    kept: tuple[Problem, ...] = ()  # files that failed to read now; their last good version kept
    ocr: OcrTotals = field(default_factory=OcrTotals)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "pages": self.pages,
            "goals": self.goals,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "problems": [{"path": p.path, "reason": _reason_with_place(p)} for p in self.problems],
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
            "offline": [root.to_json() for root in self.offline],
            "kept": [{"path": p.path, "reason": p.reason} for p in self.kept],
            "ocr": self.ocr.to_json(),
        }


def _reason_with_place(problem: Problem) -> str:
    if problem.line is not None:
        return f"line {problem.line}: {problem.reason}"
    if problem.page is not None:
        return f"page {problem.page}: {problem.reason}"
    return problem.reason


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


@dataclass
class _Record:
    """A file record as stored in the index."""

    path: str
    file_hash: str
    meta: dict[str, Any]

    @property
    def problems(self) -> list[Problem]:
        return [Problem(**p) for p in self.meta.get("problems", [])]


# ---------------------------------------------------------------- opening


def index_exists(index_dir: Path) -> bool:
    """Whether a table of contents is there (not opened: a garbled one is damage, see check_index)."""
    return index_dir.is_dir() and index_generation(index_dir) >= 0


def _read_meta(index_dir: Path) -> dict[str, Any]:
    try:
        meta = json.loads((index_dir / META_FILE).read_text(encoding="utf-8"))
        return meta if isinstance(meta, dict) else {}
    except (OSError, ValueError):
        return {}


def _clear_index_files(index_dir: Path) -> None:
    """Delete this index's files, leaving anything else in the folder (e.g. a README).

    The lock file stays: another process may hold a lock on it, and deleting it would let
    a third lock a new file of the same name while the second still writes.
    """
    for entry in index_dir.iterdir():
        if entry.name == f"{INDEX_NAME}_WRITELOCK" or not entry.is_file():
            continue
        if entry.name.startswith((f"_{INDEX_NAME}_", f"{INDEX_NAME}_")) or entry.name in (
            META_FILE,
            CHECKSUM_FILE,
        ):
            entry.unlink()


def _has_index_files(index_dir: Path) -> bool:
    """Whether segment files or our metadata are there (an index whose table of contents vanished)."""
    try:
        return any(
            entry.name.endswith(".seg") or entry.name == META_FILE
            for entry in index_dir.iterdir()
            if entry.name.startswith(f"{INDEX_NAME}_") or entry.name == META_FILE
        )
    except OSError:
        return False


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _segment_files(ix: FileIndex) -> list[str]:
    return [name for segment in ix._segments() for name in segment.list_files(ix.storage)]


def _record_checksums(index_dir: Path, ix: FileIndex) -> None:
    """Note size and CRC-32 of the latest generation's segment files (after a commit).

    Segment files never change once written and have unique names, so an entry is
    never wrong; a run killed before this leaves segments without entries, which are
    then only checked structurally.
    """
    known = _read_checksums(index_dir)
    sums: dict[str, list[int]] = {}
    tmp = index_dir / f"{CHECKSUM_FILE}.{os.getpid()}.tmp"
    try:
        for name in _segment_files(ix):
            path = index_dir / name
            try:
                sums[name] = known[name] if name in known else [path.stat().st_size, _crc32(path)]
            except FileNotFoundError:  # merged away by a newer commit meanwhile
                continue
        tmp.write_text(json.dumps(sums), encoding="utf-8")
        os.replace(tmp, index_dir / CHECKSUM_FILE)
    except OSError:  # e.g. a full disk: the commit stands, those segments are checked structurally
        tmp.unlink(missing_ok=True)


def _read_checksums(index_dir: Path) -> dict[str, list[int]]:
    try:
        sums = json.loads((index_dir / CHECKSUM_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(sums, dict):
        return {}
    return {k: v for k, v in sums.items() if isinstance(v, list) and len(v) == 2}


class _TrackingStorage(FileStorage):  # type: ignore[misc]
    """A FileStorage that can close every file it opened: Whoosh leaves a file open when
    reading it fails, which would leak one descriptor per check of a damaged index."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.opened: list[Any] = []

    def open_file(self, name: str, **kwargs: Any) -> Any:
        stream = super().open_file(name, **kwargs)
        self.opened.append(stream)
        return stream

    def close_all(self) -> None:
        for stream in self.opened:
            if not stream.is_closed:
                stream.close()
        self.opened.clear()


def _damage_in(index_dir: Path) -> tuple[FileIndex | None, str | None]:
    """Open the index and check it: (index, None) when sound, (None, what is wrong) when not."""
    install()
    storage = _TrackingStorage(str(index_dir))
    try:
        damage = _damage_with(storage, index_dir)
    finally:
        storage.close_all()
    if damage is not None:
        return None, damage
    return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME), None


def _damage_with(storage: FileStorage, index_dir: Path) -> str | None:
    """What is wrong with the index, or None.

    Checks that the table of contents loads, each segment's files exist with the
    recorded size and checksum, a reader opens, the first and last stored documents
    load and a term lookup runs (see the README for the cost).
    """
    try:
        ix = FileIndex(storage, indexname=INDEX_NAME)
        segments = ix._segments()
    except Exception as exc:  # Whoosh raises assorted errors on a garbled table of contents
        return f"the table of contents cannot be read: {type(exc).__name__}: {exc}"
    sums = _read_checksums(index_dir)
    names: list[str] = []
    for segment in segments:
        files = segment.list_files(ix.storage)
        if not files:
            return f"segment {segment.segment_id()} is missing"
        names += files
    for name in names:
        path = index_dir / name
        want = sums.get(name)
        if want is None:
            continue
        try:
            size = path.stat().st_size
            if size != want[0]:
                return f"{name} has {size} bytes, {want[0]} were written"
            if _crc32(path) != want[1]:
                return f"{name} has been overwritten (checksum differs)"
        except OSError as exc:
            return f"{name} cannot be read: {exc.strerror or exc}"
    try:
        with ix.searcher() as searcher:
            count = searcher.doc_count_all()
            if count:
                searcher.stored_fields(0)
                searcher.stored_fields(count - 1)
            searcher.search(Term("type", "goalset"), limit=1)
    except Exception as exc:  # a truncated or garbled segment fails in many ways
        return f"a segment cannot be read: {type(exc).__name__}: {exc}"
    return None


def index_generation(index_dir: Path) -> int:
    """The number of the latest committed generation (-1: none); a directory listing, no reads."""
    try:
        return int(whoosh_index.TOC._latest_generation(FileStorage(str(index_dir)), INDEX_NAME))
    except OSError:
        return -1


def check_index(index_dir: Path) -> FileIndex:
    """The index in ``index_dir``, checked; IndexDamaged (with the reason) when it is damaged.

    A writer that commits meanwhile may delete the segments just looked at: a failed
    check is repeated once the generation has moved on before it counts as damage.
    """
    generation = -2
    while True:
        ix, damage = _damage_in(index_dir)
        if ix is not None:
            return ix
        latest = index_generation(index_dir)
        if latest == generation or latest < 0:
            raise IndexDamaged(index_dir, str(damage))
        generation = latest


def open_index(index_dir: Path) -> FileIndex:
    """Open an existing index with the current schema version (for searching)."""
    if not index_exists(index_dir):
        if _has_index_files(index_dir):
            raise IndexDamaged(index_dir, "its table of contents is missing")
        raise IndexError_(f"no index in {index_dir}: run `tromsvekst index` first")
    if _read_meta(index_dir).get("schema_version") != SCHEMA_VERSION:
        raise IndexError_(
            f"the index in {index_dir} was made by another version: run `tromsvekst index` to rebuild it"
        )
    return check_index(index_dir)


def _open_or_create(
    index_dir: Path, report: ProgressCallback, lock_timeout_s: float
) -> tuple[FileIndex, bool]:
    """The index for writing; created (or recreated on a schema change or damage) when needed.

    Files are only cleared under the write lock, and after a second look: another process
    may have created or repaired the index meanwhile, or may be writing it right now.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    damage = None
    if _usable(index_dir):
        try:
            return check_index(index_dir), False
        except IndexDamaged as exc:
            damage = exc.detail
    elif _has_index_files(index_dir) and not index_exists(index_dir):
        damage = "its table of contents is missing"
    lock = FileStorage(str(index_dir)).lock(f"{INDEX_NAME}_WRITELOCK")
    if not lock.acquire(blocking=False):
        report(Progress("wait", 0, 0, 0, 0.0, None, "another process is writing the index"))
        if not try_for(lock.acquire, timeout=lock_timeout_s, delay=0.25):
            raise IndexBusy(
                f"another process has been writing the index for more than {lock_timeout_s:.0f} s; "
                "try again later"
            )
    try:
        if _usable(index_dir):
            try:
                return check_index(index_dir), False
            except IndexDamaged as exc:
                damage = exc.detail
        if damage is not None:
            report(Progress("repair", 0, 0, 0, 0.0, None, f"the index was damaged ({damage})"))
        return _create(index_dir), True
    finally:
        lock.release()


def _usable(index_dir: Path) -> bool:
    """An index is there, made with this schema version."""
    return index_exists(index_dir) and _read_meta(index_dir).get("schema_version") == SCHEMA_VERSION


def _create(index_dir: Path) -> FileIndex:
    install()
    _clear_index_files(index_dir)
    ix = whoosh_index.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME)
    meta = {"schema_version": SCHEMA_VERSION, "created_by": f"tromsvekst-desktop {__version__}"}
    tmp = index_dir / f"{META_FILE}.tmp"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, index_dir / META_FILE)
    return ix


def _writer(ix: FileIndex, lock_timeout_s: float, on_progress: ProgressCallback) -> IndexWriter:
    try:
        return TermGroupedWriter(ix, timeout=0.0, limitmb=256)
    except LockError:
        pass
    on_progress(Progress("wait", 0, 0, 0, 0.0, None, "another process is writing the index"))
    try:
        return TermGroupedWriter(ix, timeout=lock_timeout_s, limitmb=256)
    except LockError:
        raise IndexBusy(
            f"another process has been writing the index for more than {lock_timeout_s:.0f} s; "
            "try again later"
        ) from None


# ---------------------------------------------------------------- document identity

_SLUG_JUNK = re.compile(r"[^a-z0-9æøå]+")


def _slug(text: str) -> str:
    return _SLUG_JUNK.sub("-", text.lower()).strip("-") or "dokument"


def _doc_infos(pdfs: Sequence[Path], data: LibraryData) -> dict[Path, DocInfo]:
    """Catalogue entries for catalogued PDFs; a stable id from the file name for the rest."""
    by_file = data.catalog.by_file()
    plans_by_doc: dict[str, set[str]] = {}
    for node in data.goals.all_nodes():
        for link in node.links:
            plans_by_doc.setdefault(link.doc_id, set()).add(node.plan_id)
    taken = set(data.catalog.documents)
    infos: dict[Path, DocInfo] = {}
    for pdf in pdfs:
        entry = by_file.get(pdf)
        if entry is not None:
            infos[pdf] = _info_for(entry, plans_by_doc)
            continue
        doc_id, n = _slug(pdf.stem), 2
        while doc_id in taken:
            doc_id, n = f"{_slug(pdf.stem)}-{n}", n + 1
        taken.add(doc_id)
        infos[pdf] = DocInfo(doc_id, pdf.stem, "", (), tuple(sorted(plans_by_doc.get(doc_id, ()))))
    return infos


def _info_for(entry: Document, plans_by_doc: Mapping[str, set[str]]) -> DocInfo:
    return DocInfo(
        entry.id, entry.title, entry.kind, entry.years(), tuple(sorted(plans_by_doc.get(entry.id, ())))
    )


# ---------------------------------------------------------------- writing documents


def _page_fields(
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


def _prepare_pages(pdf: ExtractedPdf) -> ExtractedPdf:
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


def _title_for(info: DocInfo, extracted_title: str) -> str:
    """The catalogue title; for uncatalogued files the PDF's own title when it has one."""
    if info.kind or not extracted_title.strip():
        return info.title
    return extracted_title.strip()


def _add_extracted(
    writer: IndexWriter, info: DocInfo, pdf: ExtractedPdf, stat: os.stat_result, spelled: set[str]
) -> int:
    """Add a file's pages and its record; ``spelled`` holds the spelling words this run has added.

    Whoosh adds a spelling-field posting for every distinct word of every page, half of
    all postings, though only the word's presence is ever used (suggestions are ranked
    by the content field's frequencies): each word is added once per run instead.
    """
    title = _title_for(info, pdf.metadata.get("title", ""))
    pages = 0
    prepared = pdf.prepared if len(pdf.prepared) == len(pdf.pages) else (None,) * len(pdf.pages)
    for page, pickled in zip(pdf.pages, prepared, strict=True):
        analysed = None
        if isinstance(pickled, bytes):
            content, parts, unlisted = pickle.loads(pickled)
            new_words = tuple(word for word in content.spellable if word not in spelled)
            spelled.update(new_words)
            analysed = (PreparedText(content.items, new_words), parts, unlisted)
        if page.text.strip():
            fields = _page_fields(
                info,
                title,
                pdf.path,
                pdf.sha256,
                page.number,
                page.section or "",
                page.text,
                analysed,
                page.headings,
            )
            writer.add_document(**fields)
            pages += 1
    years = info.years or _years_from_metadata(pdf.metadata)
    meta = {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "doc_id": info.doc_id,
        "doc_sig": info.signature(),
        "title": title,
        "years": list(years),
        "page_count": pdf.page_count,
        "pages_indexed": pages,
        "problems": [p.to_json() for p in pdf.problems],
        "headings": [heading.to_json() for heading in pdf.headings],
        # For the OCR phase (core.ocr_index): page numbers and sections.
        "scanned_pages": [[p.number, p.section or ""] for p in pdf.pages if p.number in pdf.scanned_pages],
    }
    _add_record(writer, pdf.path, pdf.sha256, meta)
    return pages


def _years_from_metadata(metadata: Mapping[str, str]) -> tuple[int, ...]:
    created = metadata.get("created", "")
    return (int(created[:4]),) if created[:4].isdigit() else ()


def _add_problem_file(
    writer: IndexWriter, info: DocInfo, path: str, file_hash: str, stat: os.stat_result, problem: Problem
) -> None:
    meta = {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "doc_id": info.doc_id,
        "doc_sig": info.signature(),
        "title": info.title,
        "page_count": 0,
        "pages_indexed": 0,
        "problems": [problem.to_json()],
    }
    _add_record(writer, path, file_hash, meta)


def _add_record(writer: IndexWriter, path: str, file_hash: str, meta: dict[str, Any]) -> None:
    writer.update_document(uid=f"file:{path}", type="file", path=path, file_hash=file_hash, meta=meta)


def _move_pages(
    writer: IndexWriter, searcher: Any, record: _Record, new_path: str, info: DocInfo, stat: os.stat_result
) -> None:
    """Re-add a file's stored pages under a new path or document identity, without re-reading it."""
    stored = [dict(fields) for fields in searcher.documents(path=record.path) if fields.get("type") == "page"]
    writer.delete_by_term("path", record.path)
    meta = dict(record.meta)
    title = info.title if info.kind else meta.get("title", info.title)
    years = info.years or tuple(meta.get("years", ()))
    for fields in stored:
        page_info = DocInfo(info.doc_id, title, info.kind, years, info.plans)
        writer.add_document(
            **_page_fields(
                page_info,
                title,
                new_path,
                record.file_hash,
                fields["page"],
                fields.get("section", ""),
                fields["content"],
                headings=[(int(offset), str(title)) for offset, title in fields.get("headings") or ()],
            ),
            **({"meta": fields["meta"]} if "meta" in fields else {}),  # recognised pages (OCR)
        )
    meta.update(
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        doc_id=info.doc_id,
        doc_sig=info.signature(),
        title=title,
    )
    _add_record(writer, new_path, record.file_hash, meta)


def _goal_signature(data: LibraryData) -> str:
    digest = hashlib.sha1(str(SCHEMA_VERSION).encode())
    for path in sorted(data.files):
        try:
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
        except OSError:
            digest.update(str(path).encode() + b"\0unreadable")
    return digest.hexdigest()


def _write_goals(writer: IndexWriter, forest: GoalForest, catalog: Catalog) -> int:
    writer.delete_by_term("type", "goal")
    count = 0
    for plan in forest.plans:
        plan_docs = {link.doc_id for node in plan.walk() for link in node.links}
        years = sorted(
            {
                y
                for doc_id in plan_docs
                if doc_id in catalog.documents
                for y in catalog.documents[doc_id].years()
            }
        )
        for node in plan.walk():
            writer.add_document(**_goal_fields(node, forest, catalog, years))
            count += 1
    return count


def _goal_fields(
    node: GoalNode, forest: GoalForest, catalog: Catalog, years: Iterable[int]
) -> dict[str, Any]:
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


# ---------------------------------------------------------------- the run


@dataclass
class _Plan:
    """What a run has to do with each PDF."""

    unchanged: list[str] = field(default_factory=list)
    touch: list[tuple[_Record, os.stat_result]] = field(default_factory=list)
    move: list[tuple[_Record, str, os.stat_result]] = field(default_factory=list)
    extract: list[tuple[str, str, os.stat_result, bool]] = field(
        default_factory=list
    )  # path, hash, stat, is_new
    remove: list[str] = field(default_factory=list)
    unreadable: list[Problem] = field(default_factory=list)
    # Files indexed with pages before: a failed read now keeps those pages (see _kept_reason).
    previous: dict[str, _Record] = field(default_factory=dict)
    kept: list[Problem] = field(default_factory=list)


def _plan_run(
    pdfs: Sequence[Path],
    infos: Mapping[Path, DocInfo],
    records: dict[str, _Record],
    passwords: Mapping[str, str],
    cancel: CancelToken,
) -> _Plan:
    plan = _Plan()
    present = {str(p) for p in pdfs}
    vanished_by_hash: dict[str, _Record] = {}
    for known in records.values():
        if known.path not in present:
            vanished_by_hash.setdefault(known.file_hash, known)
    for pdf in pdfs:
        cancel.raise_if_cancelled()
        path = str(pdf)
        record = records.get(path)
        try:
            stat = pdf.stat()
        except OSError as exc:
            _unreadable(plan, path, record, f"cannot be read: {exc.strerror or exc}")
            continue
        info = infos[pdf]
        retry_password = path in passwords and record is not None and record.meta.get("pages_indexed", 0) == 0
        if (
            record
            and not retry_password
            and record.meta.get("size") == stat.st_size
            and record.meta.get("mtime_ns") == stat.st_mtime_ns
        ):
            if record.meta.get("doc_sig") == info.signature():
                plan.unchanged.append(path)
            else:
                plan.move.append((record, path, stat))
            continue
        try:
            digest = file_sha256(pdf)
        except OSError as exc:
            _unreadable(plan, path, record, f"cannot be read: {exc.strerror or exc}")
            continue
        if record and record.file_hash == digest and not retry_password:
            plan.touch.append((record, stat))
            continue
        moved_from = vanished_by_hash.pop(digest, None)
        if moved_from is not None and not retry_password:
            plan.move.append((moved_from, path, stat))
            continue
        plan.extract.append((path, digest, stat, record is None))
        if record is not None and record.meta.get("pages_indexed", 0) > 0:
            plan.previous[path] = record
    moved_away = {record.path for record, _, _ in plan.move}
    plan.remove = [p for p in records if p not in present and p not in moved_away]
    return plan


def _unreadable(plan: _Plan, path: str, record: _Record | None, reason: str) -> None:
    """A file that cannot be read now: its pages stay when it had some (it stays present), else a problem."""
    if record is not None and record.meta.get("pages_indexed", 0) > 0:
        plan.kept.append(Problem(path, _kept_reason(reason, record)))
    else:
        plan.unreadable.append(Problem(path, reason))


def _kept_reason(reason: str, record: _Record) -> str:
    """Why a file's previous version stays, and from when that version is (its modification day)."""
    if reason.startswith(TRUNCATED):
        reason = "the file on disk is incomplete: the end of the PDF is missing"
    elif reason == EMPTY_FILE:
        reason = "the file on disk is incomplete: it is empty (0 bytes; a cloud file not downloaded?)"
    day = time.strftime("%Y-%m-%d", time.localtime(record.meta.get("mtime_ns", 0) / 1e9))
    return f"{reason}; the last readable version, from {day}, is kept"


def _incomplete(pdf: ExtractedPdf) -> Problem | None:
    """The whole-file problem of a PDF that was read only in part because it is cut off."""
    return next((p for p in pdf.problems if p.page is None and p.reason.startswith(TRUNCATED)), None)


def _offline_roots(
    roots: Sequence[Path],
    pdfs: Sequence[Path],
    records: Mapping[str, _Record],
    states: RootStates,
    now: str,
) -> tuple[list[OfflineRoot], set[str]]:
    """The roots out of reach that have indexed files, and the paths of those files (kept as they are).

    A reachable root counts as offline when every file indexed from it is gone and nothing
    else is there: what an unmounted share or an ejected drive leaves behind.
    """
    present = [str(p) for p in pdfs]
    offline: list[OfflineRoot] = []
    held: set[str] = set()
    for root in roots:
        key = root_key(root)
        below = [path for path in records if is_under(path, key)]
        reason = unreachable_reason(root, indexed_below=any(path != key for path in below))
        if reason is None and below and not any(is_under(path, key) for path in present):
            reason = emptied_reason(len(below))
        if reason is None:
            states.mark_online(key, now)
        elif below:
            offline.append(states.mark_offline(key, shown_path(root), reason, now))
            held.update(below)
    return offline, held


def _read_records(ix: FileIndex) -> tuple[dict[str, _Record], str | None]:
    records: dict[str, _Record] = {}
    goal_sig = None
    with ix.searcher() as searcher:
        for fields in searcher.documents(type="file"):
            records[fields["path"]] = _Record(
                fields["path"], fields.get("file_hash", ""), dict(fields.get("meta") or {})
            )
        for fields in searcher.documents(type="goalset"):
            goal_sig = (fields.get("meta") or {}).get("sig")
    return records, goal_sig


def update_index(
    index_dir: Path,
    roots: Sequence[Path],
    *,
    rebuild: bool = False,
    passwords: Mapping[str, str] | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    lock_timeout_s: float = 300.0,
    pool: ExtractionPool | None = None,
    forget: Sequence[Path] = (),
    ocr: OcrSettings | None = None,
) -> IndexSummary:
    """Bring the index in ``index_dir`` in line with the library under ``roots``.

    Unchanged files are not read; changed and new files are extracted in worker
    processes; renamed files keep their pages; removed files lose theirs. Cancelling
    discards the run's changes and leaves the last committed index as it was.

    A root out of reach is offline: its documents stay as they are (see core/offline.py).
    A file that fails to read keeps its previous pages. ``forget``: folders whose documents
    leave the index (and their copies the copy store) even when they are out of reach.
    Each indexed PDF is copied into the copy store meanwhile (see core/copystore.py).

    With ``ocr``, scanned pages are then recognised (core.ocr_index), committed as they
    finish; cancelling that phase keeps the pages recognised so far.
    """
    started = time.monotonic()
    cancel = cancel or CancelToken()
    report = on_progress or (lambda _progress: None)
    passwords = {str(Path(k).resolve()): v for k, v in (passwords or {}).items()}
    forgotten = [root_key(path) for path in forget]
    roots = [root for root in roots if not any(is_under(root_key(root), key) for key in forgotten)]

    report(Progress("scan", 0, 0, 0, 0.0, None))
    files = find_library_files(roots)
    store = CopyStore(index_dir)
    files.pdfs = [pdf for pdf in files.pdfs if not is_under(str(pdf), root_key(store.root))]
    data = load_library_data(files.yaml_files)
    infos = _doc_infos(files.pdfs, data)
    ix, _created = _open_or_create(index_dir, report, lock_timeout_s)
    writer = _writer(ix, lock_timeout_s, report)
    feeder: CopyFeeder | None = None
    try:
        # Read under the lock: a run that waited for another sees what that one committed.
        known, goal_sig = _read_records(ix)
        states = read_root_states(index_dir, ix)
        states.states = {root_key(r): states.states.get(root_key(r), {}) for r in roots}
        offline, held = _offline_roots(roots, files.pdfs, known, states, now_iso())
        # Files in a subfolder that cannot be listed now are kept like those of an offline root.
        in_unreadable = {
            path
            for path in known.keys() - held
            if any(is_under(path, root_key(folder)) for folder in files.unreadable)
        }
        held |= in_unreadable
        files.missing = [m for m in files.missing if root_key(m) not in {r.key for r in offline}]
        records = {} if rebuild else {p: r for p, r in known.items() if p not in held}
        # The goals of an offline root's YAML stay too: no new goal set while one is out of reach.
        goal_files = _goal_files(ix) if offline else []
        goals_offline = any(is_under(path, root.key) for root in offline for path in goal_files)
        if rebuild and held:
            # Keep what cannot be read again: delete all else.
            for path in known.keys() - held:
                writer.delete_by_term("path", path)
            if not goals_offline:
                for kind in ("goal", "goalset", "vocabulary"):
                    writer.delete_by_term("type", kind)
            goal_sig = None
        elif rebuild:
            writer.delete_by_query(Every())
            goal_sig = None
        plan = _plan_run(files.pdfs, infos, records, passwords, cancel)
        plan.kept += [
            Problem(path, _kept_reason("cannot be read: its folder cannot be listed", known[path]))
            for path in sorted(in_unreadable)
            if known[path].meta.get("pages_indexed", 0) > 0
        ]
        feeder = CopyFeeder(store)
        for path in plan.unchanged + [record.path for record, _ in plan.touch]:
            record = records[path]
            if record.meta.get("pages_indexed", 0) > 0:
                feeder.offer_missing(path, record.file_hash, record.meta.get("size", 0))
        for record, new_path, stat in plan.move:
            if record.meta.get("pages_indexed", 0) > 0:
                feeder.offer_missing(new_path, record.file_hash, stat.st_size)
        with ix.searcher() as searcher:
            for record, stat in plan.touch:
                _add_record(
                    writer,
                    record.path,
                    record.file_hash,
                    {**record.meta, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns},
                )
            for record, new_path, stat in plan.move:
                if record.path != new_path:
                    writer.delete_by_term("uid", f"file:{record.path}")
                _move_pages(writer, searcher, record, new_path, infos[Path(new_path)], stat)
        for path in plan.remove:
            writer.delete_by_term("path", path)
        _extract_into(writer, plan, infos, passwords, report, cancel, workers, pool, feeder)
        new_goal_sig = _goal_signature(data)
        if new_goal_sig != goal_sig and not goals_offline:
            _write_goals(writer, data.goals, data.catalog)
            goal_meta = {"sig": new_goal_sig, "files": [str(path) for path in data.files]}
            writer.update_document(uid="goalset", type="goalset", meta=goal_meta)
            # The library's vocabulary travels with the index: every search uses the same.
            groups = [[list(g.terms), g.note, g.exact_case] for g in data.vocabulary.groups]
            writer.update_document(uid="vocabulary", type="vocabulary", meta={"groups": groups})
        writer.update_document(uid=ROOTS_UID, type="roots", meta=states.to_meta())
        cancel.raise_if_cancelled()
        report(Progress("commit", len(plan.extract), len(plan.extract), 0, 0.0, 0.0))
        writer.commit(mergetype=CLEAR) if rebuild and not held else writer.commit()
        _record_checksums(index_dir, ix)
    except BaseException:
        writer.cancel()
        if feeder is not None:
            feeder.finish(None)
        if cancel.cancelled:
            return _summary(ix, data, files_missing=files.missing, plan=None, started=started, cancelled=True)
        raise
    feeder.finish(_wanted_copies(ix))
    ocr_totals = OcrTotals()
    if ocr is not None and not cancel.cancelled:
        # Imported here: the OCR phase builds on this module's writing functions.
        from tromsvekst_desktop.core.ocr_index import recognise_scanned_pages

        ocr_totals = recognise_scanned_pages(
            ix, index_dir, infos, ocr, report, cancel, lock_timeout_s, workers, passwords
        )
    report(Progress("done", len(plan.extract), len(plan.extract), 0, 0.0, 0.0))
    summary = _summary(ix, data, files_missing=files.missing, plan=plan, started=started, cancelled=False)
    return replace(
        summary,
        problems=tuple(ocr_totals.annotate(list(summary.problems))),
        ocr=ocr_totals,
        offline=tuple(offline),
        kept=tuple(plan.kept),
    )


def _goal_files(ix: FileIndex) -> list[str]:
    """The YAML files the stored goal set was read from."""
    with ix.searcher() as searcher:
        for fields in searcher.documents(type="goalset"):
            return list((fields.get("meta") or {}).get("files", []))
    return []


def _wanted_copies(ix: FileIndex) -> dict[str, int]:
    """The contents (hash → size) the copy store should hold: every file with indexed pages."""
    records, _ = _read_records(ix)
    return {
        r.file_hash: r.meta.get("size", 0) for r in records.values() if r.meta.get("pages_indexed", 0) > 0
    }


def indexed_files(index_dir: Path) -> dict[str, tuple[str, int]]:
    """Every indexed PDF: path → (content hash, pages indexed); empty when there is no index."""
    try:
        install()
        ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        records, _ = _read_records(ix)
    except Exception:  # no index, or one being rebuilt
        return {}
    return {path: (r.file_hash, int(r.meta.get("pages_indexed", 0))) for path, r in records.items()}


def indexed_hash(index_dir: Path, path: str) -> str | None:
    """The content hash the index holds for the PDF at ``path`` (None: not indexed, or no index)."""
    try:
        install()
        ix = whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        with ix.searcher() as searcher:
            fields = searcher.document(uid=f"file:{path}")
    except Exception:  # no index, or one being rebuilt
        return None
    return str(fields["file_hash"]) if fields and fields.get("file_hash") else None


def read_root_states(index_dir: Path, ix: FileIndex | None = None) -> RootStates:
    """The library roots' states as the last run stored them (empty when there is no index).

    Opened without the full check of ``open_index``: this is a single stored record.
    """
    try:
        install()
        ix = ix or whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
        with ix.searcher() as searcher:
            for fields in searcher.documents(type="roots"):
                return RootStates.from_meta(fields.get("meta"))
    except Exception:  # no index, or one being rebuilt: no states to show
        pass
    return RootStates({})


def _extract_into(
    writer: IndexWriter,
    plan: _Plan,
    infos: Mapping[Path, DocInfo],
    passwords: Mapping[str, str],
    report: ProgressCallback,
    cancel: CancelToken,
    workers: int | None,
    pool: ExtractionPool | None,
    feeder: CopyFeeder,
) -> None:
    if not plan.extract:
        return
    todo = {path: (digest, stat) for path, digest, stat, _new in plan.extract}
    jobs = [ExtractJob(path, passwords.get(path), prepare=_prepare_pages) for path in todo]
    started = time.monotonic()
    done = pages = 0
    spelled: set[str] = set()
    own_pool = pool is None
    active = pool or ExtractionPool(workers=workers)
    try:
        for job, result in active.run(jobs, cancel):
            digest, stat = todo[job.path]
            info = infos[Path(job.path)]
            failed = result if isinstance(result, Problem) else _incomplete(result)
            previous = plan.previous.get(job.path)
            if failed is not None and previous is not None:
                # Its pages and record stay as they are, so the next run reads it again.
                plan.kept.append(Problem(job.path, _kept_reason(failed.reason, previous)))
            elif isinstance(result, Problem):
                writer.delete_by_term("path", job.path)
                _add_problem_file(writer, info, job.path, digest, stat, result)
            else:
                writer.delete_by_term("path", job.path)
                pages += _add_extracted(writer, info, result, stat, spelled)
                feeder.offer_new(job.path, result.sha256, stat.st_size)
            done += 1
            elapsed = max(time.monotonic() - started, 1e-6)
            eta = elapsed / done * (len(jobs) - done) if done >= 1 else None
            report(Progress("extract", done, len(jobs), pages, pages / elapsed, eta, job.path))
    finally:
        if own_pool:
            active.close()
    cancel.raise_if_cancelled()


def _summary(
    ix: FileIndex,
    data: LibraryData,
    *,
    files_missing: Sequence[Path],
    plan: _Plan | None,
    started: float,
    cancelled: bool,
) -> IndexSummary:
    records, _ = _read_records(ix)
    kept = 0 if plan is None else len(plan.previous.keys() & {p.path for p in plan.kept})
    with ix.searcher() as searcher:
        pages = len(list(searcher.document_numbers(type="page")))
        goals = len(list(searcher.document_numbers(type="goal")))
    problems: list[Problem] = [Problem(str(p), "not found") for p in files_missing]
    problems += data.problems
    for record in sorted(records.values(), key=lambda r: r.path):
        problems += record.problems
    if plan is not None:
        problems += plan.unreadable
    documents = sum(1 for r in records.values() if r.meta.get("pages_indexed", 0) > 0)
    return IndexSummary(
        documents=documents,
        pages=pages,
        goals=goals,
        added=0 if plan is None else sum(1 for *_, new in plan.extract if new),
        updated=0 if plan is None else sum(1 for *_, new in plan.extract if not new) + len(plan.move) - kept,
        removed=0 if plan is None else len(plan.remove),
        unchanged=0 if plan is None else len(plan.unchanged) + len(plan.touch),
        problems=tuple(problems),
        seconds=time.monotonic() - started,
        cancelled=cancelled,
    )
