"""How recognised text (OCR) is described in the window: its share of known words as a percentage."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def percent_text(share: float) -> str:
    """0.91 → "91 %" in Norwegian (a non-breaking space before the sign), "91%" in English."""
    locale = QLocale()
    number = locale.toString(round(share * 100))
    if locale.language() in (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk):
        return f"{number}\u00a0%"
    return f"{number}%"
