"""The sources list as a Qt table model over SourceDTO rows, with a filter proxy."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import NotFoundError
from ikt_desktop.services.dto import SourceDTO
from ikt_desktop.services.sources import SourceService
from ikt_desktop.ui.shell.table_model import RowsTableModel

IdRole = Qt.ItemDataRole.UserRole
HEADERS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Source"),
        QT_TRANSLATE_NOOP("Columns", "Participant"),
        QT_TRANSLATE_NOOP("Columns", "Role"),
        QT_TRANSLATE_NOOP("Columns", "Mode"),
        QT_TRANSLATE_NOOP("Columns", "Words"),
        QT_TRANSLATE_NOOP("Columns", "Codings"),
    )
)
NAME, PARTICIPANT, ROLE, MODE, WORDS, CODINGS = range(len(HEADERS))

AnyIndex = QModelIndex | QPersistentModelIndex
MANY = 5  # more sources changed at once than this: refresh them in one go


class SourcesModel(RowsTableModel):
    headers = HEADERS

    def __init__(self, sources: SourceService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = sources
        self.rows: list[SourceDTO] = []
        self.sync()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        src = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (src.name, src.participant_label, src.participant_role, src.mode,
                      f"{src.word_count:,}", f"{src.coding_count:,}")  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WORDS, CODINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [src.name]
            if src.participant_label or src.participant_role:  # readable however narrow
                parts.append(" · ".join(p for p in (src.participant_label,
                                                      src.participant_role) if p))  # fmt: skip
            if src.interview_date:
                parts.append(f"Interviewed {src.interview_date.isoformat()}")
            if src.duration_seconds:
                parts.append(f"{src.duration_seconds // 60} minutes")
            if src.interviewer:
                parts.append(f"by {src.interviewer}")
            return "\n".join(parts)
        if role == IdRole:
            return src.id
        if role == Qt.ItemDataRole.UserRole + 1:  # sort key for numbers
            return (src.name, src.participant_label, src.participant_role, src.mode,
                    src.word_count, src.coding_count)[column]  # fmt: skip
        return None

    def row_of(self, source_id: int) -> int:
        return next((i for i, s in enumerate(self.rows) if s.id == source_id), -1)

    def source(self, source_id: int) -> SourceDTO | None:
        """The row's DTO as last read (fresh after :meth:`apply_changes`)."""
        row = self.row_of(source_id)
        return self.rows[row] if row >= 0 else None

    def apply_changes(self, changes: ChangeSet) -> None:
        """New or deleted sources: :meth:`sync`; otherwise refresh the changed rows only
        (a coding changes its source's count: one small query, not a full recount)."""
        if changes.ids(Entity.SOURCE, Op.CREATED) or changes.ids(Entity.SOURCE, Op.DELETED):
            self.sync()
            return
        updated = changes.ids(Entity.SOURCE, Op.UPDATED)
        if len(updated) > MANY:
            self._refresh_many(updated)
            return
        for source_id in updated:
            row = self.row_of(source_id)
            if row < 0:
                continue
            try:
                fresh = self._service.get(source_id)
            except NotFoundError:
                self.sync()
                return
            if fresh != self.rows[row]:
                counted = fresh == replace(self.rows[row], coding_count=fresh.coding_count)
                self.rows[row] = fresh
                first = CODINGS if counted else 0  # a coding changes one cell, not the row:
                # the view repaints it alone and the text columns are not measured again
                self.dataChanged.emit(self.index(row, first), self.index(row, len(HEADERS) - 1))

    def _refresh_many(self, updated: frozenset[int]) -> None:
        """Many sources changed at once (an auto-code across 100 transcripts): one read of
        the list and ONE ``dataChanged`` over the changed rows, so a sorting proxy re-sorts
        once rather than once per source."""
        fresh = {s.id: s for s in self._service.all()}
        if any(r.id not in fresh for r in self.rows):
            self.sync()
            return
        changed = [i for i, r in enumerate(self.rows) if r.id in updated and fresh[r.id] != r]
        for row in changed:
            self.rows[row] = fresh[self.rows[row].id]
        if changed:
            last = len(HEADERS) - 1
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))

    def sync(self) -> None:
        """Insert, remove and update rows to match the service (ordered by position)."""
        fresh = self._service.all()
        ids = [s.id for s in fresh]
        for row in reversed(range(len(self.rows))):
            if self.rows[row].id not in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        for row, src in enumerate(fresh):
            if row < len(self.rows) and self.rows[row].id == src.id:
                if self.rows[row] != src:
                    self.rows[row] = src
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
                continue
            current = self.row_of(src.id)
            if current >= 0:  # reordered
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), row)
                self.rows.insert(row, self.rows.pop(current))
                self.endMoveRows()
                self.rows[row] = src
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self.rows.insert(row, src)
                self.endInsertRows()
