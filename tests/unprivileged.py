"""Running the `tromsvekst` command as an unprivileged user (tests run as root, which ignores permissions)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

NOBODY = 65534
CAN_DROP_ROOT = hasattr(os, "setuid") and os.geteuid() == 0

# A new interpreter as nobody could not reach the venv: the command loads what it needs as root
# (a search imports the modules and codecs a run imports lazily), then gives up root.
_AS_NOBODY = (
    "import contextlib, io, os, sys; from tromsvekst_desktop import cli; import encodings.utf_8_sig\n"
    "import tromsvekst_desktop.core.ocr_index\n"  # imported by a run only when it gets to OCR
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    cli.main(['--index-dir', sys.argv[2], 'search', 'bolig'])\n"
    f"os.setgid({NOBODY}); os.setuid({NOBODY})\n"
    "sys.exit(cli.main(sys.argv[1:]))"
)


def give_to_nobody(index_dir: Path) -> None:
    """Let nobody write an index that root built."""
    for path in [index_dir, *index_dir.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)


def cli_as_nobody(index_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", _AS_NOBODY, "--index-dir", str(index_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@contextlib.contextmanager
def shared_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="tromsvekst-shared-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)
