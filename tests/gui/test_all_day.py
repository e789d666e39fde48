"""A window left open all day: it follows new index generations off the GUI thread, keeps
what the user looks at, searches once per Enter, and holds nothing of old generations."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from tests.library_factory import make_library, write_pdf
from tromsvekst_desktop.core.search import SearchEngine, SearchResult
from tromsvekst_desktop.core.search_service import BadQuery, DamagedIndex, Found, SearchRequest
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.library_wiring import LibraryTools
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.workers import generation
from tromsvekst_desktop.tools.soak import format_table, hit_keys, open_soak

BOLIG_PAGES = [f"Side {n} om bolig og boligbygging i sentrum." for n in range(1, 7)]


@pytest.fixture
def tools(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Iterator[LibraryTools]:
    """The window with its indexing, wired as the application wires it, on a built index."""
    library = make_library(tmp_path / "lib")
    write_pdf(library / "boliger.pdf", BOLIG_PAGES, title="Boliger")
    settings = Settings(library_folders=[str(library)], include_bundled=False)
    tools = window.attach_library(
        settings, tmp_path / "settings.json", tmp_path / "index", [library], start=False
    )
    tools.watcher.changed.disconnect(tools.controller.start)  # the tests start each update
    window.search.set_index_dir(tools.index_dir)
    with qtbot.waitSignal(tools.controller.finished, timeout=60_000):
        tools.controller.start()
    qtbot.waitUntil(lambda: not window.search.is_following_generation())
    yield tools
    tools.shutdown()


def library_of(tools: LibraryTools) -> Path:
    return tools.controller.roots[0]


def search(qtbot: QtBot, window: MainWindow, query: str) -> SearchResult:
    window.search_bar.edit.setFocus()
    window.search.set_text(query)
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.search.is_pending())
    result = window.search.result()
    assert result is not None
    return result


def row_of(window: MainWindow, doc_id: str, page: int) -> QModelIndex:
    """The results row of a page hit."""
    model = window.results_view.model
    for group in (model.index(row, 0) for row in range(model.rowCount())):
        for index in (model.index(row, 0, group) for row in range(model.rowCount(group))):
            hit = model.hit(index)
            if hit is not None and (hit.doc_id, hit.page) == (doc_id, page):
                return index
    raise AssertionError(f"no hit on p. {page} of {doc_id}")


def commit(qtbot: QtBot, window: MainWindow, tools: LibraryTools) -> None:
    """Let the window's indexer commit what changed in the folder; wait until the window has it."""
    with qtbot.waitSignal(tools.controller.indexChanged, timeout=60_000):
        tools.controller.start()
    qtbot.waitUntil(lambda: not window.search.is_pending() and not window.search.is_following_generation())


def fresh_search(tools: LibraryTools, query: str) -> SearchResult:
    with SearchEngine(tools.index_dir) as fresh:
        return fresh.search(query, limit=200)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and popups
def test_one_search_per_enter(qtbot: QtBot, window: MainWindow, tools: LibraryTools) -> None:
    searched: list[str] = []
    window.search_bar.searchRequested.connect(searched.append)
    window.search_bar.edit.setFocus()
    qtbot.keyClicks(window.search_bar.edit, "bolig")
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert searched == ["bolig"]
    # Now "bolig" is in the recent list, which made the combo box search a second time.
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert searched == ["bolig", "bolig"]
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert searched == ["bolig"] * 3
    assert window.search.recent_searches() == ["bolig"]
    # Picking a recent search from the list searches once too.
    window.search.set_text("sentrum")
    window.search_bar.box.showPopup()
    view = window.search_bar.box.view()
    view.setCurrentIndex(window.search_bar.box.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert searched == ["bolig"] * 4


def test_a_new_generation_swaps_in_off_the_gui_thread_keeping_the_hit_and_page(
    qtbot: QtBot, window: MainWindow, tools: LibraryTools, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(qtbot, window, "bolig")
    window.results_view.tree.setCurrentIndex(row_of(window, "boliger", 2))
    window.pdf_viewer.next_hit()  # the user reads on: page 3 of «Boliger»
    qtbot.waitUntil(lambda: not window.pdf_viewer.is_seeking())
    assert window.pdf_viewer.current_page() == 3
    answered_in: list[str] = []
    answer = SearchRequest.answer

    def recording_answer(self: SearchRequest, engine: SearchEngine) -> Found | DamagedIndex | BadQuery:
        answered_in.append(threading.current_thread().name)
        return answer(self, engine)

    monkeypatch.setattr(SearchRequest, "answer", recording_answer)
    library = library_of(tools)
    write_pdf(library / "nye-boliger.pdf", ["Nye boliger i sentrum."], title="Nye")
    (library / "avtalen.pdf").unlink()  # it had a «bolig» hit
    commit(qtbot, window, tools)

    # Answered once, by the worker; the results on screen are a fresh engine's.
    assert answered_in == ["tromsvekst-generation"]
    shown = window.search.result()
    assert shown is not None and hit_keys(shown) == hit_keys(fresh_search(tools, "bolig"))
    assert "avtalen" not in {h.doc_id for h in shown.hits}
    assert "nye-boliger" in {h.doc_id for h in shown.hits}
    # What the user looked at stays: the same hit selected, the viewer on the page read.
    current = window.results_view.current_hit()
    assert current is not None and (current.doc_id, current.page) == ("boliger", 2)
    assert window.pdf_viewer.current_page() == 3
    assert window.pdf_viewer.highlight_rects()  # the page's words still marked


def test_a_search_typed_while_a_generation_opens_is_answered_from_it(
    qtbot: QtBot, window: MainWindow, tools: LibraryTools, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(qtbot, window, "bolig")
    opening = threading.Event()
    open_engine = generation.SearchEngine

    def slow_engine(index_dir: Path) -> SearchEngine:
        opening.wait(10)  # held until the test has typed
        return open_engine(index_dir)

    monkeypatch.setattr(generation, "SearchEngine", slow_engine)
    write_pdf(library_of(tools) / "havbruk.pdf", ["Planen for havbruk i fjordene."])
    with qtbot.waitSignal(tools.controller.indexChanged, timeout=60_000):
        tools.controller.start()
    assert window.search.is_following_generation()
    window.search.set_text("havbruk")
    window.search.search_now()
    assert window.search.is_pending()  # waits for the new generation, not opened here
    opening.set()
    qtbot.waitUntil(lambda: not window.search.is_pending())
    result = window.search.result()
    assert result is not None and result.query == "havbruk" and result.total == 1


def test_soak_hits_stay_true_and_nothing_piles_up(qtbot: QtBot, tmp_path: Path) -> None:
    """10 background updates (a PDF added, one removed) and 200 searches typed: after each
    update the window's hits are a fresh engine's, and memory, open files and held segments
    stay flat."""
    work = tmp_path / "soak"
    make_library(work / "library")
    template = write_pdf(tmp_path / "template.pdf", BOLIG_PAGES[:3], title="Kopi")
    soak, close = open_soak(work, bundled=False, template_pdf=template)
    try:
        soak.build()
        rows = []
        for _ in range(10):
            soak.type_searches(20)
            soak.update()
            rows.append(soak.row())
    finally:
        close()
    table = format_table(rows)
    assert soak.searches >= 200, table
    for row in rows:
        assert row.differing == 0 and row.stale_hits == 0, table
        assert row.deleted_open == 0, table
        assert row.segments_held == row.segments_in_index, table
        assert row.open_files <= row.segments_in_index, table
    # Whoosh merges small segments: the index itself stays small, and so does what is held.
    assert max(row.segments_in_index for row in rows) <= 6, table
    assert rows[-1].rss_mb - rows[1].rss_mb < 10, table
