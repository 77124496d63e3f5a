"""Times and text positions of a transcript with turn times (issue 17).

A turn knows when it starts and, usually, when it ends; inside it, time is spread evenly
over its characters, so "play from here" lands close to the word. Positions are code
points (invariant 2); times are milliseconds from the start of the recording.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class TimedTurn:
    start: int  # code points into the source text
    end: int
    time_start_ms: int | None
    time_end_ms: int | None
    estimated: bool = False


@dataclass(frozen=True)
class Window:
    """A turn's text span and the times it covers, both known."""

    start: int
    end: int
    t0: int
    t1: int
    estimated: bool = False  # the turn's times were spread, not heard (set from the playhead)


def windows(turns: Sequence[TimedTurn]) -> list[Window]:
    """The timed turns in text order, each with an end time: its own, else the next timed
    turn's start, else its start (a zero-length window). A window is estimated when its
    turn is, or when it ends where an estimated turn starts (its end is a guess too)."""
    timed = sorted((t for t in turns if t.time_start_ms is not None), key=lambda t: t.start)
    out: list[Window] = []
    for i, turn in enumerate(timed):
        t0 = turn.time_start_ms
        assert t0 is not None
        after = timed[i + 1] if i + 1 < len(timed) else None
        t1 = turn.time_end_ms
        if t1 is None or t1 < t0:
            nxt = after.time_start_ms if after is not None else None
            t1 = nxt if nxt is not None and nxt >= t0 else t0
        guessed = turn.estimated or (
            after is not None and after.estimated and t1 == after.time_start_ms
        )
        out.append(Window(turn.start, turn.end, t0, t1, guessed))
    return out


def time_at(
    wins: Sequence[Window], position: int, starts: Sequence[int] | None = None
) -> int | None:
    """The time of the character at ``position``: interpolated inside its turn; between
    turns (or in the notes before the first) the next turn's start; after the last turn
    its end. None without timed turns. ``starts``: the windows' starts, when the caller
    keeps them (see :class:`Timeline`)."""
    if not wins:
        return None
    i = bisect_right(starts if starts is not None else [w.start for w in wins], position) - 1
    if i < 0:
        return wins[0].t0
    w = wins[i]
    if position >= w.end:
        return wins[i + 1].t0 if i + 1 < len(wins) else w.t1
    length = max(1, w.end - w.start)
    return w.t0 + round((w.t1 - w.t0) * (position - w.start) / length)


def span_times(
    wins: Sequence[Window], start: int, end: int, starts: Sequence[int] | None = None
) -> tuple[int, int] | None:
    """The time range of the text ``[start, end)``: a span ending with its turn ends at
    the turn's end time, not at the next turn's start."""
    if starts is None:
        starts = [w.start for w in wins]
    t0, t1 = time_at(wins, start, starts), _time_at_end(wins, end, starts)
    if t0 is None or t1 is None:
        return None
    return t0, max(t0, t1)


def _time_at_end(wins: Sequence[Window], end: int, starts: Sequence[int]) -> int | None:
    """When the character before ``end`` has been said (``end`` is exclusive)."""
    i = bisect_right(starts, end - 1) - 1
    if i >= 0 and end <= wins[i].end:
        w = wins[i]
        return w.t0 + round((w.t1 - w.t0) * (end - w.start) / max(1, w.end - w.start))
    return time_at(wins, end, starts)


class Timeline:
    """A source's windows with their starts listed once, for many look-ups (every quote
    of an export): each is then a binary search."""

    def __init__(self, wins: Sequence[Window]) -> None:
        self.windows = list(wins)
        self._starts = [w.start for w in self.windows]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        return span_times(self.windows, start, end, self._starts)

    def estimated(self, start: int, end: int) -> bool:
        """Whether the times of ``[start, end)`` come from an estimated turn: one of the
        windows the span's start and end times are read from (see :func:`time_at`)."""
        wins, last = self.windows, len(self.windows) - 1
        if last < 0:
            return False
        first = max(0, bisect_right(self._starts, start) - 1)
        if start >= wins[first].end and wins[first].start <= start:
            first = min(last, first + 1)  # between turns: the next turn's start
        final = max(0, bisect_right(self._starts, max(start, end - 1)) - 1)
        if end > wins[final].end:
            final = min(last, final + 1)
        return any(w.estimated for w in wins[first : max(first, final) + 1])


def clock_text(ms: int) -> str:
    """A time in the recording as researchers cite it: ``00:12:04`` (hours always shown,
    seconds rounded down, as players and transcripts show them)."""
    seconds = max(0, ms) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def index_at_time(wins: Sequence[Window], ms: int) -> int | None:
    """The window playing at ``ms`` (the last one that started), or None before the first."""
    i = bisect_right([w.t0 for w in wins], ms) - 1
    return i if i >= 0 else None


def position_at(wins: Sequence[Window], ms: int) -> int | None:
    """The character being spoken at ``ms``: the inverse of :func:`time_at`."""
    i = index_at_time(wins, ms)
    if i is None:
        return wins[0].start if wins else None
    w = wins[i]
    if ms >= w.t1 or w.t1 == w.t0:
        return w.end if ms >= w.t1 and w.t1 > w.t0 else w.start
    return w.start + int((w.end - w.start) * (ms - w.t0) / (w.t1 - w.t0))


def estimate_times(
    spans: Sequence[tuple[int, int]], anchors: dict[int, int], duration_ms: int | None = None
) -> list[tuple[int | None, int | None, bool]]:
    """Times for the turns ``spans`` (text order) when only some turns were timed from the
    playhead (``anchors``: turn index -> start ms). Turns between two anchors share the
    time between them by characters and are marked estimated; turns after the last anchor
    are estimated up to ``duration_ms`` if it is known; turns before the first anchor stay
    untimed. Returns ``(start, end, estimated)`` per turn."""
    n = len(spans)
    starts: list[int | None] = [None] * n
    estimated = [False] * n
    points = sorted(anchors.items())
    if duration_ms is not None and points and points[-1][0] < n and points[-1][1] < duration_ms:
        points.append((n, duration_ms))  # the end of the recording closes the last gap
    for (a, ta), (b, tb) in pairwise(points):
        chars = [spans[k][1] - spans[k][0] + 1 for k in range(a, min(b, n))]
        total = sum(chars) or 1
        done = 0
        for k in range(a, min(b, n)):
            starts[k] = ta + round((tb - ta) * done / total)
            estimated[k] = k != a
            done += chars[k - a]
    for index, t in points:
        if index < n:
            starts[index] = t
    out: list[tuple[int | None, int | None, bool]] = []
    for k in range(n):
        nxt = starts[k + 1] if k + 1 < n else (duration_ms if starts[k] is not None else None)
        out.append((starts[k], nxt if starts[k] is not None else None, estimated[k]))
    return out


def sync_points(turns: Sequence[TimedTurn]) -> list[tuple[int, int]]:
    """The turn times as REFI-QDA sync points, ``(position, ms)`` in text order: each
    timed turn's start, and its end when known."""
    points: set[tuple[int, int]] = set()
    for turn in turns:
        if turn.time_start_ms is None:
            continue
        points.add((turn.start, turn.time_start_ms))
        if turn.time_end_ms is not None and turn.time_end_ms >= turn.time_start_ms:
            points.add((turn.end, turn.time_end_ms))
    return sorted(points)


def turns_from_sync_points(text: str, points: Sequence[tuple[int, int]]) -> list[TimedTurn]:
    """Timed turns from sync points (the reverse of :func:`sync_points`, and how other
    tools' timestamps read): the text from one point to the next is a turn from the one
    time to the other, without the white space around it; a stretch of only white space
    (the line break between two turns) is none. Text after the last point is a turn
    whose end time is not known. Points outside the text or going back in time are
    dropped."""
    kept: list[tuple[int, int]] = []
    for position, ms in sorted(set(points)):
        if 0 <= position <= len(text) and ms >= 0 and (not kept or ms >= kept[-1][1]):
            kept.append((position, ms))
    out: list[TimedTurn] = []
    for k, (position, ms) in enumerate(kept):
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        stop = nxt[0] if nxt is not None else len(text)
        chunk = text[position:stop]
        if not chunk.strip():
            continue
        start = position + len(chunk) - len(chunk.lstrip())
        end = position + len(chunk.rstrip())
        out.append(TimedTurn(start, end, ms, nxt[1] if nxt is not None else None))
    return out
