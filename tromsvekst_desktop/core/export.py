"""Taking hits elsewhere: the results as CSV for a spreadsheet, and a citation of one hit.

The CSV is written for Excel as Norwegian users have it: ";" as the separator (the
Norwegian list separator, since "," is the decimal comma) and a UTF-8 byte order mark,
without which Excel reads UTF-8 as Windows-1252 and mangles æ, ø and å. LibreOffice and
Python's csv module read it as well. Fields with ";", quotes or line breaks are quoted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from tromsvekst_desktop.core.catalog import Document
from tromsvekst_desktop.core.facets import goals_for_hit
from tromsvekst_desktop.core.goals import GoalForest, GoalNode
from tromsvekst_desktop.core.search import Hit, SearchResult

CSV_SEPARATOR = ";"
CSV_BOM = "\ufeff"
# Norwegian headings: the file is opened by the same users who read the window in Bokmål.
CSV_COLUMNS = ("Dokument", "Side", "Seksjon", "Utdrag", "Mål", "Type", "Dokument-id", "Fil")


def goal_reference(node: GoalNode) -> str:
    """ "Delmål 1.1: Tromsøregionen skal …", or the title alone for a plan."""
    return node.title if node.id == node.plan_id else f"{node.label}: {node.title}"


def _document_title(hit: Hit, documents: Mapping[str, Document] | None) -> str:
    document = documents.get(hit.doc_id) if documents and hit.doc_id else None
    if document is not None:
        return document.title
    return hit.title if hit.kind == "page" else (hit.doc_id or "")


def _goal_place(hit: Hit, forest: GoalForest) -> str:
    """Where a goal stands: "Tromsvekstavtalen for Tromsøregionen › Innsatsområde 2"."""
    ancestors = forest.ancestors(hit.node_id) if hit.node_id and forest.node(hit.node_id) else []
    if not ancestors:
        return " › ".join(hit.breadcrumb[:-1])
    return " › ".join([ancestors[0].title, *(a.label for a in ancestors[1:])])


def results_csv(
    result: SearchResult, forest: GoalForest, documents: Mapping[str, Document] | None = None
) -> str:
    """The hits of ``result`` as CSV text, starting with the BOM (write it with encoding utf-8).

    A goal hit's "Dokument" and "Side" are where the goal stands, its "Mål" the goal itself.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for hit in result.hits:
        section = hit.section if hit.kind == "page" else _goal_place(hit, forest)
        writer.writerow(
            (
                _document_title(hit, documents),
                hit.page if hit.page is not None else "",
                section,
                hit.snippet.text,
                "; ".join(goal_reference(node) for node in goals_for_hit(hit, forest)),
                hit.kind,
                hit.doc_id or "",
                hit.path or "",
            )
        )
    return CSV_BOM + out.getvalue()


def citation(hit: Hit, documents: Mapping[str, Document], forest: GoalForest | None = None) -> str:
    """A reference to paste into a Norwegian text ("s." is Bokmål for page).

    Page hit: "Tromsvekstavtalen for Tromsøregionen, s. 3". Goal hit: "Tromsvekstavtalen for
    Tromsøregionen, Delmål 1.1: Title, s. 4", with the document the goal stands in (its
    plan's title when the goal names no document) and the page when it is known.
    """
    title = _document_title(hit, documents)
    page = f"s. {hit.page}" if hit.page is not None else ""
    if hit.kind == "page":
        return ", ".join(part for part in (title, page) if part)
    node = forest.node(hit.node_id) if forest is not None and hit.node_id else None
    goal = goal_reference(node) if node is not None else hit.title
    if not title:
        title = hit.breadcrumb[0] if len(hit.breadcrumb) > 1 else ""
    return ", ".join(part for part in (title, goal, page) if part)
