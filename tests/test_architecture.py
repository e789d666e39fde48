"""Architecture rules: the core and the CLI never load Qt; the product never loads the tools."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

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


PACKAGE = Path(tromsvekst_desktop.__file__).parent


def imported_modules(source: str, package: str) -> set[str]:
    """Every name the module imports, at the top or inside a function, relative imports resolved."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def package_of(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).parent.parts)


def test_core_gui_and_cli_never_import_the_tools() -> None:
    product = [PACKAGE / "cli.py", PACKAGE / "cli_goals.py", PACKAGE / "__main__.py"]
    product += sorted((PACKAGE / "core").rglob("*.py")) + sorted((PACKAGE / "gui").rglob("*.py"))
    assert len(product) > 20
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in product
        for name in sorted(imported_modules(path.read_text(encoding="utf-8"), package_of(path)))
        if name == "tromsvekst_desktop.tools" or name.startswith("tromsvekst_desktop.tools.")
    ]
    assert offenders == []


def test_the_import_check_sees_function_level_and_relative_imports() -> None:
    source = "def f():\n    from ...tools.bench import main\n    import tromsvekst_desktop.tools.faults\n"
    names = imported_modules(source, "tromsvekst_desktop.gui.widgets")
    assert {"tromsvekst_desktop.tools.bench.main", "tromsvekst_desktop.tools.faults"} <= names
