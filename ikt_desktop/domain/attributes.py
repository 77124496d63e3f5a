"""Typed participant attributes: text, number, date, choice."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from enum import StrEnum

from ikt_desktop.domain.errors import ValidationError


class AttributeType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


def parse_value(kind: AttributeType, raw: str, choices: Sequence[str] = ()) -> str:
    """Validate ``raw`` for an attribute of ``kind`` and return its canonical stored form
    (numbers without trailing zeros, ISO dates, the exact choice)."""
    value = raw.strip()
    if value == "":
        return ""
    if kind is AttributeType.TEXT:
        return value
    if kind is AttributeType.NUMBER:
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            raise ValidationError(f"{raw!r} is not a number.") from None
        return str(int(number)) if number.is_integer() else repr(number)
    if kind is AttributeType.DATE:
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValidationError(f"{raw!r} is not a date (YYYY-MM-DD).") from None
    if value not in choices:
        raise ValidationError(f"{raw!r} is not one of: {', '.join(choices)}.")
    return value


def typed_value(kind: str, stored: str) -> str | int | float | dt.date | None:
    """A stored value (the canonical form of :func:`parse_value`) as a Python value for a
    typed spreadsheet cell: numbers as int or float, dates as ``date``, empty as None.
    A value that does not parse (edited outside the app) stays text rather than vanish."""
    if stored == "":
        return None
    try:
        if kind == AttributeType.NUMBER:
            number = float(stored)
            if not math.isfinite(number):  # Excel has no infinity or NaN
                return stored
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if kind == AttributeType.DATE:
            return dt.date.fromisoformat(stored)
    except ValueError:
        return stored
    return stored
