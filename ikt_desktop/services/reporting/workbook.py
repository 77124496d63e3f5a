"""Export a project as an Excel workbook (``exporters.workbook`` writes the file).

One read transaction (a consistent snapshot even while the user keeps coding) and a few
set-based queries: the small tables are read whole; one grouped query over the codings
gives every count (codebook, matrix, theme prevalence) by the same attribution rule as the
rest of the app (``segments.PARTICIPANT_OF_CODING``); the quotes stream from one cursor.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ikt_desktop.db.models import (
    Attribute,
    AttributeValue,
    Code,
    Coder,
    Coding,
    Participant,
    Source,
    Theme,
    ThemeCode,
    ThemeQuote,
    Turn,
)
from ikt_desktop.domain.attributes import typed_value
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.media.timing import TimedTurn, Timeline, windows
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.exporters.workbook import (
    NO_ROLE,
    NO_THEME,
    QUOTES,
    AttributeColumn,
    CodeRow,
    MatrixRow,
    Person,
    QuoteRow,
    ThemeRow,
    WorkbookData,
    write_workbook,
)
from ikt_desktop.services.base import Service, get_meta
from ikt_desktop.services.coding.codebook import code_path
from ikt_desktop.services.coding.segments import _TURN_OF_CODING, PARTICIPANT_OF_CODING
from ikt_desktop.services.reporting.language import report_language
from ikt_desktop.services.team.consensus import decision_rows

LABELS = ("label", "pseudonym")
PATH_SEPARATOR = "/"  # as codebook.code_path joins code names

# Every count the workbook shows, from one pass: codings per code, source and participant.
_COUNTS = f"""
    SELECT c.code_id, c.source_id, {PARTICIPANT_OF_CODING} AS person, COUNT(*)
    FROM coding c JOIN source s ON s.id = c.source_id {_TURN_OF_CODING}
    GROUP BY c.code_id, c.source_id, person
"""
# The quotes, by source and position in its text.
_QUOTES = f"""
    SELECT c.source_id, c.start, c."end", c.code_id, c.coder_id, c.memo,
           {PARTICIPANT_OF_CODING}, c.id
    FROM coding c JOIN source s ON s.id = c.source_id {_TURN_OF_CODING}
    ORDER BY s.position, s.id, c.start, c."end", c.id
"""


@dataclass(frozen=True)
class WorkbookSummary:
    """What was written: the file and the number of data rows on each sheet."""

    path: Path
    sheets: Mapping[str, int]

    @property
    def quotes(self) -> int:
        return self.sheets.get(QUOTES, 0)


class WorkbookService(Service):
    def write(
        self,
        path: Path,
        *,
        labels: str = "label",
        progress: Progress = no_progress,
        in_report: frozenset[int] = frozenset(),
        language: str = "en",
    ) -> WorkbookSummary:
        """Write the project's workbook to ``path`` (.xlsx), identifying participants by
        ``labels``: "label" (P3) or "pseudonym" (their label when they have none).
        ``in_report``: the codings the Word report quotes (marked on the Quotes sheet).
        ``language``: of the sheet and column names and fixed values (en, fr, de, es).
        ``progress`` may raise ``Cancelled``; then nothing is written."""
        if labels not in LABELS:
            raise ValidationError(
                f"Participants are named by 'label' or 'pseudonym', not {labels!r}."
            )
        path = Path(path)
        lang = report_language(language)
        with self._store.read() as s:
            data = replace(_gather(s, labels, self._store.path.stem, in_report), lang=lang)
            rows = write_workbook(path, data, progress)
        return WorkbookSummary(path, rows)


@dataclass(frozen=True)
class _Counts:
    """Per code: codings, sources, participants (by the attribution rule), and the
    matrix cells ``{(code id, participant id or None): codings}``."""

    codings: dict[int, int]
    sources: dict[int, set[int]]
    persons: dict[int, set[int]]
    cells: dict[tuple[int, int | None], int]

    @classmethod
    def of(cls, s: Session) -> _Counts:
        counts = cls({}, {}, {}, {})
        for code_id, source_id, person, n in s.execute(text(_COUNTS)):
            counts.codings[code_id] = counts.codings.get(code_id, 0) + n
            counts.sources.setdefault(code_id, set()).add(source_id)
            if person is not None:
                counts.persons.setdefault(code_id, set()).add(person)
            counts.cells[code_id, person] = counts.cells.get((code_id, person), 0) + n
        return counts


def _gather(s: Session, labels: str, default_title: str, in_report: frozenset[int]) -> WorkbookData:
    attributes = list(
        s.execute(
            select(Attribute.id, Attribute.name, Attribute.type).order_by(
                Attribute.position, Attribute.id
            )
        )
    )
    people = _people(s, [(i, kind) for i, _, kind in attributes], labels)
    codes = _tree(
        list(
            s.execute(
                select(
                    Code.id,
                    Code.parent_id,
                    Code.name,
                    Code.definition,
                    Code.inclusion,
                    Code.exclusion,
                    Code.example,
                    Code.kind,
                ).order_by(Code.position, Code.id)
            )
        )
    )
    parents = {c.id: c.parent_id for c in codes}
    names = {c.id: c.name for c in codes}
    paths = {c.id: code_path(parents, names, c.id) for c in codes}

    counts = _Counts.of(s)
    columns: list[int | None] = list(people)
    if any(person is None for _, person in counts.cells):
        columns.append(None)
    themes, themes_of_code, groups = _themes(s, paths, counts.persons, people)
    roles: dict[str, int] = {}
    for person in people.values():
        roles[person.role or NO_ROLE] = roles.get(person.role or NO_ROLE, 0) + 1
    pinned: dict[int, list[str]] = {}
    names_of_theme = {t.id: t.name for t in s.execute(select(Theme.id, Theme.name))}
    for theme_id, coding_id in s.execute(
        select(ThemeQuote.theme_id, ThemeQuote.coding_id).order_by(ThemeQuote.position)
    ):
        pinned.setdefault(coding_id, []).append(names_of_theme[theme_id])
    grouped = [(theme, c) for theme, ids in groups for c in ids]
    in_theme = {c for _, c in grouped}
    grouped += [(NO_THEME, c.id) for c in codes if c.id not in in_theme]
    return WorkbookData(
        title=get_meta(s, "title") or default_title,
        attributes=[AttributeColumn(name, kind) for _, name, kind in attributes],
        people=list(people.values()),
        codebook=[
            CodeRow(
                paths[c.id],
                c.definition,
                c.inclusion,
                c.exclusion,
                c.example,
                counts.codings.get(c.id, 0),
                len(counts.sources.get(c.id, ())),
                len(counts.persons.get(c.id, ())),
                c.kind,
            )
            for c in codes
        ],
        quotes=_quotes(s, people, paths, themes_of_code, pinned, in_report),
        quote_count=int(s.scalar(select(func.count()).select_from(Coding)) or 0),
        matrix_columns=[None if p is None else people[p] for p in columns],
        matrix=[
            MatrixRow(paths[c], tuple(counts.cells.get((c, p), 0) for p in columns), theme)
            for theme, c in grouped
        ],
        themes=themes,
        decisions=decision_rows(s),
        roles=list(roles.items()),
        codings=sum(counts.codings.values()),
    )


def _people(s: Session, attributes: Sequence[tuple[int, str]], labels: str) -> dict[int, Person]:
    """Every participant in order, with typed attribute values, by participant id."""
    stored = {
        (p, a): v
        for p, a, v in s.execute(
            select(AttributeValue.participant_id, AttributeValue.attribute_id, AttributeValue.value)
        )
    }
    out: dict[int, Person] = {}
    for p in s.execute(
        select(Participant.id, Participant.label, Participant.pseudonym, Participant.role).order_by(
            Participant.position, Participant.id
        )
    ):
        name = (p.pseudonym or p.label) if labels == "pseudonym" else p.label
        values = tuple(typed_value(kind, stored.get((p.id, a), "")) for a, kind in attributes)
        out[p.id] = Person(name, p.label, p.pseudonym, p.role, values)
    return out


def _tree(rows: Sequence[Any]) -> list[Any]:
    """Rows with ``id`` and ``parent_id``, in sibling order -> parents before children
    (the order of the codebook tree and of the theme board)."""
    children: dict[int | None, list[Any]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    out: list[Any] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        row = stack.pop()
        out.append(row)
        stack.extend(reversed(children.get(row.id, [])))
    return out


def _themes(
    s: Session,
    paths: Mapping[int, str],
    persons: Mapping[int, set[int]],
    people: Mapping[int, Person],
) -> tuple[list[ThemeRow], dict[int, str], list[tuple[str, list[int]]]]:
    """The Themes sheet in board order, ``{code id: "Theme; Theme/Sub-theme"}``, and the
    matrix's groups: (theme path, its code ids) in board order."""
    themes = _tree(
        list(
            s.execute(
                select(
                    Theme.id, Theme.parent_id, Theme.name, Theme.status, Theme.definition
                ).order_by(Theme.position, Theme.id)
            )
        )
    )
    by_id = {t.id: t for t in themes}
    links: dict[int, list[int]] = {}
    for theme_id, code_id in s.execute(
        select(ThemeCode.theme_id, ThemeCode.code_id).order_by(ThemeCode.position)
    ):
        links.setdefault(theme_id, []).append(code_id)
    below: dict[int, list[int]] = {}  # a theme and every theme under it
    chain: dict[int, list[str]] = {}  # names from the top-level theme down to this one
    for t in themes:  # parents come first
        chain[t.id] = [*chain.get(t.parent_id, []), t.name] if t.parent_id in by_id else [t.name]
        ancestor: int | None = t.id
        while ancestor is not None and ancestor in by_id:
            below.setdefault(ancestor, []).append(t.id)
            ancestor = by_id[ancestor].parent_id
    roles: dict[str, list[int]] = {}
    for person_id, person in people.items():
        roles.setdefault(person.role or NO_ROLE, []).append(person_id)

    rows: list[ThemeRow] = []
    names_of_code: dict[int, list[str]] = {}
    groups: list[tuple[str, list[int]]] = []
    for t in themes:
        names = chain[t.id]
        contributing = set().union(
            *(persons.get(c, set()) for sub in below[t.id] for c in links.get(sub, ()))
        )
        prevalence = tuple(  # the project's order of roles, as prevalence()
            sum(p in contributing for p in members) for members in roles.values()
        )
        rows.append(
            ThemeRow(
                names[0],
                PATH_SEPARATOR.join(names[1:]),
                t.status,
                t.definition,
                "; ".join(paths[c] for c in links.get(t.id, ())),
                prevalence,
            )
        )
        for code_id in links.get(t.id, ()):
            names_of_code.setdefault(code_id, []).append(PATH_SEPARATOR.join(names))
        if links.get(t.id):
            groups.append((PATH_SEPARATOR.join(names), list(links[t.id])))
    return rows, {c: "; ".join(n) for c, n in names_of_code.items()}, groups


def _quotes(
    s: Session,
    people: Mapping[int, Person],
    paths: Mapping[int, str],
    themes_of_code: Mapping[int, str],
    pinned: Mapping[int, list[str]],
    in_report: frozenset[int],
) -> Iterator[QuoteRow]:
    """One row per coding, streamed from one cursor; quotes are cut from the source texts
    (read once: code points, like the spans)."""
    texts: dict[int, str] = {}
    source_names: dict[int, str] = {}
    for source_id, name, body in s.execute(select(Source.id, Source.name, Source.text)):
        texts[source_id], source_names[source_id] = body, name
    coders = {i: n for i, n in s.execute(select(Coder.id, Coder.name))}
    timing = _windows(s)
    for source_id, start, end, code_id, coder_id, memo, person, coding_id in s.execute(
        text(_QUOTES)
    ):
        timeline = timing.get(source_id)
        times = timeline.span(start, end) if timeline is not None else None
        t0, t1 = times if times is not None else (None, None)
        guessed = None if timeline is None or times is None else timeline.estimated(start, end)
        yield QuoteRow(
            texts[source_id][start:end],
            source_names[source_id],
            people.get(person),
            paths[code_id],
            themes_of_code.get(code_id, ""),
            coders.get(coder_id, ""),
            memo or "",
            start,
            end,
            "; ".join(pinned.get(coding_id, ())),
            coding_id in in_report,
            t0,
            t1,
            guessed,
        )


def _windows(s: Session) -> dict[int, Timeline]:
    """Each timed source's turns as playback windows (``domain.media.timing``): a quote's
    times are interpolated by characters inside its turns, as the player seeks."""
    turns: dict[int, list[TimedTurn]] = {}
    query = (
        select(Turn.source_id, Turn.start, Turn.end, Turn.time_start_ms, Turn.time_end_ms,
               Turn.time_estimated)
        .where(Turn.time_start_ms.is_not(None))
        .order_by(Turn.source_id, Turn.start)
    )  # fmt: skip
    for source_id, start, end, t0, t1, guessed in s.execute(query):
        turns.setdefault(source_id, []).append(TimedTurn(start, end, t0, t1, bool(guessed)))
    return {source_id: Timeline(windows(timed)) for source_id, timed in turns.items()}
