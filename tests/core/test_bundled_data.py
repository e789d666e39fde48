"""The bundled library: catalogue, goal YAML, demo PDFs, and their agreement with the source texts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pymupdf
import pytest
import yaml

from tests.conftest import RESOURCES
from tromsvekst_desktop.core.pdftext import extract_pdf
from tromsvekst_desktop.tools import demo_documents

SEEDS = RESOURCES.parent.parent / "shared" / "seeds"
ID = re.compile(r"^[a-z0-9._-]+$")
# A line-end hyphen that splits a word; the hanging hyphen of "samfunns-⏎og" stays.
SPLIT_HYPHEN = re.compile(r"(?<=\w)-\n(?!(?:og|eller|til|enn|samt)\b)(?=\w)")

Node = dict[str, Any]


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def catalog() -> dict[str, Node]:
    return {doc["id"]: doc for doc in load(RESOURCES / "catalog.yaml")["documents"]}


@cache
def goal_files() -> dict[str, Node]:
    return {path.name: load(path) for path in sorted((RESOURCES / "goals").glob("*.yaml"))}


def walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from walk(node.get("children", []))


def all_nodes() -> list[tuple[Node, Node]]:
    """(plan, node) for every plan root and goal node of the bundled goal files."""
    return [
        (data["plan"], node)
        for data in goal_files().values()
        for node in [data["plan"], *walk(data["goals"])]
    ]


@cache
def nodes() -> dict[str, Node]:
    return {node["id"]: node for _, node in all_nodes()}


@cache
def pdf_pages(doc_id: str) -> list[str]:
    with pymupdf.open(RESOURCES / catalog()[doc_id]["file"]) as doc:
        return [page.get_text() for page in doc]


@cache
def extracted_pages(doc_id: str) -> list[str]:
    """Page texts as the app's extractor reads them (line-end hyphens already joined)."""
    return [page.text for page in extract_pdf(RESOURCES / catalog()[doc_id]["file"]).pages]


def normalise(text: str) -> str:
    return " ".join(SPLIT_HYPHEN.sub("", text).split()).casefold()


def page_links() -> list[tuple[str, str, int]]:
    return [
        (node["id"], node.get("document", plan.get("document")), node["page"])
        for plan, node in all_nodes()
        if "page" in node
    ]


# -- demo PDFs --------------------------------------------------------------------------------


@pytest.mark.parametrize(("node_id", "doc_id", "page"), page_links(), ids=[link[0] for link in page_links()])
def test_node_title_stands_on_its_linked_page(node_id: str, doc_id: str, page: int) -> None:
    pages = extracted_pages(doc_id)
    assert 1 <= page <= len(pages)
    assert (
        " ".join(nodes()[node_id]["title"].split()).casefold() in " ".join(pages[page - 1].split()).casefold()
    )


def test_every_goal_node_links_to_a_page() -> None:
    assert [node["id"] for _, node in all_nodes() if "page" not in node] == []


def test_regenerating_the_demo_pdfs_passes_its_check_and_matches_the_bundled_files(tmp_path: Path) -> None:
    assert demo_documents.generate(RESOURCES, tmp_path) == []
    for doc_id in ("tromsvekstavtalen", "sentrale-planer"):
        with pymupdf.open(tmp_path / f"{doc_id}.pdf") as fresh:
            assert [page.get_text() for page in fresh] == pdf_pages(doc_id), f"{doc_id}.pdf is stale"


def test_demo_pdfs_have_metadata_outline_and_page_numbers() -> None:
    for doc_id, pages_expected in (("tromsvekstavtalen", range(6, 10)), ("sentrale-planer", range(4, 7))):
        entry = catalog()[doc_id]
        with pymupdf.open(RESOURCES / entry["file"]) as doc:
            meta = doc.metadata
            assert meta is not None
            assert meta["title"] == entry["title"]
            assert meta["subject"]
            owner = entry["owner"]
            assert meta["author"] == (", ".join(owner) if isinstance(owner, list) else owner)
            assert doc.page_count in pages_expected
            assert len(doc.get_toc()) >= 8
    toc_titles = [
        title for _, title, _ in pymupdf.open(RESOURCES / "documents/tromsvekstavtalen.pdf").get_toc()
    ]
    assert "1. Innledning" in toc_titles and "6 Resultater og evaluering" in toc_titles
    assert "Side 3 av 8" in pdf_pages("tromsvekstavtalen")[2]


def test_tromsvekstavtalen_pdf_has_split_words_and_a_hanging_coordination_hyphen() -> None:
    text = "\n".join(pdf_pages("tromsvekstavtalen"))
    assert len(SPLIT_HYPHEN.findall(text)) >= 5
    assert re.search(r"samfunns-\nog næringsutvikling", text)
    # The hanging hyphen survives joining: "samfunns- og", never "samfunnsog".
    assert "samfunnsog" not in normalise(text)


# -- counts the plans require ------------------------------------------------------------------


def tva() -> Node:
    return goal_files()["tromsvekstavtalen.yaml"]


def tk() -> Node:
    return goal_files()["tromso-kommune.yaml"]


def test_tromsvekstavtalen_structure() -> None:
    goals = {node["id"]: node for node in tva()["goals"]}
    assert goals["tva.mal"]["level"] == "Overordnet mål"
    areas = [node for node in tva()["goals"] if "level" not in node]
    assert [area["number"] for area in areas] == ["1", "2", "3", "4"]
    delmal = [goal for area in areas for goal in area["children"]]
    assert [goal["number"] for goal in delmal] == ["1.1", "1.2", "2.1", "2.2", "3.1", "4"]
    strategies = [s for goal in delmal for s in goal["children"]]
    assert len(strategies) == 17
    assert all("number" not in s for s in strategies)
    assert strategies[-1]["title"] == "Helhetlig planlegging for bærekraftig besøksforvaltning."
    assert [p.get("level", "Punkt") for p in strategies[-1]["children"]] == ["Punkt"] * 4
    results = goals["tva.resultater"]
    assert results["title"] == "Langsiktige resultater"
    assert [r["level"] for r in results["children"]] == ["Resultat"] * 14
    follow_up = goals["tva.oppfolging"]
    assert [s["number"] for s in follow_up["children"]] == ["5.1", "5.2"]
    assert [len(s["children"]) for s in follow_up["children"]] == [7, 2]
    steps = goals["tva.evaluering"]["children"]
    assert [s["level"] for s in steps] == ["Midtveisevaluering", "Sluttevaluering"]
    assert "2026" in steps[0]["title"] and "2028" in steps[1]["title"]


def test_tromso_vil_structure() -> None:
    goals = {node["id"]: node for node in tk()["goals"]}
    aims = goals["tk.mal"]["children"]
    assert [a["title"] for a in aims] == [
        "Sosial bærekraft",
        "Klima- og miljømessig bærekraft",
        "Økonomisk bærekraft",
        "En robust organisasjon",
    ]
    focus = goals["tk.fokus"]["children"]
    assert [f["title"] for f in focus] == [
        "Sikre gode oppvekstsvilkår",
        "Folkehelse og fremtidens velferdstjenester",
        "Riktig bolig og fysisk utforming",
        "Sosialt rettferdig og miljøvennlig klimaomstilling",
        "Samfunnssikkerhet, næringsutvikling og samarbeid i Arktisk",
    ]
    focus_ids = {f["id"] for f in focus}
    priorities = goals["tk.satsing"]["children"]
    assert [p["title"] for p in priorities] == [
        "unge først",
        "god folkehelse",
        "riktig bolig",
        "i front på klimanøytral utvikling",
        "attraktiv for etableringer",
    ]
    # Each priority area leads to the one focus area that replaced it, all five distinct.
    successors = [[r for r in p["related"] if r in focus_ids] for p in priorities]
    assert all(len(s) == 1 for s in successors)
    assert sorted(s[0] for s in successors) == sorted(focus_ids)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("tk.fokus.oppvekst", "tva.d1-1.s3"),
        ("tk.fokus.oppvekst", "tva.res.r4"),
        ("tk.fokus.klima", "tva.d1-1.s2"),
        ("tk.fokus.klima", "tva.d4.s1"),
        ("tk.fokus.klima", "tva.d2-2.s3"),
        ("tk.fokus.klima", "tva.io3"),
        ("tk.mal.klima", "tva.d3-1"),
        ("tk.fokus.bolig", "tva.5-1.t2"),
        ("tk.fokus.arktis", "tva.d2-2"),
        ("tk.fokus.arktis", "tva.5-1.t4"),
    ],
)
def test_plans_are_cross_linked_where_they_speak_of_the_same_thing(one: str, other: str) -> None:
    assert other in nodes()[one].get("related", []) or one in nodes()[other].get("related", [])


REQUIRED_DOCUMENTS = {
    "tromsvekstavtalen", "tromso-vil", "kpa", "handlingsprogrammet", "tromso-vet", "u4ssc-2021",
    "levekar-2023", "folkehelse-2023", "rps-troms-2025", "rtp-troms-2022", "naeringsstrategi-troms-2023",
    "kompetansestrategi-troms-2023", "utviklingsbildet", "ipr-strategi", "planstrategi-2024",
    "arsregnskap", "okonomirapporter", "sentrale-planer",
}  # fmt: skip


def test_catalogue_lists_the_documents_the_sources_name() -> None:
    docs = catalog()
    assert REQUIRED_DOCUMENTS <= docs.keys()
    agreement = docs["tromsvekstavtalen"]
    assert [(a["date"], a["body"]) for a in agreement["adoption"]] == [
        ("2025-05-14", "Tromsøregionens IPR"),
        ("2025-06-17", "Fylkestinget i Troms"),
    ]
    assert docs["planstrategi-2024"]["adoption"] == [
        {"date": "2024-06-19", "body": "Kommunestyret i Tromsø", "case": "94/24"}
    ]
    assert docs["tromso-vil"]["period"] == "2020–2032"
    assert "36 levekårssoner" in docs["levekar-2023"]["description"]
    assert {doc_id for doc_id, doc in docs.items() if "file" in doc} == {
        "tromsvekstavtalen",
        "sentrale-planer",
    }


def test_catalogue_entries_are_well_formed() -> None:
    owners = {"Tromsø kommune", "Troms fylkeskommune", "Tromsøregionens IPR"}
    for doc_id, doc in catalog().items():
        assert ID.match(doc_id)
        assert doc["title"] and doc["kind"] and doc["source"], doc_id
        listed = doc["owner"] if isinstance(doc["owner"], list) else [doc["owner"]]
        assert set(listed) <= owners, doc_id
        for adoption in doc.get("adoption", []):
            assert re.fullmatch(r"\d{4}(-\d{2}){0,2}", str(adoption["date"])), doc_id
        if "file" in doc:
            assert (RESOURCES / doc["file"]).is_file(), doc_id


def test_ids_unique_sources_present_and_references_resolve() -> None:
    ids = [node["id"] for _, node in all_nodes()]
    assert len(ids) == len(set(ids))
    for plan, node in all_nodes():
        assert ID.match(node["id"]), node["id"]
        assert node.get("source"), f"{node['id']} has no source"
        for related in node.get("related", []):
            assert related in nodes(), f"{node['id']}: unknown related id {related}"
        documents = [node.get("document", plan.get("document"))]
        documents += [link["document"] for link in node.get("links", [])]
        for doc_id in documents:
            assert doc_id in catalog(), f"{node['id']}: unknown document {doc_id}"


# -- wording against the source texts ----------------------------------------------------------


@cache
def seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"source texts not present at {SEEDS}")
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    # The PDF's line-end hyphens, but not the hanging one of "samfunns- ⏎og".
    text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?!(?:og|eller)\b)(?=[a-zæøå])", "", text)
    text = text.replace("«Troms i tall».1", "«Troms i tall».")  # footnote marker
    return compact(text)


def compact(text: str) -> str:
    """Without any whitespace: the extraction's broken lines ("Tromsø⏎regionen") compare equal."""
    return re.sub(r"\s+", "", text)


def tva_wordings() -> list[str]:
    texts = []
    for node in walk(tva()["goals"]):
        texts += [node["title"], *demo_documents.paragraphs(node.get("text", ""))]
    prose = load(demo_documents.DEMO_TEXT)["tromsvekstavtalen"]
    for value in prose.values():
        texts += value if isinstance(value, list) else [value]
    return [text.replace("\n", " ") for text in texts]


@pytest.mark.parametrize("text", tva_wordings())
def test_tromsvekstavtalen_wording_is_the_agreements(text: str) -> None:
    assert compact(text) in seed("001")


def tk_wordings() -> list[str]:
    goals = {node["id"]: node for node in walk(tk()["goals"])}
    texts = [f"{aim['title']} – {aim['text']}" for aim in goals["tk.mal"]["children"]]
    texts += [
        goals["tk.mal"]["text"],
        goals["tk.fokus"]["text"],
        goals["tk.satsing"]["text"],
        tk()["plan"]["text"],
    ]
    texts += [f"«{area['title']}»" for area in goals["tk.fokus"]["children"]]
    texts += [p for area in goals["tk.fokus"]["children"] for p in demo_documents.paragraphs(area["text"])]
    texts += [f"«{priority['title']}»" for priority in goals["tk.satsing"]["children"]]
    prose = load(demo_documents.DEMO_TEXT)["sentrale_planer"]
    editorial = {
        "samfunnsdel_heading", "planstrategi_heading", "arealdel_heading", "handlingsprogram_heading",
        "levekar_heading", "okonomi_heading", "andre_heading",
    }  # fmt: skip
    for key, value in prose.items():
        if key in editorial:
            continue
        texts += (
            list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else [value]
        )
    return [text.replace("\n", " ") for text in texts]


@pytest.mark.parametrize("text", tk_wordings())
def test_sentrale_planer_wording_is_the_pages(text: str) -> None:
    assert compact(text) in seed("000")
