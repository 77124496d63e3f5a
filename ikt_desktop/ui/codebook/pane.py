"""Right pane: the codebook tree with counts, a filter, and undoable edits."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.coding import codetree
from ikt_desktop.services.coding.codebook import CodebookService
from ikt_desktop.services.dto import CodeDTO
from ikt_desktop.ui.codebook.model import NAME, CodebookModel
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.columns import fix_count_columns


class CodeFilterProxyModel(QSortFilterProxyModel):
    """The filter box's text, and optionally only some codes (e.g. the codes in play in
    a meeting); parents of a shown code stay to keep the tree readable."""

    def __init__(self) -> None:
        super().__init__()
        self.only: frozenset[int] | None = None
        self.text = ""

    def set_text(self, text: str) -> None:
        self._recursive(bool(text) or self.only is not None)
        self.text = text
        self.setFilterFixedString(text)
        self._recursive(bool(text) or self.only is not None)

    def set_only(self, code_ids: frozenset[int] | None) -> None:
        self._recursive(bool(self.text) or code_ids is not None)
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            self.only = code_ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only = code_ids
            self.invalidateFilter()
        self._recursive(bool(self.text) or code_ids is not None)

    def _recursive(self, filtering: bool) -> None:
        """Parents of matching codes are kept only while something is filtered: recursive
        filtering also re-checks (and so repaints) the parent of every code whose counts
        change, one row more per coding for nothing when the whole tree is shown."""
        if self.isRecursiveFilteringEnabled() != filtering:
            self.setRecursiveFilteringEnabled(filtering)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.only is not None:
            model = self.sourceModel()
            code = model.code_at(model.index(row, 0, parent))  # type: ignore[attr-defined]
            if code is None or code.id not in self.only:
                return False
        return super().filterAcceptsRow(row, parent)


def _filter_proxy() -> CodeFilterProxyModel:
    return CodeFilterProxyModel()


class CodebookPane(QWidget):
    code_selected = Signal(object)  # code id or None
    code_activated = Signal(int)  # double-click or Enter: apply to the text selection
    selection_dropped = Signal(int, int, int, int)  # code id, source id, start, end
    merge_requested = Signal(int)  # code id to merge into another (chosen by the picker)

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
        self.model = CodebookModel(codebook, self, kind="thematic")
        self.model.rename_requested.connect(self.rename_code)
        self.model.move_requested.connect(self.move_code)
        self.model.selection_dropped.connect(self.selection_dropped)
        self.proxy = _filter_proxy()
        self.proxy.setParent(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME)
        self.filter = QLineEdit(placeholderText=self.tr("Filter codes…"), clearButtonEnabled=True)
        self.filter.textChanged.connect(self._on_filter)
        self.view = QTreeView(uniformRowHeights=True)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Codebook"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2
        self.view.setDragEnabled(not read_only)
        self.view.setAcceptDrops(not read_only)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.read_only = read_only
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        fix_count_columns(self.view, (1, 2, 3))  # not re-measured on each count change
        self.view.expandAll()
        self._build_guide_tab(codebook)
        self.actions_bar = QToolBar(self.tr("Codebook"))
        # text beside any icon: New Code also sits on the main toolbar with its icon
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_code = self._action(self.tr("New Code"), "Ctrl+Shift+N", self.create_code)
        self.new_subcode = self._action(self.tr("New Sub-code"), "", self.create_subcode)
        # the toolbar's button may be shorter than the menu item (German runs ~30% longer)
        self.new_subcode.setIconText(self.tr("New Sub-code", "toolbar button"))
        self.rename = self._action(self.tr("Rename"), "F2", self._start_rename)
        self.delete = self._action(
            self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_code
        )
        for action in (self.new_code, self.new_subcode, self.rename, self.delete):
            action.setEnabled(not read_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.filter)
        layout.addWidget(self.tabs)
        hub.codes_changed.connect(self.model.apply_changes)
        hub.codes_changed.connect(self.guide_model.apply_changes)
        self.model.rowsInserted.connect(self._expand_inserted)

    # -- actions ---------------------------------------------------------------------

    def known_code(self, code_id: int) -> CodeDTO | None:
        """A code as the trees hold it (fresh after a change set), without a query."""
        return self.model.code(code_id) or self.guide_model.code(code_id)

    def current_code_id(self) -> int | None:
        if self.tabs.currentWidget() is self.guide_view:
            code = self.guide_model.code_at(self.guide_view.currentIndex())
        else:
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
            self._stack,
            commands.RenameCodeCommand(
                self._codebook, self._hub, code_id, name, seen=self.known_code(code_id)
            ),
            self,
        )

    def move_code(self, code_id: int, parent_id: int | None, row: int) -> None:
        commands.push(
            self._stack,
            commands.MoveCodeCommand(self._codebook, self._hub, code_id, parent_id, row),
            self,
        )
        self.select_code(code_id)

    def recolor_code(self, code_id: int, color: str) -> None:
        commands.push(
            self._stack,
            commands.RecolorCodeCommand(self._codebook, self._hub, code_id, color),
            self,
        )

    def merge_codes(self, source_id: int, target_id: int) -> None:
        if commands.push(
            self._stack,
            commands.MergeCodeCommand(self._codebook, self._hub, source_id, target_id),
            self,
        ):
            self.select_code(target_id)

    def delete_code(self) -> None:
        code_id = self.current_code_id()
        if code_id is not None:
            commands.push(
                self._stack, commands.DeleteCodeCommand(self._codebook, self._hub, code_id), self
            )

    def select_code(self, code_id: int) -> None:
        guide = self.guide_model.index_of(code_id)
        if guide.isValid():
            self.tabs.setCurrentWidget(self.guide_view)
            self.guide_view.scrollTo(guide)
            self.guide_view.setCurrentIndex(guide)
            return
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        if index.isValid():
            self.tabs.setCurrentWidget(self.view)
            self.view.scrollTo(index)
            self.view.setCurrentIndex(index)

    # -- internals -------------------------------------------------------------------

    def _build_guide_tab(self, codebook: CodebookService) -> None:
        """The interview guide's structural codes, in a tree (and tab) of their own:
        selectable (their segments show below) and usable to code by hand, not dragged."""
        self.guide_model = CodebookModel(codebook, self, kind="structural")
        self.guide_model.rename_requested.connect(self.rename_code)
        self.guide_view = QTreeView(uniformRowHeights=True)
        self.guide_view.setModel(self.guide_model)
        self.guide_view.setAccessibleName(self.tr("Interview guide"))
        self.guide_view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.guide_view.activated.connect(self._on_guide_activated)
        self.guide_view.selectionModel().currentChanged.connect(self._on_guide_current)
        header = self.guide_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        fix_count_columns(self.guide_view, (1, 2, 3))
        self.guide_view.expandAll()
        self.guide_model.rowsInserted.connect(lambda *_: self.guide_view.expandAll())
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.addTab(self.view, self.tr("Codebook"))
        self.tabs.addTab(self.guide_view, self.tr("Interview Guide"))
        self.tabs.setTabToolTip(
            1,
            self.tr(
                "Interview-guide questions: structural codes, kept apart from the codebook "
                "(Code ▸ Interview Guide…)"
            ),
        )
        self.tabs.currentChanged.connect(self._on_tab)

    def _on_guide_activated(self, index: QModelIndex) -> None:
        code = self.guide_model.code_at(index)
        if code is not None:
            self.code_activated.emit(code.id)

    def _on_guide_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.guide_model.code_at(current)
        self.code_selected.emit(code.id if code else None)

    def _on_tab(self, _index: int) -> None:
        self.code_selected.emit(self.current_code_id())

    def _action(self, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
            # only while the tree has focus: Delete in the filter box must not delete a code
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.actions_bar.addAction(action)
        self.view.addAction(action)
        self.guide_view.addAction(action)
        return action

    def _fresh_name(self, parent_id: int | None) -> str:
        taken = {c.name.casefold() for c in self._codebook.all() if c.parent_id == parent_id}
        base = self.tr("New code")
        n, name = 1, base
        while name.casefold() in taken:
            n += 1
            name = f"{base} {n}"
        return name

    def _start_rename(self) -> None:
        view = self.tabs.currentWidget()
        if isinstance(view, QTreeView) and view.currentIndex().isValid():
            view.edit(view.currentIndex())

    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.view.expandAll()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.view.expand(self.proxy.mapFromSource(self.model.index(row, 0, parent)))
        if parent.isValid():
            self.view.expand(self.proxy.mapFromSource(parent))

    def _on_activated(self, index: QModelIndex) -> None:
        code = self.model.code_at(self.proxy.mapToSource(index))
        if code is not None:
            self.code_activated.emit(code.id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.model.code_at(self.proxy.mapToSource(current))
        self.code_selected.emit(code.id if code else None)

    def _context_menu(self, point: QPoint) -> None:
        code = self.model.code_at(self.proxy.mapToSource(self.view.indexAt(point)))
        menu = QMenu(self)
        for action in (self.new_code, self.new_subcode, self.rename, self.delete):
            menu.addAction(action)
        if code is not None and not self.read_only:
            colours = menu.addMenu(self.tr("Colour"))
            for color in codetree.PALETTE:
                chip = QPixmap(14, 14)
                chip.fill(QColor(color))
                act = colours.addAction(QIcon(chip), color)
                act.triggered.connect(lambda _c=False, x=color: self.recolor_code(code.id, x))
            custom = colours.addAction(self.tr("Other Colour…"))
            custom.triggered.connect(lambda: self._custom_colour(code.id, code.color))
            merge = menu.addAction(self.tr("Merge Into…"))
            merge.triggered.connect(lambda: self.merge_requested.emit(code.id))
        menu.popup(self.view.viewport().mapToGlobal(point))

    def _custom_colour(self, code_id: int, current: str) -> None:
        dialog = QColorDialog(QColor(current), self)
        dialog.colorSelected.connect(lambda c: self.recolor_code(code_id, c.name()))
        dialog.open()
