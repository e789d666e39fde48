"""F3 through a long PDF: the next page with hits is found a slice at a time, or at once
when the viewer has already looked ahead, and never by reading every page in one go."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.library_factory import write_pdf
from tromsvekst_desktop.core.analysis import word_key
from tromsvekst_desktop.core.marks import MatchRule
from tromsvekst_desktop.gui.widgets import pdf_viewer
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer

PAGES = 60
HIT_PAGES = (2, 58)


@pytest.fixture
def long_pdf(tmp_path: Path) -> Path:
    pages = [
        f"Side {n}: " + ("boligbygging i sentrum" if n in HIT_PAGES else "samferdsel og næring")
        for n in range(1, PAGES + 1)
    ]
    return write_pdf(tmp_path / "lang.pdf", pages, title="Lang")


@pytest.fixture
def viewer(qtbot: QtBot) -> PdfViewer:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(600, 800)
    widget.show()
    return widget


def marks(*words: str) -> MatchRule:
    return MatchRule(words=frozenset(word_key(word) for word in words))


BOLIG = marks("boligbygging")


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
    qtbot.waitUntil(lambda: not viewer._look_ahead.isActive())
    viewer.next_hit()
    assert not viewer.is_seeking() and viewer.current_page() == 2
    viewer.next_hit()
    assert not viewer.is_seeking() and viewer.current_page() == 58


def test_f3_without_hits_says_so(qtbot: QtBot, viewer: PdfViewer, long_pdf: Path) -> None:
    messages: list[str] = []
    viewer.statusMessage.connect(messages.append)
    viewer.open(long_pdf, 5, marks("finnesikke"))
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
    viewer.set_highlight(marks("samferdsel"))
    assert not viewer.is_seeking()
    qtbot.wait(50)
    assert viewer.current_page() == 2  # the old seek did not move the page later
