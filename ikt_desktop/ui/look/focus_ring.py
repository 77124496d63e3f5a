"""A focus ring that is always visible (issue 15, item 8).

Fusion marks focus on buttons and line edits, but a list, a tree, a table or the
transcript shows it only by a dotted item outline that disappears on a selected row, so a
keyboard user cannot tell which pane has the keys. One :class:`FocusRing` per application
follows ``QApplication.focusChanged``: a 2-pixel ring in the palette's highlight colour,
drawn over the edge of the focused widget by a transparent, mouse-transparent child raised
above its viewport, so the widget's geometry never changes (no reflow) and no style sheet
slows its painting.
Popups (menus, completers) keep their own look.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

WIDTH = 2  # pixels: visible on a projector, thin enough not to hide text


class FocusRing(QWidget):
    """The ring itself: a child of the focused widget, over its viewport and scroll bars."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focusRing")
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        """Ring ``widget`` (None, or a widget that does not want one: hide)."""
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget if wants_ring(widget) else None
        if self.target is None:
            self.hide()
            return
        if self.parentWidget() is not self.target:
            self.setParent(self.target)
        self.target.installEventFilter(self)
        self.place()

    def place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(QRect(QPoint(0, 0), target.size()))
        self.show()
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ChildAdded,
        ):  # fmt: skip
            self.place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


def wants_ring(widget: QWidget | None) -> bool:
    """Panes that show focus faintly or not at all: lists, trees, tables, the transcript,
    text boxes and the board, in a window, not in a popup. A plain scroll area (a page
    of widgets, such as the start page) is a container: its own widgets show focus."""
    if widget is None or widget.parentWidget() is None:
        return False
    window = widget.window()
    if window.windowType() == Qt.WindowType.Popup:
        return False
    return isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea)


_ring: FocusRing | None = None
_installed = False


def ring() -> FocusRing:
    """The application's ring (made again if a window took it down with it)."""
    global _ring
    if _ring is None or not shiboken6.isValid(_ring):
        _ring = FocusRing()
    return _ring


def install() -> None:
    """Follow the focus from now on (idempotent: one ring per application)."""
    global _installed
    if _installed:
        return
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: ring().follow(new))
    _installed = True
