"""Board items: a card per code (per theme it sits in), a cluster per theme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ikt_desktop.services.dto import CodeDTO, ThemeDTO

CARD_W, CARD_H = 170.0, 50.0
GAP = 10.0
HEADER = 34.0
MIN_W, MIN_H = 2 * CARD_W + 3 * GAP, 140.0


class CardItem(QGraphicsRectItem):
    """A code on the board: name, colour, codings and participants ("7 / 8")."""

    def __init__(self, code: CodeDTO, theme_id: int | None, participants_total: int) -> None:
        super().__init__(0, 0, CARD_W, CARD_H)
        self.code, self.theme_id = code, theme_id
        self.participants_total = participants_total
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setToolTip(f"{code.name}\n{code.definition}".strip())
        self.setZValue(10)
        # painted once into a pixmap: a drag moves pixels instead of re-laying out text
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.rect()
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(QColor("#2f4b7c") if selected else QColor("#b9b9b9"), 2 if selected else 1)
        )
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(rect, 5, 5)
        painter.fillRect(QRectF(rect.left(), rect.top(), 6, rect.height()), QColor(self.code.color))
        painter.setPen(QColor("#202020"))
        font = painter.font()
        font.setPointSizeF(9.5)
        font.setBold(True)
        painter.setFont(font)
        text_rect = rect.adjusted(12, 4, -6, -20)
        name = painter.fontMetrics().elidedText(
            self.code.name, Qt.TextElideMode.ElideRight, int(text_rect.width())
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        font.setBold(False)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        counts = (
            f"{self.code.coding_count} codings · "
            f"{self.code.participant_count} / {self.participants_total} participants"
        )
        painter.drawText(
            rect.adjusted(12, 0, -6, -7),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            counts,
        )
        # prevalence at a glance: a bar as long as the share of participants who said it
        share = (
            self.code.participant_count / self.participants_total if self.participants_total else 0
        )
        bar = QRectF(rect.left() + 8, rect.bottom() - 4, (rect.width() - 12) * share, 3)
        painter.fillRect(bar, QColor(self.code.color).darker(110))


class ClusterItem(QGraphicsRectItem):
    """A theme: a labelled region holding cards (and sub-theme clusters)."""

    def __init__(self, theme: ThemeDTO) -> None:
        x, y, w, h = theme.geometry
        super().__init__(0, 0, max(w, MIN_W), max(h, MIN_H))
        self.theme = theme
        self.setPos(x, y)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        color = QColor(theme.color)
        fill = QColor(color)
        fill.setAlpha(28)
        self.setBrush(QBrush(fill))
        self.setPen(QPen(color.darker(120), 2))
        self.setZValue(1)
        self.setToolTip(theme.definition or theme.name)

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self.rect().width(), HEADER)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen()
        if self.isSelected():
            pen.setWidth(3)
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), 10, 10)
        font = QFont(painter.font())
        font.setPointSizeF(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(self.theme.color).darker(170))
        label = f"{self.theme.name}  ·  {self.theme.status}"
        painter.drawText(
            self.header_rect().adjusted(12, 0, -12, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(self.rect().width() - 24)
            ),
        )

    def card_slot(self, index: int) -> tuple[float, float]:
        """Where the ``index``-th card sits inside the cluster (a flowing grid)."""
        columns = max(1, int((self.rect().width() - GAP) // (CARD_W + GAP)))
        row, column = divmod(index, columns)
        return GAP + column * (CARD_W + GAP), HEADER + row * (CARD_H + GAP)


class ResizeHandle(QGraphicsRectItem):
    """The corner grip of a cluster: dragging it resizes the theme's region."""

    SIZE = 14.0

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__(0, 0, self.SIZE, self.SIZE, cluster)
        self.cluster = cluster
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        self.setZValue(20)
        self.setBrush(QBrush(QColor(cluster.theme.color).darker(120)))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setToolTip("Drag to resize the theme")
        self.place()

    def place(self) -> None:
        rect = self.cluster.rect()
        self.setPos(rect.width() - self.SIZE - 2, rect.height() - self.SIZE - 2)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
            value, QPointF
        ):
            width = max(MIN_W, value.x() + self.SIZE + 2)
            height = max(MIN_H, value.y() + self.SIZE + 2)
            self.cluster.setRect(0, 0, width, height)
            return QPointF(width - self.SIZE - 2, height - self.SIZE - 2)
        return super().itemChange(change, value)
