"""``ikt-desktop export PROJECT.ikt --docx R.docx --xlsx W.xlsx --qdpx P.qdpx --qdc C.qdc``:
the results chapter, the workbook and the REFI-QDA files, headless, in one command. The
project is opened read-only; nothing in it changes."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ikt_desktop.cli.exchange import write_exchange
from ikt_desktop.domain.errors import UserError, ValidationError
from ikt_desktop.domain.report.rules import (
    DEFAULT_ATTRIBUTION,
    PAPER_SIZES,
    STATUSES,
    ReportOptions,
)
from ikt_desktop.services.project import Project

# Draws the thematic map as PNG data. The composition root (app.py) passes one that uses
# Qt; without it the report has no figure.
MapRenderer = Callable[[Project, ReportOptions], bytes | None]
# Draws the report's charts as (caption, PNG data), likewise given by app.py.
ChartRenderer = Callable[[Project, ReportOptions], list[tuple[str, bytes]]]


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    out = cmd.add_argument_group("outputs (at least one)")
    out.add_argument("--docx", type=Path, metavar="OUT.docx", help="the Word theme report")
    out.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="the Excel workbook")
    out.add_argument("--qdpx", type=Path, metavar="OUT.qdpx", help="the REFI-QDA project")
    out.add_argument("--qdc", type=Path, metavar="OUT.qdc", help="the REFI-QDA codebook")
    report = cmd.add_argument_group("report options")
    report.add_argument(
        "--quotes-per-theme",
        type=int,
        default=3,
        metavar="N",
        help="quotes per theme and sub-theme (pinned ones first; default 3)",
    )
    report.add_argument(
        "--status",
        action="append",
        choices=STATUSES,
        metavar="STATUS",
        help="include themes with this status (repeatable; default all: "
        + ", ".join(STATUSES)
        + ")",
    )
    report.add_argument(
        "--attribution",
        default=DEFAULT_ATTRIBUTION,
        metavar="TEMPLATE",
        help="how a quote is attributed, from {participant} {label} "
        "{pseudonym} {role} {source} (default %(default)r)",
    )
    report.add_argument(
        "--pseudonyms",
        action="store_true",
        help="name participants by pseudonym instead of label (both files)",
    )
    report.add_argument(
        "--include-interviewer", action="store_true", help="keep interviewer talk inside quotes"
    )
    report.add_argument(
        "--list-participants",
        action="store_true",
        help="name the participants in the study summary, not only counts",
    )
    report.add_argument(
        "--attribute",
        action="append",
        metavar="NAME",
        help="participant attribute for the summary table (repeatable; "
        "default every choice, number and date attribute)",
    )
    report.add_argument("--paper", choices=PAPER_SIZES, default="A4")
    report.add_argument("--no-map", action="store_true", help="leave out the thematic map")
    report.add_argument(
        "--charts", action="store_true", help="add charts: theme prevalence, code frequencies"
    )
    report.add_argument("--title", default="", help="report title (default the project's)")
    report.add_argument("--author", default="", help="author (default the current coder)")
    report.add_argument("--approach", default="inductive thematic analysis",
                        help="analysis approach named in the methods draft")  # fmt: skip


def options_from(args: argparse.Namespace) -> ReportOptions:
    return ReportOptions(
        statuses=tuple(args.status) if args.status else STATUSES,
        quotes_per_theme=args.quotes_per_theme,
        attribution=args.attribution,
        pseudonyms=args.pseudonyms,
        include_interviewer=args.include_interviewer,
        list_participants=args.list_participants,
        attributes=tuple(args.attribute) if args.attribute else None,
        paper=args.paper,
        include_map=not args.no_map,
        include_charts=args.charts,
        title=args.title,
        author=args.author,
        approach=args.approach,
    )


def run_export(args: argparse.Namespace) -> int:
    render_map: MapRenderer | None = getattr(args, "render_map", None)
    outputs = {"--docx": args.docx, "--xlsx": args.xlsx, "--qdpx": args.qdpx, "--qdc": args.qdc}
    if not any(outputs.values()):
        raise UserError("say what to write: --docx, --xlsx, --qdpx and/or --qdc with a file")
    for flag, path in outputs.items():
        suffix = "." + flag.lstrip("-")
        if path is not None and path.suffix.lower() != suffix:
            raise ValidationError(f"{flag} {path}: the file name must end in {suffix}")
    options = options_from(args)
    done: dict[str, Any] = {}
    with Project.open(args.project, read_only=True) as project:
        if args.docx:
            picture = None
            if options.include_map and render_map is not None:
                picture = render_map(project, options)
            render_charts: ChartRenderer | None = getattr(args, "render_charts", None)
            charts = render_charts(project, options) if render_charts is not None else []
            summary = project.report.write(args.docx, options, picture, charts=charts)
            done["docx"] = {"path": str(summary.path), "themes": summary.themes,
                            "quotes": summary.quotes, "map": summary.with_map}  # fmt: skip
        if args.xlsx:
            labels = "pseudonym" if options.pseudonyms else "label"
            book = project.workbook.write(args.xlsx, labels=labels)
            done["xlsx"] = {"path": str(book.path), **book.sheets}
        done.update(write_exchange(project, args.qdpx, args.qdc))
    if args.json:
        print(json.dumps(done, ensure_ascii=False))
    else:
        for kind, info in done.items():
            details = ", ".join(f"{k} {v}" for k, v in info.items() if k != "path")
            print(f"Wrote {info['path']} ({kind}: {details})")
    return 0
