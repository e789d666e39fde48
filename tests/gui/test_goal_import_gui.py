"""Goals in the window: the import dialog, editing in place, linking a page, export, tags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.library_factory import make_library
from tromsvekst_desktop.core.goaldraft import DraftNode, DraftPlan, write_drafts
from tromsvekst_desktop.core.goalimport import ImportOptions
from tromsvekst_desktop.core.goalsource import import_goals_file
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui import goal_tools
from tromsvekst_desktop.gui.goal_tools import GoalTools
from tromsvekst_desktop.gui.library_wiring import LibraryTools
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.widgets.goal_import_dialog import GoalImportDialog
from tromsvekst_desktop.gui.widgets.goal_picker import GoalPickerDialog

TABLE = (
    "Id;Overordnet;Tittel;Type;Emneknagger\r\n"
    "1;;Trygge  lokalsamfunn;100;#Trygghet\r\n"
    "2;1;Færre ulykker;200;\r\n"
    "3;1;og på sjøen;200;\r\n"
    "4;;Grønn omstilling;100;\r\n"
)


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, LibraryTools, GoalTools, Path]]:
    library = make_library(tmp_path / "lib")
    window = shown_window(qtbot, tmp_path, [str(library)], include_bundled=False)
    settings = Settings(library_folders=[str(library)], include_bundled=False)
    library_tools = window.attach_library(
        settings, tmp_path / "settings.json", tmp_path / "index", [library], start=False
    )
    tools = window.goal_tools
    assert tools is not None  # attached with the library
    yield window, library_tools, tools, library
    library_tools.shutdown()


def tree_rows(dialog: GoalImportDialog) -> list[tuple[int, str, str]]:
    rows: list[tuple[int, str, str]] = []

    def walk(item: QTreeWidgetItem, depth: int) -> None:
        rows.append((depth, item.text(0), item.text(1)))
        for i in range(item.childCount()):
            child = item.child(i)
            assert child is not None
            walk(child, depth + 1)

    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        assert top is not None
        walk(top, 0)
    return rows


def open_dialog(qtbot: QtBot, tools: GoalTools, window: MainWindow, source: Path) -> GoalImportDialog:
    assert tools.import_action in window.library_menu.actions()
    tools.import_action.trigger()  # Library → Import goals …
    dialog = tools.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.load_source(source)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    return dialog


def test_import_a_table_map_edit_and_save_into_a_new_library_folder(
    qtbot: QtBot, setup: tuple[MainWindow, LibraryTools, GoalTools, Path], tmp_path: Path
) -> None:
    window, library_tools, tools, _ = setup
    assert tools.import_action.text() == "Import &goals …"
    table = tmp_path / "beredskap.csv"
    table.write_bytes(TABLE.encode("cp1252"))
    dialog = open_dialog(qtbot, tools, window, table)
    # Columns are guessed; the codes in "Type" wait for their names.
    assert dialog.mapping()["parent"] == "Overordnet" and dialog.mapping()["level"] == "Type"
    assert dialog.levels_box.isVisibleTo(dialog) and dialog.levels_table.rowCount() == 2
    dialog.name_level("100", "Hovedmål")
    dialog.name_level("200", "Delmål")
    assert tree_rows(dialog) == [
        (0, "beredskap", "Plan"),
        (1, "Trygge  lokalsamfunn", "Hovedmål"),
        (2, "Færre ulykker", "Delmål"),
        (2, "og på sjøen", "Delmål"),
        (1, "Grønn omstilling", "Hovedmål"),
    ]
    # Unmapping the parent column flattens the tree at once.
    dialog.set_column("parent", "")
    qtbot.waitUntil(lambda: len(tree_rows(dialog)) == 5 and tree_rows(dialog)[2][0] == 1)
    dialog.set_column("parent", "Overordnet")
    qtbot.waitUntil(lambda: tree_rows(dialog)[2][0] == 2)
    # Edit the proposal: merge a split title, rename the plan, change a level, move, delete.
    dialog.select("beredskap.3")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    plan_item = dialog.tree.topLevelItem(0)
    assert plan_item is not None
    plan_item.setText(0, "Beredskapsplan")
    goal_item = dialog.tree.currentItem()
    assert goal_item is not None and goal_item.text(0) == "Færre ulykker og på sjøen"
    goal_item.setText(1, "Resultatmål")
    qtbot.mouseClick(dialog.outdent_button, Qt.MouseButton.LeftButton)
    # A drag and drop: the tree's new shape is read back into the plan.
    plan_item = dialog.tree.topLevelItem(0)
    assert plan_item is not None
    dragged = plan_item.takeChild(2)  # "Grønn omstilling" …
    first = plan_item.child(0)
    assert dragged is not None and first is not None
    first.insertChild(0, dragged)  # … dropped as the first goal under "Trygge lokalsamfunn"
    dialog.tree.moved.emit()
    assert [n.title for n in dialog.plans()[0].children[0].children][:1] == ["Grønn omstilling"]
    dialog.select("beredskap.4")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert tree_rows(dialog) == [
        (0, "Beredskapsplan", "Plan"),
        (1, "Trygge  lokalsamfunn", "Hovedmål"),
        (1, "Færre ulykker og på sjøen", "Resultatmål"),
    ]
    folder = tmp_path / "importerte mål"
    dialog.folder_combo.setEditText(str(folder))
    with qtbot.waitSignal(library_tools.controller.finished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert tools.import_dialog is None  # closed
    # The folder joined the library, the plan is in the tree and on show.
    assert str(folder) in library_tools.settings.library_folders
    plan = window.library.forest().node("beredskap")
    assert plan is not None and plan.title == "Beredskapsplan"
    assert [(c.title, c.level, c.tags) for c in plan.children] == [
        ("Trygge  lokalsamfunn", "Hovedmål", ("Trygghet",)),
        ("Færre ulykker og på sjøen", "Resultatmål", ()),
    ]
    assert window.goal_detail.node_id() == "beredskap"


def test_a_pdf_proposal_in_the_dialog_is_saved_with_its_document(
    qtbot: QtBot, setup: tuple[MainWindow, LibraryTools, GoalTools, Path], tmp_path: Path
) -> None:
    window, library_tools, tools, library = setup
    pdf = tmp_path / "kilde" / "avtale.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes((Path(__file__).parents[2] / "resources/documents/tromsvekstavtalen.pdf").read_bytes())
    dialog = open_dialog(qtbot, tools, window, pdf)
    assert not dialog.mapping_panel.isVisibleTo(dialog)  # nothing to map in a PDF
    rows = tree_rows(dialog)
    assert (
        3,
        "Tromsøregionen skal være et attraktivt sted der unge mennesker ønsker å studere, bo og arbeide.",
        "Delmål",
    ) in rows
    dialog.folder_combo.setEditText(str(library))
    with qtbot.waitSignal(library_tools.controller.finished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (library / "avtale.pdf").is_file()
    goal = next(
        n
        for n in window.library.forest().all_nodes()
        if n.title.startswith("Tromsøregionen skal være et attraktivt")
    )
    assert goal.links[0].page == 3
    assert window.library.documents()[goal.links[0].doc_id].file == (library / "avtale.pdf").resolve()


def app_written_library(library: Path) -> None:
    plan = DraftPlan(
        "egen",
        "Egen plan",
        document="planen",
        children=[
            DraftNode("egen.1", "Første mål", "Mål", children=[DraftNode("egen.1.1", "Et delmål", "Delmål")])
        ],
    )
    assert write_drafts([plan], library, "egen.xlsx")[1] == []


def test_goals_of_app_written_files_are_edited_in_place(
    qtbot: QtBot, setup: tuple[MainWindow, LibraryTools, GoalTools, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, library_tools, _, library = setup
    app_written_library(library)
    library_tools.library_changed()
    assert window.library.forest().node("egen.1") is not None

    def menu_texts(node_id: str) -> list[str]:
        return [a.text() for a in window.goals.context_menu(node_id).actions() if a.text()]

    assert "Rename …" in menu_texts("egen.1.1")
    assert "Open the goal file in your editor" in menu_texts("t.io1")  # hand-written
    assert "Rename …" not in menu_texts("t.io1")

    def trigger(node_id: str, text: str) -> None:
        menu = window.goals.context_menu(node_id)
        [action] = [a for a in menu.actions() if a.text() == text]
        action.trigger()

    answers = iter(["Et bedre delmål", "Nytt mål under"])
    monkeypatch.setattr(goal_tools.QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    trigger("egen.1.1", "Rename …")
    assert window.library.forest().node("egen.1.1").title == "Et bedre delmål"  # type: ignore[union-attr]
    assert window.goal_detail.node_id() == "egen.1.1"
    assert "Et bedre delmål" in window.goal_detail.text()
    trigger("egen.1", "Add a goal under it …")
    parent = window.library.forest().node("egen.1")
    assert parent is not None and [c.title for c in parent.children] == ["Et bedre delmål", "Nytt mål under"]
    assert parent.children[1].level == "Delmål"  # the level of its siblings
    trigger(parent.children[1].id, "Move up")
    parent = window.library.forest().node("egen.1")
    assert parent is not None and [c.title for c in parent.children] == ["Nytt mål under", "Et bedre delmål"]

    def to_top_level(picker: GoalPickerDialog) -> int:
        picker.choose("egen")  # the plan: its top level
        return GoalPickerDialog.DialogCode.Accepted.value

    moved = parent.children[0].id
    monkeypatch.setattr(GoalPickerDialog, "exec", to_top_level)
    trigger(moved, "Move under another goal …")
    plan = window.library.forest().node("egen")
    assert plan is not None and [c.title for c in plan.children] == ["Første mål", "Nytt mål under"]
    monkeypatch.setattr(goal_tools.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trigger("egen.1.1", "Delete …")
    assert window.library.forest().node("egen.1.1") is None
    assert "# Written by Tromsvekst Desktop from egen.xlsx." in (library / "egen.yaml").read_text(
        encoding="utf-8"
    )


def test_link_the_page_in_the_viewer_to_a_goal(
    qtbot: QtBot, setup: tuple[MainWindow, LibraryTools, GoalTools, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _, tools, library = setup
    window.details.show_document("avtalen", 2)
    qtbot.waitUntil(lambda: window.details.viewer_page() == ("avtalen", 2))
    assert window.linking_goals.node_ids() == []
    more = window.pdf_viewer.more_menu
    assert tools.link_action in more.actions() and tools.link_action.text() == "Link this page to a goal …"

    def accept_goal(picker: GoalPickerDialog) -> int:
        assert "page 2 of «Avtalen om vekst»" in picker.prompt.text()
        picker.filter_edit.setText("flomvern")
        picker.choose("t.s1")
        assert picker.node_id() == "t.s1"
        return GoalPickerDialog.DialogCode.Accepted.value

    monkeypatch.setattr(GoalPickerDialog, "exec", accept_goal)
    tools.link_action.trigger()  # a hand-written goal file: the link is inserted in place
    assert window.linking_goals.node_ids() == ["t.s1"]
    assert "document: avtalen" in (library / "goals.yaml").read_text(encoding="utf-8")
    window.goals.show_goal("t.s1")
    assert "Avtalen om vekst, p. 2" in window.goal_detail.text()


def test_export_goals_from_the_file_menu_reads_back(
    setup: tuple[MainWindow, LibraryTools, GoalTools, Path], tmp_path: Path
) -> None:
    window, _, tools, _ = setup
    assert tools.export_action in window.file_menu.actions()
    target = tmp_path / "mål.csv"
    assert tools.write_goals_table(target)
    result = import_goals_file(target, ImportOptions(known_documents=frozenset(window.library.documents())))
    assert result.problems == []
    [plan] = result.plans
    assert (plan.id, plan.title) == ("testplan", "Testplanen")
    assert [n.id for n in plan.nodes()] == [n.id for n in window.library.forest().all_nodes()][1:]


def test_a_tag_in_the_details_searches_for_it(
    qtbot: QtBot, setup: tuple[MainWindow, LibraryTools, GoalTools, Path]
) -> None:
    window, library_tools, _, library = setup
    plan = DraftPlan("t2", "Tagget", children=[DraftNode("t2.1", "Trygge byrom", "Mål", tags=["Trygghet"])])
    write_drafts([plan], library, "x.csv")
    library_tools.library_changed()
    window.goals.show_goal("t2.1")
    assert "#Trygghet" in window.goal_detail.text()
    window.goal_detail.browser.anchorClicked.emit(QUrl("tag:trygghet"))
    assert window.search.text() == "tag:trygghet"


def test_problems_of_a_messy_table_are_shown_in_bokmal(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from tests.core.test_goal_import import MESSY, csv_text
    from tromsvekst_desktop.gui.i18n import install_translators

    table = tmp_path / "rotete.csv"
    table.write_text(csv_text(MESSY), encoding="utf-8")
    install_translators(qapp, "nb")
    dialog = GoalImportDialog([str(tmp_path / "ut")], [], frozenset())
    qtbot.addWidget(dialog)
    dialog.load_source(table)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    shown = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert len(shown) == len(dialog.problems()) == 8
    assert "Rad 4: «4» er sitt eget overordnede mål: lagt på øverste nivå" in shown
    assert "Rad 7: de overordnede målene går i ring (rad 7, 8): denne raden er lagt på øverste nivå" in shown
    english = {problem.message for problem in dialog.problems()}
    assert not any(text.split(": ", 1)[1] in english for text in shown)
