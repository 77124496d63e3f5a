"""Frozen data handed to the UI and the CLI. Never live ORM objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ikt_desktop.domain.changes import ChangeSet

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The value a change produced, and what it changed."""

    value: T
    changes: ChangeSet = field(default_factory=ChangeSet)


@dataclass(frozen=True)
class CoderDTO:
    id: int
    guid: str
    name: str
    initials: str
    color: str


@dataclass(frozen=True)
class AttributeDTO:
    id: int
    guid: str
    name: str
    type: str
    choices: tuple[str, ...]
    position: int


@dataclass(frozen=True)
class ParticipantDTO:
    id: int
    guid: str
    label: str
    pseudonym: str
    role: str
    notes: str
    position: int
    attributes: tuple[tuple[str, str], ...] = ()  # (attribute name, value) in attribute order
    # the version read (services/versions.py), not part of what the object is: 0 unknown
    row_version: int = field(default=0, compare=False)

    def attribute(self, name: str) -> str:
        return dict(self.attributes).get(name, "")


@dataclass(frozen=True)
class SourceDTO:
    id: int
    guid: str
    name: str
    kind: str
    word_count: int
    participant_id: int | None
    participant_label: str
    participant_role: str
    origin_format: str
    interview_date: dt.date | None
    duration_seconds: int | None
    mode: str
    interviewer: str
    position: int
    coding_count: int = 0


@dataclass(frozen=True)
class SpeakerDTO:
    id: int
    source_id: int
    name: str
    participant_id: int | None
    is_interviewer: bool


@dataclass(frozen=True)
class TurnDTO:
    id: int
    speaker_id: int | None
    start: int
    end: int
    time_start_ms: int | None
    time_end_ms: int | None


@dataclass(frozen=True)
class CodeDTO:
    id: int
    guid: str
    parent_id: int | None
    position: int
    name: str
    color: str
    definition: str
    inclusion: str
    exclusion: str
    example: str
    coding_count: int = 0
    source_count: int = 0
    participant_count: int = 0
    kind: str = "thematic"  # or "structural": an interview-guide question (services.guide)
    # the version read (services/versions.py), not part of what the object is: 0 unknown
    row_version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class CodingDTO:
    id: int
    guid: str
    code_id: int
    source_id: int
    start: int
    end: int
    coder_id: int
    created: dt.datetime
    memo: str


@dataclass(frozen=True)
class CodeSnapshot:
    """Everything a code deletion removed, to put back with the same ids."""

    codes: tuple[CodeDTO, ...]  # the code and its descendants, parents first
    codings: CodingSnapshot
    theme_links: tuple[tuple[int, int, int], ...]  # (theme_id, code_id, position)


@dataclass(frozen=True)
class MergeRecord:
    """What merging ``source`` into ``target`` did, so it can be undone exactly."""

    target_id: int
    removed: CodeSnapshot  # the merged code alone, with the duplicate codings dropped
    moved_codings: tuple[int, ...]  # coding ids re-pointed to target
    moved_children: tuple[tuple[int, int], ...]  # (child id, old position)
    target_child_positions: tuple[tuple[int, int], ...]  # target's children before


@dataclass(frozen=True)
class MemoDTO:
    id: int
    guid: str
    target_kind: str
    target_id: int | None
    title: str
    text: str
    author_id: int | None
    created: dt.datetime
    modified: dt.datetime
    # the version read (services/versions.py), not part of what the object is: 0 unknown
    row_version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class ProjectInfo:
    """Counts for ``ikt-desktop info`` and the About/status line."""

    path: str
    title: str
    guid: str
    schema: str
    read_only: bool
    sources: int
    participants: int
    speakers: int
    turns: int
    words: int
    codes: int
    codings: int
    coders: int
    themes: int
    memos: int
    encrypted: bool = False


@dataclass(frozen=True)
class CodingSnapshot:
    """Codings removed by an action (and the theme quotes pinned to them), to restore."""

    codings: tuple[CodingDTO, ...]
    theme_quotes: tuple[tuple[int, int, int], ...] = ()  # (theme_id, coding_id, position)
    decisions: tuple[Mapping[str, Any], ...] = ()  # consensus decisions removed with them


@dataclass(frozen=True)
class SourceSnapshot:
    """Everything deleting a source removed, to put back with the same ids."""

    source: Mapping[str, Any]
    speakers: tuple[Mapping[str, Any], ...]
    turns: tuple[Mapping[str, Any], ...]
    codings: CodingSnapshot
    memos: tuple[Mapping[str, Any], ...]
    recordings: tuple[Mapping[str, Any], ...] = ()  # the linked recording (issue 17)


@dataclass(frozen=True)
class ThemeDTO:
    id: int
    guid: str
    parent_id: int | None
    position: int
    name: str
    definition: str
    central_concept: str
    boundaries: str
    narrative: str
    status: str
    color: str
    geometry: tuple[float, float, float, float]  # board x, y, width, height
    code_ids: tuple[int, ...] = ()  # in board order
    quote_ids: tuple[int, ...] = ()  # pinned codings, in report order
    # the version read (services/versions.py), not part of what the object is: 0 unknown
    row_version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class ThemeSnapshot:
    """A deleted theme with its sub-themes, code links and pinned quotes."""

    themes: tuple[ThemeDTO, ...]  # parents first


@dataclass(frozen=True)
class ThemeMergeRecord:
    target_id: int
    removed: ThemeSnapshot  # the merged theme as it was (alone, without sub-themes)
    moved_codes: tuple[int, ...]  # codes that moved to the target (not already there)
    moved_quotes: tuple[int, ...]
    moved_children: tuple[tuple[int, int], ...]  # (sub-theme id, old position)
