"""The chart view of the Analysis tab: code frequencies, theme prevalence by role, or
codings per source, drawn with QPainter; Export PNG… and Export SVG…. Like the matrix,
recomputed off the GUI thread and only while visible."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.analysis.charts import CHART_TITLES, BarChart, chart_height
from ikt_desktop.ui.analysis.chart_painter import (
    WIDTH,
    export_chart_png,
    export_chart_svg,
    paint_bar_chart,
)
from ikt_desktop.ui.analysis.dialogs import ask_save
from ikt_desktop.ui.analysis.latest import LazyPane
from ikt_desktop.ui.shell import messages

if TYPE_CHECKING:  # the service (and its queries) loads when a chart is first drawn
    from ikt_desktop.services.analysis.charts import ChartService


class ChartWidget(QWidget):
    """Paints one chart at its natural height, as wide as the view (at least ``WIDTH``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: BarChart | None = None

    def set_chart(self, chart: BarChart | None) -> None:
        self.chart = chart
        self.setMinimumHeight(int(chart_height(chart)) if chart else 0)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(WIDTH), int(chart_height(self.chart)) if self.chart else 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        paint_bar_chart(painter, self.chart, max(float(self.width()), 360.0))
        painter.end()


class ChartsPane(LazyPane):
    def __init__(self, charts: ChartService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._charts = charts
        self.ask_save: Callable[[QWidget | None, str, str, str], Path | None] = ask_save
        self.job.finished.connect(self._on_done)
        self.chooser = QComboBox()
        titles = {  # the chart menu; a chart's own title (in the image) stays the service's
            "code_frequencies": QCoreApplication.translate("ChartsPane", "Code frequencies"),
            "theme_prevalence": QCoreApplication.translate(
                "ChartsPane", "Theme prevalence by role"
            ),
            "codings_per_source": QCoreApplication.translate("ChartsPane", "Codings per source"),
        }
        for key, title in CHART_TITLES.items():
            self.chooser.addItem(titles.get(key, title), key)
        self.chooser.currentIndexChanged.connect(self.invalidate)
        self.png_button = QPushButton(QCoreApplication.translate("ChartsPane", "Export PNG…"))
        self.svg_button = QPushButton(QCoreApplication.translate("ChartsPane", "Export SVG…"))
        self.png_button.clicked.connect(lambda: self._export_dialog(".png"))
        self.svg_button.clicked.connect(lambda: self._export_dialog(".svg"))
        self.status = QLabel()
        self.canvas = ChartWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(QCoreApplication.translate("ChartsPane", "Chart")))
        controls.addWidget(self.chooser)
        controls.addWidget(self.status, 1)
        controls.addWidget(self.png_button)
        controls.addWidget(self.svg_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(scroll)

    @property
    def chart(self) -> BarChart | None:
        return self.canvas.chart

    def choose(self, key: str) -> None:
        self.chooser.setCurrentIndex(self.chooser.findData(key))

    def recompute(self) -> None:
        self.stale = False
        key, charts = str(self.chooser.currentData()), self._charts
        self.status.setText(QCoreApplication.translate("ChartsPane", "Computing…"))
        self.job.run(lambda: charts.chart(key))

    def _on_done(self, result: object, error: str) -> None:
        self.status.setText(error)
        if isinstance(result, BarChart):
            self.canvas.set_chart(result)

    def export(self, path: Path) -> None:
        """PNG (at about 290 dpi) or SVG, by the file name's suffix."""
        if self.chart is None:
            return
        try:
            if path.suffix.lower() == ".svg":
                export_chart_svg(self.chart, path)
            else:
                export_chart_png(self.chart, path.with_suffix(".png"))
        except OSError as exc:
            messages.inform(
                self, QCoreApplication.translate("ChartsPane", "Export Chart"), str(exc)
            )

    def _export_dialog(self, suffix: str) -> None:
        if self.chart is None:
            return
        kind = "SVG image (*.svg)" if suffix == ".svg" else "PNG image (*.png)"
        suggested = str(self.chooser.currentData()).replace("_", "-") + suffix
        path = self.ask_save(
            self, QCoreApplication.translate("ChartsPane", "Export Chart"), suggested, kind
        )
        if path is not None:
            self.export(path)
