"""``ikt-desktop agreement PROJECT.ikt --coders A B [--unit char|segment] [--json]``:
intercoder agreement per code and overall (percent agreement, kappa, alpha), optionally
written to an Excel workbook. The project is opened read-only; nothing in it changes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ikt_desktop.domain.analysis.agreement import DEFAULT_THRESHOLD, Unit
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.project import Project
from ikt_desktop.services.team.agreement import AgreementReport, CodeStats


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--coders", nargs="+", required=True, metavar="CODER",
                     help="two coders (name or initials); more at character level")  # fmt: skip
    cmd.add_argument("--unit", choices=[u.value for u in Unit], default=Unit.CHAR.value,
                     help="char: every character is a unit (NVivo, QualCoder); segment: "
                     "coded segments with an overlap threshold (MAXQDA). Default char")  # fmt: skip
    cmd.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, metavar="X",
                     help="segment level: minimum overlap, intersection / union of the two "
                     "segments, as a fraction or a percentage (default 0.9)")  # fmt: skip
    cmd.add_argument("--xlsx", type=Path, metavar="OUT.xlsx",
                     help="also write the agreement table and the decision log")  # fmt: skip


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _line(row: CodeStats, width: int) -> str:
    st = row.stats
    percent = "—" if st.percent_agreement is None else f"{st.percent_agreement:.1%}"
    return (f"{row.code:<{width}}  {percent:>7}  {_number(st.kappa):>7}  "
            f"{_number(st.alpha):>7}  {st.units:>10,}")  # fmt: skip


def human(report: AgreementReport) -> str:
    rows = [*report.codes, report.overall]
    width = max(len(r.code) for r in rows)
    unit = (
        "unit: character (overall: character x code)"
        if report.unit is Unit.CHAR
        else f"unit: coded segment, agreeing at >= {report.threshold:.0%} overlap "
        "(intersection / union); kappa: Brennan & Prediger"
    )
    head = f"{'code':<{width}}  {'agree':>7}  {'kappa':>7}  {'alpha':>7}  {'units':>10}"
    lines = [f"Coders: {', '.join(c.name for c in report.coders)}; {unit}; "
             f"{len(report.source_ids)} sources compared", head]  # fmt: skip
    lines += [_line(r, width) for r in rows]
    notes = sorted({n for r in rows for n in r.stats.notes})
    lines += [f"note: {n}" for n in notes]
    return "\n".join(lines)


def run_agreement(args: argparse.Namespace) -> int:
    threshold = args.threshold / 100 if args.threshold > 1 else args.threshold
    if args.xlsx is not None and args.xlsx.suffix.lower() != ".xlsx":
        raise ValidationError(f"--xlsx {args.xlsx}: the file name must end in .xlsx")
    with Project.open(args.project, read_only=True) as project:
        coders = [project.agreement.find_coder(name).id for name in args.coders]
        report = project.agreement.compare(coders, args.unit, threshold=threshold)
        if args.xlsx is not None:
            project.agreement.write_xlsx(args.xlsx, report)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(human(report))
        if args.xlsx is not None:
            print(f"Wrote {args.xlsx}")
    return 0
