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


def test_translations_ship_in_the_wheel_and_the_bundle() -> None:
    """Every .ts has its compiled .qm beside it in resources/i18n (the wheel takes
    resources/** as package data; the spec copies resources/ and requires the .qm), the
    report's translations are there, and the spec keeps Qt's own qtbase_<lang>.qm."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-data"]["ikt_desktop._resources"] == ["**/*"]
    i18n = ROOT / "resources" / "i18n"
    sources = sorted(p.stem for p in i18n.glob("ikt_desktop_*.ts"))
    assert sources == ["ikt_desktop_de", "ikt_desktop_en", "ikt_desktop_es", "ikt_desktop_fr"]
    assert sorted(p.stem for p in i18n.glob("ikt_desktop_*.qm")) == sources
    assert sorted(p.stem for p in (i18n / "report").glob("*.toml")) == ["de", "es", "fr"]
    assert (i18n / "GLOSSARY.md").is_file()
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert 'INTERFACE_LANGUAGES = ("fr", "de", "es")' in spec
    assert "return rest[-1] in KEEP_TRANSLATIONS" in spec and "*QM_FILES" in spec
