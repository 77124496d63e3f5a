"""``ikt-desktop query PROJECT.ikt (--saved NAME | --list) [--json] [--xlsx OUT.xlsx]``:
run a coding query saved in the project and print its quotes with attribution (or list
the saved queries). The project is opened read-only; nothing in it changes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.query.coding_query import from_json
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.queries import QueryResult
from ikt_desktop.services.query.saved_queries import CODING


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    which = cmd.add_mutually_exclusive_group(required=True)
    which.add_argument("--saved", metavar="NAME", help="the saved query to run (its name)")
    which.add_argument("--list", action="store_true", help="list the saved coding queries")
    cmd.add_argument("--xlsx", type=Path, metavar="OUT.xlsx",
                     help="also write the results to an Excel workbook")  # fmt: skip


def _as_json(name: str, result: QueryResult) -> dict[str, Any]:
    rows = [
        {"source": r.source_name, "participant": r.participant_label or None,
         "role": r.participant_role or None, "attribution": r.attribution, "start": r.start,
         "end": r.end, "text": r.text, "codes": list(r.codes), "coders": list(r.coders)}
        for r in result.rows
    ]  # fmt: skip
    return {"query": name, "description": result.description, "summary": result.summary,
            "count": len(rows), "rows": rows}  # fmt: skip


def _human(result: QueryResult) -> str:
    lines = [result.description, result.summary]
    for r in result.rows:
        lines.append(f"“{r.quote}” {r.attribution}")
        lines.append(f"    {r.source_name} {r.start}–{r.end}; {'; '.join(r.codes)}")
    return "\n".join(lines)


def run_query(args: argparse.Namespace) -> int:
    if args.xlsx is not None and args.xlsx.suffix.lower() != ".xlsx":
        raise ValidationError(f"--xlsx {args.xlsx}: the file name must end in .xlsx")
    if args.list and args.xlsx is not None:
        raise ValidationError("--xlsx goes with --saved NAME, not with --list")
    with Project.open(args.project, read_only=True) as project:
        if args.list:
            saved = project.saved_queries.all(CODING)
            listed = [{"name": q.name, "description": _describe(project, q.definition)}
                      for q in saved]  # fmt: skip
            if args.json:
                print(json.dumps({"queries": listed}, ensure_ascii=False))
            else:
                print("\n".join(f"{q['name']}: {q['description']}" for q in listed)
                      or "No saved queries.")  # fmt: skip
            return 0
        saved_query = project.saved_queries.find(args.saved, CODING)
        try:
            query = from_json(saved_query.definition)
        except ValidationError as exc:
            raise ValidationError(f"saved query '{saved_query.name}': {exc}") from None
        try:
            result = project.queries.run(query)
        except ValidationError as exc:
            raise ValidationError(f"saved query '{saved_query.name}': {exc}") from None
        if args.xlsx is not None:
            project.queries.write_xlsx(args.xlsx, result, project.title)
    if args.json:
        print(json.dumps(_as_json(saved_query.name, result), ensure_ascii=False))
    else:
        print(_human(result))
        if args.xlsx is not None:
            print(f"Wrote {args.xlsx}")
    return 0


def _describe(project: Project, definition: str) -> str:
    try:
        return project.queries.describe(from_json(definition))
    except ValidationError as exc:
        return f"(cannot be read: {exc})"
