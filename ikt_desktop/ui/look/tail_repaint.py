"""A table view that repaints only the rows an insertion or removal moved.

When rows are inserted or removed, QTableView lays its items out again and repaints its
whole viewport, although only the rows from the first one inserted or removed down to
the bottom have moved. After a coding the Coded Segments table gets one new row, usually
below the rows on screen: the whole repaint (1.6-1.9 ms) was the largest paint of the
window. :class:`TailRepaintTable` lets Qt lay its items out as usual but repaints the
viewport from the first moved row down, nothing when that row is below the viewport (the
scroll bar still updates itself). When the layout scrolled the rows (a table scrolled to
its end keeps its last row at the bottom), a reset, a layout change or anything else that
lays the items out: everything repaints, as Qt does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


class TailRepaintTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moved_from: int | None = None  # first row inserted or removed since a layout
        self._whole = False  # something else asked for a layout: repaint everything
        self.tail_repaints = 0  # layouts that repainted the moved rows only (tests count)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in (old.rowsInserted, old.rowsRemoved):
                signal.disconnect(self._moved)
            for signal in self._relaid(old):
                signal.disconnect(self._everything)
        super().setModel(model)
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved):
                signal.connect(self._moved)
            for signal in self._relaid(model):
                signal.connect(self._everything)

    @staticmethod
    def _relaid(model: QAbstractItemModel) -> tuple[Any, ...]:
        return (model.modelReset, model.layoutChanged, model.rowsMoved,
                model.columnsInserted, model.columnsRemoved, model.columnsMoved)  # fmt: skip

    def _moved(self, parent: AnyIndex, first: int, _last: int) -> None:
        if parent.isValid():
            return
        self._moved_from = first if self._moved_from is None else min(self._moved_from, first)

    def _everything(self, *_: Any) -> None:
        self._whole = True

    def doItemsLayout(self) -> None:
        first, whole = self._moved_from, self._whole
        self._moved_from, self._whole = None, False
        viewport = self.viewport()
        if first is None or whole or not viewport.updatesEnabled():
            super().doItemsLayout()
            return
        # Qt's layout ends in a repaint of the whole viewport: hold it, then ask for the
        # moved rows only (the attribute itself, not setUpdatesEnabled, which repaints all)
        placed = (self.verticalOffset(), self.horizontalOffset(), viewport.size())
        viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            super().doItemsLayout()
        finally:
            viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)
        if (self.verticalOffset(), self.horizontalOffset(), viewport.size()) != placed:
            viewport.update()  # scrolled (the end of the list kept at the bottom): all moved
            return
        self.tail_repaints += 1
        rows = self.model().rowCount()  # (rows moved: there is a model)
        if first >= rows:  # the last rows removed: from the end of those left
            top = self.rowViewportPosition(rows - 1) + self.rowHeight(rows - 1) if rows else 0
        else:
            top = self.rowViewportPosition(first)
        top = max(0, top)
        if top < viewport.height():
            viewport.update(QRect(0, top, viewport.width(), viewport.height() - top))
