"""Left pane: the project's transcripts, filterable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.services.sources import SourceService
from ikt_desktop.ui.coding.sources_model import (
    CODINGS,
    MODE,
    NAME,
    PARTICIPANT,
    ROLE,
    WORDS,
    IdRole,
    SourcesModel,
)
from ikt_desktop.ui.shell.columns import TextColumnFitter, fix_count_columns


class SourcesPane(QWidget):
    source_selected = Signal(int)  # source id

    def __init__(self, sources: SourceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SourcesModel(sources, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.filter = QLineEdit(placeholderText=self.tr("Filter sources…"), clearButtonEnabled=True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTreeView(rootIsDecorated=False, uniformRowHeights=True, sortingEnabled=True)
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setAccessibleName(self.tr("Sources"))
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        # measured when rows arrive, not on every count change (ui/shell/columns.py)
        self.columns = TextColumnFitter(self.view, (NAME, PARTICIPANT, ROLE, MODE))
        fix_count_columns(self.view, (WORDS, CODINGS))

    def select_source(self, source_id: int) -> None:
        row = self.model.row_of(source_id)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.source_selected.emit(int(indexes[0].data(IdRole)))
