"""One builder of library roots for the CLI and the window: order, bundled plans, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tromsvekst_desktop.core.library import bundled_library_dir, library_roots
from tromsvekst_desktop.core.librarydata import load_library


def catalog(folder: Path, doc_id: str, title: str) -> Path:
    folder.mkdir(parents=True)
    entry = f"  - id: {doc_id}\n    title: {title}\n    owner: Tromsø kommune\n    kind: samfunnsplan\n"
    (folder / "catalog.yaml").write_text(f"documents:\n{entry}", encoding="utf-8")
    return folder


def test_bundled_plans_then_the_settings_folders_then_the_given_paths(tmp_path: Path) -> None:
    roots = library_roots([tmp_path / "given"], bundled=True, folders=[str(tmp_path / "a"), tmp_path / "b"])
    assert roots == [bundled_library_dir(), tmp_path / "a", tmp_path / "b", tmp_path / "given"]


def test_without_the_bundled_plans_only_the_users_roots(tmp_path: Path) -> None:
    assert library_roots(["x.pdf", tmp_path], bundled=False) == [Path("x.pdf"), tmp_path]
    assert library_roots(bundled=False) == []
    assert library_roots(bundled=True) == [bundled_library_dir()]


def test_a_folder_named_twice_is_one_root_at_its_first_place(tmp_path: Path) -> None:
    roots = library_roots(
        [tmp_path / "b", str(bundled_library_dir()), tmp_path / "c"], bundled=True, folders=[tmp_path / "b"]
    )
    assert roots == [bundled_library_dir(), tmp_path / "b", tmp_path / "c"]


def test_the_window_reads_the_settings_folders_and_the_given_paths_together(tmp_path: Path) -> None:
    saved = catalog(tmp_path / "saved", "planen", "Planen fra innstillingene")
    given = catalog(tmp_path / "given", "avtalen", "Avtalen fra kommandolinjen")
    _forest, documents = load_library(library_roots([given], bundled=False, folders=[saved]))
    assert sorted(documents) == ["avtalen", "planen"]
    _forest, documents = load_library(library_roots([given], bundled=False))
    assert list(documents) == ["avtalen"]


def test_the_bundled_library_loads_and_a_missing_folder_is_only_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    forest, documents = load_library(library_roots([tmp_path / "gone"], bundled=True))
    assert documents and forest.node("tva.d2-1") is not None
    assert f"library folder not found: {tmp_path / 'gone'}" in caplog.text
