"""``ikt-desktop merge PROJECT.ikt OTHER.ikt [--dry-run] [--json]``: bring another project
(an ``.ikt`` or a REFI-QDA ``.qdpx``) into this one. ``--dry-run`` prints what would happen
and changes nothing. Near-duplicate codes are listed and kept separate (the GUI lets the
user merge them into the suggested code)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ikt_desktop.domain.merge.plan import MergePlan
from ikt_desktop.services.project import Project
from ikt_desktop.services.team.merge import open_other


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("project", type=Path, metavar="PROJECT.ikt")
    cmd.add_argument("other", type=Path, metavar="OTHER.ikt", help="the project to bring in "
                     "(.ikt or REFI-QDA .qdpx); it is only read")  # fmt: skip
    cmd.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    cmd.add_argument("--json", action="store_true", help="print one JSON object")


def plan_dict(plan: MergePlan) -> dict[str, Any]:
    return {
        **plan.counts(),
        "conflicts": [{"kind": c.kind, "name": c.name, "reason": c.reason,
                       "resolution": c.resolution} for c in plan.conflicts],
        "near_duplicates": [{"code": n.name, "suggested": n.our_name, "why": n.why,
                             "resolution": "kept separate"} for n in plan.near_duplicates],
        "filled": [{"kind": f.kind, "id": f.our_id, "name": f.name, "field": f.field}
                   for f in plan.fills],
        "skipped": dict(plan.skipped),
    }  # fmt: skip


def plan_text(plan: MergePlan) -> str:
    lines = []
    for kind, c in plan.counts().items():
        how = ", ".join(f"{n} by {rule}" for rule, n in c["matched_by"].items())  # type: ignore[attr-defined]
        lines.append(f"  {kind:>13}: {c['added']} added, {c['matched']} matched"
                     + (f" ({how})" if how else ""))  # fmt: skip
    lines += [f"  conflict: {c.kind.replace('_', ' ')} “{c.name}”: {c.reason} -> {c.resolution}"
              for c in plan.conflicts]  # fmt: skip
    lines += [f"  near-duplicate: code “{n.name}” ~ “{n.our_name}” ({n.why}) -> kept separate"
              for n in plan.near_duplicates]  # fmt: skip
    lines += [f"  filled: our empty {f.field} of {f.kind} “{f.name}”" for f in plan.fills]
    lines += [f"  skipped: {n} {reason}" for reason, n in plan.skipped.items()]
    return "\n".join(lines)


def run_merge(args: argparse.Namespace) -> int:
    with (  # a bad OTHER is refused before PROJECT is opened
        open_other(args.other, args.project) as other,
        Project.open(args.project, read_only=args.dry_run) as project,
    ):
        if args.dry_run:
            plan, backup = project.merge.plan(other), ""
        else:
            result = project.merge.merge(other).value
            plan, backup = result.plan, result.backup
    data: dict[str, Any] = {"project": str(args.project), "other": str(args.other),
                            "dry_run": bool(args.dry_run), **plan_dict(plan)}  # fmt: skip
    if not args.dry_run:
        data["backup"] = backup or None  # None: nothing to add, nothing written
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    head = "Would merge" if args.dry_run else "Merged"
    print(f"{head} {args.other.name} into {args.project.name}\n{plan_text(plan)}")
    if not plan.changes_anything:
        print("  nothing to add: everything is here already" + ("" if args.dry_run else
              "; nothing was written"))  # fmt: skip
    elif backup:
        print(f"  backup of the project as it was: {backup}")
    return 0
