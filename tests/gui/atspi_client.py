"""A screen reader's view of the running window, through AT-SPI (Debian's python3-pyatspi).

Run with the system Python (which has pyatspi) on the session bus the application uses:
tests/gui/test_real_display.py starts it so. Usage:

    atspi_client.py APP_NAME QUERY

It waits for APP_NAME on the accessibility bus, records the frame's extents and every
accessible (role and name), types QUERY into the search field, presses the Søk button,
waits for the result rows and records them, and prints all of it as one JSON object.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]

WAIT_S = 60.0
SEARCH_FIELD = "Søk"  # the accessible names in the Bokmål interface
SEARCH_BUTTON = "Søk"
RESULTS = "Søkeresultater"

Node = Any  # an Atspi.Accessible


def find_app(name: str) -> Node:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.5)
    raise SystemExit(f"the application {name!r} did not appear on the accessibility bus")


def walk(node: Node, depth: int = 0, limit: int = 40) -> list[tuple[int, Node]]:
    """Every accessible below ``node``, depth first, down to ``limit`` levels."""
    found = [(depth, node)]
    if depth < limit:
        for child in node:
            if child is not None:
                found += walk(child, depth + 1, limit)
    return found


def first(nodes: list[tuple[int, Node]], role: str, name: str) -> Node | None:
    return next((n for _d, n in nodes if n.getRoleName() == role and n.name == name), None)


def describe(nodes: list[tuple[int, Node]]) -> list[dict[str, object]]:
    return [{"depth": d, "role": n.getRoleName(), "name": n.name} for d, n in nodes]


def result_rows(frame: Node) -> list[str]:
    """The names of the rows of the results tree, asked anew (the cache holds the old rows);
    [] while the window is changing them (a row may vanish while it is being read)."""
    frame.clear_cache()
    try:
        results = first(walk(frame), "tree", RESULTS)
        if results is None:
            return []
        return [n.name for _d, n in walk(results, limit=2)[1:] if n.getRoleName() == "table cell" and n.name]
    except Exception:  # GLib.Error of a row that is gone
        return []


def wait_for_rows(frame: Node, unlike: list[str]) -> list[str]:
    """The result rows once there are some that differ from ``unlike``."""
    deadline = time.monotonic() + WAIT_S
    rows = result_rows(frame)
    while time.monotonic() < deadline and (not rows or rows == unlike):
        time.sleep(0.5)
        rows = result_rows(frame)
    return rows


def main() -> int:
    app_name, query = sys.argv[1:3]
    frame = next(c for c in find_app(app_name) if c is not None and c.getRoleName() == "frame")
    rows_before = wait_for_rows(frame, [])  # the window's start search (its first hit is opened)
    time.sleep(1)
    frame.clear_cache()
    box = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    nodes = walk(frame)
    report: dict[str, object] = {
        "frame": {"name": frame.name, "x": box.x, "y": box.y, "width": box.width, "height": box.height},
        "controls": describe(nodes),
        "rows_before": rows_before,
    }
    field, button = first(nodes, "text", SEARCH_FIELD), first(nodes, "push button", SEARCH_BUTTON)
    if field is None or button is None:
        report["error"] = "no search field or Søk button"
    else:
        field.queryEditableText().setTextContents(query)
        button.queryAction().doAction(0)  # "Press"
        report["rows_after"] = wait_for_rows(frame, rows_before)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
