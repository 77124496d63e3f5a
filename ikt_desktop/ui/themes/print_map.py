"""The thematic map drawn for the printed page: theme boxes in columns (each with its
codes, and its sub-themes nested as smaller boxes), sized in centimetres and points so
that it reads at the text width of a Word page. The board is laid out for a screen;
shrunk onto a page its labels become unreadable, so the report draws its own map."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from ikt_desktop.services.dto import CodeDTO, ThemeDTO
from ikt_desktop.ui.themes.export import png_data

WIDTH_CM = 16.0
DPI = 300  # print resolution at the printed width (journals ask for 300 dpi or more)
PAD, GAP = 0.18, 0.3  # cm
NAME_PT, CODE_PT = 8.5, 7.5


@dataclass
class _Box:
    theme: ThemeDTO
    codes: list[str]
    number: str = ""
    children: list[_Box] = field(default_factory=list)


def _px(cm: float) -> float:
    return cm / 2.54 * DPI


class _Painter:
    """Measures and draws boxes; the same code does both so they cannot disagree."""

    def __init__(self, painter: QPainter | None) -> None:
        self.painter = painter
        self.name_font = QFont()
        self.name_font.setPointSizeF(NAME_PT)
        self.name_font.setBold(True)
        self.code_font = QFont()
        self.code_font.setPointSizeF(CODE_PT)

    def _text(
        self, font: QFont, text: str, x: float, y: float, width: float, draw: bool = True
    ) -> float:
        """Draw (when painting) wrapped text; return its height."""
        device = self.painter.device() if self.painter else None
        metrics = QFontMetricsF(font, device) if device else QFontMetricsF(font)
        flags = Qt.TextFlag.TextWordWrap
        rect = metrics.boundingRect(QRectF(x, y, width, 10_000), int(flags), text)
        if self.painter is not None and draw:
            self.painter.setFont(font)
            self.painter.drawText(QRectF(x, y, width, rect.height()), int(flags), text)
        return rect.height()

    def box(self, box: _Box, x: float, y: float, width: float, depth: int = 0) -> float:
        """Lay out (and draw) one theme box at (x, y); return its height."""
        pad = _px(PAD)
        color = QColor(box.theme.color or "#4E79A7")
        inner = width - 2 * pad
        title = f"{box.number}  {box.theme.name}"
        name_h = self._text(self.name_font, title, x + pad, y + pad, inner, draw=False)
        header = name_h + 2 * pad
        if self.painter is not None:
            band = QColor(color)
            band.setAlpha(70 if depth == 0 else 45)
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(band)
            self.painter.drawRoundedRect(QRectF(x, y, width, header), _px(0.12), _px(0.12))
            self.painter.setPen(QColor("#1a1a1a"))
            self._text(self.name_font, title, x + pad, y + pad, inner)
        cursor = y + header + pad * 0.6
        dot = _px(0.12)
        for name in box.codes:
            h = self._text(self.code_font, name, x + pad + 2 * dot, cursor, inner - 2 * dot)
            if self.painter is not None:
                self.painter.setBrush(color)
                self.painter.setPen(Qt.PenStyle.NoPen)
                self.painter.drawEllipse(QRectF(x + pad, cursor + h / 2 - dot / 2, dot, dot))
                self.painter.setPen(QColor("#1a1a1a"))
            cursor += h + pad * 0.25
        for child in box.children:
            cursor += pad * 0.5
            cursor += self.box(child, x + pad, cursor, inner, depth + 1)
        height = cursor - y + pad
        if self.painter is not None:
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.setPen(QPen(color.darker(130), _px(0.03 if depth else 0.045)))
            self.painter.drawRoundedRect(QRectF(x, y, width, height), _px(0.12), _px(0.12))
            self.painter.setPen(QColor("#1a1a1a"))
        return height


def _boxes(themes: list[ThemeDTO], codes: list[CodeDTO]) -> list[_Box]:
    """Boxes nested like the themes, numbered like the report's sections (1, 1.1 ...)."""
    names = {c.id: c.name for c in codes}
    boxes = {t.id: _Box(t, [names[i] for i in t.code_ids if i in names]) for t in themes}
    roots: list[_Box] = []
    for theme in themes:  # parents first
        parent = boxes.get(theme.parent_id) if theme.parent_id else None
        siblings = parent.children if parent else roots
        siblings.append(boxes[theme.id])
        prefix = f"{parent.number}." if parent else ""
        boxes[theme.id].number = f"{prefix}{len(siblings)}"
    return roots


def print_map_png(themes: list[ThemeDTO], codes: list[CodeDTO]) -> bytes:
    """PNG data: the themes (parents first, board order) as boxes in columns."""
    roots = _boxes(themes, codes)
    columns = 1 if len(roots) == 1 else 2 if len(roots) in (2, 4) else 3
    width = _px(WIDTH_CM)
    column_w = (width - (columns - 1) * _px(GAP)) / columns
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    _set_dpi(probe)
    measuring = QPainter(probe)
    heights = [_Painter(measuring).box(b, 0, 0, column_w) for b in roots]
    measuring.end()
    tops = [0.0] * columns
    places = []
    for height in heights:  # each box into the shortest column: a balanced map
        column = min(range(columns), key=lambda c: tops[c])
        places.append((column, tops[column]))
        tops[column] += height + _px(GAP)
    image = QImage(int(width) + 2, int(max(tops) - _px(GAP)) + 2, QImage.Format.Format_RGB32)
    _set_dpi(image)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    drawer = _Painter(painter)
    for box, (column, top) in zip(roots, places, strict=True):
        drawer.box(box, 1 + column * (column_w + _px(GAP)), 1 + top, column_w)
    painter.end()
    return png_data(image)


def _set_dpi(image: QImage) -> None:
    """Points become pixels at the print resolution (fonts are sized in points)."""
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
