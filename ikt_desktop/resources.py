"""Where bundled resources and documents live: a source checkout, an installed wheel, or
the frozen PyInstaller bundle. Every resource path goes through :func:`resource_path`,
every shipped document (the user guide shown by Help) through :func:`doc_path`."""

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


def docs_dir() -> Path:
    """The folder of the shipped documents: ``docs/`` of a checkout, ``ikt_desktop/_docs``
    of an installed wheel (mapped in pyproject.toml), ``docs/`` in the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs"
    checkout = Path(__file__).resolve().parent.parent / "docs"
    if checkout.is_dir():
        return checkout
    return Path(str(importlib_resources.files("ikt_desktop") / "_docs"))


def doc_path(name: str) -> Path:
    path = docs_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"bundled document missing: {name} (looked in {path})")
    return path
