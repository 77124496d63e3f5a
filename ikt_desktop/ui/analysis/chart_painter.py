"""Bar charts drawn with QPainter (no QtCharts, no matplotlib): on screen, into a PNG at
print resolution, or into an SVG. The layout and scales are ``domain.charts``; this only
paints what they decide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from ikt_desktop.domain.analysis.charts import (
    MARGIN,
    TITLE_HEIGHT,
    BarChart,
    BarLayout,
    bar_layout,
    chart_height,
    label_chars,
    truncate,
)
from ikt_desktop.ui.themes.export import png_data

WIDTH = 720.0  # logical pixels (96 dpi): 19 cm, a page's text width with room to spare
TEXT, GRID, AXIS = QColor("#1a1a1a"), QColor("#d9d9d9"), QColor("#555555")


def _tick_text(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def _legend(painter: QPainter, chart: BarChart, layout: BarLayout, font: QFont) -> None:
    x = layout.plot_left
    metrics = QFontMetricsF(font)
    for series in chart.series:
        painter.fillRect(QRectF(x, TITLE_HEIGHT + 4, 12, 12), QColor(series.color))
        painter.setPen(TEXT)
        label = truncate(series.name, 40)
        painter.drawText(QRectF(x + 16, TITLE_HEIGHT, 400, 20), Qt.AlignmentFlag.AlignVCenter,
                         label)  # fmt: skip
        x += 16 + metrics.horizontalAdvance(label) + 18


def _axis(painter: QPainter, layout: BarLayout, bottom: float, small: QFont) -> None:
    painter.setFont(small)
    for tick in layout.ticks:
        x = layout.x(tick)
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(int(x), int(layout.plot_top), int(x), int(bottom))
        painter.setPen(AXIS)
        painter.drawText(QRectF(x - 40, bottom + 2, 80, 16), Qt.AlignmentFlag.AlignHCenter,
                         _tick_text(tick))  # fmt: skip
    painter.setPen(QPen(AXIS, 1))
    painter.drawLine(int(layout.plot_left), int(bottom), int(layout.x(layout.ticks[-1])),
                     int(bottom))  # fmt: skip


def paint_bar_chart(painter: QPainter, chart: BarChart, width: float = WIDTH) -> None:
    """Paint ``chart`` from (0, 0), ``width`` wide and ``chart_height(chart)`` high."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font, font, small = QFont(), QFont(), QFont()
    title_font.setPointSizeF(11)
    title_font.setBold(True)
    font.setPointSizeF(8.5)
    small.setPointSizeF(7.5)
    height = chart_height(chart)
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    painter.setPen(TEXT)
    painter.setFont(title_font)
    painter.drawText(QRectF(MARGIN, 6, width - 2 * MARGIN, 24), Qt.AlignmentFlag.AlignLeft,
                     chart.title)  # fmt: skip
    if chart.is_empty():
        painter.setFont(font)
        painter.drawText(
            QRectF(MARGIN, TITLE_HEIGHT, width, 24),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("ChartPainter", "Nothing to show yet."),
        )
        return
    layout = bar_layout(chart, width, QFontMetricsF(font).averageCharWidth())
    if len(chart.series) > 1:
        painter.setFont(font)
        _legend(painter, chart, layout, font)
    bottom = layout.plot_top + layout.band * len(chart.categories)
    _axis(painter, layout, bottom, small)
    chars = label_chars(layout, QFontMetricsF(font).averageCharWidth())
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for i, category in enumerate(chart.categories):
        top = layout.plot_top + i * layout.band
        painter.setFont(font)
        painter.setPen(TEXT)
        painter.drawText(QRectF(MARGIN, top, layout.label_width - 6, layout.band), right,
                         truncate(category, chars))  # fmt: skip
        for k, series in enumerate(chart.series):
            y = layout.bar_top(i, k, len(chart.series))
            length = layout.x(series.values[i]) - layout.plot_left
            painter.fillRect(QRectF(layout.plot_left, y, length, layout.bar - 2),
                             QColor(series.color))  # fmt: skip
            painter.setFont(small)
            painter.setPen(AXIS)
            value = QRectF(layout.plot_left + length + 3, y - 2, 60, layout.bar + 2)
            painter.drawText(value, Qt.AlignmentFlag.AlignVCenter, _tick_text(series.values[i]))
    painter.setFont(small)
    painter.drawText(QRectF(layout.plot_left, bottom + 18, layout.plot_width, 16),
                     Qt.AlignmentFlag.AlignHCenter, chart.value_label)  # fmt: skip


def chart_image(chart: BarChart, scale: float = 2.0, width: float = WIDTH) -> QImage:
    """The chart as an image, ``scale`` pixels per logical pixel (2: about 190 dpi)."""
    height = chart_height(chart)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_bar_chart(painter, chart, width)
    painter.end()
    dpm = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    return image


def chart_png(chart: BarChart, scale: float = 2.0) -> bytes:
    return png_data(chart_image(chart, scale))


def export_chart_png(chart: BarChart, path: Path) -> None:
    if not chart_image(chart, 3.0).save(str(path)):  # the format follows the .png suffix
        raise OSError(
            QCoreApplication.translate("ChartPainter", "{path}: could not be written").format(
                path=path
            )
        )


def export_chart_svg(chart: BarChart, path: Path, width: float = WIDTH) -> None:
    height = chart_height(chart)
    from PySide6.QtSvg import QSvgGenerator  # Qt SVG only for an SVG export

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(width), int(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(chart.title)
    generator.setDescription(f"{chart.title}, exported from iKT Desktop")
    painter = QPainter(generator)
    paint_bar_chart(painter, chart, width)
    painter.end()
    if not path.exists():
        raise OSError(
            QCoreApplication.translate("ChartPainter", "{path}: could not be written").format(
                path=path
            )
        )
