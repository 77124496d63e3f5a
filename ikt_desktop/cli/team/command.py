"""``ikt-desktop team …``: team projects on a PostgreSQL server (issue 19).

- ``team create URL --from PROJECT.ikt``: copy a project file into an empty database.
- ``team copy URL OUT.ikt``: write an offline project file from a team database (bring
  the work done in it back with ``ikt-desktop merge``).
- ``team add-coder URL NAME --role owner|coder|viewer``: a login role for a person (its
  password, if any, from the environment variable named by ``--password-env``).
- ``team blind URL on|off [--role ROLE…]``: blind coding, enforced by row-level security.
- ``team upgrade URL``: the owner migrates the database to this version's schema after a
  ``pg_dump`` backup (clients never migrate a team database on open).

URL is a libpq URL (``postgresql://user@host/db``; Unix sockets as
``postgresql://user@/db?host=/run/postgresql``). TLS (``sslmode=verify-full``) is required
for any server but this machine; a URL is never printed with its password.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ikt_desktop.cli.team import people
from ikt_desktop.services.team.server import (
    TeamCopy,
    copy_team_project,
    create_team_project,
    upgrade_team_project,
)

ACTIONS = {
    "create": "copy a project file into an empty team database",
    "copy": "write an offline project file from a team database",
    "upgrade": "migrate a team database to this version (owner only; pg_dump backup first)",
    "add-coder": "give a person a login role: owner, coder or viewer (owner only)",
    "blind": "switch blind coding on or off for coders (owner only)",
}


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help=ACTIONS["create"])
    create.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    create.add_argument(
        "--from", dest="source", type=Path, required=True, metavar="PROJECT.ikt",
        help="the project file to copy (only read)",
    )  # fmt: skip
    copy = actions.add_parser("copy", help=ACTIONS["copy"])
    copy.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    copy.add_argument("out", type=Path, metavar="OUT.ikt", help="the new project file")
    upgrade = actions.add_parser("upgrade", help=ACTIONS["upgrade"])
    upgrade.add_argument("url", metavar="URL", help="postgresql://owner@host/database")
    add = actions.add_parser("add-coder", help=ACTIONS["add-coder"])
    add.add_argument("url", metavar="URL", help="postgresql://owner@host/database")
    add.add_argument("name", metavar="NAME", help="the person's name (their coder's name)")
    add.add_argument("--role", choices=people.KINDS, default="coder")
    add.add_argument("--password-env", metavar="VAR", default="",
                     help="the environment variable holding the new role's password")  # fmt: skip
    blind = actions.add_parser("blind", help=ACTIONS["blind"])
    blind.add_argument("url", metavar="URL", help="postgresql://owner@host/database")
    blind.add_argument("state", choices=("on", "off"))
    blind.add_argument("--role", dest="roles", action="append", metavar="ROLE",
                       help="only this member (repeat for more); default: every coder")  # fmt: skip
    for parser in (create, copy, upgrade, add, blind):
        parser.add_argument("--json", action="store_true", help="print one JSON object")


def run_team(args: argparse.Namespace) -> int:
    if args.action == "upgrade":
        return _upgrade(args)
    if args.action == "add-coder":
        return people.run_add_coder(args)
    if args.action == "blind":
        return people.run_blind(args)
    if args.action == "create":
        done = create_team_project(args.url, args.source)  # encrypted: the password source
        _report(args, done, f"Created the team project {done.target} from {done.source}")
    else:
        done = copy_team_project(args.url, args.out)
        _report(args, done, f"Copied the team project {done.source} to {done.target}")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    done = upgrade_team_project(args.url)
    if args.json:
        print(json.dumps({"action": "upgrade", "url": done.target, "from": done.before,
                          "to": done.after, "backup": done.backup}))  # fmt: skip
    elif done.backup is None:
        print(f"{done.target} already uses schema {done.after}; nothing to do")
    else:
        print(f"Upgraded {done.target} from schema {done.before} to {done.after}\n"
              f"  backup (pg_dump): {done.backup}")  # fmt: skip
    return 0


def _report(args: argparse.Namespace, done: TeamCopy, head: str) -> None:
    if args.json:
        print(json.dumps({"action": args.action, "from": done.source, "to": done.target,
                          "rows": done.rows}, ensure_ascii=False))  # fmt: skip
        return
    rows = ", ".join(f"{n} {table}" for table, n in done.rows.items() if n)
    print(f"{head}\n  {rows}")
