"""A goal source read for an import: a table file, or a plan PDF whose proposal is made.

Kept apart from ``goalimport`` (tables) and ``goalpdf`` (proposals), which it dispatches
between, so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from tromsvekst_desktop.core.goaldraft import ImportProblem
from tromsvekst_desktop.core.goalimport import ImportOptions, TableImport, import_table, library_for_import
from tromsvekst_desktop.core.goalpdf import propose_from_pdf
from tromsvekst_desktop.core.tables import Table, TableError, read_table


def import_goals_file(path: Path, options: ImportOptions, plans_path: Path | None = None) -> TableImport:
    """Draft plans from a table file or (a proposal) from a plan PDF; never raises for bad input."""
    return read_goal_source(path, plans_path, options).result(options)


@dataclass
class GoalSource:
    """A source file read for the import dialog: a table to map, or a PDF's proposal."""

    table: Table | None = None
    plans_table: Table | None = None
    proposal: TableImport | None = None
    error: str = ""
    taken: set[str] = field(default_factory=set)  # the library's ids the import must not reuse

    def result(self, options: ImportOptions) -> TableImport:
        """The drafts: the PDF's proposal, the table mapped with ``options``, or the error."""
        if self.proposal is not None:
            return self.proposal
        if self.table is None:
            return TableImport([], [ImportProblem(None, self.error)], {}, [])
        return import_table(self.table, options, self.plans_table)


def read_goal_source(
    path: Path,
    plans_path: Path | None,
    options: ImportOptions,
    roots: Sequence[Path] = (),
    out_dir: Path | None = None,
) -> GoalSource:
    """Read a table (and plans table) or make a PDF's proposal; run in a worker process by the window.

    With ``out_dir``, the ids an import into it must not reuse are gathered from ``roots``
    too: that reads every goal file of the library, a second for a large one.
    """
    taken = library_for_import(roots, out_dir, path)[0] if out_dir is not None else set()
    if path.suffix.lower() == ".pdf":
        proposal = propose_from_pdf(path, replace(options, taken_ids=options.taken_ids | taken))
        return GoalSource(proposal=proposal, taken=taken)
    try:
        return GoalSource(
            table=read_table(path),
            plans_table=read_table(plans_path) if plans_path is not None else None,
            taken=taken,
        )
    except TableError as exc:
        return GoalSource(error=str(exc), taken=taken)
