"""Library roots out of reach: which are offline, why and since when, kept in the index itself.

A root that is missing, no longer a folder, unreadable, or reachable but emptied of every
file indexed from it (an unmounted share leaves its empty mount point behind) is
*offline*: its documents stay in the index until the user forgets the folder. The state
of each root is a record in the index, written in the run's own transaction, so the
command line and the window read the same "offline since" and "last indexed" times.
"""

from __future__ import annotations

import datetime
import errno
import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOTS_UID = "roots"


@dataclass(frozen=True)
class OfflineRoot:
    """A library root treated as offline: its documents are kept as they were indexed.

    ``since`` is when a run first found it out of reach, ``indexed`` when a run last read
    it (both ISO date-times, local time with offset).
    """

    path: str
    reason: str
    since: str
    indexed: str | None
    key: str = ""  # the root as file records name it (see root_key)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "reason": self.reason, "since": self.since}


def now_iso() -> str:
    """The current local time as an ISO date-time with its UTC offset, to the second."""
    return datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()


def shown_path(root: Path) -> str:
    """A root as the user named it, made absolute (links not resolved)."""
    return str(Path(root).expanduser().absolute())


def root_key(root: Path) -> str:
    """The form in which file records name paths under ``root`` (absolute, links resolved)."""
    return str(Path(root).expanduser().resolve())


def is_under(path: str, key: str) -> bool:
    """Whether ``path`` is ``key`` itself or lies below it."""
    return path == key or path.startswith(key.rstrip(os.sep) + os.sep)


def _os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "not found"
    return (exc.strerror or str(exc)).lower()


def unreachable_reason(root: Path, indexed_below: bool) -> str | None:
    """Why ``root`` cannot be read now, or None when it can.

    ``indexed_below``: files below it were indexed, so it was a folder (a root that is now
    a file is then "no longer a folder").
    """
    try:
        info = os.stat(root)
    except OSError as exc:
        return _os_reason(exc)
    if not stat.S_ISDIR(info.st_mode):
        return "no longer a folder" if indexed_below else None
    try:
        with os.scandir(root) as entries:
            next(entries, None)
    except OSError as exc:
        return _os_reason(exc)
    if not os.access(root, os.R_OK | os.X_OK):
        return "permission denied"
    return None


def emptied_reason(count: int) -> str:
    return f"none of the {count} files indexed from it is there (an unmounted drive or share?)"


@dataclass
class RootStates:
    """The roots' states as stored in the index: per root key, "indexed" and, if offline, "since"."""

    states: dict[str, dict[str, Any]]

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any] | None) -> RootStates:
        roots = (meta or {}).get("roots", {})
        return cls({k: dict(v) for k, v in roots.items() if isinstance(v, dict)})

    def to_meta(self) -> dict[str, Any]:
        return {"roots": self.states}

    def mark_online(self, key: str, when: str) -> None:
        self.states[key] = {"indexed": when}

    def mark_offline(self, key: str, shown_as: str, reason: str, when: str) -> OfflineRoot:
        state = self.states.setdefault(key, {})
        state.setdefault("since", when)
        state.update(path=shown_as, reason=reason)
        return OfflineRoot(shown_as, reason, state["since"], state.get("indexed"), key)

    def offline(self) -> list[OfflineRoot]:
        return [
            OfflineRoot(
                state.get("path", key), state.get("reason", ""), state["since"], state.get("indexed"), key
            )
            for key, state in sorted(self.states.items())
            if "since" in state
        ]


def offline_root_of(path: str, roots: Iterable[OfflineRoot]) -> OfflineRoot | None:
    """The offline root ``path`` lies under, if any."""
    for root in roots:
        if is_under(path, root.key):
            return root
    return None
