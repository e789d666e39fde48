"""The window under faults: another process re-indexing, a damaged index, odd passwords, bad arguments."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.library_factory import GOALS, cli_argv, write_pdf
from tromsvekst_desktop.core.index import INDEX_NAME, update_index
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.library_wiring import LibraryTools
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.widgets import pdf_viewer
from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer


@pytest.fixture
def tools(window: MainWindow, tmp_path: Path, library: Path) -> Iterator[LibraryTools]:
    """The window's indexing, wired as the application wires it, on an index already built."""
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    settings = Settings(library_folders=[str(library)], include_bundled=False)
    tools = window.attach_library(settings, tmp_path / "settings.json", index_dir, [library], start=False)
    # The CLI, not the window's own watcher, is to pick up the changes in these tests.
    tools.watcher.changed.disconnect(tools.controller.start)
    window.search.set_index_dir(index_dir)
    yield tools
    tools.shutdown()


def search(window: MainWindow, query: str) -> None:
    window.search.set_text(query)
    window.search.search_now()


def test_window_follows_a_generation_committed_by_the_cli(
    qtbot: QtBot, window: MainWindow, tools: LibraryTools, library: Path
) -> None:
    search(window, "havbruk")
    assert window.search.result() is not None and window.search.result().total == 0
    write_pdf(library / "havbruk.pdf", ["Planen for havbruk i fjordene.", "Mer om havbruk."])
    (library / "goals.yaml").write_text(
        GOALS + '  - id: t.io3\n    number: "3"\n    title: Havbruk og fiskeri\n', encoding="utf-8"
    )
    result = subprocess.run(
        cli_argv(tools.index_dir, "index", "--no-bundled", str(library)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # Within the poll interval the hits on screen come from the new generation, and the goal
    # tree has the new goal.
    qtbot.waitUntil(lambda: total_on_screen(window) == 3, timeout=10_000)
    assert window.results_view.summary().startswith("3 hits")
    assert window.goals.model.index_for_node("t.io3").isValid()


def total_on_screen(window: MainWindow) -> int:
    result = window.search.result()
    return -1 if result is None else result.total


def test_damaged_index_offers_a_rebuild_that_repairs_it(
    qtbot: QtBot, window: MainWindow, tools: LibraryTools
) -> None:
    segment = next(tools.index_dir.glob(f"{INDEX_NAME}_*.seg"))
    with segment.open("r+b") as stream:
        stream.truncate(segment.stat().st_size // 2)
    search(window, "skredsikring")
    assert "The search index is damaged" in window.results_view.message_text()
    assert segment.name in window.results_view.message_text()
    assert window.rebuild_button.isVisible()
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000):
        qtbot.mouseClick(window.rebuild_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: total_on_screen(window) == 2, timeout=10_000)
    assert not window.rebuild_button.isVisible()


@pytest.fixture
def viewer(qtbot: QtBot) -> PdfViewer:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    return widget


def answer_prompts(monkeypatch: pytest.MonkeyPatch, answers: list[str | None]) -> list[bool]:
    """Replace the password dialog with ``answers``; returns whether each prompt said "wrong"."""
    replies = iter(answers)
    asked: list[bool] = []

    def prompt(parent: object, file_name: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return next(replies)

    monkeypatch.setattr(pdf_viewer, "ask_password", prompt)
    return asked


def test_umlaut_password_of_a_real_file_after_empty_and_wrong_ones(
    viewer: PdfViewer, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_prompts(monkeypatch, ["", "passwort", "pässwört"])
    assert viewer.open(corpus_dir / "pdfs" / "enc-userpw__aes256r5-pw-umlaut.pdf")
    assert asked == [False, True, True]
    viewer.copy_text_action.trigger()
    assert "decryption succeeded" in QGuiApplication.clipboard().text()


@pytest.mark.parametrize("password", ["Tromsø-æøå", "ŧŋčšž€ Sápmi"])
def test_generated_pdf_with_non_ascii_password(
    viewer: PdfViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, password: str
) -> None:
    path = tmp_path / "låst.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Hemmelig plan", fontname="helv")
    doc.save(str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password, owner_pw="eier")
    doc.close()
    asked = answer_prompts(monkeypatch, [password.upper(), password])
    assert viewer.open(path)
    assert asked == [False, True]


def test_cancelled_prompt_after_a_wrong_password_shows_a_message(
    viewer: PdfViewer, encrypted_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_prompts(monkeypatch, ["feil", None])
    assert not viewer.open(encrypted_pdf)
    assert "password protected" in viewer.message()


@pytest.mark.parametrize(
    "argv",
    [["--bogus"], ["--index-dir"], ["--lang", "de"], ["--index-dir", "/finnes/ikke/indeks"], ["--search"]],
    ids=lambda argv: " ".join(argv),
)
def test_desktop_bad_arguments_exit_2_with_usage(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tromsvekst_desktop", *argv], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.startswith("usage: tromsvekst-desktop") and "Traceback" not in result.stderr
