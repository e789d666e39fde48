"""The `tromsvekst` command: index, search, goals and check, over the core alone."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from tromsvekst_desktop import __version__
from tromsvekst_desktop.cli_goals import add_import_goals_command, write_goals_csv
from tromsvekst_desktop.core.copystore import CopyStore, parse_budget
from tromsvekst_desktop.core.export import results_csv
from tromsvekst_desktop.core.facets import FacetCount, Facets, goals_for_hit
from tromsvekst_desktop.core.goals import GoalNode
from tromsvekst_desktop.core.index import IndexError_, IndexSummary, update_index
from tromsvekst_desktop.core.jobs import CancelToken, Progress
from tromsvekst_desktop.core.library import default_index_dir, find_library_files, library_roots
from tromsvekst_desktop.core.librarydata import load_library_data, load_library_sources
from tromsvekst_desktop.core.ocr import OcrSettings
from tromsvekst_desktop.core.search import SearchResult
from tromsvekst_desktop.core.search_service import (
    BadQuery,
    DamagedIndex,
    NoIndex,
    SearchService,
    UnknownScope,
)
from tromsvekst_desktop.core.yamlsnapshot import library_sources

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _roots(paths: Sequence[str], no_bundled: bool) -> list[Path]:
    return library_roots(paths, bundled=not no_bundled)


class _ProgressBar:
    """A one-line progress bar on a terminal (stderr), at most ten updates a second."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self._last = 0.0
        self._width = 0

    def __call__(self, progress: Progress) -> None:
        if progress.phase == "wait":
            self.stream.write(f"Waiting: {progress.current} …\n")
            self.stream.flush()
            return
        if progress.phase == "repair":
            self.stream.write(f"{progress.current}: rebuilding it from the library.\n")
            self.stream.flush()
            return
        if not self.enabled or progress.phase not in ("extract", "ocr"):
            return
        now = time.monotonic()
        if now - self._last < 0.1 and progress.files_done < progress.files_total:
            return
        self._last = now
        total = max(progress.files_total, 1)
        filled = int(24 * progress.files_done / total)
        eta = f", ~{progress.eta_s:.0f} s left" if progress.eta_s is not None else ""
        line = (
            f"[{'#' * filled}{'.' * (24 - filled)}] {progress.files_done}/{progress.files_total} files, "
            f"{progress.pages_done} pages, {progress.pages_per_s:.0f} pages/s{eta}"
        )
        if progress.phase == "ocr":
            line = (
                f"[{'#' * filled}{'.' * (24 - filled)}] text recognition: page {progress.files_done} "
                f"of {progress.files_total}{eta} (Ctrl+C stops it, keeping what is done)"
            )
        self._width = max(self._width, len(line))
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def _print_summary(summary: IndexSummary, out: TextIO) -> None:
    state = "Cancelled: the index is as it was before this run." if summary.cancelled else "Index up to date."
    out.write(
        f"{state}\n"
        f"  documents {summary.documents}, pages {summary.pages}, goals {summary.goals}\n"
        f"  added {summary.added}, updated {summary.updated}, removed {summary.removed}, "
        f"unchanged {summary.unchanged}\n"
        f"  {summary.seconds:.1f} s\n"
    )
    for root in summary.offline:
        out.write(f"Offline since {root.since}: {root.path} ({root.reason}); its documents are kept\n")
    if summary.kept:
        out.write(f"Kept ({len(summary.kept)}):\n")
        for problem in summary.kept:
            out.write(f"  {problem}\n")
    ocr = summary.ocr
    if ocr.pages or ocr.cached or ocr.remaining:
        out.write(
            f"  text recognition (OCR): {ocr.pages} pages recognised in {ocr.seconds:.1f} s, "
            f"{ocr.cached} from the cache\n"
        )
    if ocr.remaining:
        out.write(
            f"  text recognition stopped with {ocr.remaining} pages left: they follow on the next run\n"
        )
    if summary.problems:
        out.write(f"Problems ({len(summary.problems)}):\n")
        for problem in summary.problems:
            out.write(f"  {problem}\n")
        if any(p.reason.startswith(("password-protected", "wrong password")) for p in summary.problems):
            out.write("Give the password of a protected PDF with --password FILE PASSWORD.\n")


def _parse_passwords(pairs: Sequence[Sequence[str]] | None) -> dict[str, str]:
    return {str(Path(path).resolve()): password for path, password in (pairs or [])}


def cmd_index(args: argparse.Namespace) -> int:
    bar = _ProgressBar(sys.stderr)
    cancel = CancelToken()
    try:
        if args.copy_budget is not None:
            CopyStore(args.index_dir).set_budget(parse_budget(args.copy_budget))
        summary = update_index(
            args.index_dir,
            _roots(args.paths, args.no_bundled),
            rebuild=args.rebuild,
            passwords=_parse_passwords(args.password),
            on_progress=bar,
            cancel=cancel,
            forget=[Path(p) for p in args.forget],
            ocr=None if args.no_ocr else OcrSettings(),
        )
    except KeyboardInterrupt:
        bar.finish()
        print("Interrupted: the index is as it was before this run.", file=sys.stderr)
        return 130
    except IndexError_ as exc:
        bar.finish()
        print(f"tromsvekst: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as exc:
        bar.finish()
        print(f"tromsvekst: {_os_error_text(exc, args.index_dir)}", file=sys.stderr)
        return EXIT_PROBLEMS
    bar.finish()
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False))
    else:
        _print_summary(summary, sys.stdout)
    return EXIT_OK


def _os_error_text(exc: OSError, index_dir: Path) -> str:
    """One line for a failed read or write: which file or folder, what went wrong, what is left."""
    where = exc.filename or index_dir
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EFBIG, errno.ENOSPC, errno.EDQUOT):
        reason = f"{reason} (the disk or your quota is full)"
    return f"cannot write {where}: {reason}; the index is as it was before this run"


def cmd_search(args: argparse.Namespace) -> int:
    # Goals, titles and facets come from the library's YAML (the index holds pages and goals as text);
    # an offline folder's as the index last read them.
    data = load_library_sources(library_sources(_roots(args.library, args.no_bundled), args.index_dir))
    plans = [plan.id for plan in data.goals.plans]
    if args.plan is not None and args.plan not in plans:
        print(
            f"tromsvekst: --plan: no plan '{args.plan}' in the library (plans: {', '.join(plans) or 'none'})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    with SearchService(args.index_dir, data.goals) as service:
        try:
            service.narrow(
                documents=(args.doc,) if args.doc else (),
                goal=args.goal,
                facet=args.plan,
                kind=args.kind,
                compounds=not args.no_compounds,
                typed_only=args.query.strip() if args.no_expand else None,
                limit=args.limit,
            )
        except UnknownScope as exc:
            print(f"tromsvekst: --{exc.field}: {exc} (`tromsvekst goals` lists the goals)", file=sys.stderr)
            return EXIT_USAGE
        outcome = service.search(args.query)
    if isinstance(outcome, BadQuery):
        print(f"tromsvekst: invalid query: {outcome.message}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(outcome, NoIndex):
        print(f"tromsvekst: {outcome.reason}", file=sys.stderr)
        return EXIT_PROBLEMS
    if isinstance(outcome, DamagedIndex):
        print(f"tromsvekst: {outcome.message}", file=sys.stderr)
        return EXIT_PROBLEMS
    result = outcome.result
    if args.csv:
        try:
            with open(args.csv, "w", encoding="utf-8", newline="") as out:
                out.write(results_csv(result, data.goals, data.catalog.documents))
        except OSError as exc:
            print(f"tromsvekst: cannot write {args.csv}: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
    if args.json:
        payload = result.to_json()
        store = CopyStore(args.index_dir)
        for hit, hit_json in zip(result.hits, payload["hits"], strict=True):
            if hit.kind == "page":
                hit_json["goals"] = [node.id for node in goals_for_hit(hit, data.goals)]
                copy = store.copy_of(hit.file_hash)
                hit_json["available"] = bool(hit.path) and _readable(hit.path)
                hit_json["copy"] = None if copy is None else str(copy)
        payload["facets"] = {
            "plans": [_facet_json(facet) for facet in outcome.facets.plans],
            "goals": [_facet_json(facet) for facet in outcome.facets.goals],
        }
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    _print_result(result, outcome.facets)
    return EXIT_OK


def _facet_json(facet: FacetCount) -> dict[str, Any]:
    return {"id": facet.id, "title": facet.title, "count": facet.count}


def _print_result(result: SearchResult, facets: Facets) -> None:
    shown = len(result.hits)
    print(
        f"{result.total} hits for «{result.query}» ({result.elapsed_ms:.0f} ms)"
        + (f", showing {shown}" if shown < result.total else "")
    )
    for expansion in result.expanded:
        also = ", ".join(expansion.alternatives)
        print(f"Also searched for: {also} (for {expansion.original}; --no-expand: only that)")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    # Where the matches fall, with the ids that --plan and --goal take.
    for heading, counts in (("By plan (--plan ID)", facets.plans), ("By goal (--goal ID)", facets.goals)):
        if counts:
            print(f"{heading}: " + " · ".join(f"{f.label} [{f.id}]: {f.count}" for f in counts))
    for hit in result.hits:
        if hit.kind == "page":
            where = f"{hit.title}, p. {hit.page}" + (f" · {hit.section}" if hit.section else "")
            if hit.ocr_confidence is not None:
                where += f" · recognised text (OCR, {hit.ocr_confidence:.0%} known words)"
        else:
            plan = f" ({hit.breadcrumb[0]})" if len(hit.breadcrumb) > 1 else ""
            where = f"{hit.section}{plan}"
        # A goal's title and text, each on its own line.
        print(f"\n{where}\n  " + "\n  ".join(hit.to_json()["snippet"].split("\n")))


def _readable(path: str) -> bool:
    """Whether the file can be opened for reading now."""
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False


def _node_json(node: GoalNode) -> dict[str, Any]:
    return {
        "id": node.id,
        "title": node.title,
        "level": node.level,
        "number": node.number,
        "text": node.text,
        "source": node.source,
        "links": [{"doc_id": link.doc_id, "page": link.page} for link in node.links],
        "related": list(node.related),
        "children": [_node_json(child) for child in node.children],
    }


def _print_tree(node: GoalNode, depth: int, out: TextIO) -> None:
    heading = f"{node.label} – {node.title}" if node.level != "Plan" else node.title
    pages = ", ".join(f"{link.doc_id} p. {link.page}" if link.page else link.doc_id for link in node.links)
    out.write("  " * depth + heading + (f"  [{pages}]" if pages else "") + "\n")
    for child in node.children:
        _print_tree(child, depth + 1, out)


def cmd_goals(args: argparse.Namespace) -> int:
    # An offline folder's goals as the index last read them.
    data = load_library_sources(library_sources(_roots(args.paths, args.no_bundled), args.index_dir))
    for problem in data.problems:
        print(problem, file=sys.stderr)
    if args.csv and (reason := write_goals_csv(data.goals, args.csv)) is not None:
        print(f"tromsvekst: {reason}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.json:
        print(json.dumps({"plans": [_node_json(p) for p in data.goals.plans]}, ensure_ascii=False))
    else:
        for plan in data.goals.plans:
            _print_tree(plan, 0, sys.stdout)
    return EXIT_PROBLEMS if data.problems else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    files = find_library_files(_roots(args.paths, args.no_bundled))
    data = load_library_data(files.yaml_files)
    problems = [f"{p}: not found" for p in files.missing] + [str(p) for p in data.problems]
    for line in problems:
        print(line)
    if not problems:
        print(
            f"OK: {len(files.yaml_files)} YAML files, {len(data.catalog.documents)} documents, "
            f"{sum(1 for _ in data.goals.all_nodes())} goal nodes in {len(data.goals.plans)} plans"
        )
    return EXIT_PROBLEMS if problems else EXIT_OK


def _budget_arg(text: str) -> str:
    """The budget as given, once it is known to be one (None would mean "all")."""
    try:
        parse_budget(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tromsvekst",
        description="Search the Tromsø region's plan documents and goals, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    index_dir_help = "where the index lives (default: $TROMSVEKST_INDEX_DIR, or index/ in a source checkout)"
    parser.add_argument("--index-dir", type=Path, default=None, help=index_dir_help)
    # The global options are taken after the command too (`tromsvekst search X --index-dir D`);
    # without a default there, so that one given before the command stays.
    global_options = argparse.ArgumentParser(add_help=False)
    global_options.add_argument("--index-dir", type=Path, default=argparse.SUPPRESS, help=index_dir_help)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def library_args(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "paths", nargs="*", metavar="PATH", help="folders or files to add to the bundled library"
        )
        sub.add_argument("--no-bundled", action="store_true", help="leave out the bundled plans")

    index = commands.add_parser("index", parents=[global_options], help="build or update the index")
    library_args(index)
    index.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    index.add_argument("--json", action="store_true", help="print the summary as JSON")
    index.add_argument(
        "--forget",
        action="append",
        default=[],
        metavar="PATH",
        help="remove this folder's documents from the index and their local copies (repeatable)",
    )
    index.add_argument(
        "--copy-budget",
        type=_budget_arg,
        metavar="SIZE",
        help="disk space for local copies of the indexed PDFs: e.g. 2GB (the default), 500MB, all or none",
    )
    index.add_argument(
        "--no-ocr", action="store_true", help="do not recognise the text of scanned pages (OCR)"
    )
    index.add_argument(
        "--password",
        nargs=2,
        action="append",
        metavar=("FILE", "PASSWORD"),
        help="password of a protected PDF (repeatable)",
    )
    index.set_defaults(func=cmd_index)

    search = commands.add_parser("search", parents=[global_options], help="search the index")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")
    search.add_argument("--json", action="store_true", help="print the result as JSON")
    search.add_argument("--kind", choices=["page", "goal"], help="only page hits or only goal hits")
    search.add_argument("--doc", metavar="ID", help="only this document (catalogue id)")
    search.add_argument(
        "--goal", metavar="ID", help="only in this goal's subtree: its goals and the pages they link to"
    )
    search.add_argument(
        "--plan", metavar="ID", help="only the hits of this plan (the facet counts stay those of all hits)"
    )
    search.add_argument(
        "--no-compounds", action="store_true", help="a word does not find the compounds it is part of"
    )
    search.add_argument(
        "--no-expand", action="store_true", help="do not also search for abbreviations and synonyms"
    )
    search.add_argument(
        "--csv", metavar="FILE", help="also write the hits to FILE as CSV (';'-separated, UTF-8 with BOM)"
    )
    # The goals of --json and --csv come from the library's YAML; an option, not a positional
    # list, so that it can stand anywhere after the query.
    search.add_argument(
        "--library", action="append", default=[], metavar="PATH", help="a folder or file added to the library"
    )
    search.add_argument("--no-bundled", action="store_true", help="leave out the bundled plans")
    search.set_defaults(func=cmd_search)

    goals = commands.add_parser("goals", parents=[global_options], help="show the goal trees")
    library_args(goals)
    goals.add_argument("--json", action="store_true", help="print the trees as JSON")
    goals.add_argument(
        "--csv", metavar="FILE", help="also write the goals as a table (CSV) that import-goals reads back"
    )
    goals.set_defaults(func=cmd_goals)

    check = commands.add_parser("check", parents=[global_options], help="validate goal and catalogue YAML")
    library_args(check)
    check.set_defaults(func=cmd_check)

    add_import_goals_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.index_dir is None:
        args.index_dir = default_index_dir()
    elif not args.index_dir.parent.is_dir():
        # A typo should not silently create a tree of folders somewhere.
        parser.error(f"--index-dir: the folder {args.index_dir.parent} does not exist")
    if getattr(args, "limit", 1) < 0:
        parser.error("--limit must be 0 or more")
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `tromsvekst search … | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
