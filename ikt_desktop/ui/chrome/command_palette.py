"""The command palette (Ctrl+Shift+P): type a few letters of any menu command, see its
menu and shortcut, press Enter to run it. Commands come from the menu bar each time the
palette opens (:mod:`action_index`), so a new menu item is findable with no extra code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)
from shiboken6 import isValid

from ikt_desktop.ui.chrome.action_index import Command, commands

COMMAND_ROLE = Qt.ItemDataRole.UserRole


def matches(query: str, command: Command) -> bool:
    """Every word of ``query`` occurs in the command's menu path, text or shortcut."""
    haystack = f"{command.label} {command.shortcut}".lower()
    return all(word in haystack for word in query.lower().split())


class CommandPalette(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(QCoreApplication.translate("CommandPalette", "Command Palette"))
        self.setModal(False)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            QCoreApplication.translate(
                "CommandPalette", "Type a command (e.g. import, export, theme)…"
            )
        )
        self.query.setAccessibleName(
            QCoreApplication.translate("CommandPalette", "Command to find")
        )
        self.query.setClearButtonEnabled(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("CommandPalette", "Matching commands")
        )
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("CommandPalette", "Command"),
                QCoreApplication.translate("CommandPalette", "Shortcut"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self.run_current)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item, _col: self.run_current())
        self.commands: list[Command] = []
        self.resize(640, 420)

    def open_palette(self) -> None:
        self.commands = commands(self.window_)
        self.query.clear()
        self._filter("")
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def visible_commands(self) -> list[Command]:
        return [item.data(0, COMMAND_ROLE) for item in self._items()]

    def _filter(self, text: str) -> None:
        self.list.clear()
        self.commands = [c for c in self.commands if isValid(c.action)]  # menus rebuilt since
        for command in self.commands:
            if not matches(text, command):
                continue
            item = QTreeWidgetItem([command.label, command.shortcut])
            item.setData(0, COMMAND_ROLE, command)
            item.setToolTip(0, command.action.statusTip() or command.label)
            if not command.action.isEnabled():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(item)
        enabled = [i for i in self._items() if i.flags() & Qt.ItemFlag.ItemIsEnabled]
        if enabled:
            self.list.setCurrentItem(enabled[0])

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        command: Command = item.data(0, COMMAND_ROLE)
        self.hide()
        command.action.trigger()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the query field move through the list."""
        keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in keys
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)
