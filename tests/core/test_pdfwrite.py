"""The PDF layout engine: Unicode round trip, outline, hyphenation, page numbers, metadata."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pymupdf
import pytest

from tromsvekst_desktop.tools.pdfwrite import PdfBuilder, hyphenation_points, wrap

LONG = (
    "Tromsvekstavtalen baserer seg på et kunnskapsgrunnlag som viser utviklingen i Tromsøregionen, "
    "heretter kalt Utviklingsbildet, og kunnskapsgrunnlaget til Regional planstrategi for Troms. "
)


def pages_of(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def by_chars(limit: int) -> object:
    return lambda line: len(line) <= limit


def test_norwegian_letters_quotes_dashes_and_symbols_survive_a_round_trip(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Prøve")
    pdf.heading("Kapittel § 10-1 – «Tromsø vil»", 1)
    pdf.paragraph("Ærlig talt: øl, blåbær og 100 € for «Tromsø» – ikke § 5. ÆØÅ æøå.")
    pdf.bullets(["Første «punkt» – ja"])
    pdf.bullets(["Underpunkt med å"], level=2)
    pdf.save(tmp_path / "p.pdf")
    text = pages_of(tmp_path / "p.pdf")[0]
    assert "Kapittel § 10-1 – «Tromsø vil»" in text
    assert "Ærlig talt: øl, blåbær og 100 € for «Tromsø» – ikke § 5. ÆØÅ æøå." in text
    assert "•  Første «punkt» – ja" in text
    assert "–  Underpunkt med å" in text


def test_text_extracts_in_reading_order(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Rekkefølge")
    pdf.heading("Overskrift", 1)
    pdf.paragraph("Brødtekst under overskriften.")
    pdf.heading("Neste", 2)
    pdf.paragraph("Mer tekst.")
    pdf.save(tmp_path / "r.pdf")
    text = pages_of(tmp_path / "r.pdf")[0]
    positions = [text.index(s) for s in ("Overskrift", "Brødtekst", "Neste", "Mer tekst")]
    assert positions == sorted(positions)


def test_outline_holds_the_headings_with_levels_and_pages(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Disposisjon")
    pdf.heading("1. Innledning", 1)
    pdf.paragraph("Tekst.")
    pdf.heading("1.1 Bakgrunn", 2)
    pdf.page_break()
    pdf.heading("Delmål 2.1: Bidra til å styrke planarbeidet", 3)
    pdf.save(tmp_path / "o.pdf")
    with pymupdf.open(tmp_path / "o.pdf") as doc:
        toc = doc.get_toc()
    # A level-3 heading straight after a level-2 one stays level 3; page numbers are 1-based.
    assert toc == [
        [1, "1. Innledning", 1],
        [2, "1.1 Bakgrunn", 1],
        [3, "Delmål 2.1: Bidra til å styrke planarbeidet", 2],
    ]


def test_outline_never_skips_a_level(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Hopp")
    pdf.heading("Kapittel", 1)
    pdf.heading("Dypt nede", 3)
    pdf.save(tmp_path / "h.pdf")
    with pymupdf.open(tmp_path / "h.pdf") as doc:
        assert [entry[0] for entry in doc.get_toc()] == [1, 2]


def test_hyphenated_paragraph_breaks_words_with_hyphen_and_newline(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Orddeling")
    pdf.paragraph(LONG * 3, hyphenate=True, width=180)
    pdf.save(tmp_path / "d.pdf")
    text = pages_of(tmp_path / "d.pdf")[0]
    breaks = re.findall(r"(\w+)-\n(\w+)", text)
    assert breaks, "the hyphenated paragraph has no line-end hyphens"
    for head, tail in breaks:
        assert head + tail in LONG
    # Rejoined, the paragraph reads exactly like its source.
    joined = " ".join(re.sub(r"(?<=\w)-\n(?=\w)", "", text).split())
    assert " ".join((LONG * 3).split()) in joined


def test_unhyphenated_paragraph_only_breaks_between_words(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Uten orddeling")
    pdf.paragraph(LONG * 3, width=180)
    pdf.save(tmp_path / "u.pdf")
    body = pages_of(tmp_path / "u.pdf")[0]
    assert not re.search(r"\w-\n\w", body)


def test_hanging_hyphen_of_a_coordination_stays_at_the_line_end() -> None:
    text = "for en positiv samfunns- og næringsutvikling i regionen"
    lines = wrap(text, by_chars(len("for en positiv samfunns-")), hyphenate=True)
    assert lines[0] == "for en positiv samfunns-"
    assert lines[1].startswith("og ")


def test_wrap_respects_forced_line_breaks_and_width() -> None:
    lines = wrap("Kristina Torbergsen\nFylkesordfører i Troms", by_chars(40))
    assert lines == ["Kristina Torbergsen", "Fylkesordfører i Troms"]
    long_lines = wrap(LONG, by_chars(30))
    assert all(len(line) <= 30 for line in long_lines)
    assert " ".join(long_lines) == " ".join(LONG.split())


def test_a_word_longer_than_the_line_is_broken_even_without_hyphenation() -> None:
    lines = wrap("Brønnøysundregisteret", by_chars(12))
    assert len(lines) > 1
    assert all(len(line) <= 12 for line in lines)
    assert "".join(line.removesuffix("-") for line in lines) == "Brønnøysundregisteret"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Tromsøregionen", "Tromsøregio-nen"),
        ("klimatilpasning", "klima-tilpasning"),
        ("kommunegrensene", "kommune-grensene"),
        ("løsninger,", "løs-ninger,"),
    ],
)
def test_hyphenation_points_include_the_natural_syllable_break(word: str, expected: str) -> None:
    options = {word[:i] + ("-" if add else "") + word[i:] for i, add in hyphenation_points(word)}
    assert expected in options


@pytest.mark.parametrize("word", ["IPR", "2-årige", "SSB", "og", "Troms"])
def test_acronyms_numbers_and_short_words_are_not_hyphenated(word: str) -> None:
    assert hyphenation_points(word) == []


def test_hyphenation_never_leaves_fewer_than_two_letters_or_splits_ng() -> None:
    for word in ["næringsutvikling", "ungdomsmedvirkning", "besøksforvaltning", "utdanningstilbudene"]:
        for index, _ in hyphenation_points(word):
            assert index >= 2 and len(word) - index >= 3
            assert word[index - 1 : index + 1] != "ng"


def test_page_numbers_page_breaks_and_current_page(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Sider")
    assert pdf.current_page == 1
    pdf.page_break()  # nothing on page 1 yet: no empty page
    assert pdf.current_page == 1
    first = pdf.paragraph("Side én.")
    pdf.page_break()
    second = pdf.heading("Ny side", 1)
    pages = pdf.bullets(["Punkt " + str(n) for n in range(80)])
    pdf.save(tmp_path / "s.pdf")
    texts = pages_of(tmp_path / "s.pdf")
    assert (first, second) == (1, 2)
    assert pages[0] == 2 and pages[-1] == len(texts) > 2
    for number, text in enumerate(texts, start=1):
        assert f"Side {number} av {len(texts)}" in text
    assert "Punkt 79" in texts[pages[-1] - 1]


def test_custom_footer_shows_the_bare_page_number(tmp_path: Path) -> None:
    pdf = PdfBuilder(title="Bare tall", footer="{page}")
    pdf.paragraph("Tekst.")
    pdf.save(tmp_path / "f.pdf")
    assert pages_of(tmp_path / "f.pdf")[0].strip().endswith("1")


def test_metadata_and_reproducible_bytes(tmp_path: Path) -> None:
    def build(path: Path) -> None:
        pdf = PdfBuilder(
            title="Tromsvekstavtalen",
            author="Troms fylkeskommune",
            subject="Avtale",
            created=dt.date(2025, 6, 17),
        )
        pdf.heading("Innledning", 1)
        pdf.paragraph(LONG, hyphenate=True)
        pdf.save(path)

    build(tmp_path / "a.pdf")
    build(tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    with pymupdf.open(tmp_path / "a.pdf") as doc:
        meta = doc.metadata
    assert meta is not None
    assert (meta["title"], meta["author"], meta["subject"]) == (
        "Tromsvekstavtalen",
        "Troms fylkeskommune",
        "Avtale",
    )
    assert meta["creationDate"].startswith("D:20250617")
