"""What the copy store costs: `tromsvekst index` on the bench corpus with and without local copies.

``python -m tromsvekst_desktop.bench_copies --pages 3000 --runs 5`` builds (or reuses) the
bench corpus of N pages (the Norwegian law texts when ../shared/corpus is there), then
indexes it into an empty index folder ``runs`` times with the copy budget "none" and
``runs`` times with the default budget, interleaved, each run a fresh `tromsvekst index`
process. It prints the medians of wall and CPU time (the indexing process and its
extraction workers), the time of the copying alone, and the disk the index and the copies
take.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tromsvekst_desktop.bench import DEFAULT_WORK_DIR, dir_size_mb, ensure_corpus

BUDGETS = ("none", "2GB")  # no copies; the default budget


def index_once(library: Path, index_dir: Path, budget: str) -> tuple[float, float]:
    """Wall and CPU seconds of one `tromsvekst index` into an empty index folder."""
    shutil.rmtree(index_dir, ignore_errors=True)
    command = [sys.executable, "-m", "tromsvekst_desktop.cli", "--index-dir", str(index_dir), "index"]
    command += ["--no-bundled", str(library), "--copy-budget", budget, "--json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def copying_alone(library: Path) -> float:
    """Seconds to copy every PDF of ``library`` into an empty store (hashed, fsynced)."""
    from tromsvekst_desktop.core.copystore import CopyStore
    from tromsvekst_desktop.core.pdftext import file_sha256

    pdfs = sorted(library.glob("*.pdf"))
    digests = [file_sha256(pdf) for pdf in pdfs]
    with tempfile.TemporaryDirectory() as scratch:
        store = CopyStore(Path(scratch))
        started = time.perf_counter()
        for pdf, digest in zip(pdfs, digests, strict=True):
            store.add(pdf, digest)
        return time.perf_counter() - started


def measure(pages: int, runs: int, work: Path) -> dict[str, Any]:
    library, docs, origin = ensure_corpus(pages, work, lambda line: print(line, file=sys.stderr))
    times: dict[str, list[tuple[float, float]]] = {budget: [] for budget in BUDGETS}
    for _ in range(runs):
        for budget in BUDGETS:
            times[budget].append(index_once(library, work / f"index-copies-{budget}", budget))
    result: dict[str, Any] = {
        "pages": sum(d.pages for d in docs),
        "pdfs": len(docs),
        "text": origin,
        "library_mb": dir_size_mb(library),
        "copying_alone_s": round(copying_alone(library), 3),
    }
    for budget in BUDGETS:
        index_dir = work / f"index-copies-{budget}"
        copies = index_dir / "copies"
        result[budget] = {
            "wall_s": round(statistics.median(w for w, _ in times[budget]), 2),
            "wall_s_runs": [round(w, 2) for w, _ in times[budget]],
            "cpu_s": round(statistics.median(c for _, c in times[budget]), 2),
            "copies_mb": dir_size_mb(copies) if copies.is_dir() else 0.0,
            "index_mb": round(dir_size_mb(index_dir) - (dir_size_mb(copies) if copies.is_dir() else 0.0), 1),
        }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tromsvekst_desktop.bench_copies", description=__doc__)
    parser.add_argument("--pages", type=int, default=3000, help="corpus size in PDF pages (default 3000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per budget (default 5)")
    parser.add_argument("--keep", type=Path, help="corpus and indexes here (default: the bench cache)")
    args = parser.parse_args(argv)
    if args.pages < 1 or args.runs < 1:
        parser.error("--pages and --runs must be 1 or more")
    work = args.keep or DEFAULT_WORK_DIR / str(args.pages)
    result = measure(args.pages, args.runs, work)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
