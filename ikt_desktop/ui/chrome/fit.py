"""Keeping the window laptop-sized: side panels and inspectors scroll instead of setting
the window's minimum size (a form of fixed-height fields would otherwise demand all of
its height on every tab)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

MIN_VISIBLE_HEIGHT = 96  # enough to see that there is more, and to grab the scroll bar
FIRST_SIZE = QSize(1280, 800)  # the window's size on a first start, where it fits
FRAME_ROOM = QSize(40, 80)  # title bar, borders and a little desktop around the window


def first_placement(available: QRect) -> tuple[QRect, bool]:
    """Where a first window goes on a screen with ``available`` room (the screen less its
    panels): centred at :data:`FIRST_SIZE` when that fits with its frame, otherwise
    maximised (a 1280x720 or 1366x768 laptop), never larger than the screen."""
    fits = (FIRST_SIZE.width() + FRAME_ROOM.width() <= available.width()
            and FIRST_SIZE.height() + FRAME_ROOM.height() <= available.height())  # fmt: skip
    size = FIRST_SIZE.boundedTo(available.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect, not fits


def scrolling(widget: QWidget, name: str = "") -> QScrollArea:
    """``widget`` in a vertical scroll area that asks for little height and fills the
    width it is given (no sideways scrolling: the form reflows)."""
    area = QScrollArea()
    area.setObjectName(name or f"{widget.objectName() or type(widget).__name__}_scroll")
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(MIN_VISIBLE_HEIGHT)
    area.setFocusProxy(widget)
    return area
