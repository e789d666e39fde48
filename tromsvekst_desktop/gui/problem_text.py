"""The user's language for the core's problem reasons (the core and the CLI write English)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", source)
    return re.compile("".join("(.*)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts), re.DOTALL)


_MATCHERS = [(_pattern(str(source)), str(source)) for source in _REASONS]


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
            text = text.replace(f"%{number}", value)
        return text
    return reason
