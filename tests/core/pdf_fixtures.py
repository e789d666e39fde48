"""Small PDFs written with PyMuPDF for tests, and worker targets that crash or hang on purpose."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pymupdf

from tromsvekst_desktop.core.pdftext import ExtractedPdf, extract_pdf


def write_pdf(
    path: Path,
    pages: list[list[str]],
    toc: list[list[object]] | None = None,
    metadata: dict[str, str] | None = None,
    encryption: tuple[str, str] | None = None,
) -> Path:
    """A PDF with one text line per list item, in Helvetica with a Unicode encoding (æøå, ligatures).

    ``encryption`` is (user password, owner password), AES-256.
    """
    doc = pymupdf.open()
    font = pymupdf.Font("helv")
    for lines in pages:
        page = doc.new_page()
        writer = pymupdf.TextWriter(page.rect)
        for row, line in enumerate(lines):
            writer.append((72, 72 + 14 * row), line, font=font, fontsize=11)
        writer.write_text(page)
    if toc:
        doc.set_toc(toc)
    if metadata:
        doc.set_metadata(metadata)
    if encryption:
        user_pw, owner_pw = encryption
        doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_pw, owner_pw=owner_pw)
    else:
        doc.save(path)
    doc.close()
    return path


def write_image_pdf(path: Path, image_pages: int, text_pages: int = 0) -> Path:
    """``image_pages`` pages holding only a picture (as a scanner makes them), then text pages."""
    doc = pymupdf.open()
    picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    picture.set_rect(picture.irect, (200, 120, 40))
    for _ in range(image_pages):
        doc.new_page().insert_image(pymupdf.Rect(50, 50, 400, 400), pixmap=picture)
    for number in range(text_pages):
        doc.new_page().insert_text((72, 72), f"Tekstside {number + 1}", fontname="helv")
    doc.save(path)
    doc.close()
    return path


def crash_on_marked(path: str, password: str | None = None) -> ExtractedPdf:
    """Dies like a segfaulting MuPDF would, for files whose name contains 'crash'."""
    if "crash" in os.path.basename(path):
        os._exit(3)
    return extract_pdf(path, password)


def hang_on_marked(path: str, password: str | None = None) -> ExtractedPdf:
    """Never finishes (within a test's patience) for files whose name contains 'hang'."""
    if "hang" in os.path.basename(path):
        time.sleep(600)
    return extract_pdf(path, password)
