"""``ikt-desktop autocode PROJECT.ikt --speaker-role ROLE --code NAME`` codes every turn
of a role (a participant role, or "interviewer") or of named speakers with one code
(created when missing); ``--guide FILE`` adds the interview guide's questions as
structural codes and codes the answers. ``--dry-run`` only previews. The current coder
codes; one transaction per run."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ikt_desktop.domain.coding.autocode import DEFAULT_THRESHOLD, parse_guide
from ikt_desktop.domain.coding.fuzzy import fold
from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.importers.guide import read_guide
from ikt_desktop.services.coding.autocode import CodeSpan, TurnFilter
from ikt_desktop.services.project import Project

INTERVIEWER = "interviewer"


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--speaker-role", action="append", default=[], metavar="ROLE",
                     help='a participant role, or "interviewer" (repeatable)')  # fmt: skip
    cmd.add_argument("--speaker", action="append", default=[], metavar="NAME",
                     help="a speaker's name as in the transcripts (repeatable)")  # fmt: skip
    cmd.add_argument("--code", metavar="NAME", help="the code (path or name; created if new)")
    cmd.add_argument("--guide", type=Path, metavar="FILE",
                     help="interview guide (.txt/.md/.docx): code the answers")  # fmt: skip
    cmd.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                     help="guide matching: least similarity, 0-1 (default 0.5)")  # fmt: skip
    cmd.add_argument("--include-question", action="store_true",
                     help="guide: also code the interviewer's question turn")  # fmt: skip
    cmd.add_argument("--source", action="append", default=[], metavar="NAME",
                     help="only these sources (exact names; repeatable)")  # fmt: skip
    cmd.add_argument("--dry-run", action="store_true", help="preview only; change nothing")


def _source_ids(project: Project, names: list[str]) -> list[int] | None:
    if not names:
        return None
    by_name = {s.name: s.id for s in project.sources.all()}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise ValidationError(f"no source named {missing[0]!r}")
    return [by_name[n] for n in names]


def _code(project: Project, name: str, dry_run: bool) -> tuple[int, bool]:
    """(code id, created): a new code is created (not in a dry run)."""
    paths = project.codebook.paths()
    key = name.strip().casefold()
    found = [i for i, p in paths.items() if p.casefold() == key]
    found = found or [i for i, p in paths.items() if p.rsplit("/", 1)[-1].casefold() == key]
    if len(found) > 1:
        raise ValidationError(f"several codes are named {name!r}; give its path (Parent/Code)")
    if found:
        return found[0], False
    if dry_run:
        raise ValidationError(f"no code named {name!r} (a dry run does not create it)")
    return project.codebook.create(name.strip()).value.id, True


def _speakers(project: Project, args: argparse.Namespace) -> dict[str, Any]:
    if not args.code:
        raise ValidationError("give the code to apply (--code NAME)")
    roles = {r.strip() for r in args.speaker_role}
    known = {r for r, _ in project.autocode.speaker_options().roles} | {INTERVIEWER}
    unknown = sorted(r for r in roles if r not in known)
    if unknown:
        raise ValidationError(f"no participant has the role {unknown[0]!r} "
                              f"(roles: {', '.join(sorted(known))})")  # fmt: skip
    which = TurnFilter(speakers=frozenset(args.speaker), roles=frozenset(roles - {INTERVIEWER}),
                       interviewers=INTERVIEWER in roles)  # fmt: skip
    sources = _source_ids(project, args.source)
    code_id, created = _code(project, args.code, args.dry_run)
    plan = project.autocode.preview_speakers(code_id, which, sources)
    coded = 0
    if not args.dry_run and plan.hits:
        coded = len(project.autocode.apply(plan.spans(), action="auto-code speakers").value)
    return {"mode": "speakers", "code": args.code, "code_created": created,
            "turns": len(plan.hits), "already_coded": plan.already, "codings_added": coded,
            "dry_run": args.dry_run, "sources": plan.per_source()}  # fmt: skip


def _guide(project: Project, args: argparse.Namespace) -> dict[str, Any]:
    questions = parse_guide(read_guide(args.guide))
    if not questions:
        raise ValidationError(f"{args.guide.name}: no questions found (one per line)")
    known = {fold(c.definition) for c in project.guide.questions()}
    new = [q for q in questions if fold(q.text) not in known]
    added = 0
    if new and not args.dry_run:
        added = len([c for c in project.guide.add_questions(new).value if c.parent_id])
    plan = project.guide.preview(_source_ids(project, args.source), threshold=args.threshold,
                                 include_question=args.include_question)  # fmt: skip
    spans: list[CodeSpan] = plan.spans()
    coded = 0
    if spans and not args.dry_run:
        coded = len(project.autocode.apply(spans, action="auto-code guide answers").value)
    return {"mode": "guide", "questions": len(questions), "questions_added": added,
            "matches": [{"source": h.source_name, "question": h.question,
                         "similarity": h.score, "turns": len(h.spans)} for h in plan.hits],
            "not_found": dict(plan.unmatched), "already_coded": plan.already,
            "codings_added": coded, "dry_run": args.dry_run}  # fmt: skip


def _human(data: dict[str, Any]) -> str:
    verb = "would code" if data["dry_run"] else "coded"
    if data["mode"] == "speakers":
        lines = [f"{data['code']}: {verb} {data['turns']} turns "
                 f"({data['already_coded']} already coded)"]  # fmt: skip
        lines += [f"  {name}: {n}" for name, n in sorted(data["sources"].items())]
        return "\n".join(lines)
    lines = [f"{len(data['matches'])} guide questions found; {verb} "
             f"{sum(m['turns'] for m in data['matches'])} answer turns"]  # fmt: skip
    lines += [f"  {m['source']}: {m['question']} ({m['similarity']:.0%}, {m['turns']} turns)"
              for m in data["matches"]]  # fmt: skip
    lines += [f"  {name}: {n} questions not found" for name, n in data["not_found"].items()]
    return "\n".join(lines)


def run_autocode(args: argparse.Namespace) -> int:
    speakers = bool(args.speaker_role or args.speaker)
    if speakers == bool(args.guide):
        raise ValidationError("give either --speaker-role/--speaker with --code, or --guide")
    with Project.open(args.project, read_only=args.dry_run) as project:
        data = _guide(project, args) if args.guide else _speakers(project, args)
    print(json.dumps(data, ensure_ascii=False) if args.json else _human(data))
    return 0
