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
    QT_TRANSLATE_NOOP("ProblemText", "no text: %1 of %2 pages are blank"),
    QT_TRANSLATE_NOOP("ProblemText", "text could not be read: %1"),
    QT_TRANSLATE_NOOP("ProblemText", "the PDF reader crashed on this file (%1)"),
    QT_TRANSLATE_NOOP("ProblemText", "took longer than %1 s to read; skipped"),
    QT_TRANSLATE_NOOP("ProblemText", "cannot be read: %1"),
    QT_TRANSLATE_NOOP("ProblemText", "not found"),
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
