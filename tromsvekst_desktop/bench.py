"""Benchmark: indexing, re-indexing, search latency, cold start, memory (and the window) on N PDF pages."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

# The bench module itself imports only the standard library at the top: the search
# phase measures the cold start of importing the core in a fresh process.

CORPUS_VERSION = 1  # bump when the generated corpus changes, so caches are rebuilt
LAWS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "norwegian-laws"
DEFAULT_WORK_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tromsvekst-bench"
MIN_DOC_PAGES, MAX_DOC_PAGES = 50, 300
LINES_PER_PAGE = 42
CHARS_PER_LINE = 84
QUERY_ROUNDS = 5
# One first query per cold-start run: plain words (as a user's first search mostly is),
# which also load the compound word list and the index's own words; not in the mix.
COLD_START_QUERIES = ("kommuneplan", "arealbruk", "planarbeid")
LAUNCH_RUNS = 3
# What the JSON keeps of each run besides the medians, with --runs N.
PER_RUN_KEYS = (
    "index_pages_per_s",
    "reindex_unchanged_s",
    "query_ms",
    "cold_start_s",
    "rss_mb_search",
    "gui",
)
STALL_TICK_MS = 10
PACKAGES = ("Whoosh-Reloaded", "PyMuPDF", "PySide6-Essentials", "PyYAML")


# ---------------------------------------------------------------- source text


@dataclass(frozen=True)
class Block:
    """A heading (level 1–3) or a paragraph (level 0) of source text."""

    level: int
    text: str


@dataclass(frozen=True)
class Source:
    """One law (or generated text): its title and its blocks in reading order."""

    name: str
    title: str
    blocks: tuple[Block, ...]


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_HEADING = re.compile(r"^(#+)\s+(.*)$", re.M)


def parse_law(path: Path) -> Source:
    """A Lovdata Markdown file: YAML front matter, '#' headings per part, chapter and §."""
    raw = path.read_text(encoding="utf-8")
    title = path.stem
    front = _FRONT_MATTER.match(raw)
    if front:
        found = re.search(r'^tittel:\s*"?(.*?)"?\s*$', front.group(1), re.M)
        title = found.group(1) if found else title
        raw = raw[front.end() :]
    depths = sorted({len(m.group(1)) for m in _HEADING.finditer(raw) if len(m.group(1)) > 1}, reverse=True)
    # The deepest three heading depths become outline levels 3, 2, 1; shallower ones level 1.
    level_of = {depth: max(1, 3 - i) for i, depth in enumerate(depths)}
    blocks: list[Block] = []
    for para in re.split(r"\n\s*\n", raw):
        para = " ".join(para.replace("*", " ").split())
        if not para:
            continue
        heading = _HEADING.match(para)
        if heading and len(heading.group(1)) == 1:
            continue  # the law's own title: the document title covers it
        if heading:
            blocks.append(Block(level_of.get(len(heading.group(1)), 1), heading.group(2)))
        else:
            blocks.append(Block(0, para))
    return Source(path.stem, title, tuple(blocks))


_WORDS = (
    "kommunen regionen planen strategien tiltaket utviklingen klimatilpasning beredskap næringsliv "
    "kollektivtransport boligbygging sentrum fjorden havnen universitetet arealbruk samarbeid "
    "innbyggerne medvirkning folkehelse friluftsliv naturmangfold reindrift fiskeri havbruk turisme "
    "byggesaker konsekvensutredning samferdsel veg bane flyplass energi vannforsyning avløp skole "
    "barnehage kultur idrett helse omsorg "
    "Tromsø Balsfjord Karlsøy Lyngen Storfjord Kvænangen Nord-Troms Finnmark Sápmi"
).split()
_VERBS = "skal bør kan vil må".split()
_OBJECTS = "styrkes utredes prioriteres vurderes følges opp evalueres samordnes".split()


def generated_sources(count: int = 12, seed: int = 7) -> list[Source]:
    """Varied Norwegian planning prose, for machines without the law corpus."""
    rng = random.Random(seed)
    sources = []
    for n in range(count):
        blocks: list[Block] = []
        for chapter in range(1, 9):
            blocks.append(
                Block(1, f"Kapittel {chapter}. {rng.choice(_WORDS).capitalize()} og {rng.choice(_WORDS)}")
            )
            for section in range(1, 8):
                blocks.append(Block(2, f"{chapter}.{section} {rng.choice(_WORDS).capitalize()}"))
                for _ in range(3):
                    sentences = [
                        f"{rng.choice(_WORDS).capitalize()} i {rng.choice(_WORDS)} {rng.choice(_VERBS)} "
                        f"{rng.choice(_OBJECTS)} innen {rng.randint(2025, 2040)}."
                        for _ in range(rng.randint(3, 7))
                    ]
                    blocks.append(Block(0, " ".join(sentences)))
        sources.append(Source(f"plan-{n + 1}", f"Generert plan {n + 1}", tuple(blocks)))
    return sources


def load_sources() -> tuple[list[Source], str]:
    if LAWS_DIR.is_dir() and any(LAWS_DIR.glob("*.md")):
        return [parse_law(p) for p in sorted(LAWS_DIR.glob("*.md"))], "norwegian-laws"
    return generated_sources(), "generated"


# ---------------------------------------------------------------- corpus


@dataclass(frozen=True)
class DocSpec:
    """One PDF of the corpus: which source, which variant of it, how many pages."""

    file_name: str
    source: int
    variant: int
    pages: int


def plan_documents(total_pages: int, sources: Sequence[Source], seed: int = 2026) -> list[DocSpec]:
    """Documents of 50–300 pages (fewer when N is small) adding up to exactly N pages."""
    rng = random.Random(seed)
    docs: list[DocSpec] = []
    left = total_pages
    while left > 0:
        pages = min(left, rng.randint(MIN_DOC_PAGES, MAX_DOC_PAGES))
        if 0 < left - pages < MIN_DOC_PAGES // 2:
            pages = left  # no tiny tail document
        n = len(docs)
        source = n % len(sources)
        docs.append(
            DocSpec(
                f"{sources[source].name}-v{n // len(sources) + 1:03d}.pdf", source, n // len(sources), pages
            )
        )
        left -= pages
    return docs


def _document_lines(source: Source, variant: int) -> Iterator[tuple[int, str]]:
    """Endless (level, line) pairs of a source: chapters rotated and paragraphs shuffled per variant.

    Variant 0 is the text as written; later variants start elsewhere and reorder the
    paragraphs under each heading, so no two documents have the same pages.
    """
    rng = random.Random(variant * 7919 + len(source.blocks))
    groups: list[list[Block]] = []
    for block in source.blocks:
        if block.level or not groups:
            groups.append([])
        groups[-1].append(block)
    start = rng.randrange(len(groups)) if variant else 0
    rounds = 0
    while True:
        for group in groups[start:] + groups[:start]:
            head, body = (group[0], group[1:]) if group[0].level else (None, group)
            if variant or rounds:
                body = rng.sample(body, len(body))
            if head is not None:
                yield head.level, head.text
            for para in body:
                for line in textwrap.wrap(para.text, CHARS_PER_LINE, break_on_hyphens=False):
                    yield 0, line
                yield 0, ""
        rounds += 1


def render_document(spec: DocSpec, source: Source, path: Path) -> None:
    """Write one PDF: running header, bold headings that are also in the outline, a case number per page.

    The pages are written as raw PDF (Helvetica, WinAnsi: æøå § – « » survive
    extraction), then PyMuPDF adds the outline and metadata: ~20× faster than
    laying text out through PyMuPDF's Python API, which matters at 50,000 pages.
    """
    import pymupdf

    toc: list[list[Any]] = []
    lines = _document_lines(source, spec.variant)
    title = source.title if spec.variant == 0 else f"{source.title} (versjon {spec.variant + 1})"
    previous_level = 0
    streams: list[bytes] = []
    for number in range(1, spec.pages + 1):
        case = f"saksnr. {2020 + spec.variant % 7}/{spec.source * 1000 + number}"
        ops = [_text_op("F1", 8, 70, 44, f"{title[:90]} – {case}")]
        y = 80.0
        for _ in range(LINES_PER_PAGE):
            level, text = next(lines)
            if level:
                level = min(level, previous_level + 1)
                previous_level = level
                toc.append([level, text[:120], number])
                y += 4
            if text:
                ops.append(_text_op("F2" if level else "F1", 11 if level else 10, 70, y, text[:110]))
            y += 14
        ops.append(_text_op("F1", 8, 270, 800, f"Side {number} av {spec.pages}"))
        streams.append(b"BT\n" + b"\n".join(ops) + b"\nET")
    raw = _raw_pdf(streams)
    doc = pymupdf.open("pdf", raw)
    doc.set_toc(toc)
    doc.set_metadata({"title": title, "creationDate": f"D:{2020 + spec.variant % 7}0101000000+00'00'"})
    doc.save(str(path), garbage=1, deflate=True, no_new_id=True)
    doc.close()


_PAGE_HEIGHT = 842


def _text_op(font: str, size: int, x: float, top: float, text: str) -> bytes:
    """One line of text at (x, top) in top-down page coordinates, as PDF operators."""
    escaped = (
        text.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    )
    return b"1 0 0 1 %.1f %.1f Tm /%s %d Tf (%s) Tj" % (x, _PAGE_HEIGHT - top, font.encode(), size, escaped)


def _raw_pdf(streams: Sequence[bytes]) -> bytes:
    """A minimal PDF: catalog, page tree, two standard fonts and one content stream per page."""
    fonts = "/Font << /F1 3 0 R /F2 4 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in once the page numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for stream in streams:
        page_obj = len(objects) + 1
        kids.append(f"{page_obj} 0 R")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {_PAGE_HEIGHT}] "
            f"/Resources << {fonts} >> /Contents {page_obj + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _render_one(args: tuple[DocSpec, Source, str]) -> None:
    spec, source, path = args
    render_document(spec, source, Path(path))


def ensure_corpus(pages: int, work_dir: Path, log: Callable[[str], None]) -> tuple[Path, list[DocSpec], str]:
    """The library folder of N pages under ``work_dir``, generated once and reused while valid."""
    sources, origin = load_sources()
    docs = plan_documents(pages, sources)
    library = work_dir / "library"
    stamp = work_dir / "corpus.json"
    wanted = {"version": CORPUS_VERSION, "origin": origin, "files": [[d.file_name, d.pages] for d in docs]}
    try:
        if json.loads(stamp.read_text(encoding="utf-8")) == wanted and all(
            (library / d.file_name).is_file() for d in docs
        ):
            return library, docs, origin
    except (OSError, ValueError):
        pass
    log(f"building a corpus of {pages} pages in {len(docs)} PDFs from {origin} text under {library} …")
    started = time.monotonic()
    if library.exists():
        shutil.rmtree(library)
    library.mkdir(parents=True)
    jobs = [(d, sources[d.source], str(library / d.file_name)) for d in docs]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(_render_one, jobs, chunksize=4))
    stamp.write_text(json.dumps(wanted), encoding="utf-8")
    log(f"corpus ready in {time.monotonic() - started:.1f} s")
    return library, docs, origin


# ---------------------------------------------------------------- measurements


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size of this process (or its waited-for children), in MB (Linux: KiB)."""
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def dir_size_mb(folder: Path) -> float:
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6, 1)


def phase_index(library: Path, index_dir: Path, docs: list[DocSpec]) -> dict[str, Any]:
    """Extraction speed, cold indexing, unchanged and one-file re-indexing, in this (fresh) process."""
    from tromsvekst_desktop.core.copystore import STORE_DIR
    from tromsvekst_desktop.core.index import update_index
    from tromsvekst_desktop.core.pdftext import ExtractionPool, ExtractJob

    pages = sum(d.pages for d in docs)
    started = time.perf_counter()
    extracted = 0
    with ExtractionPool() as pool:
        for _job, result in pool.run(ExtractJob(str(library / d.file_name)) for d in docs):
            extracted += len(getattr(result, "pages", ()))
    extract_s = time.perf_counter() - started

    if index_dir.exists():
        shutil.rmtree(index_dir)
    started = time.perf_counter()
    cold = update_index(index_dir, [library])
    index_s = time.perf_counter() - started

    started = time.perf_counter()
    unchanged = update_index(index_dir, [library])
    unchanged_s = time.perf_counter() - started

    # Change one document of about 100 pages: re-rendered as another variant, then restored.
    changed = min(docs, key=lambda d: abs(d.pages - 100))
    path = library / changed.file_name
    original = path.read_bytes()
    sources, _ = load_sources()
    try:
        render_document(
            DocSpec(changed.file_name, changed.source, changed.variant + 500, changed.pages),
            sources[changed.source],
            path,
        )
        started = time.perf_counter()
        one = update_index(index_dir, [library])
        one_s = time.perf_counter() - started
    finally:
        path.write_bytes(original)
    update_index(index_dir, [library])  # back in line with the corpus for the search phase
    return {
        "extract_pages_per_s": round(extracted / extract_s, 1),
        "index_s": round(index_s, 2),
        "index_pages_per_s": round(pages / index_s, 1),
        "indexed_pages": cold.pages,
        "reindex_unchanged_s": round(unchanged_s, 3),
        "reindex_one_file_s": round(one_s, 3),
        "reindex_one_file_pages": changed.pages,
        # The local copies of the PDFs (core/copystore.py) are not the index: counted apart.
        "index_mb": round(dir_size_mb(index_dir) - dir_size_mb(index_dir / STORE_DIR), 1),
        "copies_mb": dir_size_mb(index_dir / STORE_DIR),
        "rss_mb_index": peak_rss_mb(),
        "rss_mb_extract_worker": peak_rss_mb(resource.RUSAGE_CHILDREN),
        "problems": len(cold.problems) + len(unchanged.problems) + len(one.problems),
    }


def query_mix(doc_id: str) -> list[tuple[str, str]]:
    """The fixed (kind, query) mix; every query returns up to 20 hits with snippets."""
    return [
        ("word", "planlegging"),
        ("word", "kommunestyret"),
        ("two words", "reguleringsplan dispensasjon"),
        ("two words", "kommunen tiltak"),
        ("phrase", '"universell utforming"'),
        ("phrase", '"berørte myndigheter"'),
        ("prefix", "bygg*"),
        ("prefix", "konsekvens*"),
        ("fuzzy", "reguleringsplen~"),
        ("fuzzy", "dispensasjn~"),
        # Quoted: unquoted, the query parser reads each "-part" of the id as NOT part.
        ("filter", f'doc:"{doc_id}" tiltak'),
        ("filter", f'doc:"{doc_id}" kommunen'),
    ]


def phase_search(index_dir: Path, doc_id: str, first_query: str) -> dict[str, Any]:
    """Cold start (import + open + first query), then the query mix; this process starts fresh."""
    started = time.perf_counter()
    from tromsvekst_desktop.core.search import SearchEngine

    engine = SearchEngine(index_dir)
    engine.search(first_query)
    cold_in_process = time.perf_counter() - started
    print("COLD", flush=True)  # the parent stops its cold-start clock here
    times: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    for _ in range(QUERY_ROUNDS):
        for kind, query in query_mix(doc_id):
            started = time.perf_counter()
            result = engine.search(query, limit=20)
            times.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            totals[query] = result.total
            assert all(hit.snippet.text for hit in result.hits)
    engine.close()
    every = sorted(t for ts in times.values() for t in ts)
    return {
        "cold_start_in_process_s": round(cold_in_process, 3),
        "query_ms": _percentiles(every),
        "query_ms_by_kind": {kind: _percentiles(sorted(ts)) for kind, ts in times.items()},
        "query_hits": totals,
        "rss_mb_search": peak_rss_mb(),
    }


def _percentiles(sorted_ms: list[float]) -> dict[str, float]:
    def at(q: float) -> float:
        return sorted_ms[min(len(sorted_ms) - 1, math.ceil(q * len(sorted_ms)) - 1)]

    return {
        "p50": round(statistics.median(sorted_ms), 1),
        "p95": round(at(0.95), 1),
        "max": round(sorted_ms[-1], 1),
    }


def phase_gui_launch(index_dir: Path, library: Path) -> dict[str, Any]:  # pragma: no cover - needs Qt
    """Start the real application on an existing index; say LAUNCHED once its window is shown and idle.

    A zero-delay timer set before the event loop starts fires only once the loop runs
    with the window shown: the moment the window answers input. The application's own
    start-up indexing run (the bundled plans are new to this index) is then stopped.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tromsvekst_desktop.gui.app import run
    from tromsvekst_desktop.gui.main_window import MainWindow
    from tromsvekst_desktop.gui.workers.indexer import IndexController

    app = QApplication([sys.argv[0]])

    def launched() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(1, launched)
            return
        print("LAUNCHED", flush=True)
        for controller in windows[0].findChildren(IndexController):
            controller.shutdown()
        windows[0].close()
        app.exit(0)

    QTimer.singleShot(0, launched)
    argv = ["--index-dir", str(index_dir), "--library", str(library), "--no-crash-dialog", "--lang", "nb"]
    return {"exit_code": run(argv)}


def phase_gui_stall(library: Path, index_dir: Path) -> dict[str, Any]:  # pragma: no cover - needs Qt
    """The longest gap between ticks of a 10 ms GUI timer while an IndexController builds the index."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    from tromsvekst_desktop.gui.workers.indexer import IndexController

    if index_dir.exists():
        shutil.rmtree(index_dir)
    app = QCoreApplication([sys.argv[0]])
    controller = IndexController(index_dir, [library])
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(STALL_TICK_MS)
    timer.timeout.connect(tick)
    controller.finished.connect(lambda _summary: app.exit(0))
    controller.failed.connect(lambda _message: app.exit(1))
    clock.start()
    timer.start()
    controller.start()
    code = app.exec()
    timer.stop()
    seconds = clock.elapsed() / 1000
    gaps.sort()
    return {
        "exit_code": code,
        "max_stall_ms": round(max(0.0, gaps[-1] - STALL_TICK_MS), 1),
        "p99_tick_gap_ms": round(gaps[int(0.99 * (len(gaps) - 1))], 1),
        "index_s": round(seconds, 2),
    }


def measure_gui(work: Path) -> dict[str, Any]:
    """Launch time (median of runs) on a copy of the index, then the stall while indexing anew."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # A private settings and log folder: the user's own settings are neither read nor changed.
    env["XDG_CONFIG_HOME"] = str(work / "gui-home" / "config")
    env["XDG_DATA_HOME"] = str(work / "gui-home" / "data")
    copy = work / "gui-index"
    launches: list[float] = []
    for _ in range(LAUNCH_RUNS):
        if copy.exists():
            shutil.rmtree(copy)
        shutil.copytree(work / "index", copy)
        started = time.perf_counter()
        process = _child("gui-launch", ["--work", str(work)], env)
        assert process.stdout is not None
        line = process.stdout.readline()
        launches.append(time.perf_counter() - started)
        if line.strip() != "LAUNCHED":
            raise SystemExit("the window did not start")
        _child_result(process)
    stall = _child_result(_child("gui-stall", ["--work", str(work)], env))
    return {
        "launch_s": round(statistics.median(launches), 3),
        "max_stall_ms": stall["max_stall_ms"],
        "p99_tick_gap_ms": stall["p99_tick_gap_ms"],
        "index_s_in_window": stall["index_s"],
    }


# ---------------------------------------------------------------- orchestration


def _child(phase: str, args: Sequence[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tromsvekst_desktop.bench", "--phase", phase, *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)


def _child_result(process: subprocess.Popen[str]) -> dict[str, Any]:
    assert process.stdout is not None
    out = process.stdout.read()
    if process.wait() != 0:
        raise SystemExit(f"benchmark phase failed (exit code {process.returncode})")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def cold_start(work: Path, doc_id: str) -> tuple[float, dict[str, Any]]:
    """Wall time from starting a new Python process to its first query's answer (median of runs)."""
    runs: list[float] = []
    result: dict[str, Any] = {}
    for first_query in COLD_START_QUERIES:
        started = time.perf_counter()
        process = _child("search", ["--work", str(work), "--doc-id", doc_id, "--first-query", first_query])
        assert process.stdout is not None
        line = process.stdout.readline()
        runs.append(time.perf_counter() - started)
        if line.strip() != "COLD":
            raise SystemExit("search phase did not start")
        result = _child_result(process)
    return statistics.median(runs), result


def machine() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        ram_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        ram_gb = None
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": ram_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "packages": versions,
    }


def format_table(result: dict[str, Any]) -> str:
    q = result["query_ms"]
    rows = [
        ("pages", f"{result['pages']:,}"),
        ("runs", f"{result['runs']}" + (" (each number the median)" if result["runs"] > 1 else "")),
        ("text extraction", f"{result['extract_pages_per_s']:,.0f} pages/s"),
        (
            "indexing, cold, end-to-end",
            f"{result['index_pages_per_s']:,.0f} pages/s ({result['index_s']:.1f} s)",
        ),
        ("re-index, unchanged", f"{result['reindex_unchanged_s']:.2f} s"),
        (
            "re-index, one file changed",
            f"{result['reindex_one_file_s']:.2f} s ({result['reindex_one_file_pages']} pages)",
        ),
        ("index size", f"{result['index_mb']:.1f} MB"),
        ("query p50 / p95 / max", f"{q['p50']:.1f} / {q['p95']:.1f} / {q['max']:.1f} ms"),
        ("cold start", f"{result['cold_start_s']:.2f} s"),
        ("peak RSS indexing", f"{result['rss_mb_index']:.0f} MB"),
        ("peak RSS searching", f"{result['rss_mb_search']:.0f} MB"),
    ]
    for kind, stats in result["query_ms_by_kind"].items():
        rows.append((f"  {kind}", f"{stats['p50']:.1f} / {stats['p95']:.1f} / {stats['max']:.1f} ms"))
    if "gui" in result:
        rows.append(("window launch", f"{result['gui']['launch_s']:.2f} s"))
        rows.append(("longest GUI stall while indexing", f"{result['gui']['max_stall_ms']:.0f} ms"))
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def run_benchmark(
    pages: int, work_dir: Path, gui: bool, log: Callable[[str], None], runs: int = 1
) -> dict[str, Any]:
    work = work_dir / str(pages)
    work.mkdir(parents=True, exist_ok=True)
    _library, docs, origin = ensure_corpus(pages, work, log)
    doc_id = re.sub(r"[^a-z0-9æøå]+", "-", Path(docs[0].file_name).stem.lower()).strip("-")
    measured: list[dict[str, Any]] = []
    for run in range(runs):
        prefix = f"run {run + 1} of {runs}: " if runs > 1 else ""
        log(f"{prefix}indexing …")
        one = _child_result(_child("index", ["--work", str(work), "--pages", str(pages)]))
        log(f"{prefix}searching …")
        cold, search = cold_start(work, doc_id)
        one["cold_start_s"] = round(cold, 3)
        one.update(search)
        if gui:
            log(f"{prefix}desktop window …")
            one["gui"] = measure_gui(work)
        measured.append(one)
    result: dict[str, Any] = {"pages": pages, "documents": len(docs), "corpus": origin, "runs": runs}
    result.update(median_of_runs(measured))
    if runs > 1:
        result["per_run"] = [{key: one[key] for key in PER_RUN_KEYS if key in one} for one in measured]
    result["machine"] = machine()
    return result


def median_of_runs(runs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Every number the median over the runs (in nested tables too); anything else from the first."""
    combined: dict[str, Any] = {}
    for key, first in runs[0].items():
        values = [run[key] for run in runs]
        if isinstance(first, Mapping):
            combined[key] = median_of_runs(values)
        elif isinstance(first, int) and not isinstance(first, bool):
            combined[key] = statistics.median_low(values)  # counts stay whole
        elif isinstance(first, float):
            combined[key] = round(statistics.median(values), 3)
        else:
            combined[key] = first
    return combined


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tromsvekst_desktop.bench", description=__doc__)
    parser.add_argument("--pages", type=int, default=1000, help="corpus size in PDF pages (default 1000)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--gui", action="store_true", help="also measure the desktop window (needs Qt)")
    parser.add_argument(
        "--runs", type=int, default=1, help="measure N times and report the median of each number (default 1)"
    )
    parser.add_argument(
        "--keep", type=Path, help="work folder for corpus and index (default: a cache folder)"
    )
    parser.add_argument(
        "--phase", choices=("index", "search", "gui-launch", "gui-stall"), help=argparse.SUPPRESS
    )
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--doc-id", help=argparse.SUPPRESS)
    parser.add_argument("--first-query", default=COLD_START_QUERIES[0], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        return _run_phase(args)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    work_dir = args.keep or DEFAULT_WORK_DIR

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    result = run_benchmark(args.pages, work_dir, args.gui, log, args.runs)
    print(format_table(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _run_phase(args: argparse.Namespace) -> int:
    work: Path = args.work
    index_dir = work / "index"
    if args.phase == "index":
        sources, _ = load_sources()
        result = phase_index(work / "library", index_dir, plan_documents(args.pages, sources))
    elif args.phase == "search":
        result = phase_search(index_dir, args.doc_id, args.first_query)
    elif args.phase == "gui-launch":
        result = phase_gui_launch(work / "gui-index", work / "library")
    else:
        result = phase_gui_stall(work / "library", work / "gui-stall-index")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
