"""``ikt-desktop study PROJECT.ikt [--set KEY=VALUE ...] [--json]``: the study details
the report's methods are built from. Without ``--set`` it prints them; with it, it sets
the given fields in one transaction (an empty VALUE clears a field)."""

from __future__ import annotations

import argparse
import json

from ikt_desktop.domain.report.study import FIELDS, parse_assignment
from ikt_desktop.services.project import Project


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    keys = ", ".join(f.key for f in FIELDS)
    cmd.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                     help=f"set a study detail (repeatable); keys: {keys}")  # fmt: skip


def run_study(args: argparse.Namespace) -> int:
    values = dict(parse_assignment(item) for item in args.set)  # bad input: exit 2, unchanged
    with Project.open(args.project, read_only=not values) as project:
        if values:
            project.study.set(values)
        details = project.study.get()
    data = details.as_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    width = max(len(f.label) for f in FIELDS)
    for item in FIELDS:
        shown = data[item.key] or f"(empty: the report shows [Add: {item.missing}])"
        print(f"{item.label:>{width}}: {shown}")
    return 0
