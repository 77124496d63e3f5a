"""The main toolbar: the daily actions of a research session, each with an icon and a
tooltip naming its shortcut. The project's own actions (New Code, Code Selection) join it
while a project is open and leave with the project's workspace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget
from shiboken6 import isValid

from ikt_desktop.ui.chrome.action_index import plain, shortcut_text
from ikt_desktop.ui.shell.resources import set_icon

ICON_SIZE = 20


def describe(action: QAction, where: str = "") -> None:
    """Tooltip: what the action does and its shortcut ("Import Transcripts (Ctrl+Shift+I)")."""
    keys = shortcut_text(action)
    tip = plain(action.text())
    if keys:
        tip += f" ({keys}{where})"
    action.setToolTip(tip)


class StandIn(QAction):
    """On the toolbar in place of an action whose text changes with every use (Edit ▸
    Undo names the command: "Undo Code 'Trust'"). QToolBar lays itself out again,
    and the main window after it, on any change of an action it shows: about 0.3 ms of
    every coding, for a button that shows an icon. The stand-in changes only when the
    action's icon, tooltip or enabled state does, and triggers it."""

    def __init__(self, action: QAction, parent: QObject) -> None:
        super().__init__(action.icon(), plain(action.text()), parent)
        self.action = action
        self.setToolTip(action.toolTip())
        self.setEnabled(action.isEnabled())
        self.triggered.connect(action.trigger)
        action.changed.connect(self._follow)

    def _follow(self) -> None:
        action = self.action
        if not isValid(action):  # the window is being taken apart: the action says it
            return  # changed while it is destroyed
        if action.isEnabled() != self.isEnabled():
            self.setEnabled(action.isEnabled())
        if action.icon().cacheKey() != self.icon().cacheKey():
            self.setIcon(action.icon())
        if action.toolTip() != self.toolTip():
            self.setToolTip(action.toolTip())


class MainToolBar(QToolBar):
    """``add(action, icon)`` in order; ``project_slot()`` marks where project actions go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MainToolBar", "Main Toolbar"), parent)
        self.setObjectName("main_toolbar")  # saveState/restoreState need a name
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setMovable(False)
        self.setAccessibleName(QCoreApplication.translate("MainToolBar", "Main toolbar"))
        self._slot = QAction(self)  # replaced by project_slot(); until then, appended
        self._project_actions: list[QAction] = []

    def add(
        self, action: QAction, icon_name: str, where: str = "", *, renamed: bool = False
    ) -> QAction:
        """``renamed``: the action's text changes with every use; a :class:`StandIn`
        shows it."""
        set_icon(action, icon_name)
        describe(action, where)
        self.addAction(StandIn(action, self) if renamed else action)
        return action

    def project_slot(self) -> None:
        """Project actions will be inserted here (before what is added next)."""
        self._slot = self.addSeparator()

    def attach_project(self, actions: list[tuple[QAction, str, str]]) -> None:
        """Show a project's actions ``(action, icon name, where)`` at the project slot."""
        self.detach_project()
        for action, icon_name, where in actions:
            set_icon(action, icon_name)
            describe(action, where)
            if self._slot in self.actions():
                self.insertAction(self._slot, action)
            else:
                self.addAction(action)
            self._project_actions.append(action)

    def detach_project(self) -> None:
        for action in self._project_actions:
            self.removeAction(action)
        self._project_actions = []

    def icon_actions(self) -> list[QAction]:
        return [a for a in self.actions() if not a.isSeparator()]
