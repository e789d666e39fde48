"""User settings (library folders, index location, language) saved as versioned JSON."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tromsvekst_desktop.core.jsonfile import write_json_atomically

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
LANGUAGES = ("nb", "en")


@dataclass
class Settings:
    """What the user chose. Window state (geometry, splitters) lives in QSettings instead.

    ``index_dir`` None means "the default location", which the caller decides.
    """

    library_folders: list[str] = field(default_factory=list)
    index_dir: str | None = None
    language: str = "nb"
    include_bundled: bool = True
    compound_matching: bool = True  # a word also finds the compounds it is part of
    ocr: bool = True  # recognise the text of scanned pages when indexing

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Settings:
        """Read settings; a missing, corrupt or newer-version file gives defaults (never raises)."""
        path = Path(path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            log.info("no settings file at %s: using defaults", path)
            return cls()
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            log.warning("cannot read settings %s (%s): using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings %s is not a JSON object: using defaults", path)
            return cls()
        version = raw.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            log.warning("settings %s has no valid version: using defaults", path)
            return cls()
        if version > SETTINGS_VERSION:
            # A newer program wrote it: guessing at its meaning could lose the user's choices.
            log.warning(
                "settings %s has version %d (newer than %d): using defaults", path, version, SETTINGS_VERSION
            )
            return cls()
        return cls._from_mapping(raw, path)

    @classmethod
    def _from_mapping(cls, raw: dict[str, Any], path: Path) -> Settings:
        """Take each known field that has the right type; keep the default for the others."""
        settings = cls()
        folders = raw.get("library_folders", settings.library_folders)
        if isinstance(folders, list) and all(isinstance(f, str) for f in folders):
            settings.library_folders = list(folders)
        else:
            log.warning("settings %s: library_folders is not a list of text: ignored", path)
        index_dir = raw.get("index_dir", settings.index_dir)
        if index_dir is None or isinstance(index_dir, str):
            settings.index_dir = index_dir or None
        else:
            log.warning("settings %s: index_dir is not text: ignored", path)
        language = raw.get("language", settings.language)
        if language in LANGUAGES:
            settings.language = language
        else:
            log.warning("settings %s: unknown language %r: ignored", path, language)
        include_bundled = raw.get("include_bundled", settings.include_bundled)
        if isinstance(include_bundled, bool):
            settings.include_bundled = include_bundled
        else:
            log.warning("settings %s: include_bundled is not true/false: ignored", path)
        compound_matching = raw.get("compound_matching", settings.compound_matching)
        if isinstance(compound_matching, bool):
            settings.compound_matching = compound_matching
        else:
            log.warning("settings %s: compound_matching is not true/false: ignored", path)
        ocr = raw.get("ocr", settings.ocr)
        if isinstance(ocr, bool):
            settings.ocr = ocr
        else:
            log.warning("settings %s: ocr is not true/false: ignored", path)
        return settings

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically: a crash mid-write leaves the old file, never half a file."""
        write_json_atomically(Path(path), {"version": SETTINGS_VERSION, **dataclasses.asdict(self)})
