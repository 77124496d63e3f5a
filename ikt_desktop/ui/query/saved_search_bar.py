"""The saved-search row of the Search tab: a picker of the text searches kept in the
project, with Open, Save…, Rename… and Delete (undo commands shared with saved coding
queries). Opening a search hands its query and options to the pane (``opened``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.query.saved_queries import TEXT, SavedQueryService
from ikt_desktop.services.query.search import SearchOptions, SearchService
from ikt_desktop.ui.query.commands import (
    DeleteSavedQueryCommand,
    RenameSavedQueryCommand,
    SaveQueryCommand,
    UpdateSavedQueryCommand,
)
from ikt_desktop.ui.query.query_pane import AskText, _ask_text
from ikt_desktop.ui.shell import commands, messages
from ikt_desktop.ui.shell.change_hub import ChangeHub

NOUN = QT_TRANSLATE_NOOP("SavedSearchBar", "Search")  # the kind in Edit ▸ Undo <…>


class SavedSearchBar(QWidget):
    opened = Signal(object)  # an OpenedSearch

    def __init__(
        self, saved: SavedQueryService, search: SearchService, hub: ChangeHub,
        undo_stack: QUndoStack, current: Callable[[], tuple[str, SearchOptions]],
        *, read_only: bool = False, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._saved, self._search, self._hub, self._stack = saved, search, hub, undo_stack
        self._current, self._read_only = current, read_only
        self.ask_text: AskText = _ask_text
        self.picker = QComboBox()
        self.picker.setAccessibleName(
            QCoreApplication.translate("SavedSearchBar", "Saved searches")
        )
        self.picker.setPlaceholderText(
            QCoreApplication.translate("SavedSearchBar", "Saved searches")
        )
        self.picker.setMinimumContentsLength(16)
        self.open_button = QPushButton(QCoreApplication.translate("SavedSearchBar", "Open"))
        self.save_button = QPushButton(QCoreApplication.translate("SavedSearchBar", "Save…"))
        self.rename_button = QPushButton(QCoreApplication.translate("SavedSearchBar", "Rename…"))
        self.delete_button = QPushButton(QCoreApplication.translate("SavedSearchBar", "Delete"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker, 1)
        for button in (self.open_button, self.save_button, self.rename_button, self.delete_button):
            layout.addWidget(button)
        self.open_button.clicked.connect(lambda: self.open_saved())
        self.save_button.clicked.connect(lambda: self.save())
        self.rename_button.clicked.connect(lambda: self.rename_saved())
        self.delete_button.clicked.connect(lambda: self.delete_saved())
        self.picker.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.picker.activated.connect(lambda _i: self.open_saved())
        hub.changed.connect(self._on_changed)
        self._fill()

    def _on_changed(self, changes: ChangeSet) -> None:
        if Entity.SAVED_QUERY not in changes.entities():
            return
        self._fill()
        created = sorted(changes.ids(Entity.SAVED_QUERY, Op.CREATED))
        at = self.picker.findData(created[0]) if created else -1
        if at >= 0:  # saved, or back by undo: show it
            self.picker.setCurrentIndex(at)

    def _fill(self) -> None:
        chosen = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        for q in self._saved.all(TEXT):
            self.picker.addItem(q.name, q.id)
        self.picker.setCurrentIndex(self.picker.findData(chosen))
        self.picker.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.picker.currentData() is not None
        self.open_button.setEnabled(chosen)
        self.rename_button.setEnabled(chosen and not self._read_only)
        self.delete_button.setEnabled(chosen and not self._read_only)
        self.save_button.setEnabled(not self._read_only)

    def save(self, name: str | None = None) -> bool:
        """Save what is typed with the options chosen; a saved search of that name is
        replaced (one undoable action either way)."""
        query, options = self._current()
        try:
            definition = self._search.definition(query, options)
        except UserError as exc:
            messages.warn(
                self,
                QCoreApplication.translate("SavedSearchBar", "Cannot save the search"),
                str(exc),
            )
            return False
        if name is None:
            name = self.ask_text(
                self,
                QCoreApplication.translate("SavedSearchBar", "Save Search"),
                QCoreApplication.translate("SavedSearchBar", "Name:"),
                self.picker.currentText() or query,
            )
            if name is None:
                return False
        existing = {q.name.casefold(): q.id for q in self._saved.all(TEXT)}
        ident = existing.get(" ".join(name.split()).casefold())
        command: commands.ServiceCommand
        if ident is not None:
            command = UpdateSavedQueryCommand(
                self._saved,
                self._hub,
                ident,
                definition,
                QCoreApplication.translate("SavedSearchBar", str(NOUN)),
            )
        else:
            command = SaveQueryCommand(
                self._saved,
                self._hub,
                name,
                TEXT,
                definition,
                QCoreApplication.translate("SavedSearchBar", str(NOUN)),
            )
        return commands.push(self._stack, command, self)

    def open_saved(self) -> bool:
        """Hand the chosen search (query, options, sources still there) to the pane."""
        ident = self.picker.currentData()
        if ident is None:
            return False
        try:
            opened = self._search.open_saved(self._saved.get(ident).definition)
        except UserError as exc:
            messages.warn(
                self,
                QCoreApplication.translate("SavedSearchBar", "Cannot open the search"),
                f"{self.picker.currentText()}: {exc}",
            )
            return False
        self.opened.emit(opened)
        return True

    def rename_saved(self, name: str | None = None) -> None:
        ident = self.picker.currentData()
        if ident is None:
            return
        if name is None:
            name = self.ask_text(
                self,
                QCoreApplication.translate("SavedSearchBar", "Rename Search"),
                QCoreApplication.translate("SavedSearchBar", "New name:"),
                self.picker.currentText(),
            )
            if name is None:
                return
        command = RenameSavedQueryCommand(
            self._saved,
            self._hub,
            ident,
            name,
            QCoreApplication.translate("SavedSearchBar", str(NOUN)),
        )
        commands.push(self._stack, command, self)

    def delete_saved(self) -> None:
        ident = self.picker.currentData()
        if ident is not None:
            command = DeleteSavedQueryCommand(
                self._saved,
                self._hub,
                ident,
                QCoreApplication.translate("SavedSearchBar", str(NOUN)),
            )
            commands.push(self._stack, command, self)
