"""The problems panel: its model passes qtmodeltester, sorts by place, copies, opens the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.gui.widgets.problems_panel import PLACE_COLUMN, ProblemsModel, ProblemsPanel

PROBLEMS = [
    Problem("/bibliotek/planer/tom.pdf", "empty file (0 bytes)"),
    Problem("/bibliotek/mål/tromsø.yaml", "unknown document 'kpa-2025'", line=42),
    Problem("/bibliotek/planer/skadet.pdf", "text could not be read: bad xref", page=12),
    Problem("/bibliotek/mål/tromsø.yaml", "YAML syntax error: mapping values are not allowed", line=7),
    Problem("/bibliotek/planer/skadet.pdf", "text could not be read: bad font", page=3),
]


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ProblemsModel()
    qtmodeltester.check(model)
    model.set_problems(PROBLEMS)
    qtmodeltester.check(model)
    model.set_problems([])
    qtmodeltester.check(model)


@pytest.fixture
def panel(qtbot: QtBot) -> ProblemsPanel:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(PROBLEMS)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def column(panel: ProblemsPanel, number: int) -> list[str]:
    model = panel.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_rows_show_name_place_reason_and_the_full_path(panel: ProblemsPanel) -> None:
    assert "5 problems in 3 files" in panel.summary_label.text()
    assert column(panel, 0) == ["skadet.pdf", "skadet.pdf", "tom.pdf", "tromsø.yaml", "tromsø.yaml"]
    model = panel.table.model()
    assert {model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())} == {
        p.path for p in PROBLEMS
    }
    row = column(panel, 2).index("The file is empty (0 bytes).")
    assert model.index(row, PLACE_COLUMN).data() == ""


def test_place_sorts_by_number_not_as_text(panel: ProblemsPanel) -> None:
    panel.table.sortByColumn(PLACE_COLUMN, Qt.SortOrder.AscendingOrder)
    places = [p for p in column(panel, PLACE_COLUMN) if p]
    assert places == ["page 3", "page 12", "line 7", "line 42"]


def test_copy_puts_every_problem_on_the_clipboard(qtbot: QtBot, panel: ProblemsPanel) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.splitlines() == [
        "/bibliotek/planer/tom.pdf: empty file (0 bytes)",
        "/bibliotek/mål/tromsø.yaml (line 42): unknown document 'kpa-2025'",
        "/bibliotek/planer/skadet.pdf (page 12): text could not be read: bad xref",
        "/bibliotek/mål/tromsø.yaml (line 7): YAML syntax error: mapping values are not allowed",
        "/bibliotek/planer/skadet.pdf (page 3): text could not be read: bad font",
    ]


def test_open_folder_opens_the_selected_files_folder(
    qtbot: QtBot, panel: ProblemsPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    assert panel.folder_button.isEnabled()  # the first problem is selected to show its details
    panel.table.clearSelection()
    assert not panel.folder_button.isEnabled()
    panel.table.selectRow(column(panel, 0).index("tom.pdf"))
    assert panel.folder_button.isEnabled()
    qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(Path("/bibliotek/planer"))]


def test_no_problems_says_so(qtbot: QtBot) -> None:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems([])
    assert panel.summary_label.text() == "Every file in the library could be read."
    assert not panel.copy_button.isEnabled()
