"""What a feature's actions may use of the main window: :class:`WindowHost`.

The main window builds every feature's menus and actions, and those actions need the
window back (its project, change hub, undo stack, to open or close a project). Typing them
against :class:`WindowHost` instead of ``MainWindow`` keeps the imports one-way: the window
imports the features; the features import only this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow

from ikt_desktop.ui.shell.change_hub import ChangeHub

if TYPE_CHECKING:
    from ikt_desktop.services.privacy.security import Password
    from ikt_desktop.services.project import Project
    from ikt_desktop.ui.shell.workspace import Workspace
    from ikt_desktop.ui.team.coder_bar import CoderBar


class PasswordPrompt(Protocol):
    def ask(self, path: Path, wrong: bool = False) -> Password | None:
        """The password for opening ``path`` (None: the user cancelled)."""


class WindowHost(QMainWindow):
    """The main window as its features see it (``MainWindow`` fills every member)."""

    project: Project | None
    hub: ChangeHub
    undo_stack: QUndoStack
    settings: QSettings
    workspace: Workspace | None
    coder_bar: CoderBar | None
    action_contrast: QAction
    action_undo: QAction  # these four are disabled while a team server is unreachable
    action_redo: QAction
    action_import: QAction
    action_study: QAction
    security: PasswordPrompt

    def open_project(
        self, path: Path, *, read_only: bool = False, password: Password | None = None
    ) -> bool:
        raise NotImplementedError

    def close_project(self) -> None:
        raise NotImplementedError

    def set_project(self, project: Project) -> None:
        raise NotImplementedError
