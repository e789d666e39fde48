"""The goal tree model and its filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from tromsvekst_desktop.core.goals import GoalForest
from tromsvekst_desktop.gui.models.goal_tree import LEVEL_ROLE, NODE_ID_ROLE, GoalFilterModel, GoalTreeModel


def _visible_texts(model: GoalFilterModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    texts = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        texts.append(index.data())
        texts.extend(_visible_texts(model, index))
    return texts


def test_model_passes_modeltester(qtmodeltester: ModelTester, forest: GoalForest) -> None:
    model = GoalTreeModel(forest)
    qtmodeltester.check(model)
    model.set_forest(GoalForest())
    qtmodeltester.check(model)


def test_display_text_numbers_and_roles(forest: GoalForest) -> None:
    model = GoalTreeModel(forest)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Tromsvekstavtalen", "Tromsø vil"]
    index = model.index_for_node("tva.d2-1")
    assert index.data() == "2.1 Tromsøregionen skal ha god arealplanlegging"
    assert index.data(NODE_ID_ROLE) == "tva.d2-1"
    assert index.data(LEVEL_ROLE) == "Delmål"
    assert "Delmål 2.1" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.parent().data() == "2 Samfunns- og arealplanarbeid"
    assert index.parent().parent().data() == "Tromsvekstavtalen"
    assert not model.index_for_node("no-such-id").isValid()


def test_filter_keeps_ancestors_of_a_match(qtmodeltester: ModelTester, forest: GoalForest) -> None:
    proxy = GoalFilterModel()
    proxy.setSourceModel(GoalTreeModel(forest))
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("PLANKOMPETANSEN")  # case-insensitive, matches a strategy's title
    assert _visible_texts(proxy) == [
        "Tromsvekstavtalen",
        "2 Samfunns- og arealplanarbeid",
        "2.1 Tromsøregionen skal ha god arealplanlegging",
        "2.1 a Styrke plankompetansen",
    ]
    qtmodeltester.check(proxy)


def test_filter_matches_text_and_number(forest: GoalForest) -> None:
    proxy = GoalFilterModel()
    proxy.setSourceModel(GoalTreeModel(forest))
    proxy.setFilterFixedString("klimatilpasning")  # only in the node's text
    assert "2.1 Tromsøregionen skal ha god arealplanlegging" in _visible_texts(proxy)
    assert "Tromsø vil" not in _visible_texts(proxy)
    proxy.setFilterFixedString("Delmål 2.1")
    assert "2.1 Tromsøregionen skal ha god arealplanlegging" in _visible_texts(proxy)
    proxy.setFilterFixedString("ingen slike ord")
    assert proxy.rowCount() == 0
