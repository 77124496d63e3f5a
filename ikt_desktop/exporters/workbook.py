"""The Excel workbook (.xlsx): codebook, quotes, code x participant matrix, themes and
participants, one sheet each.

Plain data in (the dataclasses below; a service gathers them), one file out through the
streaming writer in ``exporters.xlsx``. The quotes come as an iterator and stream to the
file, so 100,000 codings never sit in memory as cells; the workbook replaces the target
only when it is complete (``atomic_output``), so a failure or a cancel leaves nothing
behind and an existing file as it was.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ikt_desktop.domain.errors import UnwritableFileError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import Language
from ikt_desktop.exporters.agreement_xlsx import DECISIONS, DecisionRow, decision_sheet
from ikt_desktop.exporters.files import atomic_output
from ikt_desktop.exporters.xlsx import Column, Value, Workbook, column_letter

# The sheets by their English names: the keys of what write_workbook returns (and of the
# CLI's JSON), whatever language the sheets are titled in.
CODEBOOK = "Codebook"
QUOTES = "Quotes"
MATRIX = "Code x Participant"
THEMES = "Themes"
PARTICIPANTS = "Participants"
README = "README"
SHEETS = (README, CODEBOOK, QUOTES, MATRIX, THEMES, PARTICIPANTS)
_SHEET_KEYS = {
    README: "sheet_readme",
    CODEBOOK: "sheet_codebook",
    QUOTES: "sheet_quotes",
    MATRIX: "sheet_matrix",
    THEMES: "sheet_themes",
    PARTICIPANTS: "sheet_participants",
    DECISIONS: "sheet_decisions",
}
NO_THEME = "(no theme)"  # the matrix's group of codes in no theme (shown in the language)
NO_ROLE = "(no role)"  # a role column for participants without one
SCALE = ("#FFFFFF", "#4E79A7")  # the matrix's colour scale: 0 white, the maximum blue

NO_PARTICIPANT = "(no participant)"
PROGRESS_EVERY = 1_000  # quote rows between two progress calls
MAX_ROWS = 1_048_576  # Excel's rows per sheet (one is the header)
MAX_COLUMNS = 16_384


# -- the data a service hands over ---------------------------------------------------------


@dataclass(frozen=True)
class AttributeColumn:
    """A participant attribute: one column in Quotes and Participants, in this order."""

    name: str
    kind: str  # text | number | date | choice (domain.attributes.AttributeType)


@dataclass(frozen=True)
class Person:
    """A participant as the workbook shows them. ``name`` identifies them in Quotes and
    the matrix (their label, or their pseudonym when the export asks for pseudonyms)."""

    name: str
    label: str
    pseudonym: str
    role: str
    values: tuple[Value, ...]  # typed, one per attribute column


@dataclass(frozen=True)
class CodeRow:
    path: str
    definition: str
    inclusion: str
    exclusion: str
    example: str
    codings: int
    sources: int
    participants: int
    kind: str = "thematic"  # or "structural": an interview-guide question


@dataclass(frozen=True)
class QuoteRow:
    """One coding. ``start``/``end``: code points of the source text, end exclusive."""

    quote: str
    source: str
    person: Person | None  # None: nobody (an interviewer turn, a source without a case)
    code_path: str
    themes: str
    coder: str
    memo: str
    start: int
    end: int
    pinned: str = ""  # the themes this coding is pinned to as a quote
    in_report: bool = False  # quoted in the Word report written with this workbook
    # where the quote is in the recording (ms), from its turn times; None: no times
    time_from_ms: int | None = None
    time_to_ms: int | None = None
    times_estimated: bool | None = None  # the times come from estimated turn times


@dataclass(frozen=True)
class MatrixRow:
    path: str
    counts: tuple[int, ...]  # one per ``WorkbookData.matrix_columns`` entry
    theme: str = ""  # the theme (or "Theme/Sub-theme") the row is grouped under


@dataclass(frozen=True)
class ThemeRow:
    theme: str
    sub_theme: str  # "" on the theme's own row
    status: str
    definition: str
    codes: str
    by_role: tuple[int, ...] = ()  # participants contributing, one per ``WorkbookData.roles``


@dataclass(frozen=True)
class WorkbookData:
    title: str
    attributes: Sequence[AttributeColumn]
    people: Sequence[Person]
    codebook: Sequence[CodeRow]
    quotes: Iterable[QuoteRow]  # streamed: read once, in the order given
    quote_count: int  # how many ``quotes`` will yield (for progress)
    matrix_columns: Sequence[Person | None]  # None: the codings without a participant
    matrix: Sequence[MatrixRow]  # codes in codebook tree order
    themes: Sequence[ThemeRow]  # board order, each theme followed by its sub-themes
    decisions: Sequence[DecisionRow] = ()  # consensus decisions: a sixth sheet when any
    roles: Sequence[tuple[str, int]] = ()  # (role, participants) in the project's order
    codings: int = 0  # every coding once (the matrix's total)
    lang: Language = ENGLISH  # sheet and column names, fixed values (never the user's words)


def sheet_title(sheet: str, lang: Language = ENGLISH) -> str:
    """The title of ``sheet`` (its English name) in ``lang``."""
    return lang.t(_SHEET_KEYS[sheet])


def display_width(text: str) -> int:
    """Columns of the longest line, counting East Asian wide characters twice."""
    return max(
        (
            sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
            for line in text.split("\n")
        ),
        default=0,
    )


def _width(header: str, values: Iterable[object], low: int = 8, high: int = 50) -> float:
    longest = max((display_width(str(v)) for v in values if v is not None), default=0)
    return float(max(low, min(high, max(longest, display_width(header)) + 2)))


# -- writing ----------------------------------------------------------------------------


def write_workbook(
    path: Path, data: WorkbookData, progress: Progress = no_progress
) -> dict[str, int]:
    """Write the workbook to ``path`` (replaced only when complete). Returns the number of
    data rows per sheet. ``progress`` is called every 1,000 quotes; raising ``Cancelled``
    from it stops the work and leaves ``path`` as it was."""
    if data.quote_count >= MAX_ROWS:
        raise UnwritableFileError(
            path, f"{data.quote_count:,} quotes do not fit on one Excel sheet ({MAX_ROWS:,} rows)"
        )
    if len(data.matrix_columns) + 2 > MAX_COLUMNS:
        raise UnwritableFileError(
            path, f"{len(data.matrix_columns):,} participants do not fit on one Excel sheet"
        )
    total = data.quote_count + 1  # the last step is finishing the file
    try:
        with atomic_output(path) as temporary, Workbook(temporary, data.title) as wb:
            progress(0, total, sheet_title(CODEBOOK, data.lang))
            rows = {README: _readme(wb, data)}
            rows[CODEBOOK] = _codebook(wb, data)
            rows[QUOTES] = _quotes(wb, data, progress, total)
            rows[MATRIX] = _matrix(wb, data)
            rows[THEMES] = _themes(wb, data)
            rows[PARTICIPANTS] = _participants(wb, data)
            if data.decisions:
                rows[DECISIONS] = decision_sheet(wb, data.decisions, data.lang)
            progress(data.quote_count, total, f"Saving {Path(path).name}")
    except OSError as exc:  # a full disk, a removed USB stick...
        raise UnwritableFileError(path, f"could not be written ({exc.strerror or exc})") from exc
    progress(total, total, "Done")
    return rows


def _table(
    wb: Workbook, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Value]]
) -> int:
    """A sheet of one header row and ``rows``, with filter buttons on the header."""
    sheet = wb.sheet(title, columns, landscape=True)
    sheet.header([c.header for c in columns])
    count = 0
    for row in rows:
        sheet.row(row)
        count += 1
    sheet.autofilter(1, count + 1)
    wb.end_sheet(sheet)
    return count


def _attribute_columns(data: WorkbookData) -> list[Column]:
    return [
        Column(a.name, _width(a.name, (p.values[i] for p in data.people), high=30))
        for i, a in enumerate(data.attributes)
    ]


def _codebook(wb: Workbook, data: WorkbookData) -> int:
    t = data.lang.t
    columns = [
        Column(t("x_code"), _width(t("x_code"), (c.path for c in data.codebook), high=60)),
        Column(t("x_definition"), 50, wrap=True),
        Column(t("x_inclusion"), 40, wrap=True),
        Column(t("x_exclusion"), 40, wrap=True),
        Column(t("x_example"), 40, wrap=True),
        Column(t("x_codings"), _width(t("x_codings"), [], low=10)),
        Column(t("x_sources"), _width(t("x_sources"), [], low=10)),
        Column(t("x_participants"), _width(t("x_participants"), [], low=13)),
        Column(t("x_kind"), _width(t("x_kind"), [t("x_kind_structural")], low=11)),
    ]
    rows = (
        (
            c.path,
            c.definition,
            c.inclusion,
            c.exclusion,
            c.example,
            c.codings,
            c.sources,
            c.participants,
            data.lang.texts.get(f"x_kind_{c.kind}", c.kind),
        )
        for c in data.codebook
    )
    return _table(wb, sheet_title(CODEBOOK, data.lang), columns, rows)


def _quotes(wb: Workbook, data: WorkbookData, progress: Progress, total: int) -> int:
    t = data.lang.t
    columns = [
        Column(t("x_quote"), 80, wrap=True),
        Column(t("x_source"), 24),
        Column(
            t("x_participant"), _width(t("x_participant"), (p.name for p in data.people), high=30)
        ),
        Column(t("x_role"), _width(t("x_role"), (p.role for p in data.people), high=30)),
        *_attribute_columns(data),
        Column(t("x_code"), 40, wrap=True),
        Column(t("x_themes"), 30, wrap=True),
        Column(t("x_pinned"), 24, wrap=True),
        Column(t("x_in_report"), _width(t("x_in_report"), [], low=10)),
        Column(t("x_coder"), 14),
        Column(t("x_memo"), 40, wrap=True),
        Column(t("x_start"), 9),
        Column(t("x_end"), 9),
        Column(t("x_time_from"), 11),
        Column(t("x_time_to"), 11),
        Column(t("x_times_estimated"), _width(t("x_times_estimated"), [], low=10)),
    ]
    yes, no = t("x_yes"), t("x_no")
    nobody: tuple[Value, ...] = (None,) * (2 + len(data.attributes))

    def rows() -> Iterable[Sequence[Value]]:
        for n, q in enumerate(data.quotes, 1):
            who = q.person
            person = nobody if who is None else (who.name, who.role, *who.values)
            yield (
                q.quote,
                q.source,
                *person,
                q.code_path,
                q.themes,
                q.pinned,
                yes if q.in_report else None,
                q.coder,
                q.memo,
                q.start,
                q.end,
                _duration(q.time_from_ms),
                _duration(q.time_to_ms),
                None if q.times_estimated is None else yes if q.times_estimated else no,
            )
            if n % PROGRESS_EVERY == 0:
                progress(n, total, sheet_title(QUOTES, data.lang))

    return _table(wb, sheet_title(QUOTES, data.lang), columns, rows())


def _duration(ms: int | None) -> dt.timedelta | None:
    return None if ms is None else dt.timedelta(milliseconds=ms)


def _matrix(wb: Workbook, data: WorkbookData) -> int:
    """Codes down, grouped by theme (board order; a code in two themes shows under both;
    codes in no theme last), participants across (name in the first header row, role in
    the second), a total column, a total row counting each coding once, and a colour scale
    over the counts."""
    t = data.lang.t
    nobody = t("x_no_participant")
    names = [nobody if p is None else p.name for p in data.matrix_columns]
    roles = ["" if p is None else _role(p.role, data.lang) for p in data.matrix_columns]
    themes = [t("x_no_theme") if r.theme == NO_THEME else r.theme for r in data.matrix]
    theme, code, total = t("x_theme"), t("x_code"), t("x_total")
    columns = [
        Column(theme, _width(theme, themes, high=40), wrap=True),
        Column(t("x_participant"), _width(code, (r.path for r in data.matrix), high=50), wrap=True),
        *(Column(n, _width(n, [r], low=6, high=24)) for n, r in zip(names, roles, strict=True)),
        Column(total, _width(total, [], low=9)),
    ]
    title = sheet_title(MATRIX, data.lang)
    sheet = wb.sheet(title, columns, frozen_rows=2, frozen_cols=2, landscape=True)
    sheet.header([c.header for c in columns])
    sheet.header([theme, code, *roles, None])
    for shown, row in zip(themes, data.matrix, strict=True):
        sheet.row([shown, row.path, *row.counts, sum(row.counts)])
    last = len(data.matrix) + 2
    sheet.autofilter(2, last)
    if data.matrix and names:
        maximum = max((n for r in data.matrix for n in r.counts), default=0)
        sheet.color_scale(f"C3:{column_letter(len(names) + 2)}{last}", max(maximum, 1), *SCALE)
    seen: dict[str, tuple[int, ...]] = {}
    for row in data.matrix:
        seen.setdefault(row.path, row.counts)
    sums = [sum(c[i] for c in seen.values()) for i in range(len(names))]
    sheet.header([total, t("x_each_once"), *sums, sum(sums)])
    wb.end_sheet(sheet)
    return len(data.matrix)


def _role(role: str, lang: Language) -> str:
    return lang.t("no_role") if role == NO_ROLE else role


def _themes(wb: Workbook, data: WorkbookData) -> int:
    lang = data.lang
    t = lang.t
    statuses = [lang.texts.get(f"status_{row.status}", row.status) for row in data.themes]
    per_role = [t("x_role_of", role=_role(role, lang), n=lang.number(n)) for role, n in data.roles]
    theme, sub = t("x_theme"), t("x_subtheme")
    columns = [
        Column(theme, _width(theme, (r.theme for r in data.themes), high=40), wrap=True),
        Column(sub, _width(sub, (r.sub_theme for r in data.themes), high=40), wrap=True),
        Column(t("x_status"), _width(t("x_status"), statuses, low=11, high=16)),
        Column(t("x_definition"), 50, wrap=True),
        Column(t("x_codes"), 50, wrap=True),
        *(Column(h, _width(h, [], high=24), wrap=True) for h in per_role),
    ]
    rows: list[list[Value]] = [
        [r.theme, r.sub_theme, status, r.definition, r.codes, *r.by_role]
        for r, status in zip(data.themes, statuses, strict=True)
    ]
    return _table(wb, sheet_title(THEMES, lang), columns, rows)


def _readme(wb: Workbook, data: WorkbookData) -> int:
    """What each sheet holds, for whoever opens the file first."""
    lang = data.lang
    t = lang.t
    quotes = t("x_readme_quotes", pinned=t("x_pinned"), in_report=t("x_in_report"))
    quotes += " " + t("x_readme_times", time_from=t("x_time_from"), time_to=t("x_time_to"))
    quotes += " " + t("x_readme_estimated", estimated=t("x_times_estimated"))
    lines = [
        (README, t("x_readme_readme")),
        (CODEBOOK, t("x_readme_codebook")),
        (QUOTES, quotes),
        (MATRIX, t("x_readme_matrix")),
        (THEMES, t("x_readme_themes")),
        (PARTICIPANTS, t("x_readme_participants")),
    ]
    if data.decisions:
        lines.append((DECISIONS, t("x_readme_decisions")))
    titles = [sheet_title(name, lang) for name, _ in lines]
    columns = [Column(t("x_sheet"), _width(t("x_sheet"), titles, low=22, high=30))]
    columns.append(Column(t("x_what"), 100, wrap=True))
    sheet = wb.sheet(sheet_title(README, lang), columns, frozen_rows=1, landscape=True)
    sheet.header([c.header for c in columns])
    sheet.row([data.title, t("x_exported")])
    for title, (_, what) in zip(titles, lines, strict=True):
        sheet.row([title, what])
    wb.end_sheet(sheet)
    return len(lines) + 1


def _participants(wb: Workbook, data: WorkbookData) -> int:
    t = data.lang.t
    label, pseudonym, role = t("x_label"), t("x_pseudonym"), t("x_role")
    columns = [
        Column(label, _width(label, (p.label for p in data.people), high=20)),
        Column(pseudonym, _width(pseudonym, (p.pseudonym for p in data.people), high=30)),
        Column(role, _width(role, (p.role for p in data.people), high=30)),
        *_attribute_columns(data),
    ]
    rows = ((p.label, p.pseudonym, p.role, *p.values) for p in data.people)
    return _table(wb, sheet_title(PARTICIPANTS, data.lang), columns, rows)
