"""The Word theme report: gather what the report says from the project (reads only), let
the domain rules choose and word it, and hand the result to the Word writer."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import bindparam, text

from ikt_desktop import __version__
from ikt_desktop.domain.coding import codetree
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.report.rules import (
    Candidate,
    ReportOptions,
    Speaker,
    TurnSpan,
    attribute,
    by_role,
    choose_quotes,
    counted,
    is_rtl,
    plural,
    quote_parts,
    range_text,
)
from ikt_desktop.domain.report.wording import (
    QUOTE_RULE,
    StudyFacts,
    coreq_items,
    methods_paragraph,
    people,
)
from ikt_desktop.domain.transcripts.text import count_words
from ikt_desktop.exporters.agreement_xlsx import CHOICE_LABELS
from ikt_desktop.exporters.report_docx import write_report
from ikt_desktop.exporters.report_model import (
    CodeLine,
    ParticipantRow,
    QuoteBlock,
    Report,
    ThemeSection,
)
from ikt_desktop.services.analysis.themes import ThemeService
from ikt_desktop.services.base import Service, get_meta
from ikt_desktop.services.coders import CoderService
from ikt_desktop.services.coding.codebook import CodebookService, code_path
from ikt_desktop.services.coding.segments import SegmentDTO, SegmentService
from ikt_desktop.services.dto import AttributeDTO, CodeDTO, ParticipantDTO, SourceDTO, ThemeDTO
from ikt_desktop.services.memos import MemoService
from ikt_desktop.services.participants import ParticipantService
from ikt_desktop.services.sources import SourceService
from ikt_desktop.services.team.consensus import decision_counts

SUBTITLE = "Thematic analysis report"


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    themes: int
    quotes: int
    with_map: bool


class ReportService(Service):
    def gather(
        self,
        options: ReportOptions,
        thematic_map: bytes | None = None,
        charts: Sequence[tuple[str, bytes]] = (),
    ) -> Report:
        """Everything the report says, chosen and worded (no file written). ``charts`` are
        (caption, PNG) figures, drawn by the caller (they need Qt)."""
        report = _Gatherer(self, options).report(thematic_map if options.include_map else None)
        if options.include_charts and charts:
            report = replace(report, charts=tuple(charts))
        return report

    def included_themes(self, options: ReportOptions) -> list[ThemeDTO]:
        """The themes the report shows (its statuses, with their parents), board order."""
        return _included(ThemeService(self.store).all(), set(options.statuses))

    def write(
        self,
        path: Path,
        options: ReportOptions,
        thematic_map: bytes | None = None,
        progress: Progress = no_progress,
        charts: Sequence[tuple[str, bytes]] = (),
    ) -> ReportSummary:
        progress(0, 1, "Reading the project")
        report = self.gather(options, thematic_map, charts)
        write_report(report, Path(path), progress)
        return ReportSummary(
            Path(path), len(report.themes), report.quote_count, report.thematic_map is not None
        )


class _Gatherer:
    """One report's worth of reading: the project's parts, then the report's sections."""

    def __init__(self, service: ReportService, options: ReportOptions) -> None:
        store = service.store
        self.options = options
        self.store = store
        self.segments = SegmentService(store)
        self.themes_service = ThemeService(store)
        participants = ParticipantService(store)
        self.people = participants.all()
        self.person = {p.id: p for p in self.people}
        self.attributes = participants.attributes()
        self.sources = SourceService(store).all()
        self.codes = CodebookService(store).all("thematic")  # not the interview guide
        self.code = {c.id: c for c in self.codes}
        parents = {c.id: c.parent_id for c in self.codes}  # the tree is in hand: no 2nd query
        names = {c.id: c.name for c in self.codes}
        self.paths = {c.id: code_path(parents, names, c.id) for c in self.codes}
        self.coders = CoderService(store).all()
        self.coded_by = self._coders_with_codings()
        self.memos = MemoService(store).for_target("project")
        themes = self.themes_service.all()
        self.themes = _included(themes, set(options.statuses))
        self.quoted: set[int] = set()

    # -- the whole report ----------------------------------------------------------------

    def report(self, thematic_map: bytes | None) -> Report:
        top = [t for t in self.themes if t.parent_id is None]
        sections = tuple(self.section(theme, str(n + 1)) for n, theme in enumerate(top))
        facts = self.facts(sections)
        title = self.options.title or self._title()
        return Report(
            title=title,
            subtitle=SUBTITLE,
            author=self.options.author or self._author(),
            date=_long_date(dt.date.today()),
            paper=self.options.paper,
            facts=self.summary(facts),
            attribute_names=tuple(a.name for a in self.chosen_attributes()),
            participants=self.participant_rows(),
            list_participants=self.options.list_participants,
            themes=sections,
            codebook=tuple(self.code_line(c) for c in self.codes),
            methods=methods_paragraph(facts),
            quote_rule=QUOTE_RULE,
            coreq=tuple(coreq_items(facts)),
            thematic_map=thematic_map,
            software=__version__,
        )

    def _title(self) -> str:
        with self.store.read() as s:
            return get_meta(s, "title", self.store.path.stem)

    def _author(self) -> str:
        with self.store.read() as s:
            guid = get_meta(s, "current_coder_guid")
        return next((c.name for c in self.coders if c.guid == guid), "")

    # -- themes --------------------------------------------------------------------------

    def section(self, theme: ThemeDTO, number: str) -> ThemeSection:
        children = [t for t in self.themes if t.parent_id == theme.id]
        subs = tuple(self.section(c, f"{number}.{i + 1}") for i, c in enumerate(children))
        code_ids = list(theme.code_ids)
        return ThemeSection(
            number=number,
            name=theme.name,
            status=theme.status,
            definition=theme.definition,
            central_concept=theme.central_concept,
            boundaries=theme.boundaries,
            narrative=theme.narrative,
            by_role=by_role(self.themes_service.prevalence(theme.id)),
            codes=tuple(self.code_line(self.code[i]) for i in code_ids if i in self.code),
            quotes=tuple(self.quotes(theme, subs)),
            subthemes=subs,
        )

    def quotes(self, theme: ThemeDTO, subs: Sequence[ThemeSection]) -> list[QuoteBlock]:
        """The theme's pinned quotes, then its most central segments (domain rule)."""
        count = self.options.quotes_per_theme
        code_ids = list(theme.code_ids)
        pinned = self.segments.for_codings(theme.quote_ids)
        if count == 0 and not pinned:
            return []
        if not code_ids and subs:
            return self._blocks(pinned, pinned=True)  # sub-themes hold the codes and quotes
        candidates = self.segments.for_codes(code_ids) if len(pinned) < count else []
        segments = {s.coding.id: s for s in [*candidates, *pinned]}
        chosen = choose_quotes(
            [s.coding.id for s in pinned],
            _candidates(candidates, set(code_ids), exclude=self.quoted),
            max(count, len(pinned)),
        )
        self.quoted.update(chosen)
        blocks = self._blocks([segments[i] for i in chosen if i in segments], pinned=False)
        pinned_ids = {s.coding.id for s in pinned}
        return [
            QuoteBlock(b.parts, b.dialogue, b.attribution, b.rtl, i in pinned_ids)
            for b, i in zip(blocks, chosen, strict=False)
        ]

    def _blocks(self, segments: Sequence[SegmentDTO], pinned: bool) -> list[QuoteBlock]:
        turns = self._turns({s.coding.source_id for s in segments})
        texts = self._texts({s.coding.source_id for s in segments})
        blocks = []
        for seg in segments:
            c = seg.coding
            parts, dialogue = quote_parts(
                texts[c.source_id],
                c.start,
                c.end,
                turns.get(c.source_id, []),
                include_interviewer=self.options.include_interviewer,
            )
            if not parts:  # all interviewer talk: show it rather than nothing
                parts, dialogue = quote_parts(
                    texts[c.source_id],
                    c.start,
                    c.end,
                    turns.get(c.source_id, []),
                    include_interviewer=True,
                )
            blocks.append(
                QuoteBlock(
                    tuple(parts), dialogue, self.attribution(seg), is_rtl(" ".join(parts)), pinned
                )
            )
        return blocks

    def attribution(self, seg: SegmentDTO) -> str:
        person = self.person.get(seg.participant_id) if seg.participant_id else None
        who = Speaker(
            label=seg.participant_label,
            pseudonym=person.pseudonym if person else "",
            role=seg.participant_role,
            source=seg.source_name,
        )
        return attribute(self.options.attribution, who, pseudonyms=self.options.pseudonyms)

    def _turns(self, source_ids: set[int]) -> dict[int, list[TurnSpan]]:
        if not source_ids:
            return {}
        query = text(
            'SELECT t.source_id, t.start, t."end", sp.name, sp.is_interviewer, p.label, '
            "p.pseudonym FROM turn t LEFT JOIN speaker sp ON sp.id = t.speaker_id "
            "LEFT JOIN participant p ON p.id = sp.participant_id "
            "WHERE t.source_id IN :ids ORDER BY t.source_id, t.start"
        ).bindparams(bindparam("ids", expanding=True))
        out: dict[int, list[TurnSpan]] = {}
        with self.store.read() as s:
            for source, start, end, name, interviewer, label, pseudonym in s.execute(
                query, {"ids": sorted(source_ids)}
            ):
                shown = "Interviewer" if interviewer else (label or name or "")
                if label and self.options.pseudonyms and pseudonym:
                    shown = pseudonym
                span = TurnSpan(start, end, name or "", bool(interviewer), shown)
                out.setdefault(source, []).append(span)
        return out

    def _texts(self, source_ids: set[int]) -> dict[int, str]:
        if not source_ids:
            return {}
        query = text("SELECT id, text FROM source WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        with self.store.read() as s:
            return {i: t for i, t in s.execute(query, {"ids": sorted(source_ids)})}

    # -- codebook ------------------------------------------------------------------------

    def code_line(self, code: CodeDTO) -> CodeLine:
        path = self.paths.get(code.id, code.name).replace("/", " / ")
        return CodeLine(
            path=path,
            name=code.name,
            depth=path.count(" / "),
            definition=code.definition,
            inclusion=code.inclusion,
            exclusion=code.exclusion,
            example=code.example,
            codings=code.coding_count,
            sources=code.source_count,
            participants=code.participant_count,
        )

    # -- study summary -------------------------------------------------------------------

    def chosen_attributes(self) -> list[AttributeDTO]:
        wanted = self.options.attributes
        if wanted is None:
            return [a for a in self.attributes if a.type in ("choice", "number", "date")]
        return [a for a in self.attributes if a.name in wanted]

    def participant_rows(self) -> tuple[ParticipantRow, ...]:
        roles = list(dict.fromkeys(p.role for p in self.people))
        rows = [
            self._row(role or "(no role)", [p for p in self.people if p.role == role])
            for role in roles
        ]
        if len(roles) > 1:
            rows.append(self._row("Total", self.people))
        return tuple(rows)

    def _row(self, role: str, people: Sequence[ParticipantDTO]) -> ParticipantRow:
        cells = tuple(
            _describe(a, [p.attribute(a.name) for p in people]) for a in self.chosen_attributes()
        )
        names = ", ".join(
            (p.pseudonym or p.label) if self.options.pseudonyms else p.label for p in people
        )
        return ParticipantRow(role, len(people), cells, names)

    def facts(self, sections: Sequence[ThemeSection]) -> StudyFacts:
        interviews = [s for s in self.sources if s.kind == "interview"] or self.sources
        coded_by = self.coded_by
        quoted = self._quoted_participants()
        labelled = [s.participant_id for s in self.sources if s.participant_id]
        consensus, compared = self._consensus()
        return StudyFacts(
            interviews=len(interviews),
            participants=len(self.people),
            roles=tuple(
                (role, sum(p.role == role for p in self.people))
                for role in dict.fromkeys(p.role for p in self.people)
            ),
            modes=counted(s.mode for s in interviews),
            minutes=tuple(s.duration_seconds / 60 for s in interviews if s.duration_seconds),
            dates=tuple(s.interview_date for s in interviews if s.interview_date),
            words=sum(s.word_count for s in self.sources),
            interviewers=_interviewers(interviews),
            coders=tuple(name for name, _ in coded_by),
            codes=len(self.codes),
            code_levels=_levels(self.codes),
            themes=len(sections),
            subthemes=sum(_count_subthemes(s) for s in sections),
            quotes=sum(_count_quotes(s) for s in sections),
            quoted_participants=quoted,
            approach=self.options.approach,
            software=__version__,
            has_guide=any("guide" in m.title.casefold() for m in self.memos),
            repeat_interviews=len({p for p in labelled if labelled.count(p) > 1}),
            attributes=tuple(a.name for a in self.attributes),
            consensus=consensus,
            consensus_coders=compared,
        )

    def _consensus(self) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
        """Consensus decisions by choice, and the coders whose disagreements they settled."""
        with self.store.read() as s:
            counts = decision_counts(s)
            pairs = s.execute(text("SELECT DISTINCT coder_a_id, coder_b_id FROM decision")).all()
        names = {c.id: c.name for c in self.coders}
        compared = dict.fromkeys(names[i] for pair in pairs for i in pair if i in names)
        return tuple((CHOICE_LABELS[k], n) for k, n in counts.items() if n), tuple(compared)

    def summary(self, facts: StudyFacts) -> tuple[tuple[str, str], ...]:
        rows = [
            ("Interviews", f"{facts.interviews} ({facts.words:,} words transcribed)"),
            ("Participants", people(facts)),
        ]
        if facts.modes:
            rows.append(("Interview mode", facts.modes))
        if facts.minutes:
            rows.append(("Duration", range_text(facts.minutes, "minutes")))
        if facts.dates:
            first, last = min(facts.dates), max(facts.dates)
            rows.append(("Interview dates", f"{_long_date(first)} – {_long_date(last)}"))
        if facts.interviewers:
            rows.append(("Interviewers", ", ".join(facts.interviewers)))
        coded = self.coded_by
        if coded:
            rows.append(("Coders", ", ".join(f"{n} ({plural(k, 'coding')})" for n, k in coded)))
        codings = sum(c.coding_count for c in self.codes)
        rows.append(("Codebook", f"{plural(facts.codes, 'code')}, {plural(codings, 'coding')}"))
        statuses = counted(s.status for s in self.themes if s.parent_id is None)
        rows.append(
            (
                "Themes in this report",
                f"{plural(facts.themes, 'theme')}"
                + (f", {plural(facts.subthemes, 'sub-theme')}" if facts.subthemes else "")
                + (f" ({statuses})" if statuses else ""),
            )
        )
        rows.append(("Analysis", facts.approach.capitalize()))
        return tuple(rows)

    def _coders_with_codings(self) -> list[tuple[str, int]]:
        with self.store.read() as s:
            rows = s.execute(text("SELECT coder_id, COUNT(*) FROM coding GROUP BY 1")).all()
        counts: dict[int, int] = {coder: n for coder, n in rows}
        return [(c.name, counts[c.id]) for c in self.coders if counts.get(c.id)]

    def _quoted_participants(self) -> int:
        ids = list(self.quoted)
        return len({s.participant_id for s in self.segments.for_codings(ids) if s.participant_id})


def _interviewers(sources: Sequence[SourceDTO]) -> tuple[str, ...]:
    """Distinct interviewer names; a source may name several ("A; B", "A and B")."""
    names: list[str] = []
    for source in sources:
        names += [n.strip() for n in re.split(r";|,|&|\band\b", source.interviewer)]
    return tuple(dict.fromkeys(n for n in names if n))


def _included(themes: list[ThemeDTO], statuses: set[str]) -> list[ThemeDTO]:
    """Themes with a chosen status whose parents are included too, in board order."""
    kept: set[int] = set()
    out = []
    for theme in themes:  # parents first
        if theme.status in statuses and (theme.parent_id is None or theme.parent_id in kept):
            kept.add(theme.id)
            out.append(theme)
    return out


def _candidates(
    segments: Sequence[SegmentDTO], code_ids: set[int], exclude: set[int]
) -> list[Candidate]:
    """Segments as candidates, each with the theme codes found on its text (overlaps)."""
    by_source: dict[int, list[SegmentDTO]] = {}
    for seg in segments:
        by_source.setdefault(seg.coding.source_id, []).append(seg)
    codes_on: dict[int, set[int]] = {}
    for group in by_source.values():
        group.sort(key=lambda x: x.coding.start)
        for i, seg in enumerate(group):
            found = codes_on.setdefault(seg.coding.id, {seg.coding.code_id})
            for other in group[i + 1 :]:
                if other.coding.start >= seg.coding.end:
                    break
                found.add(other.coding.code_id)
                codes_on.setdefault(other.coding.id, {other.coding.code_id}).add(seg.coding.code_id)
    return [
        Candidate(
            coding_id=seg.coding.id,
            source_id=seg.coding.source_id,
            start=seg.coding.start,
            end=seg.coding.end,
            participant_id=seg.participant_id,
            words=count_words(seg.quote),
            codes=frozenset(codes_on.get(seg.coding.id, set()) & code_ids),
        )
        for seg in segments
        if seg.coding.id not in exclude
    ]


def _describe(attribute: AttributeDTO, values: Sequence[str]) -> str:
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


def _levels(codes: Sequence[CodeDTO]) -> int:
    parents = {c.id: c.parent_id for c in codes}
    return max((len(codetree.ancestors(c.id, parents)) + 1 for c in codes), default=0)


def _count_subthemes(section: ThemeSection) -> int:
    return sum(1 + _count_subthemes(s) for s in section.subthemes)


def _count_quotes(section: ThemeSection) -> int:
    return len(section.quotes) + sum(_count_quotes(s) for s in section.subthemes)


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
