"""Turn times: read them as playback windows, and give an untimed transcript times from
the playhead (issue 17, item 4). The user times a few turns; the turns between them are
interpolated by characters and marked as estimated, until the user times them too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select, update

from ikt_desktop.db.models import Recording, Source, Turn
from ikt_desktop.domain.changes import media_changed
from ikt_desktop.domain.errors import NotFoundError, ValidationError
from ikt_desktop.domain.media.timing import (
    TimedTurn,
    Timeline,
    Window,
    clock_text,
    estimate_times,
    windows,
)
from ikt_desktop.services.base import Service, record, require
from ikt_desktop.services.dto import Outcome


@dataclass(frozen=True)
class TurnTime:
    id: int
    start: int
    end: int
    time_start_ms: int | None
    time_end_ms: int | None
    estimated: bool

    def timed(self) -> TimedTurn:
        return TimedTurn(self.start, self.end, self.time_start_ms, self.time_end_ms,
                         self.estimated)  # fmt: skip


@dataclass(frozen=True)
class TurnTimesSnapshot:
    source_id: int
    times: tuple[tuple[int, int | None, int | None, bool], ...]  # id, start, end, estimated


class TurnTimeService(Service):
    def turns(self, source_id: int) -> list[TurnTime]:
        with self._store.read() as s:
            rows = s.execute(
                select(Turn.id, Turn.start, Turn.end, Turn.time_start_ms, Turn.time_end_ms,
                       Turn.time_estimated)
                .where(Turn.source_id == source_id).order_by(Turn.start)
            ).all()  # fmt: skip
        return [TurnTime(*row) for row in rows]

    def windows(self, source_id: int) -> list[Window]:
        """The timed turns as playback windows (see domain.media.timing)."""
        return windows([t.timed() for t in self.turns(source_id)])

    def set_time(self, source_id: int, turn_id: int, ms: int) -> Outcome[TurnTimesSnapshot]:
        """The turn starts at ``ms`` (the playhead); untimed or estimated turns around it
        are estimated again between the turns the user timed. Returns the times before."""
        if ms < 0:
            raise ValidationError("A time cannot be before the start of the recording.")
        with self._store.write() as s:
            require(s, Source, source_id, "source")
            turns = list(s.scalars(
                select(Turn).where(Turn.source_id == source_id).order_by(Turn.start)))  # fmt: skip
            index = next((i for i, t in enumerate(turns) if t.id == turn_id), None)
            if index is None:
                raise NotFoundError(f"The turn no longer exists (id {turn_id}).")
            before = _snapshot(source_id, turns)
            anchors = {i: t.time_start_ms for i, t in enumerate(turns)
                       if t.time_start_ms is not None and not t.time_estimated}  # fmt: skip
            anchors[index] = ms
            _check_order(anchors, index, ms)
            duration = s.scalar(
                select(Recording.duration_ms).where(Recording.source_id == source_id)
            )
            old_starts = [t.time_start_ms for t in turns]
            spans = [(t.start, t.end) for t in turns]
            estimated = estimate_times(spans, {i: int(v) for i, v in anchors.items()}, duration)
            for i, (turn, (t0, t1, guess)) in enumerate(zip(turns, estimated, strict=True)):
                if i != index and i in anchors:
                    continue  # a time the user or the file gave stays as it is
                if i == index and turn.time_end_ms is not None and not turn.time_estimated \
                        and turn.time_end_ms > ms:  # fmt: skip
                    t1 = turn.time_end_ms
                turn.time_start_ms, turn.time_end_ms, turn.time_estimated = t0, t1, guess
            _close_gaps(turns, old_starts)
            record(s, "set turn time", "source", source_id, turn=turn_id, ms=ms)
            return Outcome(before, media_changed(source_id))

    def restore(self, snapshot: TurnTimesSnapshot) -> Outcome[TurnTimesSnapshot]:
        """Undo :meth:`set_time`."""
        with self._store.write() as s:
            turns = list(s.scalars(select(Turn).where(Turn.source_id == snapshot.source_id)))
            before = _snapshot(snapshot.source_id, turns)
            for turn_id, t0, t1, guess in snapshot.times:
                s.execute(
                    update(Turn).where(Turn.id == turn_id)
                    .values(time_start_ms=t0, time_end_ms=t1, time_estimated=guess)
                )  # fmt: skip
            record(s, "restore turn times", "source", snapshot.source_id)
            changes = media_changed(snapshot.source_id)
            return Outcome(before, changes)


class QuoteTimes:
    """Where quoted spans are in their recordings, for the report (``00:12:04``, or
    ``c. 00:12:04`` from estimated turn times): each
    source's turn times are read once, then every quote of it is interpolated."""

    def __init__(self, service: TurnTimeService) -> None:
        self._service = service
        self._timelines: dict[int, Timeline] = {}

    def clock(self, source_id: int, start: int, end: int) -> str:
        """The time the span starts at, or "" when its source has no turn times."""
        times = self._timeline(source_id).span(start, end)
        return clock_text(times[0]) if times is not None else ""

    def estimated(self, source_id: int, start: int, end: int) -> bool:
        """Whether the span's time comes from estimated turn times (the report prints it
        as approximate: "c. 00:12:04")."""
        return self._timeline(source_id).estimated(start, end)

    def _timeline(self, source_id: int) -> Timeline:
        if source_id not in self._timelines:
            self._timelines[source_id] = Timeline(self._service.windows(source_id))
        return self._timelines[source_id]


def _close_gaps(turns: list[Turn], old_starts: list[int | None]) -> None:
    """A turn that ended where the next one started still does after the next moved."""
    for prev, turn, old in zip(turns, turns[1:], old_starts[1:], strict=False):
        moved = turn.time_start_ms != old and prev.time_end_ms in (None, old)
        if moved and prev.time_start_ms is not None and turn.time_start_ms is not None:
            prev.time_end_ms = max(prev.time_start_ms, turn.time_start_ms)


def _check_order(anchors: Mapping[int, int | None], index: int, ms: int) -> None:
    earlier = [v for i, v in anchors.items() if i < index and v is not None]
    later = [v for i, v in anchors.items() if i > index and v is not None]
    if (earlier and max(earlier) > ms) or (later and min(later) < ms):
        raise ValidationError(
            "That time is out of order: an earlier turn starts later, or a later turn "
            "starts earlier. Set the turns in order as you listen."
        )


def _snapshot(source_id: int, turns: list[Turn]) -> TurnTimesSnapshot:
    return TurnTimesSnapshot(
        source_id,
        tuple((t.id, t.time_start_ms, t.time_end_ms, t.time_estimated) for t in turns),
    )
