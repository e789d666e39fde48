"""Goal trees proposed from plan PDFs: outline, numbered headings, lists under "Strategier", pages."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf

from tests.core.test_cli import run
from tromsvekst_desktop.core.goaldraft import DraftNode, DraftPlan
from tromsvekst_desktop.core.goalimport import ImportOptions
from tromsvekst_desktop.core.goalpdf import list_level, parse_heading, propose_from_pdf
from tromsvekst_desktop.core.library import bundled_library_dir, find_library_files
from tromsvekst_desktop.core.librarydata import load_library_data
from tromsvekst_desktop.proposal_check import bundled_scores

DOCUMENTS = bundled_library_dir() / "documents"


def by_title(plan: DraftPlan) -> dict[str, DraftNode]:
    found: dict[str, DraftNode] = {}
    for node in plan.nodes():
        found.setdefault(node.title, node)
    return found


def test_headings_are_read_for_level_number_and_title() -> None:
    assert parse_heading("Delmål 1.1: Tromsøregionen skal være et attraktivt sted.", 3) == (
        "Delmål",
        "1.1",
        "Tromsøregionen skal være et attraktivt sted.",
    )
    assert parse_heading("Innsatsområde 2 – Grønn omstilling", 2) == (
        "Innsatsområde",
        "2",
        "Grønn omstilling",
    )
    assert parse_heading("Mål 4", 1) == ("Mål", "4", "Mål 4")
    assert parse_heading("3.2 Kollektivtransport", 2) == ("Avsnitt", "3.2", "Kollektivtransport")
    assert parse_heading("Fokusområder 2024–2027", 2) == ("Fokusområder", None, "Fokusområder 2024–2027")
    assert parse_heading("Kort fortalt", 1) == ("Kapittel", None, "Kort fortalt")
    assert [list_level(w) for w in ("Strategier", "tiltak", "hovedmålene", "områder")] == [
        "Strategi",
        "Tiltak",
        "Hovedmål",
        None,
    ]


def test_the_agreement_proposal_has_its_goals_strategies_and_pages() -> None:
    result = propose_from_pdf(DOCUMENTS / "tromsvekstavtalen.pdf", ImportOptions())
    assert result.problems == []
    [plan] = result.plans
    nodes = by_title(plan)
    goal = nodes[
        "Tromsøregionen skal være et attraktivt sted der unge mennesker ønsker å studere, bo og arbeide."
    ]
    assert (goal.level, goal.number, goal.page) == ("Delmål", "1.1", 3)
    area = nodes["Befolkningsutvikling"]
    assert (area.level, area.number, area.page) == ("Innsatsområde", "1", 3)
    assert goal in area.children
    assert area.text.startswith("Innsatsområde 1 har et helhetlig blikk")
    # Bullet items, wrapped lines and line-end hyphens joined ("trans-⏎portplan").
    assert [(s.title, s.level, s.page) for s in goal.children] == [
        (
            "Samarbeid for å utvikle hele Tromsøregionen, der by og tettsteder fungerer som drivkrefter "
            "for hele sitt omland.",
            "Strategi",
            3,
        ),
        (
            "Godt kollektivtilbud og mobilitet innad Tromsøregionen, innenfor rammene av regional "
            "transportplan Troms.",
            "Strategi",
            3,
        ),
        (
            "Ringvirkninger av europeisk ungdomshovedstad 2026 for Tromsøregionen og fylket for øvrig.",
            "Strategi",
            3,
        ),
        ("Støtte og tilrettelegge for ungdomsmedvirkning.", "Strategi", 3),
    ]
    # A bullet under a bullet is a point of it; the item's first sentence is its title.
    planning = nodes["Helhetlig planlegging for bærekraftig besøksforvaltning."]
    assert planning.page == 6
    assert [p.level for p in planning.children] == ["Punkt"] * 4
    # The running head and the page numbers are not text of any goal.
    assert not any("Side 3 av 8" in node.title + node.text for node in plan.nodes())
    # The catalogue entry names the PDF with an id of its own.
    [document] = plan.catalogue
    assert plan.document == document.id
    assert Path(document.file).name == "tromsvekstavtalen.pdf"


def test_a_term_and_its_explanation_become_title_and_text() -> None:
    [plan] = propose_from_pdf(DOCUMENTS / "sentrale-planer.pdf", ImportOptions()).plans
    social = by_title(plan)["Sosial bærekraft"]
    assert (social.level, social.page) == ("Hovedmål", 1)
    assert social.text.startswith("det betyr at alle innbyggerne")
    focus = by_title(plan)["Fokusområder 2024–2027"]
    assert [c.title for c in focus.children][:2] == [
        "Sikre gode oppvekstsvilkår",
        "Folkehelse og fremtidens velferdstjenester",
    ]
    assert {c.level for c in focus.children} == {"Fokusområde"}


def test_proposal_ids_do_not_clash_with_the_library() -> None:
    taken = {"tromsvekstavtalen", "tromsvekstavtalen.delmal-1.1"}
    [plan] = propose_from_pdf(
        DOCUMENTS / "tromsvekstavtalen.pdf",
        ImportOptions(taken_ids=set(taken), known_documents=frozenset({"tromsvekstavtalen"})),
    ).plans
    assert plan.id == "tromsvekstavtalen-2"
    assert plan.catalogue[0].id == "tromsvekstavtalen-2"
    assert not taken & {node.id for node in plan.nodes()}


def write_unoutlined_pdf(path: Path) -> None:
    """Two pages, no outline: bold numbered headings, a "Tiltak:" list, a bullet list that is body text."""
    doc = pymupdf.open()
    pages = [
        [
            ("hebo", "1 Oppvekst"),
            ("helv", "Alle barn skal ha en god oppvekst."),
            ("helv", "Vi har mange planer, blant annet"),
            ("helv", "•  Dette er ikke et mål"),
            ("hebo", "1.1 Barnehager"),
            ("hebo", "Tiltak:"),
            ("helv", "•  Bygge to nye barnehager"),
            ("helv", "•  Flere pedagoger"),
        ],
        [("hebo", "2 Helse"), ("hebo", "2.1 Legevakt"), ("helv", "Legevakten skal være åpen hele døgnet.")],
    ]
    for lines in pages:
        page = doc.new_page()
        y = 72.0
        for font, text in lines:
            page.insert_text((72, y), text, fontname=font, fontsize=11)
            y += 24
    doc.save(path)
    doc.close()


def test_without_an_outline_the_bold_numbered_headings_make_the_tree(tmp_path: Path) -> None:
    pdf = tmp_path / "oppvekstplan.pdf"
    write_unoutlined_pdf(pdf)
    [plan] = propose_from_pdf(pdf, ImportOptions()).plans

    def tree(nodes: list[DraftNode]) -> list[object]:
        return [(n.number, n.title, n.level, n.page, tree(n.children)) for n in nodes]

    items = [(None, "Bygge to nye barnehager", "Tiltak", 1, []), (None, "Flere pedagoger", "Tiltak", 1, [])]
    assert tree(plan.children) == [
        ("1", "Oppvekst", "Kapittel", 1, [("1.1", "Barnehager", "Avsnitt", 1, items)]),
        ("2", "Helse", "Kapittel", 2, [("2.1", "Legevakt", "Avsnitt", 2, [])]),
    ]
    assert plan.children[0].text == "Alle barn skal ha en god oppvekst."


def test_cli_writes_the_proposal_with_its_catalogue_entry_and_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "oppvekstplan.pdf"
    write_unoutlined_pdf(pdf)
    out = tmp_path / "bibliotek"
    result = run("import-goals", str(pdf), "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    [plan] = json.loads(result.stdout)["plans"]
    assert (plan["id"], plan["nodes"]) == ("oppvekstplan", 6)
    assert (out / "oppvekstplan.pdf").is_file()
    data = load_library_data(find_library_files([bundled_library_dir(), out]).yaml_files)
    assert data.problems == []
    goal = data.goals.node("oppvekstplan.avsnitt-1.1")
    assert goal is not None
    [link] = goal.links
    assert link.page == 1
    document = data.catalog.documents[link.doc_id]
    assert document.file == (out / "oppvekstplan.pdf").resolve()


def test_a_file_that_is_not_a_pdf_is_reported_and_nothing_written(tmp_path: Path) -> None:
    fake = tmp_path / "plan.pdf"
    fake.write_text("ikke en pdf", encoding="utf-8")
    result = run("import-goals", str(fake), "--out", str(tmp_path / "out"), "--json")
    assert result.returncode == 1
    [problem] = json.loads(result.stdout)["problems"]
    assert problem["row"] is None
    assert "cannot open the PDF" in problem["message"]
    assert not (tmp_path / "out").exists()


def test_bundled_plans_are_mostly_found_with_page_and_level() -> None:
    """The measurement the README reports; a floor, so that a change that loses goals shows."""
    scores = {score.pdf: score for score in bundled_scores()}
    agreement = scores["tromsvekstavtalen.pdf"]
    assert agreement.goals == 62
    assert agreement.right_page >= 55
    assert agreement.right_page_and_level >= 45
    assert scores["sentrale-planer.pdf"].right_page_and_level >= 10
