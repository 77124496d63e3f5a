"""Automatic snapshots of a project: which to keep, and when the next one is due.

Pure rules on times (timezone-aware, UTC); the files live in the app data folder (see
``services/project_snapshots.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

KEEP_RECENT = 10  # the most recent snapshots, whatever their age
KEEP_DAYS = 7  # plus the newest snapshot of each of the last 7 days
EVERY_MINUTES = 10  # after changes, a snapshot at most this often


def to_keep(
    times: Iterable[datetime],
    now: datetime,
    *,
    recent: int = KEEP_RECENT,
    days: int = KEEP_DAYS,
) -> set[datetime]:
    """The snapshot times to keep: the ``recent`` newest, plus the newest of each UTC day
    among those taken less than ``days`` days before ``now``. Everything else may go.

    A snapshot dated after ``now`` (the clock was put back) counts as recent, so a clock
    change never deletes it."""
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[: max(recent, 0)])
    horizon = now - timedelta(days=days)
    newest_of_day: dict[object, datetime] = {}
    for t in ordered:  # newest first: the first seen of a day is its newest
        if t > horizon:
            newest_of_day.setdefault(t.date(), t)
    keep.update(newest_of_day.values())
    keep.update(t for t in ordered if t > now)
    return keep


def due(
    last: datetime | None,
    changes_since: int,
    now: datetime,
    every_minutes: float = EVERY_MINUTES,
) -> bool:
    """Whether a snapshot is due: something changed since the last one, and the last one
    (if any) is at least ``every_minutes`` old. A last time in the future (the clock was
    put back) counts as long ago."""
    if changes_since <= 0:
        return False
    if last is None or last > now:
        return True
    return now - last >= timedelta(minutes=every_minutes)
