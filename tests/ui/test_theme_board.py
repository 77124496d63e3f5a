"""The theme board: every drag gesture at model level, one real mouse drag on the view,
in-place rename, undo/redo, and persistence across reopening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.themes.items import ClusterItem
from ikt_desktop.ui.themes.scene import MoveCard, MoveTheme, NewTheme
from ikt_desktop.ui.themes.widget import ThemeBoard


@pytest.fixture
def board(window: MainWindow, demo_path: Path) -> ThemeBoard:
    window.open_project(demo_path)
    assert window.workspace is not None
    window.workspace.tabs.setCurrentIndex(1)
    return window.workspace.board


def theme_named(board: ThemeBoard, prefix: str) -> ClusterItem:
    return next(c for c in board.scene.clusters.values() if c.theme.name.startswith(prefix))


def loose(board: ThemeBoard, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in board.scene.cards if c.theme_id is None and c.code.name == name)


def test_board_shows_themes_cards_and_tree(board: ThemeBoard) -> None:
    assert len(board.scene.clusters) == 6
    placed = sum(len(t.code_ids) for t in board.project.themes.all())
    assert len([c for c in board.scene.cards if c.theme_id]) == placed
    assert {c.code.name for c in board.scene.cards if c.theme_id is None} >= {"Facilitators"}
    assert board.tree.topLevelItemCount() == 5
    card = board.scene.card_for(board.project.codebook.all()[1].id, 1)
    assert card is not None and card.code.participant_count == 2


def test_card_into_a_cluster_then_out(board: ThemeBoard, window: MainWindow) -> None:
    card = loose(board, "Facilitators")
    target = theme_named(board, "The importance")
    card.setPos(target.scenePos() + QPointF(30, 200))
    gesture = board.scene.resolve_drop(card)
    assert gesture == MoveCard(card.code.id, None, target.theme.id)
    board.perform([gesture])
    assert card.code.id in board.project.themes.get(target.theme.id).code_ids
    moved = board.scene.card_for(card.code.id, target.theme.id)
    assert moved is not None
    moved.setPos(-2000, -2000)
    gesture = board.scene.resolve_drop(moved)
    assert gesture == MoveCard(card.code.id, target.theme.id, None)
    board.perform([gesture])
    assert card.code.id not in board.project.themes.get(target.theme.id).code_ids
    window.action_undo.trigger()
    assert card.code.id in board.project.themes.get(target.theme.id).code_ids
    window.action_undo.trigger()
    assert card.code.id not in board.project.themes.get(target.theme.id).code_ids


def test_card_onto_a_loose_card_starts_a_theme(board: ThemeBoard, window: MainWindow) -> None:
    a, b = loose(board, "Facilitators"), loose(board, "Suggestions for future iKT")
    a.setPos(b.scenePos() + QPointF(10, 5))
    gesture = board.scene.resolve_drop(a)
    assert isinstance(gesture, NewTheme) and set(gesture.code_ids) == {a.code.id, b.code.id}
    before = len(board.project.themes.all())
    board.perform([gesture])
    new = [t for t in board.project.themes.all() if t.name == "New theme"]
    assert len(board.project.themes.all()) == before + 1 and set(new[0].code_ids) == {
        a.code.id, b.code.id,
    }  # fmt: skip
    assert new[0].status == "candidate"
    window.action_undo.trigger()
    assert len(board.project.themes.all()) == before
    window.action_redo.trigger()
    assert [t.id for t in board.project.themes.all() if t.name == "New theme"] == [new[0].id]


def test_cluster_onto_a_cluster_nests_it_and_cycles_are_refused(
    board: ThemeBoard, window: MainWindow
) -> None:
    child = theme_named(board, "The importance")
    parent = theme_named(board, "Balancing")
    child.setPos(parent.scenePos() + QPointF(40, 120))
    gesture = board.scene.resolve_drop(child)
    assert isinstance(gesture, MoveTheme) and gesture.parent_id == parent.theme.id
    board.perform([gesture])
    assert board.project.themes.get(child.theme.id).parent_id == parent.theme.id
    outer = board.scene.clusters[parent.theme.id]
    outer.setPos(board.scene.clusters[child.theme.id].scenePos() + QPointF(30, 40))
    refused = board.scene.resolve_drop(outer)
    assert isinstance(refused, MoveTheme) and refused.parent_id is None  # not inside its child
    window.action_undo.trigger()
    assert board.project.themes.get(child.theme.id).parent_id is None


def test_a_real_mouse_drag_on_the_view(board: ThemeBoard, qtbot) -> None:  # type: ignore[no-untyped-def]
    board.view.resize(1600, 900)
    board.view.fit()
    card = loose(board, "Facilitators")
    target = theme_named(board, "The importance")
    start = board.view.mapFromScene(card.sceneBoundingRect().center())
    end = board.view.mapFromScene(target.scenePos() + QPointF(60, 260))
    viewport = board.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert card.code.id in board.project.themes.get(target.theme.id).code_ids


def test_rename_in_place(board: ThemeBoard, window: MainWindow) -> None:
    cluster = theme_named(board, "The importance")
    line = board.view.edit_name(cluster)
    line.setText("Networks carry trust")
    line.returnPressed.emit()
    assert board.project.themes.get(cluster.theme.id).name == "Networks carry trust"
    assert window.action_undo.text() == "&Undo Rename Theme 'The importance of networking'"
    window.action_undo.trigger()
    assert board.project.themes.get(cluster.theme.id).name == "The importance of networking"


def test_positions_persist_across_reopen(board: ThemeBoard, window: MainWindow) -> None:
    cluster = theme_named(board, "Balancing")
    cluster.setPos(cluster.scenePos() + QPointF(0, 600))
    board.perform([board.scene.resolve_drop(cluster)])  # type: ignore[list-item]
    moved = board.project.themes.get(cluster.theme.id).geometry
    path = board.project.path
    window.close_project()
    window.open_project(path)
    assert window.workspace is not None
    window.workspace.tabs.setCurrentIndex(1)  # the board builds when it is shown
    again = window.workspace.board.project.themes.get(cluster.theme.id)
    assert again.geometry == moved
    assert window.workspace.board.scene.clusters[cluster.theme.id].scenePos() == QPointF(
        moved[0], moved[1]
    )


def test_inspector_edits_status_and_pins_quotes(board: ThemeBoard, window: MainWindow) -> None:
    cluster = theme_named(board, "The importance")
    theme_id = cluster.theme.id
    cluster.setSelected(True)
    inspector = board.inspector
    assert inspector.theme_id == theme_id
    assert "iKT panel member 4/5" in inspector.prevalence.text()
    inspector.fields["boundaries"].setPlainText("Not about funding.")
    inspector.fields["boundaries"].editing_finished.emit()
    inspector.status.setCurrentText("final")
    inspector.status.activated.emit(2)
    theme = board.project.themes.get(theme_id)
    assert (theme.boundaries, theme.status) == ("Not about funding.", "final")
    pinned = list(theme.quote_ids)
    assert inspector.quotes.count() == len(pinned) == 3  # the demo pins P5 (with a name) too
    inspector.segments.setCurrentRow(inspector.segments.count() - 1)
    newest = int(inspector.segments.currentItem().data(Qt.ItemDataRole.UserRole))
    inspector.pin_selected()
    assert board.project.themes.get(theme_id).quote_ids == (*pinned, newest)
    inspector.quotes.setCurrentRow(0)
    inspector.unpin_selected()
    assert board.project.themes.get(theme_id).quote_ids == (*pinned[1:], newest)
    for _ in range(4):
        window.action_undo.trigger()
    theme = board.project.themes.get(theme_id)
    assert theme.quote_ids == tuple(pinned) and theme.status == "reviewed"
    assert theme.boundaries == ""


def test_export_the_thematic_map(board: ThemeBoard, tmp_path: Path) -> None:
    from lxml import etree
    from PySide6.QtGui import QImage

    board.export_map(tmp_path / "map.png")
    image = QImage(str(tmp_path / "map.png"))
    area = board.scene.itemsBoundingRect()
    assert image.width() >= area.width() * 3  # 300 dpi from 96 dpi board units
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    board.export_map(tmp_path / "map.svg")
    svg = etree.parse(str(tmp_path / "map.svg"))
    text = " ".join(svg.getroot().itertext())
    assert "Thematic map" in text and "Balancing multiple perspectives" in text


def test_arrange_orders_loose_cards_and_undoes(board: ThemeBoard, window: MainWindow) -> None:
    def loose_names() -> list[str]:
        cards = [c for c in board.scene.cards if c.theme_id is None]
        return [c.code.name for c in sorted(cards, key=lambda c: (c.pos().y(), c.pos().x()))]

    before = loose_names()
    board.arrange()
    after = loose_names()
    assert sorted(after) == sorted(before)
    assert board.project.themes.loose_order()  # stored in the project
    assert window.action_undo.text() == "&Undo Arrange Codes by Co-occurrence"
    window.action_undo.trigger()
    assert loose_names() == before


def test_cluster_menu_merges_adds_subtheme_and_history(
    board: ThemeBoard, window: MainWindow
) -> None:
    source = theme_named(board, "The importance")
    target = theme_named(board, "Balancing")
    source_id, target_id = source.theme.id, target.theme.id
    menu = board.cluster_menu(source)
    merge = next(a.menu() for a in menu.actions() if a.text() == "Merge Into")
    next(a for a in merge.actions() if a.text() == target.theme.name).trigger()
    merged = board.project.themes.get(target_id)
    assert set(source.theme.code_ids) <= set(merged.code_ids)
    assert source_id not in {t.id for t in board.project.themes.all()}
    history = board.project.themes.history(target_id)
    assert history[0][2] == "merge themes" and "The importance of networking" in history[0][3]
    assert history[0][1] == "Dana Whitfield"
    window.action_undo.trigger()
    assert board.project.themes.get(source_id).name == "The importance of networking"
    sub = board.new_theme(parent_id=target_id)
    assert sub is not None and board.project.themes.get(sub).parent_id == target_id
    target_cluster = board.scene.clusters[target_id]
    target_cluster.setSelected(True)
    board.inspector.show_theme(target_id)
    assert board.inspector.history.count() >= 2


def test_split_selected_cards_and_drag_several_at_once(
    board: ThemeBoard, window: MainWindow
) -> None:
    source = theme_named(board, "Barriers and")
    theme_id = source.theme.id
    cards = [c for c in board.scene.cards if c.theme_id == theme_id][:2]
    for card in cards:
        card.setSelected(True)
    menu = board.cluster_menu(source)
    split = next(a for a in menu.actions() if a.text().startswith("Split 2 Selected"))
    split.trigger()
    new = next(t for t in board.project.themes.all() if t.name.endswith("(split)"))
    assert set(new.code_ids) == {c.code.id for c in cards}
    assert window.action_undo.text().startswith("&Undo Split")
    window.action_undo.trigger()
    assert all(t.id != new.id for t in board.project.themes.all())
    # several loose cards dragged into one cluster at once: one undo step
    target = theme_named(board, "The importance")
    loose_cards = [c for c in board.scene.cards if c.theme_id is None][:2]
    for card in loose_cards:
        card.setPos(target.scenePos() + QPointF(40, 220))
    board.perform([board.scene.resolve_drop(c) for c in loose_cards])  # type: ignore[misc]
    inside = board.project.themes.get(target.theme.id).code_ids
    assert all(c.code.id in inside for c in loose_cards)
    window.action_undo.trigger()
    inside = board.project.themes.get(target.theme.id).code_ids
    assert not any(c.code.id in inside for c in loose_cards)


def test_keyboard_moves_from_the_tree(board: ThemeBoard, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ikt_desktop.ui.themes.tree_actions import item_data, tree_menu

    networking = theme_named(board, "The importance").theme
    first = board.tree.topLevelItem(2)
    assert item_data(first) == ("theme", networking.id)
    code_item = first.child(0)
    board.tree.setCurrentItem(code_item)
    board.tree.setFocus()
    code_id = networking.code_ids[0]
    qtbot.keyClick(board.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert board.project.themes.get(networking.id).code_ids == (networking.code_ids[1], code_id)
    assert item_data(board.tree.currentItem()) == ("code", code_id, networking.id)
    window.action_undo.trigger()
    assert board.project.themes.get(networking.id).code_ids == networking.code_ids
    code_item = board.tree.topLevelItem(2).child(0)  # the tree was rebuilt
    menu = tree_menu(board, code_item)
    move = next(a.menu() for a in menu.actions() if a.text() == "Move to Theme")
    next(a for a in move.actions() if a.text().startswith("Balancing")).trigger()
    balancing = theme_named(board, "Balancing").theme.id
    assert code_id in board.project.themes.get(balancing).code_ids
    assert code_id not in board.project.themes.get(networking.id).code_ids
    theme_menu = tree_menu(board, board.tree.topLevelItem(2))
    into = next(a.menu() for a in theme_menu.actions() if a.text() == "Move Into")
    next(a for a in into.actions() if a.text().startswith("Defining")).trigger()
    assert board.project.themes.get(networking.id).parent_id is not None


def drag(board: ThemeBoard, start_scene: QPointF, end_scene: QPointF) -> None:
    viewport = board.view.viewport()
    start = board.view.mapFromScene(start_scene)
    end = board.view.mapFromScene(end_scene)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_real_drags_card_on_card_and_cluster_on_cluster(board: ThemeBoard) -> None:
    board.view.resize(1600, 900)
    board.view.fit()
    a, b = loose(board, "Facilitators"), loose(board, "Suggestions for future iKT")
    before = len(board.project.themes.all())
    drag(board, a.sceneBoundingRect().center(), b.sceneBoundingRect().center())
    themes = board.project.themes.all()
    assert len(themes) == before + 1
    assert set(themes[-1].code_ids) == {a.code.id, b.code.id}
    child = theme_named(board, "The importance")
    parent = theme_named(board, "Balancing")
    grab = child.scenePos() + QPointF(60, 12)  # the header
    drag(board, grab, parent.scenePos() + QPointF(60, 150))
    assert board.project.themes.get(child.theme.id).parent_id == parent.theme.id


def test_theme_colour_in_the_inspector(board: ThemeBoard, window: MainWindow) -> None:
    cluster = theme_named(board, "The importance")
    cluster.setSelected(True)
    inspector = board.inspector
    inspector.color.setCurrentIndex(inspector.color.findData("#E15759"))
    inspector.color.activated.emit(inspector.color.currentIndex())
    assert board.project.themes.get(cluster.theme.id).color == "#E15759"
    window.action_undo.trigger()
    assert board.project.themes.get(cluster.theme.id).color == "#59A14F"


def test_resize_a_theme_by_its_corner(board: ThemeBoard, window: MainWindow) -> None:
    from ikt_desktop.ui.themes.items import ResizeHandle

    board.view.resize(1600, 900)
    board.view.fit()
    cluster = theme_named(board, "The importance")
    theme_id = cluster.theme.id
    before = board.project.themes.get(theme_id).geometry
    handle = next(i for i in cluster.childItems() if isinstance(i, ResizeHandle))
    corner = handle.sceneBoundingRect().center()
    drag(board, corner, corner + QPointF(120, 90))
    after = board.project.themes.get(theme_id).geometry
    assert after[2] > before[2] + 50 and after[3] > before[3] + 40
    assert after[:2] == before[:2]
    window.action_undo.trigger()
    assert board.project.themes.get(theme_id).geometry == before
