"""Table cells that keep their laid-out text from one paint to the next.

Qt's item delegate lays a cell's text out (shapes every character, wraps it, elides the
last line) at every paint. The Coded Segments table repaints the rows a new coding moves
(all of them when it lands above those on screen: ui/look/tail_repaint.py), and its
quotes, two wrapped lines of about 220 characters each, took 1.6 of the table's 2.7 ms
(bench/README.md). :class:`KeptTextDelegate` draws a cell's background and focus as the
style draws them and its text from a ``QStaticText`` laid out once per text, font and
size: a repaint only draws glyphs.

The text is laid out as the style lays it out: wrapped at word boundaries when the view
wraps, as many lines as fit the cell, the last of them elided when the text goes on, the
block aligned as the model asks. Cells with a decoration or a check box are painted by
Qt as usual.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ikt_desktop.domain.transcripts.positions import PositionMap

AnyIndex = QModelIndex | QPersistentModelIndex
KEPT = 1000  # laid-out texts kept: many screens of rows (a few kilobytes each)
LINE_SEPARATOR = "\u2028"  # a line break inside one paragraph, as Qt's delegate uses
ELLIPSIS = "\u2026"
Feature = QStyleOptionViewItem.ViewItemFeature
PAINTED_BY_QT = Feature.HasDecoration | Feature.HasCheckIndicator
State = QStyle.StateFlag

LayoutKey = tuple[str, str, int, int, bool, int, int, int]


def visible_text(
    text: str,
    font: QFont,
    option: QTextOption,
    width: float,
    height: float,
    elide: Qt.TextElideMode,
) -> tuple[str, float]:
    """What of ``text`` shows in a ``width`` x ``height`` box, and the height of its lines:
    the lines that fit (at least one), the last one elided when text goes on after it or
    it is too wide. An elided last line is set apart by a line separator, so laying the
    result out again breaks its lines where this did."""
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    final: tuple[int, int, float] | None = None  # last line shown: UTF-16 start, length, width
    used, more = 0.0, False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if final is not None and used + line.height() > height:
            more = True
            break
        final = (line.textStart(), line.textLength(), line.naturalTextWidth())
        used += line.height()
    layout.endLayout()
    assert final is not None  # a text has at least one line
    start, length, natural = final
    if not more and natural <= width:
        return text, used
    positions = PositionMap.for_text(text)
    last = positions.from_utf16(start)
    head = text[:last].rstrip(LINE_SEPARATOR)
    if elide == Qt.TextElideMode.ElideNone:
        return text[: positions.from_utf16(start + length)], used
    end = text.find(LINE_SEPARATOR, last)
    rest = text[last:] if end < 0 else text[last:end]  # the rest of its paragraph
    metrics = QFontMetricsF(font)
    shown = metrics.elidedText(rest, elide, width)
    if end >= 0 and shown == rest and elide == Qt.TextElideMode.ElideRight:
        # more paragraphs follow (hidden): an ellipsis says so, as Qt's delegate does
        shown = metrics.elidedText(rest, elide, width - metrics.horizontalAdvance(ELLIPSIS))
        shown = shown if shown.endswith(ELLIPSIS) else shown + ELLIPSIS
    return (f"{head}{LINE_SEPARATOR}{shown}" if head else shown), used


class KeptTextDelegate(QStyledItemDelegate):
    """A delegate for text cells whose repaints should not lay their text out again."""

    def __init__(self, parent: Any = None, kept: int = KEPT) -> None:
        super().__init__(parent)
        self._kept = kept
        self._texts: OrderedDict[LayoutKey, tuple[QStaticText, float]] = OrderedDict()
        self.laid_out = 0  # texts laid out (tests count them)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.features & PAINTED_BY_QT or not opt.text or opt.state & State.State_Editing:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # the style's text rectangle of a cell without decoration or check box is the
        # cell; asking the style for it would lay the text out to measure it
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        box = opt.rect.adjusted(margin, 0, -margin, 0)
        text = opt.text.replace("\n", LINE_SEPARATOR)
        opt.text = ""  # background, selection and focus as the style draws them
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if box.width() <= 0 or box.height() <= 0:
            return
        static, height = self._layout(text, opt, box)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(_group(opt), _role(opt)))
        painter.drawStaticText(QPointF(box.left(), box.top() + _top(opt, box, height)), static)
        painter.restore()

    def _layout(
        self, text: str, opt: QStyleOptionViewItem, box: QRect
    ) -> tuple[QStaticText, float]:
        wrap = bool(opt.features & Feature.WrapText)
        horizontal = opt.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        key: LayoutKey = (text, opt.font.key(), box.width(), box.height(), wrap,
                          int(horizontal.value), int(opt.textElideMode.value),
                          int(opt.direction.value))  # fmt: skip
        found = self._texts.get(key)
        if found is not None:
            self._texts.move_to_end(key)
            return found
        option = QTextOption(QStyle.visualAlignment(opt.direction, horizontal))
        option.setWrapMode(
            QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.ManualWrap
        )
        option.setTextDirection(opt.direction)
        shown, height = visible_text(
            text, opt.font, option, box.width(), box.height(), opt.textElideMode
        )
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setTextOption(option)
        static.setTextWidth(box.width())
        static.prepare(font=opt.font)
        self.laid_out += 1
        self._texts[key] = (static, height)
        if len(self._texts) > self._kept:
            self._texts.popitem(last=False)
        return static, height


def _group(opt: QStyleOptionViewItem) -> QPalette.ColorGroup:
    if not opt.state & State.State_Enabled:
        return QPalette.ColorGroup.Disabled
    return (
        QPalette.ColorGroup.Normal
        if opt.state & State.State_Active
        else QPalette.ColorGroup.Inactive
    )


def _role(opt: QStyleOptionViewItem) -> QPalette.ColorRole:
    if opt.state & State.State_Selected:
        return QPalette.ColorRole.HighlightedText
    return QPalette.ColorRole.Text


def _top(opt: QStyleOptionViewItem, box: QRect, height: float) -> int:
    """Where the block of lines starts below the box's top, as the model aligns it."""
    vertical = opt.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
    if vertical == Qt.AlignmentFlag.AlignBottom:
        return int(box.height() - height)
    if vertical == Qt.AlignmentFlag.AlignTop:
        return 0
    return int((box.height() - height) // 2)
