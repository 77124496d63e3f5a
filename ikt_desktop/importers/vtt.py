"""WebVTT as Teams, Zoom and transcription tools write it.

- Teams: ``<v Name>text</v>`` voice tags (names may contain commas, the closing tag is often
  missing, two voices can share one cue), ids like ``GUID/12-0``, one utterance split over
  many cues, cues out of order or overlapping, ``NOTE`` blocks, times without hours.
- Zoom: numbered cues whose text starts ``Name: ``; some cues have no speaker.
- Tools: ``<v S01>`` labels, inline overlap marks: the words are kept verbatim.
"""

from __future__ import annotations

import html
import re

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.transcript import ParsedTranscript
from ikt_desktop.importers.cues import Cue, cues_to_turns
from ikt_desktop.importers.timecodes import parse_time

_TIMING = re.compile(r"^\s*(?P<start>\S+)\s+-->\s+(?P<end>\S+)")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)*\s+(?P<name>[^>]*)>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")
_ZOOM_NAME = re.compile(r"^(?P<name>[^\s:.?!,][^:.?!]{0,50}?):\s+(?P<text>\S.*)$", re.DOTALL)


def is_vtt(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("WEBVTT")


def _strip_markup(text: str) -> str:
    return html.unescape(_TAG.sub("", text)).replace("\u200e", "").replace("\u200f", "")


def voices(payload: str) -> list[tuple[str | None, str]]:
    """Split a cue's text into (speaker, words) by voice tags; text before the first tag
    belongs to no voice."""
    parts: list[tuple[str | None, str]] = []
    matches = list(_VOICE.finditer(payload))
    if not matches:
        return [(None, _strip_markup(payload))]
    if payload[: matches[0].start()].strip():
        parts.append((None, _strip_markup(payload[: matches[0].start()])))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(payload)
        name = " ".join(_strip_markup(match["name"]).split()) or None
        parts.append((name, _strip_markup(payload[match.end() : end])))
    return parts


def parse_vtt(text: str) -> ParsedTranscript:
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or not lines[0].startswith("WEBVTT"):
        raise ValidationError("not a WebVTT file (no WEBVTT header)")
    cues: list[Cue] = []
    has_voice_tags = False
    i, order = 1, 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        block_start = i
        block: list[str] = []
        while i < len(lines) and lines[i].strip():
            block.append(lines[i])
            i += 1
        if block[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_at = next((k for k, line in enumerate(block) if "-->" in line), None)
        if timing_at is None:
            continue  # a stray id or text without timing: nothing to place in time
        match = _TIMING.match(block[timing_at])
        start = parse_time(match["start"]) if match else None
        end = parse_time(match["end"]) if match else None
        if start is None or end is None:
            raise ValidationError(
                f"line {block_start + timing_at + 1}: broken time stamp "
                f"{block[timing_at].strip()!r}"
            )
        payload = "\n".join(block[timing_at + 1 :])
        has_voice_tags = has_voice_tags or bool(_VOICE.search(payload))
        for speaker, words in voices(payload):
            cues.append(Cue(start, max(end, start), speaker, words, order))
            order += 1
    if not has_voice_tags:  # Zoom: "Name: text" at the start of a cue
        cues = [zoom_speaker(c) for c in cues]
    turns = cues_to_turns(cues)
    warnings = () if any(t.speaker for t in turns) else ("no speakers found in the cues",)
    duration = max((c.end_ms for c in cues), default=0) // 1000 or None
    return ParsedTranscript("vtt", tuple(turns), duration_seconds=duration, warnings=warnings)


def zoom_speaker(cue: Cue) -> Cue:
    match = _ZOOM_NAME.match(cue.text.strip())
    if not match or len(match["name"].split()) > 5:
        return cue
    return Cue(cue.start_ms, cue.end_ms, match["name"].strip(), match["text"], cue.order)
