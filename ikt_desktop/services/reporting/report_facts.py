"""What the report counts and summarises: the study facts behind the methods and the
checklists, the study summary table and the participants by role. Read-only helpers of
:mod:`ikt_desktop.services.reporting.report`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.report.phrases import count
from ikt_desktop.domain.report.rules import counted, range_text
from ikt_desktop.domain.report.wording import StudyFacts, people
from ikt_desktop.exporters.report_model import ParticipantRow, ThemeSection
from ikt_desktop.services.dto import AttributeDTO, CodeDTO, ParticipantDTO, SourceDTO


def summary_rows(
    facts: StudyFacts,
    coded_by: Sequence[tuple[str, int]],
    codings: int,
    statuses: str,
) -> tuple[tuple[str, str], ...]:
    rows = [
        ("Interviews", f"{facts.interviews} ({count(facts.words, 'word')} transcribed)"),
        ("Participants", people(facts)),
    ]
    if facts.modes:
        rows.append(("Interview mode", facts.modes))
    if facts.minutes:
        rows.append(("Duration", range_text(facts.minutes, "minutes")))
    if facts.dates:
        first, last = min(facts.dates), max(facts.dates)
        rows.append(("Interview dates", f"{long_date(first)} – {long_date(last)}"))
    if facts.interviewers:
        rows.append(("Interviewers", ", ".join(facts.interviewers)))
    if coded_by:
        rows.append(("Coders", ", ".join(f"{n} ({count(k, 'coding')})" for n, k in coded_by)))
    rows.append(("Codebook", f"{count(facts.codes, 'code')}, {count(codings, 'coding')}"))
    rows.append(
        (
            "Themes in this report",
            count(facts.themes, "theme")
            + (f", {count(facts.subthemes, 'sub-theme')}" if facts.subthemes else "")
            + (f" ({statuses})" if statuses else ""),
        )
    )
    rows.append(("Analytic approach", facts.detail("approach")))
    return tuple(rows)


def participant_rows(
    people_: Sequence[ParticipantDTO],
    attributes: Sequence[AttributeDTO],
    pseudonyms: bool,
) -> tuple[ParticipantRow, ...]:
    roles = list(dict.fromkeys(p.role for p in people_))

    def row(role: str, members: Sequence[ParticipantDTO]) -> ParticipantRow:
        cells = tuple(describe(a, [p.attribute(a.name) for p in members]) for a in attributes)
        names = ", ".join((p.pseudonym or p.label) if pseudonyms else p.label for p in members)
        return ParticipantRow(role, len(members), cells, names)

    rows = [row(role or "(no role)", [p for p in people_ if p.role == role]) for role in roles]
    if len(roles) > 1:
        rows.append(row("Total", people_))
    return tuple(rows)


def interviewers(sources: Sequence[SourceDTO]) -> tuple[str, ...]:
    """Distinct interviewer names; a source may name several ("A; B", "A and B")."""
    names: list[str] = []
    for source in sources:
        names += [n.strip() for n in re.split(r";|,|&|\band\b", source.interviewer)]
    return tuple(dict.fromkeys(n for n in names if n))


def describe(attribute: AttributeDTO, values: Sequence[str]) -> str:
    """One summary cell: counts for categories, median and range for numbers, the span of
    years for dates."""
    present = [v for v in values if v]
    if not present:
        return ""
    if attribute.type == "number":
        numbers = sorted(float(v) for v in present)
        middle = (
            numbers[len(numbers) // 2]
            if len(numbers) % 2
            else ((numbers[len(numbers) // 2 - 1] + numbers[len(numbers) // 2]) / 2)
        )
        return f"median {middle:g} (range {range_text(numbers)})"
    if attribute.type == "date":
        years = sorted(v[:4] for v in present)
        return years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    return counted(present)


def levels(codes: Sequence[CodeDTO]) -> int:
    parents = {c.id: c.parent_id for c in codes}
    return max((len(codetree.ancestors(c.id, parents)) + 1 for c in codes), default=0)


def count_subthemes(section: ThemeSection) -> int:
    return sum(1 + count_subthemes(s) for s in section.subthemes)


def count_quotes(section: ThemeSection, suggested: bool = False) -> int:
    own = sum(q.suggested for q in section.quotes) if suggested else len(section.quotes)
    return own + sum(count_quotes(s, suggested) for s in section.subthemes)


def count_narratives(section: ThemeSection) -> int:
    return int(bool(section.narrative)) + sum(count_narratives(s) for s in section.subthemes)


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
