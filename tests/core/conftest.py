"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tromsvekst_desktop.core.index import update_index
from tromsvekst_desktop.core.library import bundled_library_dir
from tromsvekst_desktop.core.search import SearchEngine


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled plans (read only: shared by every test that asks)."""
    index_dir = tmp_path_factory.mktemp("bundled") / "index"
    update_index(index_dir, [bundled_library_dir()])
    return index_dir


@pytest.fixture(scope="module")
def bundled(bundled_index: Path) -> Iterator[SearchEngine]:
    with SearchEngine(bundled_index) as engine:
        yield engine
