"""Subtitle cues (WebVTT, SubRip) to speaker turns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ikt_desktop.domain.transcripts.transcript import ParsedTurn, clean_paragraph


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    speaker: str | None
    text: str
    order: int  # position in the file, to keep simultaneous cues stable


def cues_to_turns(cues: Iterable[Cue]) -> list[ParsedTurn]:
    """Sort by time (files list cues out of order), drop exact repeats (overlapping
    re-sends of the same words), and merge consecutive cues of one speaker into a turn."""
    ordered = sorted(cues, key=lambda c: (c.start_ms, c.order))
    turns: list[ParsedTurn] = []
    last_text: dict[str | None, str] = {}
    for cue in ordered:
        text = clean_paragraph(cue.text)
        if not text:
            continue
        if last_text.get(cue.speaker) == text and turns and turns[-1].speaker == cue.speaker:
            continue  # the same words sent twice
        last_text[cue.speaker] = text
        if turns and turns[-1].speaker == cue.speaker:
            prev = turns[-1]
            turns[-1] = ParsedTurn(
                prev.speaker, f"{prev.text} {text}", prev.start_ms,
                max(prev.end_ms or 0, cue.end_ms),
            )  # fmt: skip
        else:
            turns.append(ParsedTurn(cue.speaker, text, cue.start_ms, cue.end_ms))
    return turns
