"""The main window: search field keys, goal tree → details, persistence, language switch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.main_window import MainWindow


def make_window(qtbot: QtBot, forest: GoalForest, state: QSettings, **kwargs: object) -> MainWindow:
    window = MainWindow(forest, window_state=state, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_ctrl_f_focuses_search_and_esc_clears(
    qtbot: QtBot, forest: GoalForest, window_state: QSettings
) -> None:
    window = make_window(qtbot, forest, window_state)
    window.goal_tree.setFocus()
    qtbot.keyClick(window.goal_tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    line_edit = window.search_bar.box.lineEdit()
    assert line_edit.hasFocus()
    qtbot.keyClicks(line_edit, "klima")
    with qtbot.waitSignal(window.search_bar.searchRequested) as searched:
        qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert searched.args == ["klima"]
    assert window.search.recent_searches() == ["klima"]
    with qtbot.waitSignal(window.search_bar.searchRequested) as cleared:
        qtbot.keyClick(line_edit, Qt.Key.Key_Escape)
    assert cleared.args == [""]
    assert line_edit.text() == ""
    window.goal_tree.setFocus()
    qtbot.keyClick(window.goal_tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert line_edit.hasFocus()


def test_typing_searches_after_a_pause(qtbot: QtBot, forest: GoalForest, window_state: QSettings) -> None:
    window = make_window(qtbot, forest, window_state)
    with qtbot.waitSignal(window.search_bar.searchRequested, timeout=2000) as searched:
        qtbot.keyClicks(window.search_bar.box.lineEdit(), "bolig")
    assert searched.args == ["bolig"]
    assert window.search.recent_searches() == []  # only searches confirmed with Enter are remembered


def test_selecting_a_goal_shows_its_details(
    qtbot: QtBot, forest: GoalForest, window_state: QSettings
) -> None:
    documents = {"tva-doc": Document("tva-doc", "Tromsvekstavtalen (PDF)", ("IPR",), "avtale")}
    window = make_window(qtbot, forest, window_state, documents=documents)
    window.goals.show_goal("tva.d2-1")
    assert window.detail_stack.currentWidget() is window.goal_detail
    text = window.goal_detail.text()
    assert "Tromsøregionen skal ha god arealplanlegging" in text
    assert "Delmål 2.1" in text
    assert "Tromsvekstavtalen (PDF), p. 3" in text
    assert window.goal_tree.currentIndex().data() == "2.1 Tromsøregionen skal ha god arealplanlegging"


def test_tree_filter_field(qtbot: QtBot, forest: GoalForest, window_state: QSettings) -> None:
    window = make_window(qtbot, forest, window_state)
    qtbot.keyClicks(window.tree_filter, "befolkning")
    assert window.goals.filter_model.rowCount() == 1  # only the plan that holds the match
    plan = window.goals.filter_model.index(0, 0)
    assert window.goals.filter_model.index(0, 0, plan).data() == "1 Befolkningsutvikling"


def test_splitter_sizes_and_recent_searches_persist(
    qtbot: QtBot, forest: GoalForest, window_state: QSettings
) -> None:
    first = make_window(qtbot, forest, window_state)
    first.showNormal()  # a first start on the small offscreen screen (800×800) is maximized
    first.resize(760, 560)  # inside the screen: restored as it was
    first.splitter.setSizes([170, 280, 300])
    sizes = first.splitter.sizes()
    first.search.set_text("klima")
    first.search.search_now()
    first.close()

    second = make_window(qtbot, forest, window_state)
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes
    assert second.search.recent_searches() == ["klima"]


def test_language_switch(
    qtbot: QtBot, qapp: QApplication, forest: GoalForest, window_state: QSettings
) -> None:
    window = make_window(qtbot, forest, window_state)
    install_translators(qapp, "nb")
    # Qt posts LanguageChange to the windows: wait for it to arrive.
    qtbot.waitUntil(lambda: menu_titles(window) == ["&Fil", "&Rediger", "&Vis", "&Bibliotek", "&Hjelp"])
    assert window.search_bar.box.lineEdit().placeholderText() == "Søk i planer og mål …"
    assert window.pdf_viewer.copy_text_action.text() == "Kopier sidetekst"
    install_translators(qapp, "en")
    qtbot.waitUntil(lambda: menu_titles(window) == ["&File", "&Edit", "&View", "&Library", "&Help"])
    assert window.pdf_viewer.copy_text_action.text() == "Copy page text"


def test_language_menu_requests_a_switch(qtbot: QtBot, forest: GoalForest, window_state: QSettings) -> None:
    window = make_window(qtbot, forest, window_state, language="nb")
    with qtbot.waitSignal(window.languageChangeRequested) as requested:
        window.language_actions["en"].trigger()
    assert requested.args == ["en"]


def test_about_text_names_the_licences(qtbot: QtBot, forest: GoalForest, window_state: QSettings) -> None:
    window = make_window(qtbot, forest, window_state)
    text = window.about_text()
    for needle in ("AGPL-3.0-or-later", "LGPL", "PyMuPDF", "Whoosh", "BSD", "PyYAML", "MIT", "0."):
        assert needle in text


def test_bokmal_standard_buttons(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    install_translators(qapp, "nb")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"OK", "Avbryt"}


def test_screenshot_command(tmp_path: Path) -> None:
    """The real entry point, in a fresh process without a display: writes a PNG and exits 0."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    out = tmp_path / "out.png"
    result = subprocess.run(
        [sys.executable, "-m", "tromsvekst_desktop", "--screenshot", str(out), "--no-crash-dialog"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    # The window fills the offscreen platform's default 800×800 screen (minus the frame).
    assert 700 <= image.width() <= 800
    assert 700 <= image.height() <= 800
    assert list((home / ".local" / "share").rglob("tromsvekst.log"))


@pytest.mark.parametrize("flag", ["--lang", "--index-dir"])
def test_bad_arguments_exit_with_usage(flag: str) -> None:
    from tromsvekst_desktop.gui.app import parse_args

    with pytest.raises(SystemExit):
        parse_args([flag])
