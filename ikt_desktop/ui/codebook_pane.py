"""Right pane: the codebook tree with counts, a filter, and undoable edits."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.services.codebook import CodebookService
from ikt_desktop.ui import commands
from ikt_desktop.ui.change_hub import ChangeHub
from ikt_desktop.ui.codebook_model import NAME, CodebookModel


def _filter_proxy() -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setRecursiveFilteringEnabled(True)
    return proxy


class CodebookPane(QWidget):
    def __init__(
        self,
        codebook: CodebookService,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._codebook, self._hub, self._stack = codebook, hub, undo_stack
        self.model = CodebookModel(codebook, self)
        self.model.rename_requested.connect(self.rename_code)
        self.proxy = _filter_proxy()
        self.proxy.setParent(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME)
        self.filter = QLineEdit(placeholderText="Filter codes…", clearButtonEnabled=True)
        self.filter.textChanged.connect(self._on_filter)
        self.view = QTreeView(uniformRowHeights=True)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName("Codebook")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.actions_bar = QToolBar("Codebook")
        self.new_code = self._action("New Code", "Ctrl+Shift+N", self.create_code)
        self.new_subcode = self._action("New Sub-code", "", self.create_subcode)
        self.rename = self._action("Rename", "F2", self._start_rename)
        self.delete = self._action("Delete", QKeySequence.StandardKey.Delete, self.delete_code)
        for action in (self.new_code, self.new_subcode, self.rename, self.delete):
            action.setEnabled(not read_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        hub.codes_changed.connect(self._sync)
        hub.codings_changed.connect(self._sync)
        self.model.rowsInserted.connect(self._expand_inserted)

    # -- actions ---------------------------------------------------------------------

    def current_code_id(self) -> int | None:
        code = self.model.code_at(self.proxy.mapToSource(self.view.currentIndex()))
        return code.id if code else None

    def create_code(self, name: str = "", parent_id: int | None = None) -> int | None:
        """Create a code (under ``parent_id``); the new row is selected for renaming."""
        command = commands.CreateCodeCommand(
            self._codebook, self._hub, name or self._fresh_name(parent_id), parent_id
        )
        if not commands.push(self._stack, command, self):
            return None
        assert command.code_id is not None
        self.select_code(command.code_id)
        return command.code_id

    def create_subcode(self) -> int | None:
        parent = self.current_code_id()
        return self.create_code(parent_id=parent)

    def rename_code(self, code_id: int, name: str) -> None:
        commands.push(
            self._stack, commands.RenameCodeCommand(self._codebook, self._hub, code_id, name), self
        )

    def delete_code(self) -> None:
        code_id = self.current_code_id()
        if code_id is not None:
            commands.push(
                self._stack, commands.DeleteCodeCommand(self._codebook, self._hub, code_id), self
            )

    def select_code(self, code_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        if index.isValid():
            self.view.scrollTo(index)
            self.view.setCurrentIndex(index)

    # -- internals -------------------------------------------------------------------

    def _action(self, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
            # only while the tree has focus: Delete in the filter box must not delete a code
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.actions_bar.addAction(action)
        self.view.addAction(action)
        return action

    def _fresh_name(self, parent_id: int | None) -> str:
        taken = {c.name.casefold() for c in self._codebook.all() if c.parent_id == parent_id}
        n, name = 1, "New code"
        while name.casefold() in taken:
            n += 1
            name = f"New code {n}"
        return name

    def _start_rename(self) -> None:
        if self.view.currentIndex().isValid():
            self.view.edit(self.view.currentIndex())

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.view.expandAll()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.view.expand(self.proxy.mapFromSource(self.model.index(row, 0, parent)))
        if parent.isValid():
            self.view.expand(self.proxy.mapFromSource(parent))

    def _sync(self, _changes: object = None) -> None:
        self.model.sync()
