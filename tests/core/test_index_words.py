"""Compounds split with the index's own words (core/index_words.py), through the CLI and the engine.

"eigedom" (Nynorsk for property) is not in the Bokmål word list, so the list alone cannot
split "eigedomsgrensene"; a library whose texts use the word "eigedom" can.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.core.test_cli import run
from tests.library_factory import write_pdf
from tromsvekst_desktop.core.compounds import default_splitter
from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.search import SearchEngine

COMPOUND_PAGE = "Kartverket merkjer eigedomsgrensene i terrenget."
WORD_PAGE = "Kvar eigedom har ein eigar som svarer for han."


def library_with(root: Path, *, word_page: bool) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    write_pdf(root / "grenser.pdf", [COMPOUND_PAGE], title="Grenser")
    if word_page:
        write_pdf(root / "eigarar.pdf", [WORD_PAGE], title="Eigarar")
    return root


def found(result: dict[str, object]) -> list[str]:
    return [Path(str(hit["path"])).name for hit in result["hits"]]  # type: ignore[attr-defined]


def search_json(index_dir: Path, *args: str) -> dict[str, object]:
    completed = run("search", "--json", *args, index_dir=index_dir)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)  # type: ignore[no-any-return]


def test_the_word_list_alone_cannot_split_the_nynorsk_compound() -> None:
    assert "eigedom" not in default_splitter()
    assert default_splitter().split("eigedomsgrensene") is None


def test_a_word_the_library_uses_finds_the_compounds_it_is_part_of(tmp_path: Path) -> None:
    library = library_with(tmp_path / "lib", word_page=True)
    index_dir = tmp_path / "index"
    assert run("index", str(library), "--no-bundled", index_dir=index_dir).returncode == 0

    result = search_json(index_dir, "eigedom")
    assert found(result) == ["eigarar.pdf", "grenser.pdf"]  # the word itself ranks first
    compound_hit = result["hits"][1]  # type: ignore[index]
    assert "[[eigedomsgrensene]]" in compound_hit["snippet"]  # the whole compound is marked

    assert found(search_json(index_dir, "eigedom", "--no-compounds")) == ["eigarar.pdf"]
    assert found(search_json(index_dir, "=eigedom")) == ["eigarar.pdf"]


def test_without_the_word_in_the_library_the_compound_is_not_split(tmp_path: Path) -> None:
    library = library_with(tmp_path / "lib", word_page=False)
    index_dir = tmp_path / "index"
    assert run("index", str(library), "--no-bundled", index_dir=index_dir).returncode == 0

    assert found(search_json(index_dir, "eigedom")) == []
    assert found(search_json(index_dir, "eigedomsgrensene")) == ["grenser.pdf"]


def hits(index_dir: Path, query: str) -> list[tuple[str, int | None]]:
    with SearchEngine(index_dir) as engine:
        return [(Path(h.path or "").name, h.page) for h in engine.search(query, limit=50).hits]


@pytest.mark.parametrize("query", ["eigedom", "eigedommen", "grensene", "eigedomsgrensene"])
def test_an_updated_index_finds_what_a_clean_rebuild_finds(tmp_path: Path, query: str) -> None:
    library = library_with(tmp_path / "lib", word_page=False)
    updated = tmp_path / "updated"
    update_index(updated, [library])
    # The word arrives with a new file, then leaves with it.
    write_pdf(library / "eigarar.pdf", [WORD_PAGE], title="Eigarar")
    update_index(updated, [library])
    rebuilt = tmp_path / "rebuilt"
    update_index(rebuilt, [library])
    assert hits(updated, query) == hits(rebuilt, query)

    (library / "eigarar.pdf").unlink()
    update_index(updated, [library])
    shutil.rmtree(rebuilt)
    update_index(rebuilt, [library])
    assert hits(updated, query) == hits(rebuilt, query)
