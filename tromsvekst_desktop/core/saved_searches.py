"""Saved searches: a name, the query and an optional goal it is pinned to, kept as JSON."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tromsvekst_desktop.core.jsonfile import write_json_atomically

log = logging.getLogger(__name__)

SAVED_SEARCHES_VERSION = 1
SAVED_SEARCHES_FILE = "saved_searches.json"


class SavedSearchError(ValueError):
    """A name that is empty, taken or unknown; the message says which."""


@dataclass(frozen=True)
class SavedSearch:
    """One saved search; ``created`` is an ISO date (YYYY-MM-DD)."""

    name: str
    query: str
    goal_id: str | None = None
    created: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "query": self.query, "goal_id": self.goal_id, "created": self.created}


class SavedSearches:
    """The saved searches in one file, in the order they were saved; every change is written.

    A missing file is an empty list; a corrupt one is too (with a logged warning), and is
    only replaced when the user saves a search.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._items: list[SavedSearch] = self._load()

    def all(self) -> list[SavedSearch]:
        return list(self._items)

    def get(self, name: str) -> SavedSearch | None:
        return next((s for s in self._items if s.name == name), None)

    def pinned_to(self, goal_id: str) -> list[SavedSearch]:
        return [s for s in self._items if s.goal_id == goal_id]

    def add(
        self, name: str, query: str, goal_id: str | None = None, *, replace_existing: bool = False
    ) -> SavedSearch:
        """Save a search; a taken name raises SavedSearchError unless ``replace_existing``."""
        name, query = name.strip(), query.strip()
        if not name or not query:
            raise SavedSearchError("a saved search needs a name and a query")
        existing = self.get(name)
        if existing is not None and not replace_existing:
            raise SavedSearchError(f"a saved search named '{name}' exists already")
        saved = SavedSearch(name, query, goal_id, dt.date.today().isoformat())
        if existing is not None:
            self._items[self._items.index(existing)] = saved
        else:
            self._items.append(saved)
        self._save()
        return saved

    def rename(self, old: str, new: str) -> SavedSearch:
        new = new.strip()
        item = self.get(old)
        if item is None:
            raise SavedSearchError(f"no saved search named '{old}'")
        if not new:
            raise SavedSearchError("a saved search needs a name")
        if new != old and self.get(new) is not None:
            raise SavedSearchError(f"a saved search named '{new}' exists already")
        renamed = replace(item, name=new)
        self._items[self._items.index(item)] = renamed
        self._save()
        return renamed

    def delete(self, name: str) -> None:
        item = self.get(name)
        if item is None:
            raise SavedSearchError(f"no saved search named '{name}'")
        self._items.remove(item)
        self._save()

    def _load(self) -> list[SavedSearch]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            log.warning("cannot read saved searches %s (%s): starting with none", self.path, exc)
            return []
        entries = raw.get("searches") if isinstance(raw, dict) else None
        if not isinstance(entries, list):
            log.warning("saved searches %s has no list of searches: starting with none", self.path)
            return []
        items: list[SavedSearch] = []
        for entry in entries:
            item = _from_json(entry)
            if item is None or any(i.name == item.name for i in items):
                log.warning("saved searches %s: skipped an invalid or repeated entry %r", self.path, entry)
                continue
            items.append(item)
        return items

    def _save(self) -> None:
        """Write atomically: a crash mid-write leaves the old file, never half a file."""
        data = {"version": SAVED_SEARCHES_VERSION, "searches": [s.to_json() for s in self._items]}
        write_json_atomically(self.path, data)


def _from_json(entry: object) -> SavedSearch | None:
    if not isinstance(entry, dict):
        return None
    name, query = entry.get("name"), entry.get("query")
    goal_id, created = entry.get("goal_id"), entry.get("created", "")
    if not (isinstance(name, str) and name.strip() and isinstance(query, str) and query.strip()):
        return None
    if not (goal_id is None or isinstance(goal_id, str)) or not isinstance(created, str):
        return None
    return SavedSearch(name.strip(), query.strip(), goal_id or None, created)
