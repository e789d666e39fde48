"""The crash hook: unexpected errors are logged with their traceback and offered for copying."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tromsvekst_desktop.gui.crash import CrashDialog, CrashHandler


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[str] = []

    @Slot(str)
    def take(self, details: str) -> None:
        self.received.append(details)


def test_uncaught_exceptions_are_logged_and_signalled(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    handler = CrashHandler(log_file=None, show_dialog=False)
    handler.install()
    try:
        with qtbot.waitSignal(handler.errorOccurred) as main_error, caplog.at_level(logging.ERROR):
            try:
                raise ValueError("ødelagt side")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        assert "ValueError: ødelagt side" in main_error.args[0]
        assert "ValueError: ødelagt side" in caplog.text

        # A GUI-thread receiver: the signal comes from the worker thread, queued to this one.
        receiver = _Receiver()
        handler.errorOccurred.connect(receiver.take)
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(receiver.received))
        assert "ZeroDivisionError" in receiver.received[0]
    finally:
        handler.uninstall()
    assert sys.excepthook is sys.__excepthook__


def test_dialog_copies_the_details(qtbot: QtBot) -> None:
    dialog = CrashDialog("Traceback …\nValueError: x", log_file=None)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback …\nValueError: x"
