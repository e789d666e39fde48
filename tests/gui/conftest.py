"""GUI test fixtures: generated PDFs, a small goal forest, window state in a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tromsvekst_desktop.core.goals import GoalForest, GoalLink, GoalNode
from tromsvekst_desktop.core.library import library_roots
from tromsvekst_desktop.core.librarydata import load_library
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.main_window import MainWindow

PAGE_COUNT = 7
HIT_PAGES = (3, 5)  # pages that contain "klimatilpasning"
IMAGE_ONLY_PAGE = 6  # a "scanned" page: drawing, no text


def _write_pdf(path: Path, **save_options: object) -> Path:
    doc = pymupdf.open()
    for number in range(1, PAGE_COUNT + 1):
        page = doc.new_page(width=595, height=842)
        if number == IMAGE_ONLY_PAGE:
            page.draw_rect(pymupdf.Rect(100, 100, 400, 500), color=(0, 0, 0), fill=(0.7, 0.7, 0.7))
            continue
        page.insert_text((72, 72), f"Side {number} av planen", fontsize=14)
        if number in HIT_PAGES:
            page.insert_text((72, 400), "Arbeidet med klimatilpasning og klimatilpasning i kommunene.")
    doc.save(path, **save_options)
    doc.close()
    return path


@pytest.fixture
def sample_pdf(tmp_path: Path) -> Path:
    return _write_pdf(tmp_path / "plan.pdf")


@pytest.fixture
def encrypted_pdf(tmp_path: Path) -> Path:
    return _write_pdf(
        tmp_path / "hemmelig.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="riktig", owner_pw="eier"
    )


def make_forest() -> GoalForest:
    strategy = GoalNode(
        id="tva.s2-1-a", title="Styrke plankompetansen", level="Strategi", plan_id="tva", number="2.1 a"
    )
    delmal = GoalNode(
        id="tva.d2-1",
        title="Tromsøregionen skal ha god arealplanlegging",
        level="Delmål",
        plan_id="tva",
        number="2.1",
        text="Kommunene samarbeider om klimatilpasning.",
        links=(GoalLink("tva-doc", 3),),
        children=(strategy,),
    )
    focus = GoalNode(
        id="tva.io2",
        title="Samfunns- og arealplanarbeid",
        level="Innsatsområde",
        plan_id="tva",
        number="2",
        children=(delmal,),
    )
    other_focus = GoalNode(
        id="tva.io1", title="Befolkningsutvikling", level="Innsatsområde", plan_id="tva", number="1"
    )
    plan = GoalNode(
        id="tva", title="Tromsvekstavtalen", level="Plan", plan_id="tva", children=(other_focus, focus)
    )
    second = GoalNode(
        id="tv",
        title="Tromsø vil",
        level="Plan",
        plan_id="tv",
        children=(GoalNode(id="tv.h1", title="Et godt sted å bo", level="Hovedmål", plan_id="tv"),),
    )
    return GoalForest(plans=[plan, second])


@pytest.fixture
def forest() -> GoalForest:
    return make_forest()


@pytest.fixture
def window_state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends with the untranslated (English) UI."""
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


def shown_window(
    qtbot: QtBot,
    state_dir: Path,
    folders: list[str],
    *,
    include_bundled: bool,
    index_dir: Path | None = None,
    language: str = "en",
) -> MainWindow:
    """A main window over a library (window state kept in ``state_dir``), shown at 1200×800.

    With ``index_dir`` the library is read as the application reads it (an offline folder's
    goals as last indexed)."""
    forest, documents = load_library(library_roots(bundled=include_bundled, folders=folders), index_dir)
    state = QSettings(str(state_dir / "state.ini"), QSettings.Format.IniFormat)
    window = MainWindow(forest, documents, window_state=state, language=language)
    if index_dir is not None:
        window.search.set_index_dir(index_dir)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, window_state: QSettings) -> MainWindow:
    """An empty main window (no library), shown; modules with a library define their own."""
    window = MainWindow(window_state=window_state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
