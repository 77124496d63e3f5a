"""The thematic map as an image: the board's themes, sub-themes and codes, rendered at
print resolution as PNG, or as SVG for journals and for the Word report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

MARGIN = 30.0
SCREEN_DPI = 96


def _area(scene: QGraphicsScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def export_png(scene: QGraphicsScene, path: Path, dpi: int = 300) -> QSize:
    """Render the whole board at ``dpi`` (board units are screen pixels at 96 dpi)."""
    image = render_image(scene, dpi)
    if not image.save(str(path)):  # the format follows the .png suffix
        raise OSError(
            QCoreApplication.translate("Export", "{path}: could not be written").format(path=path)
        )
    return image.size()


def png_data(image: QImage) -> bytes:
    """The image encoded as PNG, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    buffer.close()
    return bytes(data.data())


def render_image(scene: QGraphicsScene, dpi: int) -> QImage:
    area = _area(scene)
    scale = dpi / SCREEN_DPI
    image = QImage(
        int(area.width() * scale), int(area.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.clearSelection()
    scene.render(painter, QRectF(image.rect()), area, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    # only now: painted at screen resolution, so fonts scale with the drawing, not twice
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def export_svg(
    scene: QGraphicsScene,
    path: Path,
    title: str = QCoreApplication.translate("Export", "Thematic map"),
) -> None:
    from PySide6.QtSvg import QSvgGenerator  # Qt SVG only for an SVG export

    area = _area(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(area.width()), int(area.height())))
    generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
    generator.setTitle(title)
    generator.setDescription(
        QCoreApplication.translate(
            "Export", "Themes, sub-themes and codes, exported from iKT Desktop"
        )
    )
    painter = QPainter(generator)
    scene.clearSelection()
    scene.render(painter, QRectF(0, 0, area.width(), area.height()), area)
    painter.end()
    if not path.exists():
        raise OSError(
            QCoreApplication.translate("Export", "{path}: could not be written").format(path=path)
        )
