"""The Qt binding in use does not corrupt Python's reference counts (a crash after hours of use)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    # PySide6-Essentials 6.12.0 on Python 3.11 took one reference off None per void
    # call; after a few thousand calls the process died with "none_dealloc".
    label = QLabel()
    qtbot.addWidget(label)
    document = QTextDocument()
    before = sys.getrefcount(None)
    for n in range(500):
        label.setText(f"treff {n}")
        document.setTextWidth(100 + n % 7)
    assert sys.getrefcount(None) - before > -50
