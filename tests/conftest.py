"""Test set-up: offscreen Qt, GUI tests marked, paths to the bundled and shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"
CORPUS = REPO.parent / "shared" / "corpus"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus, or a clean skip on machines without it."""
    if not (CORPUS / "pdfs").is_dir():
        pytest.skip(f"real-world corpus not present at {CORPUS}")
    return CORPUS


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A small library: two catalogued PDFs, a goal file and a catalogue (tests/library_factory.py)."""
    from tests.library_factory import make_library

    return make_library(tmp_path / "lib")


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "index"
