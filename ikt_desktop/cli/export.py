"""``ikt-desktop export PROJECT.ikt --docx R.docx --xlsx W.xlsx --qdpx P.qdpx --qdc C.qdc``:
the results chapter, the workbook and the REFI-QDA files, headless, in one command. The
project is opened read-only; nothing in it changes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ikt_desktop.cli.exchange import write_exchange
from ikt_desktop.domain.errors import UserError, ValidationError
from ikt_desktop.domain.report.language import LANGUAGES, default_language
from ikt_desktop.domain.report.names import NamesFoundError, hit_line
from ikt_desktop.domain.report.rules import (
    CHECKLISTS,
    DEFAULT_ATTRIBUTION,
    PAPER_SIZES,
    STATUSES,
    NothingToReportError,
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
        "--quote-times",
        action="store_true",
        help="print where each quote is in the recording after it, e.g. "
        "(P3, iKT panel member, 00:12:04), from the transcript's turn times",
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
    report.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        metavar="LANG",
        help="language of the report's and the workbook's fixed text: "
        + ", ".join(LANGUAGES)
        + " (default: the interface language, from the system locale). Your codes, "
        "themes, narratives and quotations are never translated",
    )
    report.add_argument("--no-map", action="store_true", help="leave out the thematic map")
    report.add_argument(
        "--charts", action="store_true", help="add charts: theme prevalence, code frequencies"
    )
    report.add_argument("--title", default="", help="report title (default the project's)")
    report.add_argument("--author", default="", help="author (default the current coder)")
    report.add_argument(
        "--approach",
        default="",
        help="analytic approach, kept as typed (default: the Study details')",
    )
    report.add_argument(
        "--suggest-quotes",
        action="store_true",
        help="fill each theme up to --quotes-per-theme with suggested quotes, each with a "
        "Word comment asking for review (default: pinned quotes only)",
    )
    report.add_argument(
        "--theme", action="append", metavar="NAME", help="only this theme (repeatable)"
    )
    report.add_argument(
        "--code",
        action="append",
        metavar="NAME",
        help="only this code, by name or path (repeatable)",
    )
    report.add_argument(
        "--checklist",
        action="append",
        choices=CHECKLISTS,
        metavar="NAME",
        help="reporting checklist appendix: coreq, srqr (repeatable; default coreq)",
    )
    report.add_argument(
        "--template",
        type=Path,
        metavar="FILE.docx|.dotx",
        help="write the report on this Word document or template",
    )
    report.add_argument(
        "--draft",
        action="store_true",
        help="write even without themes or codings; page one says what is missing",
    )
    names = cmd.add_argument_group("names in quotations")
    names.add_argument(
        "--check",
        action="store_true",
        help="only list names found in the report's quotations (exit 1 if any)",
    )
    names.add_argument(
        "--accept-found-names",
        action="store_true",
        help="write the report although names were found (stated in its methods)",
    )


def options_from(args: argparse.Namespace) -> ReportOptions:
    return ReportOptions(
        statuses=tuple(args.status) if args.status else STATUSES,
        quotes_per_theme=args.quotes_per_theme,
        attribution=args.attribution,
        pseudonyms=args.pseudonyms,
        include_interviewer=args.include_interviewer,
        quote_times=args.quote_times,
        list_participants=args.list_participants,
        attributes=tuple(args.attribute) if args.attribute else None,
        paper=args.paper,
        include_map=not args.no_map,
        include_charts=args.charts,
        title=args.title,
        author=args.author,
        approach=args.approach,
        suggest_quotes=args.suggest_quotes,
        accept_found_names=args.accept_found_names,
        draft=args.draft,
        themes=tuple(args.theme) if args.theme else None,
        codes=tuple(args.code) if args.code else None,
        checklists=tuple(dict.fromkeys(args.checklist)) if args.checklist else ("coreq",),
        template=str(args.template) if args.template else "",
        language=args.language or default_language(),
    )


def run_export(args: argparse.Namespace) -> int:
    if args.check:
        return _check_names(args)
    try:
        return _export(args)
    except (NamesFoundError, NothingToReportError) as exc:
        hits = exc.hits if isinstance(exc, NamesFoundError) else ()
        if args.json:
            print(
                json.dumps(
                    {"written": False, "error": str(exc), "names": [h.as_json() for h in hits]},
                    ensure_ascii=False,
                )
            )
        else:
            for hit in hits:
                print(hit_line(hit))
        print(f"ikt-desktop export: {args.project}: {exc}; nothing was written", file=sys.stderr)
        return 1


def _check_names(args: argparse.Namespace) -> int:
    """``export --check``: the names found in the quotations the report would print."""
    options = options_from(args)
    with Project.open(args.project, read_only=True) as project:
        hits = project.report.found_names(options)
    if args.json:
        print(json.dumps({"names": [h.as_json() for h in hits]}, ensure_ascii=False))
    elif hits:
        print("\n".join(hit_line(h) for h in hits))
    else:
        print("No names found in the report's quotations.")
    return 1 if hits else 0


def _export(args: argparse.Namespace) -> int:
    render_map: MapRenderer | None = getattr(args, "render_map", None)
    outputs = {"--docx": args.docx, "--xlsx": args.xlsx, "--qdpx": args.qdpx, "--qdc": args.qdc}
    if args.template is not None and not args.template.is_file():
        raise ValidationError(f"--template {args.template}: no such file")
    if args.template is not None and args.template.suffix.lower() not in (".docx", ".dotx"):
        raise ValidationError(f"--template {args.template}: use a .docx or .dotx file")
    if not any(outputs.values()):
        raise UserError("say what to write: --docx, --xlsx, --qdpx and/or --qdc with a file")
    for flag, path in outputs.items():
        suffix = "." + flag.lstrip("-")
        if path is not None and path.suffix.lower() != suffix:
            raise ValidationError(f"{flag} {path}: the file name must end in {suffix}")
    options = options_from(args)
    done: dict[str, Any] = {}
    with Project.open(args.project, read_only=True) as project:
        summary = None
        if args.docx:
            picture = None
            if options.include_map and render_map is not None:
                picture = render_map(project, options)
            render_charts: ChartRenderer | None = getattr(args, "render_charts", None)
            charts = render_charts(project, options) if render_charts is not None else []
            summary = project.report.write(args.docx, options, picture, charts=charts)
            done["docx"] = {
                "path": str(summary.path),
                "themes": summary.themes,
                "quotes": summary.quotes,
                "map": summary.with_map,
                "accepted_names": summary.accepted_names,
            }
        if args.xlsx:
            labels = "pseudonym" if options.pseudonyms else "label"
            quoted = (
                summary.quote_ids if summary is not None else project.report.quoted_codings(options)
            )
            book = project.workbook.write(
                args.xlsx, labels=labels, in_report=quoted, language=options.language
            )
            done["xlsx"] = {"path": str(book.path), **book.sheets}
        done.update(write_exchange(project, args.qdpx, args.qdc))
    if args.json:
        print(json.dumps(done, ensure_ascii=False))
    else:
        for kind, info in done.items():
            details = ", ".join(f"{k} {v}" for k, v in info.items() if k != "path")
            print(f"Wrote {info['path']} ({kind}: {details})")
    return 0
