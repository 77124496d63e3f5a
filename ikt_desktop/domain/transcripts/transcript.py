"""A transcript on its way in: what a reader parsed (``ParsedTranscript``), and the
normalised text with turn spans that the source service stores (``DraftTranscript``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol

from ikt_desktop.domain.transcripts.text import count_words, normalise_text

PARAGRAPH_BREAK = "\n\n"


class _HasSpeaker(Protocol):
    @property
    def speaker(self) -> str | None: ...


def distinct_speakers(turns: Iterable[_HasSpeaker]) -> list[str]:
    """Speaker names in order of first appearance, each once."""
    return list(dict.fromkeys(t.speaker for t in turns if t.speaker is not None))


@dataclass(frozen=True)
class ParsedTurn:
    """One speaker's utterance as read from a file: markup and timing already removed."""

    speaker: str | None  # as written in the file; None for unattributed text
    text: str  # one paragraph, no line breaks
    start_ms: int | None = None
    end_ms: int | None = None
    labelled: bool = True  # False: a continuation paragraph written without the label


@dataclass(frozen=True)
class ParsedTranscript:
    """Everything a reader found in one file."""

    format: str  # "text", "docx", "vtt", "srt"
    turns: tuple[ParsedTurn, ...]
    preamble: tuple[str, ...] = ()  # header or notes before the first turn, verbatim
    encoding: str = ""
    interview_date: dt.date | None = None
    duration_seconds: int | None = None
    mode: str = ""
    interviewer: str = ""
    metadata: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    header_labels: tuple[str, ...] = ()  # labels read as header lines, not speakers

    @property
    def speakers(self) -> list[str]:
        """Distinct speaker names in order of first appearance."""
        return distinct_speakers(self.turns)

    def renamed(self, renames: Mapping[str, str]) -> ParsedTranscript:
        """The same transcript with speaker labels renamed (e.g. a real name to "P3");
        two speakers renamed to one label become one speaker."""
        clean = {old: " ".join(new.split()) for old, new in renames.items() if new.strip()}
        if not clean:
            return self
        turns = tuple(
            replace(t, speaker=clean.get(t.speaker, t.speaker)) if t.speaker else t
            for t in self.turns
        )
        interviewer = clean.get(self.interviewer, self.interviewer)
        return replace(self, turns=turns, interviewer=interviewer)


@dataclass(frozen=True)
class SpeakerStats:
    name: str
    turns: int
    words: int
    questions: int  # turns that end with a question mark


def speaker_stats(parsed: ParsedTranscript) -> list[SpeakerStats]:
    """Per speaker, in order of first appearance."""
    stats: dict[str, list[int]] = {}
    for turn in parsed.turns:
        if turn.speaker is None:
            continue
        entry = stats.setdefault(turn.speaker, [0, 0, 0])
        entry[0] += 1 if turn.labelled else 0
        entry[1] += count_words(turn.text)
        entry[2] += 1 if turn.text.rstrip().endswith("?") else 0
    return [SpeakerStats(name, *values) for name, values in stats.items()]


@dataclass(frozen=True)
class DraftTurn:
    speaker: str | None  # the name as written in the text; None for unattributed text
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
        return distinct_speakers(self.turns)


@dataclass(frozen=True)
class SpeakerMapping:
    """How one speaker name maps into the project."""

    participant_label: str | None = None
    is_interviewer: bool = False


_SPACE = re.compile(r"\s+")


def clean_paragraph(text: str) -> str:
    """One paragraph: inner white space (line breaks included) folded to single spaces."""
    return _SPACE.sub(" ", text).strip()


def build_draft(parsed: ParsedTranscript, name: str, origin_name: str = "") -> DraftTranscript:
    """The text as a researcher reads it: the preamble, then one paragraph per turn written
    ``Speaker: text`` (continuation paragraphs without the label), paragraphs separated by
    a blank line; each turn's span covers its paragraph."""
    parts: list[str] = []
    turns: list[DraftTurn] = []
    offset = 0

    def add(paragraph: str) -> tuple[int, int]:
        nonlocal offset
        if parts:
            offset += len(PARAGRAPH_BREAK)
        start = offset
        parts.append(paragraph)
        offset += len(paragraph)
        return start, offset

    for note in parsed.preamble:
        note = normalise_text(clean_paragraph(note))
        if note:
            add(note)
    for turn in parsed.turns:
        speech = normalise_text(clean_paragraph(turn.text))
        speaker = normalise_text(turn.speaker) if turn.speaker else None
        if not speech and not (speaker and turn.labelled):
            continue
        paragraph = f"{speaker}: {speech}".rstrip() if speaker and turn.labelled else speech
        start, end = add(paragraph)
        turns.append(DraftTurn(speaker, start, end, turn.start_ms, turn.end_ms))
    return DraftTranscript(
        name=name,
        text=PARAGRAPH_BREAK.join(parts),
        turns=tuple(turns),
        origin_format=parsed.format,
        origin_name=origin_name,
        interview_date=parsed.interview_date,
        duration_seconds=parsed.duration_seconds,
        mode=parsed.mode,
        interviewer=parsed.interviewer,
        metadata=parsed.metadata,
    )
