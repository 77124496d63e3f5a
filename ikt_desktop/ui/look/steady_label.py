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

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


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

    # -- what a QLabel offers that the panes use -------------------------------------------

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        if text == self.label.text():
            return
        self.label.setText(text)  # the label repaints; its geometry request stops here
        height = self._needed_height(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def clear(self) -> None:
        self.setText("")

    def setAccessibleName(self, name: str) -> None:
        self.label.setAccessibleName(name)

    def set_label_margins(self, left: int, top: int, right: int, bottom: int) -> None:
        self.label.setContentsMargins(left, top, right, bottom)
        self._height = self._needed_height(self.width())
        self.updateGeometry()

    # -- geometry -----------------------------------------------------------------------------

    def _needed_height(self, width: int) -> int:
        """One layout of the text, at the width it is painted at (the paint then uses it).
        Not also the label's minimum size hint: for a wrapping label that lays the text out
        three times more (one line, one word per line, the golden ratio), about 0.25 ms a
        header, and its height is never more than the height for a width."""
        if self.label.wordWrap() and width > 0:
            return self.label.heightForWidth(width)
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
        if height != self._height:  # a new width wraps the text into another height
            self._height = height
            self.updateGeometry()
        super().resizeEvent(event)
