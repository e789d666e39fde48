"""Contrast: every colour the results delegate paints text with reaches WCAG 2.1 AA (4.5:1) on the
row it is painted on, normal and selected, in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QStyle, QStyleFactory, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.gui.conftest import make_forest
from tests.gui.test_results_model import RESULT
from tromsvekst_desktop.gui.contrast import AA_TEXT, accessible_palette, contrast_ratio, mute_label, readable
from tromsvekst_desktop.gui.widgets.results_view import MARK_BACKGROUND, MARK_FOREGROUND, ResultsView


def _palette(base: str, text: str, highlight: str, highlighted_text: str, window: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Base, base),
            (QPalette.ColorRole.Text, text),
            (QPalette.ColorRole.Highlight, highlight),
            (QPalette.ColorRole.HighlightedText, highlighted_text),
            (QPalette.ColorRole.Window, window),
            (QPalette.ColorRole.WindowText, text),
        ):
            palette.setColor(group, role, QColor(colour))
    return palette


def _fusion() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


# Light and dark palettes of the desktops planners use; the dark ones have a selection colour
# that white text does not reach 4.5:1 on (Breeze Dark: 2.4:1), which the delegate must mend.
PALETTES = {
    "fusion-light": _fusion,
    "windows-light": lambda: _palette("#ffffff", "#000000", "#0078d7", "#ffffff", "#f0f0f0"),
    "adwaita-light": lambda: _palette("#ffffff", "#2e3436", "#3584e4", "#ffffff", "#f6f5f4"),
    "breeze-dark": lambda: _palette("#232629", "#eff0f1", "#3daee9", "#eff0f1", "#31363b"),
    "fusion-dark": lambda: _palette("#2a2a2a", "#ffffff", "#2a82da", "#ffffff", "#353535"),
}


class PenRecorder(QPainter):
    """A painter that remembers every pen colour set on it (the colours text is drawn in)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.colours: list[QColor] = []

    def setPen(self, pen: QPen | QColor) -> None:  # type: ignore[override]
        self.colours.append(QColor(pen.color() if isinstance(pen, QPen) else pen))
        super().setPen(pen)


def painted_colours(
    view: ResultsView, index: QModelIndex, palette: QPalette, selected: bool
) -> tuple[list[QColor], QColor]:
    """The pen colours the delegate paints a row with, and the row's background as painted."""
    option = QStyleOptionViewItem()
    option.initFrom(view.tree)
    option.palette = palette
    option.rect = QRect(0, 0, 400, 80)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    image = QImage(400, 80, QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base))  # as the view does
    painter = PenRecorder(image)
    view.delegate.paint(painter, option, index)
    painter.end()
    return painter.colours, image.pixelColor(398, 78)  # a corner no text reaches


@pytest.fixture
def results(qtbot: QtBot) -> ResultsView:
    view = ResultsView()
    qtbot.addWidget(view)
    view.model.set_forest(make_forest())
    view.show_result(RESULT)
    view.resize(420, 600)
    return view


@pytest.mark.parametrize("name", sorted(PALETTES))
@pytest.mark.parametrize("selected", [False, True], ids=["normal", "selected"])
def test_every_text_colour_of_a_row_reaches_aa(results: ResultsView, name: str, selected: bool) -> None:
    palette = PALETTES[name]()
    model = results.model
    group_row = model.index(0, 0)  # a document: bold title and its count
    page_row = model.index(0, 0, group_row)  # a page hit: page line, goals, snippet
    assert model.hit(page_row) is not None and model.hit(page_row).kind == "page"
    for index in (group_row, page_row):
        colours, background = painted_colours(results, index, palette, selected)
        base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
        assert (background != base) == selected  # the selection is painted
        assert len(colours) >= 2
        for colour in colours:
            ratio = contrast_ratio(colour, background)
            assert ratio >= AA_TEXT, f"{name} {colour.name()} on {background.name()}: {ratio:.2f}"


def test_the_goal_line_of_a_page_hit_is_painted_in_its_own_readable_colour(results: ResultsView) -> None:
    """The goals beside the page line are tinted (not the page line's grey) and still reach 4.5:1."""
    palette = PALETTES["fusion-light"]()
    page_row = results.model.index(0, 0, results.model.index(0, 0))
    colours = {c.name() for c in painted_colours(results, page_row, palette, selected=True)[0]}
    assert len(colours) == 3  # page line, goals, snippet text


def test_marked_words_reach_aa() -> None:
    assert contrast_ratio(MARK_FOREGROUND, MARK_BACKGROUND) >= AA_TEXT


def test_readable_keeps_a_good_colour_and_mends_a_poor_one() -> None:
    white = QColor("#ffffff")
    assert readable(QColor("#000000"), white).name() == "#000000"
    mended = readable(QColor("#bbbbbb"), white)
    assert contrast_ratio(mended, white) >= AA_TEXT
    assert mended.name() != "#000000"  # the least change, not black outright
    assert contrast_ratio(QColor("#000000"), white) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), white) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_muted_hint_labels_reach_aa(qtbot: QtBot, name: str) -> None:
    label = QLabel("Ingen ennå")
    qtbot.addWidget(label)
    palette = PALETTES[name]()
    label.setPalette(palette)
    mute_label(label)
    text = label.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    assert text != palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)  # muted
    assert contrast_ratio(text, window) >= AA_TEXT


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_the_application_palette_makes_selected_rows_readable_in_every_view(name: str) -> None:
    """The goal tree, the facets and the problem table paint the selection with the application
    palette: its selection colour is deepened where the selected text falls short."""
    original = PALETTES[name]()
    palette = accessible_palette(original)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        assert text == original.color(group, QPalette.ColorRole.HighlightedText)
        assert contrast_ratio(text, palette.color(group, QPalette.ColorRole.Highlight)) >= AA_TEXT
