"""Scanned plans become searchable: OCR of image-only pages, cached, cancellable, with clear messages.

The scans are made here: Norwegian text pages rendered to grey images, turned a little and
specked with noise, wrapped as image-only PDFs (tools.pdfwrite.write_scanned_pdf).
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pymupdf
import pytest

from tests.library_factory import cli_argv
from tromsvekst_desktop.core import ocr
from tromsvekst_desktop.core.index import open_index, update_index
from tromsvekst_desktop.core.index_records import add_file_record, read_file_records
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.ocr import HOW_TO_ENABLE, OcrSettings, word_confidence
from tromsvekst_desktop.core.ocr_cache import CACHE_FILE, recognised_words
from tromsvekst_desktop.core.pdftext import extract_pdf
from tromsvekst_desktop.core.search import SearchEngine
from tromsvekst_desktop.tools.pdfwrite import write_scanned_pdf

# One word on each page that no other page has (the rest is ordinary plan prose).
PAGE_WORDS = ["barnehagene", "stormflo", "skoleskyss", "reindrift"]
FILLER = (
    "Kommunestyret i Tromsø behandlet saken i møtet, og administrasjonen skal følge opp "
    "vedtaket sammen med fylkeskommunen og nabokommunene i regionen."
)


def page_text(word: str) -> str:
    return f"Sak om {word} i kommunen.\n{FILLER}\nDet er viktig at {word} blir tatt med i planarbeidet."


def scanned_library(root: Path, pages: int = 3, name: str = "vedtak.pdf") -> Path:
    library = root / "lib"
    write_scanned_pdf(
        library / name, [page_text(w) for w in PAGE_WORDS[:pages]], skew_degrees=1.5, noise=0.003
    )
    return library


def cli(*args: str, index_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_argv(index_dir, *args),
        capture_output=True,
        text=True,
        timeout=300,
    )


def index_json(library: Path, index_dir: Path, *extra: str) -> dict[str, object]:
    result = cli("index", "--no-bundled", str(library), "--json", *extra, index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    summary: dict[str, object] = json.loads(result.stdout)
    return summary


def search_json(word: str, index_dir: Path) -> dict[str, object]:
    result = cli("search", word, "--json", "--no-bundled", index_dir=index_dir)
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


def hit_pages(found: dict[str, object]) -> list[tuple[object, object]]:
    hits = found["hits"]
    assert isinstance(hits, list)
    return [(hit["page"], hit["ocr"]) for hit in hits]


@pytest.fixture(scope="module")
def recognised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    """A library with one three-page scan, indexed once by the CLI (OCR on by default)."""
    root = tmp_path_factory.mktemp("ocr")
    library = scanned_library(root)
    index_dir = root / "index"
    return library, index_dir, index_json(library, index_dir)


def test_scanned_pages_are_found_on_the_right_page(recognised: tuple[Path, Path, dict[str, object]]) -> None:
    _library, index_dir, summary = recognised
    assert summary["ocr"] == {"pages": 3, "seconds": summary["ocr"]["seconds"], "cached": 0}  # type: ignore[index]
    assert summary["problems"] == []  # no "no text layer" once it is recognised
    assert (summary["documents"], summary["pages"]) == (1, 3)
    for number, word in enumerate(PAGE_WORDS[:3], start=1):
        assert hit_pages(search_json(word, index_dir)) == [(number, True)], word


def test_text_output_labels_recognised_text(recognised: tuple[Path, Path, dict[str, object]]) -> None:
    _library, index_dir, _summary = recognised
    result = cli("search", "stormflo", "--no-bundled", index_dir=index_dir)
    assert "p. 2 · recognised text (OCR, " in result.stdout
    assert "known words)" in result.stdout


def test_word_boxes_are_kept_for_the_viewer(recognised: tuple[Path, Path, dict[str, object]]) -> None:
    library, index_dir, _summary = recognised
    found = recognised_words(index_dir, str(library / "vedtak.pdf"), 2)
    assert found is not None
    words, confidence = found
    assert confidence > 0.8
    boxes = [w for w in words if w[4].strip(".,").lower() == "stormflo"]
    assert len(boxes) == 2  # the word stands twice on page 2
    page = pymupdf.open(library / "vedtak.pdf")[1].rect
    for x0, y0, x1, y1, _word in boxes:
        assert (
            0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height / 3
        )  # near the top, where it was written


def test_the_cache_makes_later_runs_recognise_nothing(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=2)
    index_dir = tmp_path / "index"
    first = index_json(library, index_dir)
    assert first["ocr"]["pages"] == 2  # type: ignore[index]

    # Nothing changed: nothing to do.
    again = index_json(library, index_dir)
    assert (again["ocr"]["pages"], again["ocr"]["cached"]) == (0, 0)  # type: ignore[index]

    # A rebuild reads the file again but takes its recognised pages from the cache.
    rebuilt = index_json(library, index_dir, "--rebuild")
    assert (rebuilt["ocr"]["pages"], rebuilt["ocr"]["cached"]) == (0, 2)  # type: ignore[index]
    assert hit_pages(search_json("stormflo", index_dir)) == [(2, True)]

    # A renamed file keeps its pages, still marked as recognised.
    (library / "vedtak.pdf").rename(library / "vedtak-2019.pdf")
    renamed = index_json(library, index_dir)
    assert (renamed["ocr"]["pages"], renamed["ocr"]["cached"]) == (0, 0)  # type: ignore[index]
    assert hit_pages(search_json("stormflo", index_dir)) == [(2, True)]

    # A schema change (an index made by another version) is rebuilt: from the cache, again.
    meta_file = index_dir / "tromsvekst-index.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta_file.write_text(json.dumps({**meta, "schema_version": -1}), encoding="utf-8")
    upgraded = index_json(library, index_dir)
    assert (upgraded["ocr"]["pages"], upgraded["ocr"]["cached"]) == (0, 2)  # type: ignore[index]
    assert hit_pages(search_json("barnehagene", index_dir)) == [(1, True)]


def test_other_ocr_settings_recognise_again(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=1)
    index_dir = tmp_path / "index"
    update_index(index_dir, [library], ocr=OcrSettings())
    summary = update_index(index_dir, [library], rebuild=True, ocr=OcrSettings(dpi=200))
    assert (summary.ocr.pages, summary.ocr.cached) == (1, 0)


def test_no_ocr_leaves_scans_unsearchable_and_listed(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=1)
    summary = index_json(library, tmp_path / "index", "--no-ocr")
    assert summary["ocr"] == {"pages": 0, "seconds": 0.0, "cached": 0}
    assert summary["problems"] == [
        {
            "path": str(library / "vedtak.pdf"),
            "reason": "no text layer: 1 of 1 pages are images only (scanned?)",
        }
    ]
    assert not (tmp_path / "index" / CACHE_FILE).exists()


def test_cancel_keeps_the_pages_done_and_the_next_run_does_the_rest(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=4)
    index_dir = tmp_path / "index"
    cancel = CancelToken()
    seen: list[Progress] = []

    def on_progress(progress: Progress) -> None:
        if progress.phase == "ocr":
            seen.append(progress)
            cancel.cancel()

    first = update_index(
        index_dir, [library], ocr=OcrSettings(), on_progress=on_progress, cancel=cancel, workers=1
    )
    assert seen and seen[0].files_total == 4
    assert first.ocr.pages >= 1 and first.ocr.remaining == 4 - first.ocr.pages
    assert first.pages == first.ocr.pages  # the recognised pages are in the index and searchable
    assert not first.cancelled  # the text phase had committed
    assert any(p.reason.startswith("no text layer") for p in first.problems)  # until every page is done

    second = update_index(index_dir, [library], ocr=OcrSettings())
    assert (second.ocr.pages, second.ocr.remaining) == (first.ocr.remaining, 0)
    assert second.pages == 4 and second.problems == ()
    with SearchEngine(index_dir) as engine:
        assert [h.page for h in engine.search("reindrift").hits] == [4]


def test_ctrl_c_in_the_cli_stops_recognition_and_keeps_what_is_done(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=4)
    index_dir = tmp_path / "index"
    process = subprocess.Popen(
        cli_argv(index_dir, "index", "--no-bundled", str(library)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while _cached_pages(index_dir) < 1 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    done = _cached_pages(index_dir)
    if done < 4:  # the signal came before the last page was done
        assert f"text recognition stopped with {4 - done} pages left" in out
    assert f"{done} pages recognised" in out


def _cached_pages(index_dir: Path) -> int:
    if not (index_dir / CACHE_FILE).exists():
        return 0
    with sqlite3.connect(index_dir / CACHE_FILE) as db:
        try:
            return int(db.execute("SELECT count(*) FROM pages").fetchone()[0])
        except sqlite3.OperationalError:  # the table is being created
            return 0


def test_without_language_files_scans_are_listed_once_with_how_to_enable_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "tessdata"
    empty.mkdir()
    monkeypatch.setenv("TESSDATA_PREFIX", str(empty))
    monkeypatch.setattr(ocr, "_TESSDATA_DIRS", ())
    monkeypatch.setattr(pymupdf, "get_tessdata", lambda *_: str(empty))
    library = scanned_library(tmp_path, pages=2)
    write_scanned_pdf(library / "brev.pdf", [page_text("fjellvettreglene")])
    summary = update_index(tmp_path / "index", [library], ocr=OcrSettings())
    assert (summary.ocr.pages, summary.pages) == (0, 0)
    assert sorted((Path(p.path).name, p.reason) for p in summary.problems) == [
        ("brev.pdf", f"no text layer: 1 of 1 pages are images only (scanned?); {HOW_TO_ENABLE}"),
        ("vedtak.pdf", f"no text layer: 2 of 2 pages are images only (scanned?); {HOW_TO_ENABLE}"),
    ]
    assert "tesseract-ocr-nor" in HOW_TO_ENABLE and "TESSDATA_PREFIX" in HOW_TO_ENABLE


def test_bad_scans_neither_crash_nor_stall(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    doc = pymupdf.open()
    white = pymupdf.Pixmap(pymupdf.csGRAY, 1654, 2339, b"\xff" * (1654 * 2339), False)
    doc.new_page().insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=white)  # a blank scanned page
    # A "photo": colour stripes of all widths, something for the engine to chew on.
    row = b"".join(bytes((x * 7 % 256, (x * x) % 256, 120)) for x in range(1200))
    photo = pymupdf.Pixmap(pymupdf.csRGB, 1200, 900, row * 900, False)
    doc.new_page().insert_image(pymupdf.Rect(20, 20, 575, 440), pixmap=photo)
    doc.save(library / "foto.pdf")
    write_scanned_pdf(library / "opp-ned.pdf", [page_text("skjærgården")], skew_degrees=180)
    # A 600 dpi colour scan of an A4 page (100 MB of pixels), recognised at 300 dpi.
    big = pymupdf.open()
    page = big.new_page(width=595, height=842)
    colour = pymupdf.Pixmap(pymupdf.csRGB, 4960, 7016, b"\xfa\xf8\xf0" * (4960 * 7016), False)
    page.insert_image(page.rect, pixmap=colour)
    big.save(library / "stor.pdf", deflate=True)

    started = time.monotonic()
    summary = update_index(tmp_path / "index", [library], ocr=OcrSettings())
    assert time.monotonic() - started < 240
    assert summary.ocr.remaining == 0
    listed = [(Path(p.path).name, p.page, p.reason) for p in summary.problems if p.page]
    # Nothing crashed or ran out of time; blank pages are no news, noise is listed with its page.
    assert len(listed) == 1 and listed[0][:2] == ("opp-ned.pdf", 1)
    assert listed[0][2].startswith("text recognition found no readable text (")
    assert listed[0][2].endswith("known words: a photo, a drawing, upside down?)")
    scans = {Path(p.path).name for p in summary.problems if p.reason.startswith("no text layer")}
    assert scans >= {"foto.pdf", "stor.pdf"}


def test_time_and_memory_limits_are_reasons_not_crashes(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=1)
    slow = update_index(tmp_path / "a", [library], ocr=OcrSettings(time_limit_s=0.05))
    assert [(p.page, p.reason) for p in slow.problems if p.page] == [
        (1, "text recognition took longer than 0.05 s; skipped")
    ]
    hungry = update_index(tmp_path / "b", [library], ocr=OcrSettings(memory_limit_mb=120))
    assert [(p.page, p.reason) for p in hungry.problems if p.page] == [
        (1, "text recognition needed more than 120 MB of memory; skipped")
    ]


def test_scanned_pages_are_detected_when_extracting(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=2)
    pdf = pymupdf.open(library / "vedtak.pdf")
    pdf[0].insert_text((500, 830), "s. 1", fontname="helv")  # a stray page number on the scan
    pdf.save(tmp_path / "med-sidetall.pdf")
    assert extract_pdf(tmp_path / "med-sidetall.pdf").scanned_pages == (1, 2)
    # A page with a text layer and a picture (a logo) is no scan.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), FILLER, fontname="helv")
    page.insert_image(
        pymupdf.Rect(400, 700, 500, 800), pixmap=pymupdf.Pixmap(pymupdf.csRGB, (0, 0, 20, 20), False)
    )
    doc.save(tmp_path / "tekst.pdf")
    assert extract_pdf(tmp_path / "tekst.pdf").scanned_pages == ()


def test_confidence_is_the_share_of_known_words() -> None:
    assert word_confidence("Kommunen skal sikre klimatilpasning i hele regionen".split()) == 1.0
    assert word_confidence(["kornmune", "Tromsø", "xqzt", "ikkje"]) == 0.5
    assert word_confidence(["§", "12", "—", "|"]) == 0.5  # numbers count; specks and strokes do not
    assert word_confidence("N kp» DN Ta ae =o ur ve".split()) < 0.35  # noise recognised in a picture


def test_files_indexed_before_ocr_existed_are_recognised(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=2)
    index_dir = tmp_path / "index"
    update_index(index_dir, [library])  # without OCR
    # Its record as an index made before OCR wrote it: no list of scanned pages.
    ix = open_index(index_dir)
    record = read_file_records(ix)[0][str(library / "vedtak.pdf")]
    writer = ix.writer()
    add_file_record(
        writer, record.path, record.file_hash, {k: v for k, v in record.meta.items() if k != "scanned_pages"}
    )
    writer.commit()
    summary = update_index(index_dir, [library], ocr=OcrSettings())
    assert (summary.ocr.pages, summary.pages, summary.problems) == (2, 2, ())


def test_a_password_protected_scan_is_recognised_with_its_password(tmp_path: Path) -> None:
    library = scanned_library(tmp_path, pages=1)
    plain = pymupdf.open(library / "vedtak.pdf")
    plain.save(
        library / "hemmelig.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="pässwört", owner_pw="x"
    )
    plain.close()
    (library / "vedtak.pdf").unlink()
    passwords = {str(library / "hemmelig.pdf"): "pässwört"}
    summary = update_index(tmp_path / "index", [library], passwords=passwords, ocr=OcrSettings())
    assert (summary.ocr.pages, summary.pages, summary.problems) == (1, 1, ())
