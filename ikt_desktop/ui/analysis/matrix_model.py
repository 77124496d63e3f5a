"""A matrix as a Qt table: the numbers, heat colours scaled to the largest cell (for
co-occurrence, the largest off the diagonal), a text colour that stays readable, and the
codes/themes and participants/values as headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ikt_desktop.domain.analysis.charts import heat_color, text_color, truncate
from ikt_desktop.domain.analysis.matrices import Matrix

AnyIndex = QModelIndex | QPersistentModelIndex
ValueRole = Qt.ItemDataRole.UserRole  # the cell's number
RowIdRole = Qt.ItemDataRole.UserRole + 1  # vertical header: the code's or theme's id
INDENT = "    "
DIAGONAL = "#E6E6E6"
HEADER_CHARS = 18  # longer column labels are cut (the tooltip has them whole)
GROUP_CHARS = 12  # a participant's role under the label: narrow columns for 100 people


class MatrixTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self._maximum = 0

    def set_matrix(self, matrix: Matrix | None) -> None:
        """A new matrix is a new question (other rows and columns): reset."""
        self.beginResetModel()
        self.matrix = matrix
        self._maximum = matrix.heat_maximum() if matrix else 0
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        value = self.matrix.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(value)
        if role == ValueRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            diagonal = self.matrix.spec.by == "code" and index.row() == index.column()
            # the diagonal (a code's own codings) is not on the co-occurrence scale
            background = DIAGONAL if diagonal else heat_color(value, self._maximum)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            return QBrush(QColor(text_color(background)))
        if role == Qt.ItemDataRole.ToolTipRole:
            row, column = self.matrix.rows[index.row()], self.matrix.columns[index.column()]
            where = f"{row.label} × {column.label}: {QLocale().toString(value)}"
            return QCoreApplication.translate(
                "MatrixTableModel", "{where}\n{title}\nClick to list the segments."
            ).format(where=where, title=self.matrix.title)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.matrix is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        count = len(self.matrix.columns) if horizontal else len(self.matrix.rows)
        if not 0 <= section < count:
            return None
        if horizontal:
            column = self.matrix.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                label = truncate(column.label, HEADER_CHARS)
                if self.matrix.spec.by not in ("participant", "code"):  # groups of people
                    return f"{label}\nn = {len(column.ids)}"
                group = truncate(column.group, GROUP_CHARS)
                return f"{label}\n{group}" if column.group else label
            if role == Qt.ItemDataRole.ToolTipRole:
                people = len(column.ids)
                if self.matrix.spec.by == "code":
                    return column.label
                who = f"{column.label} ({column.group})" if column.group else column.label
                return self.tr("{who}: %n participant(s)", "", people).format(who=who)
            return None
        row = self.matrix.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return INDENT * row.depth + row.label
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(row.color)
        if role == Qt.ItemDataRole.FontRole and row.depth == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == RowIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
