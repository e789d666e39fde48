"""The settings dialog: folders, bundled plans, index location and language are saved and round-trip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from tests.library_factory import make_library
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.library_wiring import LibraryTools
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.widgets.settings_dialog import SettingsDialog


@pytest.fixture
def chosen_folders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the (patched) folder picker answers, one answer per call."""
    answers: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: answers.pop(0))
    return answers


def make_dialog(qtbot: QtBot, settings: Settings, path: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, path, path.parent / "default-index")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_folders_language_and_location_are_saved(
    qtbot: QtBot, tmp_path: Path, chosen_folders: list[str]
) -> None:
    path = tmp_path / "config" / "settings.json"
    settings = Settings(library_folders=["/gammel/mappe"])
    dialog = make_dialog(qtbot, settings, path)
    chosen_folders += [str(tmp_path / "Planer i Tromsø"), str(tmp_path / "index-her")]

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.folder_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.bundled_check.setChecked(False)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.restart_note.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)

    expected = Settings(
        library_folders=[str(tmp_path / "Planer i Tromsø")],
        index_dir=str(tmp_path / "index-her"),
        language="en",
        include_bundled=False,
    )
    assert settings == expected  # the caller's object is updated in place
    assert Settings.load(path) == expected
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "en"


def test_cancel_changes_nothing(qtbot: QtBot, tmp_path: Path, chosen_folders: list[str]) -> None:
    path = tmp_path / "settings.json"
    settings = Settings()
    dialog = make_dialog(qtbot, settings, path)
    chosen_folders.append(str(tmp_path))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.folders() == [str(tmp_path)]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert settings == Settings()
    assert not path.exists()


def test_a_failed_save_keeps_the_dialog_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings = Settings()
    dialog = make_dialog(qtbot, settings, blocker / "settings.json")
    warnings: list[str] = []
    monkeypatch.setattr(
        "tromsvekst_desktop.gui.widgets.settings_dialog.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and len(warnings) == 1
    assert settings.language == "nb"


@pytest.fixture
def tools(qtbot: QtBot, tmp_path: Path, window_state: QSettings) -> Iterator[LibraryTools]:
    window = MainWindow(window_state=window_state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    library = make_library(tmp_path / "lib")
    settings = Settings(library_folders=[str(library)], include_bundled=False)
    tools = window.attach_library(
        settings, tmp_path / "settings.json", tmp_path / "index", [library], start=False
    )
    yield tools
    tools.shutdown()


def test_preferences_change_the_language_and_index_now(
    qtbot: QtBot, tools: LibraryTools, tmp_path: Path
) -> None:
    window = tools.window
    window.preferences_action.trigger()
    dialog = tools.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with (
        qtbot.waitSignal(window.languageChangeRequested) as language,
        qtbot.waitSignal(tools.controller.finished, timeout=30_000) as indexed,
    ):
        qtbot.mouseClick(dialog.index_now_button, Qt.MouseButton.LeftButton)
    assert language.args == ["en"]
    assert window.language_actions["en"].isChecked()
    assert indexed.args[0].documents == 2
    assert Settings.load(tmp_path / "settings.json").language == "en"
