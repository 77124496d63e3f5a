"""What the themes tree's actions may use of the board: :class:`BoardHost`.

``ThemeBoard`` is a BoardHost; ``tree_actions`` types against this class, so the board can
import its tree actions without an import cycle.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.change_hub import ChangeHub


class BoardHost(QWidget):
    """The Themes tab as its tree actions see it (``ThemeBoard`` fills every member)."""

    project: Project

    @property
    def hub(self) -> ChangeHub:
        raise NotImplementedError

    @property
    def undo_stack(self) -> QUndoStack:
        raise NotImplementedError

    def delete_theme(self, theme_id: int) -> None:
        raise NotImplementedError
