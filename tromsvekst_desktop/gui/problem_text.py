"""The user's language for the core's problem reasons (the core and the CLI write English)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from tromsvekst_desktop.core.problems import Problem

_CONTEXT = "ProblemText"

# The English reasons of core/pdftext.py and core/index.py, with %1, %2 for the parts
# that vary. Kept in step with the core by tests/gui/test_problems_panel.py.
_REASONS = [
    QT_TRANSLATE_NOOP("ProblemText", "empty file (0 bytes)"),
    QT_TRANSLATE_NOOP("ProblemText", "not a PDF: the file is %1"),
    QT_TRANSLATE_NOOP("ProblemText", "password-protected: a password is needed"),
    QT_TRANSLATE_NOOP("ProblemText", "wrong password"),
    QT_TRANSLATE_NOOP("ProblemText", "encrypted with a certificate (public key); cannot be opened"),
    QT_TRANSLATE_NOOP("ProblemText", "damaged PDF: cannot be opened (%1)"),
    QT_TRANSLATE_NOOP("ProblemText", "damaged or truncated PDF: no readable pages%1"),
    QT_TRANSLATE_NOOP("ProblemText", "damaged PDF, repaired when opened: text may be incomplete%1"),
    QT_TRANSLATE_NOOP("ProblemText", "no text layer: %1 of %2 pages are images only (scanned?)"),
    # core/ocr.py and core/ocr_index.py: text recognition of scanned pages.
    QT_TRANSLATE_NOOP(
        "ProblemText",
        "no text layer: %1 of %2 pages are images only (scanned?); "
        "text recognition found no readable text either",
    ),
    QT_TRANSLATE_NOOP(
        "ProblemText",
        "no text layer: %1 of %2 pages are images only (scanned?); text recognition (OCR) needs Tesseract's "
        "Norwegian language file nor.traineddata: install tesseract-ocr-nor (Debian/Ubuntu), `brew install "
        "tesseract-lang` (macOS) or Tesseract with Norwegian from UB Mannheim (Windows), or set "
        "TESSDATA_PREFIX to its folder",
    ),
    QT_TRANSLATE_NOOP("ProblemText", "text recognition took longer than %1 s; skipped"),
    QT_TRANSLATE_NOOP("ProblemText", "text recognition crashed on this page (%1)"),
    QT_TRANSLATE_NOOP("ProblemText", "text recognition needed more than %1 MB of memory; skipped"),
    QT_TRANSLATE_NOOP("ProblemText", "text recognition failed: %1"),
    QT_TRANSLATE_NOOP(
        "ProblemText",
        "text recognition found no readable text (%1 known words: a photo, a drawing, upside down?)",
    ),
    QT_TRANSLATE_NOOP("ProblemText", "no text: %1 of %2 pages are blank"),
    QT_TRANSLATE_NOOP("ProblemText", "text could not be read: %1"),
    QT_TRANSLATE_NOOP("ProblemText", "the PDF reader crashed on this file (%1)"),
    QT_TRANSLATE_NOOP("ProblemText", "took longer than %1 s to read; skipped"),
    QT_TRANSLATE_NOOP("ProblemText", "cannot be read: %1"),
    QT_TRANSLATE_NOOP("ProblemText", "not found"),
    QT_TRANSLATE_NOOP("ProblemText", "truncated or incomplete PDF: the end of the file is missing"),
    QT_TRANSLATE_NOOP(
        "ProblemText", "truncated or incomplete PDF: the end of the file is missing; text may be incomplete"
    ),
    # Files kept at their last readable version, and why (core/index.py, _kept_reason).
    QT_TRANSLATE_NOOP("ProblemText", "%1; the last readable version, from %2, is kept"),
    QT_TRANSLATE_NOOP("ProblemText", "the file on disk is incomplete: the end of the PDF is missing"),
    QT_TRANSLATE_NOOP(
        "ProblemText", "the file on disk is incomplete: it is empty (0 bytes; a cloud file not downloaded?)"
    ),
    QT_TRANSLATE_NOOP("ProblemText", "cannot be read: its folder cannot be listed"),
    # Why a library folder is offline (core/offline.py).
    QT_TRANSLATE_NOOP("ProblemText", "permission denied"),
    QT_TRANSLATE_NOOP("ProblemText", "no longer a folder"),
    QT_TRANSLATE_NOOP(
        "ProblemText", "none of the %1 files indexed from it is there (an unmounted drive or share?)"
    ),
    # The goal import's (core/goalimport.py, core/tables.py, core/goalpdf.py, core/goaldraft.py).
    QT_TRANSLATE_NOOP("ProblemText", "has %1 cells but the header %2: the extra cells are ignored"),
    QT_TRANSLATE_NOOP("ProblemText", "is not an object but %1: skipped"),
    QT_TRANSLATE_NOOP("ProblemText", "no title column: name it with --map title=COLUMN (the columns: %1)"),
    QT_TRANSLATE_NOOP("ProblemText", "the table has no rows below its header"),
    QT_TRANSLATE_NOOP("ProblemText", "id '%1' is also on row %2: row left out"),
    QT_TRANSLATE_NOOP("ProblemText", "goal '%1' has no title: row left out"),
    QT_TRANSLATE_NOOP("ProblemText", "the row has no title: row left out"),
    QT_TRANSLATE_NOOP("ProblemText", "'%1' has no id: row left out"),
    QT_TRANSLATE_NOOP("ProblemText", "document '%1' is not a catalogue id: link left out"),
    QT_TRANSLATE_NOOP("ProblemText", "unknown document '%1' (not in the catalogue): link left out"),
    QT_TRANSLATE_NOOP("ProblemText", "page '%1' is not a page number: page left out"),
    QT_TRANSLATE_NOOP("ProblemText", "'%1' names itself as its parent: placed at the top level"),
    QT_TRANSLATE_NOOP("ProblemText", "its parent (row %1) was left out: placed at the top level"),
    QT_TRANSLATE_NOOP("ProblemText", "parent '%1' not found: placed at the top level"),
    QT_TRANSLATE_NOOP("ProblemText", "the parents form a cycle (rows %1): this row placed at the top level"),
    QT_TRANSLATE_NOOP("ProblemText", "'%1' belongs to no plan: row left out"),
    QT_TRANSLATE_NOOP("ProblemText", "related goal '%1' not found: left out"),
    QT_TRANSLATE_NOOP("ProblemText", "same title as row %1 under the same parent: both kept"),
    QT_TRANSLATE_NOOP("ProblemText", "page %1 names no document (no document column): page left out"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: the table is empty"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: cannot read the file: %2"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: not a readable Excel workbook (%2)"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: not valid JSON: %2"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: expected an array of objects (one per goal)"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: cannot open the PDF (%2)"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: the PDF is password-protected"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: the PDF has no text layer (scanned?)"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: found no outline, numbered headings or lists of goals"),
    QT_TRANSLATE_NOOP("ProblemText", "%1: the file would not load"),
    QT_TRANSLATE_NOOP("ProblemText", "cannot write to %1: %2"),
]

# What a file that is not a PDF really is, in core/pdftext.py's words (the %1 above).
_FILE_KINDS = [
    QT_TRANSLATE_NOOP("ProblemText", "HTML"),
    QT_TRANSLATE_NOOP("ProblemText", "XML"),
    QT_TRANSLATE_NOOP("ProblemText", "plain text"),
    QT_TRANSLATE_NOOP("ProblemText", "a JPEG image"),
    QT_TRANSLATE_NOOP("ProblemText", "a PNG image"),
    QT_TRANSLATE_NOOP("ProblemText", "a GIF image"),
    QT_TRANSLATE_NOOP("ProblemText", "a TIFF image"),
    QT_TRANSLATE_NOOP("ProblemText", "an SVG image"),
    QT_TRANSLATE_NOOP("ProblemText", "an RTF document"),
    QT_TRANSLATE_NOOP("ProblemText", "a ZIP/Office file (Word, Excel, OpenDocument...)"),
    QT_TRANSLATE_NOOP("ProblemText", "an old Office file (Word/Excel 97-2003)"),
    QT_TRANSLATE_NOOP("ProblemText", "another format"),
]


# The system's reasons a folder cannot be written (strerror, always English).
_OS_ERRORS = [
    QT_TRANSLATE_NOOP("ProblemText", "Permission denied"),
    QT_TRANSLATE_NOOP("ProblemText", "Read-only file system"),
    QT_TRANSLATE_NOOP("ProblemText", "No space left on device"),
    QT_TRANSLATE_NOOP("ProblemText", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("ProblemText", "Not a directory"),
    QT_TRANSLATE_NOOP("ProblemText", "No such file or directory"),
]


def translated_os_error(reason: str) -> str:
    """A system error text ("Permission denied") in the interface language, where it is known."""
    return QCoreApplication.translate(_CONTEXT, reason) if reason in _OS_ERRORS else reason


def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", source)
    return re.compile("".join("(.*)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts), re.DOTALL)


_MATCHERS = [(_pattern(str(source)), str(source)) for source in _REASONS]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day_text(day: QDate) -> str:
    """ "3. des." (this year) or "3. des. 2025" in Norwegian."""
    if day.year() == QDate.currentDate().year():
        return QLocale().toString(day, QCoreApplication.translate("ProblemText", "d MMM"))
    return QLocale().toString(day, QCoreApplication.translate("ProblemText", "d MMM yyyy"))


def translated_reason(reason: str) -> str:
    """The reason in the interface language; a reason with no translation stays as it is.

    Looked up at display time, so a language switch applies at once.
    """
    for pattern, source in _MATCHERS:
        match = pattern.fullmatch(reason)
        if match is None:
            continue
        text = QCoreApplication.translate(_CONTEXT, source)
        for number, value in enumerate(match.groups(), start=1):
            if value in _FILE_KINDS:
                value = QCoreApplication.translate(_CONTEXT, value)
            elif _ISO_DAY.fullmatch(value):
                value = _day_text(QDate.fromString(value, Qt.DateFormat.ISODate))
            else:  # a reason within a reason ("…; the last readable version … is kept")
                value = translated_reason(value)
            text = text.replace(f"%{number}", value)
        return text
    return reason


@dataclass(frozen=True)
class Advice:
    """What a planner is told about a problem: what is wrong, what to do, and the library's words."""

    kind: str  # password, scanned, damaged, not-pdf, yaml, other
    reason: str  # plain words, in the interface language
    next_step: str
    details: str  # the message of the PDF or YAML library, as it came, for "Tekniske detaljer"


def _parts(reason: str) -> tuple[str | None, tuple[str, ...]]:
    """The core's message pattern that ``reason`` follows, and the parts that vary."""
    for pattern, source in _MATCHERS:
        match = pattern.fullmatch(reason)
        if match is not None:
            return source, tuple(match.groups())
    return None, ()


def advice(problem: Problem) -> Advice:
    """The plain reason and next step for a problem, in the interface language."""
    source, parts = _parts(problem.reason)

    ask_copy = QCoreApplication.translate("ProblemText", "Ask the owner of the document for a new copy.")
    if problem.line is not None or (source is None and problem.path.lower().endswith((".yaml", ".yml"))):
        line = QCoreApplication.translate("ProblemText", "line %1").replace("%1", str(problem.line))
        where = line if problem.line is not None else ""
        return Advice(
            "yaml",
            QCoreApplication.translate(
                "ProblemText", "The goal or catalogue file has an error (%1)."
            ).replace("%1", where or Path(problem.path).name),
            QCoreApplication.translate(
                "ProblemText", "Correct it in the file and save it: Tromsvekst reads it again by itself."
            ),
            problem.reason,
        )
    if source in ("password-protected: a password is needed", "wrong password"):
        wrong = source == "wrong password"
        return Advice(
            "password",
            QCoreApplication.translate("ProblemText", "The password was wrong.")
            if wrong
            else QCoreApplication.translate("ProblemText", "The file is protected with a password."),
            QCoreApplication.translate("ProblemText", "Type the password below: the file is read again."),
            problem.reason,
        )
    if source == "no text layer: %1 of %2 pages are images only (scanned?)":
        return Advice(
            "scanned",
            QCoreApplication.translate(
                "ProblemText",
                "%1 of %2 pages are scanned images: they need text recognition (OCR) to be searched.",
            )
            .replace("%1", parts[0])
            .replace("%2", parts[1]),
            QCoreApplication.translate(
                "ProblemText",
                "Run text recognition on the file (e.g. OCRmyPDF), or ask for a copy with text.",
            ),
            problem.reason,
        )
    if source in (
        "damaged PDF: cannot be opened (%1)",
        "damaged or truncated PDF: no readable pages%1",
        "empty file (0 bytes)",
        "the PDF reader crashed on this file (%1)",
    ):
        reason = {
            "damaged PDF: cannot be opened (%1)": QCoreApplication.translate(
                "ProblemText", "The file is damaged and cannot be opened."
            ),
            "damaged or truncated PDF: no readable pages%1": QCoreApplication.translate(
                "ProblemText", "The file is damaged or cut short: no page can be read."
            ),
            "empty file (0 bytes)": QCoreApplication.translate("ProblemText", "The file is empty (0 bytes)."),
            "the PDF reader crashed on this file (%1)": QCoreApplication.translate(
                "ProblemText", "The file is damaged: the PDF reader stopped on it."
            ),
        }[source]
        return Advice("damaged", reason, ask_copy, problem.reason)
    if source == "damaged PDF, repaired when opened: text may be incomplete%1":
        return Advice(
            "damaged",
            QCoreApplication.translate(
                "ProblemText", "The file was damaged and has been repaired: some text may be missing."
            ),
            QCoreApplication.translate(
                "ProblemText", "If hits are missing, ask the owner of the document for a new copy."
            ),
            problem.reason,
        )
    if source == "text could not be read: %1":
        return Advice(
            "damaged",
            QCoreApplication.translate("ProblemText", "The text of this page could not be read."),
            QCoreApplication.translate(
                "ProblemText", "If the page matters, ask the owner of the document for a new copy."
            ),
            problem.reason,
        )
    if source == "not a PDF: the file is %1":
        return Advice(
            "not-pdf",
            QCoreApplication.translate("ProblemText", "This is not a PDF but %1.").replace(
                "%1", QCoreApplication.translate(_CONTEXT, parts[0]) if parts[0] in _FILE_KINDS else parts[0]
            ),
            QCoreApplication.translate(
                "ProblemText", "Save or export the document as PDF and put the PDF in the library."
            ),
            problem.reason,
        )
    if source == "no text: %1 of %2 pages are blank":
        return Advice(
            "other",
            QCoreApplication.translate(
                "ProblemText", "%1 of %2 pages are blank: there is nothing to search on them."
            )
            .replace("%1", parts[0])
            .replace("%2", parts[1]),
            QCoreApplication.translate("ProblemText", "Check that this is the right file."),
            problem.reason,
        )
    if source == "not found":
        return Advice(
            "other",
            QCoreApplication.translate("ProblemText", "The file or folder does not exist (any more)."),
            QCoreApplication.translate("ProblemText", "Check the library folders in Edit → Preferences."),
            problem.reason,
        )
    # The rest (blank pages, a file too slow to read, no access …): the translated reason says it.
    return Advice(
        "other",
        translated_reason(problem.reason),
        QCoreApplication.translate("ProblemText", "Check the file; the rest of the library is searchable."),
        problem.reason,
    )
