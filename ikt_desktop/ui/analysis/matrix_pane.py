"""The matrix view of the Analysis tab: choose rows (codes or themes), columns
(participants, roles, an attribute's values, or codes for co-occurrence) and the measure;
the heat table; click a cell to list its segments below, click a segment to see it in
its transcript. Computed off the GUI thread, and only while the tab is visible: a change
to the project marks the matrix stale (cheap) and it is recomputed when next shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.analysis.matrices import Matrix, MatrixSpec, sheet_title
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.analysis.matrices import MatrixService
from ikt_desktop.services.coding.segments import SegmentDTO
from ikt_desktop.ui.analysis.dialogs import ask_save
from ikt_desktop.ui.analysis.latest import LazyPane
from ikt_desktop.ui.analysis.matrix_model import MatrixTableModel
from ikt_desktop.ui.coding.retrieval_model import RetrievalModel, SegmentRole
from ikt_desktop.ui.shell import messages


def measure_names() -> tuple[tuple[str, str], ...]:
    return (
        ("codings", QCoreApplication.translate("MatrixPane", "Codings")),
        ("words", QCoreApplication.translate("MatrixPane", "Words coded")),
        ("participants", QCoreApplication.translate("MatrixPane", "Participants")),
    )


def kind_names() -> tuple[tuple[str, str], ...]:
    return (
        ("thematic", QCoreApplication.translate("MatrixPane", "Thematic codes")),
        ("structural", QCoreApplication.translate("MatrixPane", "Structural codes")),
        ("all", QCoreApplication.translate("MatrixPane", "All codes")),
    )


def _stacked(*widgets: QWidget) -> QWidget:
    """The widgets one above the other, without margins (a splitter's pane)."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return pane


class MatrixPane(LazyPane):
    jump_requested = Signal(int, int, int)  # source id, start, end

    def __init__(self, matrices: MatrixService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrices = matrices
        self.ask_save: Callable[[QWidget | None, str, str, str], Path | None] = ask_save
        self.matrix: Matrix | None = None
        self.job.finished.connect(self._on_done)
        self._build_controls()
        self.model = MatrixTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(72)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.clicked.connect(self.show_cell)
        self.segments = RetrievalModel(self)
        self.segment_table = QTableView()
        self.segment_table.setModel(self.segments)
        self.segment_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.segment_table.horizontalHeader().setStretchLastSection(True)
        self.segment_table.setColumnWidth(0, 420)
        self.segment_table.verticalHeader().hide()
        self.segment_table.clicked.connect(self._jump)
        self.segment_table.activated.connect(self._jump)
        self.cell_label = QLabel(
            QCoreApplication.translate("MatrixPane", "Click a cell to list its segments.")
        )
        self._layout()

    def _build_controls(self) -> None:
        self.rows_box = QComboBox()
        self.rows_box.addItem(QCoreApplication.translate("MatrixPane", "Codes"), False)
        self.rows_box.addItem(QCoreApplication.translate("MatrixPane", "Themes"), True)
        self.by_box = QComboBox()
        self.measure_box = QComboBox()
        for key, name in measure_names():
            self.measure_box.addItem(name, key)
        self.kind_box = QComboBox()
        for key, name in kind_names():
            self.kind_box.addItem(name, key)
        self.rollup = QCheckBox(QCoreApplication.translate("MatrixPane", "Include sub-codes"))
        self.rollup.setToolTip(
            QCoreApplication.translate(
                "MatrixPane", "A code's row counts its sub-codes' codings too"
            )
        )
        self.export_button = QPushButton(
            QCoreApplication.translate("MatrixPane", "Export to Excel…")
        )
        self.export_button.clicked.connect(self._export_dialog)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self._fill_by()
        for box in (self.rows_box, self.by_box, self.measure_box, self.kind_box):
            box.currentIndexChanged.connect(self._on_choice)
        self.rollup.toggled.connect(self._on_choice)

    def _layout(self) -> None:
        controls = QHBoxLayout()
        for text, widget in (
            (QCoreApplication.translate("MatrixPane", "Rows"), self.rows_box),
            (QCoreApplication.translate("MatrixPane", "Columns"), self.by_box),
            (QCoreApplication.translate("MatrixPane", "Cells"), self.measure_box),
        ):
            controls.addWidget(QLabel(text))
            controls.addWidget(widget)
        controls.addWidget(self.kind_box)
        controls.addWidget(self.rollup)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(_stacked(self.title, self.table))
        self.splitter.addWidget(_stacked(self.cell_label, self.segment_table))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.splitter)

    def _fill_by(self) -> None:
        current = self.by_box.currentData()
        self.by_box.blockSignals(True)
        self.by_box.clear()
        self.by_box.addItem(QCoreApplication.translate("MatrixPane", "Participants"), "participant")
        self.by_box.addItem(QCoreApplication.translate("MatrixPane", "Roles"), "role")
        for name in self._matrices.attributes():
            self.by_box.addItem(name, name)
        self.by_box.addItem(
            QCoreApplication.translate("MatrixPane", "Codes (co-occurrence)"), "code"
        )
        found = self.by_box.findData(current)
        self.by_box.setCurrentIndex(max(found, 0))
        self.by_box.blockSignals(False)

    # -- the question --------------------------------------------------------------------

    def spec(self) -> MatrixSpec:
        by = str(self.by_box.currentData())
        co_occurrence = by == "code"
        themes = bool(self.rows_box.currentData()) and not co_occurrence
        return MatrixSpec(
            by=by,
            measure="codings" if co_occurrence else str(self.measure_box.currentData()),
            themes=themes,
            rollup=self.rollup.isChecked() and not co_occurrence and not themes,
            code_kind=str(self.kind_box.currentData()),
        )

    def choose(self, **choices: Any) -> None:
        """Set the controls by key (``by="role", measure="participants", themes=True``)."""
        boxes = {"by": self.by_box, "measure": self.measure_box, "themes": self.rows_box,
                 "code_kind": self.kind_box}  # fmt: skip
        for key, value in choices.items():
            if key == "rollup":
                self.rollup.setChecked(bool(value))
            else:
                boxes[key].setCurrentIndex(boxes[key].findData(value))

    def _on_choice(self, *_: object) -> None:
        co_occurrence = self.by_box.currentData() == "code"
        themes = bool(self.rows_box.currentData())
        self.measure_box.setEnabled(not co_occurrence)
        self.rows_box.setEnabled(not co_occurrence)
        self.rollup.setEnabled(not co_occurrence and not themes)
        self.kind_box.setEnabled(co_occurrence or not themes)
        self.invalidate()

    # -- computing -----------------------------------------------------------------------

    def recompute(self) -> None:
        self.stale = False
        self._fill_by()
        try:
            spec = self.spec()
        except UserError as exc:
            self.title.setText(str(exc))
            return
        self.title.setText(QCoreApplication.translate("MatrixPane", "Computing…"))
        self.job.run(lambda: self._matrices.matrix(spec))

    def _on_done(self, result: object, error: str) -> None:
        if isinstance(result, Matrix):
            self.show_matrix(result)
        else:
            self.title.setText(error)

    def show_matrix(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self.model.set_matrix(matrix)
        rows, columns = len(matrix.rows), len(matrix.columns)
        self.title.setText(
            QCoreApplication.translate("MatrixPane", "<b>{title}</b> ({rows} × {columns})").format(
                title=matrix.title, rows=rows, columns=columns
            )
            if rows
            else QCoreApplication.translate(
                "MatrixPane",
                "<b>{title}</b> ({rows} × {columns}) — nothing to show: no codes or themes of "
                "this kind yet.",
            ).format(title=matrix.title, rows=rows, columns=columns)
        )
        self.table.resizeColumnsToContents()
        self.segments.set_segments([])
        self.cell_label.setText(
            QCoreApplication.translate("MatrixPane", "Click a cell to list its segments.")
        )

    # -- drill-down and export -------------------------------------------------------------

    def show_cell(self, index: QModelIndex) -> list[SegmentDTO]:
        if self.matrix is None or not index.isValid():
            return []
        found = self._matrices.cell_segments(self.matrix, index.row(), index.column())
        row, column = self.matrix.rows[index.row()], self.matrix.columns[index.column()]
        self.segments.set_segments(found)
        self.cell_label.setText(
            self.tr(
                "<b>{row} × {column}</b>: %n segment(s) (click one to see it in its transcript)",
                "",
                len(found),
            ).format(row=row.label, column=column.label)
        )
        return found

    def _jump(self, index: QModelIndex) -> None:
        segment = self.segments.data(index, SegmentRole)
        if isinstance(segment, SegmentDTO):
            c = segment.coding
            self.jump_requested.emit(c.source_id, c.start, c.end)

    def export_xlsx(self, path: Path) -> Path | None:
        if self.matrix is None:
            return None
        try:
            return self._matrices.write_xlsx(path, [self.matrix])
        except UserError as exc:
            messages.inform(
                self, QCoreApplication.translate("MatrixPane", "Export to Excel"), str(exc)
            )
            return None

    def _export_dialog(self) -> None:
        if self.matrix is None:
            return
        suggested = sheet_title(self.matrix.spec).replace(" ", "-").lower() + ".xlsx"
        path = self.ask_save(
            self,
            QCoreApplication.translate("MatrixPane", "Export Matrix to Excel"),
            suggested,
            QCoreApplication.translate("MatrixPane", "Excel workbook (*.xlsx)"),
        )
        if path is not None:
            self.export_xlsx(path)
