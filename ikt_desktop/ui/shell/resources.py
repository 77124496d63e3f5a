"""Icons and style sheets through one accessor (source checkout, wheel, frozen bundle).

The toolbar and menu icons are Lucide SVGs (ISC licence, resources/icons/lucide/LICENSE),
drawn with ``currentColor``: :func:`icon` fills in the palette's icon colour (and a dimmed
one for disabled actions). Each icon is drawn when Qt first paints it, at the size it is
painted (:class:`SvgIconEngine`): start-up draws the dozen the window shows, not every
size of every icon. :func:`set_icon` remembers the icon's name on the action or
button, so :func:`refresh_icons` can redraw every icon when the palette changes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, QRect, QSize
from PySide6.QtGui import QAction, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication

from ikt_desktop.resources import resource_path
from ikt_desktop.ui.look.palette import colours

ICON_PROPERTY = "ikt_icon"
SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg(name: str) -> str:
    return resource_path("icons", "lucide", f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(svg: str, size: int, color: str) -> QPixmap:
    drawn = svg.replace("currentColor", color).replace(
        'width="24"\n  height="24"', f'width="{size}"\n  height="{size}"'
    )
    pixmap = QPixmap()
    if not pixmap.loadFromData(drawn.encode("utf-8"), "SVG"):
        raise ValueError(f"cannot draw icon {svg[:60]!r}")
    return pixmap


class SvgIconEngine(QIconEngine):
    """One of our SVG icons in two colours (normal, disabled), drawn on demand at the size
    asked for (each size and colour once)."""

    def __init__(self, svg: str, color: str, disabled: str) -> None:
        super().__init__()
        self._svg, self._color, self._disabled = svg, color, disabled
        self._drawn: dict[tuple[int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        off = mode == QIcon.Mode.Disabled
        drawn = self._drawn.get((side, off))
        if drawn is None:
            drawn = _pixmap(self._svg, side, self._disabled if off else self._color)
            self._drawn[(side, off)] = drawn
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = round(min(rect.width(), rect.height()) * scale)
        painter.drawPixmap(rect, self.pixmap(QSize(side, side), mode, state))

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in SIZES]

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg, self._color, self._disabled)


@cache
def _icon(name: str, color: str, disabled: str) -> QIcon:
    return QIcon(SvgIconEngine(_svg(name), color, disabled))


def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (a file in resources/icons/lucide) in the palette's colour."""
    tokens = colours()
    return _icon(name, tokens.icon, tokens.disabled_text)


def set_icon(target: QAction | QAbstractButton, name: str) -> None:
    target.setProperty(ICON_PROPERTY, name)
    target.setIcon(icon(name))


def refresh_icons(root: QObject | None = None) -> int:
    """Redraw every icon set with :func:`set_icon` under ``root`` (every window when None)
    in the palette's colours; returns how many were redrawn."""
    roots: list[QObject] = [root] if root is not None else list(QApplication.topLevelWidgets())
    count = 0
    for top in roots:
        for kind in (QAction, QAbstractButton):
            for obj in [top, *top.findChildren(kind)]:
                name = obj.property(ICON_PROPERTY)
                if isinstance(obj, kind) and isinstance(name, str):
                    obj.setIcon(icon(name))
                    count += 1
    return count


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "app.svg")))
