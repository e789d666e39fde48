"""The PDF viewer: opening, page navigation, hit highlighting, zoom, copy, passwords, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import HIT_PAGES, IMAGE_ONLY_PAGE, PAGE_COUNT
from tests.library_factory import write_pdf
from tromsvekst_desktop.core.analysis import word_key
from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.gui.widgets import pdf_viewer
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer


def words(*words: str) -> MatchRule:
    """A rule that marks these words (any inflected form)."""
    return MatchRule(words=frozenset(word_key(word) for word in words))


is_hit = words("klimatilpasning")


@pytest.fixture
def viewer(qtbot: QtBot) -> PdfViewer:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_opens_at_the_given_page(viewer: PdfViewer, sample_pdf: Path) -> None:
    assert viewer.open(sample_pdf, page=3)
    assert viewer.current_page() == 3
    assert viewer.page_label() == f"p. 3 / {PAGE_COUNT}"
    assert viewer.canvas.width() > 100


def test_highlight_marks_matching_words(viewer: PdfViewer, sample_pdf: Path) -> None:
    viewer.open(sample_pdf, page=3, highlight=is_hit)
    assert len(viewer.highlight_rects()) == 2  # "klimatilpasning" twice on page 3
    viewer.go_to_page(2)
    assert viewer.highlight_rects() == []
    viewer.set_highlight(words("Side"))
    assert len(viewer.highlight_rects()) == 1


def test_f3_goes_to_the_next_page_with_hits_and_wraps(
    viewer: PdfViewer, sample_pdf: Path, qtbot: QtBot
) -> None:
    viewer.open(sample_pdf, page=1, highlight=is_hit)
    viewer.scroll_area.setFocus()
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_F3)
    assert viewer.current_page() == HIT_PAGES[0]
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_F3)
    assert viewer.current_page() == HIT_PAGES[1]
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_F3)
    assert viewer.current_page() == HIT_PAGES[0]  # wrapped round
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.current_page() == HIT_PAGES[1]


def test_page_keys(viewer: PdfViewer, sample_pdf: Path, qtbot: QtBot) -> None:
    viewer.open(sample_pdf, page=1)
    viewer.scroll_area.setFocus()
    with qtbot.waitSignal(viewer.pageChanged) as changed:
        qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_PageDown)
    assert changed.args == [2]
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_End)
    assert viewer.current_page() == PAGE_COUNT
    assert viewer.page_label() == f"p. {PAGE_COUNT} / {PAGE_COUNT}"
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_PageUp)
    assert viewer.current_page() == PAGE_COUNT - 1
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_Home)
    assert viewer.current_page() == 1


def test_page_box_moves_to_typed_page(viewer: PdfViewer, sample_pdf: Path, qtbot: QtBot) -> None:
    viewer.open(sample_pdf)
    viewer.page_spin.lineEdit().selectAll()
    qtbot.keyClicks(viewer.page_spin, "4")
    qtbot.keyClick(viewer.page_spin, Qt.Key.Key_Return)
    assert viewer.current_page() == 4


def test_zoom_changes_rendered_size(viewer: PdfViewer, sample_pdf: Path, qtbot: QtBot) -> None:
    viewer.open(sample_pdf)
    viewer.scroll_area.setFocus()
    width = viewer.canvas.width()
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.canvas.width() > width
    zoomed = viewer.canvas.width()
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.canvas.width() < zoomed
    viewer.fit_page()
    assert viewer.canvas.height() <= viewer.scroll_area.viewport().height()
    viewer.fit_width()
    assert viewer.canvas.width() <= viewer.scroll_area.viewport().width()
    assert viewer.canvas.width() > viewer.scroll_area.viewport().width() * 0.8


def test_copy_page_text(viewer: PdfViewer, sample_pdf: Path) -> None:
    viewer.open(sample_pdf, page=5)
    viewer.copy_text_action.trigger()
    assert "Side 5 av planen" in QGuiApplication.clipboard().text()


def test_scanned_page_shows_note(viewer: PdfViewer, sample_pdf: Path) -> None:
    viewer.open(sample_pdf, page=IMAGE_ONLY_PAGE - 1)
    assert not viewer.note_label.isVisible()
    viewer.next_page()
    assert viewer.note_label.isVisible()
    assert viewer.note_label.text() == "This page has no searchable text."


def test_encrypted_pdf_asks_until_right_password(
    viewer: PdfViewer, encrypted_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["feil", "riktig"])
    asked: list[bool] = []

    def fake_prompt(parent: object, file_name: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr(pdf_viewer, "ask_password", fake_prompt)
    assert viewer.open(encrypted_pdf, page=2)
    assert asked == [False, True]  # the second prompt says the first password was wrong
    assert viewer.current_page() == 2


def test_encrypted_pdf_cancelled_shows_message(
    viewer: PdfViewer, encrypted_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_viewer, "ask_password", lambda *args: None)
    assert not viewer.open(encrypted_pdf)
    assert "password protected" in viewer.message()
    assert viewer.stack.currentWidget() is viewer.message_label


def test_missing_file_shows_message(viewer: PdfViewer, tmp_path: Path) -> None:
    assert not viewer.open(tmp_path / "borte.pdf")
    assert "Cannot find the file" in viewer.message_label.text()
    assert viewer.stack.currentWidget() is viewer.message_label
    assert not viewer.next_page_action.isEnabled()


def test_broken_file_shows_message(viewer: PdfViewer, tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("this is not a PDF", encoding="utf-8")
    assert not viewer.open(fake)
    assert "Cannot open «fake.pdf»" in viewer.message_label.text()


def test_tool_buttons_have_tooltips_and_accessible_names(viewer: PdfViewer) -> None:
    buttons = viewer.findChildren(QToolButton)
    assert len(buttons) >= 9
    for button in buttons:
        assert button.toolTip()
        assert button.accessibleName()


def test_a_hit_low_on_the_page_is_scrolled_into_view(viewer: PdfViewer, tmp_path: Path, qtbot: QtBot) -> None:
    lines = [f"Linje {n} om planarbeid i regionen." for n in range(1, 45)] + [
        "Her står skredsikring nederst."
    ]
    pdf = tmp_path / "lang.pdf"
    write_pdf(pdf, ["\n".join(lines), "Side to."], title="Lang")
    viewer.open(pdf, page=1, highlight=words("skredsikring"))
    viewer.fit_width()
    viewer.open(pdf, page=2)
    viewer.open(pdf, page=1, highlight=words("skredsikring"))

    bar = viewer.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    [hit] = viewer.highlight_rects()
    visible_top, visible_bottom = bar.value(), bar.value() + viewer.scroll_area.viewport().height()
    assert visible_top <= hit.center().y() * viewer.zoom() <= visible_bottom


# --- F3 through a long PDF: found a slice at a time, or at once once looked ahead ---

LONG_PAGES = 60
LONG_HIT_PAGES = (2, 58)  # «boligbygging» on these pages only
BOLIG = words("boligbygging")


@pytest.fixture
def long_pdf(tmp_path: Path) -> Path:
    pages = [
        f"Side {n}: " + ("boligbygging i sentrum" if n in LONG_HIT_PAGES else "samferdsel og næring")
        for n in range(1, LONG_PAGES + 1)
    ]
    return write_pdf(tmp_path / "lang.pdf", pages, title="Lang")


def test_f3_reads_pages_a_slice_at_a_time(
    qtbot: QtBot, viewer: PdfViewer, long_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_viewer, "SEEK_SLICE_S", 0.0)  # one page per turn of the event loop
    monkeypatch.setattr(pdf_viewer, "LOOK_AHEAD_SLICE_S", 0.0)
    viewer.open(long_pdf, 2, BOLIG)
    viewer.next_hit()
    # F3 returned to the event loop long before 56 pages were read.
    assert viewer.is_seeking() and viewer.current_page() == 2
    qtbot.waitUntil(lambda: not viewer.is_seeking())
    assert viewer.current_page() == 58
    assert viewer.highlight_rects()
    viewer.next_hit()  # wraps around to the first page with hits
    qtbot.waitUntil(lambda: not viewer.is_seeking())
    assert viewer.current_page() == 2
    viewer.previous_hit()
    qtbot.waitUntil(lambda: not viewer.is_seeking())
    assert viewer.current_page() == 58


def test_after_looking_ahead_f3_is_at_once(qtbot: QtBot, viewer: PdfViewer, long_pdf: Path) -> None:
    viewer.open(long_pdf, 1, BOLIG)
    qtbot.waitUntil(lambda: not viewer.is_looking_ahead())
    viewer.next_hit()
    assert not viewer.is_seeking() and viewer.current_page() == 2
    viewer.next_hit()
    assert not viewer.is_seeking() and viewer.current_page() == 58


def test_f3_without_hits_says_so(qtbot: QtBot, viewer: PdfViewer, long_pdf: Path) -> None:
    messages: list[str] = []
    viewer.statusMessage.connect(messages.append)
    viewer.open(long_pdf, 5, words("finnesikke"))
    viewer.next_hit()
    qtbot.waitUntil(lambda: not viewer.is_seeking())
    assert viewer.current_page() == 5
    assert messages == ["No hits in this document."]


def test_a_new_highlight_stops_a_seek_for_the_old_one(
    qtbot: QtBot, viewer: PdfViewer, long_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_viewer, "SEEK_SLICE_S", 0.0)
    viewer.open(long_pdf, 2, BOLIG)
    viewer.next_hit()
    assert viewer.is_seeking()
    viewer.set_highlight(words("samferdsel"))
    assert not viewer.is_seeking()
    qtbot.wait(50)
    assert viewer.current_page() == 2  # the old seek did not move the page later
