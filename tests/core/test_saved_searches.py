"""Saved searches: add, rename, delete, kept across restarts; a damaged file never crashes."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tromsvekst_desktop.core.saved_searches import SavedSearchError, SavedSearches


def test_saved_searches_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "saved_searches.json"
    store = SavedSearches(path)
    store.add("Klima", "klimatilpasning", goal_id="tva.io3")
    store.add("Bolig", "bolig OR boliger")
    again = SavedSearches(path)
    assert [(s.name, s.query, s.goal_id) for s in again.all()] == [
        ("Klima", "klimatilpasning", "tva.io3"),
        ("Bolig", "bolig OR boliger", None),
    ]
    assert len(again.all()[0].created) == 10  # an ISO date
    assert [s.name for s in again.pinned_to("tva.io3")] == ["Klima"]
    assert not list(path.parent.glob("*.tmp"))  # the temporary file was moved into place


def test_rename_and_delete(tmp_path: Path) -> None:
    store = SavedSearches(tmp_path / "s.json")
    store.add("A", "a")
    store.add("B", "b")
    store.rename("A", "Æ")
    store.delete("B")
    assert [(s.name, s.query) for s in SavedSearches(tmp_path / "s.json").all()] == [("Æ", "a")]


def test_names_must_be_given_and_unique(tmp_path: Path) -> None:
    store = SavedSearches(tmp_path / "s.json")
    store.add("A", "a")
    with pytest.raises(SavedSearchError, match="exists already"):
        store.add("A", "other")
    with pytest.raises(SavedSearchError, match="needs a name"):
        store.add("  ", "a")
    store.add("B", "b")
    with pytest.raises(SavedSearchError, match="exists already"):
        store.rename("B", "A")
    with pytest.raises(SavedSearchError, match="no saved search"):
        store.delete("Z")
    store.add("A", "ny", replace_existing=True)
    assert store.get("A") is not None and store.get("A").query == "ny"  # type: ignore[union-attr]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"searches": 3}', "\xff\xfe"])
def test_a_corrupt_file_gives_an_empty_list_and_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content.encode("latin-1"))
    with caplog.at_level(logging.WARNING):
        assert SavedSearches(path).all() == []
    assert "saved searches" in caplog.text


def test_invalid_entries_are_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "s.json"
    entries = [{"name": "A", "query": "a"}, {"name": "", "query": "b"}, {"name": "A", "query": "c"}, "x"]
    path.write_text(json.dumps({"version": 1, "searches": entries}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert [(s.name, s.query) for s in SavedSearches(path).all()] == [("A", "a")]
