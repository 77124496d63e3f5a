"""The board readable and obvious (issue 15, item 4): Fit's grid keeps card names at 9 pt
or more on screen at 1280x720, the drop target lights up during a drag, sub-themes stay
inside their parent, codes in no theme have their own labelled area."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.themes.items import (
    MIN_SCREEN_PT,
    NAME_PT,
    CardItem,
    ClusterItem,
    ResizeHandle,
    name_point_size,
)
from ikt_desktop.ui.themes.widget import ThemeBoard


@pytest.fixture
def board(window: MainWindow, demo_path: Path) -> ThemeBoard:
    window.open_project(demo_path)
    assert window.workspace is not None
    window.resize(1280, 720)
    window.workspace.tabs.setCurrentIndex(1)
    return window.workspace.board


def visible_cards(board: ThemeBoard) -> list[CardItem]:
    view = board.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return [c for c in board.scene.cards if shown.contains(c.sceneBoundingRect())]


def top_rows(board: ThemeBoard) -> set[int]:
    return {round(c.scenePos().y()) for c in board.scene.clusters.values()
            if c.parentItem() is None}  # fmt: skip


def test_fit_lays_out_a_grid_with_readable_cards(board: ThemeBoard, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert len(visible_cards(board)) == len(board.scene.cards)  # opens fitted: every card
    # a board laid out in one long row, as a researcher's first clustering often is
    themes = board.project.themes.all()
    tops = [t for t in themes if t.parent_id is None]
    for n, top in enumerate(tops):
        dx, dy = n * 480.0 - top.geometry[0], -top.geometry[1]
        for theme in (t for t in themes if top.id in (t.id, t.parent_id)):  # with its sub-themes
            x, y, w, h = theme.geometry
            board.project.themes.set_geometry(theme.id, x + dx, y + dy, w, h)
    board.reload()
    board.view.fit()
    assert len(top_rows(board)) == 1
    one_row = board.view.scale_factor()
    board.fit_grid()
    scale = board.view.scale_factor()
    assert scale > one_row * 1.2  # the grid fills the view's shape better than one row
    assert len(visible_cards(board)) == len(board.scene.cards)
    # every card name is at least 9 pt on screen (scene-to-view scale x font size)
    assert scale * name_point_size(scale) >= MIN_SCREEN_PT
    # and it is the grid that makes it so, with the counts shown at this zoom
    assert scale * NAME_PT >= MIN_SCREEN_PT * 0.5
    assert len(top_rows(board)) > 1  # not all themes in one row
    assert board.undo_stack.undoText() == "Fit the Board"
    board.undo_stack.undo()
    board.reload()
    assert len(top_rows(board)) == 1


def test_sub_themes_stay_inside_and_cards_count_in_words(board: ThemeBoard) -> None:
    for cluster in board.scene.clusters.values():
        parent = cluster.parentItem()
        if isinstance(parent, ClusterItem):
            assert parent.sceneBoundingRect().contains(cluster.mapRectToScene(cluster.rect())), (
                cluster.theme.name
            )
    texts = {c.counts_text() for c in board.scene.cards}
    assert not any(t.startswith("1 codings") for t in texts)
    assert all(t.endswith("participants") for t in texts)  # the demo has 8
    area = board.scene.loose_area
    assert area is not None and area.title.startswith("Codes not in a theme")
    loose = [c for c in board.scene.cards if c.theme_id is None]
    assert all(area.sceneBoundingRect().contains(c.sceneBoundingRect()) for c in loose)
    grip = next(i for i in board.scene.items() if isinstance(i, ResizeHandle))
    assert grip.cursor().shape() == Qt.CursorShape.SizeFDiagCursor
    assert "resize" in grip.toolTip().lower()


def test_the_drop_target_lights_up_during_a_drag(board: ThemeBoard) -> None:
    board.view.resize(1200, 700)
    board.view.fit()
    card = next(c for c in board.scene.cards if c.theme_id is None)
    target = next(c for c in board.scene.clusters.values() if c.parentItem() is None)
    start = board.view.mapFromScene(card.sceneBoundingRect().center())
    end = board.view.mapFromScene(target.scenePos() + QPointF(80, target.rect().height() - 30))
    viewport = board.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    assert board.scene.drop_target is target and target.highlighted
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert board.scene.drop_target is None
    assert card.code.id in board.project.themes.get(target.theme.id).code_ids
