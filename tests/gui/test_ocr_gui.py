"""Recognised text (OCR) in the window: progress in the status bar, labels, and marks on the scanned page."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.core.test_ocr import page_text
from tromsvekst_desktop.core.analysis import word_key
from tromsvekst_desktop.core.index import IndexSummary, update_index
from tromsvekst_desktop.core.jobs import Progress
from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.core.ocr import HOW_TO_ENABLE, OcrSettings
from tromsvekst_desktop.core.ocr_cache import recognised_words
from tromsvekst_desktop.core.pdfwrite import write_scanned_pdf
from tromsvekst_desktop.core.search import Hit, SearchEngine, SearchResult, Snippet
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.models.results import HEADING_ROLE, ResultsModel
from tromsvekst_desktop.gui.problem_text import translated_reason
from tromsvekst_desktop.gui.widgets.index_status import IndexStatus
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer
from tromsvekst_desktop.gui.widgets.settings_dialog import SettingsDialog
from tromsvekst_desktop.gui.workers.indexer import IndexController


@pytest.fixture
def bokmal(qapp: QApplication):  # type: ignore[no-untyped-def]
    install_translators(qapp, "nb")
    yield
    install_translators(qapp, "en")


STORMFLO = MatchRule(words=frozenset({word_key("stormflo")}))


def scan(folder: Path) -> Path:
    return write_scanned_pdf(
        folder / "vedtak.pdf",
        [page_text("barnehagene"), page_text("stormflo")],
        skew_degrees=1.5,
        noise=0.003,
    )


def test_the_viewer_marks_recognised_words_on_the_scanned_page(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = scan(tmp_path / "lib")
    index_dir = tmp_path / "index"
    update_index(index_dir, [pdf.parent], ocr=OcrSettings())
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(700, 900)
    viewer.show()
    qtbot.waitExposed(viewer)

    viewer.open(pdf, page=2, highlight=STORMFLO)
    assert viewer.highlight_rects() == []  # without the OCR cache the scan has no words
    assert viewer.note_label.text() == "This page has no searchable text."

    viewer.set_recognised_words(partial(recognised_words, index_dir))
    viewer.open(pdf, page=2, highlight=STORMFLO)
    rects = viewer.highlight_rects()
    assert len(rects) == 2  # "stormflo" stands twice on page 2, in the first and the last line
    assert all(r.width() > 20 and r.top() < 842 / 3 for r in rects)
    assert rects[0].top() < rects[1].top()
    assert viewer.note_label.isVisible()
    assert viewer.note_label.text().startswith("Recognised text (OCR), ")
    viewer.grab().save(str(tmp_path / "ocr-viewer.png"))

    viewer.go_to_page(1)
    assert viewer.highlight_rects() == []  # the word is not on page 1

    # F3 finds the recognised page too (its text layer is empty).
    viewer.set_recognised_words(partial(recognised_words, index_dir))
    viewer.next_hit()
    assert viewer.current_page() == 2 and len(viewer.highlight_rects()) == 2


def test_status_bar_shows_text_recognition_with_time_left(qtbot: QtBot, bokmal: None) -> None:
    status = IndexStatus()
    qtbot.addWidget(status)
    status.resize(900, 30)
    status.show()
    status.show_started()
    status.show_progress(Progress("ocr", 12, 180, 12, 1.0, 168.0, "/plans/vedtak.pdf"))
    qtbot.waitUntil(status.is_showing_progress, timeout=2000)
    assert status.label.full_text() == "Tekstgjenkjenning: side 12 av 180, ca. 3 min igjen"
    assert (status.bar.value(), status.bar.maximum()) == (12, 180)
    assert status.cancel_button.isVisible()


def test_cancel_during_recognition_says_what_is_kept(qtbot: QtBot) -> None:
    status = IndexStatus()
    qtbot.addWidget(status)
    status.show()
    status.show_started()
    status.show_progress(Progress("ocr", 3, 40, 3, 1.0, 37.0))
    status.show_cancelled()
    assert status.label.full_text() == (
        "Text recognition stopped. The pages recognised so far are searchable; "
        "the rest follow on the next run."
    )


def test_indexing_in_the_window_recognises_scans_with_progress(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = scan(tmp_path / "lib")
    index_dir = tmp_path / "index"
    controller = IndexController(index_dir, [pdf.parent])
    controller.ocr = OcrSettings()
    status = IndexStatus()
    qtbot.addWidget(status)
    status.watch(controller)
    status.show()
    seen: list[Progress] = []
    controller.progress.connect(seen.append)
    finished: list[IndexSummary] = []
    controller.finished.connect(finished.append)
    try:
        controller.start()
        qtbot.waitUntil(lambda: bool(finished), timeout=120_000)
    finally:
        controller.shutdown()
    assert [p.files_total for p in seen if p.phase == "ocr"][-1:] == [2]
    summary = finished[0]
    assert (summary.ocr.pages, summary.pages, summary.problems) == (2, 2, ())
    with SearchEngine(index_dir) as engine:
        assert [(h.page, h.ocr_confidence is not None) for h in engine.search("stormflo").hits] == [(2, True)]


def test_results_label_recognised_pages(qtbot: QtBot, bokmal: None) -> None:
    hit = Hit(
        "page",
        "Vedtak",
        "vedtak",
        "/p/vedtak.pdf",
        2,
        "",
        None,
        (),
        Snippet("stormflo"),
        1.0,
        ocr_confidence=0.91,
    )
    model = ResultsModel()
    model.set_result(SearchResult("stormflo", 1, (hit,), None, 1.0))
    row = model.index(0, 0, model.index(0, 0))
    assert model.data(row, HEADING_ROLE) == "s. 2 · gjenkjent tekst, 91\u00a0% kjente ord"


def test_ocr_reasons_are_shown_in_bokmal(bokmal: None) -> None:
    missing = f"no text layer: 2 of 2 pages are images only (scanned?); {HOW_TO_ENABLE}"
    assert translated_reason(missing).startswith("intet tekstlag: 2 av 2 sider er bare bilder (skannet?); ")
    assert "tesseract-ocr-nor" in translated_reason(missing)
    assert (
        translated_reason("text recognition took longer than 60 s; skipped")
        == "tekstgjenkjenningen tok mer enn 60 s; hoppet over"
    )


def test_the_setting_turns_ocr_off(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings()
    assert settings.ocr
    dialog = SettingsDialog(settings, tmp_path / "settings.json", tmp_path / "index")
    qtbot.addWidget(dialog)
    assert dialog.ocr_check.isChecked()
    assert "nor.traineddata" in dialog.ocr_check.toolTip() or "tessdata" in dialog.ocr_check.toolTip()
    dialog.ocr_check.setChecked(False)
    edited = dialog.edited_settings()
    assert not edited.ocr
    edited.save(tmp_path / "settings.json")
    assert not Settings.load(tmp_path / "settings.json").ocr
