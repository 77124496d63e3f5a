"""Coded segments of the selected code(s) as a table model over SegmentDTO rows."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ikt_desktop.services.coding.segments import SegmentDTO
from ikt_desktop.ui.shell.table_model import RowsTableModel

CodingIdRole = Qt.ItemDataRole.UserRole
SegmentRole = Qt.ItemDataRole.UserRole + 1
HEADERS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Quote"),
        QT_TRANSLATE_NOOP("Columns", "Participant"),
        QT_TRANSLATE_NOOP("Columns", "Role"),
        QT_TRANSLATE_NOOP("Columns", "Source"),
        QT_TRANSLATE_NOOP("Columns", "Coder"),
        QT_TRANSLATE_NOOP("Columns", "Code"),
    )
)
QUOTE, PARTICIPANT, ROLE, SOURCE, CODER, CODE = range(len(HEADERS))

AnyIndex = QModelIndex | QPersistentModelIndex
ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                      Qt.ItemDataRole.DecorationRole, CodingIdRole, SegmentRole})  # fmt: skip


class RetrievalModel(RowsTableModel):
    """The segments of the listed codes (``everything``, in the list's order) and those
    shown (``rows``: of the participants ``allowed``, None: everyone). Filtered here, not
    by a proxy model: a proxy between the table and a Python model doubles the calls into
    Python each time the table paints (about 1.4 ms of each repaint after a coding)."""

    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SegmentDTO] = []
        self.everything: list[SegmentDTO] = []
        self.allowed: frozenset[int] | None = None

    def _shows(self, segment: SegmentDTO) -> bool:
        return self.allowed is None or segment.participant_id in self.allowed

    def set_segments(self, segments: list[SegmentDTO]) -> None:
        """Replace the list (a new code was selected: a new question, not an edit)."""
        self.beginResetModel()
        self.everything = list(segments)
        self.rows = [s for s in self.everything if self._shows(s)]
        self.endResetModel()

    def set_allowed(self, allowed: frozenset[int] | None) -> None:
        """Show only the segments of these participants (None: everyone)."""
        self.allowed = allowed
        self.set_segments(self.everything)

    def update_segments(self, segments: list[SegmentDTO]) -> None:
        """The same question, after an edit: rows removed, inserted, or changed in place."""
        self.everything = list(segments)
        shown = [s for s in segments if self._shows(s)]
        wanted = {s.coding.id for s in shown}
        for row in reversed(range(len(self.rows))):
            if self.rows[row].coding.id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        for row, segment in enumerate(shown):
            if row < len(self.rows) and self.rows[row].coding.id == segment.coding.id:
                if self.rows[row] is not segment and self.rows[row] != segment:
                    self.rows[row] = segment
                    self.dataChanged.emit(self.index(row, 0), self.index(row, CODE))
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self.rows.insert(row, segment)
                self.endInsertRows()
        if len(self.rows) > len(shown):  # order changed (a resize moved a segment)
            self.set_segments(segments)

    def patch(
        self, removed: frozenset[int], fresh: list[SegmentDTO], listed: frozenset[int]
    ) -> None:
        """A few codings changed (an apply, an undo, a removal): take out ``removed`` and
        the ``fresh`` ones no longer of a ``listed`` code, put the others in their place
        in the list's order; one row each, the rest of the list untouched."""
        gone = removed | {s.coding.id for s in fresh if s.coding.code_id not in listed}
        keep = {s.coding.id: s for s in fresh if s.coding.code_id in listed}
        dropped = gone | set(keep)  # put back below in their place
        everything = [s for s in self.everything if s.coding.id not in dropped]
        for segment in keep.values():
            everything.insert(bisect_left(everything, segment.order(), key=SegmentDTO.order),
                              segment)  # fmt: skip
        self.everything = everything
        hidden = {i for i, s in keep.items() if not self._shows(s)}
        self._patch_rows(gone | hidden, {i: s for i, s in keep.items() if i not in hidden})

    def _patch_rows(self, gone: set[int] | frozenset[int], keep: dict[int, SegmentDTO]) -> None:
        for row in reversed(range(len(self.rows))):
            coding_id = self.rows[row].coding.id
            if coding_id in gone or (
                coding_id in keep and self.rows[row].order() != keep[coding_id].order()
            ):  # gone, or moved (a resize): taken out here, put back below
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        listed_rows = {s.coding.id: row for row, s in enumerate(self.rows) if s.coding.id in keep}
        for segment in sorted(keep.values(), key=SegmentDTO.order):
            at = listed_rows.get(segment.coding.id)
            if at is not None:
                if self.rows[at] != segment:
                    self.rows[at] = segment
                    self.dataChanged.emit(self.index(at, 0), self.index(at, CODE))
                continue
            row = bisect_left(self.rows, segment.order(), key=SegmentDTO.order)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, segment)
            self.endInsertRows()
            listed_rows = {s.coding.id: r for r, s in enumerate(self.rows) if s.coding.id in keep}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # painting a cell asks for seven roles or more: most are answered here at once
        if role not in ANSWERED or not index.isValid():
            return None
        seg = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == QUOTE:
                return " ".join(seg.quote.split())
            return (None, seg.participant_label, seg.participant_role, seg.source_name,
                    seg.coder_name, seg.code_name)[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and column == QUOTE:
            memo = f"\n\nMemo: {seg.coding.memo}" if seg.coding.memo else ""
            return f"{seg.quote}\n{seg.attribution()}{memo}"
        if role == Qt.ItemDataRole.DecorationRole and column == CODE:
            return QColor(seg.code_color)
        if role == CodingIdRole:
            return seg.coding.id
        if role == SegmentRole:
            return seg
        return None
