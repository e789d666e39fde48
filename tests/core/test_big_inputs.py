"""Generated extremes: a 5,000-page PDF and a page with megabytes of text are indexed, not choked on."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.search import SearchEngine


def test_a_5000_page_pdf_is_indexed_completely(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for number in range(1, 5001):
        doc.new_page(width=200, height=100).insert_text((10, 40), f"Side {number} reguleringsplan nr{number}")
    library = tmp_path / "lib"
    library.mkdir()
    doc.save(library / "stor.pdf")
    summary = update_index(tmp_path / "index", [library])
    assert (summary.documents, summary.pages, summary.problems) == (1, 5000, ())
    with SearchEngine(tmp_path / "index") as engine:
        [hit] = engine.search("nr4711").hits
        assert hit.page == 4711
        assert engine.search("reguleringsplan", limit=1).total == 5000


def test_a_page_with_megabytes_of_text_is_indexed(tmp_path: Path) -> None:
    line = "arealplan " * 120
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    # 2,000 lines of 1,200 characters at 0.4 pt: about 2.4 MB of text on one page.
    page.insert_text((2, 2), [line] * 2000 + ["sluttord klimatilpasning"], fontsize=0.4, lineheight=1)
    library = tmp_path / "lib"
    library.mkdir()
    doc.save(library / "tett.pdf")
    summary = update_index(tmp_path / "index", [library])
    assert (summary.pages, summary.problems) == (1, ())
    with SearchEngine(tmp_path / "index") as engine:
        [hit] = engine.search("klimatilpasning").hits
        assert hit.page == 1 and "[[klimatilpasning]]" in hit.snippet.marked()
