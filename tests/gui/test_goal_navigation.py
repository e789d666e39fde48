"""Browsing the bundled goals as a user does: tree → details → linked page, and related goals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown_window
from tests.gui.test_search_flow import click_link
from tromsvekst_desktop.gui.main_window import MainWindow
from tromsvekst_desktop.gui.models.goal_tree import NODE_ID_ROLE


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    yield shown_window(qtbot, tmp_path, [], include_bundled=True)


def click_tree_node(qtbot: QtBot, window: MainWindow, node_id: str) -> None:
    index = window.goals.filter_model.mapFromSource(window.goals.model.index_for_node(node_id))
    tree = window.goal_tree
    parent = index.parent()
    while parent.isValid():
        tree.expand(parent)
        parent = parent.parent()
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def test_goal_in_tree_then_its_page_opens_the_viewer_there(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_node(qtbot, window, "tva.d2-1")  # Delmål 2.1, on page 4 of the agreement
    assert window.detail_stack.currentWidget() is window.goal_detail
    text = window.goal_detail.text()
    assert "Delmål 2.1" in text and "Bidra til å styrke planarbeidet" in text
    click_link(qtbot, window.goal_detail.browser, "Tromsøregionen, p")
    qtbot.waitUntil(lambda: window.detail_stack.currentWidget() is window.pdf_viewer)
    assert window.pdf_viewer.page_label() == "p. 4 / 8"
    # The goal's words really stand on the page the link opened.
    window.pdf_viewer.copy_page_text()
    assert "Delmål 2.1" in QGuiApplication.clipboard().text()


def test_related_goal_in_the_other_plan_is_one_click_away(qtbot: QtBot, window: MainWindow) -> None:
    source = window.goals.model.index_for_node("tva.d1-1.s3")  # Ringvirkninger av europeisk ungdomshovedstad
    node = window.goals.model.node(source)
    assert node is not None and node.related
    click_tree_node(qtbot, window, node.id)
    target = window.goals.model.node(window.goals.model.index_for_node(node.related[0]))
    assert target is not None and target.plan_id != node.plan_id
    click_link(qtbot, window.goal_detail.browser, target.title.split()[0])
    qtbot.waitUntil(lambda: window.goal_tree.currentIndex().data(NODE_ID_ROLE) == target.id)
    assert target.title in window.goal_detail.text()
