"""``ikt-desktop matrix PROJECT.ikt --by participant|role|ATTRIBUTE|code
[--measure codings|words|participants] [--themes] [--rollup] [--kind thematic|structural|all]
[--json | --xlsx OUT.xlsx]``: a code (or theme) matrix as an aligned table, one JSON object,
or an Excel sheet. ``--by code`` is the co-occurrence matrix. The project is opened
read-only; nothing in it changes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ikt_desktop.domain.analysis.charts import truncate
from ikt_desktop.domain.analysis.matrices import CODE_KINDS, MEASURES, Matrix, MatrixSpec
from ikt_desktop.services.project import Project


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--by", default="participant", metavar="participant|role|ATTRIBUTE|code",
                     help="columns: each participant, each role, the values of a participant "
                     "attribute, or the codes (co-occurrence). Default participant")  # fmt: skip
    cmd.add_argument("--measure", choices=MEASURES, default="codings",
                     help="what a cell counts (default codings)")  # fmt: skip
    cmd.add_argument("--themes", action="store_true", help="themes as rows instead of codes")
    cmd.add_argument("--rollup", action="store_true", help="a code's row includes its sub-codes")
    cmd.add_argument("--kind", choices=CODE_KINDS, default="thematic",
                     help="which codes are rows (default thematic)")  # fmt: skip
    cmd.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the matrix to Excel")


def as_json(matrix: Matrix) -> dict[str, object]:
    return {
        "title": matrix.title,
        "by": matrix.spec.by,
        "measure": matrix.spec.measure,
        "rows": [r.label for r in matrix.rows],
        "row_depths": [r.depth for r in matrix.rows],
        "columns": [c.label for c in matrix.columns],
        "column_groups": [c.group for c in matrix.columns],
        "cells": [list(row) for row in matrix.cells],
    }


def human(matrix: Matrix, label_width: int = 40, cell_width: int = 18) -> str:
    """An aligned table: rows indented by depth, long labels cut with an ellipsis."""
    labels = ["  " * r.depth + truncate(r.label, label_width - 2 * r.depth) for r in matrix.rows]
    heads = [truncate(c.label, cell_width) for c in matrix.columns]
    width = max([len(x) for x in labels] + [4])
    widths = [max(len(h), *(len(str(row[i])) for row in matrix.cells)) if matrix.cells
              else len(h) for i, h in enumerate(heads)]  # fmt: skip
    lines = [matrix.title, ""]
    lines.append(" " * width + "".join(f"  {h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    for label, row in zip(labels, matrix.cells, strict=True):
        cells = "".join(f"  {v:>{w}}" for v, w in zip(row, widths, strict=True))
        lines.append(f"{label:<{width}}{cells}")
    if not matrix.rows:
        lines.append("(no rows: no themes or codes of this kind)")
    return "\n".join(lines)


def run_matrix(args: argparse.Namespace) -> int:
    spec = MatrixSpec(args.by, args.measure, args.themes, args.rollup, args.kind)
    with Project.open(args.project, read_only=True) as project:
        matrix = project.matrices.matrix(spec)
        if args.xlsx:
            written = project.matrices.write_xlsx(args.xlsx, [matrix])
    if args.json:
        data = as_json(matrix)
        if args.xlsx:
            data["xlsx"] = str(written)
        print(json.dumps(data, ensure_ascii=False))
    elif args.xlsx:
        print(f"Wrote {written}: {matrix.title} ({len(matrix.rows)} x {len(matrix.columns)})")
    else:
        print(human(matrix))
    return 0
