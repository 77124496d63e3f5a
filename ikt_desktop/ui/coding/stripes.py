"""NVivo-style coding stripes beside the text: one column per code present in the
visible lines, a bar beside each line the code covers, the code's name at the top of
each run. Hover shows code, coder and memo; a click selects that coding."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from ikt_desktop.ui.coding.transcript_view import TranscriptView

COLUMN = 20  # a 4 px bar and, beside it, the code's name written downwards
MARGIN = 6
MAX_COLUMNS = 14


@dataclass(frozen=True)
class Bar:
    code_id: int
    column: int
    top: int
    bottom: int
    block: int


class StripesMargin(QWidget):
    coding_clicked = Signal(int)

    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.coder_names: Mapping[int, str] = {}
        # with more than one coder: beside each bar, a tick in the colour of each coder who
        # applied the code there (team coding: who coded what is visible at a glance)
        self.coder_colors: Mapping[int, str] = {}
        self.bars: list[Bar] = []
        self.setMouseTracking(True)
        self.setAccessibleName("Coding stripes")
        view.updateRequest.connect(lambda *_: self.update())
        view.verticalScrollBar().valueChanged.connect(lambda *_: self.update())

    def sizeHint(self) -> QSize:
        return QSize(MARGIN * 2 + COLUMN * 4, 100)

    # -- layout of the bars --------------------------------------------------------------

    def compute_bars(self) -> list[Bar]:
        """Bars for the visible lines, one column per code in order of appearance."""
        source = self.view.source
        if source is None:
            return []
        styles = self.view.highlighter.styles
        block = self.view.firstVisibleBlock()
        offset = self.view.contentOffset()
        height = self.view.viewport().height()
        columns: dict[int, int] = {}
        bars: list[Bar] = []
        while block.isValid():
            geometry = self.view.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            if block.isVisible():
                for code in source.codes_in(block.blockNumber()):
                    if code not in styles:
                        continue
                    if code not in columns:
                        if len(columns) >= MAX_COLUMNS:
                            continue
                        columns[code] = len(columns)
                    bars.append(Bar(code, columns[code], int(geometry.top()) + 2,
                                    int(geometry.bottom()) - 2, block.blockNumber()))  # fmt: skip
            block = block.next()
        wanted = MARGIN * 2 + COLUMN * max(len(columns), 1)
        if self.width() != wanted:
            self.setFixedWidth(wanted)
        return bars

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        self.bars = self.compute_bars()
        styles = self.view.highlighter.styles
        emphasised = self.view.highlighter.emphasised
        previous: dict[int, Bar] = {}
        for bar in self.bars:
            x = MARGIN + bar.column * COLUMN
            color = QColor(styles[bar.code_id].color)
            width = 6 if bar.code_id in emphasised else 4
            painter.fillRect(QRect(x, bar.top, width, max(bar.bottom - bar.top, 2)), color)
            if len(self.coder_colors) > 1:
                self._coder_ticks(painter, x, bar)
            last = previous.get(bar.code_id)
            if last is None or last.block != bar.block - 1:  # a run starts: name it
                self._label(painter, x + width + 1, bar.top, styles[bar.code_id].name, color)
            previous[bar.code_id] = bar
        painter.end()

    def _coder_ticks(self, painter: QPainter, x: int, bar: Bar) -> None:
        """The bar's height shared among the coders who applied its code on that line."""
        source = self.view.source
        assert source is not None
        coders = source.coders_in(bar.block, bar.code_id)
        height = max(bar.bottom - bar.top, 2)
        for n, coder in enumerate(coders):
            top = bar.top + height * n // len(coders)
            bottom = bar.top + height * (n + 1) // len(coders)
            color = QColor(self.coder_colors.get(coder, "#888888"))
            painter.fillRect(QRect(x - 3, top, 2, max(bottom - top - 1, 1)), color)

    def _label(self, painter: QPainter, x: int, top: int, name: str, color: QColor) -> None:
        painter.save()
        painter.setPen(color.darker(160))
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() - 2, 6.5))
        painter.setFont(font)
        painter.translate(x + painter.fontMetrics().ascent(), top)
        painter.rotate(90)
        painter.drawText(
            0, 0, painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 140)
        )
        painter.restore()

    # -- interaction -------------------------------------------------------------------

    def coding_at(self, point: QPoint) -> int | None:
        """The coding under ``point``: of the bar's code, in that line (the shortest)."""
        source = self.view.source
        if source is None:
            return None
        for bar in self.bars:
            x = MARGIN + bar.column * COLUMN
            if x <= point.x() < x + COLUMN and bar.top - 2 <= point.y() <= bar.bottom + 2:
                marks = [m for m in source.index.marks_in(bar.block) if m.code_id == bar.code_id]
                if marks:
                    return min(marks, key=lambda m: m.end - m.start).coding_id
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            coding_id = self.coding_at(event.pos())
            if coding_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(coding_id), self)
            return True
        return super().event(event)

    def describe(self, coding_id: int) -> str:
        source = self.view.source
        assert source is not None
        coding = source.codings[coding_id]
        style = self.view.highlighter.styles.get(coding.code_id)
        lines = [f"<b>{style.name if style else '?'}</b>",
                 f"Coder: {self.coder_names.get(coding.coder_id, '?')}"]  # fmt: skip
        if coding.memo:
            lines.append(f"Memo: {coding.memo}")
        return "<br>".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        coding_id = self.coding_at(event.position().toPoint())
        if coding_id is not None:
            self.coding_clicked.emit(coding_id)
