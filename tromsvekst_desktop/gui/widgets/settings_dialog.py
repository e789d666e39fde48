"""The settings dialog: library folders, bundled plans, index location, language; re-index actions."""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tromsvekst_desktop.core.copystore import DEFAULT_BUDGET, Budget, CopyStore
from tromsvekst_desktop.core.index import indexed_files
from tromsvekst_desktop.core.ocr import find_tessdata
from tromsvekst_desktop.core.offline import is_under, root_key
from tromsvekst_desktop.core.settings import Settings
from tromsvekst_desktop.gui.contrast import mute_label
from tromsvekst_desktop.gui.i18n import LANGUAGES

log = logging.getLogger(__name__)

# The sizes offered for the local copies (bytes; 0: none, None: all), besides one set elsewhere.
COPY_BUDGETS: tuple[Budget, ...] = (
    0,
    500 * 1000**2,
    1000**3,
    DEFAULT_BUDGET,
    5 * 1000**3,
    20 * 1000**3,
    None,
)


def data_size(size: int) -> str:
    """ "2 GB", "500 MB" in the interface language."""
    return QLocale().formattedDataSize(
        size, 1 if size % 1000**3 and size > 1000**3 else 0, QLocale.DataSizeFormat.DataSizeSIFormat
    )


class SettingsDialog(QDialog):
    """Edits a copy of the settings; OK (or one of the index buttons) saves and updates ``settings``.

    The Settings object passed in is changed in place on save, so everyone holding it
    sees the new values. ``indexRequested(rebuild)`` follows a save made by "Index now"
    or "Rebuild the index".
    """

    indexRequested = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        settings_path: str | os.PathLike[str],
        default_index_dir: Path,
        parent: QWidget | None = None,
        copy_store: CopyStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._copy_store = copy_store
        self._settings = settings
        self._settings_path = Path(settings_path)
        self._default_index_dir = default_index_dir
        self._index_after_save: bool | None = None  # None: no; else rebuild or not

        self.library_box = QGroupBox(self)
        self.folder_list = QListWidget(self.library_box)
        self.folder_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.folder_list.setIconSize(QSize(16, 16))
        self.folder_list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.library_box)
        self.add_button.clicked.connect(self.add_folder)
        self.remove_button = QPushButton(self.library_box)
        self.remove_button.clicked.connect(self.remove_selected)
        self.bundled_check = QCheckBox(self.library_box)
        folder_buttons = QVBoxLayout()
        folder_buttons.addWidget(self.add_button)
        folder_buttons.addWidget(self.remove_button)
        folder_buttons.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_list, 1)
        folder_row.addLayout(folder_buttons)
        library_layout = QVBoxLayout(self.library_box)
        library_layout.addLayout(folder_row)
        library_layout.addWidget(self.bundled_check)

        self.index_box = QGroupBox(self)
        self.index_edit = QLineEdit(self.index_box)
        self.index_edit.setPlaceholderText(str(default_index_dir))
        self.index_edit.setClearButtonEnabled(True)
        self.index_edit.textChanged.connect(self._update_restart_note)
        self.browse_button = QPushButton(self.index_box)
        self.browse_button.clicked.connect(self.browse_index_dir)
        self.restart_note = QLabel(self.index_box)
        self.restart_note.setWordWrap(True)
        mute_label(self.restart_note)  # a hint, muted but readable
        self.index_now_button = QPushButton(self.index_box)
        self.index_now_button.clicked.connect(self._index_now)
        self.rebuild_button = QPushButton(self.index_box)
        self.rebuild_button.clicked.connect(self._rebuild)
        self.index_label = QLabel(self.index_box)
        self.index_label.setBuddy(self.index_edit)
        location_row = QHBoxLayout()
        location_row.addWidget(self.index_edit, 1)
        location_row.addWidget(self.browse_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.index_now_button)
        action_row.addWidget(self.rebuild_button)
        action_row.addStretch(1)
        index_layout = QFormLayout(self.index_box)
        index_layout.addRow(self.index_label, location_row)
        index_layout.addRow("", self.restart_note)
        self.ocr_check = QCheckBox(self.index_box)
        index_layout.addRow("", self.ocr_check)
        index_layout.addRow("", action_row)

        # Local copies of the indexed PDFs (core/copystore.py): how much disk they may take.
        self.copy_combo = QComboBox(self.index_box)
        self.copy_label = QLabel(self.index_box)
        self.copy_label.setBuddy(self.copy_combo)
        self.copy_usage = QLabel(self.index_box)
        self.copy_usage.setWordWrap(True)
        self.copy_usage.setEnabled(False)  # the muted colour of disabled text
        self._budget = copy_store.budget() if copy_store is not None else DEFAULT_BUDGET
        self._fill_budgets()
        self.copy_combo.setVisible(copy_store is not None)
        self.copy_label.setVisible(copy_store is not None)
        self.copy_usage.setVisible(copy_store is not None)
        index_layout.addRow(self.copy_label, self.copy_combo)
        index_layout.addRow("", self.copy_usage)

        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each language in its own name
        self.interface_box = QGroupBox(self)
        self.language_label = QLabel(self.interface_box)
        self.language_label.setBuddy(self.language_combo)
        interface_layout = QFormLayout(self.interface_box)
        interface_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        interface_layout.addRow(self.language_label, self.language_combo)
        self.compound_check = QCheckBox(self.interface_box)
        interface_layout.addRow("", self.compound_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.library_box, 1)
        layout.addWidget(self.index_box)
        layout.addWidget(self.interface_box)
        layout.addWidget(self.buttons)
        self.resize(620, 480)

        self._load(settings)
        self._retranslate()

    # --- values -------------------------------------------------------------------------

    def _load(self, settings: Settings) -> None:
        self.folder_list.clear()
        for folder in settings.library_folders:
            self._add_item(folder)
        self.bundled_check.setChecked(settings.include_bundled)
        self.compound_check.setChecked(settings.compound_matching)
        self.ocr_check.setChecked(settings.ocr)
        self.index_edit.setText(settings.index_dir or "")
        position = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(position, 0))
        self._update_buttons()
        self._update_restart_note()

    def _fill_budgets(self) -> None:
        """The sizes on offer (in the interface language), the current one selected."""
        self.copy_combo.clear()
        budgets = list(COPY_BUDGETS)
        if self._budget not in budgets:
            budgets.insert(-1, self._budget)
        for budget in budgets:
            if budget is None:
                text = self.tr("All (no limit)")
            elif budget == 0:
                text = self.tr("None")
            elif budget == DEFAULT_BUDGET:
                text = self.tr("%1 (default)").replace("%1", data_size(budget))
            else:
                text = self.tr("Up to %1").replace("%1", data_size(budget))
            self.copy_combo.addItem(text, budget)
        self.copy_combo.setCurrentIndex(budgets.index(self._budget))

    def copy_budget(self) -> Budget:
        """The budget chosen in the dialog (not saved)."""
        budget = self.copy_combo.currentData()
        return None if budget is None else int(budget)

    @functools.cached_property
    def _indexed(self) -> dict[str, tuple[str, int]]:
        """The index's files, read once for the dialog (each read opens the index)."""
        return indexed_files(self._copy_store.index_dir) if self._copy_store is not None else {}

    def _indexed_count(self, folder: str) -> int:
        """How many documents with pages the index holds from ``folder``."""
        key = root_key(Path(folder))
        return sum(1 for path, (_hash, pages) in self._indexed.items() if pages and is_under(path, key))

    def folders(self) -> list[str]:
        return [self.folder_list.item(row).text() for row in range(self.folder_list.count())]

    def edited_settings(self) -> Settings:
        """The settings as the dialog shows them now (not saved)."""
        index_dir = self.index_edit.text().strip()
        return dataclasses.replace(
            self._settings,
            library_folders=self.folders(),
            include_bundled=self.bundled_check.isChecked(),
            index_dir=index_dir or None,
            language=str(self.language_combo.currentData()),
            compound_matching=self.compound_check.isChecked(),
            ocr=self.ocr_check.isChecked(),
        )

    def _add_item(self, folder: str) -> None:
        item = QListWidgetItem(folder, self.folder_list)
        if Path(folder).expanduser().is_dir():
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
            item.setToolTip(folder)
        elif self._indexed_count(folder):
            # Offline: its documents stay searchable until the folder is removed here.
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setToolTip(
                self.tr(
                    "This folder cannot be reached now; its documents stay searchable until you remove it."
                )
            )
        else:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setToolTip(self.tr("This folder does not exist (any more)."))

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def add_folder(self) -> None:
        start = self.folders()[-1] if self.folders() else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to the library"), start)
        if folder and folder not in self.folders():
            self._add_item(folder)
            self._update_buttons()

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected folders, once the user confirms that their documents leave the index."""
        items = self.folder_list.selectedItems()
        count = sum(self._indexed_count(item.text()) for item in items)
        if count and not self._confirm_removal([item.text() for item in items], count):
            return
        for item in items:
            self.folder_list.takeItem(self.folder_list.row(item))
        self._update_buttons()

    def _confirm_removal(self, folders: list[str], count: int) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove from the library"))
        if len(folders) == 1:
            box.setText(
                self.tr("Remove «%1» from the library?").replace("%1", Path(folders[0]).name or folders[0])
            )
        else:
            box.setText(self.tr("Remove %1 folders from the library?").replace("%1", str(len(folders))))
        box.setInformativeText(
            (
                self.tr(
                    "The document from it leaves the search, and its local copy is deleted, "
                    "when you press OK."
                )
                if count == 1
                else self.tr(
                    "The %1 documents from it leave the search, and their local copies are deleted, "
                    "when you press OK."
                ).replace("%1", QLocale().toString(count))
            )
            + " "
            + self.tr("The files in the folder itself are not touched.")
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    @Slot()
    def browse_index_dir(self) -> None:
        start = self.index_edit.text().strip() or str(self._default_index_dir)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to keep the index"), start)
        if folder:
            self.index_edit.setText(folder)

    @Slot()
    def _index_now(self) -> None:
        self._index_after_save = False
        self.accept()

    @Slot()
    def _rebuild(self) -> None:
        self._index_after_save = True
        self.accept()

    def accept(self) -> None:
        """Save; on a write error say so and stay open, so nothing the user chose is lost."""
        edited = self.edited_settings()
        try:
            edited.save(self._settings_path)
        except OSError as exc:
            log.warning("cannot save settings %s: %s", self._settings_path, exc)
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("The settings could not be saved to %1:\n%2")
                .replace("%1", str(self._settings_path))
                .replace("%2", exc.strerror or str(exc)),
            )
            self._index_after_save = None
            return
        for field in dataclasses.fields(Settings):
            setattr(self._settings, field.name, getattr(edited, field.name))
        if self._copy_store is not None and self.copy_budget() != self._budget:
            try:
                self._copy_store.set_budget(self.copy_budget())
                # An index run makes the copies now wanted and removes those over the budget.
                self._index_after_save = self._index_after_save or False
            except OSError as exc:
                log.warning("cannot save the copy budget in %s: %s", self._copy_store.root, exc)
        rebuild, self._index_after_save = self._index_after_save, None
        super().accept()
        if rebuild is not None:
            self.indexRequested.emit(rebuild)

    def _update_copy_usage(self) -> None:
        if self._copy_store is None:
            return
        count, size = self._copy_store.usage()
        self.copy_usage.setText(
            self.tr("Now %1 in %2 copies, in %3")
            .replace("%1", data_size(size))
            .replace("%2", QLocale().toString(count))
            .replace("%3", str(self._copy_store.root))
        )

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.folder_list.selectedItems()))

    @Slot()
    def _update_restart_note(self) -> None:
        changed = (self.index_edit.text().strip() or None) != self._settings.index_dir
        self.restart_note.setVisible(changed)

    # --- text ---------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.library_box.setTitle(self.tr("Library"))
        self.folder_list.setAccessibleName(self.tr("Library folders"))
        self.folder_list.setToolTip(self.tr("Folders with plan documents (PDF) and goal files (YAML)"))
        self.add_button.setText(self.tr("Add …"))
        self.remove_button.setText(self.tr("Remove"))
        self.bundled_check.setText(self.tr("Include the plans that come with Tromsvekst"))
        self.index_box.setTitle(self.tr("Index"))
        self.index_label.setText(self.tr("Location:"))
        self.index_edit.setAccessibleName(self.tr("Index location"))
        self.index_edit.setToolTip(self.tr("Leave empty for the default location"))
        self.browse_button.setText(self.tr("Browse …"))
        self.restart_note.setText(self.tr("A new index location is used from the next start of Tromsvekst."))
        self.index_now_button.setText(self.tr("Index now"))
        self.index_now_button.setToolTip(self.tr("Save the settings and read new and changed files"))
        self.rebuild_button.setText(self.tr("Rebuild the index"))
        self.rebuild_button.setToolTip(
            self.tr("Save the settings and read every file again; searching works meanwhile")
        )
        self.copy_label.setText(self.tr("Local copies:"))
        self.copy_combo.setAccessibleName(self.tr("Disk space for local copies of the PDFs"))
        self.copy_combo.setToolTip(
            self.tr(
                "Copies of the indexed PDFs beside the index, so that every hit opens when a "
                "folder is offline. When the space is used up, the least recently opened go first."
            )
        )
        self._update_copy_usage()
        position = self.copy_combo.currentIndex()
        self._fill_budgets()
        self.copy_combo.setCurrentIndex(position)
        self.ocr_check.setText(self.tr("Recognise the text of scanned pages (OCR)"))
        tessdata = find_tessdata()
        self.ocr_check.setToolTip(
            self.tr("Uses Tesseract's Norwegian language file in %1").replace("%1", str(tessdata))
            if tessdata is not None
            else self.tr(
                "Tesseract's Norwegian language file (nor.traineddata) was not found: install "
                "tesseract-ocr-nor, or set TESSDATA_PREFIX to its folder (see the README)"
            )
        )
        self.interface_box.setTitle(self.tr("User interface"))
        self.language_label.setText(self.tr("Language:"))
        self.compound_check.setText(self.tr("A word also finds compounds (forvaltning → besøksforvaltning)"))
        self.language_combo.setAccessibleName(self.tr("Language of the user interface"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
