"""Tolerant time codes: ``01:02:03.450``, ``2:03.4``, ``0:03``, ``00:00:01,000``."""

from __future__ import annotations

import re

TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"
_PARTS = re.compile(r"^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$")


def parse_time(value: str) -> int | None:
    """Milliseconds, or None if ``value`` is not a time code."""
    match = _PARTS.match(value.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    if (int(minutes) > 59 and hours is not None) or int(seconds) > 59:
        return None
    ms = int((fraction or "0").ljust(3, "0"))
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + ms


def format_time(ms: int) -> str:
    seconds, _ = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"
