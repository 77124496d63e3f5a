"""Speaker-labelled plain text: an optional ``# key: value`` header block, then turns
written ``Name: text``, one paragraph each, separated by blank lines.

The stored text keeps the header's free-text lines as a bracketed note, then one paragraph
per turn (``Name: text``), paragraphs separated by a blank line.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.text import normalise_text
from ikt_desktop.domain.transcript import DraftTranscript, DraftTurn

_HEADER = re.compile(r"^#\s?(?:(?P<key>[A-Za-z][\w ]{0,30}):\s*(?P<value>.*)|(?P<note>.*))$")
HEADER_KEYS = frozenset(
    {"participant", "date", "mode", "duration", "interviewer", "title", "location", "language"}
)
_TURN = re.compile(r"^(?P<name>[^\s:][^:\n]{0,60}?):\s+(?P<speech>\S.*)$", re.DOTALL)
_DURATION = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})$")


def parse_duration(value: str) -> int | None:
    match = _DURATION.match(value.strip())
    if not match:
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def parse_labelled_text(raw: str, name: str, origin_name: str = "") -> DraftTranscript:
    text = normalise_text(raw)
    lines = text.split("\n")
    meta: dict[str, str] = {}
    notes: list[str] = []
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        match = _HEADER.match(lines[i])
        key = (match["key"] or "").strip().lower() if match else ""
        if key in HEADER_KEYS:
            meta[key] = match["value"].strip() if match else ""
        elif lines[i].lstrip("#").strip():
            notes.append(lines[i].lstrip("#").strip())
        i += 1
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines[i:])) if p.strip()]
    parts: list[str] = []
    turns: list[DraftTurn] = []
    offset = 0

    def add(paragraph: str, speaker: str | None) -> None:
        nonlocal offset
        if parts:
            offset += 2  # the blank line between paragraphs
        start = offset
        parts.append(paragraph)
        offset += len(paragraph)
        if speaker is not None:
            turns.append(DraftTurn(speaker, start, offset))

    if notes:
        add("[" + " ".join(notes) + "]", None)
    for paragraph in paragraphs:
        paragraph = " ".join(paragraph.split("\n"))  # hard-wrapped lines join into one
        match = _TURN.match(paragraph)
        if match:
            add(f"{match['name'].strip()}: {match['speech'].strip()}", match["name"].strip())
        else:
            add(paragraph, None)
    if not turns:
        raise ValidationError(f"{origin_name or name}: no speaker turns ('Name: text') found.")
    date = None
    if meta.get("date"):
        try:
            date = dt.date.fromisoformat(meta["date"])
        except ValueError:
            date = None
    return DraftTranscript(
        name=name,
        text="\n\n".join(parts),
        turns=tuple(turns),
        origin_format="labelled-text",
        origin_name=origin_name,
        interview_date=date,
        duration_seconds=parse_duration(meta.get("duration", "")),
        mode=meta.get("mode", ""),
        interviewer=meta.get("interviewer", ""),
        metadata=tuple(sorted(meta.items())),
    )


def read_labelled_text(path: Path, name: str | None = None) -> DraftTranscript:
    """Read a UTF-8 speaker-labelled file (the demo's format)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path}: not UTF-8 text ({exc.reason}).") from exc
    except OSError as exc:
        raise ValidationError(f"{path}: cannot be read ({exc.strerror}).") from exc
    return parse_labelled_text(raw, name or path.stem, path.name)
