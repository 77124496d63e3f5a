"""A coding query's results as an Excel workbook: one sheet with the query written out
in words at the top, then one row per result. Written through the streaming writer; the
file is replaced only when complete."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ikt_desktop.domain.errors import UnwritableFileError
from ikt_desktop.domain.query.coding_eval import QueryRow
from ikt_desktop.exporters.files import atomic_output
from ikt_desktop.exporters.xlsx import Column, Workbook

SHEET = "Query results"
COLUMNS = (
    Column("Quote", 80, wrap=True),
    Column("Attribution", 30),
    Column("Participant", 14),
    Column("Role", 24),
    Column("Source", 24),
    Column("Codes", 40, wrap=True),
    Column("Coder", 16),
    Column("Start", 9),
    Column("End", 9),
)
HEAD_ROWS = 3  # the query in words, the count, the column headers


def write_query_results(
    path: Path, description: str, summary: str, rows: Sequence[QueryRow], title: str = ""
) -> None:
    """``description``: the query in words; ``summary``: "12 segments from 5 participants"."""
    try:
        with atomic_output(path) as temporary, Workbook(temporary, title or description) as wb:
            sheet = wb.sheet(SHEET, COLUMNS, frozen_rows=HEAD_ROWS)
            sheet.header([description])
            sheet.row([summary])
            sheet.header([c.header for c in COLUMNS])
            for r in rows:
                sheet.row([r.quote, r.attribution, r.participant_label, r.participant_role,
                           r.source_name, "; ".join(r.codes), ", ".join(r.coders), r.start,
                           r.end])  # fmt: skip
            sheet.autofilter(HEAD_ROWS, len(rows) + HEAD_ROWS)
            wb.end_sheet(sheet)
    except OSError as exc:
        raise UnwritableFileError(path, f"could not be written ({exc.strerror or exc})") from exc
