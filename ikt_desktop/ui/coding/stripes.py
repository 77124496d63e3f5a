"""NVivo/MAXQDA-style coding stripes beside the text, in a gutter of fixed width (the
transcript never reflows as codes are added): a lane per code present in the visible
lines, a bar beside each line a coding covers, and the code's name, horizontal and at
least 9 pt, in a label column of its own (no bar or tick ever crosses a label).

Hover a bar or a label and its coding's text lights up; a click selects the coding;
right-click asks for the menu of every coding under the mouse (coding_actions builds it).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QTextBlock,
    QTextLayout,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ikt_desktop.domain.coding.intervals import Mark
from ikt_desktop.domain.transcripts.positions import PositionMap
from ikt_desktop.ui.coding.transcript_view import TranscriptView

GUTTER_WIDTH = 176  # fixed: lanes, then labels
MARGIN = 4
LANES_WIDTH = 44  # the bars share this: 10 px each for up to 4 codes, narrower beyond
LANE_MAX, LANE_MIN = 10, 3
LABEL_X = MARGIN + LANES_WIDTH + 6
LABEL_POINT_SIZE = 9.0  # the smallest a label is ever drawn (the issue: "at least 9 pt")
CHIP = 8
EXTENTS_KEPT = 2000  # paragraphs whose extents are kept (a three-hour interview: ~1,300)
HIDDEN_COUNT = QRect(MARGIN, 0, LANES_WIDTH, 16)  # "+3": codes on screen without a lane
Extent = tuple[int, int, int]  # top, bottom (block coordinates), the shortest coding's id


@dataclass(frozen=True)
class Bar:
    code_id: int
    column: int
    top: int
    bottom: int
    block: int
    coding_id: int  # the shortest coding of the code in this line (what a click picks)


@dataclass(frozen=True)
class Label:
    code_id: int
    coding_id: int
    rect: QRect
    text: str


def lane_width(columns: int) -> int:
    return max(LANE_MIN, min(LANE_MAX, LANES_WIDTH // max(columns, 1)))


def max_lanes() -> int:
    return LANES_WIDTH // LANE_MIN


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Equal states: objects (documents, sources, styles) by identity, values by value."""
    return len(a) == len(b) and all(
        x is y or (isinstance(x, int | float | str | type(None)) and x == y)
        for x, y in zip(a, b, strict=True)
    )


def _drawn(label: Label) -> tuple[tuple[int, int, int, int], int, str]:
    """What a label's paint depends on, hashable."""
    r = label.rect
    return ((r.x(), r.y(), r.width(), r.height()), label.code_id, label.text)


class StripesMargin(QWidget):
    coding_clicked = Signal(int)
    coding_hovered = Signal(object)  # a coding id, or None when the mouse leaves it
    menu_requested = Signal(list, QPoint)  # coding ids under the mouse, global position

    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.coder_names: Mapping[int, str] = {}
        # with more than one coder: inside each bar, a strip in the colour of each coder
        # who applied the code there (team coding: who coded what is visible at a glance)
        self.coder_colors: Mapping[int, str] = {}
        self.bars: list[Bar] = []
        self.labels: list[Label] = []
        self._placed: tuple[object, ...] = ()  # where the text was when they were painted
        # what refresh() computed for the paint that follows it (see _bars_and_labels)
        self._fresh: tuple[tuple[object, ...], list[Bar], list[Label], int, int] | None = None
        # per paragraph: what its extents were computed from, and the extents (every paint
        # asks for the visible paragraphs again; most have not changed since)
        self._extents_seen: dict[int, tuple[tuple[object, ...], dict[int, Extent]]] = {}
        self._extents_source: object = None
        self.columns = 0
        self.hidden_codes = 0  # codes on screen beyond the lanes there is room for
        self.hovered: int | None = None
        self.setMouseTracking(True)
        self.setFixedWidth(GUTTER_WIDTH)
        self.setAccessibleName(QCoreApplication.translate("StripesMargin", "Coding stripes"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "StripesMargin",
                "One bar per code beside the lines it covers. Click a bar to select its coding; "
                "right-click for remove, change code, edit memo and resize.",
            )
        )
        view.updateRequest.connect(self._follow_text)
        view.verticalScrollBar().valueChanged.connect(lambda *_: self.update())

    def label_font(self) -> QFont:
        font = QFont(self.view.font())
        font.setPointSizeF(max(LABEL_POINT_SIZE, min(font.pointSizeF() - 1.5, 13.0)))
        return font

    # -- what repaints ---------------------------------------------------------------------

    def _placement(self) -> tuple[object, ...]:
        """Where the text is: the bars painted for one placement stand for it."""
        view, size = self.view, self.view.viewport().size()
        first = view.firstVisibleBlock().blockNumber()
        offset = view.contentOffset().y()
        return (view.document(), first, offset, size.width(), size.height(), self._hovered_code())

    def _follow_text(self, rect: QRect, dy: int) -> None:
        """The text was scrolled or laid out again: the bars follow it, all of them. A
        part of it repainted in place (the cursor, the selection, a paragraph's colours)
        moved nothing: the band beside it is enough (a change of codings repaints what it
        changed with :meth:`refresh`)."""
        if dy or rect.contains(self.view.viewport().rect()) or self._placed != self._placement():
            self._fresh = None  # laid out again, perhaps: computed anew
            self.update()
        else:
            self.update(0, rect.top(), self.width(), rect.height())

    def refresh(self) -> None:
        """The codings changed: repaint where the bars and labels now differ from those
        painted last. A coding usually changes one paragraph's bars and a label; when a
        code comes or goes on screen the lanes change width, and everything is repainted.
        The paint that follows uses what was computed here (``_fresh``), unless anything
        moved or changed in between."""
        lane, hidden = lane_width(self.columns), self.hidden_codes
        bars = self.compute_bars()
        labels = self.layout_labels(bars)
        self._fresh = (self._state(), bars, labels, self.columns, self.hidden_codes)
        if lane != lane_width(self.columns) or self._placed != self._placement():
            self.update()  # (the hovered code is part of the placement: its bars stand out)
            return
        region = QRegion()
        if hidden != self.hidden_codes:
            region += HIDDEN_COUNT
        for bar in set(self.bars) ^ set(bars):
            region += QRect(MARGIN + bar.column * lane, bar.top, lane, max(bar.bottom - bar.top, 2))
        for rect, *_ in {_drawn(label) for label in self.labels} ^ {_drawn(x) for x in labels}:
            region += QRect(*rect)
        if not region.isEmpty():
            self.update(region)

    def _state(self) -> tuple[object, ...]:
        """What the bars and labels are computed from, besides the text's layout (a new
        layout comes with a full update request, which drops ``_fresh``)."""
        view = self.view
        source = view.source
        return (*self._placement(), source, source.revision if source else 0,
                view.highlighter.styles, view.font().pointSizeF(), self.height())  # fmt: skip

    def _bars_and_labels(self) -> tuple[list[Bar], list[Label]]:
        fresh, self._fresh = self._fresh, None  # good for one paint at most
        if fresh is not None and _same(fresh[0], self._state()):
            _state, bars, labels, self.columns, self.hidden_codes = fresh
            return bars, labels
        bars = self.compute_bars()
        return bars, self.layout_labels(bars)

    # -- layout of the bars --------------------------------------------------------------

    def compute_bars(self) -> list[Bar]:
        """Bars for the visible lines, one lane per code in order of appearance; each bar
        spans the lines of the block that the code's codings cover."""
        source = self.view.source
        self.columns, self.hidden_codes = 0, 0
        if source is None:
            return []
        styles = self.view.highlighter.styles
        block = self.view.firstVisibleBlock()
        offset = self.view.contentOffset()
        height = self.view.viewport().height()
        columns: dict[int, int] = {}
        hidden: set[int] = set()
        bars: list[Bar] = []
        while block.isValid():
            geometry = self.view.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            if block.isVisible():
                for code_id, (top, bottom, coding_id) in self._extents(block).items():
                    if code_id not in styles:
                        continue
                    if code_id not in columns:
                        if len(columns) >= max_lanes():
                            hidden.add(code_id)
                            continue
                        columns[code_id] = len(columns)
                    y = int(geometry.top())
                    bars.append(Bar(code_id, columns[code_id], y + top + 1, y + bottom - 1,
                                    block.blockNumber(), coding_id))  # fmt: skip
            block = block.next()
        self.columns, self.hidden_codes = len(columns), len(hidden)
        return bars

    def _extents(self, block: QTextBlock) -> dict[int, Extent]:
        """Per code in ``block``: the top and bottom (block coordinates) of the lines its
        codings cover, and its shortest coding there. Kept per paragraph while its text,
        its line layout and its codings are the same."""
        source = self.view.source
        assert source is not None
        layout = block.layout()
        local_marks = source.index.local_marks(block.blockNumber())
        if layout is None or layout.lineCount() == 0 or not local_marks:
            return {}
        if source is not self._extents_source:  # another transcript: other paragraphs
            self._extents_source = source
            self._extents_seen.clear()
        width = self.view.viewport().width()  # the lines break at it
        key = (block.revision(), layout.lineCount(), width, *local_marks)
        seen = self._extents_seen.get(block.blockNumber())
        if seen is not None and seen[0] == key:
            return seen[1]
        out = self._measure(block, layout, local_marks)
        if len(self._extents_seen) > EXTENTS_KEPT:
            self._extents_seen.clear()
        self._extents_seen[block.blockNumber()] = (key, out)
        return out

    @staticmethod
    def _measure(
        block: QTextBlock, layout: QTextLayout, local_marks: list[tuple[int, int, Mark]]
    ) -> dict[int, Extent]:
        local = PositionMap.for_text(block.text())
        out: dict[int, Extent] = {}
        shortest: dict[int, int] = {}
        for start, end, mark in local_marks:
            first = layout.lineForTextPosition(local.to_utf16(start))
            last = layout.lineForTextPosition(local.to_utf16(max(start, end - 1)))
            if not first.isValid() or not last.isValid():
                continue
            top, bottom = int(first.y()), int(last.y() + last.height())
            length, code_id = mark.end - mark.start, mark.code_id
            t, b, coding_id = out.get(code_id, (top, bottom, mark.coding_id))
            if code_id not in shortest or length < shortest[code_id]:
                shortest[code_id], coding_id = length, mark.coding_id
            out[code_id] = (min(t, top), max(b, bottom), coding_id)
        return out

    def layout_labels(self, bars: list[Bar]) -> list[Label]:
        """A label where each run of a code starts, stacked downwards so none overlap."""
        styles = self.view.highlighter.styles
        metrics = QFontMetrics(self.label_font())
        line = metrics.height() + 2
        width = GUTTER_WIDTH - LABEL_X - MARGIN - CHIP - 4
        previous: dict[int, int] = {}  # code -> the last visible block it had a bar in
        visible_blocks: list[int] = sorted({b.block for b in bars})
        order = {block: n for n, block in enumerate(visible_blocks)}
        labels: list[Label] = []
        free = 0
        for bar in bars:
            last = previous.get(bar.code_id)
            previous[bar.code_id] = bar.block
            if last is not None and order[last] == order[bar.block] - 1:
                continue  # the run goes on
            top = max(bar.top, free)
            if top + line > self.height():
                continue
            text = metrics.elidedText(styles[bar.code_id].name, Qt.TextElideMode.ElideRight,
                                      width)  # fmt: skip
            labels.append(Label(bar.code_id, bar.coding_id,
                                QRect(LABEL_X, top, GUTTER_WIDTH - LABEL_X - MARGIN, line),
                                text))  # fmt: skip
            free = top + line
        return labels

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        if self.view.highlighter.high_contrast:  # the gutter matches the text beside it
            palette = QPalette(palette)
            roles = QPalette.ColorRole
            pairs = ((roles.Window, roles.Base), (roles.WindowText, roles.Text))
            for role, source in pairs:
                palette.setColor(role, self.view.palette().color(source))
        clip = event.rect()
        painter.fillRect(clip, palette.color(QPalette.ColorRole.Window))
        self.bars, self.labels = self._bars_and_labels()
        self._placed = self._placement()
        styles = self.view.highlighter.styles
        emphasised = self.view.highlighter.emphasised
        lane = lane_width(self.columns)
        hovered = self._hovered_code()
        for bar in self.bars:
            x = MARGIN + bar.column * lane
            if bar.bottom < clip.top() or bar.top > clip.bottom():
                continue
            color = QColor(styles[bar.code_id].color)
            strong = bar.code_id in emphasised or bar.code_id == hovered
            width = lane - 1 if strong or lane <= 4 else lane - 2
            rect = QRect(x, bar.top, max(width, 2), max(bar.bottom - bar.top, 2))
            painter.fillRect(rect, color)
            if strong:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            if len(self.coder_colors) > 1 and lane >= 6:
                self._coder_strip(painter, x, bar)
        painter.setFont(self.label_font())
        text_color = palette.color(QPalette.ColorRole.WindowText)
        for label in self.labels:
            rect = label.rect
            if not rect.intersects(clip):
                continue
            chip = QRect(rect.left(), rect.center().y() - CHIP // 2, CHIP, CHIP)
            painter.fillRect(chip, QColor(styles[label.code_id].color))
            font = painter.font()
            font.setUnderline(label.code_id == hovered)  # (bold would overrun the elision)
            painter.setFont(font)
            painter.setPen(text_color)
            painter.drawText(rect.adjusted(CHIP + 4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             label.text)  # fmt: skip
        if self.hidden_codes:
            painter.setPen(text_color)
            painter.drawText(HIDDEN_COUNT, Qt.AlignmentFlag.AlignCenter, f"+{self.hidden_codes}")
        painter.end()

    def _hovered_code(self) -> int | None:
        source = self.view.source
        if self.hovered is None or source is None or self.hovered not in source.codings:
            return None
        return source.codings[self.hovered].code_id

    def _coder_strip(self, painter: QPainter, x: int, bar: Bar) -> None:
        """The bar's left edge shared among the coders who applied its code there."""
        source = self.view.source
        assert source is not None
        coders = source.coders_in(bar.block, bar.code_id)
        height = max(bar.bottom - bar.top, 2)
        for n, coder in enumerate(coders):
            top = bar.top + height * n // len(coders)
            bottom = bar.top + height * (n + 1) // len(coders)
            color = QColor(self.coder_colors.get(coder, "#888888"))
            painter.fillRect(QRect(x, top, 2, max(bottom - top - 1, 1)), color)

    # -- interaction -------------------------------------------------------------------

    def codings_at(self, point: QPoint) -> list[int]:
        """Every coding under ``point`` (shortest first): of the bar's code in that line,
        or the coding a label names."""
        source = self.view.source
        if source is None:
            return []
        for label in self.labels:
            if label.rect.contains(point):
                return [label.coding_id]
        lane = lane_width(self.columns)
        for bar in self.bars:
            x = MARGIN + bar.column * lane
            if x <= point.x() < x + lane and bar.top - 2 <= point.y() <= bar.bottom + 2:
                marks = [m for m in source.index.marks_in(bar.block) if m.code_id == bar.code_id]
                return [m.coding_id for m in sorted(marks, key=lambda m: m.end - m.start)]
        return []

    def coding_at(self, point: QPoint) -> int | None:
        found = self.codings_at(point)
        return found[0] if found else None

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
        name = html.escape(style.name if style else "?")
        coder = html.escape(self.coder_names.get(coding.coder_id, "?"))
        lines = [f"<b>{name}</b>", f"Coder: {coder}"]
        if coding.memo:
            lines.append(f"Memo: {html.escape(coding.memo)}")
        lines.append(
            QCoreApplication.translate(
                "StripesMargin", "<i>Click to select · right-click for more</i>"
            )
        )
        return "<br>".join(lines)

    def set_hovered(self, coding_id: int | None) -> None:
        if coding_id == self.hovered:
            return
        self.hovered = coding_id
        self.view.show_hover(coding_id)
        self.coding_hovered.emit(coding_id)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        coding_id = self.coding_at(event.position().toPoint())
        self.set_hovered(coding_id)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if coding_id else Qt.CursorShape.ArrowCursor
        )

    def leaveEvent(self, event: QEvent) -> None:
        self.set_hovered(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        coding_id = self.coding_at(event.position().toPoint())
        if coding_id is not None:
            self.coding_clicked.emit(coding_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        found = self.codings_at(event.pos())
        if found:
            self.menu_requested.emit(found, event.globalPos())
            event.accept()
