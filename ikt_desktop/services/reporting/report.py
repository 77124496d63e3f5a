"""The Word theme report: gather what the report says from the project (reads only), let
the domain rules choose and word it, check its quotations for names, and hand the result
to the Word writer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import bindparam, text

from ikt_desktop import __version__
from ikt_desktop.domain.errors import UserError, ValidationError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.report.checklists import checklist, title
from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.names import (
    NameHit,
    NamesFoundError,
    NameTerm,
    QuoteText,
    find_names,
)
from ikt_desktop.domain.report.phrases import parse_overrides
from ikt_desktop.domain.report.rules import (
    Candidate,
    NothingToReportError,
    ReportOptions,
    Speaker,
    TurnSpan,
    attribute,
    by_role,
    choose_quotes,
    counted,
    is_rtl,
    quote_parts,
    with_time,
)
from ikt_desktop.domain.report.study import StudyDetails
from ikt_desktop.domain.report.typography import curly, set_quote
from ikt_desktop.domain.report.wording import (
    StudyFacts,
    describe_attribution,
    methods,
    privacy_note,
)
from ikt_desktop.domain.transcripts.text import count_words
from ikt_desktop.exporters.report_model import (
    Checklist,
    CodeLine,
    QuoteBlock,
    Report,
    ThemeSection,
)
from ikt_desktop.services.analysis.themes import ThemeService
from ikt_desktop.services.base import Service, get_meta
from ikt_desktop.services.coders import CoderService
from ikt_desktop.services.coding.codebook import CodebookService, code_path
from ikt_desktop.services.coding.segments import (
    SegmentDTO,
    SegmentService,
    participants_of_codes,
)
from ikt_desktop.services.dto import AttributeDTO, CodeDTO, ThemeDTO
from ikt_desktop.services.media.turn_times import QuoteTimes, TurnTimeService
from ikt_desktop.services.memos import MemoService
from ikt_desktop.services.participants import ParticipantService
from ikt_desktop.services.privacy.pseudonyms import PseudonymService
from ikt_desktop.services.reporting import report_facts as rf
from ikt_desktop.services.reporting.language import report_language
from ikt_desktop.services.reporting.study import read_details
from ikt_desktop.services.sources import SourceService
from ikt_desktop.services.team.consensus import decision_counts


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    themes: int
    quotes: int
    with_map: bool
    accepted_names: int = 0
    quote_ids: frozenset[int] = frozenset()  # the codings the report quotes


class ReportService(Service):
    def gather(
        self,
        options: ReportOptions,
        thematic_map: bytes | None = None,
        charts: Sequence[tuple[str, bytes]] = (),
    ) -> Report:
        """Everything the report says, chosen and worded (no file written). ``charts`` are
        (caption, PNG) figures, drawn by the caller (they need Qt). Raises
        :class:`NothingToReportError` for a project without themes or codings (unless
        ``options.draft``) and :class:`ValidationError` for an option naming an unknown
        attribute, theme or code."""
        report = _Gatherer(self, options).report(thematic_map if options.include_map else None)
        if options.include_charts and charts:
            report = replace(report, charts=tuple(charts))
        return report

    def included_themes(self, options: ReportOptions) -> list[ThemeDTO]:
        """The themes the report shows (status, theme and code filters; with their
        parents), board order."""
        if options.codes is None:  # no need to read the codebook (and count its codings)
            return _included(ThemeService(self.store).all(), options, set())
        return _Gatherer(self, options).themes

    def included_code_ids(self, options: ReportOptions) -> set[int]:
        """The codes the report counts (the code filter, or every thematic code)."""
        return set(_Gatherer(self, options).code)

    def found_names(self, options: ReportOptions) -> list[NameHit]:
        """Names known to the project found in the quotations the report would print."""
        return _Gatherer(self, replace(options, include_map=False)).hits()

    def write(
        self,
        path: Path,
        options: ReportOptions,
        thematic_map: bytes | None = None,
        progress: Progress = no_progress,
        charts: Sequence[tuple[str, bytes]] = (),
    ) -> ReportSummary:
        """Write the report; with names found in its quotations and not accepted, raise
        :class:`NamesFoundError` and write nothing."""
        progress(0, 1, "Reading the project")
        gatherer = _Gatherer(self, options)
        hits = gatherer.hits()
        if hits and not options.accept_found_names:
            raise NamesFoundError(hits)
        report = gatherer.report(thematic_map if options.include_map else None, hits)
        if options.include_charts and charts:
            report = replace(report, charts=tuple(charts))
        from ikt_desktop.exporters.report_docx import write_report  # python-docx: on use

        write_report(report, Path(path), progress)
        return ReportSummary(
            Path(path),
            len(report.themes),
            report.quote_count,
            report.thematic_map is not None,
            len(hits),
            frozenset(q.coding_id for _, q in report.all_quotes()),
        )

    def quoted_codings(self, options: ReportOptions) -> frozenset[int]:
        """The codings a report with these options would quote (none when there is
        nothing to report)."""
        try:
            sections = _Gatherer(self, options).sections()
        except UserError:
            return frozenset()
        return frozenset(q.coding_id for _, q in _walk(sections))


class _Gatherer:
    """One report's worth of reading: the project's parts, then the report's sections."""

    def __init__(self, service: ReportService, options: ReportOptions) -> None:
        store = service.store
        self.options = options
        self.store = store
        self.segments = SegmentService(store)
        participants = ParticipantService(store)
        self.people = participants.all()
        self.person = {p.id: p for p in self.people}
        self.attributes = participants.attributes()
        self.sources = SourceService(store).all()
        codes = CodebookService(store).all("thematic")  # not the interview guide
        parents = {c.id: c.parent_id for c in codes}  # the tree is in hand: no 2nd query
        names = {c.id: c.name for c in codes}
        self.paths = {c.id: code_path(parents, names, c.id) for c in codes}
        self.codes = _filter_codes(codes, self.paths, options.codes)
        self.code = {c.id: c for c in self.codes}
        self.coders = CoderService(store).all()
        self.memos = MemoService(store).for_target("project")
        all_themes = ThemeService(store).all()
        self.themes = _included(all_themes, options, set(self.code))
        self.chosen_attributes = _attributes(self.attributes, options.attributes)
        with store.read() as s:
            self.details = read_details(s)
            self.title = get_meta(s, "title", store.path.stem)
            self.coder_guid = get_meta(s, "current_coder_guid")
        if options.approach:
            values = dict(self.details.values) | {"approach": options.approach}
            self.details = StudyDetails.of(values)
        self.plurals = parse_overrides(self.details.get("role_plurals"))
        self.lang = report_language(options.language)
        self.quoted: set[int] = set()
        self.times = QuoteTimes(TurnTimeService(store))
        self._sections: tuple[ThemeSection, ...] | None = None

    # -- the whole report ----------------------------------------------------------------

    def sections(self) -> tuple[ThemeSection, ...]:
        if self._sections is None:
            top = [t for t in self.themes if t.parent_id is None]
            self._sections = tuple(self.section(t, str(n + 1)) for n, t in enumerate(top))
        return self._sections

    def missing(self) -> tuple[str, ...]:
        """What the project still lacks, as keys of the report's text."""
        out = []
        if not self.sources:
            out.append("missing_transcripts")
        if not any(c.coding_count for c in self.codes):
            out.append("missing_codings")
        if not self.themes:
            out.append("missing_themes_filtered" if self.options.themes else "missing_themes")
        return tuple(out)

    def report(self, thematic_map: bytes | None, hits: Sequence[NameHit] | None = None) -> Report:
        missing = self.missing()
        if missing and not self.options.draft:
            raise NothingToReportError([ENGLISH.t(m) for m in missing])
        lang = self.lang
        sections = self.sections()
        hits = self.hits() if hits is None else hits
        facts = self.facts(sections, tuple(dict.fromkeys(h.word for h in hits)))
        coded_by = self._coders_with_codings()
        statuses = counted(lang.t(f"status_{s.status}") for s in self.themes if s.parent_id is None)
        codings = sum(c.coding_count for c in self.codes)
        return Report(
            title=self.options.title or self.title,
            subtitle=lang.t("subtitle"),
            author=self.options.author or self._author(),
            date=lang.date(dt.date.today()),
            paper=self.options.paper,
            facts=rf.summary_rows(facts, coded_by, codings, statuses),
            attribute_names=tuple(a.name for a in self.chosen_attributes),
            participants=rf.participant_rows(
                self.people, self.chosen_attributes, self.options.pseudonyms, lang
            ),
            list_participants=self.options.list_participants,
            themes=sections,
            codebook=tuple(self.code_line(c) for c in self.codes),
            methods=methods(facts),
            privacy_note=privacy_note(facts, self.options.pseudonyms),
            checklists=tuple(
                Checklist(name, title(name, lang), checklist(name, facts))
                for name in dict.fromkeys(self.options.checklists)
            ),
            thematic_map=thematic_map,
            software=__version__,
            missing=tuple(lang.t(m) for m in missing),
            lang=lang,
            template=Path(self.options.template) if self.options.template else None,
        )

    def hits(self) -> list[NameHit]:
        """Names in the quotations (a dialogue's speaker labels are not quotation text)."""
        quotes = [
            QuoteText(f"Theme {section.number} {quote.attribution}", quote.text)
            for section, quote in _walk(self.sections())
        ]
        found = find_names(quotes, self._name_terms())
        return [h for h in found if not _is_label(h)]

    def _name_terms(self) -> list[NameTerm]:
        terms = []
        query = text(
            "SELECT sp.name, s.name FROM speaker sp JOIN source s ON s.id = sp.source_id "
            "ORDER BY s.position, s.id"
        )
        with self.store.read() as s:
            speakers = list(s.execute(query))
        terms += [NameTerm(name, f"speaker in {source}") for name, source in speakers if name]
        terms += [
            NameTerm(p.pseudonym, f"pseudonym field of {p.label}")
            for p in self.people
            if p.pseudonym
        ]
        entries = PseudonymService(self.store).get_list().entries
        terms += [NameTerm(e.term, "pseudonym list") for e in entries if e.term]
        return terms

    def _author(self) -> str:
        return next((c.name for c in self.coders if c.guid == self.coder_guid), "")

    # -- themes --------------------------------------------------------------------------

    def section(self, theme: ThemeDTO, number: str) -> ThemeSection:
        children = [t for t in self.themes if t.parent_id == theme.id]
        subs = tuple(self.section(c, f"{number}.{i + 1}") for i, c in enumerate(children))
        code_ids = [i for i in theme.code_ids if i in self.code]
        roles = self._prevalence(theme)
        return ThemeSection(
            number=number,
            name=theme.name,
            status=self.lang.t(f"status_{theme.status}"),
            definition=theme.definition,
            central_concept=theme.central_concept,
            boundaries=theme.boundaries,
            narrative=theme.narrative.strip(),
            by_role=by_role({r: (n, total) for r, n, total in roles}, self.plurals, self.lang),
            codes=tuple(self.code_line(self.code[i]) for i in code_ids),
            quotes=tuple(self.quotes(theme, code_ids)),
            subthemes=subs,
            roles=roles,
            role_lines=tuple(
                by_role({r: (n, t)}, self.plurals, self.lang) for r, n, t in roles if t
            ),
        )

    def _prevalence(self, theme: ThemeDTO) -> tuple[tuple[str, int, int], ...]:
        """Participants of each role whose talk the theme's codes (and its sub-themes')
        code, within the report's code filter."""
        ids = {theme.id}
        for t in self.themes:  # parents first: one pass finds every descendant
            if t.parent_id in ids:
                ids.add(t.id)
        code_ids = sorted(
            {c for t in self.themes if t.id in ids for c in t.code_ids} & set(self.code)
        )
        with self.store.read() as s:
            contributing = participants_of_codes(s, code_ids)
        out = []
        for role in dict.fromkeys(p.role for p in self.people):
            members = [p.id for p in self.people if p.role == role]
            out.append(
                (
                    role or self.lang.t("no_role"),
                    sum(p in contributing for p in members),
                    len(members),
                )
            )
        return tuple(out)

    def quotes(self, theme: ThemeDTO, code_ids: list[int]) -> list[QuoteBlock]:
        """The theme's pinned quotes; with ``suggest_quotes``, then its most central other
        segments (domain rule) up to the number asked for, each marked as a suggestion."""
        pinned = self.segments.for_codings(theme.quote_ids)
        pinned_ids = [s.coding.id for s in pinned]
        self.quoted.update(pinned_ids)
        count = self.options.quotes_per_theme
        if not self.options.suggest_quotes or len(pinned) >= count or not code_ids:
            return self._blocks(pinned, suggested=False)
        candidates = self.segments.for_codes(code_ids)
        chosen = choose_quotes(
            pinned_ids, _candidates(candidates, set(code_ids), exclude=self.quoted), count
        )
        extra = [i for i in chosen if i not in set(pinned_ids)]
        self.quoted.update(extra)
        by_id = {s.coding.id: s for s in candidates}
        return self._blocks(pinned, suggested=False) + self._blocks(
            [by_id[i] for i in extra if i in by_id], suggested=True
        )

    def _blocks(self, segments: Sequence[SegmentDTO], suggested: bool) -> list[QuoteBlock]:
        turns = self._turns({s.coding.source_id for s in segments})
        texts = self._texts({s.coding.source_id for s in segments})
        blocks = []
        for seg in segments:
            c = seg.coding
            spans = turns.get(c.source_id, [])
            source = texts[c.source_id]
            parts, dialogue = quote_parts(
                source, c.start, c.end, spans, include_interviewer=self.options.include_interviewer
            )
            if not parts:  # all interviewer talk: show it rather than nothing
                parts, dialogue = quote_parts(
                    source, c.start, c.end, spans, include_interviewer=True
                )
            if dialogue:
                shown = tuple(_dialogue_line(p) for p in parts)
            else:
                shown = (set_quote(" […] ".join(parts)),)
            blocks.append(
                QuoteBlock(
                    shown,
                    dialogue,
                    self.attribution(seg),
                    is_rtl(" ".join(parts)),
                    not suggested,
                    suggested,
                    c.id,
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
        shown = attribute(self.options.attribution, who, pseudonyms=self.options.pseudonyms)
        if not self.options.quote_times:
            return shown
        c = seg.coding
        time = self.times.clock(c.source_id, c.start, c.end)
        if time and self.times.estimated(c.source_id, c.start, c.end):
            time = self.lang.t("approx_time", time=time)
        return with_time(shown, time)

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
                shown = self.lang.t("interviewer") if interviewer else (label or name or "")
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

    # -- codebook and facts --------------------------------------------------------------

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

    def facts(self, sections: Sequence[ThemeSection], accepted: tuple[str, ...]) -> StudyFacts:
        interviews = [s for s in self.sources if s.kind == "interview"] or self.sources
        quoted = self._quoted_participants()
        labelled = [s.participant_id for s in self.sources if s.participant_id]
        consensus, compared = self._consensus()
        first = next((q for _, q in _walk(sections)), None)
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
            interviewers=rf.interviewers(interviews),
            coders=tuple(name for name, _ in self._coders_with_codings()),
            codes=len(self.codes),
            code_levels=rf.levels(self.codes),
            themes=len(sections),
            subthemes=sum(rf.count_subthemes(s) for s in sections),
            quotes=sum(rf.count_quotes(s) for s in sections),
            quoted_participants=quoted,
            software=__version__,
            details=self.details,
            has_guide=any("guide" in m.title.casefold() for m in self.memos),
            repeat_interviews=len({p for p in labelled if labelled.count(p) > 1}),
            attributes=tuple(a.name for a in self.attributes),
            consensus=consensus,
            consensus_coders=compared,
            attribution=describe_attribution(
                self.options.attribution, self.options.pseudonyms, self.lang
            ),
            attribution_example=first.attribution if first else "",
            suggested_quotes=sum(rf.count_quotes(s, suggested=True) for s in sections),
            accepted_names=accepted,
            narratives=sum(rf.count_narratives(s) for s in sections),
            role_plurals=tuple(self.plurals.items()),
            lang=self.lang,
        )

    def _consensus(self) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
        """Consensus decisions by choice, and the coders whose disagreements they settled."""
        with self.store.read() as s:
            counts = decision_counts(s)
            pairs = s.execute(text("SELECT DISTINCT coder_a_id, coder_b_id FROM decision")).all()
        names = {c.id: c.name for c in self.coders}
        compared = dict.fromkeys(names[i] for pair in pairs for i in pair if i in names)
        return tuple((k, n) for k, n in counts.items() if n), tuple(compared)

    def _coders_with_codings(self) -> list[tuple[str, int]]:
        with self.store.read() as s:
            rows = s.execute(text("SELECT coder_id, COUNT(*) FROM coding GROUP BY 1")).all()
        counts: dict[int, int] = {coder: n for coder, n in rows}
        return [(c.name, counts[c.id]) for c in self.coders if counts.get(c.id)]

    def _quoted_participants(self) -> int:
        ids = list(self.quoted)
        return len({s.participant_id for s in self.segments.for_codings(ids) if s.participant_id})


def _walk(sections: Sequence[ThemeSection]) -> list[tuple[ThemeSection, QuoteBlock]]:
    out: list[tuple[ThemeSection, QuoteBlock]] = []
    for s in sections:
        out += [(s, q) for q in s.quotes] + _walk(s.subthemes)
    return out


def _dialogue_line(part: str) -> str:
    """``P3: she said "no"`` with typographic quotes; the speaker label untouched."""
    who, sep, said = part.partition(": ")
    if sep and len(who) <= 40:
        return f"{who}: {curly(said, depth=0)}"
    return curly(part, depth=0)


def _is_label(hit: NameHit) -> bool:
    """A dialogue line's speaker label (``Mateo: …``), which the report shows by choice."""
    at_line_start = hit.start == 0 or hit.quote[hit.start - 1] == "\n"
    return at_line_start and hit.quote[hit.end : hit.end + 2] == ": "


def _filter_codes(
    codes: list[CodeDTO], paths: dict[int, str], wanted: tuple[str, ...] | None
) -> list[CodeDTO]:
    if wanted is None:
        return codes
    known = {c.name.casefold(): c.id for c in codes} | {p.casefold(): i for i, p in paths.items()}
    unknown = [w for w in wanted if w.casefold() not in known]
    if unknown:
        listing = ", ".join(sorted({c.name for c in codes})[:12])
        raise ValidationError(f"unknown code {unknown[0]!r} (codes include: {listing})")
    ids = {known[w.casefold()] for w in wanted}
    return [c for c in codes if c.id in ids]


def _attributes(
    attributes: Sequence[AttributeDTO], wanted: tuple[str, ...] | None
) -> list[AttributeDTO]:
    if wanted is None:
        return [a for a in attributes if a.type in ("choice", "number", "date")]
    names = [a.name for a in attributes]
    unknown = [w for w in wanted if w not in names]
    if unknown:
        valid = ", ".join(names) or "the project has none"
        raise ValidationError(f"unknown attribute {unknown[0]!r} (use {valid})")
    return [a for a in attributes if a.name in wanted]


def _included(themes: list[ThemeDTO], options: ReportOptions, codes: set[int]) -> list[ThemeDTO]:
    """Themes with a chosen status (and name, when named) whose parents are included too,
    in board order; with a code filter, only themes that keep a code or a sub-theme."""
    names = {t.name.casefold() for t in themes}
    if options.themes is not None:
        unknown = [n for n in options.themes if n.casefold() not in names]
        if unknown:
            valid = "; ".join(t.name for t in themes if t.parent_id is None) or "none yet"
            raise ValidationError(f"unknown theme {unknown[0]!r} (themes: {valid})")
    wanted = {n.casefold() for n in options.themes} if options.themes is not None else None
    kept: dict[int, ThemeDTO] = {}
    for theme in themes:  # parents first
        named = wanted is None or theme.name.casefold() in wanted or theme.parent_id in kept
        if (
            theme.status in options.statuses
            and named
            and (theme.parent_id is None or theme.parent_id in kept)
        ):
            kept[theme.id] = theme
    if options.codes is None:
        return list(kept.values())
    has_codes = {t.id for t in kept.values() if set(t.code_ids) & codes}
    for theme in reversed(list(kept.values())):  # children before parents
        if theme.id in has_codes and theme.parent_id is not None:
            has_codes.add(theme.parent_id)
    return [t for t in kept.values() if t.id in has_codes]


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
