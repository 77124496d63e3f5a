"""The codebook as a Qt tree model: a thin adapter over CodeDTO nodes.

``sync()`` brings the tree in line with the codebook service by precise row inserts,
removals and moves plus ``dataChanged`` (never a reset), so selection and expansion
survive every edit and undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ikt_desktop.services.codebook import CodebookService
from ikt_desktop.services.dto import CodeDTO

IdRole = Qt.ItemDataRole.UserRole
ColorRole = Qt.ItemDataRole.UserRole + 1

NAME, CODINGS, SOURCES = range(3)
HEADERS = ("Code", "Codings", "Sources")

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

    def __init__(self, codebook: CodebookService, parent: Any = None) -> None:
        super().__init__(parent)
        self._codebook = codebook
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
            return HEADERS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = index.internalPointer().code
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (code.name, code.coding_count, code.source_count)[column]
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

    # -- our interface ---------------------------------------------------------------

    def index_of(self, code_id: int, column: int = NAME) -> QModelIndex:
        node = self._nodes.get(code_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def code_at(self, index: AnyIndex) -> CodeDTO | None:
        return index.internalPointer().code if index.isValid() else None

    def sync(self) -> None:
        """Make the tree match the service: removals, then inserts and moves in order,
        then ``dataChanged`` for codes whose fields or counts changed."""
        fresh = self._codebook.all()  # parents before children, siblings in order
        by_id = {c.id: c for c in fresh}
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
