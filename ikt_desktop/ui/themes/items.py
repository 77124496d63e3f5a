"""Board items: a card per code (per theme it sits in), a cluster per theme."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ikt_desktop.services.dto import CodeDTO, ThemeDTO
from ikt_desktop.ui.themes.colors import board_colors, mix

CARD_W, CARD_H = 184.0, 62.0  # room for a name on two lines and the counts
NAME_PT, DETAIL_PT = 9.5, 8.5
MIN_SCREEN_PT = 9.0  # card names never smaller than this on screen
TITLE_PT, TITLE_MIN_SCREEN_PT, TITLE_MAX_PT = 11.0, 12.0, 48.0
TITLE_ROOM = 140.0  # above a cluster: where its zoomed-out title may reach
GAP = 10.0
HEADER = 34.0
MIN_W, MIN_H = 2 * CARD_W + 3 * GAP, 140.0


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def name_point_size(lod: float) -> float:
    """The card name's size in scene points at zoom ``lod``: 9.5 pt, grown when zoomed
    out so that it is never under 9 pt on screen (semantic zoom; details hide)."""
    return max(NAME_PT, MIN_SCREEN_PT / max(lod, 0.05))


def two_lines(metrics: QFontMetricsF, text: str, width: float) -> list[str]:
    """``text`` wrapped on word boundaries into at most two lines, the second elided."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one long word: cut it
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return (
        [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]
    )


class CardItem(QGraphicsRectItem):
    """A code on the board: name (two lines), colour, codings and participants."""

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
        self.highlighted = False  # the target of a card dragged onto it
        # painted once into a pixmap: a drag moves pixels instead of re-laying out text
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def counts_text(self) -> str:
        total = self.participants_total
        return (
            f"{plural(self.code.coding_count, 'coding')} · "
            f"{self.code.participant_count}/{total} participant" + ("" if total == 1 else "s")
        )

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.rect()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        colors = board_colors()
        selected = self.isSelected() or self.highlighted
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colors.focus if selected else colors.card_border, 3 if selected else 1))
        painter.setBrush(QBrush(colors.card))
        painter.drawRoundedRect(rect, 5, 5)
        painter.fillRect(QRectF(rect.left(), rect.top(), 6, rect.height()), QColor(self.code.color))
        detailed = lod * NAME_PT >= MIN_SCREEN_PT
        font = QFont(painter.font())
        font.setPointSizeF(name_point_size(lod))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colors.card_text)
        text_rect = rect.adjusted(12, 3, -6, -18 if detailed else -3)
        metrics = QFontMetricsF(font)
        lines = two_lines(metrics, self.code.name, text_rect.width())
        if not detailed and len(lines) > 1 and metrics.lineSpacing() * 2 > text_rect.height():
            lines = [metrics.elidedText(self.code.name, Qt.TextElideMode.ElideRight,
                                        text_rect.width())]  # fmt: skip
        align = Qt.AlignmentFlag.AlignLeft | (
            Qt.AlignmentFlag.AlignTop if detailed else Qt.AlignmentFlag.AlignVCenter
        )
        painter.drawText(text_rect, align, "\n".join(lines))
        if not detailed:
            return  # zoomed out: the name alone, large enough to read
        font.setBold(False)
        font.setPointSizeF(DETAIL_PT)
        painter.setFont(font)
        painter.setPen(colors.card_dim_text)
        painter.drawText(
            rect.adjusted(12, 0, -6, -7),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            self.counts_text(),
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
        self.highlighted = False

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self.rect().width(), HEADER)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(0, -TITLE_ROOM, 0, 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        colors = board_colors()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen()
        if self.isSelected():
            pen.setWidth(3)
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.highlighted:  # a card or theme is being dragged here
            pen = QPen(colors.focus, 5)
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), 10, 10)
        font = QFont(painter.font())
        font.setBold(True)
        label = f"{self.theme.name}  ·  {self.theme.status}"
        width = self.rect().width() - 24
        if lod * TITLE_PT >= TITLE_MIN_SCREEN_PT:
            font.setPointSizeF(TITLE_PT)
            painter.setFont(font)
            painter.setPen(colors.title)
            text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(width))
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(self.header_rect().adjusted(12, 0, -12, 0), align, text)
            return
        # zoomed out (semantic zoom): the theme's name large, above its frame
        font.setPointSizeF(min(TITLE_MIN_SCREEN_PT / max(lod, 0.05), TITLE_MAX_PT))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        lines = two_lines(metrics, self.theme.name, width)
        height = metrics.lineSpacing() * len(lines)
        room = QRectF(12, min(HEADER - height, 0) - 4, width, max(height, HEADER))
        if height > HEADER:  # the name reaches above the frame: a legend the border stops at
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            legend = QRectF(room.left() - 6, room.bottom() - height - 2, widest + 12, height + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            tint = self.brush().color()
            painter.setBrush(mix(tint, colors.card, tint.alphaF()))  # the fill, made opaque
            painter.drawRoundedRect(legend, 6, 6)
        painter.setPen(colors.title)
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         "\n".join(lines))  # fmt: skip

    def card_slot(self, index: int) -> tuple[float, float]:
        """Where the ``index``-th card sits inside the cluster (a flowing grid)."""
        columns = max(1, int((self.rect().width() - GAP) // (CARD_W + GAP)))
        row, column = divmod(index, columns)
        return GAP + column * (CARD_W + GAP), HEADER + row * (CARD_H + GAP)


class LooseArea(QGraphicsRectItem):
    """The codes in no theme: a dashed area with a title that stays readable zoomed out."""

    def __init__(self, x: float, y: float, w: float, h: float, count: int) -> None:
        super().__init__(x, y, w, h)
        self.title = QCoreApplication.translate(
            "LooseArea", "Codes not in a theme ({count})"
        ).format(count=count)
        self.setZValue(0)
        self.setToolTip(QCoreApplication.translate("LooseArea", "Codes in no theme yet: drag one "
            "onto a theme, or onto another "
                        "to start a new theme"))  # fmt: skip

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(0, -TITLE_ROOM, 0, 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colors = board_colors()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(QPen(colors.loose_area, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = self.rect()
        painter.drawRoundedRect(rect, 8, 8)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(min(max(TITLE_PT, TITLE_MIN_SCREEN_PT / max(lod, 0.05)), TITLE_MAX_PT))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        lines = two_lines(metrics, self.title, rect.width() - 16)
        height = metrics.lineSpacing() * len(lines)
        room = QRectF(rect.left() + 8, rect.top() + min(34 - height, 0) - 4, rect.width() - 16,
                      max(height, 34))  # fmt: skip
        painter.setPen(colors.title)
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         "\n".join(lines))  # fmt: skip


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
        self.setToolTip(QCoreApplication.translate("ResizeHandle", "Drag to resize the theme"))
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
