"""Column widths that do not cost a frame on every edit.

``QHeaderView.ResizeToContents`` measures every row of a column (up to a thousand) each
time any row changes: in the full window one "apply code" re-measured the codebook, the
sources list and the coded segments, about 40 ms each on the large corpus (bench/window.py).
Here count columns get one width, enough for six digits and their header, set once; text
columns are measured when rows arrive (a new list, inserted rows) and only ever widened by
a changed row, so an edit measures the few rows it touched.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

COUNT_SAMPLE = "000,000"  # the widest count a column is sized for
PADDING = 16  # cell margins and a little air
MEASURED_ROWS = 200  # rows measured when a whole list arrives (ResizeToContents: 1,000)
WIDENED_ROWS = 50  # rows measured on a change; beyond that the list is measured anew


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    assert isinstance(view, QTreeView)
    return view.header()


def fix_count_columns(view: QAbstractItemView, columns: tuple[int, ...]) -> None:
    """Size count columns once (six digits or the header, whichever is wider); the user
    may still drag them."""
    header = header_of(view)
    digits = view.fontMetrics().horizontalAdvance(COUNT_SAMPLE) + PADDING
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(digits, header.sectionSizeHint(column)))


class TextColumnFitter:
    """Keeps text columns wide enough for their contents without re-measuring the whole
    list on each edit: measured (coalesced, once per event-loop pass) when the list is
    reset or rows are inserted, widened when a changed row needs more room."""

    def __init__(self, view: QAbstractItemView, columns: tuple[int, ...]) -> None:
        self._view, self._columns = view, columns
        self._header = header_of(view)
        self._header.setResizeContentsPrecision(MEASURED_ROWS)
        for column in columns:
            self._header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(view, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        model.modelReset.connect(self._timer.start)
        model.layoutChanged.connect(self._timer.start)
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(self._changed)
        self.measured = 0  # how many times the whole list was measured (tests count it)
        self.fit()

    def fit(self) -> None:
        self.measured += 1
        view = self._view
        assert isinstance(view, (QTableView, QTreeView))
        for column in self._columns:
            view.resizeColumnToContents(column)

    def _inserted(self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int) -> None:
        self._widen(parent, first, last)

    def _changed(
        self,
        top: QModelIndex | QPersistentModelIndex,
        bottom: QModelIndex | QPersistentModelIndex,
        _roles: object = None,
    ) -> None:
        columns = range(top.column(), bottom.column() + 1)
        self._widen(top.parent(), top.row(), bottom.row(), columns)

    def _widen(
        self,
        parent: QModelIndex | QPersistentModelIndex,
        first: int,
        last: int,
        columns: range | None = None,
    ) -> None:
        """Widen the text columns (of ``columns``, if given: the cells that changed) to
        fit rows ``first`` to ``last``."""
        if self._timer.isActive():
            return  # the whole list is measured anyway
        if last - first >= WIDENED_ROWS:
            self._timer.start()
            return
        model = self._view.model()
        for column in self._columns:
            if columns is not None and column not in columns:
                continue
            needed = max(
                self._view.sizeHintForIndex(model.index(row, column, parent)).width()
                for row in range(first, last + 1)
            )
            if needed > self._header.sectionSize(column):
                self._header.resizeSection(column, needed)
