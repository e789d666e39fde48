"""An index folder that cannot be written: said at once with a way out, an index already there
is still searched, and `--screenshot` still exits with its picture instead of waiting."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tromsvekst_desktop.core.index import index_exists, update_index
from tromsvekst_desktop.core.library import bundled_library_dir
from tromsvekst_desktop.core.settings import Settings

NOBODY = 65534

# Root ignores permissions: the window runs in a process that gives up root once Qt and the
# modules it needs are loaded (a new interpreter as nobody could not reach this venv). A
# search as root first loads what the search imports lazily, when there is an index.
AS_NOBODY = """
import contextlib, io, json, os, sys, encodings.utf_8_sig
from tromsvekst_desktop import cli
from tromsvekst_desktop.gui import app, crash, i18n, library_wiring, main_window, window_report
from PySide6.QtWidgets import QApplication
index_dir = sys.argv[sys.argv.index("--index-dir") + 1]
if os.path.isdir(index_dir) and os.listdir(index_dir):
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["--index-dir", index_dir, "search", "klimatilpasning"])
qt = QApplication([sys.argv[0]])
i18n.install_translators(qt, "nb")  # loads importlib's resource readers
if os.geteuid() == 0:
    os.setgid(NOBODY)
    os.setuid(NOBODY)
sys.exit(app.run(sys.argv[1:]))
""".replace("NOBODY", str(NOBODY))


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can read (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="tromsvekst-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def screenshot_as_reader(
    home: Path, index_dir: Path
) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    home.mkdir(mode=0o777)
    home.chmod(0o777)  # the reader's own home: settings and log are written there
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home),
    )
    report = home / "window.json"
    args = ["--index-dir", str(index_dir), "--search", "klimatilpasning", "--no-crash-dialog"]
    args += ["--screenshot", str(home / "window.png"), "--screenshot-report", str(report)]
    result = subprocess.run(
        [sys.executable, "-c", AS_NOBODY, *args], env=env, capture_output=True, text=True, timeout=150
    )
    assert result.returncode == 0, result.stderr
    assert "did not settle" not in result.stderr  # it did not wait for an index that cannot come
    assert (home / "window.png").stat().st_size > 0
    return result, json.loads(report.read_text())


def test_an_index_in_a_folder_that_cannot_be_written_is_searched_and_the_window_says_so(
    shared_dir: Path,
) -> None:
    index_dir = shared_dir / "index"
    update_index(index_dir, [bundled_library_dir()])
    for path in index_dir.rglob("*"):
        path.chmod(0o644)
    index_dir.chmod(0o555)
    _result, report = screenshot_as_reader(shared_dir / "home", index_dir)
    assert report["hits"]  # the existing index answers
    notice = str(report["notice"])
    assert notice.startswith(f"Tromsvekst kan ikke skrive i indeksmappen {index_dir} (ingen skrivetilgang)")
    assert "Søket bruker indeksen som ligger der" in notice


def test_no_index_and_a_folder_that_cannot_be_written_ends_the_wait_with_the_reason(shared_dir: Path) -> None:
    locked = shared_dir / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    index_dir = locked / "index"
    _result, report = screenshot_as_reader(shared_dir / "home", index_dir)
    assert report["hits"] is None
    assert str(report["notice"]).startswith(f"Tromsvekst kan ikke lage søkeindeksen i {index_dir}")
    assert "kan ikke lages" in str(report["message"]) and "ikke klar ennå" not in str(report["message"])
    assert not index_exists(index_dir)


def test_choosing_another_folder_builds_the_index_there_and_remembers_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Here the folder cannot be made because its parent is a file (root may write anywhere)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    index_dir = blocker / "index"
    window = shown_window(qtbot, tmp_path, [], include_bundled=True, index_dir=index_dir)
    settings, settings_path = Settings(), tmp_path / "settings.json"
    tools = window.attach_library(settings, settings_path, index_dir, [bundled_library_dir()])
    window.search.set_text("klimatilpasning")
    window.search.search_now()
    assert window.index_notice.isVisible()
    assert not tools.controller.is_running()  # nothing started that can only fail
    assert not window.search.is_pending()
    assert "cannot be made" in window.results_view.message_text()

    chosen = tmp_path / "index-here"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(chosen))
    window.index_notice.button.click()
    assert not window.index_notice.isVisible()
    qtbot.waitUntil(lambda: window.search.result() is not None, timeout=60_000)
    assert window.search.result().hits  # type: ignore[union-attr]
    assert index_exists(chosen)
    assert Settings.load(settings_path).index_dir == str(chosen)
    tools.shutdown()
