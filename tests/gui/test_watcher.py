"""The library watcher: new files and sub-folders give one changed(), noise and the index folder none."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.library_factory import write_pdf
from tromsvekst_desktop.gui.workers.watcher import LibraryWatcher

DEBOUNCE_MS = 150


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "bibliotek"
    (root / "planer").mkdir(parents=True)
    (root / ".skjult").mkdir()
    (root / "indeks").mkdir()
    write_pdf(root / "planer" / "plan.pdf", ["Planen om klimatilpasning."])
    return root


@pytest.fixture
def watcher(qtbot: QtBot, library: Path) -> LibraryWatcher:
    return LibraryWatcher([library], ignore=[library / "indeks"], debounce_ms=DEBOUNCE_MS)


def test_watches_sub_folders_but_not_hidden_ones_or_the_index(watcher: LibraryWatcher, library: Path) -> None:
    assert watcher.watched_folders() == [str(library), str(library / "planer")]


def test_a_new_pdf_gives_one_changed(qtbot: QtBot, watcher: LibraryWatcher, library: Path) -> None:
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        write_pdf(library / "planer" / "ny.pdf", ["Ny plan."])
        (library / "mål.yaml").write_text("plan: {}\n", encoding="utf-8")
    with qtbot.assertNotEmitted(watcher.changed, wait=DEBOUNCE_MS * 3):
        pass  # the burst above was one change


def test_files_in_a_new_sub_folder_are_seen(qtbot: QtBot, watcher: LibraryWatcher, library: Path) -> None:
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        write_pdf(library / "nye" / "første.pdf", ["Første plan."])
    assert str(library / "nye") in watcher.watched_folders()
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        write_pdf(library / "nye" / "andre.pdf", ["Andre plan."])


def test_a_changed_file_is_seen(qtbot: QtBot, watcher: LibraryWatcher, library: Path) -> None:
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        write_pdf(library / "planer" / "plan.pdf", ["Planen om noe annet, og lengre enn før."])


def test_noise_and_the_index_folder_give_nothing(
    qtbot: QtBot, watcher: LibraryWatcher, library: Path
) -> None:
    with qtbot.assertNotEmitted(watcher.changed, wait=DEBOUNCE_MS * 4):
        (library / "notater.txt").write_text("ikke en plan", encoding="utf-8")
        (library / "indeks" / "MAIN_1.toc").write_bytes(b"whoosh")
        (library / ".skjult" / "gammel.pdf").write_bytes(b"%PDF-1.7")
