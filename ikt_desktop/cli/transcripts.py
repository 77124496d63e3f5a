"""``ikt-desktop import`` and ``ikt-desktop text``: headless import of transcripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ikt_desktop.domain.errors import UnreadableFileError, UserError
from ikt_desktop.importers.reader import FORMAT_NAMES
from ikt_desktop.services.exchange.imports import ImportResult, plan_from
from ikt_desktop.services.project import Project


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("files", nargs="+", type=Path, metavar="FILE")
    cmd.add_argument("--participant", metavar="LABEL", help="label of the participant (e.g. P3)")
    cmd.add_argument("--role", default="", help="role of a new participant")
    cmd.add_argument("--interviewer", action="append", default=[], metavar="NAME",
                     help="mark this speaker as the interviewer (repeatable)")  # fmt: skip
    cmd.add_argument("--rename", action="append", default=[], metavar="OLD=NEW",
                     help="rename a speaker label before storing (repeatable)")  # fmt: skip


def _renames(pairs: list[str]) -> dict[str, str]:
    renames = {}
    for pair in pairs:
        old, sep, new = pair.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise UserError(f"--rename {pair!r}: write it as OLD=NEW")
        renames[old.strip()] = new.strip()
    return renames


def _entry(path: Path) -> dict[str, Any]:
    return {"path": str(path), "status": "failed", "error": None, "reason": None, "format": None,
            "encoding": None, "source": None, "speakers": []}  # fmt: skip


def run_import(args: argparse.Namespace) -> int:
    renames = _renames(args.rename)
    back = {new: old for old, new in renames.items()}
    interviewers = [back.get(name, name) for name in args.interviewer]
    files: list[dict[str, Any]] = []
    reserved: set[str] = set()
    with Project.open(args.project) as project:
        for path in args.files:
            entry = _entry(path)
            files.append(entry)
            try:
                preview = project.imports.preview(
                    path, reserved_labels=reserved, interviewers=interviewers,
                    participant_label=args.participant,
                )  # fmt: skip
                entry["format"], entry["encoding"] = preview.parsed.format, preview.parsed.encoding
                result = project.imports.import_file(
                    preview, plan_from(preview, args.role, renames)
                ).value
            except UserError as exc:
                entry["error"] = str(exc)  # one line that names the file
                entry["reason"] = _reason(exc, path)  # the same without the name
                continue
            if preview.main_label:
                reserved.add(preview.main_label)
            _fill(entry, result)
    if args.json:
        print(json.dumps({"files": files}, ensure_ascii=False))
    else:
        for entry in files:
            print(_human(entry))
    return 0 if all(e["status"] == "imported" for e in files) else 1


def _fill(entry: dict[str, Any], result: ImportResult) -> None:
    entry["status"] = "imported"
    entry["source"] = result.source.id
    entry["source_name"] = result.source.name
    entry["warnings"] = list(result.warnings)
    entry["speakers"] = [
        {
            "label": s.label,
            "turns": s.turns,
            "words": s.words,
            "participant": s.participant,
            "interviewer": s.interviewer,
        }
        for s in result.speakers
    ]


def _reason(exc: UserError, path: Path) -> str:
    """Why ``path`` failed, without its name when the error already gives it (the line
    printed names the file once)."""
    if isinstance(exc, UnreadableFileError) and exc.path.name == path.name:
        return exc.reason
    return str(exc)


def _human(entry: dict[str, Any]) -> str:
    name = Path(entry["path"]).name
    if entry["status"] != "imported":
        return f"{name}: failed: {entry['reason']}"
    lines = [
        f'{name}: imported as source {entry["source"]} "{entry["source_name"]}" '
        f"({FORMAT_NAMES.get(entry['format'], entry['format'])}, {entry['encoding']})"
    ]
    for s in entry["speakers"]:
        role = "interviewer" if s["interviewer"] else (s["participant"] or "not linked")
        lines.append(f"  {s['label']:<28} {s['turns']:>4} turns {s['words']:>7,} words  {role}")
    lines += [f"  note: {w}" for w in entry.get("warnings", [])]
    return "\n".join(lines)


def find_source(project: Project, wanted: str) -> int:
    """The id of the source ``wanted`` names (its id or exact name); a clear error else."""
    sources = project.sources.all()
    found = [s for s in sources if str(s.id) == wanted] or [s for s in sources if s.name == wanted]
    if not found:
        raise UserError(f"{project.path}: no source {wanted!r} (give its id or exact name)")
    if len(found) > 1:
        ids = ", ".join(str(s.id) for s in found)
        raise UserError(f"{project.path}: several sources are called {wanted!r} (ids {ids})")
    return found[0].id


def run_text(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        text = project.sources.text(find_source(project, args.source))
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0
