"""The codebook as a Qt tree model: a thin adapter over CodeDTO nodes.

``sync()`` brings the tree in line with the codebook service by precise row inserts,
removals and moves plus ``dataChanged`` (never a reset), so selection and expansion
survive every edit and undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.errors import NotFoundError
from ikt_desktop.services.coding.codebook import CodebookService
from ikt_desktop.services.dto import CodeDTO
from ikt_desktop.ui.shell.mime import (
    CODE_MIME,
    SELECTION_MIME,
    decode_ids,
    decode_selection,
    encode_ids,
)

IdRole = Qt.ItemDataRole.UserRole
ColorRole = Qt.ItemDataRole.UserRole + 1

NAME, CODINGS, SOURCES, PARTICIPANTS = range(4)
HEADERS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Code"),
        QT_TRANSLATE_NOOP("Columns", "Codings"),
        QT_TRANSLATE_NOOP("Columns", "Sources"),
        QT_TRANSLATE_NOOP("Columns", "People"),
    )
)
HEADER_TIPS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Code"),
        QT_TRANSLATE_NOOP("Columns", "Coded segments"),
        QT_TRANSLATE_NOOP("Columns", "Sources with a coded segment"),
        QT_TRANSLATE_NOOP("Columns", "Participants with a coded segment"),
    )
)

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    code: CodeDTO | None  # None for the invisible root
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class CodebookModel(QAbstractItemModel):
    rename_requested = Signal(int, str)  # code id, new name (the pane pushes the command)
    move_requested = Signal(int, object, int)  # code id, new parent id or None, row
    selection_dropped = Signal(int, int, int, int)  # code id, source id, start, end

    def __init__(
        self, codebook: CodebookService, parent: Any = None, *, kind: str | None = None
    ) -> None:
        super().__init__(parent)
        self._codebook = codebook
        self._kind = kind  # "thematic" (the codebook) or "structural" (interview guide)
        self._foreign: set[int] = set()  # codes of the other kind: not ours to show
        self._root = Node(None)
        self._nodes: dict[int, Node] = {}
        self.sync()

    # -- Qt model interface ----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != NAME:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Columns", HEADER_TIPS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == NAME:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = index.internalPointer().code
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (code.name, code.coding_count, code.source_count, code.participant_count)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return QColor(code.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return code.definition or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return code.id
        if role == ColorRole:
            return code.color
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != NAME or role != Qt.ItemDataRole.EditRole:
            return False
        code = index.internalPointer().code
        name = str(value).strip()
        if not name or name == code.name:
            return False
        self.rename_requested.emit(code.id, name)
        return True  # the command's ChangeSet updates the row

    # -- drag and drop: codes move through an undo command; text selections get coded ----

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, SELECTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = list(dict.fromkeys(i.data(IdRole) for i in indexes if i.isValid()))
        encode_ids(mime, CODE_MIME, ids)
        return mime

    def _drop_target(self, row: int, parent: AnyIndex) -> tuple[int | None, int]:
        """(new parent id, row) for a drop between rows or onto a code."""
        parent_id = self.code_at(parent).id if parent.isValid() else None  # type: ignore[union-attr]
        if row < 0:  # onto the item: becomes its last child
            row = self.rowCount(parent)
        return parent_id, row

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if data.hasFormat(SELECTION_MIME):
            return parent.isValid() and row < 0  # onto a code
        ids = decode_ids(data, CODE_MIME)
        if len(ids) != 1 or ids[0] not in self._nodes:
            return False
        parent_id, _ = self._drop_target(row, parent)
        parents = {i: n.code.parent_id for i, n in self._nodes.items() if n.code}
        return codetree.can_move(ids[0], parent_id, parents)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        selection = decode_selection(data)
        if selection is not None:
            code = self.code_at(parent)
            assert code is not None
            self.selection_dropped.emit(code.id, *selection)
            return True
        code_id = decode_ids(data, CODE_MIME)[0]
        parent_id, row = self._drop_target(row, parent)
        node = self._nodes[code_id]
        if node.code and node.code.parent_id == parent_id and node.row() < row:
            row -= 1  # rows are counted without the moved code itself
        self.move_requested.emit(code_id, parent_id, row)
        return False  # the command moves the row; the view must not remove it itself

    # -- our interface ---------------------------------------------------------------

    def index_of(self, code_id: int, column: int = NAME) -> QModelIndex:
        node = self._nodes.get(code_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def code(self, code_id: int) -> CodeDTO | None:
        """The code as this tree last read it (after :meth:`apply_changes`: fresh)."""
        node = self._nodes.get(code_id)
        return node.code if node else None

    def code_at(self, index: AnyIndex) -> CodeDTO | None:
        return index.internalPointer().code if index.isValid() else None

    def sync(self) -> None:
        """Make the tree match the service: removals, then inserts and moves in order,
        then ``dataChanged`` for codes whose fields or counts changed."""
        every = self._codebook.all()  # parents before children, siblings in order
        fresh = [c for c in every if self._kind is None or c.kind == self._kind]
        by_id = {c.id: c for c in fresh}
        self._foreign = {c.id for c in every if c.id not in by_id}
        for node in [n for i, n in self._nodes.items() if i not in by_id]:
            if node.parent is not None and (
                node.parent.code is None or node.parent.code.id in by_id
            ):
                self._remove(node)
        wanted: dict[int | None, list[int]] = {}
        for c in fresh:
            wanted.setdefault(c.parent_id, []).append(c.id)
        self._place(self._root, wanted, by_id)
        for c in fresh:
            node = self._nodes[c.id]
            if node.code != c:
                node.code = c
                self.dataChanged.emit(self.index_of(c.id, NAME), self.index_of(c.id, SOURCES))

    def apply_changes(self, changes: ChangeSet) -> None:
        """Follow a ChangeSet: counts or details of a few codes change in place (one cheap
        query per code); anything structural (new, deleted, moved codes) runs :meth:`sync`."""
        if changes.ids(Entity.CODE, Op.CREATED) or changes.ids(Entity.CODE, Op.DELETED):
            self.sync()
            return
        fresh = []
        for code_id in sorted(changes.ids(Entity.CODE, Op.UPDATED) - self._foreign):
            node = self._nodes.get(code_id)
            if node is None or node.code is None:
                self.sync()
                return
            try:
                code = self._codebook.get(code_id)
            except NotFoundError:
                self.sync()
                return
            if (code.parent_id, code.position) != (node.code.parent_id, node.code.position):
                self.sync()
                return
            fresh.append((node, code))
        for node, code in fresh:
            if node.code != code:
                old = node.code
                counted = old is not None and code == replace(
                    old, coding_count=code.coding_count, source_count=code.source_count,
                    participant_count=code.participant_count)  # fmt: skip
                node.code = code
                first = CODINGS if counted else NAME  # new counts: their cells alone repaint
                self.dataChanged.emit(self.index_of(code.id, first),
                                      self.index_of(code.id, PARTICIPANTS))  # fmt: skip

    # -- internals -------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def _parent_index(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def _remove(self, node: Node) -> None:
        parent = node.parent
        assert parent is not None
        row = node.row()
        self.beginRemoveRows(self._parent_index(parent), row, row)
        parent.children.pop(row)
        node.parent = None
        self.endRemoveRows()
        stack = [node]
        while stack:
            n = stack.pop()
            if n.code is not None:
                self._nodes.pop(n.code.id, None)
            stack.extend(n.children)

    def _place(
        self, parent: Node, wanted: dict[int | None, list[int]], by_id: dict[int, CodeDTO]
    ) -> None:
        key = parent.code.id if parent.code else None
        for row, code_id in enumerate(wanted.get(key, [])):
            node = self._nodes.get(code_id)
            if node is None:
                self.beginInsertRows(self._parent_index(parent), row, row)
                node = Node(by_id[code_id], parent)
                parent.children.insert(row, node)
                self._nodes[code_id] = node
                self.endInsertRows()
            elif node.parent is not parent or node.row() != row:
                old_parent = node.parent
                assert old_parent is not None
                old_row = node.row()
                self.beginMoveRows(
                    self._parent_index(old_parent), old_row, old_row,
                    self._parent_index(parent), row,
                )  # fmt: skip
                old_parent.children.pop(old_row)
                parent.children.insert(row, node)
                node.parent = parent
                self.endMoveRows()
            self._place(node, wanted, by_id)
