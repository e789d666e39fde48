"""PDF text extraction: cleaning, per-page text and sections, precise problems, the worker pool."""

from __future__ import annotations

import csv
import hashlib
import multiprocessing
import zipfile
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import CORPUS
from tests.core import pdf_fixtures
from tests.core.pdf_fixtures import write_image_pdf, write_pdf
from tromsvekst_desktop.core.jobs import CancelToken
from tromsvekst_desktop.core.pdftext import (
    TRUNCATED,
    ExtractedPdf,
    ExtractionPool,
    ExtractJob,
    PageText,
    PdfError,
    clean_text,
    extract_pdf,
    file_sha256,
)
from tromsvekst_desktop.core.problems import Problem

LIGATURES = {chr(code) for code in range(0xFB00, 0xFB07)}


# --- clean_text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tromsøregio-\nnen har vekst", "Tromsøregionen har vekst"),
        ("samfunns-\nog næringsutvikling", "samfunns- og næringsutvikling"),
        ("klima-\neller miljøtiltak", "klima- eller miljøtiltak"),
        ("nord-\ntil sørgående", "nord- til sørgående"),
        ("inn-\ntil 5 år", "inntil 5 år"),
        ("lang-\nsom vekst", "langsom vekst"),
        ("EU-\nlandene", "EU-landene"),
        ("2-\nårige", "2-årige"),
        ("Nord-\nNorge", "Nord-Norge"),
        ("2-årige og ikke-kommunale", "2-årige og ikke-kommunale"),
        ("Troms\u00ad\nfylke og sam\u00admen", "Tromsfylke og sammen"),
        ("e\ufb01ektiv \ufb02yt og o\ufb00entlig", "efiektiv flyt og offentlig"),
        ("mål  for\u00a0\tbyen \n\n\n\n neste   avsnitt \n", "mål for byen\n\nneste avsnitt"),
        ("tiltak -\nmer tekst", "tiltak -\nmer tekst"),
        ("• punkt-\n• neste", "• punkt-\n• neste"),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_clean_text_composes_decomposed_nordic_letters() -> None:
    # Word and macOS sometimes produce "a" + combining ring: it must match a typed "å".
    assert clean_text("Tromso\u0308 og a\u030arsplan, Æ Ø Å æ ø å") == "Tromsö og årsplan, Æ Ø Å æ ø å"


# --- extract_pdf on generated files --------------------------------------------------------------


def test_pages_text_sections_and_metadata(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "plan.pdf",
        [
            ["Forside"],
            ["Tromsøregio-", "nen skal vokse."],
            ["Mål og strategier", "Klima", "klima-", "og miljøtiltak i Nord-", "Norge"],
            ["Næring", "Et e\ufb03sient og o\ufb00entlig tilbud."],
            ["Fortsatt næring"],
        ],
        toc=[[1, "Innledning", 2], [1, "Mål og strategier", 3], [2, "Klima", 3], [2, "Næring", 4]],
        metadata={
            "title": "Planstrategi for Tromsø",
            "author": "Tromsø kommune",
            "creationDate": "D:20240131",
        },
    )
    result = extract_pdf(path)

    assert result.page_count == 5
    assert [page.number for page in result.pages] == [1, 2, 3, 4, 5]
    # Each page: the section it starts in, and the outline entries that start on it.
    assert [(page.section, [title for _offset, title in page.headings]) for page in result.pages] == [
        (None, []),
        (None, ["Innledning"]),
        ("Innledning", ["Mål og strategier", "Klima"]),
        ("Klima", ["Næring"]),
        ("Næring", []),
    ]
    klima = result.pages[2].headings[1][0]
    assert result.pages[2].text[klima:].startswith("Klima\nklima- og")
    assert result.pages[1].text == "Tromsøregionen skal vokse."
    assert "klima- og miljøtiltak i Nord-Norge" in result.pages[2].text
    assert "effisient og offentlig" in result.pages[3].text
    assert not LIGATURES & set("".join(page.text for page in result.pages))
    assert result.metadata == {
        "title": "Planstrategi for Tromsø",
        "author": "Tromsø kommune",
        "created": "2024-01-31",
    }
    assert result.problems == ()
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() == file_sha256(path)


def test_encrypted_pdf_needs_the_right_password(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "låst.pdf", [["Hemmelig budsjett"]], encryption=("bruker-æ", "eier"))

    with pytest.raises(PdfError) as missing:
        extract_pdf(path)
    assert missing.value.reason == "password-protected: a password is needed"
    with pytest.raises(PdfError) as wrong:
        extract_pdf(path, password="feil")
    assert wrong.value.reason == "wrong password"
    assert extract_pdf(path, password="bruker-æ").pages[0].text == "Hemmelig budsjett"


def test_image_only_pages_are_returned_and_reported(tmp_path: Path) -> None:
    result = extract_pdf(write_image_pdf(tmp_path / "skannet.pdf", image_pages=2))

    assert [(page.number, page.text) for page in result.pages] == [(1, ""), (2, "")]
    assert [problem.reason for problem in result.problems] == [
        "no text layer: 2 of 2 pages are images only (scanned?)"
    ]


def test_a_photo_page_in_a_text_document_is_not_a_problem(tmp_path: Path) -> None:
    result = extract_pdf(write_image_pdf(tmp_path / "med-foto.pdf", image_pages=1, text_pages=2))

    assert [page.text for page in result.pages] == ["", "Tekstside 1", "Tekstside 2"]
    assert result.problems == ()


def test_a_failing_page_is_a_page_problem_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_pdf(tmp_path / "tre.pdf", [["én"], ["to"], ["tre"]])
    original = pymupdf.Page.get_text

    def failing_second_page(page: pymupdf.Page, *args: object, **kwargs: object) -> object:
        if page.number == 1:
            raise RuntimeError("code=2: cycle in page tree")
        return original(page, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_text", failing_second_page)
    result = extract_pdf(path)

    assert [(page.number, page.text) for page in result.pages] == [(1, "én"), (3, "tre")]
    assert result.problems == (Problem(str(path), "text could not be read: cycle in page tree", page=2),)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file (0 bytes)"),
        (b"<!DOCTYPE html><html><body>Planstrategi</body></html>", "not a PDF: the file is HTML"),
        ("Dette er bare tekst om Tromsø.\n".encode(), "not a PDF: the file is plain text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100), "not a PDF: the file is a JPEG image"),
    ],
)
def test_files_that_are_not_pdfs(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "dokument.pdf"
    path.write_bytes(content)
    with pytest.raises(PdfError) as error:
        extract_pdf(path)
    assert error.value.reason == reason


def test_office_file_renamed_to_pdf(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(PdfError) as error:
        extract_pdf(path)
    assert error.value.reason.startswith("not a PDF: the file is a ZIP/Office file")


def test_truncated_downloads(tmp_path: Path) -> None:
    whole = write_pdf(tmp_path / "hel.pdf", [["tekst"] * 40] * 3).read_bytes()
    path = tmp_path / "avkuttet.pdf"
    path.write_bytes(whole[:120])  # header and the catalogue, no pages
    with pytest.raises(PdfError) as error:
        extract_pdf(path)
    assert error.value.reason == "truncated or incomplete PDF: the end of the file is missing"
    path.write_bytes(whole[:-50])  # only the cross-reference table is cut off
    result = extract_pdf(path)
    assert result.problems[0].reason == (
        "truncated or incomplete PDF: the end of the file is missing; text may be incomplete"
    )
    assert [page.text.splitlines()[0] for page in result.pages] == ["tekst"] * 3
    # A PDF without its end marker that MuPDF cannot open at all is damaged, not cut off.
    path.write_bytes(whole[:120].replace(b"%PDF", b"%PDF") + b"%%EOF\n")
    with pytest.raises(PdfError) as error:
        extract_pdf(path)
    assert error.value.reason.startswith("damaged or truncated PDF: no readable pages")


@pytest.mark.skipif(not (CORPUS / "pdfs").is_dir(), reason="../shared/corpus is absent")
def test_a_half_copied_pdf_is_reported_as_incomplete(tmp_path: Path) -> None:
    # The first 20 KB of a 29-page PDF: MuPDF's page count fails ("code=7: Invalid number of pages").
    path = tmp_path / "halvkopiert.pdf"
    path.write_bytes((CORPUS / "pdfs" / "nordic__no-slides-nvdb2qgis.pdf").read_bytes()[:20_000])
    with pytest.raises(PdfError) as error:
        extract_pdf(path)
    assert error.value.reason == "truncated or incomplete PDF: the end of the file is missing"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PdfError) as error:
        extract_pdf(tmp_path / "finnes-ikke.pdf")
    assert error.value.reason == "cannot read the file: No such file or directory"


# --- real-world corpus ---------------------------------------------------------------------------


def _manifest() -> list[dict[str, str]]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    with manifest.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


MANIFEST = _manifest()


def _outcome(path: Path, password: str | None = None) -> ExtractedPdf | str:
    try:
        return extract_pdf(path, password)
    except PdfError as error:
        return error.reason


@pytest.mark.corpus
@pytest.mark.parametrize("row", MANIFEST, ids=[row["file"] for row in MANIFEST])
def test_corpus_file(corpus_dir: Path, row: dict[str, str]) -> None:
    path = corpus_dir / "pdfs" / row["file"]
    category = row["category"]
    outcome = _outcome(path)

    if category == "enc-userpw":
        assert outcome == "password-protected: a password is needed"
        assert _outcome(path, "not-the-password") == "wrong password"
        if row["password"]:
            # Includes the R6 file whose password needs SASLprep, which MuPDF alone rejects.
            unlocked = _outcome(path, row["password"])
            assert isinstance(unlocked, ExtractedPdf)
            assert "".join(page.text for page in unlocked.pages)
        return
    if row["opens"] == "no":
        expected = {
            "empty": "empty file (0 bytes)",
            "notpdf": "not a PDF: the file is plain text",
            "enc-cert": "encrypted with a certificate (public key); cannot be opened",
        }.get(category, "damaged PDF: cannot be opened (")
        assert isinstance(outcome, str)
        assert outcome.startswith(expected)
        return
    if row["is_pdf"] == "no":
        kind = "HTML" if "html" in row["file"] else "a JPEG image"
        assert outcome == f"not a PDF: the file is {kind}"
        return
    if row["page_count"] == "0":
        assert isinstance(outcome, str)
        if category == "truncated":  # cut off: said so, never an "unexpected error"
            assert outcome == "truncated or incomplete PDF: the end of the file is missing"
        else:
            assert outcome.startswith("damaged or truncated PDF: no readable pages (MuPDF: ")
        return

    assert isinstance(outcome, ExtractedPdf), outcome
    assert outcome.page_count == int(row["page_count"])
    failing_pages = {
        int(entry.split(":")[0].lstrip("p")) + 1 for entry in row["extract_errors"].split("|") if entry
    }
    assert {problem.page for problem in outcome.problems if problem.page} == failing_pages
    assert [page.number for page in outcome.pages] == [
        n for n in range(1, outcome.page_count + 1) if n not in failing_pages
    ]
    assert sum(bool(page.text) for page in outcome.pages) == int(row["pages_with_text"])
    reasons = [problem.reason for problem in outcome.problems if problem.page is None]
    if row["repaired"] == "yes" and category == "truncated":
        assert f"{TRUNCATED}; text may be incomplete" in reasons
    elif row["repaired"] == "yes":
        assert any(reason.startswith("damaged PDF, repaired when opened") for reason in reasons)
    if category == "scanned":
        assert (
            f"no text layer: {outcome.page_count} of {outcome.page_count} pages are images only (scanned?)"
            in reasons
        )
    else:
        assert not any(reason.startswith("no text layer") for reason in reasons)
    text = "".join(page.text for page in outcome.pages)
    if category == "outline":
        assert any(page.section for page in outcome.pages)
    if int(row["nordic_chars"] or 0) > 0:
        assert set("æøåÆØÅ") & set(text)
    if row["file"].startswith("large__geotopo"):
        assert "Auflage" in text
        assert not LIGATURES & set(text)


@pytest.mark.corpus
def test_corpus_malformed_page_is_reported_with_mupdf_message(corpus_dir: Path) -> None:
    result = extract_pdf(corpus_dir / "pdfs" / "malformed__bad-colorspace.pdf")
    assert result.pages == ()
    assert [(problem.page, problem.reason) for problem in result.problems] == [
        (1, "text could not be read: too many color components (536870913 > 32)")
    ]


@pytest.mark.corpus
def test_corpus_outline_sections(corpus_dir: Path) -> None:
    result = extract_pdf(corpus_dir / "pdfs" / "outline__pagelabels.pdf")
    # Page 1 lists the sections in its contents before the first one starts: the entry
    # stands where its (named) destination points, not at the contents line.
    first = result.pages[0]
    assert [title for _offset, title in first.headings] == ["First section"]
    assert "Contents" in first.text[: first.headings[0][0]]
    assert first.text[first.headings[0][0] :].startswith("First section\nSome text")
    assert [page.section for page in result.pages] == [
        None,
        "First section",
        "Second section",
        "Third section",
        "Third section",
    ]


# --- the worker pool -----------------------------------------------------------------------------


@pytest.fixture
def three_pdfs(tmp_path: Path) -> list[Path]:
    return [write_pdf(tmp_path / f"dok{n}.pdf", [[f"Dokument {n}"]]) for n in range(1, 4)]


def _texts(results: list[tuple[ExtractJob, ExtractedPdf | Problem]]) -> dict[str, object]:
    return {
        Path(job.path).name: result.pages[0].text if isinstance(result, ExtractedPdf) else result
        for job, result in results
    }


def test_pool_reads_files_and_reports_bad_ones(tmp_path: Path, three_pdfs: list[Path]) -> None:
    empty = tmp_path / "tom.pdf"
    empty.touch()
    locked = write_pdf(tmp_path / "låst.pdf", [["Låst innhold"]], encryption=("passord", "eier"))
    jobs = [ExtractJob(str(path)) for path in [*three_pdfs, empty]] + [ExtractJob(str(locked), "passord")]

    with ExtractionPool(workers=2) as pool:
        results = list(pool.run(jobs))

    assert sorted(job.path for job, _ in results) == sorted(job.path for job in jobs)
    assert _texts(results) == {
        "dok1.pdf": "Dokument 1",
        "dok2.pdf": "Dokument 2",
        "dok3.pdf": "Dokument 3",
        "tom.pdf": Problem(str(empty), "empty file (0 bytes)"),
        "låst.pdf": "Låst innhold",
    }
    assert multiprocessing.active_children() == []


def test_pool_starts_workers_lazily_and_reuses_them(three_pdfs: list[Path]) -> None:
    with ExtractionPool(workers=4) as pool:
        list(pool.run([ExtractJob(str(three_pdfs[0]))]))
        first = {child.pid for child in multiprocessing.active_children()}
        list(pool.run([ExtractJob(str(three_pdfs[1]))]))
        second = {child.pid for child in multiprocessing.active_children()}
    assert len(first) == 1
    assert second == first
    assert multiprocessing.active_children() == []


def test_crashing_worker_costs_only_its_file(tmp_path: Path, three_pdfs: list[Path]) -> None:
    crash = write_pdf(tmp_path / "crash.pdf", [["Krasj"]])
    jobs = [ExtractJob(str(path)) for path in [three_pdfs[0], crash, *three_pdfs[1:]]]

    with ExtractionPool(workers=2, target=pdf_fixtures.crash_on_marked) as pool:
        results = list(pool.run(jobs))

    assert _texts(results) == {
        "dok1.pdf": "Dokument 1",
        "crash.pdf": Problem(str(crash), "the PDF reader crashed on this file (exit code 3)"),
        "dok2.pdf": "Dokument 2",
        "dok3.pdf": "Dokument 3",
    }
    assert multiprocessing.active_children() == []


def test_hanging_worker_is_killed_after_the_timeout(tmp_path: Path, three_pdfs: list[Path]) -> None:
    hang = write_pdf(tmp_path / "hang.pdf", [["Heng"]])
    jobs = [ExtractJob(str(path)) for path in [hang, *three_pdfs]]

    with ExtractionPool(workers=2, timeout_s=1.5, target=pdf_fixtures.hang_on_marked) as pool:
        results = list(pool.run(jobs))

    assert _texts(results) == {
        "hang.pdf": Problem(str(hang), "took longer than 1.5 s to read; skipped"),
        "dok1.pdf": "Dokument 1",
        "dok2.pdf": "Dokument 2",
        "dok3.pdf": "Dokument 3",
    }
    assert multiprocessing.active_children() == []


def test_cancel_stops_the_run_and_its_workers(tmp_path: Path, three_pdfs: list[Path]) -> None:
    hanging = [write_pdf(tmp_path / f"hang{n}.pdf", [["Heng"]]) for n in range(3)]
    jobs = [ExtractJob(str(path)) for path in [three_pdfs[0], *hanging, *three_pdfs[1:]]]
    cancel = CancelToken()
    seen = []

    with ExtractionPool(workers=2, timeout_s=600, target=pdf_fixtures.hang_on_marked) as pool:
        for job, result in pool.run(jobs, cancel):
            seen.append((job, result))
            cancel.cancel()
        # Workers are gone as soon as run() returns, not only when the pool closes.
        assert multiprocessing.active_children() == []

    assert [Path(job.path).name for job, _ in seen] == ["dok1.pdf"]


def test_abandoned_run_leaves_no_processes(three_pdfs: list[Path], tmp_path: Path) -> None:
    hanging = write_pdf(tmp_path / "hang.pdf", [["Heng"]])
    pool = ExtractionPool(workers=2, timeout_s=600, target=pdf_fixtures.hang_on_marked)
    run = pool.run([ExtractJob(str(three_pdfs[0])), ExtractJob(str(hanging))])
    _job, result = next(run)
    assert isinstance(result, ExtractedPdf)
    run.close()
    assert multiprocessing.active_children() == []
    pool.close()


def test_results_are_plain_picklable_data(three_pdfs: list[Path]) -> None:
    import pickle

    result = extract_pdf(three_pdfs[0])
    assert pickle.loads(pickle.dumps(result)) == result
    assert isinstance(result.pages[0], PageText)
