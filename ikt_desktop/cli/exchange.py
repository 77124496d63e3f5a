"""REFI-QDA on the command line: ``export --qdpx/--qdc``, ``import-qdpx``, ``import-qdc``.

``export_exchange`` is what the ``export`` sub-command calls for its ``--qdpx``/``--qdc``
outputs; the import sub-commands register their own arguments (the file comes first).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ikt_desktop.cli.security import PASSWORD_ENV, new_password
from ikt_desktop.domain.errors import ProjectFileError
from ikt_desktop.domain.exchange.refi import ExchangeSummary
from ikt_desktop.importers.qdpx import read_qdc
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.exchange.refi import ExportResult
from ikt_desktop.services.project import Project


def write_exchange(
    project: Project, qdpx: Path | None, qdc: Path | None
) -> dict[str, dict[str, Any]]:
    """Write the REFI-QDA files asked for (``export --qdpx/--qdc``); what was written."""
    results: dict[str, ExportResult] = {}
    if qdpx is not None:
        results["qdpx"] = project.exchange.export_qdpx(Path(qdpx))
    if qdc is not None:
        results["qdc"] = project.exchange.export_qdc(Path(qdc))
    return {kind: {"path": r.path, **dict(r.counts)} for kind, r in results.items()}


def summary_dict(summary: ExchangeSummary) -> dict[str, Any]:
    return {"file": summary.file, "origin": summary.origin, "position_unit": summary.unit,
            "position_unit_reason": summary.unit_reason,
            "positions": [p.as_dict() for p in summary.positions],
            "imported": dict(summary.imported), "converted": list(summary.converted),
            "skipped": list(summary.skipped), "flagged": list(summary.flagged)}  # fmt: skip


def summary_text(summary: ExchangeSummary) -> str:
    lines = []
    if summary.origin:
        lines.append(f"  written by: {summary.origin}")
    if summary.unit:
        lines.append(f"  positions: {summary.unit} ({summary.unit_reason})")
    for source in summary.positions:  # per source: its unit, the fits, the checks
        lines.append(f"    {'check: ' if source.doubtful else ''}{source.line()}")
    imported = ", ".join(summary.imported_lines()) or "nothing"
    lines.append(f"  imported: {imported}")
    lines += [f"  converted: {line}" for line in summary.converted]
    lines += [f"  skipped: {line}" for line in summary.skipped]
    lines += [f"  flagged: {line}" for line in summary.flagged]
    return "\n".join(lines)


def run_import_qdpx(args: argparse.Namespace) -> int:
    """``--encrypt``: the new project is encrypted (the password as for ``new --encrypt``)."""
    if args.project.exists():  # before asking for a password
        raise ProjectFileError(args.project, "a file with this name already exists")
    password = new_password(args)
    project, summary = import_qdpx(args.file, args.project, password=password)
    path, encrypted = project.path, project.encrypted
    project.close()
    if args.json:
        print(json.dumps({"created": str(path), "encrypted": encrypted, **summary_dict(summary)},
                         ensure_ascii=False))  # fmt: skip
    else:
        lock = ", encrypted" if encrypted else ""
        print(f"Created {path}{lock} from {args.file.name}\n{summary_text(summary)}")
    return 0


def run_import_qdc(args: argparse.Namespace) -> int:
    codebook = read_qdc(args.file)  # a bad file is refused before the project is opened
    with Project.open(args.project) as project:
        result = project.exchange.add_codes(*codebook).value
    if args.json:
        print(json.dumps({"project": str(args.project), **summary_dict(result.summary)},
                         ensure_ascii=False))  # fmt: skip
    else:
        print(f"Added {len(result.codes)} codes from {args.file.name} to {args.project}\n"
              f"{summary_text(result.summary)}")  # fmt: skip
    return 0


def _import_arguments(suffix: str) -> Callable[[argparse.ArgumentParser], None]:
    def add(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("file", type=Path, metavar=f"IN{suffix}")
        cmd.add_argument("project", type=Path, metavar="PROJECT.ikt")
        cmd.add_argument("--json", action="store_true", help="print one JSON object")
        if suffix == ".qdpx":  # it creates the project
            cmd.add_argument("--encrypt", action="store_true",
                             help=f"encrypt the new project (password from {PASSWORD_ENV} "
                             "or a prompt)")  # fmt: skip

    return add


# sub-commands whose arguments are not "PROJECT.ikt [--json]": name -> adds them
ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "import-qdpx": _import_arguments(".qdpx"),
    "import-qdc": _import_arguments(".qdc"),
}
