"""What the report counts and summarises: the study facts behind the methods and the
checklists, the study summary table and the participants by role. Read-only helpers of
:mod:`ikt_desktop.services.reporting.report`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import Language
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
    lang = facts.lang
    t, count = lang.t, lang.count
    words = count(facts.words, "word")
    rows = [
        (t("row_interviews"), t("interviews_value", interviews=facts.interviews, words=words)),
        (t("row_participants"), people(facts)),
    ]
    if facts.modes:
        rows.append((t("row_mode"), facts.modes))
    if facts.minutes:
        rows.append((t("row_duration"), range_text(facts.minutes, t("minutes"))))
    if facts.dates:
        first, last = min(facts.dates), max(facts.dates)
        rows.append((t("row_dates"), f"{lang.date(first)} – {lang.date(last)}"))
    if facts.interviewers:
        rows.append((t("row_interviewers"), ", ".join(facts.interviewers)))
    if coded_by:
        coders = ", ".join(f"{n} ({count(k, 'coding')})" for n, k in coded_by)
        rows.append((t("row_coders"), coders))
    rows.append((t("row_codebook"), f"{count(facts.codes, 'code')}, {count(codings, 'coding')}"))
    rows.append(
        (
            t("row_themes"),
            count(facts.themes, "theme")
            + (f", {count(facts.subthemes, 'sub-theme')}" if facts.subthemes else "")
            + (f" ({statuses})" if statuses else ""),
        )
    )
    rows.append((t("row_approach"), facts.detail("approach")))
    return tuple(rows)


def participant_rows(
    people_: Sequence[ParticipantDTO],
    attributes: Sequence[AttributeDTO],
    pseudonyms: bool,
    lang: Language = ENGLISH,
) -> tuple[ParticipantRow, ...]:
    roles = list(dict.fromkeys(p.role for p in people_))

    def row(role: str, members: Sequence[ParticipantDTO]) -> ParticipantRow:
        cells = tuple(describe(a, [p.attribute(a.name) for p in members], lang) for a in attributes)
        names = ", ".join((p.pseudonym or p.label) if pseudonyms else p.label for p in members)
        return ParticipantRow(role, len(members), cells, names)

    rows = [
        row(role or lang.t("no_role"), [p for p in people_ if p.role == role]) for role in roles
    ]
    if len(roles) > 1:
        rows.append(row(lang.t("total"), people_))
    return tuple(rows)


def interviewers(sources: Sequence[SourceDTO]) -> tuple[str, ...]:
    """Distinct interviewer names; a source may name several ("A; B", "A and B")."""
    names: list[str] = []
    for source in sources:
        names += [n.strip() for n in re.split(r";|,|&|\band\b", source.interviewer)]
    return tuple(dict.fromkeys(n for n in names if n))


def describe(attribute: AttributeDTO, values: Sequence[str], lang: Language = ENGLISH) -> str:
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
        shown = f"{middle:g}".replace(".", lang.decimal)
        return lang.t("median_range", median=shown, range=range_text(numbers))
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


def long_date(day: dt.date, lang: Language = ENGLISH) -> str:
    return lang.date(day)
