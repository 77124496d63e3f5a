"""``ikt-desktop snapshots PROJECT.ikt [--json]`` lists a project's automatic snapshots;
``ikt-desktop snapshot PROJECT.ikt [--json]`` takes one now."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from ikt_desktop.domain.errors import (
    PasswordRequiredError,
    ProjectFileError,
    WrongPasswordError,
)
from ikt_desktop.services.privacy.project_snapshots import (
    MANUAL,
    ProjectSnapshots,
    SnapshotInfo,
    list_all,
)
from ikt_desktop.services.project import Project


def _data(info: SnapshotInfo) -> dict[str, Any]:
    return {"path": str(info.path), "taken": info.taken.isoformat(), "reason": info.reason,
            "counts": asdict(info.counts), "project_path": info.project_path}  # fmt: skip


def _line(info: SnapshotInfo) -> str:
    c = info.counts
    when = info.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return (f"{when}  {info.reason or '-':<8} {c.sources:>4} sources {c.codings:>7} codings"
            f"  {info.path}")  # fmt: skip


def run_snapshots(args: argparse.Namespace) -> int:
    path = args.project.resolve()
    try:
        with Project.open(path, read_only=True) as project:
            found = ProjectSnapshots.for_store(project.store).list()
    except (PasswordRequiredError, WrongPasswordError):
        raise  # an encrypted project's snapshots are listed only with its password
    except ProjectFileError:
        # a project that no longer opens: its snapshots are found by where they came from
        found = [s for s in list_all() if s.project_path == str(path)]
        if not found:
            raise
    if args.json:
        print(json.dumps({"project": str(path), "snapshots": [_data(s) for s in found]},
                         ensure_ascii=False))  # fmt: skip
    elif not found:
        print(f"No snapshots of {path} yet.")
    else:
        print("\n".join(_line(s) for s in found))
    return 0


def run_snapshot(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        info = ProjectSnapshots.for_store(project.store).take(MANUAL)
    print(json.dumps(_data(info), ensure_ascii=False) if args.json else f"Took {_line(info)}")
    return 0
