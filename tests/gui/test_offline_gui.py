"""Offline use in the window: offline folders in the status bar and on their hits, PDFs opened from
their local copy, files kept at their last readable version, the copy budget and forgetting a folder."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.gui.test_goal_import_gui import app_written_library
from tests.library_factory import make_library, write_pdf
from tests.unprivileged import CAN_DROP_ROOT, cli_as_nobody, give_to_nobody, shared_dir
from tromsvekst_desktop.core.copystore import CopyStore
from tromsvekst_desktop.core.index import IndexSummary, read_root_states, update_index
from tromsvekst_desktop.core.pdftext import file_sha256
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui import goal_tools
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.library_wiring import LibraryTools
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.models.results import OFFLINE_ROLE

NOTE_START = "Frakoblet: lib – viser innholdet slik det var ved indeksering "

Opened = Callable[..., tuple[MainWindow, LibraryTools]]


@pytest.fixture
def open_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[Opened]:
    """The window in Norwegian over ``library`` with its index tools, after its first index run."""
    attached: list[LibraryTools] = []

    def open_(library: Path, index_dir: Path, *, start: bool = True) -> tuple[MainWindow, LibraryTools]:
        install_translators(qapp, "nb")
        window = shown_window(
            qtbot, tmp_path, [str(library)], include_bundled=False, index_dir=index_dir, language="nb"
        )
        settings = Settings(library_folders=[str(library)], include_bundled=False, language="nb")
        tools = window.attach_library(settings, tmp_path / "settings.json", index_dir, [library], start=False)
        attached.append(tools)
        if start:
            with qtbot.waitSignal(tools.controller.finished, timeout=30_000):
                tools.controller.start()
        return window, tools

    yield open_
    for tools in attached:
        tools.shutdown()


def indexed_library(tmp_path: Path) -> tuple[Path, Path]:
    library = make_library(tmp_path / "lib")
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    return library, index_dir


def indexed_at(index_dir: Path) -> str:
    """When the offline folder was last read, as the window writes it ("6. des. kl. 19.58")."""
    [root] = read_root_states(index_dir).offline()
    assert root.indexed is not None
    when = QDateTime.fromString(root.indexed, Qt.DateFormat.ISODate).toLocalTime()
    return QLocale().toString(when, "d. MMM 'kl.' HH.mm")


def search_answered(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Search for ``query`` and wait for its answer from the newest index generation the window follows."""
    window.search.set_text(query)
    window.search.search_now()

    def answered() -> bool:
        result = window.search.result()
        return not window.search.is_pending() and result is not None and result.query == query

    qtbot.waitUntil(answered, timeout=5_000)


def search_and_open_first_hit(qtbot: QtBot, window: MainWindow, query: str) -> None:
    search_answered(qtbot, window, query)
    assert window.search.open_first_hit()
    qtbot.waitUntil(window.pdf_viewer.is_open, timeout=5_000)


def test_a_renamed_folder_stays_searchable_and_its_pages_open_from_the_local_copy(
    qtbot: QtBot, open_window: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, index_dir = indexed_library(tmp_path)
    library.rename(tmp_path / "flyttet")
    window, tools = open_window(library, index_dir)

    status = tools.offline_status
    assert status.isVisible()
    assert status.text() == "⏏ " + NOTE_START + indexed_at(index_dir)
    assert str(library) in status.toolTip() and "finnes ikke" in status.toolTip()

    search_and_open_first_hit(qtbot, window, "skredsikring")
    model = window.results_view.model
    group = model.index(0, 0)
    assert group.data(OFFLINE_ROLE) == NOTE_START + indexed_at(index_dir)
    assert NOTE_START in model.index(0, 0, group).data(Qt.ItemDataRole.ToolTipRole)

    viewer = window.pdf_viewer
    assert viewer.path == library / "planen.pdf"
    assert viewer.source is not None and viewer.source.parent == CopyStore(index_dir).root
    assert viewer.current_page() == 3 and viewer.highlight_rects()
    assert viewer.copy_label.isVisible()
    day = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(viewer.source.stat().st_mtime)), "d. MMM")
    assert viewer.copy_label.text() == f"Viser lokal kopi fra {day} – originalen er ikke tilgjengelig"

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    assert viewer.open_external_action.isEnabled()
    viewer.open_external_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(viewer.source)]

    tools.show_settings()
    dialog = tools.settings_dialog
    assert dialog is not None
    assert dialog.folder_list.item(0).toolTip() == (
        "Denne mappen kan ikke nås nå; dokumentene fra den er søkbare til du fjerner den."
    )
    dialog.reject()

    # Back again: the next run reconciles it and the notes go.
    (tmp_path / "flyttet").rename(library)
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as back:
        tools.controller.start()
    assert back.args[0].offline == () and back.args[0].unchanged == 2
    assert not status.isVisible()
    assert model.index(0, 0).data(OFFLINE_ROLE) is None


def test_a_damaged_copy_is_not_shown_and_the_viewer_says_so(
    qtbot: QtBot, open_window: Opened, tmp_path: Path
) -> None:
    library, index_dir = indexed_library(tmp_path)
    copy = CopyStore(index_dir).copy_of(file_sha256(library / "planen.pdf"))
    assert copy is not None
    damaged = bytearray(copy.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF  # same size, other bytes: only the hash tells
    copy.write_bytes(bytes(damaged))
    library.rename(tmp_path / "flyttet")
    window, _tools = open_window(library, index_dir)
    search_answered(qtbot, window, "skredsikring")
    assert window.search.open_first_hit()
    viewer = window.pdf_viewer
    qtbot.waitUntil(lambda: bool(viewer.message()), timeout=5_000)
    assert not viewer.is_open() and not copy.exists()
    assert viewer.message() == (
        "«planen.pdf» kan ikke leses, og den lokale kopien var skadet og er fjernet. "
        "En ny kopi lages når originalen kan leses igjen."
    )


def test_a_folder_left_empty_is_offline_in_the_window(
    qtbot: QtBot, open_window: Opened, tmp_path: Path
) -> None:
    library, index_dir = indexed_library(tmp_path)
    shutil.rmtree(library)
    library.mkdir()
    _window, tools = open_window(library, index_dir)
    assert tools.offline_status.text() == "⏏ " + NOTE_START + indexed_at(index_dir)
    assert "ingen av de 2 indekserte filene derfra finnes" in tools.offline_status.toolTip()

    # Mounted again: no event the folder watcher sees (here it watches nothing), but the
    # window's look at its offline folders starts a run, which finds it back.
    tools.watcher.set_roots([])
    tools.poll_offline_roots()
    assert not tools.controller.is_running()  # still empty: nothing to do
    make_library(library)
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as back:
        tools.poll_offline_roots()
    assert back.args[0].offline == ()
    assert not tools.offline_status.isVisible()


@pytest.mark.skipif(not CAN_DROP_ROOT, reason="needs root to become nobody")
def test_the_window_shows_what_an_unprivileged_run_found(open_window: Opened) -> None:
    with shared_dir() as folder:
        library, index_dir = indexed_library(folder)
        give_to_nobody(index_dir)
        library.chmod(0o700)
        result = cli_as_nobody(index_dir, "index", "--no-bundled", str(library), "--json")
        assert json.loads(result.stdout)["offline"][0]["reason"] == "permission denied"
        # The window (root here, so it could read the folder) shows the state the run stored.
        _window, tools = open_window(library, index_dir, start=False)
        assert tools.offline_status.text() == "⏏ " + NOTE_START + indexed_at(index_dir)
        assert "ingen tilgang" in tools.offline_status.toolTip()


def test_a_truncated_file_is_listed_as_kept_and_opens_from_its_copy(
    qtbot: QtBot, open_window: Opened, tmp_path: Path
) -> None:
    library, index_dir = indexed_library(tmp_path)
    plan = library / "planen.pdf"
    plan.write_bytes(plan.read_bytes()[:300])
    window, tools = open_window(library, index_dir)

    assert tools.status.problems_button.text() == "1 problem"
    table = tools.problems_panel.table.model()
    day = QLocale().toString(QDateTime.currentDateTime(), "d. MMM")
    assert table.index(0, 0).data() == "planen.pdf"
    assert table.index(0, 2).data() == (
        "filen på disken er ufullstendig: slutten av PDF-en mangler; "
        f"siste lesbare versjon fra {day} beholdes"
    )
    search_and_open_first_hit(qtbot, window, "skredsikring")
    assert window.pdf_viewer.source != plan and window.pdf_viewer.copy_label.isVisible()
    assert window.pdf_viewer.current_page() == 3

    # A cloud placeholder of 0 bytes: kept too, retried when the watcher sees the file change.
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000):
        plan.write_bytes(b"")
    assert table.index(0, 2).data().startswith("filen på disken er ufullstendig: den er tom (0 byte;")

    # A good version again: it replaces the kept one, and the viewer shows the original.
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as fixed:
        write_pdf(plan, ["Planen, ny utgave", "Havbruk i fjordene og skredsikring."])
    assert (fixed.args[0].kept, fixed.args[0].updated) == ((), 1)
    assert not tools.status.problems_button.isVisible()
    search_and_open_first_hit(qtbot, window, "havbruk")
    assert window.pdf_viewer.source == plan and not window.pdf_viewer.copy_label.isVisible()
    assert window.pdf_viewer.current_page() == 2


def answer_next_message_box(qtbot: QtBot, button_text: str) -> list[str]:
    """Click the button with ``button_text`` in the next message box; its text is returned in the list."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, answer)
    return seen


def test_settings_set_the_copy_budget_and_removing_a_folder_forgets_it(
    qtbot: QtBot, open_window: Opened, tmp_path: Path
) -> None:
    library, index_dir = indexed_library(tmp_path)
    _window, tools = open_window(library, index_dir)
    store = CopyStore(index_dir)
    assert store.usage()[0] == 2

    tools.show_settings()
    dialog = tools.settings_dialog
    assert dialog is not None
    assert dialog.copy_combo.currentText() == "2 GB (standard)"
    assert dialog.copy_usage.text().startswith("Nå ") and "i 2 kopier" in dialog.copy_usage.text()
    dialog.copy_combo.setCurrentIndex(dialog.copy_combo.findText("Ingen"))
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert store.budget() == 0 and store.usage() == (0, 0)

    tools.show_settings()
    dialog = tools.settings_dialog
    assert dialog is not None
    dialog.folder_list.item(0).setSelected(True)
    # Cancelled: the folder stays.
    seen = answer_next_message_box(qtbot, "Avbryt")
    dialog.remove_button.click()
    assert seen == [
        "Fjerne «lib» fra biblioteket?\nDe 2 dokumentene derfra forsvinner fra søket, og de lokale kopiene "
        "av dem slettes, når du trykker OK. Selve filene i mappen røres ikke."
    ]
    assert dialog.folders() == [str(library)]
    answer_next_message_box(qtbot, "Fjern")
    dialog.remove_button.click()
    assert dialog.folders() == []
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as forgotten:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    summary: IndexSummary = forgotten.args[0]
    assert (summary.removed, summary.documents, summary.pages) == (2, 0, 0)


def goal_tree_titles(window: MainWindow) -> list[str]:
    """The goal tree's rows as shown, top level first, each with its children (all expanded)."""
    window.goal_tree.expandAll()
    model = window.goal_tree.model()
    rows: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append(index.data())
            walk(index)

    walk(QModelIndex())
    return rows


def test_a_window_opened_while_a_folder_is_offline_shows_its_goals_and_why_they_cannot_change(
    qtbot: QtBot, open_window: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = make_library(tmp_path / "lib")
    app_written_library(library)
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])
    library.rename(tmp_path / "flyttet")
    snapshot = {path.name: path.read_bytes() for path in index_dir.rglob("library-yaml*") if path.is_file()}

    window, tools = open_window(library, index_dir)
    assert tools.offline_status.isVisible()
    assert goal_tree_titles(window) == [
        "Egen plan",
        "Første mål",
        "Et delmål",
        "Testplanen",
        "1 Klimatilpasning og beredskap",
        "1.1 Regionen skal ha trygge lokalsamfunn",
        "Samarbeid om flomvern og skredsikring",
        "2 Bolig og byutvikling",
    ]
    node = window.library.forest().node("egen.1.1")
    assert node is not None and node.file == str(library / "egen.yaml")
    row = window.goals.model.index_for_node("egen.1.1")
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "Delmål: Et delmål\n" + NOTE_START + indexed_at(index_dir)
    assert row.data(Qt.ItemDataRole.FontRole).italic()
    assert window.library.documents()["planen"].title == "Planen for Testregionen"

    menu = window.goals.context_menu("egen.1.1")
    offline_entries = [a for a in menu.actions() if a.text().startswith("Mappen er frakoblet")]
    assert [a.text() for a in offline_entries] == [
        "Mappen er frakoblet: målet kan endres når mappen er tilbake"
    ]
    assert not offline_entries[0].isEnabled()
    assert "Gi nytt navn …" not in [a.text() for a in menu.actions()]

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        goal_tools.QMessageBox, "information", lambda _w, title, text: told.append((title, text))
    )
    monkeypatch.setattr(goal_tools.QInputDialog, "getText", lambda *a, **k: pytest.fail("asked for a title"))
    window.goal_tools.rename_goal("egen.1.1")
    assert not window.goal_tools.link_page_to("t.s1", "avtalen", 2)
    assert told == [
        (
            "Målet ble ikke endret",
            f"Mappen {library} er frakoblet, så «{title}» vises slik det var da mappen sist ble indeksert. "
            "Målet kan endres når mappen er tilbake.",
        )
        for title in ("Et delmål", "Samarbeid om flomvern og skredsikring")
    ]
    assert snapshot == {p.name: p.read_bytes() for p in index_dir.rglob("library-yaml*") if p.is_file()}

    # Back: read from the folder again, and the goal can be renamed there.
    (tmp_path / "flyttet").rename(library)
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000):
        tools.controller.start()
    monkeypatch.setattr(goal_tools.QInputDialog, "getText", lambda *a, **k: ("Et bedre delmål", True))
    window.goal_tools.rename_goal("egen.1.1")
    assert "Et bedre delmål" in goal_tree_titles(window)
    row = window.goals.model.index_for_node("egen.1.1")
    assert (
        row.data(Qt.ItemDataRole.ToolTipRole) == "Delmål: Et bedre delmål"
        and row.data(Qt.ItemDataRole.FontRole) is None
    )
    assert "title: Et bedre delmål" in (library / "egen.yaml").read_text(encoding="utf-8")


def test_goals_stay_in_the_tree_when_their_folder_goes_offline(
    qtbot: QtBot, open_window: Opened, tmp_path: Path
) -> None:
    library, index_dir = indexed_library(tmp_path)
    window, tools = open_window(library, index_dir)
    online = goal_tree_titles(window)
    assert "Samarbeid om flomvern og skredsikring" in online

    library.rename(tmp_path / "flyttet")
    with qtbot.waitSignal(tools.controller.finished, timeout=30_000) as run:
        tools.controller.start()
    assert len(run.args[0].offline) == 1
    assert goal_tree_titles(window) == online
    window.goals.show_goal("t.io2")
    assert "Avtalen om vekst" in window.goal_detail.text()
    assert "ingen lokal PDF" not in window.goal_detail.text()
    # The goal's document opens from the index's copy, as a hit of the folder does.
    window.details.show_document("avtalen", 1)
    qtbot.waitUntil(window.pdf_viewer.is_open, timeout=5_000)
    assert window.pdf_viewer.path == library / "avtalen.pdf"
    source = window.pdf_viewer.source
    assert source is not None and source.parent == CopyStore(index_dir).root
