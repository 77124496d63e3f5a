"""Matrices as an Excel workbook: one sheet per matrix, a title row saying what the cells
count, the column groups (roles) above the column headers, codes or themes down the side
(indented by depth), plain numbers shaded by Excel's colour scale (white at 0, blue at the
largest cell; for co-occurrence the largest cell off the diagonal)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ikt_desktop.domain.analysis.charts import heat_color
from ikt_desktop.domain.analysis.matrices import Matrix
from ikt_desktop.exporters.files import atomic_output
from ikt_desktop.exporters.xlsx import MAX_SHEET_NAME, Column, Workbook, column_letter

FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
INDENT = "    "


def sheet_names(names: Sequence[str]) -> list[str]:
    """Valid, distinct sheet names: forbidden characters blanked, cut to 31 characters,
    a number added to repeats."""
    out: list[str] = []
    for name in names:
        base = " ".join(name.translate(FORBIDDEN).split())[:MAX_SHEET_NAME] or "Matrix"
        candidate, n = base, 2
        while candidate.lower() in (o.lower() for o in out):
            suffix = f" ({n})"
            candidate, n = base[: MAX_SHEET_NAME - len(suffix)] + suffix, n + 1
        out.append(candidate)
    return out


def write_matrix_sheet(book: Workbook, name: str, matrix: Matrix) -> None:
    label_width = max([len(INDENT * r.depth + r.label) for r in matrix.rows] + [20])
    columns = [Column("", min(60.0, label_width + 2.0))]
    columns += [Column("", max(8.0, min(24.0, len(c.label) + 2.0))) for c in matrix.columns]
    sheet = book.sheet(name, columns, frozen_rows=3, frozen_cols=1)
    sheet.header([matrix.title])
    groups = [c.group for c in matrix.columns]
    sheet.header(["", *groups] if any(groups) else [""])
    sheet.header(["Themes" if matrix.spec.themes else "Codes", *(c.label for c in matrix.columns)])
    for row, cells in zip(matrix.rows, matrix.cells, strict=True):
        sheet.row([INDENT * row.depth + row.label, *cells])
    if matrix.rows and matrix.columns:
        ref = f"B4:{column_letter(len(matrix.columns) + 1)}{len(matrix.rows) + 3}"
        low, high = heat_color(0, 1), heat_color(1, 1)
        sheet.color_scale(ref, max(1, matrix.heat_maximum()), low, high)
    book.end_sheet(sheet)


def write_matrices(path: Path, matrices: Sequence[tuple[str, Matrix]], title: str = "") -> Path:
    """Write ``(sheet name, matrix)`` pairs to ``path`` (replaced only once complete)."""
    names = sheet_names([n for n, _ in matrices])

    with atomic_output(path) as target, Workbook(target, title=title) as book:
        for name, (_, matrix) in zip(names, matrices, strict=True):
            write_matrix_sheet(book, name, matrix)
    return Path(path)
