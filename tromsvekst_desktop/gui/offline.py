"""The window's side of offline use: which library folders are offline, what it says about them,
and the local copy a PDF opens from when its source cannot be read (see core/offline.py and
core/copystore.py)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from tromsvekst_desktop.core.copystore import CopyStore
from tromsvekst_desktop.core.index import indexed_hash
from tromsvekst_desktop.core.offline import OfflineRoot
from tromsvekst_desktop.gui.problem_text import translated_reason


def _date_time(iso: str) -> QDateTime:
    return QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime()


def day_text(when: QDateTime) -> str:
    """ "3. des." in Norwegian, "3 Dec" in English."""
    return QLocale().toString(when, QCoreApplication.translate("Offline", "d MMM"))


def day_and_time_text(when: QDateTime) -> str:
    """ "3. des. kl. 14.05" in Norwegian, "3 Dec at 14:05" in English."""
    return QLocale().toString(when, QCoreApplication.translate("Offline", "d MMM 'at' HH:mm"))


def folder_name(root: OfflineRoot) -> str:
    return Path(root.path).name or root.path


def offline_note(root: OfflineRoot) -> str:
    """ "Frakoblet: Planer – viser innholdet slik det var ved indeksering 3. des. kl. 14.05" """
    if root.indexed is None:
        return QCoreApplication.translate(
            "Offline", "Offline: %1 – showing the content as it was when last indexed"
        ).replace("%1", folder_name(root))
    return (
        QCoreApplication.translate("Offline", "Offline: %1 – showing the content as it was when indexed %2")
        .replace("%1", folder_name(root))
        .replace("%2", day_and_time_text(_date_time(root.indexed)))
    )


def offline_details(root: OfflineRoot) -> str:
    """A root's folder, why it is offline and since when (for tooltips)."""
    return (
        QCoreApplication.translate("Offline", "%1: %2, since %3")
        .replace("%1", root.path)
        .replace("%2", translated_reason(root.reason))
        .replace("%3", day_and_time_text(_date_time(root.since)))
    )


def copy_note(copy: Path) -> str:
    """ "Viser lokal kopi fra 3. des. – originalen er ikke tilgjengelig" """
    made = QDateTime.fromSecsSinceEpoch(int(copy.stat().st_mtime))
    return QCoreApplication.translate(
        "Offline", "Showing the local copy from %1 – the original is not available"
    ).replace("%1", day_text(made))


class LocalCopies:
    """Finds the local copy of an indexed PDF by its path (for the viewer, see PdfViewer.set_copies)."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self.store = CopyStore(index_dir)

    def copy_for(self, source: Path) -> Path | None:
        """The verified copy of ``source`` as it was indexed; DamagedCopy when it was damaged."""
        digest = indexed_hash(self.index_dir, str(source.resolve()))
        return None if digest is None else self.store.open_copy(digest)


def is_readable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.R_OK)


class OfflineStatus(QLabel):
    """The status bar's note on offline library folders; hidden while every folder can be read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineStatus")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._roots: list[OfflineRoot] = []
        self.setVisible(False)

    def set_roots(self, roots: Sequence[OfflineRoot]) -> None:
        self._roots = list(roots)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setVisible(bool(self._roots))
        if not self._roots:
            self.clear()
            return
        if len(self._roots) == 1:
            text = offline_note(self._roots[0])
        else:
            text = QCoreApplication.translate(
                "Offline", "Offline: %1 folders – showing their content as it was when last indexed"
            ).replace("%1", QLocale().toString(len(self._roots)))
        self.setText("⏏ " + text)
        self.setAccessibleName(text)
        self.setToolTip("\n".join(offline_details(root) for root in self._roots))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
