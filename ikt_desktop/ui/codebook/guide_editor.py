"""The interview guide as an editable list (Code ▸ Interview Guide…): the questions in
order, their short names and wording (the code's definition) edited in place, reordered
by drag or Move Up / Move Down, deleted with their codings (the user is told how many).
Every edit is an undo command through the codebook service (rename, edit_details, move,
delete/restore with the same ids); an edit of several rows is one macro."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.services.dto import CodeDTO
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.mime import decode_ids, encode_ids
from ikt_desktop.ui.shell.table_model import AnyIndex, RowsTableModel

QUESTION_MIME = "application/x-ikt-guide-question-ids"
NUMBER, NAME, WORDING, CODINGS = range(4)
IdRole = Qt.ItemDataRole.UserRole
_NUMBERED = re.compile(r"^Q(\d+) ")
Confirm = Callable[[QWidget, str], bool]


def confirm_delete(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("GuideEditor", "Delete Guide Questions"), text
    )
    return answer == QMessageBox.StandardButton.Yes


def delete_text(rows: Sequence[CodeDTO]) -> str:
    """What the confirmation says: which questions, and how many codings go with them."""
    codings = sum(c.coding_count for c in rows)
    what = (
        f"'{rows[0].name}'"
        if len(rows) == 1
        else QCoreApplication.translate("GuideEditor", "{count} questions").format(count=len(rows))
    )
    with_codings = (
        (
            " "
            + QCoreApplication.translate("GuideEditor", "and its {codings} coding(s)").format(
                codings=codings
            )
            if len(rows) == 1
            else " "
            + QCoreApplication.translate("GuideEditor", "and their {codings} coding(s)").format(
                codings=codings
            )
        )
        if codings
        else ""
    )
    return QCoreApplication.translate(
        "GuideEditor", "Delete {what}{with_codings}? Edit ▸ Undo brings them back."
    ).format(what=what, with_codings=with_codings)


class GuideQuestionsModel(RowsTableModel):
    """The guide's questions (CodeDTO rows, in order). Edits and drops do not change the
    rows: they emit a request; the undo command's ChangeSet brings the rows up to date
    through :meth:`sync` (rows inserted, removed, moved and changed one by one)."""

    headers: ClassVar[tuple[str, ...]] = tuple(
        str(h)
        for h in (
            "#",
            QT_TRANSLATE_NOOP("Columns", "Short name"),
            QT_TRANSLATE_NOOP("Columns", "Wording"),
            QT_TRANSLATE_NOOP("Columns", "Codings"),
        )
    )
    rename_requested = Signal(int, str)  # code id, name
    wording_requested = Signal(int, str)  # code id, definition
    move_requested = Signal(object, int)  # list of code ids, row to put them at

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code: CodeDTO = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (index.row() + 1, code.name, code.definition, code.coding_count)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, WORDING):
            return code.definition
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, CODINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return code.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)  # fmt: skip
        if index.column() in (NAME, WORDING):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        code: CodeDTO = self.rows[index.row()]
        text = " ".join(str(value).split())
        if index.column() == NAME and text and text != code.name:
            self.rename_requested.emit(code.id, text)
            return True
        if index.column() == WORDING and text and text != code.definition:
            self.wording_requested.emit(code.id, text)
            return True
        return False

    # -- drag and drop: reorder through an undo command -------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [QUESTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        encode_ids(mime, QUESTION_MIME, [self.rows[r].id for r in rows])
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:  # fmt: skip
        own = {c.id for c in self.rows}
        ids = decode_ids(data, QUESTION_MIME)
        return bool(ids) and set(ids) <= own and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:  # fmt: skip
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:  # dropped onto a row: before it; onto the empty area: at the end
            row = parent.row() if parent.isValid() else len(self.rows)
        self.move_requested.emit(decode_ids(data, QUESTION_MIME), row)
        return False  # the rows move when the command's ChangeSet arrives

    # -- keeping up with the project ----------------------------------------------------

    def sync(self, rows: Sequence[CodeDTO]) -> None:
        """Become ``rows``: remove, move, insert and update rows one by one."""
        wanted, reshaped = {c.id for c in rows}, False
        for r in reversed(range(len(self.rows))):
            if self.rows[r].id not in wanted:
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.rows[r]
                self.endRemoveRows()
                reshaped = True
        for r, code in enumerate(rows):
            at = next((i for i in range(r, len(self.rows)) if self.rows[i].id == code.id), -1)
            if at < 0:
                self.beginInsertRows(QModelIndex(), r, r)
                self.rows.insert(r, code)
                self.endInsertRows()
                reshaped = True
            elif at != r:
                self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), r)
                self.rows.insert(r, self.rows.pop(at))
                self.endMoveRows()
                reshaped = True
        for r, code in enumerate(rows):
            if self.rows[r] != code:
                self.rows[r] = code
                self.dataChanged.emit(self.index(r, NAME), self.index(r, CODINGS))
        if reshaped and self.rows:  # the numbers follow the rows
            self.dataChanged.emit(self.index(0, NUMBER), self.index(len(self.rows) - 1, NUMBER))

    def index_of(self, code_id: int) -> int:
        return next((r for r, c in enumerate(self.rows) if c.id == code_id), -1)


class GuideEditor(QWidget):
    """The questions table with Move Up / Move Down / Delete; ``confirm`` is asked
    before a delete (tests replace it)."""

    def __init__(self, project: Project, hub: ChangeHub, stack: QUndoStack,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._project, self._hub, self._stack = project, hub, stack
        self.confirm: Confirm = confirm_delete
        self.model = GuideQuestionsModel(self)
        self.model.sync(project.guide.questions())
        self.model.rename_requested.connect(self._rename)
        self.model.wording_requested.connect(self._reword)
        self.model.move_requested.connect(self.move_to)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("GuideEditor", "Guide questions"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        if project.read_only:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        for column in (NUMBER, CODINGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NAME, 240)
        self.up_button = QPushButton(QCoreApplication.translate("GuideEditor", "Move Up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(QCoreApplication.translate("GuideEditor", "Move Down"))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.delete_button = QPushButton(QCoreApplication.translate("GuideEditor", "Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(not project.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        hub.codes_changed.connect(self.refresh)
        hub.codings_changed.connect(self.refresh)  # the counts

    def refresh(self, _changes: object = None) -> None:
        self.model.sync(self._project.guide.questions())

    def selected(self) -> list[CodeDTO]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    def select(self, ids: Sequence[int]) -> None:
        selection = self.view.selectionModel()
        selection.clear()
        for code_id in ids:
            row = self.model.index_of(code_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)  # fmt: skip

    # -- edits: one undo command each, a macro for several rows --------------------------

    def _rename(self, code_id: int, name: str) -> None:
        codebook = self._project.codebook
        commands.push(self._stack, commands.RenameCodeCommand(codebook, self._hub, code_id, name),
                      self)  # fmt: skip

    def _reword(self, code_id: int, wording: str) -> None:
        command = commands.EditCodeDetailsCommand(self._project.codebook, self._hub, code_id,
                                                  definition=wording)  # fmt: skip
        command.setText(
            QCoreApplication.translate("GuideEditor", "Reword '{name}'").format(
                name=self._project.codebook.get(code_id).name
            )
        )
        commands.push(self._stack, command, self)

    def move_selected(self, step: int) -> bool:
        chosen = self.selected()
        if not chosen:
            return False
        first = self.model.index_of(chosen[0].id)
        last = self.model.index_of(chosen[-1].id)
        target = first + step if step < 0 else last + step - len(chosen) + 1
        if target < 0 or target + len(chosen) > len(self.model.rows):
            return False
        return self.move_to([c.id for c in chosen], target if step < 0 else target + len(chosen))

    def move_to(self, ids: Sequence[int], row: int) -> bool:
        """Put the questions ``ids`` (in their current order) before row ``row`` (counted
        with them), as one undo step; "Q<n>" names follow the new order."""
        order = [c.id for c in self.model.rows]
        moving = [i for i in order if i in set(ids)]
        before = sum(1 for i in order[:row] if i not in moving)
        rest = [i for i in order if i not in moving]
        after = rest[:before] + moving + rest[before:]
        if after == order:
            return False
        root = self.model.rows[0].parent_id
        codebook = self._project.codebook
        label = (
            f"Move '{self.model.rows[order.index(moving[0])].name}'"
            if len(moving) == 1
            else QCoreApplication.translate("GuideEditor", "Move {count} Guide Questions").format(
                count=len(moving)
            )
        )
        self._stack.beginMacro(label)
        try:
            for row_now, code_id in enumerate(after):
                if order[row_now] != code_id:
                    command = commands.MoveCodeCommand(codebook, self._hub, code_id, root, row_now)
                    if not commands.push(self._stack, command, self):
                        break
                    order.remove(code_id)
                    order.insert(row_now, code_id)
            self._renumber()
        finally:
            self._stack.endMacro()
        self.select(moving)
        return True

    def _renumber(self) -> None:
        """Names that start "Q<n> " take their new place's number."""
        codebook = self._project.codebook
        for row, code in enumerate(self._project.guide.questions(), start=1):
            match = _NUMBERED.match(code.name)
            if match and int(match.group(1)) != row:
                name = f"Q{row} {code.name[match.end() :]}"
                command = commands.RenameCodeCommand(codebook, self._hub, code.id, name)
                commands.push(self._stack, command, self)

    def delete_selected(self) -> bool:
        """Delete the selected questions and their codings, after saying how many."""
        chosen = self.selected()
        if not chosen or not self.confirm(self, delete_text(chosen)):
            return False
        codebook = self._project.codebook
        self._stack.beginMacro(
            QCoreApplication.translate("GuideEditor", "Delete '{name}'").format(name=chosen[0].name)
            if len(chosen) == 1
            else QCoreApplication.translate("GuideEditor", "Delete {count} Guide Questions").format(
                count=len(chosen)
            )
        )
        try:
            for code in chosen:
                command = commands.DeleteCodeCommand(codebook, self._hub, code.id)
                commands.push(self._stack, command, self)
            self._renumber()
        finally:
            self._stack.endMacro()
        return True
