"""SubRip (.srt): numbered cues, ``00:00:01,000 --> 00:00:04,000``, optional ``Name:``."""

from __future__ import annotations

import re

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.transcript import ParsedTranscript
from ikt_desktop.importers import vtt
from ikt_desktop.importers.cues import Cue, cues_to_turns
from ikt_desktop.importers.timecodes import parse_time

_TIMING = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)")
_SRT_START = re.compile(r"\A\s*\d+\s*\n\s*[\d:,.]+\s+-->\s+[\d:,.]+")


def is_srt(text: str) -> bool:
    return bool(_SRT_START.match(text.lstrip("\ufeff")))


def parse_srt(text: str) -> ParsedTranscript:
    blocks = re.split(r"\n\s*\n", text.lstrip("\ufeff").strip())
    cues: list[Cue] = []
    line_no = 1
    for order, block in enumerate(blocks):
        lines = block.split("\n")
        timing_at = next((k for k, line in enumerate(lines) if "-->" in line), None)
        if timing_at is not None:
            match = _TIMING.match(lines[timing_at])
            start = parse_time(match.group(1)) if match else None
            end = parse_time(match.group(2)) if match else None
            if start is None or end is None:
                raise ValidationError(
                    f"line {line_no + timing_at}: broken time stamp {lines[timing_at].strip()!r}"
                )
            payload = "\n".join(lines[timing_at + 1 :])
            for speaker, words in vtt.voices(payload):
                cues.append(Cue(start, max(start, end), speaker, words, order))
        line_no += len(lines) + 1
    if not cues:
        raise ValidationError("no subtitle cues found")
    if not any(c.speaker for c in cues):
        cues = [vtt.zoom_speaker(c) for c in cues]
    turns = cues_to_turns(cues)
    warnings = () if any(t.speaker for t in turns) else ("no speaker names in the subtitles",)
    duration = max(c.end_ms for c in cues) // 1000 or None
    return ParsedTranscript("srt", tuple(turns), duration_seconds=duration, warnings=warnings)
