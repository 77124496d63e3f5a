"""Headless sub-commands (a contract: scripts and checks depend on them).

Each prints human text, or one JSON object with ``--json``; bad input prints one line on
stderr that names the file and the reason, leaves the file untouched, and exits 1 (a
file that cannot be used: a project, an input, an output) or 2 (usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path

from ikt_desktop.cli import agreement as cli_agreement
from ikt_desktop.cli import autocode as cli_autocode
from ikt_desktop.cli import exchange as cli_exchange
from ikt_desktop.cli import export as cli_export
from ikt_desktop.cli import matrix as cli_matrix
from ikt_desktop.cli import media as cli_media
from ikt_desktop.cli import merge as cli_merge
from ikt_desktop.cli import query as cli_query
from ikt_desktop.cli import search as cli_search
from ikt_desktop.cli import security as cli_security
from ikt_desktop.cli import snapshots as cli_snapshots
from ikt_desktop.cli import study as cli_study
from ikt_desktop.cli import themes as cli_themes
from ikt_desktop.cli import transcripts as cli_import
from ikt_desktop.cli.team import command as cli_team
from ikt_desktop.domain.errors import (
    ProjectFileError,
    UnreadableFileError,
    UnwritableFileError,
    UserError,
    os_reason,
)
from ikt_desktop.services.demo import build_demo
from ikt_desktop.services.project import Project, check
from ikt_desktop.services.team.address import is_team_address, project_location

INFO_KEYS = (
    "sources", "participants", "speakers", "turns", "words",
    "codes", "codings", "coders", "themes", "memos",
)  # fmt: skip


def _new(args: argparse.Namespace) -> int:
    password = cli_security.new_password(args)
    with Project.create(args.project, args.title or "", password) as project:
        info = project.info()
    lock = ", encrypted" if info.encrypted else ""
    data = {"created": info.path, "title": info.title, "schema": info.schema,
            "encrypted": info.encrypted}  # fmt: skip
    _print(args, data, f"Created {info.path} ({info.title}){lock}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    with build_demo(args.project) as project:
        info = project.info()
    _print(args, {"created": info.path, "sources": info.sources},
           f"Wrote the demo project to {info.path}: {info.sources} sources, "
           f"{info.participants} participants, {info.codings} codings")  # fmt: skip
    return 0


def _info(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        info = project.info()
    data: dict[str, object] = {"path": info.path, "title": info.title, "schema": info.schema,
                               "encrypted": info.encrypted}  # fmt: skip
    data.update({key: asdict(info)[key] for key in INFO_KEYS})
    human = "\n".join(f"{k:>13}: {v}" for k, v in data.items())
    _print(args, data, human)
    return 0


def _check(args: argparse.Namespace) -> int:
    problems = check(args.project)
    if args.json:
        print(json.dumps({"ok": not problems, "problems": problems}))
    else:
        print("ok" if not problems else "\n".join(problems))
    return 0 if not problems else 1


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "new": (_new, "create an empty project"),
    "demo": (_demo, "write the fictional demo project"),
    "info": (_info, "print counts and the schema revision"),
    "check": (_check, "run the integrity check; prints ok or the problem"),
    "import": (cli_import.run_import, "import transcripts (txt, docx, vtt, srt)"),
    "text": (cli_import.run_text, "print a source's stored text exactly"),
    "themes": (cli_themes.run_themes, "print the themes, their codes, prevalence and quotes"),
    "export": (cli_export.run_export, "write the Word report, the Excel workbook, REFI-QDA files"),
    "import-qdpx": (cli_exchange.run_import_qdpx, "create a project from a REFI-QDA .qdpx"),
    "import-qdc": (cli_exchange.run_import_qdc, "add the codes of a REFI-QDA codebook .qdc"),
    "agreement": (cli_agreement.run_agreement, "intercoder agreement: percent, kappa, alpha"),
    "merge": (cli_merge.run_merge, "bring another project (.ikt or .qdpx) into this one"),
    "snapshots": (cli_snapshots.run_snapshots, "list the project's automatic snapshots"),
    "snapshot": (cli_snapshots.run_snapshot, "take a snapshot of the project now"),
    "matrix": (cli_matrix.run_matrix, "a code x participant, role, attribute or code matrix"),
    "encrypt": (cli_security.run_encrypt, "encrypt the project with a password"),
    "decrypt": (cli_security.run_decrypt, "remove the project's encryption"),
    "passwd": (cli_security.run_passwd, "change the password of an encrypted project"),
    "autocode": (cli_autocode.run_autocode, "code every turn of a role/speaker, or guide answers"),
    "search": (cli_search.run_search, "full-text search: hits with participant and snippet"),
    "query": (cli_query.run_query, "run a saved coding query; print its quotes"),
    "study": (cli_study.run_study, "print or set the study details the report's methods use"),
    "link-media": (cli_media.run_link_media, "link (or embed) a recording to a source"),
    "team": (
        cli_team.run_team,
        "team projects on PostgreSQL (create, copy, add-coder, ...)",
    ),
}


# Commands that also work on a team project (PROJECT given as a postgresql:// address);
# the others work on project files (file-level work: create, check, snapshots, keys).
TEAM_READY = frozenset({"info", "import", "text", "themes", "export", "agreement", "matrix",
                        "autocode", "query", "study", "search"})  # fmt: skip


def file_only(text: str) -> Path:
    if is_team_address(text):
        raise argparse.ArgumentTypeError(
            "this command works on project files, not on a team database address"
        )
    return Path(text)


def _print(args: argparse.Namespace, data: Mapping[str, object], human: str) -> None:
    print(json.dumps(data, ensure_ascii=False) if args.json else human)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ikt-desktop", description="iKT Desktop, headless.")
    sub = p.add_subparsers(dest="command", required=True)
    for name, (_, help_text) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text)
        if name == "search":
            cli_search.add_arguments(cmd)
            continue
        if name == "team":
            cli_team.add_arguments(cmd)
            continue
        if name in cli_exchange.ARGUMENTS or name == "merge":
            (cli_merge.add_arguments if name == "merge" else cli_exchange.ARGUMENTS[name])(cmd)
            continue
        if name in TEAM_READY:
            cmd.add_argument("project", type=project_location, metavar="PROJECT.ikt|URL")
        else:
            cmd.add_argument("project", type=file_only, metavar="PROJECT.ikt")
        if name != "text":
            cmd.add_argument("--json", action="store_true", help="print one JSON object")
        if name == "new":
            cmd.add_argument("--title", default="", help="the project's title")
            cmd.add_argument("--encrypt", action="store_true",
                             help=f"encrypt it (password from {cli_security.PASSWORD_ENV} "
                             "or a prompt)")  # fmt: skip
        elif name == "import":
            cli_import.add_arguments(cmd)
        elif name == "encrypt":
            cli_security.add_encrypt_arguments(cmd)
        elif name == "export":
            cli_export.add_arguments(cmd)
        elif name == "agreement":
            cli_agreement.add_arguments(cmd)
        elif name == "matrix":
            cli_matrix.add_arguments(cmd)
        elif name == "autocode":
            cli_autocode.add_arguments(cmd)
        elif name == "query":
            cli_query.add_arguments(cmd)
        elif name == "study":
            cli_study.add_arguments(cmd)
        elif name == "link-media":
            cli_media.add_arguments(cmd)
        elif name == "text":
            cmd.add_argument("source", metavar="SOURCE", help="the source's id or exact name")
    return p


def run(
    argv: Sequence[str],
    render_map: cli_export.MapRenderer | None = None,
    render_charts: cli_export.ChartRenderer | None = None,
) -> int:
    """Run one command. ``render_map`` draws the report's thematic map and
    ``render_charts`` its charts (they need Qt, so only the composition root can give
    them)."""
    args = parser().parse_args(list(argv))
    args.render_map = render_map
    args.render_charts = render_charts
    try:
        with cli_security.password_source():  # encrypted projects: env variable or prompt
            return COMMANDS[args.command][0](args)
    except FILE_ERRORS as exc:  # a file that cannot be used: exit 1
        return _fail(args.command, str(exc), 1)
    except UserError as exc:  # the command asked for something it cannot do: usage, 2
        return _fail(args.command, str(exc), 2)
    except OSError as exc:  # a file the command touched, at the operating-system level
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(args.command, f"{where}{os_reason(exc)}", 1)


# Problems with a file (a project, an input, an output) exit 1; other user errors are
# usage (a name that is not there, options that do not go together) and exit 2, as
# argparse's own do.
FILE_ERRORS = (ProjectFileError, UnreadableFileError, UnwritableFileError)


def _fail(command: str, message: str, code: int) -> int:
    line = " ".join(message.split())  # one line, whatever the message held
    print(f"ikt-desktop {command}: {line}", file=sys.stderr)
    return code
