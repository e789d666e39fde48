"""Hits you can cite: the section a hit stands under (outline or found headings), marks that
show exactly what matched, readable goal hits and suggestions."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from tests.library_factory import cli_argv
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.library import bundled_library_dir
from tromsvekst_desktop.core.pagemarks import mark_boxes, page_chars
from tromsvekst_desktop.core.pdftext import extract_pdf
from tromsvekst_desktop.core.search import Hit, SearchEngine
from tromsvekst_desktop.core.spelling import edit_distance, holds_in_order, ranked
from tromsvekst_desktop.tools.pdfwrite import PdfBuilder

FILLER = (
    "Kommunene i regionen samarbeider om planarbeid og utvikling av tjenester for innbyggerne, "
    "med vekt på kunnskap, medvirkning og en god dialog mellom forvaltningsnivåene. "
)


def plan_pdf(path: Path, *, outline: bool) -> Path:
    """A plan with several headings on each page; each marker word stands under one heading.

    Page 1: "1 Innledning" (alfaord), "2 Mål for planen" (betaord), "2.1 Delmål om vekst"
    (gammaord, then text that runs on to page 2, where deltaord stands above any heading),
    then on page 2 "3 Oppfølging" (epsilonord).
    """
    pdf = PdfBuilder(title="Testplan", author="Testkommune")
    pdf.title("Testplan for regionen")
    pdf.heading("1 Innledning", 1)
    pdf.paragraph("Innledningen forteller om alfaord og bakgrunnen for planen. " + FILLER)
    pdf.heading("2 Mål for planen", 1)
    pdf.paragraph("Målene gjelder betaord i hele regionen. " + FILLER)
    pdf.heading("2.1 Delmål om vekst", 2)
    pdf.paragraph("Delmålet handler om gammaord. " + FILLER * 2)
    while pdf.current_page == 1:
        pdf.paragraph(FILLER * 2)
    pdf.paragraph("Fortsatt under delmålet: deltaord og mer tekst. " + FILLER)
    pdf.heading("3 Oppfølging", 1)
    pdf.paragraph("Oppfølgingen skjer gjennom epsilonord hvert år. " + FILLER)
    pdf.save(path)
    if not outline:
        doc = pymupdf.open(path)
        doc.set_toc([])
        doc.saveIncr()
        doc.close()
    return path


EXPECTED_SECTIONS = {
    "alfaord": "1 Innledning",
    "betaord": "2 Mål for planen",
    "gammaord": "2.1 Delmål om vekst",
    "deltaord": "2.1 Delmål om vekst",  # top of page 2: the last heading of page 1
    "epsilonord": "3 Oppfølging",
}


@pytest.fixture(scope="module", params=["outline", "no-outline"])
def plan_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SearchEngine]:
    root = tmp_path_factory.mktemp(f"plan-{request.param}")
    (root / "lib").mkdir()
    plan_pdf(root / "lib" / "plan.pdf", outline=request.param == "outline")
    update_index(root / "index", [root / "lib"])
    with SearchEngine(root / "index") as engine:
        yield engine


def test_made_plan_has_several_headings_per_page(tmp_path: Path) -> None:
    for outline in (True, False):
        pdf = extract_pdf(plan_pdf(tmp_path / f"plan-{outline}.pdf", outline=outline))
        # Without bookmarks the title block is found as a heading too.
        assert [title for _offset, title in pdf.pages[0].headings] == [
            *([] if outline else ["Testplan for regionen"]),
            "1 Innledning",
            "2 Mål for planen",
            "2.1 Delmål om vekst",
        ]
        assert pdf.pages[1].section == "2.1 Delmål om vekst"


@pytest.mark.parametrize(("word", "section"), sorted(EXPECTED_SECTIONS.items()))
def test_a_hit_is_under_the_heading_above_its_match(
    plan_engine: SearchEngine, word: str, section: str
) -> None:
    [hit] = plan_engine.search(word).hits
    assert hit.section == section


def test_headings_are_stored_with_the_document(plan_engine: SearchEngine) -> None:
    [hit] = plan_engine.search("alfaord").hits
    assert hit.path is not None
    headings = [(h.page, h.level, h.title) for h in plan_engine.headings(hit.path)]
    # The title block is a heading found in the PDF without bookmarks; not in the outline.
    assert headings[: len(headings) - 4] in ([], [(1, 1, "Testplan for regionen")])
    assert headings[-4:] == [
        (1, 1, "1 Innledning"),
        (1, 1, "2 Mål for planen"),
        (1, 2, "2.1 Delmål om vekst"),
        (2, 1, "3 Oppfølging"),
    ]


def test_outline_entries_are_placed_by_their_destination(tmp_path: Path) -> None:
    """An outline entry whose title is not on the page ("Målsettinger") stands where its destination
    points; an outline none of whose titles is in the text (bookmarks named like form
    fields) gives way to the headings of the layout."""
    path = plan_pdf(tmp_path / "plan.pdf", outline=True)
    doc = pymupdf.open(path)
    toc = doc.get_toc(simple=False)
    toc[1][1] = "Målsettinger"
    doc.set_toc(toc)
    doc.saveIncr()
    first = extract_pdf(path).pages[0]
    offsets = {title: offset for offset, title in first.headings}
    assert first.text[offsets["Målsettinger"] :].startswith("2 Mål for planen")
    assert first.text[offsets["2.1 Delmål om vekst"] :].startswith("2.1 Delmål om vekst")

    doc.set_toc([[level, f"Felt_{n}", page, dest] for n, (level, _title, page, dest) in enumerate(toc)])
    doc.saveIncr()
    doc.close()
    assert [title for _offset, title in extract_pdf(path).pages[0].headings][-3:] == [
        "1 Innledning",
        "2 Mål for planen",
        "2.1 Delmål om vekst",
    ]


def test_a_value_filled_into_a_form_is_no_heading(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 80), "Søknad om tilskudd", fontsize=18, fontname="hebo")
    for line in range(12):
        page.insert_text(
            (72, 120 + line * 14), f"Linje {line} om søknaden og vilkårene for tilskudd.", fontsize=10
        )
    field = pymupdf.Widget()
    field.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    field.field_name = "navn"
    field.rect = pymupdf.Rect(72, 320, 300, 345)
    field.field_value = "Ola Nordmann"
    field.text_fontsize = 16  # larger than the body text, like a heading
    page.add_widget(field)
    doc.save(tmp_path / "skjema.pdf")
    pdf = extract_pdf(tmp_path / "skjema.pdf")
    assert "Ola Nordmann" in pdf.pages[0].text
    assert [heading.title for heading in pdf.headings] == ["Søknad om tilskudd"]


# --- the bundled plans -----------------------------------------------------------------------------


SEARCH = ("search", "--json", "--limit", "50")


def cli_json(index_dir: Path, query: str) -> dict[str, Any]:
    """``tromsvekst search QUERY --json`` over the bundled plans."""
    result = subprocess.run(
        cli_argv(index_dir, *SEARCH, query),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


def page_hit(engine: SearchEngine, query: str, doc_id: str, page: int) -> Hit:
    hits = engine.search(query, limit=50).hits
    return next(h for h in hits if (h.kind, h.doc_id, h.page) == ("page", doc_id, page))


def marked(hit: Hit) -> list[str]:
    return [hit.snippet.text[a:b] for a, b in hit.snippet.spans]


def test_bundled_sections_are_the_headings_above_the_word(bundled: SearchEngine) -> None:
    # "RTP" stands under «3. Kunnskapsgrunnlag og prosess», further down page 1 than «1. Innledning».
    assert page_hit(bundled, "RTP", "tromsvekstavtalen", 1).section == "3. Kunnskapsgrunnlag og prosess"
    # "klimatilpasning" on p. 4 stands in Innsatsområde 2's introduction, above «Delmål 2.1».
    section = page_hit(bundled, "klimatilpasning", "tromsvekstavtalen", 4).section
    assert section.startswith("Innsatsområde 2 – Behovet for styrket samfunns- og arealplanarbeid")


def test_bundled_outline_points_at_the_headings() -> None:
    doc = pymupdf.open(bundled_library_dir() / "documents" / "tromsvekstavtalen.pdf")
    for _level, title, page, dest in doc.get_toc(simple=False):
        found = doc[page - 1].search_for(title[:30])
        assert any(abs(dest["to"].y - rect.y0) < 6 for rect in found), title  # not the page top


@pytest.mark.parametrize("name", ["tromsvekstavtalen.pdf", "sentrale-planer.pdf"])
def test_bundled_plans_without_bookmarks_give_the_same_headings(tmp_path: Path, name: str) -> None:
    """The layout alone finds every heading the outline names, on its page and in its place."""
    doc = pymupdf.open(bundled_library_dir() / "documents" / name)
    with_outline = extract_pdf(doc.name).headings
    doc.set_toc([])
    doc.save(tmp_path / name)
    found = {(h.page, h.title, h.offset) for h in extract_pdf(tmp_path / name).headings}
    assert {(h.page, h.title, h.offset) for h in with_outline} <= found
    assert len(found) <= len(with_outline) + 1  # the title block's subtitle at most


def test_an_expansion_phrase_is_marked_only_whole(bundled: SearchEngine) -> None:
    hit = page_hit(bundled, "RTP", "tromsvekstavtalen", 1)
    words = marked(hit)
    assert "Regional Transportplan" in words and "RTP" in words
    assert "Regional" not in words  # «Regional planstrategi» is not «regional transportplan»
    assert "Regional planstrategi" in hit.snippet.text


@pytest.mark.parametrize("query", ["RTP", "klimatilpasning", "bærekraftig utvikling", "kollektivtransport"])
def test_marks_hold_no_punctuation(bundled: SearchEngine, bundled_index: Path, query: str) -> None:
    result = bundled.search(query, limit=50)
    for hit in result.hits:
        for part in (hit.title_snippet, hit.snippet):
            for a, b in part.spans if part else ():
                assert re.fullmatch(r"\w(.*\w)?", part.text[a:b], re.DOTALL), part.text[a:b]
    marked_json = [h["snippet"] for h in cli_json(bundled_index, query)["hits"]]
    assert all(not re.search(r"\[\[\W|\W\]\]", snippet) for snippet in marked_json)


def test_page_and_snippet_mark_the_same_words(bundled: SearchEngine) -> None:
    result = bundled.search("bærekraftig utvikling", limit=50)
    hit = page_hit(bundled, "bærekraftig utvikling", "tromsvekstavtalen", 4)
    assert hit.path is not None
    doc = pymupdf.open(hit.path)
    text = page_chars(doc[3])
    on_page = {text.text[a:b].lower() for a, b in result.rule.spans(text.text)}
    in_snippet = {word.lower() for word in marked(hit)}
    assert in_snippet and in_snippet <= on_page
    # Each mark on the page covers exactly its word: no punctuation, no neighbour.
    boxes = mark_boxes(text, result.rule)
    assert len(boxes) >= len(result.rule.spans(text.text))
    for box in boxes:
        inside = chars_in(doc[3], box)
        assert re.fullmatch(r"\w+", inside), inside


def chars_in(page: pymupdf.Page, box: tuple[float, float, float, float]) -> str:
    """The characters whose centre lies in ``box``, spaces left out."""
    x0, y0, x1, y1 = box
    found = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                for char in span["chars"]:
                    cx0, cy0, cx1, cy1 = char["bbox"]
                    if x0 <= (cx0 + cx1) / 2 <= x1 and y0 <= (cy0 + cy1) / 2 <= y1:
                        found.append(char["c"])
    return "".join(found).replace(" ", "")


def test_parenthesised_abbreviation_is_marked_without_its_brackets(bundled: SearchEngine) -> None:
    result = bundled.search("RTP")
    doc = pymupdf.open(bundled_library_dir() / "documents" / "tromsvekstavtalen.pdf")
    text = page_chars(doc[0])
    words = [chars_in(doc[0], box) for box in mark_boxes(text, result.rule)]
    assert "RTP" in words and not any("(" in word or ")" in word for word in words)


def test_the_snippet_shows_the_best_match(bundled: SearchEngine) -> None:
    for query in ("klimatilpasning", "RTP", "besøksforvaltning", "ungdomshovedstad"):
        for hit in bundled.search(query, limit=50).hits:
            parts = [part for part in (hit.title_snippet, hit.snippet) if part is not None]
            assert any(part.spans for part in parts), (query, hit.title, hit.page)


def test_goal_hits_keep_title_and_text_apart(bundled_index: Path) -> None:
    hits = cli_json(bundled_index, "kind:goal klimatilpasning")["hits"]
    assert hits
    for hit in hits:
        title, _newline, text = hit["snippet"].partition("\n")
        assert hit["breadcrumb"][-1] == hit["title"]  # the breadcrumb ends with the goal itself
        assert title.replace("[[", "").replace("]]", "") == hit["title"]
        assert text and "[[" in hit["snippet"]


def test_cli_section_is_the_heading_above_the_match(bundled_index: Path) -> None:
    hits = cli_json(bundled_index, "RTP")["hits"]
    [first] = [h for h in hits if h["kind"] == "page" and h["page"] == 1]
    assert first["section"] == "3. Kunnskapsgrunnlag og prosess"
    assert "[[Regional Transportplan]]" in first["snippet"] and "[[RTP]]" in first["snippet"]


def test_cli_section_is_null_before_the_first_heading(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    pdf = PdfBuilder(title="Notat")
    pdf.paragraph("Forord om zetaord før noen overskrift. " + FILLER)
    pdf.heading("1 Bakgrunn", 1)
    pdf.paragraph("Bakgrunnen for etaord. " + FILLER)
    pdf.save(tmp_path / "lib" / "notat.pdf")
    update_index(tmp_path / "index", [tmp_path / "lib"])
    [before] = cli_json(tmp_path / "index", "zetaord")["hits"]
    [after] = cli_json(tmp_path / "index", "etaord")["hits"]
    assert before["section"] is None and after["section"] == "1 Bakgrunn"


# --- suggestions ---------------------------------------------------------------------------------


def test_suggestion_holds_every_typed_letter(bundled: SearchEngine) -> None:
    assert bundled.search("bærekraftg").suggestion == "bærekraftig"
    assert bundled.search("klimatilpasnig").suggestion == "klimatilpasning"


def test_suggestions_rank_a_letter_left_out_first_then_frequency() -> None:
    frequency = {"bærekraft": 50, "bærekraftig": 5, "bærekraftige": 1}.get
    assert ranked("bærekraftg", ["bærekraft", "bærekraftig"], lambda w: frequency(w) or 0) == [
        "bærekraftig",
        "bærekraft",
    ]
    # Equally close, both hold every letter: the more frequent first.
    assert ranked("abc", ["abxc", "abcy"], {"abxc": 1, "abcy": 9}.__getitem__) == ["abcy", "abxc"]
    assert edit_distance("bærekraftg", "bærekraft") == edit_distance("bærekraftg", "bærekraftig") == 1
    assert edit_distance("plna", "plan") == 1  # two letters swapped is one slip
    assert holds_in_order("bærekraftg", "bærekraftig") and not holds_in_order("bærekraftg", "bærekraft")
