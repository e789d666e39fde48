"""The status bar's indexing part: progress with Cancel while a run lasts, then the problems button."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStyle, QToolButton, QWidget

from tromsvekst_desktop.core.index import IndexSummary
from tromsvekst_desktop.core.jobs import Progress
from tromsvekst_desktop.gui.workers.indexer import IndexController

SHOW_AFTER_MS = 500  # quick runs (nothing changed) pass without anything flashing by
MESSAGE_MS = 5000
ERROR_MS = 20000


def count_text(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` with %1 set to the count in the locale's digits ("1 234 sider").

    Bokmål and English share the rule (1 vs. the rest), so two plain messages are enough;
    Qt's %n numerus forms would need an English catalogue to avoid "page(s)".
    """
    return (one if count == 1 else many).replace("%1", QLocale().toString(count))


class FittingLabel(QLabel):
    """Shows the most detailed of its texts that fits: with little room the details go first.

    The first text is the full one (``full_text``); the last is elided if even it does not fit.
    """

    MIN_WIDTH = 240  # a long message may shrink to this, elided (the tooltip has it whole)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._variants = [""]

    def set_variants(self, variants: list[str]) -> None:
        self._variants = variants or [""]
        self.updateGeometry()
        self._fit()

    def setText(self, text: str) -> None:
        self.set_variants([text])

    def full_text(self) -> str:
        return self._variants[0]

    def sizeHint(self) -> QSize:
        return self._hint(self._variants[0])

    def minimumSizeHint(self) -> QSize:
        hint = self._hint(self._variants[-1])
        return QSize(min(hint.width(), self.MIN_WIDTH), hint.height())

    def _hint(self, text: str) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - 2
        text = next((t for t in self._variants if metrics.horizontalAdvance(t) <= room), None)
        if text is None:
            text = metrics.elidedText(self._variants[-1], Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            super().setText(text)


class IndexStatus(QWidget):
    """Shows e.g. "Indekserer 3/12 dokumenter · 1 234 sider · 210 sider/s · ca. 20 s igjen [Avbryt]".

    Fed by an IndexController (``watch``); asks for a cancel or the problems panel
    through its signals.
    """

    cancelRequested = Signal()
    problemsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = FittingLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(self.label.sizeHint().height())
        self.cancel_button = QToolButton(self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.problems_button = QToolButton(self)
        self.problems_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.problemsRequested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)  # room before the next permanent widget
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.problems_button)

        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._reveal)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._hide_message)

        self._running = False
        self._shown = False  # the progress part is visible for this run
        self._progress: Progress | None = None
        self._summary: IndexSummary | None = None  # shown in the "up to date" message
        self._problem_count = 0
        for widget in (self.label, self.bar, self.cancel_button, self.problems_button):
            widget.hide()
        self._retranslate()

    def watch(self, controller: IndexController) -> None:
        """Follow this controller's runs; the Cancel button cancels them."""
        controller.started.connect(self.show_started)
        controller.progress.connect(self.show_progress)
        controller.finished.connect(self.show_finished)
        controller.failed.connect(self.show_failed)
        controller.cancelled.connect(self.show_cancelled)
        self.cancelRequested.connect(controller.cancel)

    def problem_count(self) -> int:
        return self._problem_count

    def set_problem_count(self, count: int) -> None:
        self._problem_count = count
        self.problems_button.setVisible(count > 0)
        self._retranslate_problems()

    def is_showing_progress(self) -> bool:
        return self._shown and not self.bar.isHidden()

    # --- a run --------------------------------------------------------------------------

    @Slot()
    def show_started(self) -> None:
        self._running = True
        self._shown = False
        self._progress = None
        self._show_timer.start()  # a message still showing stays until its time is up

    @Slot(object)
    def show_progress(self, progress: Progress) -> None:
        self._progress = progress
        if self._shown:
            self._render_progress()

    @Slot()
    def _reveal(self) -> None:
        if not self._running:
            return
        self._shown = True
        self._hide_timer.stop()
        self.label.show()
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._render_progress()

    @Slot(object)
    def show_finished(self, summary: IndexSummary) -> None:
        was_shown = self._end_run()
        self.set_problem_count(
            len(summary.problems) + len(summary.kept)
        )  # kept files are listed with the problems
        if was_shown or summary.added or summary.updated or summary.removed:
            self._summary = summary
            self._render_summary()
            self._show_message(MESSAGE_MS)

    @Slot(str)
    def show_failed(self, message: str) -> None:
        self._end_run()
        self._summary = None
        self.label.setText(message)
        self.label.setToolTip(message)
        self._show_message(ERROR_MS)

    @Slot()
    def show_cancelled(self) -> None:
        recognising = self._progress is not None and self._progress.phase == "ocr"
        self._end_run()
        self._summary = None
        if recognising:  # the text pages were committed before; so is every page recognised so far
            self.label.setText(
                self.tr(
                    "Text recognition stopped. The pages recognised so far are searchable; "
                    "the rest follow on the next run."
                )
            )
        else:
            self.label.setText(self.tr("Indexing cancelled. Searching uses the index as it was."))
        self._show_message(MESSAGE_MS)

    def _end_run(self) -> bool:
        was_shown = self._shown
        self._running = self._shown = False
        self._show_timer.stop()
        self.bar.hide()
        self.cancel_button.hide()
        return was_shown

    def _show_message(self, duration_ms: int) -> None:
        self.label.show()
        self._hide_timer.start(duration_ms)

    @Slot()
    def _hide_message(self) -> None:
        if self._shown:
            return
        self._summary = None
        self.label.hide()
        self.label.setToolTip("")

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling …"))
        self.cancelRequested.emit()

    # --- text ---------------------------------------------------------------------------

    def _render_progress(self) -> None:
        progress = self._progress
        if not self.cancel_button.isEnabled():
            return  # keeps "Cancelling …" until the run has stopped
        if progress is None or progress.phase == "scan":
            self.label.setText(self.tr("Looking for changes in the library …"))
            self.bar.setRange(0, 0)  # busy: the amount of work is not known yet
        elif progress.phase == "wait":
            self.label.setText(self.tr("Waiting for another window that is updating the index …"))
            self.bar.setRange(0, 0)
        elif progress.phase in ("extract", "ocr"):
            texts = (
                self._extract_texts(progress) if progress.phase == "extract" else self._ocr_texts(progress)
            )
            self.label.set_variants(texts)
            self.bar.setRange(0, max(progress.files_total, 1))
            self.bar.setValue(progress.files_done)
        else:  # commit, done
            self.label.setText(self.tr("Saving the index …"))
            self.bar.setRange(0, 0)
        self.label.setToolTip(progress.current if progress is not None else "")

    def _extract_texts(self, progress: Progress) -> list[str]:
        """From "documents · pages · rate · time left" down to "documents" alone."""
        locale = QLocale()
        documents = (
            self.tr("Indexing %1/%2 PDF files")
            .replace("%1", locale.toString(progress.files_done))
            .replace("%2", locale.toString(progress.files_total))
        )
        pages = count_text(progress.pages_done, self.tr("%1 page"), self.tr("%1 pages"))
        rate = ""
        if progress.pages_per_s > 0:
            rate = self.tr("%1 pages/s").replace("%1", locale.toString(round(progress.pages_per_s)))
        left = ""
        if progress.eta_s is not None and progress.files_done < progress.files_total:
            left = self._eta_text(progress.eta_s)
        variants = [[documents, pages, rate, left], [documents, pages, left], [documents, left], [documents]]
        return list(dict.fromkeys(" · ".join(part for part in parts if part) for parts in variants))

    def _ocr_texts(self, progress: Progress) -> list[str]:
        """ "Tekstgjenkjenning: side 12 av 180, ca. 3 min igjen" (the OCR phase counts pages)."""
        locale = QLocale()
        pages = (
            self.tr("Text recognition: page %1 of %2")
            .replace("%1", locale.toString(progress.files_done))
            .replace("%2", locale.toString(progress.files_total))
        )
        if progress.eta_s is None or progress.files_done >= progress.files_total:
            return [pages]
        return [f"{pages}, {self._eta_text(progress.eta_s)}", pages]

    def _eta_text(self, seconds: float) -> str:
        if seconds < 60:
            # Whole five seconds: a countdown that jumps about reads as noise.
            return self.tr("about %1 s left").replace("%1", str(max(5, math.ceil(seconds / 5) * 5)))
        return self.tr("about %1 min left").replace("%1", QLocale().toString(math.ceil(seconds / 60)))

    def _render_summary(self) -> None:
        summary = self._summary
        if summary is None:
            return
        documents = count_text(summary.documents, self.tr("%1 PDF file"), self.tr("%1 PDF files"))
        pages = count_text(summary.pages, self.tr("%1 page"), self.tr("%1 pages"))
        self.label.setText(
            self.tr("The index is up to date: %1, %2").replace("%1", documents).replace("%2", pages)
        )

    def _retranslate_problems(self) -> None:
        count = self._problem_count
        text = count_text(count, self.tr("%1 problem"), self.tr("%1 problems"))
        self.problems_button.setText(text)
        self.problems_button.setAccessibleName(text)
        self.problems_button.setToolTip(self.tr("Show the files that could not be indexed, and why"))

    def _retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop indexing; the index stays as it was"))
        self.bar.setAccessibleName(self.tr("Indexing progress"))
        self._retranslate_problems()
        if self._shown:
            self._render_progress()
        elif self._summary is not None:
            self._render_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
