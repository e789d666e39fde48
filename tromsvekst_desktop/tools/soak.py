"""Soak: the main window left open while a library folder changes underneath it.

``python -m tromsvekst_desktop.tools.soak --updates 40 --searches 200`` opens the real main
window (offscreen) over the bundled plans and a library folder. Per update it types
searches, then adds a copy of a plan PDF to the folder and removes the previous copy,
and lets the window's own indexer commit (a child process, started as the folder
watcher starts it) with a query on screen, a hit selected and its page in the viewer.
After each update it prints: searches so far, the window's hits against a freshly
opened engine (differing queries, hits of the removed copy), RSS, open index files
(and how many of them were deleted from disk), segments held by the window's engine
and in the index, and the longest frame from the commit until the results are back.
Exits 1 when any update left the window's hits different from a fresh engine's.

``--f3`` measures F3 instead: a PDF of ~300 pages of Norwegian law text (the bench
corpus), the viewer opened on page 1 with the marks of ``bolig*``, then F3 pressed
through all its pages with hits, at once and again after the viewer has looked ahead;
per press the time until the page is shown and the longest frame meanwhile.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tromsvekst_desktop.core.index import INDEX_NAME
from tromsvekst_desktop.core.search import SearchEngine, SearchResult

if TYPE_CHECKING:  # Qt is imported only when a soak runs: the helpers above it serve Qt-free tests
    from tromsvekst_desktop.gui.library_wiring import LibraryTools
    from tromsvekst_desktop.gui.main_window import MainWindow

BUNDLED_PDF = Path(__file__).resolve().parents[2] / "resources" / "documents" / "tromsvekstavtalen.pdf"
COPY_PREFIX = "soakcopy"
# Typed between updates: plain words, a prefix, a phrase, a fuzzy word, filters.
TYPED_QUERIES = (
    "bolig",
    "klimatilpasning",
    "bolig*",
    '"grønn omstilling"',
    "kollektivtransport OR næringsutvikling",
    "besøksforvaltning~",
    "kind:goal",
    "areal*",
)
# Compared with a fresh engine after each update (with the copies' own doc: queries).
CHECKED_QUERIES = ("bolig", "klimatilpasning", "bolig*", "kind:goal")
FRAME_TICK_MS = 10
# After the results are back, frames are watched this much longer (the repaint).
SETTLE_WATCH_S = 0.3
UPDATE_TIMEOUT_S = 120.0


def open_index_files(index_dir: Path) -> list[str]:
    """The files of ``index_dir`` this process holds open or mapped (Linux /proc), sorted;
    a file deleted from disk ends in " (deleted)"."""
    prefix = str(index_dir.resolve()) + os.sep
    found: set[str] = set()
    fd_dir = Path("/proc/self/fd")
    for fd in fd_dir.iterdir() if fd_dir.is_dir() else ():
        try:
            target = os.readlink(fd)
        except OSError:  # closed meanwhile (e.g. the listing's own descriptor)
            continue
        if target.startswith(prefix):
            found.add(target)
    maps = Path("/proc/self/maps")
    if maps.is_file():
        for line in maps.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split(None, 5)
            if len(parts) == 6 and parts[5].startswith(prefix):
                found.add(parts[5])
    return sorted(found)


def rss_mb() -> float:
    """This process's resident memory now, in MB (0 where /proc is missing)."""
    status = Path("/proc/self/status")
    if not status.is_file():
        return 0.0
    for line in status.read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def hit_keys(result: SearchResult) -> tuple[int, tuple[tuple[str, str | None, int | None, str | None], ...]]:
    """What a user sees of a result: the count and which pages and goals are hits."""
    return result.total, tuple((h.kind, h.doc_id, h.page, h.node_id) for h in result.hits)


@dataclass(frozen=True)
class SoakRow:
    """The state after one update."""

    update: int
    searches: int
    differing: int  # checked queries whose hits differ from a fresh engine's
    stale_hits: int  # hits of copies already removed from the folder
    rss_mb: float
    open_files: int
    deleted_open: int  # open files already deleted from disk
    segments_held: int
    segments_in_index: int
    worst_frame_ms: float  # from the commit until the results are back on screen


HEADER = (
    "update",
    "searches",
    "differ",
    "stale",
    "RSS MB",
    "open files",
    "deleted",
    "segments",
    "worst frame",
)


def format_table(rows: Sequence[SoakRow]) -> str:
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join("---:" for _ in HEADER) + "|",
    ]
    for r in rows:
        cells = (
            str(r.update),
            str(r.searches),
            str(r.differing),
            str(r.stale_hits),
            f"{r.rss_mb:.1f}",
            str(r.open_files),
            str(r.deleted_open),
            f"{r.segments_held} / {r.segments_in_index}",
            f"{r.worst_frame_ms:.0f} ms",
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


class Soak:  # pragma: no cover - exercised by tests/gui/test_soak.py and the tool
    """Drives a window wired to its library tools through updates of ``folder``."""

    def __init__(
        self,
        window: MainWindow,
        tools: LibraryTools,
        folder: Path,
        template_pdf: Path,
        *,
        on_screen_query: str = "bolig",
        typed_queries: Sequence[str] = TYPED_QUERIES,
        checked_queries: Sequence[str] = CHECKED_QUERIES,
    ) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.window = window
        self.tools = tools
        self.folder = folder
        self.template = template_pdf.read_bytes()
        self.on_screen_query = on_screen_query
        self.typed_queries = tuple(typed_queries)
        self.checked_queries = tuple(checked_queries)
        self.searches = 0
        self.updates = 0
        self._committed = False
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_tick = 0.0
        self._worst_gap = 0.0
        self._ticker = QTimer()
        self._ticker.setInterval(FRAME_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        tools.controller.indexChanged.connect(self._on_committed)

    # --- frames -------------------------------------------------------------------------

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        self._worst_gap = max(self._worst_gap, now - self._last_tick - FRAME_TICK_MS)
        self._last_tick = now

    def _on_committed(self) -> None:
        self._committed = True
        self._last_tick = self._clock.nsecsElapsed() / 1e6
        self._worst_gap = 0.0

    # --- driving the window -------------------------------------------------------------

    def wait_until(self, done: Callable[[], bool], timeout_s: float = UPDATE_TIMEOUT_S) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not settle")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.002)

    def settled(self) -> bool:
        return not self.window.search.is_pending() and not self.tools.controller.is_running()

    def search(self, query: str) -> SearchResult | None:
        """Type ``query`` and press Enter, as a user would; the result on screen."""
        self.window.search.set_text(query)
        self.window.search.search_now()
        self.searches += 1
        self.wait_until(self.settled)
        return self.window.search.result()

    def type_searches(self, count: int) -> None:
        for n in range(count):
            self.search(self.typed_queries[(self.searches + n) % len(self.typed_queries)])

    def build(self) -> None:
        """The first index of the library, as the window builds it on its first start."""
        self.tools.controller.start()
        self.wait_until(lambda: not self.tools.controller.is_running())

    def update(self) -> None:
        """Add the next copy, remove the previous one, and let the window's indexer commit
        with the on-screen query showing a selected hit and its page."""
        self.search(self.on_screen_query)
        self.window.search.open_first_hit()
        self.updates += 1
        # A comment after the end makes each copy a new file (same bytes would be a move).
        self.copy_path(self.updates).write_bytes(
            self.template + f"\n%{COPY_PREFIX} {self.updates}\n".encode()
        )
        self.copy_path(self.updates - 1).unlink(missing_ok=True)
        self._committed = False
        self.tools.controller.start()
        self.wait_until(lambda: self._committed and self.settled())
        settled_at = time.monotonic()
        self.wait_until(lambda: time.monotonic() - settled_at >= SETTLE_WATCH_S)

    def copy_path(self, number: int) -> Path:
        return self.folder / f"{COPY_PREFIX}{number:03d}.pdf"

    # --- measuring ----------------------------------------------------------------------

    def row(self) -> SoakRow:
        """Compare the window's hits with a fresh engine's, then measure what it holds."""
        worst = self._worst_gap
        index_dir = self.tools.index_dir
        # Every copy removed so far, in one query.
        removed = " OR ".join(f"doc:{COPY_PREFIX}{n:03d}" for n in range(self.updates))
        queries = [*self.checked_queries, f"doc:{COPY_PREFIX}{self.updates:03d}", removed]
        differing = stale = 0
        with SearchEngine(index_dir) as fresh:
            for query in queries:
                shown = self.search(query)
                want = fresh.search(query, limit=200)
                if shown is None or hit_keys(shown) != hit_keys(want):
                    differing += 1
                if query == removed and shown is not None:
                    stale = shown.total
        files = open_index_files(index_dir)
        engine = self.window.search.engine()
        return SoakRow(
            update=self.updates,
            searches=self.searches,
            differing=differing,
            stale_hits=stale,
            rss_mb=rss_mb(),
            open_files=len(files),
            deleted_open=sum(1 for f in files if f.endswith(" (deleted)")),
            segments_held=len(engine.held_segments()) if engine is not None else 0,
            segments_in_index=len(list(index_dir.glob(f"{INDEX_NAME}_*.seg"))),
            worst_frame_ms=worst,
        )

    def close(self) -> None:
        self._ticker.stop()


F3_WORDS_PER_PAGE = 450
F3_MAX_PAGES = 320


def measure_f3(work: Path, query: str, presses: int) -> str:  # pragma: no cover - a tool
    """Press F3 ``presses`` times in the viewer, right after opening and once it has looked ahead."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from tromsvekst_desktop.core.index import update_index
    from tromsvekst_desktop.gui.widgets.pdf_viewer import PdfViewer
    from tromsvekst_desktop.tools.bench import default_corpus, load_sources
    from tromsvekst_desktop.tools.pdfwrite import write_text_pdf

    sources, kind = load_sources(default_corpus())
    words = " ".join(block.text for source in sources for block in source.blocks).split()
    pages = [
        " ".join(words[i : i + F3_WORDS_PER_PAGE])
        for i in range(0, min(len(words), F3_WORDS_PER_PAGE * F3_MAX_PAGES), F3_WORDS_PER_PAGE)
    ]
    pdf = write_text_pdf(work / "library" / "stor.pdf", pages, title="Stor")
    update_index(work / "index", [work / "library"])
    with SearchEngine(work / "index") as engine:
        result = engine.search(query, limit=1000)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    viewer = PdfViewer()
    viewer.resize(700, 900)
    viewer.show()
    clock = QElapsedTimer()
    clock.start()
    last, worst = [0.0], [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        worst[0] = max(worst[0], now - last[0] - FRAME_TICK_MS)
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(FRAME_TICK_MS)
    ticker.timeout.connect(tick)
    ticker.start()
    lines = [
        f"{len(pages)} pages of {kind} text, {len({h.page for h in result.hits})} with hits of {query}",
        "| when | presses | longest until shown | longest frame |",
        "|---|---:|---:|---:|",
    ]
    for when, settle_s in (("right after opening", 0.0), ("after looking ahead", 2.0)):
        viewer.close_document()
        viewer.open(pdf, 1, result.rule)
        settled_at = time.monotonic()
        while time.monotonic() - settled_at < settle_s:
            app.processEvents()
        shown, frames = [], []
        for _ in range(presses):
            last[0], worst[0] = clock.nsecsElapsed() / 1e6, 0.0
            started = time.perf_counter()
            viewer.next_hit()
            while viewer.is_seeking():
                app.processEvents()
            app.processEvents()
            shown.append((time.perf_counter() - started) * 1000)
            frames.append(max(worst[0], 0.0))
        lines.append(f"| {when} | {presses} | {max(shown):.0f} ms | {max(frames):.0f} ms |")
    ticker.stop()
    viewer.close()
    return "\n".join(lines)


def open_soak(
    work: Path, *, bundled: bool, template_pdf: Path
) -> tuple[Soak, Callable[[], None]]:  # pragma: no cover
    """A shown main window over ``work``/library (and the bundled plans), with its indexing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tromsvekst_desktop.core.library import library_roots
    from tromsvekst_desktop.core.librarydata import load_library
    from tromsvekst_desktop.core.settings import Settings
    from tromsvekst_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    folder = work / "library"
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(library_folders=[str(folder)], include_bundled=bundled)
    roots = library_roots(bundled=bundled, folders=[folder])
    forest, documents = load_library(roots)
    state = QSettings(str(work / "window-state.ini"), QSettings.Format.IniFormat)
    window = MainWindow(forest, documents, window_state=state, language="nb")
    index_dir = work / "index"
    window.search.set_index_dir(index_dir)
    tools = window.attach_library(settings, work / "settings.json", index_dir, roots, start=False)
    tools.watcher.changed.disconnect(tools.controller.start)  # the soak starts each update itself
    window.resize(1400, 850)
    window.show()
    soak = Soak(window, tools, folder, template_pdf)

    def close() -> None:
        soak.close()
        tools.shutdown()
        window.close()
        app.processEvents()

    return soak, close


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - a tool
    parser = argparse.ArgumentParser(prog="python -m tromsvekst_desktop.tools.soak", description=__doc__)
    parser.add_argument("--updates", type=int, default=40, help="background updates (default 40)")
    parser.add_argument("--searches", type=int, default=200, help="searches typed per update (default 200)")
    parser.add_argument("--no-bundled", action="store_true", help="leave the bundled plans out")
    parser.add_argument("--pdf", type=Path, default=BUNDLED_PDF, help="the PDF copied in and out")
    parser.add_argument("--keep", type=Path, help="work folder (default: a temporary one, removed)")
    parser.add_argument("--f3", action="store_true", help="measure F3 through a large PDF instead")
    parser.add_argument("--query", default="bolig*", help="the marks F3 goes through (default bolig*)")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="tromsvekst-soak-"))
    if args.f3:
        try:
            print(measure_f3(work, args.query, presses=40))
        finally:
            if args.keep is None:
                shutil.rmtree(work, ignore_errors=True)
        return 0
    soak, close = open_soak(work, bundled=not args.no_bundled, template_pdf=args.pdf)
    rows: list[SoakRow] = []
    started = time.monotonic()
    try:
        soak.build()
        for _ in range(args.updates):
            soak.type_searches(args.searches)
            soak.update()
            rows.append(soak.row())
            print(format_table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    finally:
        close()
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{soak.searches} searches, {soak.updates} updates in {time.monotonic() - started:.0f} s")
    print(format_table(rows))
    return 1 if any(r.differing for r in rows) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
