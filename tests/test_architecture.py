"""Architecture rules: the core and the CLI never load Qt; the product never loads the tools; only the
application start knows the main window; no import loops."""

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


def test_only_the_application_start_knows_the_main_window() -> None:
    """Controllers, widgets, indexing and goal tools receive what they work on, never the window."""
    window_module = "tromsvekst_desktop.gui.main_window"
    allowed = {
        PACKAGE / "gui" / "main_window.py",
        PACKAGE / "gui" / "app.py",
        PACKAGE / "gui" / "window_report.py",
    }
    gui = [path for path in sorted((PACKAGE / "gui").rglob("*.py")) if path not in allowed]
    assert PACKAGE / "gui" / "controllers" / "search.py" in gui
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in gui
        if any(
            name == window_module or name.startswith(window_module + ".")
            for name in imported_modules(path.read_text(encoding="utf-8"), package_of(path))
        )
    ]
    assert offenders == []


def test_the_import_check_sees_function_level_and_relative_imports() -> None:
    source = "def f():\n    from ...tools.bench import main\n    import tromsvekst_desktop.tools.faults\n"
    names = imported_modules(source, "tromsvekst_desktop.gui.widgets")
    assert {"tromsvekst_desktop.tools.bench.main", "tromsvekst_desktop.tools.faults"} <= names


def import_graph() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports (anywhere in it)."""
    modules: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = set()
        for imported in imported_modules(path.read_text(encoding="utf-8"), package_of(path)):
            while imported and imported not in modules:  # `from pkg.mod import name` names pkg.mod
                imported = imported.rpartition(".")[0]
            if imported and imported not in (name, "tromsvekst_desktop"):
                graph[name].add(imported)
    return graph


def cycle_through(graph: dict[str, set[str]], start: str) -> list[str]:
    """A chain of imports that leads from ``start`` back to it, or [] when there is none."""
    paths = {start: [start]}
    todo = [start]
    while todo:
        module = todo.pop()
        for imported in sorted(graph.get(module, ())):
            if imported == start:
                return [*paths[module], start]
            if imported not in paths:
                paths[imported] = [*paths[module], imported]
                todo.append(imported)
    return []


def test_no_module_of_the_package_imports_itself_back() -> None:
    graph = import_graph()
    assert {"tromsvekst_desktop.gui.library_wiring", "tromsvekst_desktop.core.goalpdf"} <= set(graph)
    loops = [" → ".join(loop) for loop in map(lambda m: cycle_through(graph, m), sorted(graph)) if loop]
    assert loops == []


def test_the_loop_check_finds_a_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycle_through(graph, "a") == ["a", "b", "c", "a"]
    assert cycle_through(graph, "d") == []
