"""PDF text per page with PyMuPDF, read in isolated worker processes; failures become Problem records."""

from __future__ import annotations

import datetime
import hashlib
import itertools
import multiprocessing
import os
import re
import signal
import stringprep
import threading
import time
import unicodedata
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from types import TracebackType
from typing import Any

import pymupdf

from tromsvekst_desktop.core.headings import (
    Heading,
    Line,
    OutlineEntry,
    find_headings,
    needs_layout,
    outline_entries,
    page_lines,
    page_sections,
    place_outline,
    tidy,
)
from tromsvekst_desktop.core.jobs import CancelToken
from tromsvekst_desktop.core.problems import Problem


@dataclass(frozen=True)
class PageText:
    """The text of one page. ``number`` is 1-based; ``section`` is the heading the page
    starts under (the last one of an earlier page); ``headings`` are those that stand on
    it, as (offset in ``text``, title) in text order."""

    number: int
    text: str
    section: str | None = None
    headings: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class ExtractedPdf:
    """Everything read from one PDF: plain, picklable data.

    ``pages`` holds every page that could be read (scanned pages with empty text
    included); ``problems`` holds page-level failures (``Problem.page`` set) and
    whole-document warnings (no text layer, repaired damage).
    """

    path: str
    sha256: str
    page_count: int
    pages: tuple[PageText, ...]
    metadata: dict[str, str] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    # The outline's entries or the headings found from the layout, placed in the texts.
    headings: tuple[Heading, ...] = ()
    # Per-page data an ExtractJob's ``prepare`` hook computed in the worker (analysed text).
    prepared: tuple[Any, ...] = ()
    # Pages with an image and no more than a few stray characters of text: for OCR.
    scanned_pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class ExtractJob:
    """One file to read, with the password the user gave for it, if any.

    ``prepare`` (a module-level function, so it pickles) runs on the result in the worker
    too, so that CPU-heavy work such as text analysis runs beside extraction, not in
    the process that writes the index. If it fails, the unprepared result is sent.
    """

    path: str
    password: str | None = None
    prepare: Callable[[ExtractedPdf], ExtractedPdf] | None = None

    def read(self, target: ExtractTarget) -> Any:
        """This job's work, in the worker: the pool's reader on the file. A subclass may do
        other work with the same isolation (core.ocr: recognise one page)."""
        return target(self.path, self.password)


class PdfError(Exception):
    """The whole file cannot be used; ``reason`` says why, in words a user understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def file_sha256(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# --- clean_text --------------------------------------------------------------------------------

# Words after a hanging hyphen that mark a coordination ("klima- og miljøtiltak"): keep the
# hyphen and the space. Only words that cannot plausibly be the tail of a split word are here:
# "som" (langsom), "men" (sammen), "så" and English "or"/"nor" (col-or, mi-nor) are left out.
_COORDINATORS = frozenset(
    {"og", "eller", "til", "enn", "samt", "både", "enten", "verken", "hverken", "anten", "korkje"}
    | {"and", "und", "oder", "sowie", "bzw"}
)
# ...but "til" does end common words split at the syllable: inn-til, opp-til, hit-til, frem-til.
_TIL_WORDS = frozenset({"inn", "opp", "hit", "frem", "fram", "hen"})
_LINE_END_HYPHENS = "-\u2010"
# Invisible characters and C0 controls (but tab and newline) in one pattern: one pass is
# ~10× faster than str.translate with a dict, which is slow on non-ASCII text.
_INVISIBLE_OR_CONTROL = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]|([\x00-\x08\x0b-\x1f\x7f])")
_FIRST_WORD = re.compile(r"\w+")


def clean_text(raw: str) -> str:
    """Normalise extracted text for indexing and snippets.

    NFKC unfolds ligatures (ﬁ → fi) and compatibility forms; its output is already
    composed (NFC), so æ, ø, å stay single code points. Soft hyphens and zero-width
    characters are removed; line-end hyphens are joined (see ``_join_hyphenated``).
    Whitespace is collapsed within each line and runs of blank lines become one.
    Line breaks are kept: the indexer splits on any whitespace, and a snippet
    builder can turn them into spaces, while keeping them preserves the page's shape.
    """
    text = unicodedata.normalize("NFKC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A soft hyphen at a line end always splits a word: join before it disappears.
    text = re.sub(r"\u00ad[ \t]*\n[ \t]*", "", text)
    text = _INVISIBLE_OR_CONTROL.sub(lambda m: " " if m.group(1) else "", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in _join_hyphenated(lines):
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _join_hyphenated(lines: list[str]) -> Iterator[str]:
    """Join a line that ends in word + hyphen with the next line (see ``hyphen_join``)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        while i < len(lines):
            join = hyphen_join(line, lines[i])
            if join is None:
                break
            following = lines[i]
            i += 1
            if join == "space":
                line = f"{line} {following}"
            elif join == "drop":
                line = line[:-1] + following
            else:
                line += following
        yield line


def hyphen_join(line: str, following: str) -> str | None:
    """How a line that ends in word + hyphen joins the next one, deciding what the hyphen was;
    None when it does not end so.

    - "drop": lowercase letter before the hyphen and lowercase next word: a split word
      ("Tromsøregio-⏎nen" → "Tromsøregionen");
    - "space": next word a coordinator: a hanging hyphen, kept with a space ("klima-⏎og" →
      "klima- og");
    - "keep": otherwise (uppercase or digit before the hyphen, uppercase or digit after it)
      the hyphen belongs to the word, no space ("EU-⏎landene", "2-⏎årige", "Nord-⏎Norge").
    """
    if len(line) < 2 or line[-1] not in _LINE_END_HYPHENS or not line[-2].isalnum():
        return None
    word = _FIRST_WORD.match(following)
    if word is None:
        return None
    tail = word.group().casefold()
    if tail in _COORDINATORS and not (tail == "til" and _last_word(line[:-1]) in _TIL_WORDS):
        return "space"
    if line[-2].islower() and following[0].islower():
        return "drop"
    return "keep"


def _last_word(text: str) -> str:
    match = re.search(r"\w+$", text)
    return match.group().casefold() if match else ""


# --- extract_pdf -------------------------------------------------------------------------------

_SNIFF_BYTES = 4096
# A PDF ends with "%%EOF" (perhaps followed by a little padding); a copy or a sync stopped
# half way does not.
_TAIL_BYTES = 1024
EMPTY_FILE = "empty file (0 bytes)"
TRUNCATED = "truncated or incomplete PDF: the end of the file is missing"


def _lacks_end(path: str) -> bool:
    """Whether a file that starts as a PDF ends without its end marker: it was cut off."""
    try:
        with open(path, "rb") as stream:
            if b"%PDF-" not in stream.read(_TAIL_BYTES):
                return False  # no PDF header either: damaged, not merely cut off
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - _TAIL_BYTES))
            return b"%%EOF" not in stream.read()
    except OSError:
        return False


def _sniff_non_pdf(head: bytes) -> str | None:
    """What a file that is not a PDF really is ("HTML", "a JPEG image"...), or None.

    None also for files that look like (damaged) PDFs or are unrecognisable binary:
    those go to MuPDF, which may repair them.
    """
    if b"%PDF-" in head:
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    text = _decode_text(head)
    if text is None:
        return None
    lowered = text.lstrip().lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered[:1024]:
        return "HTML"
    if lowered.startswith(("<?xml", "<svg")):
        return "an SVG image" if "<svg" in lowered else "XML"
    # PDF syntax without a header is a damaged PDF, not a text file.
    if re.search(r"\d+\s+\d+\s+obj\b|\bendobj\b|\bstartxref\b|/type\s*/", lowered):
        return None
    return "plain text"


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP/Office file (Word, Excel, OpenDocument...)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (Word/Excel 97-2003)"),
    (b"{\\rtf", "an RTF document"),
)


def _decode_text(head: bytes) -> str | None:
    """The head of a file as text if it looks like text (BOM-aware), else None."""
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", errors="replace")
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return text if text and printable / len(text) > 0.95 and text.count("\ufffd") < 4 else None


def _mupdf_messages(limit: int = 3, max_chars: int = 160) -> str:
    """The first distinct MuPDF warnings since the last reset, briefly."""
    lines: list[str] = []
    for line in pymupdf.TOOLS.mupdf_warnings().splitlines():
        line = line.strip()
        # The repair notes say nothing the reason does not already say.
        if line and line not in lines and not line.startswith(("...", "trying to repair", "repairing PDF")):
            lines.append(line)
        if len(lines) == limit:
            break
    brief = "; ".join(lines)
    return brief if len(brief) <= max_chars else brief[: max_chars - 1] + "…"


def _with_messages(reason: str) -> str:
    messages = _mupdf_messages()
    return f"{reason} (MuPDF: {messages})" if messages else reason


def _mupdf_error(exc: BaseException) -> str:
    """An exception's message without MuPDF's internal error code ("code=4: ...")."""
    return re.sub(r"^code=\d+:\s*", "", str(exc).strip()) or type(exc).__name__


def _is_certificate_encrypted(path: str) -> bool:
    """Whether the file uses the public-key security handler, which MuPDF cannot open."""
    with open(path, "rb") as stream:
        previous = b""
        while chunk := stream.read(1 << 20):
            if b"/Adobe.PubSec" in previous[-16:] + chunk:
                return True
            previous = chunk
    return False


def _saslprep(password: str) -> str:
    """RFC 4013 mapping of a PDF 2.0 (R6) password: drop 'mapped to nothing', then NFKC."""
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch for ch in password if not stringprep.in_table_b1(ch)
    )
    return unicodedata.normalize("NFKC", mapped)


def _open(path: str, password: str | None) -> pymupdf.Document:
    """Open and unlock a PDF, or raise PdfError with the precise reason."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as exc:
        raise PdfError(f"cannot read the file: {exc.strerror or exc}") from exc
    if size == 0:
        raise PdfError(EMPTY_FILE)
    kind = _sniff_non_pdf(head)
    if kind is not None:
        raise PdfError(f"not a PDF: the file is {kind}")
    pymupdf.TOOLS.reset_mupdf_warnings()
    try:
        doc = pymupdf.open(path)
    except Exception as exc:
        if _is_certificate_encrypted(path):
            raise PdfError("encrypted with a certificate (public key); cannot be opened") from exc
        if _lacks_end(path):
            raise PdfError(TRUNCATED) from exc
        detail = _mupdf_messages() or _mupdf_error(exc).replace(f"'{path}' ", "")
        raise PdfError(f"damaged PDF: cannot be opened ({detail})") from exc
    if not doc.is_pdf:
        kind = doc.metadata.get("format") if doc.metadata else None
        doc.close()
        raise PdfError(f"not a PDF: the file is {kind or 'another format'}")
    # needs_pass stays true after a successful authenticate(): trust its return value only.
    if doc.needs_pass:
        if password is None:
            doc.close()
            raise PdfError("password-protected: a password is needed")
        if not doc.authenticate(password) and not (
            _saslprep(password) != password and doc.authenticate(_saslprep(password))
        ):
            doc.close()
            raise PdfError("wrong password")
    try:
        page_count = doc.page_count
    except Exception:  # a cut-off page tree: "code=7: Invalid number of pages"
        page_count = 0
    if page_count == 0:
        doc.close()
        if _lacks_end(path):
            raise PdfError(TRUNCATED)
        raise PdfError(_with_messages("damaged or truncated PDF: no readable pages"))
    return doc


def _metadata(doc: pymupdf.Document) -> dict[str, str]:
    raw: dict[str, Any] = doc.metadata or {}
    found: dict[str, str] = {}
    for key in ("title", "author", "subject", "keywords"):
        value = tidy(str(raw.get(key) or ""))
        if value:
            found[key] = value
    created = _iso_date(str(raw.get("creationDate") or ""))
    if created:
        found["created"] = created
    return found


def _iso_date(pdf_date: str) -> str | None:
    """The day of a PDF date ("D:20230810150707+02'00'" → "2023-08-10"), or None."""
    match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", pdf_date.strip())
    if match is None:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


def _headings(
    doc: pymupdf.Document, entries: list[OutlineEntry], texts: list[str], lines: dict[int, list[Line]]
) -> list[Heading]:
    """The document's headings placed in its pages' texts: the outline's when it describes
    the text, else those the layout shows. ``lines`` holds the lines of the pages already
    read with their layout; the others are read when needed."""

    def lines_of(number: int) -> list[Line]:
        if number not in lines:
            try:
                lines[number] = page_lines(doc.load_page(number - 1))
            except Exception:
                lines[number] = []
        return lines[number]

    placed = place_outline(entries, texts, lines_of) if entries else None
    if placed is not None:
        return placed
    return find_headings(
        texts,
        [lines_of(number) if texts[number - 1] else [] for number in range(1, len(texts) + 1)],
        clean_text,
    )


def _has_images(page: pymupdf.Page) -> bool:
    try:
        return bool(page.get_image_info())
    except Exception:
        return False


# A page with fewer letters and digits than this in its text layer is as good as a scan.
SCANNED_PAGE_MAX_CHARS = 25


def _few_characters(text: str) -> bool:
    # Stops counting at the limit: a page of text is decided after its first few words.
    letters = itertools.islice((ch for ch in text if ch.isalnum()), SCANNED_PAGE_MAX_CHARS)
    return sum(1 for _ in letters) < SCANNED_PAGE_MAX_CHARS


def extract_pdf(path: str | os.PathLike[str], password: str | None = None) -> ExtractedPdf:
    """Read every page's text of one PDF in this process; raise PdfError if the file is unusable."""
    path = os.fspath(path)
    doc = _open(path, password)
    try:
        repaired = _mupdf_messages() if doc.is_repaired else ""
        texts: list[str] = []
        entries = outline_entries(doc)
        entries_on: dict[int, list[OutlineEntry]] = {}
        for entry in entries:
            entries_on.setdefault(entry.page, []).append(entry)
        # The lines of the pages whose headings need the layout (all without an outline),
        # read from the same text page as the text.
        lines: dict[int, list[Line]] = {}
        pages: list[PageText] = []
        problems: list[Problem] = []
        image_only = blank = 0
        scanned: list[int] = []
        for index in range(doc.page_count):
            number = index + 1  # the one place where PyMuPDF's 0-based index meets our 1-based pages
            try:
                page = doc.load_page(index)
                textpage = page.get_textpage(flags=pymupdf.TEXTFLAGS_TEXT)
                text = clean_text(page.get_text(textpage=textpage))
                if text and (not entries or needs_layout(text, entries_on.get(number, ()))):
                    lines[number] = page_lines(page, textpage)
            except Exception as exc:
                problems.append(Problem(path, f"text could not be read: {_mupdf_error(exc)}", page=number))
                texts.append("")
                continue
            texts.append(text)
            has_images = _few_characters(text) and _has_images(page)
            if not text:
                if has_images:
                    image_only += 1
                else:
                    blank += 1
            if has_images:
                scanned.append(number)
            pages.append(PageText(number, text))
        headings = _headings(doc, entries, texts, lines)
        sections = page_sections(doc.page_count, headings)
        pages = [
            replace(page, section=sections[page.number - 1][0], headings=sections[page.number - 1][1])
            for page in pages
        ]
        if repaired and _lacks_end(path):
            problems.insert(0, Problem(path, f"{TRUNCATED}; text may be incomplete"))
        elif repaired:
            reason = f"damaged PDF, repaired when opened: text may be incomplete (MuPDF: {repaired})"
            problems.insert(0, Problem(path, reason))
        # A few photo pages are normal; flag the document when most of it is images only.
        if image_only * 2 > len(pages):
            problems.append(
                Problem(path, f"no text layer: {image_only} of {len(pages)} pages are images only (scanned?)")
            )
        elif pages and blank == len(pages):
            problems.append(Problem(path, f"no text: {blank} of {len(pages)} pages are blank"))
        return ExtractedPdf(
            path=path,
            sha256=file_sha256(path),
            page_count=doc.page_count,
            pages=tuple(pages),
            metadata=_metadata(doc),
            headings=tuple(headings),
            problems=tuple(problems),
            scanned_pages=tuple(scanned),
        )
    finally:
        doc.close()


# --- worker pool -------------------------------------------------------------------------------

ExtractTarget = Callable[[str, str | None], ExtractedPdf]

# Time a new worker may take to start (interpreter + import pymupdf) before its first job's clock runs.
_STARTUP_GRACE_S = 60.0
# How often the pool looks at the cancel token while waiting for workers.
_POLL_S = 0.1


def _worker_main(conn: Connection, target: ExtractTarget) -> None:
    """A worker process: read jobs from the pipe one at a time until told to stop or the parent goes."""
    # Ctrl-C reaches the whole process group; the parent decides what happens to workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # If the parent dies (even by SIGKILL) while MuPDF is busy here, do not live on as an orphan.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()
    pymupdf.TOOLS.mupdf_display_errors(False)
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        result: ExtractedPdf | Problem
        try:
            result = job.read(target)
        except PdfError as exc:
            result = Problem(job.path, exc.reason)
        except Exception as exc:
            result = Problem(job.path, f"unexpected error while reading: {type(exc).__name__}: {exc}")
        if job.prepare is not None and isinstance(result, ExtractedPdf):
            try:
                result = job.prepare(result)
            except Exception:
                pass  # the reader of the result does the work itself
        try:
            conn.send(("done", result))
        except Exception as exc:
            conn.send(("done", Problem(job.path, f"unexpected error while reading: {exc}")))


def _exit_with_parent(parent_sentinel: int) -> None:
    wait([parent_sentinel])
    os._exit(1)


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    job: ExtractJob | None = None
    deadline: float = 0.0


class ExtractionPool:
    """Reads PDFs in worker processes, one file at a time per worker (calibre's isolation).

    A worker that crashes or exceeds ``timeout_s`` costs only its current file (reported
    as a Problem) and is replaced. Workers are spawned (never forked: the GUI process has
    Qt loaded) lazily, at most ``min(workers, jobs)``, and kept between calls of ``run``
    until ``close()`` or the end of the ``with`` block.
    """

    def __init__(
        self, workers: int | None = None, timeout_s: float = 120.0, target: ExtractTarget = extract_pdf
    ) -> None:
        self.max_workers = max(1, workers if workers is not None else min(4, os.cpu_count() or 1))
        self.timeout_s = timeout_s
        self._target = target
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._running = False

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker: idle ones are asked to quit, any still busy are killed."""
        for worker in self._workers:
            if worker.job is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + 2.0
        for worker in list(self._workers):
            if worker.job is None:
                worker.process.join(max(0.0, deadline - time.monotonic()))
            self._discard(worker)

    def run(
        self, jobs: Iterable[ExtractJob], cancel: CancelToken | None = None
    ) -> Generator[tuple[ExtractJob, ExtractedPdf | Problem], None, None]:
        """Yield (job, result) in completion order; a failed file yields a Problem.

        When ``cancel`` is set, no new jobs start, all workers are stopped and the
        iteration ends without results for the unfinished jobs; closing the generator
        early (``break``, ``close()``) stops the workers the same way.
        """
        if self._running:
            raise RuntimeError("ExtractionPool.run() is already in progress")
        self._running = True
        pending = iter(jobs)
        exhausted = False
        finished = False
        try:
            while True:
                if cancel is not None and cancel.cancelled:
                    return
                exhausted = self._fill(pending, exhausted)
                busy = [worker for worker in self._workers if worker.job is not None]
                if not busy:
                    finished = True
                    return
                now = time.monotonic()
                wait_s = min(_POLL_S, max(0.0, min(worker.deadline for worker in busy) - now))
                ready = set(wait([worker.conn for worker in busy], timeout=wait_s))
                outcomes = []
                for worker in busy:
                    outcome = self._collect(worker) if worker.conn in ready else self._check_deadline(worker)
                    if outcome is not None:
                        outcomes.append(outcome)
                if outcomes and not (cancel is not None and cancel.cancelled):
                    # Start the freed workers on their next files before the caller spends
                    # time on these results, so that reading overlaps with indexing.
                    exhausted = self._fill(pending, exhausted)
                yield from outcomes
        finally:
            self._running = False
            if not finished:
                # Cancelled, or the caller stopped iterating: busy workers hold stale work.
                for worker in list(self._workers):
                    self._discard(worker)

    def _fill(self, pending: Iterator[ExtractJob], exhausted: bool) -> bool:
        """Give every idle worker (and any not yet started) a job; True once the jobs ran out."""
        while not exhausted and (self._idle() or len(self._workers) < self.max_workers):
            job = next(pending, None)
            if job is None:
                return True
            self._assign(job)
        return exhausted

    def _idle(self) -> _Worker | None:
        return next((worker for worker in self._workers if worker.job is None), None)

    def _assign(self, job: ExtractJob) -> None:
        worker = self._idle()
        if worker is not None and not worker.process.is_alive():
            # An idle worker that died between runs must not be blamed on the next file.
            self._discard(worker)
            worker = None
        worker = worker or self._spawn()
        worker.job = job
        worker.deadline = time.monotonic() + self.timeout_s + (0.0 if worker.ready else _STARTUP_GRACE_S)
        worker.conn.send(job)

    def _spawn(self) -> _Worker:
        parent_conn, child_conn = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(child_conn, self._target), name="pdftext-worker", daemon=True
        )
        process.start()
        # Close our copy of the child's end so the worker's death shows up as EOF on ours.
        child_conn.close()
        worker = _Worker(process, parent_conn)
        self._workers.append(worker)
        return worker

    def _collect(self, worker: _Worker) -> tuple[ExtractJob, ExtractedPdf | Problem] | None:
        job = worker.job
        assert job is not None
        try:
            kind, payload = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(5.0)
            status = _exit_status(worker)
            self._discard(worker)
            return job, Problem(job.path, f"the PDF reader crashed on this file ({status})")
        if kind == "ready":
            worker.ready = True
            worker.deadline = time.monotonic() + self.timeout_s
            return None
        worker.job = None
        return job, payload

    def _check_deadline(self, worker: _Worker) -> tuple[ExtractJob, Problem] | None:
        job = worker.job
        # A result that arrived while the caller was busy with the previous one is on time.
        if job is None or time.monotonic() < worker.deadline or worker.conn.poll():
            return None
        self._discard(worker)
        return job, Problem(job.path, f"took longer than {self.timeout_s:g} s to read; skipped")

    def _discard(self, worker: _Worker) -> None:
        """Kill (if still alive), reap and forget a worker."""
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5.0)
        worker.conn.close()
        if worker.process.exitcode is not None:
            worker.process.close()
        if worker in self._workers:
            self._workers.remove(worker)


def _exit_status(worker: _Worker) -> str:
    code = worker.process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
