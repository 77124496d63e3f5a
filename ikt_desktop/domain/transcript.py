"""A transcript as importers produce it and the source service stores it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DraftTurn:
    speaker: str | None  # the name as written in the file; None for unattributed text
    start: int  # code points into DraftTranscript.text
    end: int
    time_start_ms: int | None = None
    time_end_ms: int | None = None


@dataclass(frozen=True)
class DraftTranscript:
    """Normalised text plus its turns and what the file said about the interview."""

    name: str
    text: str
    turns: tuple[DraftTurn, ...] = ()
    origin_format: str = ""
    origin_name: str = ""
    interview_date: dt.date | None = None
    duration_seconds: int | None = None
    mode: str = ""
    interviewer: str = ""
    metadata: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def speakers(self) -> list[str]:
        """Distinct speaker names in order of first appearance."""
        seen: dict[str, None] = {}
        for turn in self.turns:
            if turn.speaker is not None:
                seen.setdefault(turn.speaker, None)
        return list(seen)


@dataclass(frozen=True)
class SpeakerMapping:
    """How one speaker name maps into the project."""

    participant_label: str | None = None
    is_interviewer: bool = False
