"""A label whose text changes with every action (a count in a pane's header) without
re-laying out the window.

``QLabel.setText`` always calls ``updateGeometry()``: the parent layout is invalidated, and
every layout activation calls ``updateGeometry()`` on its own widget in turn, so one new
count climbs to the main window and re-lays out (and repaints) every splitter and tab widget
on the way: measured, one coding repainted about 2 megapixels of the window five times over
(issue 18). Here the label lives inside a widget without a layout, which ignores the
label's geometry requests; the holder asks its own layout for a new geometry only when the
height the text needs has really changed (a wrapped header that gains a line), and gives
the label its whole rectangle. Width never drives the layout: the holder takes what the
layout gives (``Ignored`` horizontally) and the label wraps or clips inside it.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtGui import Qt as GuiQt  # (Qt.mightBeRichText lives in QtGui)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_TAG = re.compile(r"<[^>]*>")
_DIGIT = re.compile(r"\d")
SLACK = 8  # pixels kept free before a line counts as surely unbroken


class SteadyLabel(QWidget):
    """A ``QLabel`` (``label``) held still: ``setText`` repaints it, and re-lays out its
    parent only when the text needs another height."""

    def __init__(
        self, text: str = "", *, word_wrap: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(word_wrap)
        self.label.setTextFormat(Qt.TextFormat.AutoText)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(word_wrap)
        self.setSizePolicy(policy)
        self.setFocusProxy(self.label)
        self._height = self._needed_height(self.width())
        # the last text measured on one line, its digits as 0, the width and font it had then
        self._one_line: tuple[str, int, str] | None = None

    # -- what a QLabel offers that the panes use -------------------------------------------

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        if text == self.label.text():
            return
        self.label.setText(text)  # the label repaints; its geometry request stops here
        height = self._height_of(text, self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def clear(self) -> None:
        self.setText("")

    def setAccessibleName(self, name: str) -> None:
        self.label.setAccessibleName(name)

    def set_label_margins(self, left: int, top: int, right: int, bottom: int) -> None:
        self.label.setContentsMargins(left, top, right, bottom)
        self._one_line = None
        self._height = self._needed_height(self.width())
        self.updateGeometry()

    # -- geometry -----------------------------------------------------------------------------

    def _height_of(self, text: str, width: int) -> int:
        """The height ``text`` needs. Counts change with every action, and a header that
        differs from the one measured last only in its digits, on one line then and surely
        on one line now, needs the same height: it is not laid out again (laying out a rich
        text label costs about 0.2 ms, and one coding changes four of them)."""
        shape = _DIGIT.sub("0", text)
        key = (shape, width if self.label.wordWrap() else 0, self.label.font().key())
        if key == self._one_line:
            return self._height
        height = self._needed_height(width)
        self._one_line = key if self._on_one_line(shape, width) else None
        return height

    def _on_one_line(self, shape: str, width: int) -> bool:
        """Whether the text fits on one line whatever its digits: its characters measured
        in bold (at least as wide as any of its runs), each digit as the widest digit."""
        if "\n" in shape or "<br" in shape.lower() or "<p" in shape.lower():
            return False
        if not self.label.wordWrap():
            return True
        bold = QFont(self.label.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        plain = html.unescape(_TAG.sub("", shape)) if GuiQt.mightBeRichText(shape) else shape
        digit = max(metrics.horizontalAdvance(d) for d in "0123456789")
        wide = metrics.horizontalAdvance(plain.replace("0", "")) + plain.count("0") * digit
        margins = self.label.contentsMargins()
        room = width - margins.left() - margins.right() - 2 * self.label.margin() - SLACK
        return wide <= room

    def _needed_height(self, width: int) -> int:
        if self.label.wordWrap() and width > 0:
            return max(self.label.heightForWidth(width), self.label.minimumSizeHint().height())
        return self.label.sizeHint().height()

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint().width(), self._needed_height(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.label.minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return self.label.wordWrap()

    def heightForWidth(self, width: int) -> int:
        return self._needed_height(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        height = self._needed_height(event.size().width())
        self._one_line = None
        if height != self._height:  # a new width wraps the text into another height
            self._height = height
            self.updateGeometry()
        super().resizeEvent(event)
