"""Text recognition (OCR) of scanned pages with MuPDF's built-in Tesseract and its Norwegian model.

One page is one job in the extraction pool's worker processes (``OcrJob``), so a page
that crashes or hangs the engine costs that page only; the worker also limits its own
memory. MuPDF reports no confidences for the words it recognises, so a page's
confidence here is the share of its recognised words that are known Norwegian words
(the bundled word list, or compounds of its words): misread words ("kornmune",
"Tromse") are not, and a photo or an upside-down page recognised as noise scores near 0.
"""

from __future__ import annotations

import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from tromsvekst_desktop.core.compounds import default_splitter
from tromsvekst_desktop.core.pdftext import ExtractJob, ExtractTarget, clean_text
from tromsvekst_desktop.core.problems import Problem

LANGUAGE = "nor"
# Bump when what a recognised page holds changes: cached results of older versions are not used.
ENGINE_VERSION = 1
# Below this share of known words a page's text is noise (a photo, a drawing, upside down): not indexed.
MIN_CONFIDENCE = 0.35
# Scans of lower resolution are enlarged to this for recognition.
MIN_DPI = 150
# Rendering a huge page (a map, a poster) at full resolution would take gigabytes: the
# resolution is lowered so that the image has at most this many pixels (A4 at 300 dpi: 8.7 M).
MAX_PIXELS = 40_000_000

# Where Tesseract's language files usually are; TESSDATA_PREFIX comes first.
_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
    r"C:\Program Files\Tesseract-OCR\tessdata",
    r"C:\Program Files (x86)\Tesseract-OCR\tessdata",
)

HOW_TO_ENABLE = (
    "text recognition (OCR) needs Tesseract's Norwegian language file nor.traineddata: "
    "install tesseract-ocr-nor (Debian/Ubuntu), `brew install tesseract-lang` (macOS) or "
    "Tesseract with Norwegian from UB Mannheim (Windows), or set TESSDATA_PREFIX to its folder"
)

_PUNCTUATION = ".,;:!?()[]«»\"'’”“…*"
_NUMBER = re.compile(r"§?\d+(?:[.,:/–-]\d+)*[.%]?|§")
_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words of one or two letters in Bokmål and Nynorsk: the word list has every letter pair.
_SHORT_WORDS = frozenset(
    "i å og på er en et ei av at om se så to du vi de ut nå da ja ha få gå ny by bo eg ho me no ve "
    "fs nr ca kl jf mv bl pr".split()
)


@dataclass(frozen=True)
class OcrSettings:
    """How pages are recognised; ``key`` names the settings that change a result (for the cache)."""

    language: str = LANGUAGE
    dpi: int = 300  # at most: a scan of lower resolution is recognised at its own
    time_limit_s: float = 60.0
    memory_limit_mb: int = 2048

    @property
    def key(self) -> str:
        return f"{self.language}/{self.dpi}dpi/mupdf-{pymupdf.mupdf_version}/v{ENGINE_VERSION}"


@dataclass(frozen=True)
class RecognisedPage:
    """What OCR made of one page: its text, word boxes (page coordinates) and confidence.

    ``reason`` says why there is no usable text (a blank image, noise, a failure);
    ``failed`` is set for failures a user should hear of (time or memory limit, crash).
    """

    page: int
    text: str = ""
    words: tuple[tuple[float, float, float, float, str], ...] = ()
    confidence: float = 0.0
    seconds: float = 0.0
    reason: str = ""
    failed: bool = False
    peak_rss_mb: float = 0.0

    @property
    def usable(self) -> bool:
        return bool(self.text) and not self.reason


@dataclass(frozen=True)
class OcrTotals:
    """What the OCR phase of an indexing run did (``--json``: pages, seconds, cached).

    ``pages``: pages recognised in this run; ``cached``: pages whose earlier result was
    used; ``remaining``: pages left when the run was cancelled; ``unavailable``: why
    nothing could be recognised (no language files), with how to enable it.
    """

    pages: int = 0
    seconds: float = 0.0
    cached: int = 0
    remaining: int = 0
    unavailable: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"pages": self.pages, "seconds": round(self.seconds, 3), "cached": self.cached}

    def annotate(self, problems: list[Problem]) -> list[Problem]:
        """The problems with the way to enable OCR added to each scanned file's (once per file)."""
        if not self.unavailable:
            return problems
        return [
            Problem(p.path, f"{p.reason}; {self.unavailable}", p.line, p.page) if is_scan_problem(p) else p
            for p in problems
        ]


def is_scan_problem(problem: Problem) -> bool:
    """Whether a problem says that a file has no text layer (what OCR cures)."""
    return problem.page is None and problem.reason.startswith("no text layer")


def find_tessdata(language: str = LANGUAGE) -> Path | None:
    """The folder holding ``<language>.traineddata``, or None when OCR is not possible here."""
    candidates = [os.environ.get("TESSDATA_PREFIX", "")]
    try:
        candidates.append(pymupdf.get_tessdata())
    except Exception:  # PyMuPDF raises when it finds none
        pass
    candidates += _TESSDATA_DIRS
    for folder in candidates:
        if folder and (Path(folder) / f"{language}.traineddata").is_file():
            return Path(folder)
    return None


def word_confidence(words: list[str]) -> float:
    """The share of recognised words that are known: Norwegian words of the bundled word list or
    compounds of them, common short words, numbers. Specks and strokes recognised in a picture
    ("|", "—", "kp»", "N") count against it; so do misreadings ("kornmune")."""
    splitter = default_splitter()
    known = 0
    for raw in words:
        word = raw.strip(_PUNCTUATION).lower()
        if _NUMBER.fullmatch(word):
            known += 1
        elif len(word) <= 2:
            known += word in _SHORT_WORDS
        elif _LETTERS.fullmatch(word):
            known += all(part in splitter or splitter.split(part) is not None for part in word.split("-"))
    return known / len(words) if words else 0.0


def recognise_page(
    path: str, page_number: int, settings: OcrSettings, tessdata: str, password: str | None = None
) -> RecognisedPage:
    """Recognise one page (1-based) of a PDF in this process."""
    started = time.monotonic()
    doc = pymupdf.open(path)
    try:
        if doc.needs_pass and not (password and doc.authenticate(password)):
            reason = "text recognition failed: the file is password-protected"
            return RecognisedPage(page_number, reason=reason, failed=True)
        page = doc.load_page(page_number - 1)
        images = page.get_image_info()
        if not images:
            return RecognisedPage(page_number, reason="no image on the page")
        dpi = _resolution(page, images, settings.dpi)
        textpage = page.get_textpage_ocr(language=settings.language, dpi=dpi, full=True, tessdata=tessdata)
        raw_words = page.get_text("words", textpage=textpage)
        text = clean_text(page.get_text(textpage=textpage))
    finally:
        doc.close()
    words = tuple((float(w[0]), float(w[1]), float(w[2]), float(w[3]), str(w[4])) for w in raw_words)
    confidence = word_confidence([w[4] for w in words])
    reason = ""
    if not words:
        reason = "no text recognised"  # a blank page or a picture without marks: nothing to report
    elif confidence < MIN_CONFIDENCE:
        known = f"{confidence:.0%}"
        reason = (
            f"text recognition found no readable text ({known} known words: a photo, a drawing, upside down?)"
        )
    return RecognisedPage(
        page_number,
        text=text if not reason else "",
        words=words if not reason else (),
        confidence=confidence,
        seconds=time.monotonic() - started,
        reason=reason,
        failed=confidence < MIN_CONFIDENCE and bool(words),  # listed with the page: the user may look
        peak_rss_mb=_peak_rss_mb(),
    )


def _resolution(page: pymupdf.Page, images: list[dict[str, Any]], most: int) -> int:
    """The resolution to recognise a page at: its scan's own (measured: enlarging a 200 dpi scan
    to 300 dpi loses words), between MIN_DPI and ``most``, and within MAX_PIXELS."""
    largest = max(images, key=lambda info: pymupdf.Rect(info["bbox"]).get_area())
    width_in = pymupdf.Rect(largest["bbox"]).width / 72
    native = largest["width"] / width_in if width_in > 0 else most
    inches = (page.rect.width / 72) * (page.rect.height / 72)
    return int(min(max(MIN_DPI, round(native)), most, (MAX_PIXELS / max(inches, 1e-6)) ** 0.5))


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return float(peak) / (1 << 20 if sys.platform == "darwin" else 1 << 10)


def _limit_memory(megabytes: int) -> None:
    """Cap this worker's address space: a page that would need more fails with an error, not a
    machine that swaps. Raising a soft limit back up is allowed, so each job sets its own."""
    try:
        import resource
    except ImportError:  # Windows: the pool's time limit still applies
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = megabytes << 20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


@dataclass(frozen=True)
class OcrJob(ExtractJob):
    """Recognise one page, in an extraction pool worker (same crash and time isolation as a file)."""

    page: int = 0
    settings: OcrSettings = field(default_factory=OcrSettings)
    tessdata: str = ""

    def read(self, target: ExtractTarget) -> Any:
        _limit_memory(self.settings.memory_limit_mb)
        try:
            return recognise_page(self.path, self.page, self.settings, self.tessdata, self.password)
        except MemoryError:
            return _out_of_memory(self)
        except Exception as exc:
            message = str(exc)
            if "malloc" in message or "out of memory" in message.lower():
                return _out_of_memory(self)
            return RecognisedPage(self.page, reason=f"text recognition failed: {message}", failed=True)


def _out_of_memory(job: OcrJob) -> RecognisedPage:
    return RecognisedPage(
        job.page,
        reason=f"text recognition needed more than {job.settings.memory_limit_mb} MB of memory; skipped",
        failed=True,
    )
