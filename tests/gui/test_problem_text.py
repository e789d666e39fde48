"""Problem reasons from the core are shown in the interface language."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtWidgets import QApplication

from tromsvekst_desktop.core.pdftext import PdfError, extract_pdf
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.problem_text import translated_reason


def core_reasons(tmp_path: Path) -> list[str]:
    """What the core really says about a handful of bad files."""
    (tmp_path / "tom.pdf").write_bytes(b"")
    (tmp_path / "side.pdf").write_text("<!DOCTYPE html><html><body>Hei</body></html>")
    (tmp_path / "notat.pdf").write_text("Bare tekst, ingen PDF.\n")
    (tmp_path / "bilde.pdf").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 64)
    locked = pymupdf.open()
    locked.new_page().insert_text((72, 72), "hemmelig")
    locked.save(tmp_path / "laast.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="pw", owner_pw="pw")
    blank = pymupdf.open()
    blank.new_page()
    blank.save(tmp_path / "blank.pdf")
    reasons = []
    for name in ("tom.pdf", "side.pdf", "notat.pdf", "bilde.pdf", "laast.pdf", "blank.pdf"):
        try:
            reasons += [p.reason for p in extract_pdf(tmp_path / name).problems]
        except PdfError as exc:
            reasons.append(exc.reason)
    try:
        extract_pdf(tmp_path / "laast.pdf", password="feil")
    except PdfError as exc:
        reasons.append(exc.reason)
    return reasons


def test_every_core_reason_has_a_bokmal_text(qapp: QApplication, tmp_path: Path) -> None:
    reasons = core_reasons(tmp_path)
    assert len(reasons) == 7
    install_translators(qapp, "nb")
    try:
        shown = [translated_reason(reason) for reason in reasons]
    finally:
        install_translators(qapp, "en")
    assert all(text != reason for text, reason in zip(shown, reasons, strict=True)), shown
    assert "tom fil (0 byte)" in shown
    assert "ikke en PDF: filen er et JPEG-bilde" in shown
    assert "feil passord" in shown


@pytest.mark.parametrize("reason", ["something new the core says", "line 3: odd"])
def test_unknown_reasons_are_shown_as_they_are(reason: str) -> None:
    assert translated_reason(reason) == reason
