"""Problems a planner can act on: plain Bokmål with a next step, the library's own words under
"Tekniske detaljer", a password field that really reads the file again, and a file named on
the command line that is no PDF is listed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.gui.test_problem_text import core_reasons
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.library import find_library_files
from tromsvekst_desktop.core.problems import Problem
from tromsvekst_desktop.core.search import SearchEngine
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.i18n import install_translators
from tromsvekst_desktop.gui.widgets.problems_panel import REASON_COLUMN, ProblemsPanel


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "nb")
    yield
    install_translators(qapp, "en")


def scanned_pdf(path: Path) -> Path:
    """Two pages that are pictures only, as from a scanner."""
    doc = pymupdf.open()
    picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    picture.set_rect(picture.irect, (200, 200, 200))
    for _ in range(2):
        doc.new_page().insert_image(pymupdf.Rect(50, 50, 500, 700), pixmap=picture)
    doc.save(path)
    return path


def damaged_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << >>\n%%EOF")
    return path


def shown(panel: ProblemsPanel, name: str) -> dict[str, object]:
    """Select the row of file ``name`` and read what the panel tells about it."""
    model = panel.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    panel.table.selectRow(row)
    return {
        "cell": model.index(row, REASON_COLUMN).data(),
        "reason": panel.detail_reason.text(),
        "next": panel.detail_next.text(),
        "password": panel.password_row.isVisibleTo(panel),
        "details": panel.details_text.text(),
    }


def test_each_kind_of_problem_gets_plain_words_a_next_step_and_the_technical_details(
    qtbot: QtBot, tmp_path: Path, bokmal: None
) -> None:
    core_reasons(tmp_path)  # writes the bad files: empty, HTML, text, JPEG, locked, blank
    scanned_pdf(tmp_path / "skannet.pdf")
    damaged_pdf(tmp_path / "skadet.pdf")
    summary = update_index(tmp_path / "index", [tmp_path])
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(summary.problems)
    panel.show()

    locked = shown(panel, "laast.pdf")
    assert locked["reason"] == "Filen er beskyttet med passord."
    assert locked["password"] is True
    assert locked["details"] == "password-protected: a password is needed"

    scanned = shown(panel, "skannet.pdf")
    assert "trenger tekstgjenkjenning" in str(scanned["reason"])
    assert scanned["password"] is False

    damaged = shown(panel, "skadet.pdf")
    assert "skadet" in str(damaged["reason"])
    assert "be om en ny kopi" in str(damaged["next"]).lower()
    # MuPDF's own (English) words are kept, but only under "Tekniske detaljer", folded away.
    assert str(damaged["details"]).startswith("damaged")
    assert str(damaged["details"]) not in str(damaged["cell"])
    assert not panel.details_text.isVisible()
    panel.details_toggle.click()
    assert panel.details_text.isVisible()
    assert panel.details_toggle.text() == "Tekniske detaljer"

    assert shown(panel, "blank.pdf")["reason"] == "1 av 1 sider er blanke: det er ingenting å søke i på dem."
    image = shown(panel, "bilde.pdf")
    assert image["reason"] == "Dette er ikke en PDF, men et JPEG-bilde."

    for row in range(panel.table.model().rowCount()):
        problem = panel.table.model().index(row, 0)
        panel.table.selectRow(row)
        assert panel.detail_next.text(), problem.data()  # every problem says what to do


def test_a_yaml_error_names_its_line_in_plain_words() -> None:
    panel = ProblemsPanel()
    error = "YAML syntax error: mapping values are not allowed"
    panel.set_problems([Problem("/bibliotek/mål.yaml", error, line=7)])
    assert panel.detail_reason.text() == "The goal or catalogue file has an error (line 7)."
    assert panel.details_text.text() == error


def test_a_file_named_on_its_own_that_is_not_a_pdf_is_listed(tmp_path: Path) -> None:
    notes = tmp_path / "notater.txt"
    notes.write_text("Møtenotater, ikke en PDF.\n")
    assert find_library_files([notes]).pdfs == [notes.resolve()]
    summary = update_index(tmp_path / "index", [notes])
    listed = [(p.path, p.reason) for p in summary.problems]
    assert listed == [(str(notes.resolve()), "not a PDF: the file is plain text")]
    # In a folder, only PDFs and YAML are the library: other files there are not problems.
    assert find_library_files([tmp_path]).pdfs == []


def test_the_password_typed_in_the_panel_reads_the_file_again(
    qtbot: QtBot, tmp_path: Path, encrypted_pdf: Path
) -> None:
    library, index_dir = encrypted_pdf.parent, tmp_path / "index"
    window = shown_window(qtbot, tmp_path, [], include_bundled=False, index_dir=index_dir)
    settings_path = tmp_path / "settings.json"
    tools = window.attach_library(Settings(), settings_path, index_dir, [library], start=False)
    with qtbot.waitSignal(tools.controller.finished, timeout=60_000):
        tools.controller.start()
    panel = tools.problems_panel
    assert [Path(p.path).name for p in panel.model.problems()] == ["hemmelig.pdf"]
    window.problems_action.trigger()  # Bibliotek → Problemer i biblioteket (Ctrl+Shift+P)
    assert panel.isVisible()
    assert panel.password_row.isVisibleTo(panel)

    panel.password_edit.setText("feil")
    with qtbot.waitSignal(tools.controller.finished, timeout=60_000):
        panel.password_button.click()
    assert panel.detail_reason.text() == "The password was wrong."

    panel.password_edit.setText("riktig")
    with qtbot.waitSignal(tools.controller.finished, timeout=60_000):
        panel.password_button.click()
    assert panel.model.problems() == []
    with SearchEngine(index_dir) as engine:
        assert {hit.page for hit in engine.search("klimatilpasning").hits} == {3, 5}
    tools.shutdown()
