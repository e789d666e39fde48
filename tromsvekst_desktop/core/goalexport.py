"""Goal trees as a table (CSV for Excel) that the importer reads back to the same trees.

Planners share goal structures in Excel; one row per goal, with its plan, parent, number,
level, text, links, related goals and tags. The headings are those the importer maps
by itself, so `tromsvekst import-goals` needs no `--map` for an exported file.
"""

from __future__ import annotations

import csv
import io

from tromsvekst_desktop.core.export import CSV_BOM, CSV_SEPARATOR
from tromsvekst_desktop.core.goals import GoalForest, GoalNode

GOAL_TABLE_COLUMNS = (
    "Plan",
    "Plantittel",
    "Id",
    "Overordnet",
    "Nummer",
    "Nivå",
    "Tittel",
    "Tekst",
    "Dokument",
    "Side",
    "Lenker",
    "Relatert",
    "Emneknagger",
    "Kilde",
)


def goals_table_rows(forest: GoalForest) -> list[tuple[str, ...]]:
    """One row per goal (not the plans themselves), parents before their children."""
    rows: list[tuple[str, ...]] = []

    def add(node: GoalNode, plan: GoalNode, parent: GoalNode | None) -> None:
        first = node.links[0] if node.links and node.links[0].page is not None else None
        more = node.links[1:] if first else node.links
        rows.append(
            (
                plan.id,
                plan.title,
                node.id,
                parent.id if parent else "",
                node.number or "",
                node.level,
                node.title,
                node.text,
                first.doc_id if first else "",
                str(first.page) if first else "",
                "; ".join(f"{link.doc_id}:{link.page}" if link.page else link.doc_id for link in more),
                "; ".join(node.related),
                "; ".join(f"#{tag}" for tag in node.tags),
                node.source,
            )
        )
        for child in node.children:
            add(child, plan, node)

    for plan in forest.plans:
        for top in plan.children:
            add(top, plan, None)
    return rows


def goals_csv(forest: GoalForest) -> str:
    """The goal table as CSV text starting with a BOM (write it with encoding utf-8)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    writer.writerow(GOAL_TABLE_COLUMNS)
    writer.writerows(goals_table_rows(forest))
    return CSV_BOM + out.getvalue()
