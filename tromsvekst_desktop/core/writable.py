"""Whether a folder can be written, asked of the file system itself (not of the permission bits:
root, read-only mounts and network drives answer differently than the bits say)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cannot_write(folder: Path) -> str | None:
    """None when files can be created in ``folder`` (made if it does not exist yet), else the
    system's reason, e.g. "Permission denied" or "Read-only file system"."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(handle)
    os.unlink(probe)
    return None
