"""Where bundled resources live: a source checkout, an installed wheel, or the frozen
PyInstaller bundle. Every resource path goes through :func:`resource_path`."""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(str(importlib_resources.files("ikt_desktop") / "_resources"))


def resource_path(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)} (looked in {path})")
    return path
