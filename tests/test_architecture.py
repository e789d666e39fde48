"""Architecture rules: the core and the CLI never load Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import tromsvekst_desktop.core


def test_core_and_cli_never_import_qt() -> None:
    modules = ["tromsvekst_desktop.cli"] + [
        f"tromsvekst_desktop.core.{m.name}" for m in pkgutil.iter_modules(tromsvekst_desktop.core.__path__)
    ]
    assert len(modules) > 8
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"
