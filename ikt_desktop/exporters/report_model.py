"""The theme report as plain data: everything the Word writer puts on the page, already
chosen, ordered and worded by the report service. The writer only lays it out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ikt_desktop.domain.report.checklists import ChecklistItem
from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import Language

SUGGESTED = ENGLISH.t("suggested_comment")  # the Word comment on a suggested quote


@dataclass(frozen=True)
class QuoteBlock:
    parts: tuple[str, ...]  # one per turn (dialogue) or the pieces around omitted talk
    dialogue: bool  # parts are turns with their speakers: one line each
    attribution: str  # "(P3, iKT panel member)"
    rtl: bool = False
    pinned: bool = False
    suggested: bool = False  # chosen by the software, not the analyst: a comment says so
    coding_id: int = 0

    @property
    def text(self) -> str:
        """The quote as printed (typography applied by the service)."""
        return "\n".join(self.parts) if self.dialogue else " […] ".join(self.parts)


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
    narrative: str = ""  # the analyst's; a placeholder when empty
    by_role: str = ""  # "all 5 iKT panel members and 2 of 3 extended collaborators"
    codes: tuple[CodeLine, ...] = ()
    quotes: tuple[QuoteBlock, ...] = ()
    subthemes: tuple[ThemeSection, ...] = ()
    roles: tuple[tuple[str, int, int], ...] = ()  # (role, contributing, of) in project order
    role_lines: tuple[str, ...] = ()  # "all 5 iKT panel members", one per role


@dataclass(frozen=True)
class ParticipantRow:
    role: str
    count: int
    cells: tuple[str, ...]  # one per chosen attribute
    names: str = ""  # labels or pseudonyms, when the user opted in


@dataclass(frozen=True)
class Checklist:
    name: str  # "coreq"
    title: str
    items: tuple[ChecklistItem, ...]


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
    methods: tuple[tuple[str, str], ...]  # (heading, text with [Add: …] placeholders)
    privacy_note: str = ""  # the title page's sentence on attribution and names
    checklists: tuple[Checklist, ...] = ()
    thematic_map: bytes | None = None  # PNG
    charts: tuple[tuple[str, bytes], ...] = ()  # (caption, PNG): the Analysis tab's charts
    software: str = ""
    missing: tuple[str, ...] = ()  # a draft: what the project still lacks, on page one
    lang: Language = ENGLISH  # the language of the fixed text (never of the user's words)
    template: Path | None = None  # the user's .docx/.dotx to write on

    @property
    def quote_count(self) -> int:
        def count(sections: tuple[ThemeSection, ...]) -> int:
            return sum(len(s.quotes) + count(s.subthemes) for s in sections)

        return count(self.themes)

    def all_quotes(self) -> list[tuple[ThemeSection, QuoteBlock]]:
        """Every quote with its (sub-)theme, in report order."""

        def walk(sections: tuple[ThemeSection, ...]) -> list[tuple[ThemeSection, QuoteBlock]]:
            out: list[tuple[ThemeSection, QuoteBlock]] = []
            for s in sections:
                out += [(s, q) for q in s.quotes] + walk(s.subthemes)
            return out

        return walk(self.themes)
