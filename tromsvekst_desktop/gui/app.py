"""Start the desktop application: arguments, QApplication, logging, translators, crash hook, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tromsvekst_desktop import __version__
from tromsvekst_desktop.core.library import default_index_dir, library_roots
from tromsvekst_desktop.core.librarydata import load_library
from tromsvekst_desktop.core.settings import LANGUAGES, Settings

log = logging.getLogger(__name__)

APP_NAME = "Tromsvekst"
SCREENSHOT_DELAY_MS = 300  # at least this long after start, for layout and painting
SCREENSHOT_POLL_MS = 100
SCREENSHOT_MAX_WAIT_S = 120.0


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tromsvekst-desktop", description="Tromsvekst Desktop")
    parser.add_argument("--index-dir", metavar="DIR", help="where the search index is kept")
    parser.add_argument(
        "--library", metavar="PATH", action="append", default=[], help="a library folder (repeatable)"
    )
    parser.add_argument("--search", metavar="QUERY", help="search for QUERY at start")
    parser.add_argument("--screenshot", metavar="FILE", help="save a picture of the window to FILE and exit")
    parser.add_argument(
        "--screenshot-report",
        metavar="FILE",
        help="with --screenshot: also write the screen and window geometry to FILE as JSON",
    )
    parser.add_argument(
        "--no-crash-dialog", action="store_true", help="log unexpected errors without a dialog"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language (default: from settings)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    if args.index_dir and not Path(args.index_dir).parent.is_dir():
        parser.error(f"--index-dir: the folder {Path(args.index_dir).parent} does not exist")
    return args


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in (
        "win32",
        "darwin",
    )


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.screenshot and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Qt is imported after the platform choice above: it is read when QApplication starts.
    from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from tromsvekst_desktop.gui.contrast import accessible_palette
    from tromsvekst_desktop.gui.crash import CrashHandler, enable_faulthandler
    from tromsvekst_desktop.gui.i18n import install_translators
    from tromsvekst_desktop.gui.main_window import MainWindow
    from tromsvekst_desktop.gui.window_report import write_report

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("tromsvekst-desktop")
    app.setPalette(accessible_palette(app.palette()))  # selected rows readable in every view

    config_dir = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
    data_dir = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    log_dir = data_dir / "logs"
    log_file = _setup_logging(log_dir)
    enable_faulthandler(log_dir / "native-crash.log")
    crash = CrashHandler(log_file, show_dialog=not args.no_crash_dialog, parent=app)
    crash.install()

    settings_path = config_dir / "settings.json"
    settings = Settings.load(settings_path)
    language = args.lang or settings.language
    install_translators(app, language)

    # The core never asks Qt for paths: the window's search engine opens this folder.
    index_dir = Path(args.index_dir or settings.index_dir or default_index_dir())
    log.info("index folder: %s", index_dir)
    roots = library_roots(args.library, bundled=settings.include_bundled, folders=settings.library_folders)
    forest, documents = load_library(roots, index_dir)
    window = MainWindow(forest, documents, window_state=QSettings(), language=language)
    window.search.set_compound_matching(settings.compound_matching)

    def change_language(code: str) -> None:
        install_translators(app, code)
        settings.language = code
        settings.save(settings_path)

    window.languageChangeRequested.connect(change_language)
    # Indexing (automatic on the first start, incremental afterwards), the library
    # watcher, the problems panel, the settings dialog, goal import and editing.
    library_tools = window.attach_library(settings, settings_path, index_dir, roots)
    window.show()
    if args.search:
        window.search.search_for(args.search)
        if not window.search.open_first_hit():
            # First start: the hits arrive once the index is built and the window has it.
            window.search.indexFollowed.connect(
                window.search.open_first_hit, Qt.ConnectionType.SingleShotConnection
            )

    if args.screenshot:
        target = Path(args.screenshot)
        # Grab once every part of the window has settled (the search has been answered).
        settled: list[Callable[[], bool]] = [
            lambda: not library_tools.controller.is_running(),
            lambda: not window.search.is_pending(),
        ]
        started = time.monotonic()

        def shoot_when_settled() -> None:
            waited = time.monotonic() - started
            if not all(check() for check in settled) and waited < SCREENSHOT_MAX_WAIT_S:
                QTimer.singleShot(SCREENSHOT_POLL_MS, shoot_when_settled)
                return
            if waited >= SCREENSHOT_MAX_WAIT_S:
                log.warning("screenshot: the window did not settle in %.0f s", SCREENSHOT_MAX_WAIT_S)
            # Layout requests of the last update (e.g. the facet rows) are posted events:
            # deliver them, so the picture shows the finished layout.
            for _ in range(3):
                QApplication.sendPostedEvents()
                QApplication.processEvents()
            ok = window.grab().save(str(target))
            if args.screenshot_report:
                write_report(window, Path(args.screenshot_report))
            log.info("screenshot %s: %s", target, "saved" if ok else "FAILED")
            window.close()
            app.exit(0 if ok else 1)

        # Let the event loop lay out and paint before the first look.
        QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot_when_settled)
    code = app.exec()
    crash.uninstall()
    return code


def _setup_logging(log_dir: Path) -> Path | None:
    """Log to stderr and to a file in the user's data folder (None when it cannot be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stderr = logging.StreamHandler()
    stderr.setFormatter(formatter)
    root.addHandler(stderr)
    log_file = log_dir / "tromsvekst.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log file %s: %s", log_file, exc)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return log_file
