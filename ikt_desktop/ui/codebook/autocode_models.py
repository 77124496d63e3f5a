"""Preview tables of the auto-code dialogs: turns per source (speaker auto-code), and the
guide questions found, each with its similarity and a tick to keep or drop it."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ikt_desktop.services.coding.autocode import SpeakerPlan
from ikt_desktop.services.coding.guide import GuideHit, GuidePlan
from ikt_desktop.ui.shell.table_model import AnyIndex, RowsTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TurnsPerSourceModel(RowsTableModel):
    """(source, turns to code) rows of a speaker auto-code preview."""

    headers: ClassVar[tuple[str, ...]] = tuple(
        str(h)
        for h in (
            QT_TRANSLATE_NOOP("Columns", "Source"),
            QT_TRANSLATE_NOOP("Columns", "Turns to code"),
        )
    )

    def set_plan(self, plan: SpeakerPlan | None) -> None:
        self.beginResetModel()  # a new preview replaces the whole table
        self.rows = sorted((plan.per_source() if plan else {}).items())
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return RIGHT
        return None


TICK, SOURCE, QUESTION, ASKED, SIMILARITY, TURNS = range(6)


class GuideMatchModel(RowsTableModel):
    """One row per guide question found in a source; column 0 is a tick box (ticked:
    code its answers)."""

    headers: ClassVar[tuple[str, ...]] = tuple(
        str(h)
        for h in (
            "",
            QT_TRANSLATE_NOOP("Columns", "Source"),
            QT_TRANSLATE_NOOP("Columns", "Question"),
            QT_TRANSLATE_NOOP("Columns", "Asked as"),
            QT_TRANSLATE_NOOP("Columns", "Similarity"),
            QT_TRANSLATE_NOOP("Columns", "Turns"),
        )
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[GuideHit] = []
        self.ticked: list[bool] = []

    def set_plan(self, plan: GuidePlan | None) -> None:
        self.beginResetModel()
        self.rows = list(plan.hits) if plan else []
        self.ticked = [True] * len(self.rows)
        self.endResetModel()

    def chosen(self) -> list[GuideHit]:
        return [h for h, on in zip(self.rows, self.ticked, strict=True) if on]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == TICK else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TICK:
            on = self.ticked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            values = ("", hit.source_name, hit.question, hit.asked, f"{hit.score:.0%}",
                      len(hit.spans))  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == ASKED:
            return hit.asked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SIMILARITY, TURNS):
            return RIGHT
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TICK:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) if isinstance(value, int) else value
        self.ticked[index.row()] = checked == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
