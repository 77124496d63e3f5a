"""The language a report and a workbook are written in: their fixed text by key, counted
nouns with plural forms, numbers and dates in the language's own format, and lists joined
with its word for "and". The researcher's own words (codes, themes, narratives, roles,
quotations) never pass through here.

English is the source (:mod:`ikt_desktop.domain.report.english`); a translation is a TOML
file with the same keys and placeholders (``resources/i18n/report/fr.toml``), read with
:meth:`Language.parse`. Every key falls back to nothing: a missing key is an error that a
test catches, not English text slipped into a French report."""

from __future__ import annotations

import datetime as dt
import os
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ikt_desktop.domain.errors import ValidationError

LANGUAGES = ("en", "fr", "de", "es")
NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}


@dataclass(frozen=True)
class Language:
    """One language's report text (see the module docstring)."""

    code: str
    texts: Mapping[str, str]
    nouns: Mapping[str, tuple[str, str]]  # key -> (singular, plural)
    months: tuple[str, ...]  # January .. December, as written inside a date
    numbers: tuple[str, ...] = ()  # spelled numbers for a sentence start ("" = not spelled)
    one: tuple[int, ...] = (1,)  # counts that take the singular (French: 0 and 1)
    decimal: str = "."
    group: str = ","
    min_group: int = 1  # digits beyond the first three before grouping (Spanish: 2)
    first_day: str = ""  # how the first of the month is written ("1er"), if not "1"
    pluralise_roles: bool = False  # whether the English plural rule applies to roles
    meta: Mapping[str, str] = field(default_factory=dict)

    # -- text ------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        """The text of ``key`` with its ``{placeholders}`` filled."""
        try:
            template = self.texts[key]
        except KeyError:
            raise KeyError(f"report text {key!r} missing in language {self.code!r}") from None
        return template.format(**values) if values else template

    def plural_t(self, n: int, key: str, **values: object) -> str:
        """``key_one`` or ``key_other`` by the language's plural rule for ``n``."""
        return self.t(f"{key}_{'one' if n in self.one else 'other'}", **values)

    def noun(self, n: int, key: str) -> str:
        singular, plural = self.nouns[key]
        return singular if n in self.one else plural

    def count(self, n: int, key: str) -> str:
        """``1 coding``, ``1 204 codages``, ``3 Kodierungen``."""
        return f"{self.number(n)} {self.noun(n, key)}"

    def count_at_start(self, n: int, key: str) -> str:
        """A count opening a sentence: spelled out when the language has the word
        (``Five quotations``), else led in (``In total, 143 codings``)."""
        word = self.numbers[n] if 0 <= n < len(self.numbers) else ""
        if word:
            return f"{word[:1].upper()}{word[1:]} {self.noun(n, key)}"
        return self.t("in_total", count=self.count(n, key))

    def names(self, items: Iterable[str]) -> str:
        """``A``, ``A and B``, ``A, B et C``."""
        listed = list(items)
        if len(listed) <= 1:
            return "".join(listed)
        return self.t("list_last", first=", ".join(listed[:-1]), last=listed[-1])

    # -- numbers and dates ------------------------------------------------------------

    def number(self, value: float, decimals: int = 0) -> str:
        """``1,204`` · ``1 204`` · ``1.204`` · ``1204`` (Spanish groups from 10 000)."""
        text = f"{abs(value):.{decimals}f}"
        whole, _, fraction = text.partition(".")
        if len(whole) > 3 + self.min_group - 1:
            groups: list[str] = []
            while len(whole) > 3:
                groups.insert(0, whole[-3:])
                whole = whole[:-3]
            whole = self.group.join([whole, *groups])
        sign = "-" if value < 0 and float(text) != 0 else ""
        return sign + whole + (self.decimal + fraction if fraction else "")

    def month_year(self, day: dt.date) -> str:
        return self.t("month_year", month=self.months[day.month - 1], year=day.year)

    def date(self, day: dt.date) -> str:
        """``5 December 2026`` · ``1er décembre 2026`` · ``5. Dezember 2026``."""
        shown = self.first_day if day.day == 1 and self.first_day else str(day.day)
        return self.t("date_long", day=shown, month=self.months[day.month - 1], year=day.year)

    # -- reading a translation ----------------------------------------------------------

    @classmethod
    def parse(cls, code: str, text: str) -> Language:
        """A translation from its TOML text; a malformed file is a ValidationError."""
        try:
            data = tomllib.loads(text)
            return cls.from_dict(code, data)
        except (tomllib.TOMLDecodeError, TypeError, ValueError, KeyError) as exc:
            raise ValidationError(f"report language {code!r}: {exc}") from exc

    @classmethod
    def from_dict(cls, code: str, data: Mapping[str, Any]) -> Language:
        about = dict(data["language"])
        nouns = {str(k): _pair(k, v) for k, v in dict(data["nouns"]).items()}
        texts = {str(k): str(v) for k, v in dict(data["texts"]).items()}
        months = tuple(str(m) for m in about["months"])
        if len(months) != 12:
            raise ValueError("months must name all twelve months")
        return cls(
            code=code,
            texts=MappingProxyType(texts),
            nouns=MappingProxyType(nouns),
            months=months,
            numbers=tuple(str(n) for n in about.get("numbers", ())),
            one=tuple(int(n) for n in about.get("one", (1,))),
            decimal=str(about.get("decimal", ".")),
            group=str(about.get("group", ",")),
            min_group=int(about.get("min_group", 1)),
            first_day=str(about.get("first_day", "")),
            pluralise_roles=bool(about.get("pluralise_roles", False)),
            meta=MappingProxyType(
                {"name": str(about.get("name", code)), "tag": str(about.get("tag", code))}
            ),
        )


def _pair(key: object, value: object) -> tuple[str, str]:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"noun {key!r}: give [singular, plural]")
    return str(value[0]), str(value[1])


def placeholders(template: str) -> set[str]:
    """The ``{names}`` a template fills."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def check_language(code: str) -> str:
    """``code`` if it is a report language, else a ValidationError naming the choices."""
    if code not in LANGUAGES:
        raise ValidationError(f"unknown language {code!r} (use {', '.join(LANGUAGES)})")
    return code


def language_of_locale(name: str) -> str:
    """The report language for a locale name (``fr_CA.UTF-8`` -> ``fr``; ``pt_BR`` or an
    empty name -> ``en``)."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].casefold()
    return code if code in LANGUAGES else "en"


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """The system's language as POSIX defines it (``LC_ALL``, then ``LC_MESSAGES``, then
    ``LANG``; ``LANGUAGE``'s first entry first, as gettext does), if we have it, else
    English. The interface follows the same rule unless View ▸ Language says otherwise."""
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return language_of_locale(value)
    return "en"
