"""Text colours that stay readable: WCAG 2.1 contrast, and muted text that still reaches it.

Norwegian public bodies must meet WCAG 2.1 AA for their ICT: normal text needs a contrast
ratio of at least 4.5:1 with its background. Muted text (page lines, counts, hints) is a
blend of the text and background colours, moved back towards the text colour until it
reaches that ratio, so it stays readable in light and dark palettes and on the selection.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

AA_TEXT = 4.5  # WCAG 2.1 success criterion 1.4.3, normal text
# Aim a little above the limit: rounding in the painter must not drop a colour below it.
TARGET = AA_TEXT + 0.1


def blend(colour: QColor, towards: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0–1) of the way towards ``towards``."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        colour.redF() * keep + towards.redF() * amount,
        colour.greenF() * keep + towards.greenF() * amount,
        colour.blueF() * keep + towards.blueF() * amount,
    )


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour (0 black … 1 white)."""
    red, green, blue = _channel(colour.redF()), _channel(colour.greenF()), _channel(colour.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = TARGET) -> QColor:
    """``colour``, or the least change of it towards black or white that reaches ``minimum`` on
    ``background`` (towards whichever of the two contrasts more with the background)."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    extreme = black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white
    for step in range(1, 101):
        moved = blend(colour, extreme, step / 100)
        if contrast_ratio(moved, background) >= minimum:
            return moved
    return extreme


def muted(text: QColor, background: QColor, amount: float) -> QColor:
    """Text ``amount`` of the way towards its background, but never below the AA ratio."""
    return readable(blend(text, background, amount), background)


def mute_label(label: QWidget, amount: float = 0.35) -> None:
    """Draw a hint label in muted text that still reaches 4.5:1 (a disabled label does not)."""
    palette = label.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.WindowText)
        background = palette.color(group, QPalette.ColorRole.Window)
        palette.setColor(group, QPalette.ColorRole.WindowText, muted(text, background, amount))
    label.setPalette(palette)


# Selected text on the selection colour: AAA, so that the quieter lines of a selected row
# (page line, goals, counts) can still reach AA.
SELECTION_CONTRAST = 7.0


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` with its selection colour deepened where the selected text does not stand out
    (white on the mid blues of Fusion, Breeze and Adwaita reaches only 2–4:1)."""
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        fixed.setColor(group, QPalette.ColorRole.Highlight, readable(highlight, text, SELECTION_CONTRAST))
    return fixed
