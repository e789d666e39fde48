"""The library's YAML as last indexed, kept beside the index so that an offline folder keeps its goals.

Each index run that may write the goal set (every run but one that keeps it because a folder
holding goal YAML is offline; core.index) copies the YAML files it read into
``<index>/library-yaml/<sha256>.yaml`` (one file per distinct content) and names them in
``<index>/library-yaml.json`` ({original path: sha256}). The copies are written first and
the manifest replaced atomically after them; copies the manifest no longer names go last.
A run that stops anywhere in between leaves a manifest whose every copy is there.

``<index>/library-yaml.sig`` holds the goal signature (paths and bytes of the YAML) the
snapshot was saved under, written last and removed before a save begins: a run whose YAML
has that signature finds the snapshot holding it already and neither reads nor hashes it again.

Reading the library (core.librarydata) takes the YAML of a root that is offline now from
these copies, under the original paths, so goals and catalogue entries keep their files.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tromsvekst_desktop.core.index_records import read_root_states
from tromsvekst_desktop.core.jsonfile import write_bytes_atomically, write_json_atomically
from tromsvekst_desktop.core.library import LibraryFiles, find_library_files
from tromsvekst_desktop.core.offline import is_under, root_key, unreachable_reason

log = logging.getLogger(__name__)

SNAPSHOT_DIR = "library-yaml"
MANIFEST = "library-yaml.json"
SIGNATURE = "library-yaml.sig"
_SUFFIX = ".yaml"


def save_snapshot(index_dir: Path, files: Iterable[Path], signature: str) -> None:
    """Keep a copy of each readable file of ``files`` as the index's YAML snapshot.

    ``signature`` stands for the files' paths and bytes (the run's goal signature): when the
    snapshot was saved under it, it holds them already. A file that cannot be read now is
    left out (it could not give goals either).
    """
    stamp = index_dir / SIGNATURE
    if (index_dir / MANIFEST).is_file() and _read_signature(stamp) == signature:
        return
    stamp.unlink(missing_ok=True)  # until all is written: a run that stops midway leaves none
    folder = index_dir / SNAPSHOT_DIR
    manifest: dict[str, str] = {}
    for path in sorted(files):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        digest = hashlib.sha256(data).hexdigest()
        manifest[str(path)] = digest
        copy = folder / (digest + _SUFFIX)
        if not copy.is_file():
            write_bytes_atomically(copy, data)
    if not (index_dir / MANIFEST).is_file() or manifest != _read_manifest(index_dir):
        write_json_atomically(index_dir / MANIFEST, manifest)
    wanted = {digest + _SUFFIX for digest in manifest.values()}
    for entry in folder.iterdir() if folder.is_dir() else ():
        if entry.name not in wanted:
            entry.unlink(missing_ok=True)
    write_bytes_atomically(stamp, signature.encode())


def _read_signature(stamp: Path) -> str | None:
    try:
        return stamp.read_text(encoding="ascii")
    except (OSError, ValueError):
        return None


def _read_manifest(index_dir: Path) -> dict[str, str]:
    """The snapshot's {original path: sha256}; empty when there is none (or it cannot be read)."""
    try:
        data = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("cannot read the YAML snapshot %s: %s", index_dir / MANIFEST, exc)
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def outside_snapshot(paths: Iterable[Path], index_dir: Path) -> list[Path]:
    """The paths that are not the snapshot's own copies (an index folder inside the library)."""
    folder = root_key(index_dir / SNAPSHOT_DIR)
    return [path for path in paths if not is_under(str(path), folder)]


def offline_roots_now(roots: Sequence[Path], index_dir: Path) -> list[Path]:
    """The roots that cannot be read now: missing, unreadable, no longer a folder, or recorded
    offline by the last index run and holding none of the library's files (an empty mount point)."""
    unreachable = _unreachable(roots)
    recorded = _recorded_offline(index_dir) if len(unreachable) < len(roots) else set()
    # Only a root recorded offline can be an emptied one: walk just those (usually none), as
    # this is asked on the GUI thread each time a goal's menu opens.
    suspects = [root for root in roots if root not in unreachable and root_key(root) in recorded]
    emptied = _emptied(suspects, find_library_files(suspects))
    return [root for root in roots if root in unreachable or root in emptied]


def offline_root_holding(path: Path, roots: Sequence[Path], index_dir: Path) -> Path | None:
    """The root that holds ``path`` if that root is offline now (its files cannot be written)."""
    holding = [root for root in roots if _under_root(str(path), root)]
    return next(iter(offline_roots_now(holding, index_dir)), None)


def _offline_and_found(roots: Sequence[Path], index_dir: Path) -> tuple[list[Path], LibraryFiles]:
    """The roots offline now, and the files of the others."""
    unreachable = _unreachable(roots)
    reachable = [root for root in roots if root not in unreachable]
    found = find_library_files(reachable)
    emptied = _emptied(reachable, found)
    if emptied:  # only then the index is opened: the state of each root is a record in it
        recorded = _recorded_offline(index_dir)
        emptied = [root for root in emptied if root_key(root) in recorded]
    return [root for root in roots if root in unreachable or root in emptied], found


def _unreachable(roots: Sequence[Path]) -> list[Path]:
    return [root for root in roots if unreachable_reason(Path(root).expanduser(), indexed_below=True)]


def _recorded_offline(index_dir: Path) -> set[str]:
    """The keys of the roots the last index run recorded offline."""
    return {state.key for state in read_root_states(index_dir).offline()}


def _emptied(roots: Sequence[Path], found: LibraryFiles) -> list[Path]:
    """The ``roots`` that hold none of the ``found`` files."""
    present = [str(path) for path in (*found.pdfs, *found.yaml_files)]
    return [root for root in roots if not any(_under_root(path, root) for path in present)]


def _under_root(path: str, root: Path) -> bool:
    shown = str(Path(root).expanduser().absolute())
    return is_under(path, root_key(root)) or is_under(path, shown)


@dataclass
class LibrarySources:
    """Where the library's YAML is read from: the reachable roots' files on disk, and for the
    offline roots the snapshot's copies (original path → copy)."""

    files: LibraryFiles
    kept: dict[Path, Path] = field(default_factory=dict)
    offline: list[Path] = field(default_factory=list)

    def yaml_files(self) -> list[Path]:
        """Every YAML file of the library by its original path."""
        return [*self.files.yaml_files, *self.kept]


def library_sources(roots: Sequence[Path], index_dir: Path | None = None) -> LibrarySources:
    """The library's YAML under ``roots``; with ``index_dir``, an offline root's from the snapshot."""
    if index_dir is None:
        return LibrarySources(find_library_files(roots))
    offline, files = _offline_and_found(roots, index_dir)
    files.yaml_files = outside_snapshot(files.yaml_files, index_dir)
    kept: dict[Path, Path] = {}
    if offline:
        on_disk = set(files.yaml_files)
        for original, digest in sorted(_read_manifest(index_dir).items()):
            path = Path(original)
            if path not in on_disk and any(_under_root(original, root) for root in offline):
                kept[path] = index_dir / SNAPSHOT_DIR / (digest + _SUFFIX)
    return LibrarySources(files, kept, offline)
