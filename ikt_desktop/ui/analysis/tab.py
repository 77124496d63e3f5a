"""The Analysis tab (third workspace tab): the matrix view and the chart view. Project
changes only mark them stale; each recomputes when it is next visible."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ikt_desktop.services.project import Project
from ikt_desktop.ui.analysis.charts_pane import ChartsPane
from ikt_desktop.ui.analysis.matrix_pane import MatrixPane
from ikt_desktop.ui.shell.change_hub import ChangeHub


class AnalysisTab(QTabWidget):
    def __init__(self, project: Project, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.matrix_pane = MatrixPane(project.matrices)
        self.charts_pane = ChartsPane(project.charts)
        self.addTab(self.matrix_pane, self.tr("Matrix"))
        self.addTab(self.charts_pane, self.tr("Charts"))
        hub.changed.connect(self._on_changed)

    def _on_changed(self, _changes: object) -> None:
        self.matrix_pane.invalidate()
        self.charts_pane.invalidate()

    def wait(self) -> None:
        self.matrix_pane.job.wait()
        self.charts_pane.job.wait()
