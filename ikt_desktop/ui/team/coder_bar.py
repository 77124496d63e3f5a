"""The team toolbar: who is coding now (switch or add a coder), whose codings are shown
in the transcript and its stripes, and blind mode (only your own codings while you code,
so a second coder is not led by the first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.services.coders import CoderService
from ikt_desktop.services.dto import CoderDTO
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import ServiceCommand

ADD = -1  # the combo box's last entry: "Add coder…"


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def ask_name(parent: QWidget) -> str:
    """The new coder's name (empty: cancelled). Tests replace this."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CoderBar", "Add Coder"),
        QCoreApplication.translate("CoderBar", "Name of the new coder:"),
    )
    return name.strip() if ok else ""


class SwitchCoderCommand(ServiceCommand):
    def __init__(self, coders: CoderService, hub: ChangeHub, coder: CoderDTO) -> None:
        text = QCoreApplication.translate("CoderBar", "Switch to Coder '{name}'")
        super().__init__(text.format(name=coder.name), hub)
        self._coders, self._to = coders, coder.id
        current = coders.current()
        self._from = current.id if current else None

    def _do(self) -> ChangeSet:
        return self._coders.set_current(self._to).changes

    def _undo(self) -> ChangeSet:
        if self._from is None:
            return ChangeSet()
        return self._coders.set_current(self._from).changes


class AddCoderCommand(ServiceCommand):
    """Add a coder and make them current; undo switches back and removes them."""

    def __init__(self, coders: CoderService, hub: ChangeHub, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("CoderBar", "Add Coder '{name}'").format(name=name), hub
        )
        self._coders, self._name = coders, name
        current = coders.current()
        self._from = current.id if current else None
        self.added: int | None = None

    def _do(self) -> ChangeSet:
        coder = self._coders.add(self._name)  # after an undo: the same name, a new row
        self.added = coder.value.id
        return coder.changes + self._coders.set_current(self.added).changes

    def _undo(self) -> ChangeSet:
        assert self.added is not None
        changes = ChangeSet()
        if self._from is not None:
            changes += self._coders.set_current(self._from).changes
        return changes + self._coders.remove(self.added).changes


class CoderBar(QToolBar):
    """Emits ``hidden_changed`` with the coder ids whose codings are not to be shown."""

    hidden_changed = Signal(frozenset)

    def __init__(self, coders: CoderService, hub: ChangeHub, stack: QUndoStack, read_only: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Team"), parent)
        self.setObjectName("team_toolbar")
        self._coders, self._hub, self._stack = coders, hub, stack
        self._hidden: set[int] = set()
        self.addWidget(QLabel(" " + self.tr("Coder:") + " "))
        self.current = QComboBox()
        self.current.setToolTip(self.tr("Who is coding now: new codings are theirs"))
        self.current.setEnabled(not read_only)
        self.current.activated.connect(self._chosen)
        self.addWidget(self.current)
        self.show_menu = QMenu(self.tr("Show Coders"), self)
        self.show_button = QToolButton()
        self.show_button.setText(self.tr("Show Coders"))
        self.show_button.setToolTip(self.tr("Whose codings the transcript and its stripes show"))
        self.show_button.setMenu(self.show_menu)
        self.show_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(self.show_button)
        self.blind = QAction(self.tr("Blind Coding"), self, checkable=True)
        self.blind.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.blind.setToolTip(self.tr("Show only your own codings while you code (Ctrl+Shift+B)"))
        self.blind.toggled.connect(lambda _on: self._emit())
        self.addAction(self.blind)
        hub.project_changed.connect(self._on_changed)
        self.reload()

    # -- state ---------------------------------------------------------------------------

    def hidden(self) -> frozenset[int]:
        return self._hidden_among(self._coders.all(), self._coders.current())

    def _hidden_among(self, coders: list[CoderDTO], me: CoderDTO | None) -> frozenset[int]:
        if self.blind.isChecked():
            return frozenset(c.id for c in coders if me is None or c.id != me.id)
        return frozenset(i for i in self._hidden if any(c.id == i for c in coders))

    def set_shown(self, coder_id: int, shown: bool) -> None:
        (self._hidden.discard if shown else self._hidden.add)(coder_id)
        self._emit()

    def _emit(self) -> None:
        self.hidden_changed.emit(self.reload())

    def reload(self) -> frozenset[int]:
        """Refill the coder list and the Show Coders menu; returns :meth:`hidden`."""
        coders = self._coders.all()
        me = self._coders.current()
        self.current.clear()
        for coder in coders:
            self.current.addItem(swatch(coder.color), coder.name, coder.id)
        self.current.addItem(self.tr("Add Coder…"), ADD)
        if me is not None:
            self.current.setCurrentIndex(self.current.findData(me.id))
        self.show_menu.clear()
        blind = self.blind.isChecked()
        for coder in coders:
            action = self.show_menu.addAction(swatch(coder.color), coder.name)
            action.setCheckable(True)
            action.setChecked(coder.id not in self._hidden)
            action.setEnabled(not blind)
            action.toggled.connect(lambda on, ident=coder.id: self.set_shown(ident, on))
        hidden = self._hidden_among(coders, me)
        shown = self.tr("Show Coders ({shown}/{all})")
        self.show_button.setText(shown.format(shown=len(coders) - len(hidden), all=len(coders)))
        return hidden

    def _on_changed(self, changes: ChangeSet) -> None:
        if Entity.CODER in changes.entities() or changes.ids(Entity.PROJECT, Op.UPDATED):
            self._emit()  # a new coder, a switch: the list, and in blind mode the view

    # -- actions -------------------------------------------------------------------------

    def _chosen(self, index: int) -> None:
        ident = self.current.itemData(index)
        if ident == ADD:
            name = ask_name(self)
            if name:
                commands.push(self._stack, AddCoderCommand(self._coders, self._hub, name), self)
            self.reload()
            return
        me = self._coders.current()
        if me is not None and me.id == ident:
            return
        coder = next(c for c in self._coders.all() if c.id == ident)
        commands.push(self._stack, SwitchCoderCommand(self._coders, self._hub, coder), self)
