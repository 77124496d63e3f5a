"""Precise, keyboard-reachable moves from the themes tree (the Menu key or right-click
opens them; Ctrl+Up / Ctrl+Down reorder): the same undo commands as the board's drags."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QTreeWidgetItem

from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.themes.commands import MoveCodeCommand, MoveThemeCommand, ReorderCodeCommand
from ikt_desktop.ui.themes.host import BoardHost


def item_data(item: QTreeWidgetItem | None) -> tuple[object, ...]:
    return tuple(item.data(0, Qt.ItemDataRole.UserRole) or ()) if item else ()


def tree_menu(board: BoardHost, item: QTreeWidgetItem | None) -> QMenu:
    menu = QMenu(board)
    data = item_data(item)
    themes = board.project.themes.all()
    if data and data[0] == "code":
        _kind, code_id, theme_id = data
        assert isinstance(code_id, int) and isinstance(theme_id, int)
        move = menu.addMenu(QCoreApplication.translate("TreeActions", "Move to Theme"))
        for theme in themes:
            if theme.id != theme_id:
                move.addAction(theme.name, partial(move_code, board, code_id, theme_id, theme.id))
        menu.addAction(
            QCoreApplication.translate("TreeActions", "Remove from Theme"),
            partial(move_code, board, code_id, theme_id, None),
        )
        menu.addAction(
            QCoreApplication.translate("TreeActions", "Move Up"), partial(reorder, board, item, -1)
        )
        menu.addAction(
            QCoreApplication.translate("TreeActions", "Move Down"), partial(reorder, board, item, 1)
        )
    elif data and data[0] == "theme":
        theme_id = data[1]
        assert isinstance(theme_id, int)
        nest = menu.addMenu(QCoreApplication.translate("TreeActions", "Move Into"))
        nest.addAction(
            QCoreApplication.translate("TreeActions", "(top level)"),
            partial(nest_theme, board, theme_id, None),
        )
        for theme in themes:
            if theme.id != theme_id:
                nest.addAction(theme.name, partial(nest_theme, board, theme_id, theme.id))
        menu.addAction(
            QCoreApplication.translate("TreeActions", "Delete Theme"),
            partial(board.delete_theme, theme_id),
        )
    return menu


def move_code(board: BoardHost, code_id: int, from_theme: int | None, to_theme: int | None) -> None:
    name = board.project.codebook.get(code_id).name
    command = MoveCodeCommand(board.project.themes, board.hub, code_id, name, from_theme, to_theme)
    commands.push(board.undo_stack, command, board)


def nest_theme(board: BoardHost, theme_id: int, parent_id: int | None) -> None:
    geometry = board.project.themes.get(theme_id).geometry
    command = MoveThemeCommand(board.project.themes, board.hub, theme_id, geometry, parent_id)
    commands.push(board.undo_stack, command, board)


def reorder(board: BoardHost, item: QTreeWidgetItem | None, step: int) -> None:
    data = item_data(item)
    if item is None or not data or data[0] != "code" or item.parent() is None:
        return
    _kind, code_id, theme_id = data
    assert isinstance(code_id, int) and isinstance(theme_id, int)
    codes = list(board.project.themes.get(theme_id).code_ids)
    row = codes.index(code_id) + step
    if 0 <= row < len(codes):
        name = board.project.codebook.get(code_id).name
        command = ReorderCodeCommand(board.project.themes, board.hub, theme_id, code_id, row, name)
        commands.push(board.undo_stack, command, board)
