"""The `tromsvekst import-goals` command and `goals --csv`: goal trees in from tables and PDFs, and out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tromsvekst_desktop.core.goaldraft import ImportProblem, write_drafts
from tromsvekst_desktop.core.goalexport import goals_csv
from tromsvekst_desktop.core.goalimport import (
    GOAL_KEYS,
    PLAN_TABLE_KEYS,
    ImportOptions,
    library_for_import,
)
from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.core.goalsource import import_goals_file
from tromsvekst_desktop.core.library import library_roots

EXIT_OK, EXIT_NOTHING_WRITTEN = 0, 1


def _pairs(values: Sequence[str] | None, option: str, parser: argparse.ArgumentParser) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values or []:
        key, sep, column = value.partition("=")
        if not sep or not key.strip() or not column.strip():
            parser.error(f"{option} {value}: write it as KEY=VALUE")
        pairs[key.strip()] = column.strip()
    return pairs


def cmd_import_goals(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    source = Path(args.source)
    roots = library_roots([args.out], bundled=not args.no_bundled)
    taken, documents = library_for_import(roots, args.out, source)
    options = ImportOptions(
        mapping=_pairs(args.map, "--map", parser),
        plan_mapping=_pairs(args.plan_map, "--plan-map", parser),
        level_names=_pairs(args.level, "--level", parser),
        default_plan=source.stem,
        taken_ids=taken,
        known_documents=documents,
    )
    result = import_goals_file(source, options, Path(args.plans) if args.plans else None)
    problems = list(result.problems) + [
        ImportProblem(None, f"level code {code} has no name: give one with --level {code}=NAME")
        for code in result.unnamed_levels
    ]
    written, write_problems = write_drafts(result.plans, args.out, source.name)
    problems += write_problems
    if args.json:
        payload = {"plans": [plan.to_json() for plan in written], "problems": [p.to_json() for p in problems]}
        print(json.dumps(payload, ensure_ascii=False))
    else:
        for problem in problems:
            print(f"{source}: {problem}", file=sys.stderr)
        for plan in written:
            print(f"{plan.file}: {plan.title} ({plan.nodes} goals)")
        if not written:
            print("Nothing was written.", file=sys.stderr)
    return EXIT_OK if written else EXIT_NOTHING_WRITTEN


def add_import_goals_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser(
        "import-goals",
        help="import goal trees from a CSV/XLSX/JSON table or propose them from a plan PDF",
        description="Write one goal YAML file per plan into --out.",
    )
    sub.add_argument("source", metavar="SOURCE", help="a .csv, .xlsx or .json table, or a .pdf")
    sub.add_argument(
        "--plans", metavar="TABLE", help="a table naming the plans (id, title, period, document)"
    )
    sub.add_argument(
        "--map",
        action="extend",
        nargs="+",
        metavar="KEY=COLUMN",
        help=f"a column by hand ({', '.join(GOAL_KEYS)})",
    )
    sub.add_argument(
        "--plan-map",
        action="extend",
        nargs="+",
        metavar="KEY=COLUMN",
        help=f"a column of the plans table ({', '.join(PLAN_TABLE_KEYS)})",
    )
    sub.add_argument(
        "--level", action="extend", nargs="+", metavar="CODE=NAME", help="the name of a level code"
    )
    sub.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="the library folder to write into"
    )
    sub.add_argument("--json", action="store_true", help="print plans written and problems as JSON")
    sub.add_argument("--no-bundled", action="store_true", help="do not check ids against the bundled plans")
    sub.set_defaults(func=lambda args: cmd_import_goals(args, sub))


def write_goals_csv(forest: GoalForest, path: str) -> str | None:
    """Write the goal table to ``path``; the reason when it cannot be written."""
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(goals_csv(forest))
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror or exc}"
    return None
