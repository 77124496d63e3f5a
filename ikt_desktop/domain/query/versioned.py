"""Versioned JSON kept in the project (saved coding queries, saved text searches)."""

from __future__ import annotations

import json
from typing import Any

from ikt_desktop.domain.errors import ValidationError


def load_versioned(text: str, what: str, version: int) -> dict[str, Any]:
    """The JSON object in ``text`` if it is one of ``version``; else a ValidationError that
    names ``what`` ("the query", "the saved search") and the reason."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{what} is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise ValidationError(f"{what} is not a JSON object")
    found = data.get("version")
    if found != version:
        raise ValidationError(
            f"{what} has version {found!r}; this iKT Desktop reads version {version}"
        )
    return data
