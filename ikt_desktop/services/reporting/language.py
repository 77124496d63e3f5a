"""The report languages shipped with the app: English from the domain, the translations
read from ``resources/i18n/report/<code>.toml`` (once per process)."""

from __future__ import annotations

from functools import cache

from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import LANGUAGES, Language, check_language
from ikt_desktop.resources import resource_path


@cache
def report_language(code: str) -> Language:
    """The report text in ``code`` (``en``, ``fr``, ``de``, ``es``); an unknown code is a
    ValidationError naming the choices."""
    if check_language(code) == "en":
        return ENGLISH
    path = resource_path("i18n", "report", f"{code}.toml")
    return Language.parse(code, path.read_text(encoding="utf-8"))


def report_languages() -> tuple[Language, ...]:
    return tuple(report_language(code) for code in LANGUAGES)
