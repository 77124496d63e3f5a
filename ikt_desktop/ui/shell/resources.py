"""Icons and style sheets through one accessor (source checkout, wheel, frozen bundle).

The toolbar and menu icons are Lucide SVGs (ISC licence, resources/icons/lucide/LICENSE),
drawn with ``currentColor``: :func:`icon` fills in the palette's icon colour (and a dimmed
one for disabled actions). :func:`set_icon` remembers the icon's name on the action or
button, so :func:`refresh_icons` can redraw every icon when the palette changes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QPixmap
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


@cache
def _icon(name: str, color: str, disabled: str) -> QIcon:
    svg = _svg(name)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(svg, size, color), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(svg, size, disabled), QIcon.Mode.Disabled)
    return result


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
