"""The crash hook: log unexpected exceptions with their traceback and show them in a dialog."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """The traceback of an unexpected error, with a button that copies it for a bug report."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        intro = self.tr(
            "Something went wrong that Tromsvekst did not expect. You can usually go on working; "
            "if the error comes back, copy the details below into a bug report."
        )
        if log_file is not None:
            intro += " " + self.tr("The details are also saved in %1.").replace("%1", str(log_file))
        label = QLabel(intro, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashHandler(QObject):
    """Installs sys.excepthook and threading.excepthook; shows errors on the GUI thread.

    The hooks may run in any thread, so they only log and emit ``errorOccurred``; the
    queued connection delivers it to ``_show`` in the GUI thread.
    """

    errorOccurred = Signal(str)

    def __init__(self, log_file: Path | None, show_dialog: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._showing = False
        self.errorOccurred.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__

    def _excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(kind, value, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error:\n%s", details)
        self.errorOccurred.emit(details)

    @Slot(str)
    def _show(self, details: str) -> None:
        # One dialog at a time: an error raised in a loop must not stack up windows.
        if not self.show_dialog or self._showing:
            return
        self._showing = True
        try:
            CrashDialog(details, self.log_file, QApplication.activeWindow()).exec()
        finally:
            self._showing = False


_fault_file: IO[str] | None = None


def enable_faulthandler(path: Path) -> None:
    """Write native crashes (segfaults in MuPDF or Qt) to ``path``; the file stays open."""
    global _fault_file
    path.parent.mkdir(parents=True, exist_ok=True)
    _fault_file = path.open("a", encoding="utf-8")
    faulthandler.enable(file=_fault_file, all_threads=True)
