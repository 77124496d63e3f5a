"""A coding query's results as a table model over QueryRow DTOs (read-only: a new run
replaces the rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from ikt_desktop.domain.query.coding_eval import QueryRow
from ikt_desktop.ui.shell.table_model import RowsTableModel

RowRole = Qt.ItemDataRole.UserRole
HEADERS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Quote"),
        QT_TRANSLATE_NOOP("Columns", "Participant"),
        QT_TRANSLATE_NOOP("Columns", "Role"),
        QT_TRANSLATE_NOOP("Columns", "Source"),
        QT_TRANSLATE_NOOP("Columns", "Codes"),
        QT_TRANSLATE_NOOP("Columns", "Coder"),
    )
)
QUOTE, PARTICIPANT, ROLE, SOURCE, CODES, CODER = range(len(HEADERS))

AnyIndex = QModelIndex | QPersistentModelIndex


class QueryResultsModel(RowsTableModel):
    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[QueryRow] = []

    def set_rows(self, rows: list[QueryRow]) -> None:
        """A new run: a new answer, not an edit of the old one."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.quote, row.participant_label, row.participant_role, row.source_name,
                    "; ".join(row.codes), ", ".join(row.coders))[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and column == QUOTE:
            return f"{row.text}\n{row.attribution}"
        if role == RowRole:
            return row
        return None
