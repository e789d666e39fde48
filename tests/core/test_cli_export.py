"""`tromsvekst search --csv` and the goals of page hits in `--json`, run as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.core.test_cli import HIT_KEYS, run
from tests.library_factory import make_library


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cliexport")
    library = make_library(root / "lib")
    result = run("index", "--no-bundled", str(library), index_dir=root / "index")
    assert result.returncode == 0, result.stderr
    return library, root / "index"


def test_json_page_hits_list_the_goals_linking_to_their_page(indexed: tuple[Path, Path]) -> None:
    library, index_dir = indexed
    result = run(
        "search", "skredsikring", "--json", "--no-bundled", "--library", str(library), index_dir=index_dir
    )
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    pages = [h for h in hits if h["kind"] == "page"]
    assert [(h["doc_id"], h["page"], h["goals"]) for h in pages] == [("planen", 3, ["t.s1", "t.io2"])]
    assert all(HIT_KEYS <= set(h) for h in hits)  # the existing keys stay
    assert all("goals" not in h for h in hits if h["kind"] == "goal")


def test_csv_file_has_a_row_per_hit(indexed: tuple[Path, Path], tmp_path: Path) -> None:
    library, index_dir = indexed
    target = tmp_path / "treff.csv"
    result = run(
        "search",
        "klimatilpasning OR bolig",
        "--csv",
        str(target),
        "--no-bundled",
        "--library",
        str(library),
        index_dir=index_dir,
    )
    assert result.returncode == 0, result.stderr
    assert "5 hits" in result.stdout  # the usual listing is still printed
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:5] == ["Dokument", "Side", "Seksjon", "Utdrag", "Mål"]
    assert len(rows) == 1 + 5
    page3 = next(r for r in rows if r[0] == "Planen for Testregionen" and r[1] == "3" and r[5] == "page")
    assert (
        page3[4] == "Strategi: Samarbeid om flomvern og skredsikring; Innsatsområde 2: Bolig og byutvikling"
    )
    assert "[[" not in raw.decode("utf-8")


def test_csv_to_an_unwritable_place_is_a_clear_error(indexed: tuple[Path, Path], tmp_path: Path) -> None:
    library, index_dir = indexed
    target = tmp_path / "missing-folder" / "treff.csv"
    result = run(
        "search",
        "bolig",
        "--csv",
        str(target),
        "--no-bundled",
        "--library",
        str(library),
        index_dir=index_dir,
    )
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "treff.csv" in result.stderr
