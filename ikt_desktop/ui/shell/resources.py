"""Icons and style sheets through one accessor (source checkout, wheel, frozen bundle)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ikt_desktop.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    return icon("app")
