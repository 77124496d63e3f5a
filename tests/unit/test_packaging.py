"""The wheel's package list (written by hand, see pyproject.toml) stays complete."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_python_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "ikt_desktop").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    mapped = config["tool"]["setuptools"]["package-dir"]
    assert mapped == {"ikt_desktop._resources": "resources", "ikt_desktop._docs": "docs"}
    assert (ROOT / "resources" / "demo" / "study.toml").is_file()
    assert (ROOT / "docs" / "user-guide.md").is_file()  # the in-app help shows it
