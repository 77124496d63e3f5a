"""The theme report as plain data: everything the Word writer puts on the page, already
chosen, ordered and worded by the report service. The writer only lays it out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteBlock:
    parts: tuple[str, ...]  # one per turn (dialogue) or the pieces around omitted talk
    dialogue: bool  # parts are turns with their speakers: one line each
    attribution: str  # "(P3, iKT panel member)"
    rtl: bool = False
    pinned: bool = False


@dataclass(frozen=True)
class CodeLine:
    path: str  # "Barriers / Time"
    name: str
    depth: int
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""
    codings: int = 0
    sources: int = 0
    participants: int = 0


@dataclass(frozen=True)
class ThemeSection:
    number: str  # "2", "2.1"
    name: str
    status: str
    definition: str = ""
    central_concept: str = ""
    boundaries: str = ""
    narrative: str = ""
    by_role: str = ""  # "5/5 iKT panel member, 2/3 extended collaborator"
    codes: tuple[CodeLine, ...] = ()
    quotes: tuple[QuoteBlock, ...] = ()
    subthemes: tuple[ThemeSection, ...] = ()


@dataclass(frozen=True)
class ParticipantRow:
    role: str
    count: int
    cells: tuple[str, ...]  # one per chosen attribute
    names: str = ""  # labels or pseudonyms, when the user opted in


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    author: str
    date: str
    paper: str  # "A4" or "Letter"
    facts: tuple[tuple[str, str], ...]  # study summary: (what, value)
    attribute_names: tuple[str, ...]
    participants: tuple[ParticipantRow, ...]
    list_participants: bool
    themes: tuple[ThemeSection, ...]
    codebook: tuple[CodeLine, ...]
    methods: str
    quote_rule: str
    coreq: tuple[tuple[str, str, str], ...]  # (number, item, what the project says)
    thematic_map: bytes | None = None  # PNG
    charts: tuple[tuple[str, bytes], ...] = ()  # (caption, PNG): the Analysis tab's charts
    software: str = ""

    @property
    def quote_count(self) -> int:
        def count(sections: tuple[ThemeSection, ...]) -> int:
            return sum(len(s.quotes) + count(s.subthemes) for s in sections)

        return count(self.themes)
