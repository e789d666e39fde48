"""Generates the bundled demo PDFs from the goal YAML and demo prose, then checks every goal's page.

Run ``python -m tromsvekst_desktop.tools.demo_documents`` from a source checkout. It writes
``resources/documents/tromsvekstavtalen.pdf`` and ``resources/documents/sentrale-planer.pdf``
(byte-for-byte reproducible), and exits non-zero, naming the nodes, when a ``page`` in the goal
YAML is not the page where the generator placed that node's title (or, for a link to the same
document, its text), or when the title cannot be found on that page of the written PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf
import yaml

from tromsvekst_desktop.tools.pdfwrite import PdfBuilder

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
# Prose of the PDFs beyond the goal texts; outside resources/, whose YAML files are all library data.
DEMO_TEXT = Path(__file__).resolve().parent / "demo_text.yaml"
# Width (points) of the panel text of an innsatsområde: chosen so that lines break where the
# printed agreement breaks them, including the hanging hyphen "samfunns-⏎og næringsutvikling".
PANEL_WIDTH = 375.0
# A line-end hyphen that splits a word; not the hanging hyphen of "samfunns- og ...".
_SPLIT_HYPHEN = re.compile(r"(?<=\w)-\n(?!(?:og|eller|til|enn|samt)\b)(?=\w)")

Node = dict[str, Any]


@dataclass
class Placement:
    """Where the generator put each node: the page of its title, and of its text when apart."""

    title_pages: dict[str, int] = field(default_factory=dict)
    text_pages: dict[str, int] = field(default_factory=dict)

    def put(self, node: Node, page: int) -> None:
        self.title_pages[node["id"]] = page


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from walk(node.get("children", []))


def nodes_by_id(goal_file: Node) -> dict[str, Node]:
    """The plan root and every goal node of a goal file, by id."""
    found = {goal_file["plan"]["id"]: goal_file["plan"]}
    found.update((node["id"], node) for node in walk(goal_file["goals"]))
    return found


def paragraphs(text: str) -> list[str]:
    """A node text's paragraphs (the YAML separates them with line breaks)."""
    return [part.strip() for part in text.split("\n") if part.strip()]


def normalise(text: str) -> str:
    """Page or title text for comparison: split words rejoined, whitespace collapsed, casefolded."""
    return " ".join(_SPLIT_HYPHEN.sub("", text).split()).casefold()


def catalog_entry(catalog: Node, doc_id: str) -> Node:
    return next(doc for doc in catalog["documents"] if doc["id"] == doc_id)


def owners(entry: Node) -> str:
    owner = entry["owner"]
    return ", ".join(owner) if isinstance(owner, list) else str(owner)


# -- Tromsvekstavtalen ----------------------------------------------------------------------


def build_tromsvekstavtalen(goal_file: Node, prose: Node, entry: Node) -> tuple[PdfBuilder, Placement]:
    """The agreement laid out like the original: chapters 1–6, one innsatsområde per page."""
    nodes = nodes_by_id(goal_file)
    placed = Placement()
    pdf = PdfBuilder(
        title=entry["title"],
        author=owners(entry),
        subject="Samarbeidsavtale: mål, innsatsområder, delmål, strategier, oppfølging og evaluering",
        keywords="Tromsvekstavtalen, Tromsøregionen, innsatsområder, delmål, strategier",
        created=dt.date.fromisoformat(entry["adoption"][-1]["date"]),
    )
    placed.put(goal_file["plan"], pdf.title(entry["title"], subtitle=owners(entry).replace(", ", " og ")))

    pdf.heading("1. Innledning", 1)
    for text in prose["innledning"]:
        pdf.paragraph(text)

    pdf.heading("2. Overordnet mål for avtalen", 1)
    placed.put(nodes["tva.mal"], pdf.paragraph(nodes["tva.mal"]["title"]))

    pdf.heading("3. Kunnskapsgrunnlag og prosess", 1)
    for text in prose["kunnskapsgrunnlag"]:
        pdf.paragraph(text, hyphenate=True)
    pdf.paragraph(prose["medvirkning_lead"], keep_with_next=True)
    pdf.bullets(prose["medvirkning"], hyphenate=True)

    pdf.page_break()
    pdf.heading("4. Innsatsområder, delmål og strategier for Tromsvekstavtalen", 1)
    pdf.paragraph(prose["innsatsomrader_lead"], hyphenate=True)
    for number in range(1, 5):
        if number > 1:
            pdf.page_break()
        area = nodes[f"tva.io{number}"]
        placed.put(area, pdf.heading(f"Innsatsområde {area['number']} – {area['title']}", 2))
        pdf.paragraph(area["text"], hyphenate=True, boxed=True, width=PANEL_WIDTH)
        for goal in area["children"]:
            placed.put(goal, pdf.heading(f"Delmål {goal['number']}: {goal['title']}", 3))
            # The original writes "Strategier:" with a colon only under innsatsområde 4.
            pdf.paragraph("Strategier:" if number == 4 else "Strategier", bold=True, keep_with_next=True)
            _strategies(pdf, goal["children"], placed)

    pdf.page_break()
    follow_up = nodes["tva.oppfolging"]
    placed.put(follow_up, pdf.heading(f"{follow_up['number']}. {follow_up['title']}", 1))
    for text in paragraphs(follow_up["text"]):
        pdf.paragraph(text, hyphenate=True)
    for section in follow_up["children"]:
        placed.put(section, pdf.heading(f"{section['number']} {section['title']}", 2))
        for text in paragraphs(section["text"]):
            pdf.paragraph(text, hyphenate=True)
        _bullet_nodes(pdf, section["children"], placed)

    pdf.page_break()
    results = nodes["tva.resultater"]
    pdf.heading("6 Resultater og evaluering", 1)  # the original numbers this chapter without a dot
    pdf.paragraph(results["text"])
    placed.put(results, pdf.paragraph(f"{results['title']}:", bold=True, keep_with_next=True))
    _bullet_nodes(pdf, results["children"], placed)
    evaluation = nodes["tva.evaluering"]
    placed.put(evaluation, pdf.heading(evaluation["title"], 2))
    for step in evaluation["children"]:
        placed.put(
            step, pdf.paragraph(" ".join([step["title"], step.get("text", "")]).strip(), hyphenate=True)
        )
    pdf.paragraph(evaluation["text"])
    for text in prose["signatur"]:
        pdf.paragraph(text)
    return pdf, placed


def _strategies(pdf: PdfBuilder, strategies: list[Node], placed: Placement) -> None:
    """Strategy bullets; a strategy with points gets its own "–" list right below it."""
    batch: list[Node] = []
    for strategy in strategies:
        batch.append(strategy)
        if strategy.get("children"):
            _bullet_nodes(pdf, batch, placed)
            batch = []
            _bullet_nodes(pdf, strategy["children"], placed, level=2)
    if batch:
        _bullet_nodes(pdf, batch, placed)


def _bullet_nodes(pdf: PdfBuilder, nodes: list[Node], placed: Placement, level: int = 1) -> None:
    items = [" ".join([node["title"], node.get("text", "")]).strip() for node in nodes]
    for node, page in zip(nodes, pdf.bullets(items, level, hyphenate=True), strict=True):
        placed.put(node, page)


# -- Sentrale planer og styringsdokumenter -----------------------------------------------


def build_sentrale_planer(goal_file: Node, prose: Node, entry: Node) -> tuple[PdfBuilder, Placement]:
    """Tromsø kommune's web page as a document, sections in the page's order."""
    nodes = nodes_by_id(goal_file)
    placed = Placement()
    pdf = PdfBuilder(
        title=entry["title"],
        author=owners(entry),
        subject="Kommuneplanens samfunnsdel «Tromsø vil», fokusområder 2024–2027 og kunnskapsgrunnlag",
        keywords="Tromsø vil, fokusområder, satsingsområder, Tromsø vet, U4SSC, levekår, handlingsprogram",
        created=dt.date(2025, 1, 1),  # fixed for reproducible output; the page carries no date
        footer="{page}",
    )
    pdf.title(entry["title"])
    pdf.heading("Kort fortalt", 1)
    pdf.bullets(prose["kort_fortalt"])

    plan = goal_file["plan"]
    pdf.heading(prose["samfunnsdel_heading"], 1)
    placed.put(plan, pdf.paragraph(plan["text"]))
    for text in prose["samfunnsdel"]:
        pdf.paragraph(text)
    main_goal = nodes["tk.mal"]
    placed.put(main_goal, pdf.paragraph(f"{main_goal['text']} {prose['hovedmal_lead']}", keep_with_next=True))
    aims = main_goal["children"]
    for aim, page in zip(aims, pdf.bullets([f"{a['title']} – {a['text']}" for a in aims]), strict=True):
        placed.put(aim, page)

    pdf.heading(prose["planstrategi_heading"], 1)
    for text in prose["planstrategi"]:
        pdf.paragraph(text, hyphenate=True)
    priorities = nodes["tk.satsing"]
    placed.put(priorities, pdf.heading(priorities["title"], 2))
    page = pdf.paragraph(priorities["text"])
    for priority in priorities["children"]:
        placed.put(priority, page)
    focus = nodes["tk.fokus"]
    placed.put(focus, pdf.heading(focus["title"], 2))
    pdf.paragraph(focus["text"], keep_with_next=True)
    areas = focus["children"]
    for area, page in zip(areas, pdf.bullets([f"«{a['title']}»" for a in areas]), strict=True):
        placed.put(area, page)

    pdf.heading(prose["arealdel_heading"], 1)
    for text in prose["arealdel"]:
        pdf.paragraph(text, hyphenate=True)

    pdf.page_break()
    pdf.heading("Beskrivelse av fokusområdene", 1)  # editorial: the page has no heading here
    for area in areas:
        placed.text_pages[area["id"]] = pdf.heading(prose["fokus_headings"][area["id"]], 2)
        for text in paragraphs(area["text"]):
            pdf.paragraph(text, hyphenate=True)

    pdf.heading(prose["tromso_vet_heading"], 1)
    for text in prose["tromso_vet"]:
        pdf.paragraph(text)
    pdf.bullets(prose["tromso_vet_bullets"])
    for text in prose["tromso_vet_after"]:
        pdf.paragraph(text)
    pdf.heading(prose["u4ssc_heading"], 1)
    for text in prose["u4ssc"]:
        pdf.paragraph(text)
    pdf.heading(prose["handlingsprogram_heading"], 1)
    for text in prose["handlingsprogram"]:
        pdf.paragraph(text)
    pdf.heading(prose["levekar_heading"], 1)
    pdf.paragraph(prose["levekar_lead"], keep_with_next=True)
    pdf.bullets(prose["levekar_bullets"])
    for text in prose["levekar"]:
        pdf.paragraph(text)
    pdf.heading(prose["okonomi_heading"], 1)
    for text in prose["okonomi"]:
        pdf.paragraph(text)
    pdf.bullets(prose["okonomi_years"])
    pdf.heading(prose["andre_heading"], 1)
    for text in prose["andre"]:
        pdf.paragraph(text)
    return pdf, placed


# -- checking ----------------------------------------------------------------------------------


def page_texts(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def check_pages(goal_file: Node, doc_id: str, placed: Placement, texts: list[str]) -> list[str]:
    """Every mismatch between the YAML's pages into ``doc_id`` and the generated PDF."""
    problems: list[str] = []
    plan = goal_file["plan"]
    default_doc = plan.get("document")
    for node in [plan, *walk(goal_file["goals"])]:
        node_id = node["id"]
        if node.get("document", default_doc) == doc_id and "page" in node:
            actual = placed.title_pages.get(node_id)
            if actual is None:
                problems.append(f"{node_id}: YAML page {node['page']}, but the generator did not place it")
            elif actual != node["page"]:
                problems.append(f"{node_id}: YAML page {node['page']}, title stands on page {actual}")
            elif normalise(node["title"]) not in normalise(texts[actual - 1]):
                problems.append(f"{node_id}: title not found in the text of page {actual}")
        for link in node.get("links", []):
            if link.get("document") == doc_id and "page" in link:
                actual = placed.text_pages.get(node_id)
                if actual != link["page"]:
                    problems.append(
                        f"{node_id}: link to page {link['page']}, its text stands on page {actual}"
                    )
    return problems


def generate(resources: Path = RESOURCES, out_dir: Path | None = None) -> list[str]:
    """Write both demo PDFs; return the page mismatches (empty when the YAML agrees)."""
    out_dir = out_dir or resources / "documents"
    catalog = load_yaml(resources / "catalog.yaml")
    prose = load_yaml(DEMO_TEXT)
    jobs = [
        ("tromsvekstavtalen", "tromsvekstavtalen.yaml", build_tromsvekstavtalen, prose["tromsvekstavtalen"]),
        ("sentrale-planer", "tromso-kommune.yaml", build_sentrale_planer, prose["sentrale_planer"]),
    ]
    problems: list[str] = []
    for doc_id, goal_name, build, doc_prose in jobs:
        goal_file = load_yaml(resources / "goals" / goal_name)
        pdf, placed = build(goal_file, doc_prose, catalog_entry(catalog, doc_id))
        path = out_dir / f"{doc_id}.pdf"
        pdf.save(path)
        texts = page_texts(path)
        print(f"{path}: {len(texts)} sider")
        problems += [f"{goal_name}: {problem}" for problem in check_pages(goal_file, doc_id, placed, texts)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--resources", type=Path, default=RESOURCES, help="the bundled library folder")
    parser.add_argument(
        "--out", type=Path, default=None, help="where to write the PDFs (default: its documents/)"
    )
    args = parser.parse_args(argv)
    problems = generate(args.resources, args.out)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
