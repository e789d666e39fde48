"""Indexing from the GUI: the controller's child process, progress, cancel, shutdown, busy index, problems."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from whoosh import index as whoosh_index

from tests.library_factory import write_pdf
from tromsvekst_desktop.core.index import IndexSummary, update_index
from tromsvekst_desktop.core.jobs import Progress
from tromsvekst_desktop.core.pdftext import ExtractedPdf, extract_pdf
from tromsvekst_desktop.core.search import SearchEngine
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.library_wiring import LibraryTools
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.widgets.index_status import IndexStatus
from tromsvekst_desktop.gui.workers.indexer import PROCESS_NAME, IndexController


def slow_extract(path: str, password: str | None) -> ExtractedPdf:
    """An extraction target that reads like a big PDF would: slowly (runs in a worker process)."""
    time.sleep(0.2)
    return extract_pdf(path, password)


@pytest.fixture
def make_controller(qtbot: QtBot, index_dir: Path) -> Iterator[type[IndexController]]:
    controllers: list[IndexController] = []

    def make(roots: list[Path], **kwargs: object) -> IndexController:
        controller = IndexController(index_dir, roots, **kwargs)  # type: ignore[arg-type]
        controllers.append(controller)
        return controller

    yield make  # type: ignore[misc]
    for controller in controllers:
        controller.shutdown()


def hits(index_dir: Path, query: str) -> list[tuple[str | None, int | None]]:
    with SearchEngine(index_dir) as engine:
        return [(h.path, h.page) for h in engine.search(query, limit=100).hits if h.kind == "page"]


def add_pdfs(folder: Path, count: int, word: str) -> None:
    for number in range(count):
        write_pdf(folder / f"ny-{number:02}.pdf", [f"Side om {word} nummer {number}."])


def test_controller_indexes_the_library(
    qtbot: QtBot, make_controller, library: Path, index_dir: Path
) -> None:
    controller = make_controller([library])
    with (
        qtbot.waitSignal(controller.indexChanged, timeout=30_000),
        qtbot.waitSignal(controller.finished, timeout=30_000) as finished,
    ):
        controller.start()
    summary = finished.args[0]
    assert isinstance(summary, IndexSummary)
    assert (summary.documents, summary.pages, summary.goals, summary.added) == (2, 5, 5, 2)
    assert not controller.is_running()
    assert hits(index_dir, "skredsikring") == [(str(library / "planen.pdf"), 3)]


def test_progress_reaches_the_status_bar(qtbot: QtBot, make_controller, library: Path) -> None:
    add_pdfs(library, 4, "havbruk")
    controller = make_controller([library], extract_target=slow_extract)
    status = IndexStatus()
    qtbot.addWidget(status)
    status.watch(controller)
    status.show()
    seen: list[Progress] = []
    controller.progress.connect(seen.append)
    finished: list[IndexSummary] = []
    controller.finished.connect(finished.append)

    controller.start()
    qtbot.waitUntil(
        lambda: "PDF files" in status.label.full_text() and status.is_showing_progress(), timeout=20_000
    )
    assert status.label.full_text().startswith("Indexing ")
    assert status.cancel_button.isVisible()
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert not status.bar.isVisible() and not status.cancel_button.isVisible()
    assert status.label.full_text() == "The index is up to date: 6 PDF files, 9 pages"
    assert not status.problems_button.isVisible()
    extracts = [p for p in seen if p.phase == "extract"]
    assert extracts and extracts[-1].files_total == 6
    assert [p.files_done for p in extracts] == sorted(p.files_done for p in extracts)


def test_cancel_keeps_the_previous_index(
    qtbot: QtBot, make_controller, library: Path, index_dir: Path
) -> None:
    controller = make_controller([library], extract_target=slow_extract)
    update_index(index_dir, [library])  # the index as the last run committed it
    add_pdfs(library, 30, "havbruk")
    status = IndexStatus()
    qtbot.addWidget(status)
    status.watch(controller)
    status.show()
    finished: list[IndexSummary] = []
    controller.finished.connect(finished.append)
    changed: list[bool] = []
    controller.indexChanged.connect(lambda: changed.append(True))  # emitted on the GUI thread

    controller.start()
    controller.start()  # a follow-up request, dropped by the cancel
    qtbot.waitUntil(lambda: status.cancel_button.isVisible(), timeout=20_000)
    with qtbot.waitSignal(controller.cancelled, timeout=20_000):
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert not controller.is_running()
    assert finished == [] and changed == []
    assert status.label.full_text() == "Indexing cancelled. Searching uses the index as it was."
    assert hits(index_dir, "midtveisevaluering")  # the last committed index answers
    assert hits(index_dir, "havbruk") == []


def test_requests_during_a_run_give_one_follow_up(qtbot: QtBot, make_controller, library: Path) -> None:
    controller = make_controller([library])
    finished: list[IndexSummary] = []
    controller.finished.connect(finished.append)
    controller.start()
    controller.start()
    controller.start(rebuild=True)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    assert not controller.is_running()  # a third run would have started at once
    first, second = finished
    assert first.added == 2
    assert second.added == 2  # the follow-up was the rebuild: every file read again


def test_a_busy_index_fails_with_a_clear_message(
    qtbot: QtBot, make_controller, library: Path, index_dir: Path
) -> None:
    controller = make_controller([library], lock_timeout_s=0.2)
    update_index(index_dir, [library])  # the index as the last run committed it
    holder = whoosh_index.open_dir(str(index_dir), indexname="MAIN").writer()
    try:
        with qtbot.waitSignal(controller.failed, timeout=20_000) as failed:
            controller.start()
    finally:
        holder.cancel()
    assert "Another Tromsvekst window is updating the index" in failed.args[0]
    assert hits(index_dir, "skredsikring")


def index_process() -> multiprocessing.process.BaseProcess:
    """The controller's child that runs update_index (its extraction workers are its own children)."""
    (process,) = [p for p in multiprocessing.active_children() if p.name == PROCESS_NAME]
    return process


def test_a_killed_index_process_fails_clearly_and_keeps_the_index(
    qtbot: QtBot, make_controller, library: Path, index_dir: Path
) -> None:
    controller = make_controller([library], extract_target=slow_extract)
    update_index(index_dir, [library])  # the index as the last run committed it
    add_pdfs(library, 30, "havbruk")
    seen: list[Progress] = []
    controller.progress.connect(seen.append)
    finished: list[IndexSummary] = []
    controller.finished.connect(finished.append)

    controller.start()
    qtbot.waitUntil(lambda: any(p.phase == "extract" for p in seen), timeout=20_000)
    with qtbot.waitSignal(controller.failed, timeout=20_000) as failed:
        os.kill(index_process().pid, signal.SIGKILL)  # a crash in the middle of the run
    assert "the indexing process ended unexpectedly" in failed.args[0]
    assert not controller.is_running() and finished == []
    assert hits(index_dir, "midtveisevaluering")  # the last committed index answers
    assert hits(index_dir, "havbruk") == []
    again_controller = make_controller([library])
    with qtbot.waitSignal(again_controller.finished, timeout=30_000) as again:
        again_controller.start()  # the killed writer left no lock behind
    assert again.args[0].added == 30


def test_shutdown_stops_the_run_and_nothing_of_it_follows(
    qtbot: QtBot, make_controller, library: Path, index_dir: Path
) -> None:
    controller = make_controller([library], extract_target=slow_extract)
    update_index(index_dir, [library])  # the index as the last run committed it
    add_pdfs(library, 30, "havbruk")
    emitted: list[str] = []
    for name in ("finished", "failed", "cancelled", "indexChanged"):
        getattr(controller, name).connect(lambda *_args, name=name: emitted.append(name))
    seen: list[Progress] = []
    controller.progress.connect(seen.append)
    controller.start()
    qtbot.waitUntil(lambda: any(p.phase == "extract" for p in seen), timeout=20_000)
    process = index_process()

    controller.shutdown()
    assert not controller.is_running() and not process.is_alive()
    qtbot.wait(300)  # two more ticks of the progress timer, were it still running
    assert emitted == []
    assert hits(index_dir, "midtveisevaluering")
    assert hits(index_dir, "havbruk") == []


@pytest.fixture
def attach(window: MainWindow, tmp_path: Path, index_dir: Path) -> Iterator[type[LibraryTools]]:
    attached: list[LibraryTools] = []

    def make(library: Path, **kwargs: object) -> LibraryTools:
        settings = Settings(library_folders=[str(library)], include_bundled=False)
        tools = window.attach_library(
            settings,
            tmp_path / "settings.json",
            index_dir,
            [library],
            **kwargs,  # type: ignore[arg-type]
        )
        attached.append(tools)
        return tools

    yield make  # type: ignore[misc]
    for tools in attached:
        tools.shutdown()


def test_a_bad_pdf_shows_in_the_problems_panel(
    qtbot: QtBot, window: MainWindow, attach, library: Path
) -> None:
    (library / "tom.pdf").write_bytes(b"")
    tools = attach(library, start=False)
    assert window.reindex_action.isEnabled() and window.preferences_action.isEnabled()
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000):
        tools.controller.start()
    button = tools.status.problems_button
    assert button.isVisible() and button.text() == "1 problem"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    panel = tools.problems_panel
    assert panel.isVisible()
    model = panel.table.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "tom.pdf"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == str(library / "tom.pdf")
    assert model.index(0, 2).data() == "The file is empty (0 bytes)."


def test_first_start_indexes_and_the_menu_rebuilds(
    qtbot: QtBot, window: MainWindow, attach, library: Path, index_dir: Path
) -> None:
    changed: list[bool] = []
    tools = attach(library)  # starts at once: the finished signal waits for the event loop below
    tools.controller.indexChanged.connect(lambda: changed.append(True))  # emitted on the GUI thread
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as first:
        pass
    assert first.args[0].added == 2 and index_dir.is_dir()
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as rebuilt:
        window.reindex_action.trigger()
    assert rebuilt.args[0].added == 2  # a rebuild reads every file again
    assert changed == [True, True]


def test_a_file_added_to_the_library_is_indexed_without_asking(
    qtbot: QtBot, attach, library: Path, index_dir: Path
) -> None:
    tools = attach(library)
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000):
        pass
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as again:
        write_pdf(library / "nye" / "havbruk.pdf", ["Planen for havbruk i fjordene."])
    assert again.args[0].added == 1
    assert hits(index_dir, "havbruk") == [(str(library / "nye" / "havbruk.pdf"), 1)]
