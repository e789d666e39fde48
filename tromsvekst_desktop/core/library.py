"""The library: folders and files of plan PDFs and YAML, the bundled library, default paths."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

PDF_SUFFIXES = frozenset({".pdf"})
YAML_SUFFIXES = frozenset({".yaml", ".yml"})
INDEX_DIR_ENV = "TROMSVEKST_INDEX_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_SOURCE_CHECKOUT = _PACKAGE_DIR.parent


def bundled_library_dir() -> Path:
    """The bundled plans: `resources/` of a source checkout, else the installed copy."""
    for candidate in (
        _SOURCE_CHECKOUT / "resources",
        Path(sys.prefix) / "share" / "tromsvekst-desktop" / "resources",
    ):
        if (candidate / "catalog.yaml").is_file():
            return candidate
    return _SOURCE_CHECKOUT / "resources"


def library_roots(
    given: Iterable[str | os.PathLike[str]] = (),
    *,
    bundled: bool,
    folders: Iterable[str | os.PathLike[str]] = (),
) -> list[Path]:
    """The library's roots, each once: the bundled plans (when ``bundled``), the settings'
    ``folders``, then the paths ``given`` (on the command line). The CLI and the window both
    build their roots here, so they index and read the same library.
    """
    roots: list[Path] = [bundled_library_dir()] if bundled else []
    for root in (*folders, *given):
        path = Path(root)
        if path not in roots:
            roots.append(path)
    return roots


def default_index_dir() -> Path:
    """$TROMSVEKST_INDEX_DIR, else `index/` of a source checkout, else the user's data dir."""
    from_env = os.environ.get(INDEX_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    if (_SOURCE_CHECKOUT / "index" / "README.md").is_file() and os.access(
        _SOURCE_CHECKOUT / "index", os.W_OK
    ):
        return _SOURCE_CHECKOUT / "index"
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data_home / "tromsvekst-desktop" / "index"


@dataclass
class LibraryFiles:
    """The files a library consists of, each found once, in a stable order."""

    pdfs: list[Path] = field(default_factory=list)
    yaml_files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)  # given paths that do not exist
    unreadable: list[Path] = field(default_factory=list)  # folders that could not be listed

    def note_unreadable(self, error: OSError) -> None:
        if error.filename is not None:
            self.unreadable.append(Path(error.filename))


def find_library_files(roots: Iterable[Path]) -> LibraryFiles:
    """PDFs and YAML files under the given folders (recursively) or given as files (a given file
    that is not YAML counts as a PDF, so that one that is not is reported).

    Hidden folders and files are skipped; symlinked duplicates are listed once.
    """
    found = LibraryFiles()
    seen: set[Path] = set()

    def add(path: Path, given: bool = False) -> None:
        resolved = path.resolve()
        if resolved in seen:
            return
        seen.add(resolved)
        suffix = path.suffix.lower()
        if suffix in YAML_SUFFIXES:
            found.yaml_files.append(resolved)
        elif suffix in PDF_SUFFIXES or given:
            # A file named on its own is read as a PDF whatever its name: if it is not one,
            # the reader says what it is ("not a PDF: the file is plain text") instead of silence.
            found.pdfs.append(resolved)

    for root in roots:
        root = Path(root).expanduser()
        if root.is_file():
            add(root, given=True)
        elif root.is_dir():
            walk = os.walk(root, followlinks=False, onerror=found.note_unreadable)
            for dirpath, dirnames, filenames in walk:
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        add(Path(dirpath) / name)
        else:
            found.missing.append(root)
    return found
