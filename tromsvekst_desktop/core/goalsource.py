"""A goal source read for an import: a table file, or a plan PDF whose proposal is made.

Kept apart from ``goalimport`` (tables) and ``goalpdf`` (proposals), which it dispatches
between, so that neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tromsvekst_desktop.core.goaldraft import ImportProblem
from tromsvekst_desktop.core.goalimport import ImportOptions, TableImport, import_table
from tromsvekst_desktop.core.goalpdf import propose_from_pdf
from tromsvekst_desktop.core.tables import Table, TableError, read_table


def import_goals_file(path: Path, options: ImportOptions, plans_path: Path | None = None) -> TableImport:
    """Draft plans from a table file or (a proposal) from a plan PDF; never raises for bad input."""
    if path.suffix.lower() == ".pdf":
        return propose_from_pdf(path, options)
    try:
        table = read_table(path)
        plans_table = read_table(plans_path) if plans_path is not None else None
    except TableError as exc:
        return TableImport([], [ImportProblem(None, str(exc))], {}, [])
    return import_table(table, options, plans_table)


@dataclass
class GoalSource:
    """A source file read for the import dialog: a table to map, or a PDF's proposal."""

    table: Table | None = None
    plans_table: Table | None = None
    proposal: TableImport | None = None
    error: str = ""


def read_goal_source(path: Path, plans_path: Path | None, options: ImportOptions) -> GoalSource:
    """Read a table (and plans table) or make a PDF's proposal; run in a worker process by the window."""
    if path.suffix.lower() == ".pdf":
        return GoalSource(proposal=import_goals_file(path, options))
    try:
        return GoalSource(
            table=read_table(path), plans_table=read_table(plans_path) if plans_path is not None else None
        )
    except TableError as exc:
        return GoalSource(error=str(exc))
