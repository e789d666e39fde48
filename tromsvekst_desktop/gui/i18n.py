"""Translations: install the .qm files for a language, and regenerate them from the .ts sources.

Source strings are English; ``nb`` (the default UI language) is a translation. Qt ships
no Bokmål catalogue for its own dialogs, so ``qtbase_nb.ts`` supplies the standard
button texts (OK, Avbryt, Lukk …) under Qt's own contexts.

Regenerate after changing UI text (in a source checkout)::

    python -m tromsvekst_desktop.gui.i18n update    # pyside6-lupdate: refresh tromsvekst_nb.ts
    python -m tromsvekst_desktop.gui.i18n release   # pyside6-lrelease: .ts → package .qm
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
DEFAULT_LANGUAGE = "nb"
_CATALOGUES = ("tromsvekst", "qtbase")
_LOCALES = {"nb": QLocale("nb_NO"), "en": QLocale("en_GB")}

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TS_DIR = PACKAGE_DIR.parent / "resources" / "i18n"
QM_DIR = PACKAGE_DIR / "resources" / "i18n"

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators with those of ``language``; "en" needs none.

    Installing or removing a translator sends LanguageChange to every widget, which
    re-translates itself in ``changeEvent``.
    """
    if language not in LANGUAGES:
        log.warning("unknown language %r: using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_LOCALES[language])
    if language == "en":
        return
    qm_files = resources.files("tromsvekst_desktop") / "resources" / "i18n"
    for catalogue in _CATALOGUES:
        resource = qm_files / f"{catalogue}_{language}.qm"
        translator = QTranslator(app)
        with resources.as_file(resource) as qm_path:
            if not translator.load(str(qm_path)):
                log.warning("cannot load translation %s", qm_path)
                continue
        app.installTranslator(translator)
        _installed.append(translator)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def update() -> None:
    """Collect the UI strings of gui/ into tromsvekst_<lang>.ts (keeps existing translations)."""
    sources = sorted(str(p) for p in (PACKAGE_DIR / "gui").rglob("*.py"))
    for language in LANGUAGES:
        if language == "en":
            continue
        ts = TS_DIR / f"tromsvekst_{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True)


def release() -> None:
    """Compile every .ts source into the package's .qm files."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = QM_DIR / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the translation files.")
    parser.add_argument("step", choices=["update", "release", "all"])
    step = parser.parse_args(argv).step
    if step in ("update", "all"):
        update()
    if step in ("release", "all"):
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
